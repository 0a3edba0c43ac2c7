// Step 2 of tailoring: each change checked against the base and applied, and
// the result checked against Table B.1's rules (docs/tailoring.md).
#include "cityseceval/tailoring.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "cityseceval/limits.h"
#include "cityseceval/load.h"
#include "cityseceval/messages.h"
#include "cityseceval/suggest.h"
#include "overloaded.h"
#include "tailoring_document.h"

namespace cityseceval {

namespace {

using Kind = TailoringChange::Kind;

// A tailoring's base may itself be a tailoring. A file that is its own base,
// directly or through others, would be loaded forever: the chain is cut at a
// depth no real use comes near (limits.h).
constexpr int max_tailoring_depth = default_limits.tailoring_chain;

class DepthGuard {
 public:
  DepthGuard() { ++depth(); }
  ~DepthGuard() { --depth(); }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;
  bool too_deep() const { return depth() > max_tailoring_depth; }

 private:
  static int& depth() {
    thread_local int loading = 0;
    return loading;
  }
};

std::string directory_of(const std::string& file) {
  if (file == "<stdin>") return "";
  return std::filesystem::path(file).parent_path().string();
}

Indicator* find_indicator(std::vector<Indicator>& indicators, std::string_view id) {
  for (Indicator& indicator : indicators) {
    if (indicator.id == id) return &indicator;
    if (Indicator* found = find_indicator(indicator.children, id)) return found;
  }
  return nullptr;
}

void collect_indicator_ids(const std::vector<Indicator>& indicators, std::vector<std::string>& ids) {
  for (const Indicator& indicator : indicators) {
    ids.push_back(indicator.id);
    collect_indicator_ids(indicator.children, ids);
  }
}

// The highest item number an indicator ever used, its retired items included:
// an added item takes the next one, so no ID ever names two different items.
unsigned long highest_item_number(const Indicator& indicator) {
  unsigned long highest = 0;
  auto consider = [&](const std::string& id) {
    std::string_view number = std::string_view(id).substr(std::min(id.size(), indicator.id.size() + 1));
    if (!number.empty() && number.size() < 10 &&
        std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      highest = std::max(highest, std::stoul(std::string(number)));
    }
  };
  for (const Item& item : indicator.items) consider(item.id);
  for (const std::string& id : indicator.retired_items) consider(id);
  return highest;
}

// Applies a parsed tailoring to its base, in place.
class Tailor {
 public:
  Tailor(const TailoringDocument& document, Scheme& scheme, Diagnostics& diagnostics)
      : document_(document), scheme_(scheme), diagnostics_(diagnostics) {}

  void run() {
    std::vector<TailoringChange> changes;
    for (const TailoringEntry& entry : document_.entries) {
      if (accept(entry)) changes.push_back(apply(entry));
    }
    check_nothing_emptied();
    for (const Indicator& indicator : scheme_.indicators) check_points_kept(indicator);
    Tailoring record = scheme_.tailoring.value_or(Tailoring{scheme_.id, scheme_.version, {}});
    record.changes.insert(record.changes.end(), changes.begin(), changes.end());
    scheme_.tailoring = std::move(record);
    scheme_.id = document_.id;
    scheme_.title = document_.title;
    scheme_.title_en = document_.title_en;
    scheme_.version = document_.version;
    scheme_.build_index();
  }

