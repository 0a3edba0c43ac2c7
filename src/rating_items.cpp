// The rating-mean kind, loaded: items of a tree, `ratings:` of an
// assessment, and the ratings resolved against the scale. Each problem is
// reported where it was written, and all of them in one run.
#include "rating_items.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "assessment_placeholders.h"
#include "evidence.h"
#include "cityseceval/messages.h"
#include "cityseceval/suggest.h"
#include "utf8.h"

namespace cityseceval {

namespace {

WrittenRating written(const yaml::Node& node, const std::string& file) {
  WrittenRating rating;
  rating.location = yaml::location_of(node, file);
  rating.text = node.value;
  rating.plain = node.plain;
  switch (node.kind) {
    case yaml::NodeKind::null: rating.kind = WrittenRating::Kind::empty; break;
    case yaml::NodeKind::scalar: rating.kind = WrittenRating::Kind::scalar; break;
    case yaml::NodeKind::sequence: rating.kind = WrittenRating::Kind::list; break;
    case yaml::NodeKind::mapping: rating.kind = WrittenRating::Kind::mapping; break;
  }
  return rating;
}

WrittenRating read_rating(const yaml::Node& node, const std::string& indicator_id, const std::string& file,
                          Diagnostics& diagnostics) {
  if (node.kind != yaml::NodeKind::mapping) return written(node, file);
  // The long form: {rating: full, note: "...", evidence: [...]}, {rating: na, reason: "..."}.
  Text owner = message(MessageId::a_rating_of, {indicator_id});
  MappingReader fields(node, file, diagnostics, owner);
  fields.allow_only({"rating", "note", "reason", "evidence"});
  const yaml::Node* rating = fields.required("rating");
  WrittenRating result = rating ? written(*rating, file) : WrittenRating{};
  if (!rating) result.kind = WrittenRating::Kind::reported;
  result.location = rating ? yaml::location_of(*rating, file) : fields.location();
  if (fields.optional("note")) result.note = fields.text("note", false).value_or("");
  if (const yaml::Node* reason = fields.optional("reason")) {
    std::optional<std::string> text = fields.text("reason", false);
    result.reason = text.value_or("");
    result.reason_location = yaml::location_of(*reason, file);
    // A reason of the wrong type ([...], {...}) is reported as such, not
    // again as "na needs a reason": a reason was written.
    if (!text) result.kind = WrittenRating::Kind::reported;
  }
  if (const yaml::Node* evidence = fields.optional("evidence")) {
    result.evidence = read_evidence(*evidence, file, owner, diagnostics);
  }
  return result;
}

// "full (全部满足, 1), mostly (大部分满足, 0.8), partly (部分满足, 0.5) or none (不满足, 0)"
Text describe_scale(const RatingScale& scale) {
  std::vector<Text> levels;
  for (const RatingLevel& level : scale.levels) {
    levels.push_back(message(MessageId::scale_level, {level.id, level.name, level.value.short_string()}));
  }
  return join_list(levels, MessageId::list_or);
}

// "full, mostly, partly or none"
Text scale_words(const RatingScale& scale) {
  std::vector<std::string> words;
  for (const RatingLevel& level : scale.levels) words.push_back(level.id);
  return join_list(words, MessageId::list_or);
}

// "6.2.2.1 "网络安全等级测评报告按照GB/T 28448…"; 6.2.2.2 "…"": an indicator's
// items in order, each text cut short, so an assessor sees which one a list lacks.
Text items_in_order(const Indicator& indicator) {
  constexpr std::size_t shown = 20;  // code points of each text
  std::vector<Text> labels;
  for (const Item& item : indicator.items) {
    std::vector<std::string_view> characters = utf8::characters(item.text);
    std::string text;
    for (std::size_t i = 0; i < std::min(shown, characters.size()); ++i) text += characters[i];
    if (characters.size() > shown) text += "…";
    labels.push_back(message(MessageId::label_with_text, {item.id, text}));
  }
  return join_all(labels, MessageId::clause_separator);
}

bool is_placeholder(const WrittenRating& rating) {
  return rating.kind == WrittenRating::Kind::scalar && rating.plain && rating.text == placeholder_word;
}

class RatingResolver {
 public:
  RatingResolver(const AssessmentDocument& document, const Scheme& scheme, const RatingScale& scale,
                 std::vector<const Indicator*> scope, const ReadOptions& options, Diagnostics& diagnostics)
      : document_(document),
        scheme_(scheme),
        scale_(scale),
        options_(options),
        diagnostics_(diagnostics),
        assessment_(assessment_of(document, std::move(scope))) {}

