#include "cityseceval/render_compare.h"
#include "fact_format.h"
#include "json_generator.h"
#include "json_number.h"
#include "json_scheme.h"
#include "overloaded.h"

namespace cityseceval {

namespace {

Json reported_number(const ScoreResult& result, const Rational& value) {
  return rounded_number(value, result.scheme->precision);
}

// One assessment: its file, city, period, composite and grade, and scope.
Json assessment_json(const ScoreResult& result) {
  Json scope = Json::array();
  for (const Indicator* dimension : result.scope) scope.push_back(dimension->id);
  return {{"file", result.file},
          {"city", result.city},
          {"period", result.period.empty() ? Json(nullptr) : Json(result.period)},
          {"score", reported_number(result, result.composite)},
          {"score_exact", result.composite.exact_string()},
          {"grade", result.grade ? Json(result.grade->id) : Json(nullptr)},
          {"scope", std::move(scope)}};
}

Json indicator_json(const IndicatorDelta& entry) {
  const Indicator& indicator = *entry.indicator;
  auto value = [](const IndicatorSide& side) { return side.reported ? exact_number(*side.reported) : Json(nullptr); };
  auto exact = [](const std::optional<Rational>& number) {
    return number ? Json(number->exact_string()) : Json(nullptr);
  };
  Json out = {{"id", indicator.id},
              {"name", indicator.name},
              {"name_en", indicator.name_en},
              {"level", indicator.level},
              {"old", value(entry.before)},
              {"old_exact", exact(entry.before.earned)},
              {"new", value(entry.after)},
              {"new_exact", exact(entry.after.earned)},
              {"delta", entry.reported_delta ? exact_number(*entry.reported_delta) : Json(nullptr)},
              {"delta_exact", exact(entry.delta)},
              {"max", exact_number(entry.after.max)},
              {"old_status", status_id(entry.before.status)},
              {"new_status", status_id(entry.after.status)}};
  // Only where the two trees give the indicator other points.
  if (entry.before.max != entry.after.max) out["old_max"] = exact_number(entry.before.max);
  return out;
}

// An item in one assessment: the rating id ("mostly", "na"), or the fact.
Json item_side(const ItemResult& item) {
  return std::visit(overloaded{[](const RatedItemResult& rated) {
                                 return rated.rating ? Json(rated.rating->id) : Json("na");
                               },
                               [](const RuleItemResult& rule) {
                                 return rule.fact ? fact_json(*rule.fact) : Json(nullptr);
                               }},
                    item.outcome);
}

// A rule item's points on one side, rounded and exact; nothing for a rated item.
void item_points(const ScoreResult& result, const ItemResult& item, const std::string& side, Json& out) {
  if (const auto* rule = std::get_if<RuleItemResult>(&item.outcome)) {
    out[side + "_points"] = reported_number(result, rule->points);
    out[side + "_points_exact"] = rule->points.exact_string();
  }
}

Json item_json(const Comparison& comparison, const ItemChange& change) {
  Json out = {{"id", change.item->id},
              {"indicator", change.indicator->id},
              {"old", item_side(*change.before)},
              {"new", item_side(*change.after)}};
  item_points(*comparison.before, *change.before, "old", out);
  item_points(*comparison.after, *change.after, "new", out);
  return out;
}

Json ids_json(const std::vector<IndicatorDelta>& entries) {
  Json ids = Json::array();
  for (const IndicatorDelta& entry : entries) ids.push_back(entry.indicator->id);
  return ids;
}

}  // namespace

std::string render_compare_json(const Comparison& comparison) {
  const ScoreResult& before = *comparison.before;
  const ScoreResult& after = *comparison.after;
  Json out;
  out["scheme"] = scheme_json(*after.scheme);
  if (!same_tree(*before.scheme, *after.scheme)) out["old_scheme"] = scheme_json(*before.scheme);
  if (after.scheme->weighted()) out["weights"] = weights_json(*after.scheme);
  out["old"] = assessment_json(before);
  out["new"] = assessment_json(after);
  out["delta"] = exact_number(comparison.reported_delta);
  out["delta_exact"] = comparison.delta.exact_string();
  out["changed"] = !comparison.nothing_changed();
  Json indicators = Json::array();
  for (const IndicatorDelta& entry : comparison.indicators) indicators.push_back(indicator_json(entry));
  out["indicators"] = std::move(indicators);
  out["gains"] = ids_json(comparison.gains);
  out["losses"] = ids_json(comparison.losses);
  Json items = Json::array();
  for (const ItemChange& change : comparison.items) items.push_back(item_json(comparison, change));
  out["items"] = std::move(items);
  out["only_old"] = comparison.only_before;
  out["only_new"] = comparison.only_after;
  out["generator"] = generator_json();
  return dump_json(out, 2) + "\n";
}

}  // namespace cityseceval
