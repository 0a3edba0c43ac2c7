// The rating-mean kind, loaded: items of a tree, `ratings:` of an
// assessment, and the ratings resolved against the scale. Each problem is
// reported where it was written, and all of them in one run.
#include "rating_items.h"

#include <fmt/format.h>

#include <unordered_map>

#include "assessment_placeholders.h"
#include "cityseceval/suggest.h"

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
  // The long form: {rating: full, note: "..."}. Later formats add keys here.
  MappingReader fields(node, file, diagnostics, fmt::format("a rating of {}", indicator_id));
  fields.allow_only({"rating", "note"});
  const yaml::Node* rating = fields.required("rating");
  WrittenRating result = rating ? written(*rating, file) : WrittenRating{};
  if (!rating) result.kind = WrittenRating::Kind::reported;
  result.location = rating ? yaml::location_of(*rating, file) : fields.location();
  if (fields.optional("note")) result.note = fields.text("note", false).value_or("");
  return result;
}

// "full (全部满足, 1), mostly (大部分满足, 0.8), partly (部分满足, 0.5) or none (不满足, 0)"
std::string describe_scale(const RatingScale& scale) {
  std::string out;
  for (std::size_t i = 0; i < scale.levels.size(); ++i) {
    const RatingLevel& level = scale.levels[i];
    if (i > 0) out += i + 1 == scale.levels.size() ? " or " : ", ";
    out += fmt::format("{} ({}, {})", level.id, level.name, level.value.short_string());
  }
  return out;
}

// "full, mostly, partly or none"
std::string scale_words(const RatingScale& scale) {
  std::string out;
  for (std::size_t i = 0; i < scale.levels.size(); ++i) {
    if (i > 0) out += i + 1 == scale.levels.size() ? " or " : ", ";
    out += scale.levels[i].id;
  }
  return out;
}

bool is_placeholder(const WrittenRating& rating) {
  return rating.kind == WrittenRating::Kind::scalar && rating.plain && rating.text == placeholder_word;
}

class RatingResolver {
 public:
  RatingResolver(const AssessmentDocument& document, const Scheme& scheme, const RatingScale& scale,
                 Diagnostics& diagnostics)
      : document_(document),
        scheme_(scheme),
        scale_(scale),
        diagnostics_(diagnostics),
        scale_text_(describe_scale(scale)) {}

  std::optional<Assessment> run() {
    std::size_t errors_before = diagnostics_.error_count();
    report_misplaced();
    const WrittenRatings* written = find_records<WrittenRatings>(document_);
    if (document_.records.empty()) {
      diagnostics_.error(document_.start, "the assessment is missing the required key \"ratings\"", "missing-key");
    }
    // Document order first, so problems are reported top to bottom.
    std::unordered_map<const Indicator*, std::vector<ItemRecord>> resolved;
    for (const WrittenIndicator& entry : written ? written->indicators : std::vector<WrittenIndicator>{}) {
      const Indicator* indicator = scheme_.find_indicator(entry.id);
      if (!indicator || !indicator->is_rated()) {
        report_unknown(entry, indicator);
      } else if (entry.is_list) {
        resolved.emplace(indicator, resolve(*indicator, entry));
      } else {
        resolved.emplace(indicator, std::vector<ItemRecord>{});  // reported by the parser
      }
    }
    Assessment assessment;
    assessment.file = document_.file;
    assessment.city = document_.city;
    assessment.period = document_.period;
    std::vector<const Indicator*> missing;
    for (const Indicator* indicator : scheme_.rated_indicators()) {
      auto it = resolved.find(indicator);
      if (it == resolved.end()) {
        missing.push_back(indicator);
        continue;
      }
      for (ItemRecord& record : it->second) assessment.add(std::move(record));
    }
    if (!missing.empty() && written && written->is_mapping) report_missing(missing, written->location);
    report_unfilled(written ? written->location : document_.start);
    if (diagnostics_.error_count() > errors_before || !document_.valid) return std::nullopt;
    return assessment;
  }

 private:
  // A `facts:` section: this scheme rates items on its scale instead.
  void report_misplaced() {
    for (const WrittenRecords& records : document_.records) {
      if (const auto* facts = std::get_if<WrittenFacts>(&records)) {
        diagnostics_.error(facts->location,
                           fmt::format("scheme {} is scored from ratings on its scale, not facts: write \"ratings:\"",
                                       scheme_.id),
                           "wrong-type");
      }
    }
  }

  void report_unknown(const WrittenIndicator& entry, const Indicator* indicator) {
    std::string message;
    if (indicator) {
      std::vector<std::string> rated;
      collect_rated(*indicator, rated);
      message = fmt::format("\"{}\" is a level-{} indicator; ratings are given for each of its rated indicators: {}",
                            entry.id, indicator->level, fmt::join(rated, ", "));
    } else if (const Indicator* owner = scheme_.item_owner(entry.id)) {
      message = fmt::format("\"{}\" is an item of {}; give its rating in the list under \"{}\"", entry.id,
                            owner->id, owner->id);
    } else {
      std::vector<std::string> ids;
      for (const Indicator* rated : scheme_.rated_indicators()) ids.push_back(rated->id);
      message = fmt::format("unknown indicator \"{}\"{}", entry.id, did_you_mean(entry.id, ids));
    }
    diagnostics_.error(entry.location, message, "unknown-indicator");
  }

  static void collect_rated(const Indicator& indicator, std::vector<std::string>& out) {
    if (indicator.is_rated()) out.push_back(indicator.id);
    for (const Indicator& child : indicator.children) collect_rated(child, out);
  }