  std::optional<Assessment> run() {
    std::size_t errors_before = diagnostics_.error_count();
    const WrittenRatings* written = own_records<WrittenRatings>(
        document_, "ratings", message(MessageId::facts_in_rating_scheme, {scheme_.id}), diagnostics_);
    // Document order first, so problems are reported top to bottom.
    std::unordered_map<const Indicator*, std::vector<ItemRecord>> resolved;
    resolved.reserve(scheme_.rated_indicators().size());
    // Records are large: room for all at once rather than growing (and copying) step by step.
    assessment_.reserve(scheme_.item_count());
    for (const WrittenIndicator& entry : written ? written->indicators : std::vector<WrittenIndicator>{}) {
      const Indicator* indicator = scheme_.find_indicator(entry.id);
      if (!indicator || !indicator->is_rated()) {
        report_unknown(entry, indicator);
      } else if (const Indicator& dimension = scheme_.dimension_of(*indicator); !assessment_.in_scope(dimension)) {
        report_out_of_scope(entry.location, entry.id, dimension, options_, diagnostics_);
      } else if (entry.is_list) {
        WrittenIndicator matched;
        resolved.emplace(indicator, resolve(*indicator, rows_by_item(*indicator, entry, matched)));
      } else {
        resolved.emplace(indicator, std::vector<ItemRecord>{});  // reported by the parser
      }
    }
    std::vector<const Indicator*> missing;
    bool applicable = false;
    for (const Indicator* indicator : scheme_.rated_indicators()) {
      if (!assessment_.in_scope(scheme_.dimension_of(*indicator))) continue;
      auto it = resolved.find(indicator);
      if (it == resolved.end()) {
        missing.push_back(indicator);
        continue;
      }
      for (ItemRecord& record : it->second) {
        applicable = applicable || std::get<Rating>(record.value).applicable();
        assessment_.add(std::move(record));
      }
    }
    if (!missing.empty() && written && written->is_mapping) report_missing(missing, written->location);
    report_unfilled(written ? written->location : document_.start);
    if (diagnostics_.error_count() > errors_before || !document_.valid) return std::nullopt;
    // Every item na: the A.4 mean of nothing is not a score of zero.
    if (!applicable) {
      diagnostics_.error(written ? written->location : document_.start, message(MessageId::nothing_evaluated),
                         RuleId::nothing_evaluated);
      return std::nullopt;
    }
    return std::move(assessment_);
  }

 private:
  void report_unknown(const WrittenIndicator& entry, const Indicator* indicator) {
    Text text;
    if (indicator) {
      std::vector<std::string> rated;
      collect_rated(*indicator, rated);
      text = message(MessageId::indicator_not_rated, {entry.id, indicator->level, join_all(rated)});
    } else if (const Indicator* owner = scheme_.item_owner(entry.id)) {
      text = message(MessageId::item_not_indicator, {entry.id, owner->id});
    } else {
      std::vector<std::string> ids;
      for (const Indicator* rated : scheme_.rated_indicators()) ids.push_back(rated->id);
      text = message(MessageId::unknown_indicator, {entry.id, did_you_mean(entry.id, ids)});
    }
    diagnostics_.error(entry.location, text, RuleId::unknown_indicator);
  }

  static void collect_rated(const Indicator& indicator, std::vector<std::string>& out) {
    if (indicator.is_rated()) out.push_back(indicator.id);
    for (const Indicator& child : indicator.children) collect_rated(child, out);
  }

  // A template's placeholders: `todo` ratings, and a city or period still `todo`.
  void report_unfilled(const SourceLocation& where) {
    report_placeholders(document_, unrated_, where,
                        message(unrated_ == 1 ? MessageId::unrated_one : MessageId::unrated_many,
                                {unrated_, scale_words(scale_)}),
                        diagnostics_);
  }

  void report_missing(const std::vector<const Indicator*>& missing, const SourceLocation& where) {
    std::vector<Text> labels;
    for (const Indicator* indicator : missing) {
      labels.push_back(message(MessageId::label_with_name, {indicator->id, indicator->name}));
    }
    Text list = first_of(labels);
    diagnostics_.error(where,
                       missing.size() == 1 ? message(MessageId::missing_indicator_one, {list})
                                           : message(MessageId::missing_indicator_many, {missing.size(), list}),
                       RuleId::missing_indicator);
  }