 private:
  // Whether `entry` names something of the base it may change, reporting why not.
  bool accept(const TailoringEntry& entry) {
    const TailoringChange& change = entry.change;
    if (change.kind == Kind::remove || change.kind == Kind::reword) {
      if (!scheme_.find_item(change.item)) {
        error(entry.target_location,
              message(MessageId::unknown_item, {change.item, did_you_mean(change.item, item_ids())}),
              RuleId::unknown_item);
        return false;
      }
      if (!first_change_of(change.item, message(MessageId::item_n, {change.item}), entry)) return false;
      if (change.kind == Kind::remove && !entry.has_reason) {
        error(entry.location, message(MessageId::tailoring_no_reason, {change.item}), RuleId::tailoring_reason);
      }
      return true;
    }
    const Indicator* indicator = scheme_.find_indicator(change.indicator);
    if (!indicator) {
      std::vector<std::string> ids;
      collect_indicator_ids(scheme_.indicators, ids);
      error(entry.target_location,
            message(MessageId::unknown_indicator, {change.indicator, did_you_mean(change.indicator, ids)}),
            RuleId::unknown_indicator);
      return false;
    }
    // Not is_rated(): an earlier removal may have taken its last item.
    if (!indicator->children.empty()) {
      error(entry.target_location, message(MessageId::tailoring_not_rated, {change.indicator}),
            RuleId::tailoring_level);
      return false;
    }
    if (change.kind == Kind::points) {
      if (!first_change_of(change.indicator, message(MessageId::indicator_n, {change.indicator}), entry)) return false;
      if (change.to != indicator->points) {
        diagnostics_.warning(entry.location,
                             message(MessageId::tailoring_points_changed, {change.indicator, change.to.short_string(),
                                                                           indicator->points.short_string()}),
                             RuleId::tailoring_points);
      }
    }
    return true;
  }

  // An item, or an indicator's points, is changed by one entry only: two would
  // leave the reader to guess which one holds.
  bool first_change_of(const std::string& id, const Text& what, const TailoringEntry& entry) {
    auto [first, inserted] = changed_.emplace(id, entry.location.line);
    if (inserted) return true;
    error(entry.target_location, message(MessageId::tailoring_changed_twice, {what, first->second}),
          RuleId::tailoring_duplicate);
    return false;
  }

  // Applies an accepted entry; returns the change as the tailored scheme records it.
  TailoringChange apply(const TailoringEntry& entry) {
    TailoringChange change = entry.change;
    switch (change.kind) {
      case Kind::remove: {
        Indicator& owner = *find_indicator(scheme_.indicators, scheme_.item_owner(change.item)->id);
        std::erase_if(owner.items, [&](const Item& item) { return item.id == change.item; });
        owner.retired_items.push_back(change.item);
        if (owner.items.empty()) emptied_.emplace(owner.id, &entry);
        break;
      }
      case Kind::reword: {
        Indicator& owner = *find_indicator(scheme_.indicators, scheme_.item_owner(change.item)->id);
        for (Item& item : owner.items) {
          if (item.id == change.item) item.text = change.text;
        }
        break;
      }
      case Kind::add: {
        Indicator& owner = *find_indicator(scheme_.indicators, change.indicator);
        change.item = owner.id + "." + std::to_string(highest_item_number(owner) + 1);
        owner.items.push_back(Item{change.item, change.text, RatedItem{}, entry.location, 0});
        break;
      }
      case Kind::points: {
        Indicator& owner = *find_indicator(scheme_.indicators, change.indicator);
        change.from = owner.points;
        owner.points = change.to;
        break;
      }
    }
    return change;
  }

  // An indicator whose every item is removed (and none added) has nothing to rate.
  void check_nothing_emptied() {
    for (const auto& [id, entry] : emptied_) {
      if (find_indicator(scheme_.indicators, id)->items.empty()) {
        error(entry->location, message(MessageId::tailoring_no_items_left, {id}), RuleId::tailoring_no_items);
      }
    }
  }

  // Table B.1's level-1 and level-2 points must not change: an indicator that
  // groups others keeps the sum of its children's points. Only the lowest
  // indicator whose sum changed is reported (its parents changed with it).
  // Returns whether one was reported under `indicator`.
  bool check_points_kept(const Indicator& indicator) {
    if (indicator.children.empty()) return false;
    bool below = false;
    for (const Indicator& child : indicator.children) below = check_points_kept(child) || below;
    if (below) return true;
    Rational sum;
    for (const Indicator& child : indicator.children) sum += child.points;
    if (sum == indicator.points || indicator.bonus) return false;
    error(first_points_change_under(indicator.id),
          message(MessageId::tailoring_parent_points,
                  {indicator.id, indicator.points.short_string(), sum.short_string()}),
          RuleId::tailoring_level);
    return true;
  }

