#include "cityseceval/render.h"
#include "cityseceval/rules.h"
#include "cityseceval/tailoring.h"
#include "fact_format.h"
#include "json_number.h"
#include "json_scheme.h"
#include "overloaded.h"

namespace cityseceval {

namespace {

// A JSON number equal to `value` rounded to the scheme's decimals.
Json reported_number(const ScoreResult& result, const Rational& value) {
  return rounded_number(value, result.scheme->precision.decimals, result.scheme->precision.rounding);
}

// An item of a points-sum scheme: the fact, the rule in words, how the rule
// turned the fact into points, and the points.
Json item_json(const ScoreResult& result, const Item& item, const RuleItemResult& outcome) {
  const Rule& rule = std::get<RuleItem>(item.kind).rule;
  Text description = describe(rule);
  Json entry;
  entry["id"] = item.id;
  entry["fact"] = outcome.fact ? fact_json(*outcome.fact) : Json(nullptr);
  entry["rule"] = {{"type", rule_type_name(rule)},
                   {"description", description.zh},
                   {"description_en", description.en},
                   {"explanation", outcome.explanation.zh},
                   {"explanation_en", outcome.explanation.en}};
  entry["points"] = reported_number(result, outcome.points);
  entry["points_exact"] = outcome.points.exact_string();
  entry["note"] = outcome.note.empty() ? Json(nullptr) : Json(outcome.note);
  return entry;
}

// An item of a rating-mean scheme: the rating given, or na with its reason.
Json item_json(const ScoreResult&, const Item& item, const RatedItemResult& outcome) {
  Json entry;
  entry["id"] = item.id;
  if (outcome.rating) {
    entry["rating"] = outcome.rating->id;
    entry["value"] = exact_number(outcome.rating->value);
  } else {
    entry["rating"] = "na";
    entry["value"] = nullptr;
    entry["reason"] = outcome.reason;
  }
  entry["note"] = outcome.note.empty() ? Json(nullptr) : Json(outcome.note);
  return entry;
}

std::string_view status_name(Status status) {
  switch (status) {
    case Status::evaluated: return "evaluated";
    case Status::out_of_scope: return "out-of-scope";
    case Status::not_applicable: return "not-applicable";
  }
  return "";
}

// An indicator's weight (A.1-A.3), where the scheme is weighted: as a number
// and exactly, since a weight such as 1/3 has no exact decimal.
void weight_json(const Scheme& scheme, const Indicator& indicator, Json& out) {
  if (!scheme.weighted() || indicator.bonus) return;
  Rational weight = scheme.weight_of(indicator);
  out["weight"] = exact_number(weight);
  out["weight_exact"] = weight.exact_string();
}

Json indicator_json(const ScoreResult& result, const IndicatorResult& node) {
  const Indicator& indicator = *node.indicator;
  Json out;
  out["id"] = indicator.id;
  out["level"] = indicator.level;
  out["name"] = indicator.name;
  out["name_en"] = indicator.name_en;
  // A dimension the scope leaves out has nothing more to say.
  if (node.status == Status::out_of_scope) {
    out["status"] = status_name(node.status);
    out["max"] = exact_number(node.max);
    weight_json(*result.scheme, indicator, out);
    return out;
  }
  if (node.status != Status::evaluated) out["status"] = status_name(node.status);
  out["score"] = node.status == Status::evaluated ? reported_number(result, node.earned) : Json(nullptr);
  out["score_exact"] = node.status == Status::evaluated ? Json(node.earned.exact_string()) : Json(nullptr);
  // Only where a floor or a cap changed the sum.
  if (node.limit) {
    out["raw"] = reported_number(result, node.raw);
    out["raw_exact"] = node.raw.exact_string();
  }
  out["max"] = exact_number(node.max);
  weight_json(*result.scheme, indicator, out);
  // Only where part of the indicator is na: the points that count.
  if (node.status == Status::evaluated && node.evaluated != node.max) out["evaluated_max"] = exact_number(node.evaluated);
  out["percent"] = node.status == Status::evaluated ? reported_number(result, node.percent()) : Json(nullptr);
  if (node.aggregate) {
    std::visit(overloaded{[&](const MeanOfRatings& mean) { out["direct_score_applied"] = mean.direct_score_applied; },
                          [](const SumOfPoints&) {}},
               *node.aggregate);
    Json items = Json::array();
    for (const ItemResult& item : node.items) {
      std::visit([&](const auto& outcome) { items.push_back(item_json(result, *item.item, outcome)); }, item.outcome);
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
Json bonus_json(const ScoreResult& result, const BonusResult& bonus) {
  const Scheme& scheme = *result.scheme;
  Json out;
  out["sections"] = reported_number(result, bonus.sections);
  out["sections_exact"] = bonus.sections.exact_string();
  out["raw"] = reported_number(result, bonus.raw);
  out["raw_exact"] = bonus.raw.exact_string();
  out["capped"] = reported_number(result, bonus.capped);
  out["capped_exact"] = bonus.capped.exact_string();
  out["cap"] = exact_number(bonus.cap);
  out["total_before_cap"] = reported_number(result, bonus.total_before_cap);
  out["total_before_cap_exact"] = bonus.total_before_cap.exact_string();
  out["total_cap"] = scheme.total_cap ? exact_number(*scheme.total_cap) : Json(nullptr);
  return out;
}

// A special or phased evaluation: the dimensions in scope, the points earned
// in them and their points.
Json scope_json(const ScoreResult& result) {
  Json dimensions = Json::array();
  for (const Indicator* dimension : result.scope) dimensions.push_back(dimension->id);
  return {{"dimensions", std::move(dimensions)},
          {"earned", reported_number(result, result.evaluated.earned)},
          {"earned_exact", result.evaluated.earned.exact_string()},
          {"max", exact_number(result.evaluated.scope_max)}};
}

// The indicators whose items are all na, and the points they take out.
Json not_applicable_json(const ScoreResult& result) {
  Json indicators = Json::array();
  for (const Indicator* indicator : result.not_applicable) indicators.push_back(indicator->id);
  return {{"indicators", std::move(indicators)},
          {"points", exact_number(result.evaluated.scope_max - result.evaluated.max)}};
}

// What the composite was scaled from: earned over the points that count.
Json evaluated_json(const ScoreResult& result) {
  return {{"earned", reported_number(result, result.evaluated.earned)},
          {"earned_exact", result.evaluated.earned.exact_string()},
          {"max", exact_number(result.evaluated.max)}};
}

// Where a tailored scheme comes from: its base and every change, each with
// the keys its kind has (docs/json-output.md).
Json tailoring_json(const Tailoring& record) {
  Json changes = Json::array();
  for (const TailoringChange& change : record.changes) {
    Json entry;
    entry["kind"] = change_kind_name(change.kind);
    if (!change.indicator.empty()) entry["indicator"] = change.indicator;
    if (!change.item.empty()) entry["item"] = change.item;
    if (change.kind == TailoringChange::Kind::reword || change.kind == TailoringChange::Kind::add) {
      entry["text"] = change.text;
    }
    if (change.kind == TailoringChange::Kind::points) {
      entry["from"] = exact_number(change.from);
      entry["to"] = exact_number(change.to);
    }
    entry["reason"] = change.reason.empty() ? Json(nullptr) : Json(change.reason);
    changes.push_back(std::move(entry));
  }
  return {{"base", {{"id", record.base_id}, {"version", record.base_version}}}, {"changes", std::move(changes)}};
}

Json result_json(const ScoreResult& result) {
  const Scheme& scheme = *result.scheme;
  Json out;
  out["scheme"] = scheme_json(scheme);
  if (scheme.tailoring) out["tailoring"] = tailoring_json(*scheme.tailoring);
  if (scheme.weighted()) out["weights"] = weights_json(scheme);
  out["assessment"] = {{"file", result.file},
                       {"city", result.city},
                       {"period", result.period.empty() ? Json(nullptr) : Json(result.period)}};
  out["score"] = reported_number(result, result.composite);
  out["score_exact"] = result.composite.exact_string();
  out["max"] = exact_number(result.max);
  if (!result.scope.empty()) out["scope"] = scope_json(result);
  if (!result.not_applicable.empty()) out["not_applicable"] = not_applicable_json(result);
  if (result.normalised()) out["evaluated"] = evaluated_json(result);
  if (result.bonus) out["bonus"] = bonus_json(result, *result.bonus);
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

std::string render_json(const ScoreResult& result) { return dump_json(result_json(result), 2) + "\n"; }

std::string render_json_line(const ScoreResult& result) { return dump_json(result_json(result), -1) + "\n"; }

std::string render_json_element(const ScoreResult& result, std::size_t index) {
  return json_array_element(dump_json(result_json(result), 2), index);
}

std::string json_array_element(std::string_view object, std::size_t index) {
  // nlohmann's dump(2) of an array indents each element by two more spaces.
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