  // A CSV's rows name their items (WrittenRating::item_id), numbered with
  // gaps where the scheme's tailoring retired an item: those numbers are
  // dropped, a row for a retired item is refused, and a row missing between
  // two others is named. What is left lines up with the indicator's items by
  // position. A YAML list, which names no items, is `entry` itself.
  const WrittenIndicator& rows_by_item(const Indicator& indicator, const WrittenIndicator& entry,
                                       WrittenIndicator& matched) {
    if (entry.ratings.empty() || entry.ratings.front().item_id.empty()) return entry;
    matched = entry;
    matched.ratings.clear();
    const std::vector<std::string>& retired = indicator.retired_items;
    for (const WrittenRating& rating : entry.ratings) {
      bool is_retired = std::find(retired.begin(), retired.end(), rating.item_id) != retired.end();
      if (is_retired && !rating.row_missing) {
        diagnostics_.error(rating.location, message(MessageId::retired_item_row, {rating.item_id}),
                           RuleId::unknown_item);
      }
      if (is_retired) continue;
      if (rating.row_missing) {
        diagnostics_.error(rating.location, message(MessageId::csv_no_row_for_item, {rating.item_id}),
                           RuleId::rating_count);
      }
      matched.ratings.push_back(rating);
    }
    return matched;
  }

  // One record per item, when every rating is on the scale.
  std::vector<ItemRecord> resolve(const Indicator& indicator, const WrittenIndicator& entry) {
    std::vector<ItemRecord> result;
    const std::size_t expected = indicator.items.size();
    const std::size_t given = entry.ratings.size();
    result.reserve(std::min(expected, given));
    if (given != expected) {
      Text items = expected == 1 ? message(MessageId::items_one) : message(MessageId::items_many, {expected});
      Text ratings = given == 1 ? message(MessageId::ratings_given_one) : message(MessageId::ratings_given_many, {given});
      diagnostics_.error(entry.list_location,
                         message(MessageId::rating_count,
                                 {indicator.id, indicator.name, items, ratings, items_in_order(indicator)}),
                         RuleId::rating_count);
    }
    for (std::size_t i = 0; i < given; ++i) {
      if (is_placeholder(entry.ratings[i])) {
        ++unrated_;
        continue;
      }
      // The subject of a message, built only when there is one to write.
      auto subject = [&] {
        return i < expected ? message(MessageId::item_n, {indicator.items[i].id})
                            : message(MessageId::rating_n_of, {i + 1, indicator.id});
      };
      const WrittenRating& rating = entry.ratings[i];
      if (is_not_applicable(rating)) {
        if (std::optional<Rating> na = not_applicable(rating, subject); na && i < expected) {
          result.push_back({&indicator.items[i], std::move(*na)});
        }
        continue;
      }
      const RatingLevel* level = rate(rating, subject);
      if (level && !rating.reason_location.file.empty()) {
        diagnostics_.error(rating.reason_location,
                           message(MessageId::invalid_rating,
                                   {subject(), message(MessageId::reason_without_na), describe_scale(scale_)}),
                           RuleId::invalid_rating);
      } else if (level && i < expected) {
        require_evidence(indicator.items[i], *level, rating);
        result.push_back({&indicator.items[i], Rating{level, rating.note, {}, rating.location, rating.evidence}});
      }
    }
    return result;
  }

  // `na` or 不适用: the item does not apply, which must be said why.
  static bool is_not_applicable(const WrittenRating& rating) {
    return rating.kind == WrittenRating::Kind::scalar && is_not_applicable_word(rating.text);
  }

  template <class Subject>
  std::optional<Rating> not_applicable(const WrittenRating& rating, const Subject& subject) {
    if (rating.reason.empty()) {
      diagnostics_.error(rating.location,
                         message(MessageId::invalid_rating,
                                 {subject(), message(MessageId::na_needs_reason), describe_scale(scale_)}),
                         RuleId::invalid_rating);
      return std::nullopt;
    }
    return Rating{nullptr, rating.note, rating.reason, rating.location, rating.evidence};
  }

  // --require-evidence: a rating above 0 claims points, and must say what
  // backs them up; a rating of 0 (none) claims nothing, nor does na.
  void require_evidence(const Item& item, const RatingLevel& level, const WrittenRating& rating) {
    if (!options_.require_evidence || !rating.evidence.empty() || !(level.value > Rational(0))) return;
    // A CSV row names its item: its evidence goes in a column, not a mapping.
    MessageId how = rating.item_id.empty() ? MessageId::evidence_required_rating : MessageId::evidence_required_cell;
    report_missing_evidence(options_, rating.location, message(how, {item.id, level.id}), diagnostics_);
  }

