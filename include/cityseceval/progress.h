// The progress of a phased evaluation (plan.h): what `score --plan` reports.
//
// Each stage is either evaluated, its file scored on its own exactly as
// `score` scores it (score.h: a special evaluation of the stage's dimensions,
// earned over the points that count there, scaled to max_points and graded),
// or pending. Over the plan, with the sums taken over the evaluated stages:
//
//   earned so far     E = Σ evaluated.earned
//   evaluated so far  V = Σ evaluated.max     (the points that counted: in
//                                             scope, less what was na)
//   score so far      P = E / V × max_points  (none while nothing is evaluated)
//
// P is reported at the scheme's precision and graded on the reported value,
// as a composite is. When every dimension has been evaluated (`complete`), P
// is the composite a full evaluation with the same ratings gets: the stages'
// dimensions are disjoint and together make the whole, so E and V are the
// full evaluation's own sums (docs/scoring.md, "Phased evaluation"; a scheme
// with a bonus section adds its bonus only in a full evaluation).
// Everything is exact (Rational) and computed here once: renderers only show it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cityseceval/plan.h"
#include "cityseceval/rational.h"
#include "cityseceval/score.h"

namespace cityseceval {

struct StageProgress {
  const PlanStage* stage = nullptr;
  Rational points;                    // the points of its dimensions
  std::optional<ScoreResult> result;  // its file scored; none while the stage is pending

  bool evaluated() const { return result.has_value(); }
};

struct PlanProgress {
  const Plan* plan = nullptr;
  const Scheme* scheme = nullptr;  // the plan's
  std::vector<StageProgress> stages;                   // in the plan's order
  std::vector<const Indicator*> dimensions_evaluated;  // tree order
  std::vector<const Indicator*> dimensions_left;       // tree order: in a pending stage or in none
  Rational earned;          // E
  Rational evaluated_max;   // V
  Rational points_covered;  // the points of dimensions_evaluated: V plus what was na in them
  Rational max_left;        // the points of dimensions_left
  std::optional<Rational> composite;  // P, exact; none when nothing is evaluated
  Rational reported;                  // P rounded to the scheme's precision (0 when there is none)
  const GradeBand* grade = nullptr;   // for `reported`; null with no P or no bands
  bool complete = false;              // every dimension evaluated: dimensions_left is empty

  // A value rounded and written with the scheme's decimals: "91.48".
  std::string format(const Rational& value) const;
};

// The progress of `plan` from `results`: one per stage, in the plan's order,
// the stage's file scored (match_stages() says which stage a file is for),
// or nullopt while it is pending. Cannot fail.
PlanProgress progress(const Plan& plan, std::vector<std::optional<ScoreResult>> results);

}  // namespace cityseceval
