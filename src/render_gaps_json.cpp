#include "cityseceval/render_gaps.h"
#include "fact_format.h"
#include "gap_cells.h"
#include "json_generator.h"
#include "json_number.h"
#include "json_scheme.h"
#include "overloaded.h"

namespace cityseceval {

namespace {

Json reported(const ScoreResult& result, const Rational& value) {
  return rounded_number(value, result.scheme->precision);
}

// What a record holds: {"rating": "mostly"} or {"fact": ...}.
void record_json(const ItemRecord& record, Json& out) {
  std::visit(
      overloaded{[&](const Rating& rating) { out["rating"] = rating.level ? Json(rating.level->id) : Json("na"); },
                 [&](const Fact& fact) { out["fact"] = fact_json(fact); }},
      record.value);
}

Json step_json(const ScoreResult& result, const GapStep& step) {
  Json out = {{"step", step.words.zh}, {"step_en", step.words.en}};
  record_json(step.record, out);
  out["value"] = exact_number(step.value);
  out["value_exact"] = step.value.exact_string();
  out["score"] = reported(result, step.composite);
  out["score_exact"] = step.composite.exact_string();
  out["gain"] = exact_number(step.reported_gain);
  out["gain_exact"] = step.gain.exact_string();
  return out;
}

Json item_json(const Gaps& gaps, std::size_t index) {
  const ItemGap& gap = gaps.items[index];
  Json out = {
      {"rank", index + 1}, {"id", gap.item->id},  {"indicator", gap.indicator->id}, {"dimension", gap.dimension->id},
      {"now", gap.now.zh}, {"now_en", gap.now.en}};
  record_json(gap.record, out);
  out["value"] = exact_number(gap.value);
  out["value_exact"] = gap.value.exact_string();
  out["deduction"] = gap.deduction;
  out["external"] = gap.external;
  out["next"] = step_json(*gaps.result, gap.next);
  out["full"] = step_json(*gaps.result, gap.full);
  return out;
}

Json plan_json(const Gaps& gaps) {
  if (!gaps.plan) return nullptr;
  const GradePlan& plan = *gaps.plan;
  const ScoreResult& result = *gaps.result;
  Json items = Json::array();
  for (std::size_t i : plan.items) items.push_back(gaps.items[i].item->id);
  return {{"goal", plan.goal == PlanGoal::target ? "target" : "next-grade"},
          {"grade", plan.band ? Json(plan.band->id) : Json(nullptr)},
          {"target", exact_number(plan.target)},
          {"threshold_exact", plan.threshold.exact_string()},
          {"threshold_strict", plan.threshold_strict},
          {"reached", plan.reached},
          {"reachable", plan.reachable},
          {"items", std::move(items)},
          {"score", reported(result, plan.composite)},
          {"score_exact", plan.composite.exact_string()},
          {"gain", exact_number(plan.reported_gain)},
          {"gain_exact", plan.gain.exact_string()},
          {"overshoot", exact_number(plan.reported_overshoot)},
          {"overshoot_exact", plan.overshoot.exact_string()}};
}

Json no_plan_json(const Gaps& gaps) {
  if (!gaps.no_plan) return nullptr;
  return *gaps.no_plan == NoPlan::top_grade ? "top-grade" : "no-grades";
}

}  // namespace

std::string render_gaps_json(const Gaps& gaps, const GapRenderOptions& options) {
  const ScoreResult& result = *gaps.result;
  Json out;
  out["scheme"] = scheme_json(*result.scheme);
  if (result.scheme->weighted()) out["weights"] = weights_json(*result.scheme);
  Json scope = Json::array();
  for (const Indicator* dimension : result.scope) scope.push_back(dimension->id);
  out["assessment"] = {{"file", result.file},
                       {"city", result.city},
                       {"period", result.period.empty() ? Json(nullptr) : Json(result.period)},
                       {"scope", std::move(scope)}};
  out["score"] = reported(result, result.composite);
  out["score_exact"] = result.composite.exact_string();
  out["grade"] = result.grade ? Json(result.grade->id) : Json(nullptr);
  out["count"] = gaps.items.size();
  Json items = Json::array();
  for (const ShownGroup& group : shown_items(gaps, options)) {
    for (std::size_t i : group.items) items.push_back(item_json(gaps, i));
  }
  out["items"] = std::move(items);
  out["plan"] = plan_json(gaps);
  out["no_plan"] = no_plan_json(gaps);
  out["generator"] = generator_json();
  return dump_json(out, 2) + "\n";
}

}  // namespace cityseceval
