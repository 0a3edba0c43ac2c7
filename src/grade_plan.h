// The exact search behind GradePlan (gaps.h): the fewest items, each raised
// to its maximum, whose joint composite reaches a threshold; among sets of
// that size the smallest composite; then the set whose items come first in
// tree order. docs/gaps.md ("The next grade") gives the algorithm and why it
// is exact; tests/test_gaps_properties.cpp checks it against every subset.
#pragma once

#include <cstddef>
#include <vector>

#include "cityseceval/assessment.h"
#include "cityseceval/rational.h"
#include "cityseceval/score.h"
#include "cityseceval/tree.h"

namespace cityseceval {

// An item the plan may raise: how much its own value rises at its maximum
// (a rated item: top level − its rating; a rule item: its points at the
// rule's maximum − its points now), never below 0.
struct PlanCandidate {
  const Item* item = nullptr;
  Rational gain;
};

// What a composite must be to reach the plan's goal: at least `value`, or
// above it when `strict`.
struct CompositeThreshold {
  Rational value;
  bool strict = false;
  bool met_by(const Rational& composite) const { return strict ? composite > value : composite >= value; }
};

struct PlanSearch {
  // False when even every candidate raised does not reach the threshold.
  bool reachable = false;
  // Indexes into the candidates, ascending: the plan, or every candidate
  // when it is not reachable.
  std::vector<std::size_t> chosen;
  // The composite the search computed for `chosen` (the caller re-scores
  // and checks that score() agrees).
  Rational composite;
};

// `candidates` in tree order, every one an item of an evaluated rated
// indicator of `now` (the score of the assessment as it is), which must not
// already reach `threshold`.
PlanSearch search_plan(const Scheme& scheme, const ScoreResult& now, const std::vector<PlanCandidate>& candidates,
                       const CompositeThreshold& threshold);

}  // namespace cityseceval