  // The scale level a written rating names, or null after reporting why not
  // (about `subject()`: "item 6.2.1.2").
  template <class Subject>
  const RatingLevel* rate(const WrittenRating& rating, const Subject& subject) {
    const RatingScale& scale = scale_;
    Text reason;
    switch (rating.kind) {
      case WrittenRating::Kind::reported: return nullptr;
      case WrittenRating::Kind::empty: reason = message(MessageId::rating_empty); break;
      case WrittenRating::Kind::list: reason = message(MessageId::rating_is_list); break;
      case WrittenRating::Kind::mapping: reason = message(MessageId::rating_is_mapping); break;
      case WrittenRating::Kind::scalar: {
        if (const RatingLevel* level = scale.find_word(rating.text)) return level;
        if (rating.plain && looks_boolean(rating.text)) {
          reason = message(MessageId::rating_boolean, {rating.text});
        } else if (auto value = Rational::parse_decimal(rating.text)) {
          if (const RatingLevel* level = scale.find_value(*value)) return level;
          reason = message(MessageId::rating_off_scale, {rating.text});
        } else if (auto signed_value = Rational::parse_decimal(rating.text, true);
                   signed_value && *signed_value < Rational(0)) {
          // "-0" is a sign on zero, not a negative number: it is refused below
          // as not a plain decimal, like "+1".
          reason = message(MessageId::rating_negative, {rating.text});
        } else if (!rating.text.empty() && std::string_view("-+.0123456789").find(rating.text[0]) != std::string_view::npos) {
          reason = message(MessageId::rating_not_decimal, {rating.text});
        } else {
          reason = message(MessageId::rating_unknown, {rating.text, suggestion(rating.text)});
        }
      }
    }
    diagnostics_.error(rating.location, message(MessageId::invalid_rating, {subject(), reason, describe_scale(scale_)}),
                       RuleId::invalid_rating);
    return nullptr;
  }

  Text suggestion(const std::string& word) const {
    std::vector<std::string> words;
    for (const RatingLevel& level : scale_.levels) {
      words.push_back(level.id);
      words.push_back(level.name);
    }
    return did_you_mean(word, words);
  }

  const AssessmentDocument& document_;
  const Scheme& scheme_;
  const RatingScale& scale_;
  const ReadOptions& options_;
  Diagnostics& diagnostics_;
  Assessment assessment_;
  std::size_t unrated_ = 0;  // `todo` ratings seen
};

}  // namespace

void allow_rated_item_keys(MappingReader& fields) { fields.allow_only({"id", "text", "direct_score"}); }

RatedItem read_rated_item(MappingReader& fields) {
  return RatedItem{fields.boolean("direct_score", false).value_or(false)};
}

WrittenRatings parse_written_ratings(const yaml::Node& key, const yaml::Node& value, const std::string& file,
                                     Diagnostics& diagnostics) {
  WrittenRatings ratings;
  ratings.location = yaml::location_of(key, file);
  if (value.kind != yaml::NodeKind::mapping) {
    diagnostics.error(yaml::location_of(value, file), message(MessageId::ratings_not_mapping, {yaml::describe(value)}),
                      RuleId::wrong_type);
    ratings.is_mapping = false;
    return ratings;
  }
  ratings.indicators.reserve(value.entries.size());
  for (const auto& [id_node, list] : value.entries) {
    auto id = scalar_key(*id_node, file, diagnostics);
    if (!id) continue;
    WrittenIndicator indicator;
    indicator.id = *id;
    indicator.location = yaml::location_of(*id_node, file);
    indicator.list_location = yaml::location_of(*list, file);
    if (list->kind == yaml::NodeKind::sequence) {
      indicator.ratings.reserve(list->items.size());
      for (const yaml::NodePtr& item : list->items) {
        indicator.ratings.push_back(read_rating(*item, *id, file, diagnostics));
      }
    } else {
      indicator.is_list = false;
      diagnostics.error(indicator.list_location, message(MessageId::ratings_not_list, {*id, yaml::describe(*list)}),
                        RuleId::wrong_type);
    }
    ratings.indicators.push_back(std::move(indicator));
  }
  return ratings;
}

std::optional<Assessment> resolve_ratings(const AssessmentDocument& document, const Scheme& scheme,
                                          const RatingMean& kind, std::vector<const Indicator*> scope,
                                          const ReadOptions& options, Diagnostics& diagnostics) {
  return RatingResolver(document, scheme, kind.scale, std::move(scope), options, diagnostics).run();
}

}  // namespace cityseceval
