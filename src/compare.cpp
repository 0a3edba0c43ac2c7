#include "cityseceval/compare.h"

#include <algorithm>
#include <unordered_map>

#include "cityseceval/messages.h"
#include "overloaded.h"
#include "text_table.h"

namespace cityseceval {

namespace {

// Every indicator and item result of one assessment, by ID. A dimension
// outside the scope has no results below it, so its indicators are not here.
class ResultIndex {
 public:
  explicit ResultIndex(const ScoreResult& result) {
    for (const IndicatorResult& node : result.indicators) add(node);
  }

  const IndicatorResult* indicator(const std::string& id) const { return find(indicators_, id); }
  const ItemResult* item(const std::string& id) const { return find(items_, id); }

 private:
  void add(const IndicatorResult& node) {
    indicators_[node.indicator->id] = &node;
    for (const ItemResult& item : node.items) items_[item.item->id] = &item;
    for (const IndicatorResult& child : node.children) add(child);
  }

  template <class T>
  static const T* find(const std::unordered_map<std::string, const T*>& map, const std::string& id) {
    auto found = map.find(id);
    return found == map.end() ? nullptr : found->second;
  }

  std::unordered_map<std::string, const IndicatorResult*> indicators_;
  std::unordered_map<std::string, const ItemResult*> items_;
};

// What `indicator` (of `result`'s scheme) earned in `result`.
IndicatorSide side_of(const ScoreResult& result, const ResultIndex& index, const Indicator& indicator) {
  IndicatorSide side;
  side.max = indicator.points;
  const IndicatorResult* node = index.indicator(indicator.id);
  side.status = node ? node->status : Status::out_of_scope;
  if (side.status == Status::evaluated) {
    const Precision& precision = result.scheme->precision;
    side.earned = node->earned;
    side.reported = precision.round(node->earned);
  }
  return side;
}

// Two facts record the same thing when they would be written alike; a
// list of missing things is a set, whatever its order. Notes do not count.
bool same_fact(const Fact& a, const Fact& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case FactKind::boolean:
      return a.yes == b.yes;
    case FactKind::count:
    case FactKind::score:
      return a.number == b.number;
    case FactKind::ratio:
      return a.number == b.number && a.numerator == b.numerator && a.denominator == b.denominator &&
             a.exists == b.exists;
    case FactKind::choice:
      return a.outcome == b.outcome;
    case FactKind::missing: {
      std::vector<std::string> left = a.missing, right = b.missing;
      std::sort(left.begin(), left.end());
      std::sort(right.begin(), right.end());
      return left == right;
    }
    case FactKind::parts:
      return std::equal(a.parts.begin(), a.parts.end(), b.parts.begin(), b.parts.end(),
                        [](const FactPart& x, const FactPart& y) { return x.name == y.name && same_fact(x.fact, y.fact); });
  }
  return false;
}

// Ratings are matched by id and value, since two trees may give a level
// another value; na (no level) matches na.
bool same_rating(const RatingLevel* a, const RatingLevel* b) {
  if (!a || !b) return a == b;
  return a->id == b->id && a->value == b->value;
}

// Whether an item scores the same in both: the same rating, or the same fact
// giving the same points. An item of another kind in each tree has changed.
bool same_outcome(const ItemResult& a, const ItemResult& b) {
  return std::visit(overloaded{[](const RatedItemResult& x, const RatedItemResult& y) {
                                 return same_rating(x.rating, y.rating);
                               },
                               [](const RuleItemResult& x, const RuleItemResult& y) {
                                 bool same_facts = x.fact && y.fact ? same_fact(*x.fact, *y.fact) : x.fact == y.fact;
                                 return same_facts && x.points == y.points;
                               },
                               [](const auto&, const auto&) { return false; }},
                    a.outcome, b.outcome);
}

// "city-cybersecurity 1.0": how a message names a scheme.
std::string scheme_label(const Scheme& scheme) {
  return scheme.version.empty() ? scheme.id : scheme.id + " " + scheme.version;
}

// The dimensions an assessment evaluates, in words: "only 7 (Risk control)".
Text scope_words(const ScoreResult& result) {
  if (result.scope.empty()) return message(MessageId::compare_every_dimension);
  std::vector<Text> dimensions;
  for (const Indicator* dimension : result.scope) {
    Text name{dimension->name, dimension->display_name(Language::en)};
    dimensions.push_back(message(MessageId::label_with_name, {dimension->id, name}));
  }
  return message(MessageId::compare_dimensions, {join_all(dimensions)});
}

std::vector<std::string> scope_ids(const ScoreResult& result) {
  std::vector<std::string> ids;
  for (const Indicator* dimension : result.scope) ids.push_back(dimension->id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

// Where a scheme's weights come from, in words: a profile, or its tree.
Text weights_words(const Scheme& scheme) {
  if (const auto& profile = scheme.weight_profile) {
    Text name{profile->name, profile->name_en.empty() ? profile->name : profile->name_en};
    return message(MessageId::compare_weight_profile, {name, profile->file});
  }
  return message(scheme.form == PointsForm::weights ? MessageId::compare_tree_weights : MessageId::compare_tree_points);
}

// Two cities, two scopes, two sets of weights: each is compared anyway, and
// said, since the deltas then mean something else than progress.
std::vector<Text> caveats(const ScoreResult& old, const ScoreResult& now) {
  std::vector<Text> out;
  if (old.city != now.city) {
    out.push_back(message(MessageId::compare_different_cities,
                          {old.file, one_line(old.city), now.file, one_line(now.city)}));
  }
  if (scope_ids(old) != scope_ids(now)) {
    out.push_back(message(MessageId::compare_different_scopes,
                          {old.file, scope_words(old), now.file, scope_words(now), now.max.short_string()}));
  }
  Text old_weights = weights_words(*old.scheme);
  Text new_weights = weights_words(*now.scheme);
  if (old_weights != new_weights) {
    out.push_back(message(MessageId::compare_different_weights, {old.file, old_weights, now.file, new_weights}));
  }
  return out;
}

// The rated indicators whose delta has the sign `sign` (+1 gains, -1
// losses), the largest change first, ties in tree order, at most `top`.
std::vector<IndicatorDelta> largest(const std::vector<IndicatorDelta>& all, int sign, std::size_t top) {
  std::vector<IndicatorDelta> out;
  for (const IndicatorDelta& entry : all) {
    if (entry.indicator->is_rated() && entry.delta && *entry.delta * Rational(sign) > Rational(0)) {
      out.push_back(entry);
    }
  }
  std::stable_sort(out.begin(), out.end(), [sign](const IndicatorDelta& a, const IndicatorDelta& b) {
    return *a.delta * Rational(sign) > *b.delta * Rational(sign);
  });
  if (out.size() > top) out.resize(top);
  return out;
}

// Walks NEW's tree for what both trees have, and OLD's for what only it has.
class Comparer {
 public:
  Comparer(const ScoreResult& old, const ScoreResult& now, const CompareOptions& options)
      : old_(old), now_(now), options_(options), old_index_(old), new_index_(now) {}

  Comparison run() {
    Comparison out;
    out.before = &old_;
    out.after = &now_;
    out.delta = now_.composite - old_.composite;
    out.reported_delta = now_.reported - old_.reported;
    out.decimals = std::max(old_.scheme->precision.decimals, now_.scheme->precision.decimals);
    out.all_indicators = options_.all;
    for (const Indicator& indicator : now_.scheme->indicators) walk_after(indicator, out);
    for (const Indicator& indicator : old_.scheme->indicators) walk_before(indicator, out);
    for (const IndicatorDelta& entry : all_) {
      if (entry.changed || options_.all) out.indicators.push_back(entry);
    }
    out.gains = largest(all_, 1, options_.top);
    out.losses = largest(all_, -1, options_.top);
    out.caveats = caveats(old_, now_);
    return out;
  }

 private:
  void walk_after(const Indicator& indicator, Comparison& out) {
    const Indicator* before = old_.scheme->find_indicator(indicator.id);
    if (!before) {
      out.only_after.push_back(indicator.id);
      return;
    }
    all_.push_back(delta_of(*before, indicator));
    for (const Item& item : indicator.items) {
      if (!old_.scheme->find_item(item.id)) {
        out.only_after.push_back(item.id);
      } else {
        compare_item(indicator, item, out);
      }
    }
    for (const Indicator& child : indicator.children) walk_after(child, out);
  }

  void walk_before(const Indicator& indicator, Comparison& out) const {
    if (!now_.scheme->find_indicator(indicator.id)) {
      out.only_before.push_back(indicator.id);
      return;
    }
    for (const Item& item : indicator.items) {
      if (!now_.scheme->find_item(item.id)) out.only_before.push_back(item.id);
    }
    for (const Indicator& child : indicator.children) walk_before(child, out);
  }

  IndicatorDelta delta_of(const Indicator& before, const Indicator& after) const {
    IndicatorDelta entry;
    entry.indicator = &after;
    entry.before = side_of(old_, old_index_, before);
    entry.after = side_of(now_, new_index_, after);
    if (entry.before.evaluated() && entry.after.evaluated()) {
      entry.delta = *entry.after.earned - *entry.before.earned;
      entry.reported_delta = *entry.after.reported - *entry.before.reported;
    }
    entry.changed = entry.before.status != entry.after.status || (entry.delta && *entry.delta != Rational(0));
    return entry;
  }

  // Items outside either scope have no result on that side and are left out.
  void compare_item(const Indicator& indicator, const Item& item, Comparison& out) const {
    const ItemResult* before = old_index_.item(item.id);
    const ItemResult* after = new_index_.item(item.id);
    if (before && after && !same_outcome(*before, *after)) out.items.push_back({&item, &indicator, before, after});
  }

  const ScoreResult& old_;
  const ScoreResult& now_;
  const CompareOptions& options_;
  ResultIndex old_index_;
  ResultIndex new_index_;
  std::vector<IndicatorDelta> all_;  // every indicator in both trees, NEW's tree order
};

}  // namespace

bool Comparison::nothing_changed() const {
  bool indicator_changed =
      std::any_of(indicators.begin(), indicators.end(), [](const IndicatorDelta& entry) { return entry.changed; });
  return delta == Rational(0) && !indicator_changed && items.empty();
}

std::string Comparison::format_delta(const Rational& reported) const {
  std::string digits = reported.decimal_string(decimals, Rounding::half_up);
  return reported > Rational(0) ? "+" + digits : digits;
}

bool same_tree(const Scheme& a, const Scheme& b) { return a.id == b.id && a.version == b.version; }

std::optional<Text> tree_mismatch(const ScoreResult& old, const ScoreResult& now) {
  if (same_tree(*old.scheme, *now.scheme)) return std::nullopt;
  return message(MessageId::compare_different_trees,
                 {old.file, scheme_label(*old.scheme), now.file, scheme_label(*now.scheme)});
}

Comparison compare(const ScoreResult& old, const ScoreResult& now, const CompareOptions& options) {
  return Comparer(old, now, options).run();
}

}  // namespace cityseceval
