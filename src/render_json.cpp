#include <nlohmann/json.hpp>

#include <charconv>
#include <optional>

#include "cityseceval/render.h"
#include "cityseceval/rules.h"

namespace cityseceval {

namespace {

using Json = nlohmann::ordered_json;

// A decimal string as a JSON number: integers stay integers (100, not 100.0);
// other values become the nearest double, which prints back as the same
// shortest decimal (85.5). from_chars, unlike stod, ignores the locale.
Json decimal_json(const Rational& value, const std::string& decimal) {
  if (value.is_whole() && value.mpq().get_num().fits_slong_p()) return Json(value.mpq().get_num().get_si());
  double number = 0;
  std::from_chars(decimal.data(), decimal.data() + decimal.size(), number);
  return Json(number);
}

// A JSON number equal to `value` rounded to the scheme's decimals: a whole
// number stays an integer (100, not 100.0), others are the nearest double to
// the rounded decimal, which prints back as that decimal (85.5).
Json reported_number(const ScoreResult& result, const Rational& value) {
  Rational rounded = value.rounded(result.scheme->precision.decimals, result.scheme->precision.rounding);
  return decimal_json(rounded, rounded.short_string(result.scheme->precision.decimals));
}

// Values that are exact by construction: points and scale values.
Json exact_number(const Rational& value) { return decimal_json(value, value.short_string(12)); }

// The fact as the assessor recorded it, in the JSON type closest to what was
// written: a ratio given as counts keeps its counts, so an auditor sees 18/20
// rather than 0.9.
Json fact_json(const Fact& fact) {
  switch (fact.kind) {
    case FactKind::boolean:
      return Json(fact.yes);
    case FactKind::count:
    case FactKind::score:
      return exact_number(fact.number);
    case FactKind::ratio:
      if (fact.numerator && fact.denominator) {
        return Json{{"numerator", exact_number(*fact.numerator)}, {"denominator", exact_number(*fact.denominator)}};
      }
      return exact_number(fact.number);
    case FactKind::choice:
      return Json(fact.outcome);
    case FactKind::missing:
      return Json(fact.missing);
    case FactKind::parts: {
      Json parts = Json::object();
      for (const FactPart& part : fact.parts) parts[part.name] = fact_json(part.fact);
      return parts;
    }
  }
  return Json(nullptr);
}

// An item of a points-sum scheme: the fact, the rule in words, how the rule
// turned the fact into points, and the points.
Json rule_item_json(const ScoreResult& result, const ItemResult& item) {
  const Rule& rule = *item.item->rule;
  const std::string& note = !item.note.empty() || !item.fact ? item.note : item.fact->note;
  Json entry;
  entry["id"] = item.item->id;
  entry["fact"] = item.fact ? fact_json(*item.fact) : Json(nullptr);
  entry["rule"] = {{"type", rule_type_name(rule)},
                   {"description", describe(rule, false)},
                   {"description_en", describe(rule, true)},
                   {"explanation", item.explanation},
                   {"explanation_en", item.explanation_en}};
  entry["points"] = reported_number(result, item.points);
  entry["points_exact"] = item.points.exact_string();
  entry["note"] = note.empty() ? Json(nullptr) : Json(note);
  return entry;
}

Json rating_item_json(const ItemResult& item) {
  Json entry;
  entry["id"] = item.item->id;
  entry["rating"] = item.rating->id;
  entry["value"] = exact_number(item.rating->value);
  entry["note"] = item.note.empty() ? Json(nullptr) : Json(item.note);
  return entry;
}

Json indicator_json(const ScoreResult& result, const IndicatorResult& node) {
  const Indicator& indicator = *node.indicator;
  Json out;
  out["id"] = indicator.id;
  out["level"] = indicator.level;
  out["name"] = indicator.name;
  out["name_en"] = indicator.name_en;
  out["score"] = reported_number(result, node.earned);
  out["score_exact"] = node.earned.exact_string();
  // Only where a floor or a cap changed the sum, so that the rating-mean
  // output, where nothing is clipped, stays as it was.
  bool points_sum = result.scheme->aggregation == Aggregation::points_sum;
  if (points_sum && node.raw != node.earned) {
    out["raw"] = reported_number(result, node.raw);
    out["raw_exact"] = node.raw.exact_string();
  }
  out["max"] = exact_number(node.max);
  out["percent"] = reported_number(result, node.percent());
  if (indicator.is_rated()) {
    if (!points_sum) out["direct_score_applied"] = node.direct_score_applied;
    Json items = Json::array();
    for (const ItemResult& item : node.items) {
      items.push_back(item.item->rule ? rule_item_json(result, item) : rating_item_json(item));
    }
    out["items"] = std::move(items);
  } else {
    Json children = Json::array();
    for (const IndicatorResult& child : node.children) children.push_back(indicator_json(result, child));
    out["children"] = std::move(children);
  }
  return out;
}

// How the total came about: sections + capped bonus, then the total cap.
Json bonus_json(const ScoreResult& result) {
  const Scheme& scheme = *result.scheme;
  std::optional<Rational> cap;
  for (const Indicator& indicator : scheme.indicators) {
    if (!indicator.bonus || !indicator.cap) continue;
    cap = cap ? *cap + *indicator.cap : *indicator.cap;
  }
  Json out;
  out["sections"] = reported_number(result, result.sections);
  out["sections_exact"] = result.sections.exact_string();
  out["raw"] = reported_number(result, result.bonus_raw);
  out["raw_exact"] = result.bonus_raw.exact_string();
  out["capped"] = reported_number(result, result.bonus);
  out["capped_exact"] = result.bonus.exact_string();
  out["cap"] = cap ? exact_number(*cap) : Json(nullptr);
  out["total_before_cap"] = reported_number(result, result.total_before_cap);
  out["total_before_cap_exact"] = result.total_before_cap.exact_string();
  out["total_cap"] = scheme.total_cap ? exact_number(*scheme.total_cap) : Json(nullptr);
  return out;
}

Json result_json(const ScoreResult& result) {
  const Scheme& scheme = *result.scheme;
  Json out;
  out["scheme"] = {{"id", scheme.id}, {"title", scheme.title}, {"version", scheme.version}};
  out["assessment"] = {{"file", result.file},
                       {"city", result.city},
                       {"period", result.period.empty() ? Json(nullptr) : Json(result.period)}};
  out["score"] = reported_number(result, result.composite);
  out["score_exact"] = result.composite.exact_string();
  out["max"] = exact_number(result.max);
  if (result.has_bonus) out["bonus"] = bonus_json(result);
  if (result.grade) {
    out["grade"] = {{"id", result.grade->id}, {"name", result.grade->name}, {"name_en", result.grade->name_en}};
  } else {
    out["grade"] = nullptr;
  }
  Json indicators = Json::array();
  for (const IndicatorResult& node : result.indicators) indicators.push_back(indicator_json(result, node));
  out["indicators"] = std::move(indicators);
  return out;
}

}  // namespace

std::string render_json(const ScoreResult& result) { return result_json(result).dump(2) + "\n"; }

std::string render_json_element(const ScoreResult& result, std::size_t index) {
  // nlohmann's dump(2) of an array indents each element by two more spaces.
  std::string object = result_json(result).dump(2);
  std::string out = index == 0 ? "[\n  " : ",\n  ";
  out.reserve(out.size() + object.size() * 11 / 10);
  for (char c : object) {
    out += c;
    if (c == '\n') out += "  ";
  }
  return out;
}

std::string json_array_close(std::size_t count) { return count == 0 ? "[]\n" : "\n]\n"; }

std::string render_json(const std::vector<ScoreResult>& results) {
  std::string out;
  for (std::size_t i = 0; i < results.size(); ++i) out += render_json_element(results[i], i);
  return out + json_array_close(results.size());
}

}  // namespace cityseceval
