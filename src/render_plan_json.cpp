#include "cityseceval/render_plan.h"
#include "json_generator.h"
#include "json_number.h"
#include "json_scheme.h"

namespace cityseceval {

namespace {

Json text_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

Json ids_json(const std::vector<const Indicator*>& dimensions) {
  Json ids = Json::array();
  for (const Indicator* dimension : dimensions) ids.push_back(dimension->id);
  return ids;
}

Json grade_json(const GradeBand* grade) {
  if (!grade) return nullptr;
  return {{"id", grade->id}, {"name", grade->name}, {"name_en", grade->name_en}};
}

// A value rounded to the plan's scheme's decimals, as every score is written.
Json reported_number(const PlanProgress& progress, const Rational& value) {
  return rounded_number(value, progress.scheme->precision);
}

Json plan_json(const PlanProgress& progress) {
  const Plan& plan = *progress.plan;
  const Scheme& scheme = *progress.scheme;
  Json out = {{"title", plan.title},
              {"title_en", text_or_null(plan.title_en)},
              {"city", plan.city},
              {"scheme", scheme_json(scheme)}};
  if (scheme.weighted()) out["weights"] = weights_json(scheme);
  return out;
}

// An evaluated stage gives what `score` gives for its file; a pending one
// only the points it will evaluate.
Json stage_json(const PlanProgress& progress, const StageProgress& stage) {
  const PlanStage& planned = *stage.stage;
  Json out;
  out["name"] = planned.name;
  out["name_en"] = text_or_null(planned.name_en);
  out["date"] = text_or_null(planned.date);
  out["scope"] = ids_json(planned.scope);
  out["status"] = stage.evaluated() ? "evaluated" : "pending";
  if (!stage.evaluated()) {
    for (const char* key : {"file", "score", "score_exact", "earned", "earned_exact"}) out[key] = nullptr;
    out["max"] = exact_number(stage.points);
    out["grade"] = nullptr;
    return out;
  }
  const ScoreResult& result = *stage.result;
  out["file"] = result.file;
  out["score"] = reported_number(progress, result.composite);
  out["score_exact"] = result.composite.exact_string();
  out["earned"] = reported_number(progress, result.evaluated.earned);
  out["earned_exact"] = result.evaluated.earned.exact_string();
  out["max"] = exact_number(result.evaluated.max);
  out["grade"] = grade_json(result.grade);
  return out;
}

Json progress_json(const PlanProgress& progress) {
  Json out;
  out["dimensions_evaluated"] = ids_json(progress.dimensions_evaluated);
  out["dimensions_left"] = ids_json(progress.dimensions_left);
  out["earned"] = reported_number(progress, progress.earned);
  out["earned_exact"] = progress.earned.exact_string();
  out["evaluated_max"] = exact_number(progress.evaluated_max);
  out["score"] = progress.composite ? reported_number(progress, *progress.composite) : Json(nullptr);
  out["score_exact"] = progress.composite ? Json(progress.composite->exact_string()) : Json(nullptr);
  out["grade"] = grade_json(progress.grade);
  out["max_left"] = exact_number(progress.max_left);
  out["complete"] = progress.complete;
  return out;
}

}  // namespace

std::string render_plan_json(const PlanProgress& progress) {
  Json stages = Json::array();
  for (const StageProgress& stage : progress.stages) stages.push_back(stage_json(progress, stage));
  Json out;
  out["plan"] = plan_json(progress);
  out["stages"] = std::move(stages);
  out["progress"] = progress_json(progress);
  out["generator"] = generator_json();
  return dump_json(out, 2) + "\n";
}

}  // namespace cityseceval