  // A template's placeholders: `todo` ratings, and a city or period still `todo`.
  void report_unfilled(const SourceLocation& where) {
    report_placeholders(document_, unrated_, where,
                        fmt::format("{} item{} {} unrated (todo); rate each item {}", unrated_,
                                    unrated_ == 1 ? "" : "s", unrated_ == 1 ? "is" : "are",
                                    scale_words(scale_)),
                        diagnostics_);
  }

  void report_missing(const std::vector<const Indicator*>& missing, const SourceLocation& where) {
    std::vector<std::string> labels;
    for (const Indicator* indicator : missing) labels.push_back(fmt::format("{} ({})", indicator->id, indicator->name));
    std::string list = first_of(labels);
    std::string message = missing.size() == 1
                              ? fmt::format("missing ratings for indicator {}", list)
                              : fmt::format("missing ratings for {} indicators: {}", missing.size(), list);
    diagnostics_.error(where, message, "missing-indicator");
  }

  // One record per item, when every rating is on the scale.
  std::vector<ItemRecord> resolve(const Indicator& indicator, const WrittenIndicator& entry) {
    std::vector<ItemRecord> result;
    const std::size_t expected = indicator.items.size();
    const std::size_t given = entry.ratings.size();
    if (given != expected) {
      diagnostics_.error(entry.list_location,
                         fmt::format("indicator {} ({}) has {} item{}, but {} rating{} {} given", indicator.id,
                                     indicator.name, expected, expected == 1 ? "" : "s", given,
                                     given == 1 ? "" : "s", given == 1 ? "is" : "are"),
                         "rating-count");
    }
    for (std::size_t i = 0; i < given; ++i) {
      if (is_placeholder(entry.ratings[i])) {
        ++unrated_;
        continue;
      }
      std::string subject = i < expected ? fmt::format("item {}", indicator.items[i].id)
                                         : fmt::format("rating {} of {}", i + 1, indicator.id);
      const RatingLevel* level = rate(entry.ratings[i], subject);
      if (level && i < expected) {
        result.push_back({&indicator.items[i], Rating{level, entry.ratings[i].note, entry.ratings[i].location}});
      }
    }
    return result;
  }

  // The scale level a written rating names, or null after reporting why not.
  const RatingLevel* rate(const WrittenRating& rating, const std::string& subject) {
    const RatingScale& scale = scale_;
    std::string reason;
    switch (rating.kind) {
      case WrittenRating::Kind::reported: return nullptr;
      case WrittenRating::Kind::empty: reason = "the rating is empty"; break;
      case WrittenRating::Kind::list: reason = "a rating must be a word or a number, got a list"; break;
      case WrittenRating::Kind::mapping:
        reason = "a rating must be a word or a number, got a mapping";
        break;
      case WrittenRating::Kind::scalar: {
        if (const RatingLevel* level = scale.find_word(rating.text)) return level;
        if (rating.plain && looks_boolean(rating.text)) {
          reason = fmt::format("{} is a boolean, not a rating", rating.text);
        } else if (auto value = Rational::parse_decimal(rating.text)) {
          if (const RatingLevel* level = scale.find_value(*value)) return level;
          reason = fmt::format("{} is not on the rating scale", rating.text);
        } else if (Rational::parse_decimal(rating.text, true)) {
          reason = fmt::format("{} is negative, not on the rating scale", rating.text);
        } else if (!rating.text.empty() && std::string_view("-+.0123456789").find(rating.text[0]) != std::string_view::npos) {
          reason = fmt::format("\"{}\" is not a plain decimal number", rating.text);
        } else {
          reason = fmt::format("unknown rating \"{}\"{}", rating.text, suggestion(rating.text));
        }
      }
    }
    diagnostics_.error(rating.location, fmt::format("{}: {}; expected {}", subject, reason, scale_text_),
                       "invalid-rating");
    return nullptr;
  }

  std::string suggestion(const std::string& word) const {
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
  Diagnostics& diagnostics_;
  std::string scale_text_;
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
    diagnostics.error(yaml::location_of(value, file),
                      fmt::format("\"ratings\" must be a mapping from indicator IDs to lists of ratings, got {}",
                                  yaml::describe(value)),
                      "wrong-type");
    ratings.is_mapping = false;
    return ratings;
  }
  for (const auto& [id_node, list] : value.entries) {
    auto id = scalar_key(*id_node, file, diagnostics);
    if (!id) continue;
    WrittenIndicator indicator;
    indicator.id = *id;
    indicator.location = yaml::location_of(*id_node, file);
    indicator.list_location = yaml::location_of(*list, file);
    if (list->kind == yaml::NodeKind::sequence) {
      for (const yaml::NodePtr& item : list->items) {
        indicator.ratings.push_back(read_rating(*item, *id, file, diagnostics));
      }
    } else {
      indicator.is_list = false;
      diagnostics.error(indicator.list_location,
                        fmt::format("the ratings of {} must be a list with one rating per item, got {}", *id,
                                    yaml::describe(*list)),
                        "wrong-type");
    }
    ratings.indicators.push_back(std::move(indicator));
  }
  return ratings;
}

std::optional<Assessment> resolve_ratings(const AssessmentDocument& document, const Scheme& scheme,
                                          const RatingMean& kind, Diagnostics& diagnostics) {
  return RatingResolver(document, scheme, kind.scale, diagnostics).run();
}

}  // namespace cityseceval
