#include <algorithm>

#include "cityseceval/progress.h"

namespace cityseceval {

namespace {

Rational points_of(const std::vector<const Indicator*>& dimensions) {
  Rational points;
  for (const Indicator* dimension : dimensions) points += dimension->points;
  return points;
}

// Which dimensions the evaluated stages covered, and which are left, in tree
// order; a bonus section is never in a stage, so it is never left either.
void sort_dimensions(const Scheme& scheme, PlanProgress& progress) {
  std::vector<const Indicator*> evaluated;
  for (const StageProgress& stage : progress.stages) {
    if (stage.evaluated()) evaluated.insert(evaluated.end(), stage.stage->scope.begin(), stage.stage->scope.end());
  }
  for (const Indicator& dimension : scheme.indicators) {
    if (dimension.bonus) continue;
    const bool done = std::find(evaluated.begin(), evaluated.end(), &dimension) != evaluated.end();
    (done ? progress.dimensions_evaluated : progress.dimensions_left).push_back(&dimension);
  }
  progress.points_covered = points_of(progress.dimensions_evaluated);
  progress.max_left = points_of(progress.dimensions_left);
  progress.complete = progress.dimensions_left.empty();
}

}  // namespace

std::string PlanProgress::format(const Rational& value) const {
  return scheme->precision.text(value);
}

PlanProgress progress(const Plan& plan, std::vector<std::optional<ScoreResult>> results) {
  const Scheme& scheme = *plan.scheme;
  PlanProgress progress;
  progress.plan = &plan;
  progress.scheme = &scheme;
  for (std::size_t i = 0; i < plan.stages.size(); ++i) {
    StageProgress& stage = progress.stages.emplace_back();
    stage.stage = &plan.stages[i];
    stage.points = points_of(plan.stages[i].scope);
    if (i < results.size()) stage.result = std::move(results[i]);
    if (!stage.evaluated()) continue;
    progress.earned += stage.result->evaluated.earned;
    progress.evaluated_max += stage.result->evaluated.max;
  }
  sort_dimensions(scheme, progress);
  // Loading refuses a stage with nothing to evaluate, so V > 0 once any stage is evaluated.
  if (progress.evaluated_max == Rational(0)) return progress;
  progress.composite = progress.earned / progress.evaluated_max * scheme.max_points;
  progress.reported = scheme.precision.round(*progress.composite);
  progress.grade = scheme.grade_for(progress.reported);
  return progress;
}

}  // namespace cityseceval