  SourceLocation first_points_change_under(const std::string& id) const {
    for (const TailoringEntry& entry : document_.entries) {
      if (entry.change.kind == Kind::points && entry.change.indicator.starts_with(id + ".")) return entry.location;
    }
    return document_.base_location;
  }

  const std::vector<std::string>& item_ids() {
    if (item_ids_.empty()) {
      for (const Indicator* indicator : scheme_.rated_indicators()) {
        for (const Item& item : indicator->items) item_ids_.push_back(item.id);
      }
    }
    return item_ids_;
  }

  void error(const SourceLocation& where, Text text, RuleId rule) { diagnostics_.error(where, std::move(text), rule); }

  const TailoringDocument& document_;
  Scheme& scheme_;
  Diagnostics& diagnostics_;
  std::map<std::string, int> changed_;                     // item or indicator id -> line of its change
  std::map<std::string, const TailoringEntry*> emptied_;  // indicator id -> the removal that emptied it
  std::vector<std::string> item_ids_;                     // the base's, for "did you mean"
};

// Only the standard's kind of scheme has items to tailor and points to move;
// and a tailored scheme is another scheme, so it has an id of its own.
bool may_tailor(const Scheme& base, const TailoringDocument& document, Diagnostics& diagnostics) {
  bool rated = std::visit(overloaded{[](const RatingMean&) { return true; }, [](const PointsSum&) { return false; }},
                          base.aggregation);
  if (!rated) {
    diagnostics.error(document.base_location, message(MessageId::tailoring_points_sum_base, {base.id}),
                      RuleId::tailoring_base);
    return false;
  }
  if (document.id == base.id) {
    diagnostics.error(document.base_location, message(MessageId::tailoring_same_id, {base.id}),
                      RuleId::tailoring_base);
    return false;
  }
  return true;
}

// The tailored scheme is checked like any tree. The base's own warnings were
// reported when it was loaded; only those of the tailoring file are new.
void check_tailored(const Scheme& scheme, Diagnostics& diagnostics) {
  Diagnostics found;
  check_tree(scheme, found);
  for (const Diagnostic& diagnostic : found.all()) {
    if (diagnostic.severity == Severity::error || diagnostic.location.file == scheme.file) diagnostics.add(diagnostic);
  }
}

}  // namespace

std::optional<TailoredScheme> load_tailoring(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  std::size_t errors_before = diagnostics.error_count();
  std::optional<TailoringDocument> document = parse_tailoring(text, file, diagnostics);
  if (!document) return std::nullopt;
  DepthGuard guard;
  if (guard.too_deep()) {
    diagnostics.error(document->base_location, message(MessageId::tailoring_too_deep, {max_tailoring_depth}),
                      RuleId::tailoring_base);
    return std::nullopt;
  }
  std::optional<Scheme> base = load_scheme(document->base, directory_of(file), document->base_location, diagnostics);
  if (!base || !may_tailor(*base, *document, diagnostics)) return std::nullopt;
  TailoredScheme tailored;
  tailored.base_file = is_tree_path(document->base) ? base->file : "";
  tailored.scheme = std::move(*base);
  tailored.scheme.file = file;
  Tailor(*document, tailored.scheme, diagnostics).run();
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  check_tailored(tailored.scheme, diagnostics);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return tailored;
}

std::string_view change_kind_name(TailoringChange::Kind kind) {
  switch (kind) {
    case Kind::remove:
      return "remove";
    case Kind::reword:
      return "reword";
    case Kind::add:
      return "add";
    case Kind::points:
      return "points";
  }
  return {};
}

std::optional<TailoringChange::Kind> parse_change_kind(std::string_view name) {
  for (Kind kind : {Kind::remove, Kind::reword, Kind::add, Kind::points}) {
    if (change_kind_name(kind) == name) return kind;
  }
  return std::nullopt;
}

}  // namespace cityseceval
