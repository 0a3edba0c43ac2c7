// Improvement priorities (`cityseceval gaps`, and a section of every report):
// where an assessment loses points, and what it takes to reach the next grade.
//
// Every item of the evaluated part (in scope, not na) that is below its
// maximum is an ItemGap: what it has now, the next step its rule offers and
// what raising it all the way gives, each with the exact change of the
// composite. Every change is found by re-scoring: a copy of the assessment
// with that one record changed goes through score(), so the direct-score rule,
// scope and na normalisation, floors, the bonus cap and the total cap all
// count exactly as they do in a score, however non-additive they make it.
//
// The GradePlan answers "what does it take to reach the next grade" (or a
// --target score): the fewest items, each raised to its maximum, whose joint
// re-scored composite reaches it; among the sets of that size, the one with
// the smallest composite (the least overshoot); remaining ties, the set whose
// items come first in tree order. The search is exact (docs/gaps.md gives the
// algorithm and why it is right; tests/test_gaps_properties.cpp proves it
// against brute force).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "cityseceval/assessment.h"
#include "cityseceval/language.h"
#include "cityseceval/rational.h"
#include "cityseceval/score.h"
#include "cityseceval/tree.h"

namespace cityseceval {

struct GapOptions {
  // The reported composite to reach (--target): the plan reaches it instead
  // of the next grade. The only plan for a scheme with no grades. Must be
  // valid for the scheme (target_problem()).
  std::optional<Rational> target;
};

// One raise of an item: the record it would have and what the composite
// would be. Every number exact; `reported_*` are rounded as the scheme reports.
struct GapStep {
  ItemRecord record;  // the item's record after the raise (points into the scheme)
  // The raise in the rule's own words: "达到 ≥ 70%（14/20）：比例 14/20 = 70%，…→ 1" /
  // "reaching ≥ 70% (14/20): ratio 14/20 = 70%, … → 1"; a rated item: the level's word.
  Text words;
  Rational value;          // a rule item: its points after; a rated item: the rating's value after
  Rational composite;      // ScoreResult::composite of the re-scored assessment
  Rational reported;       // ... rounded as reported
  Rational gain;           // composite − the composite now (exact)
  Rational reported_gain;  // reported − the reported composite now: what a report shows, so the numbers add up
};

struct ItemGap {
  const Item* item = nullptr;
  const Indicator* indicator = nullptr;  // the rated indicator it belongs to
  const Indicator* dimension = nullptr;  // its top-level indicator
  ItemRecord record;                     // its record now (a copy of the assessment's)
  // What it has now: a rated item the rating's word ("大部分满足" / "mostly
  // satisfied"), a rule item its explanation ("3 件 × 0.5，上限 2 → 1.5").
  Text now;
  Rational value;  // a rule item: its points now; a rated item: the rating's value
  // The next step the rule offers: one more occurrence, the next threshold,
  // the next better outcome... (docs/gaps.md lists them). A rated item: the
  // scale's top level, so `next` and `full` are the same raise.
  GapStep next;
  // The item at its rule's maximum (the scale's top level): what the grade plan uses.
  GapStep full;
  // The item deducts points now (its points are below 0): the gain wins them back.
  bool deduction = false;
  // Its points are set by someone else (an `external` rule, such as an
  // outside test): shown with its room to the maximum, but it is not the
  // city's to raise, so no plan counts on it.
  bool external = false;
};

// What the plan aims at.
enum class PlanGoal {
  next_grade,  // the next band above the current grade
  target,      // a reported score given with --target
};

// "What it takes to reach the next grade" (or the --target score).
struct GradePlan {
  PlanGoal goal = PlanGoal::next_grade;
  const GradeBand* band = nullptr;  // next_grade: the band to reach; null for a target
  Rational target;                  // the reported value to reach: the band's min, or --target
  // The lowest exact composite whose reported value reaches it (the
  // rounding taken into account: 74.995 reports as 75.00 at 2 decimals, half up).
  Rational threshold;
  bool threshold_strict = false;  // reached only above `threshold` (a tie that rounds down)
  // Whether the current result already reaches it (only with a --target
  // at or below it): no item is needed.
  bool reached = false;
  // False when even every item the city can raise, at its maximum, does not
  // reach it: `items` is then all of them and the numbers below the best possible.
  bool reachable = true;
  std::vector<std::size_t> items;  // indexes into Gaps::items, in tree order
  Rational composite;              // the composite with `items` at their maximum, re-scored
  Rational reported;               // ... as reported
  Rational gain;                   // composite − the composite now (exact)
  Rational reported_gain;          // reported − the reported composite now
  Rational overshoot;              // composite − target (exact; may be just below 0 when rounding reaches it)
  Rational reported_overshoot;     // reported − target: what a report shows
};

// Why there is no plan.
enum class NoPlan {
  top_grade,  // the current grade is the highest band
  no_grades,  // the scheme defines no grades, and no --target was given
};

struct Gaps {
  const ScoreResult* result = nullptr;  // the result now (the caller keeps it)
  // Every item below its maximum, the largest full gain first; ties by the
  // next step's gain, then in tree order.
  std::vector<ItemGap> items;
  std::optional<GradePlan> plan;
  std::optional<NoPlan> no_plan;  // set exactly when `plan` is not
};

// The improvement priorities of `assessment`, whose score is `now`
// (score(scheme, assessment)); `now` must outlive the result.
Gaps find_gaps(const Scheme& scheme, const Assessment& assessment, const ScoreResult& now,
               const GapOptions& options = {});

// The highest composite `scheme` can give: max_points plus the bonus cap,
// never above the total cap. A --target above it can never be reached.
Rational highest_composite(const Scheme& scheme);

// Why `target` cannot be a --target for `scheme` (below 0, or above
// highest_composite()); nullopt when it can.
std::optional<Text> target_problem(const Scheme& scheme, const Rational& target);

}  // namespace cityseceval
