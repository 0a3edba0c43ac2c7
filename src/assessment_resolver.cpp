// Step 2 of reading an assessment: every written rating checked against the
// scheme. Each problem is reported where it was written, and all of them are
// reported in one run.
#include <fmt/format.h>

#include <unordered_map>

#include "cityseceval/assessment.h"
#include "assessment_placeholders.h"
#include "fact_resolver.h"
#include "suggest.h"
#include "yaml_fields.h"

namespace cityseceval {

namespace {

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

class Resolver {
 public:
  Resolver(const AssessmentDocument& document, const Scheme& scheme, Diagnostics& diagnostics)
      : document_(document), scheme_(scheme), diagnostics_(diagnostics), scale_text_(describe_scale(scheme.scale)) {}

  std::optional<Assessment> run() {
    std::size_t errors_before = diagnostics_.error_count();
    // Document order first, so problems are reported top to bottom.
    std::unordered_map<std::string, IndicatorRatings> resolved;
    for (const WrittenIndicator& entry : document_.indicators) {
      const Indicator* indicator = scheme_.find_indicator(entry.id);
      if (!indicator || !indicator->is_rated()) {
        report_unknown(entry, indicator);
      } else if (entry.is_list) {
        resolved.emplace(entry.id, resolve(*indicator, entry));
      } else {
        resolved.emplace(entry.id, IndicatorRatings{indicator, {}});  // reported by the parser
      }
    }
    if (document_.has_facts_key) {
      diagnostics_.error(document_.facts_location,
                         fmt::format("scheme {} is scored from ratings on its scale, not facts: write \"ratings:\"",
                                     scheme_.id),
                         "wrong-type");
    }
    Assessment assessment{document_.file, document_.city, document_.period, {}, {}};
    std::vector<const Indicator*> missing;
    for (const Indicator* indicator : scheme_.rated_indicators()) {
      auto it = resolved.find(indicator->id);
      if (it == resolved.end()) {
        missing.push_back(indicator);
      } else {
        assessment.indicators.push_back(std::move(it->second));
      }
    }
    if (!missing.empty() && document_.ratings_read) report_missing(missing);
    report_unfilled();
    if (diagnostics_.error_count() > errors_before || !document_.valid) return std::nullopt;
    return assessment;
  }

 private:
  void report_unknown(const WrittenIndicator& entry, const Indicator* indicator) {
    std::string message;
    if (indicator) {
      std::vector<std::string> rated;
      collect_rated(*indicator, rated);
      message = fmt::format("\"{}\" is a level-{} indicator; ratings are given for each of its rated indicators: {}",
                            entry.id, indicator->level, fmt::join(rated, ", "));
    } else if (const Indicator* owner = item_owner(entry.id)) {
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

  const Indicator* item_owner(const std::string& id) const {
    for (const Indicator* indicator : scheme_.rated_indicators()) {
      for (const Item& item : indicator->items) {
        if (item.id == id) return indicator;
      }
    }
    return nullptr;
  }

  // A template's placeholders: `todo` ratings, and a city or period still `todo`.
  void report_unfilled() {
    report_placeholders(document_, unrated_, document_.ratings_location,
                        fmt::format("{} item{} {} unrated (todo); rate each item {}", unrated_,
                                    unrated_ == 1 ? "" : "s", unrated_ == 1 ? "is" : "are",
                                    scale_words(scheme_.scale)),
                        diagnostics_);
  }

  void report_missing(const std::vector<const Indicator*>& missing) {
    std::vector<std::string> labels;
    for (const Indicator* indicator : missing) labels.push_back(fmt::format("{} ({})", indicator->id, indicator->name));
    std::string list = first_of(labels);
    std::string message = missing.size() == 1
                              ? fmt::format("missing ratings for indicator {}", list)
                              : fmt::format("missing ratings for {} indicators: {}", missing.size(), list);
    diagnostics_.error(document_.ratings_location, message, "missing-indicator");
  }

  IndicatorRatings resolve(const Indicator& indicator, const WrittenIndicator& entry) {
    IndicatorRatings result{&indicator, {}};
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
        result.items.push_back({&indicator.items[i], level, entry.ratings[i].note, entry.ratings[i].location});
      }
    }
    return result;
  }

  // The scale level a written rating names, or null after reporting why not.
  const RatingLevel* rate(const WrittenRating& rating, const std::string& subject) {
    const RatingScale& scale = scheme_.scale;
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
    for (const RatingLevel& level : scheme_.scale.levels) {
      words.push_back(level.id);
      words.push_back(level.name);
    }
    return did_you_mean(word, words);
  }

  const AssessmentDocument& document_;
  const Scheme& scheme_;
  Diagnostics& diagnostics_;
  std::string scale_text_;
  std::size_t unrated_ = 0;  // `todo` ratings seen
};

}  // namespace

std::optional<Assessment> resolve_assessment(const AssessmentDocument& document, const Scheme& scheme,
                                             Diagnostics& diagnostics) {
  if (scheme.aggregation == Aggregation::points_sum) return resolve_facts(document, scheme, diagnostics);
  return Resolver(document, scheme, diagnostics).run();
}

const IndicatorRatings* Assessment::find(std::string_view indicator_id) const {
  for (const IndicatorRatings& ratings : indicators) {
    if (ratings.indicator->id == indicator_id) return &ratings;
  }
  return nullptr;
}

}  // namespace cityseceval
