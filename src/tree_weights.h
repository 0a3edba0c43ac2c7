// Weights (A.1-A.3) turned into points: a tree given by weights, and a weight
// profile applied to any rating-mean tree, both end here, so the engine only
// ever sees points (docs/scoring.md, "Weights").
#pragma once

#include "cityseceval/diagnostic.h"
#include "cityseceval/tree.h"

namespace cityseceval {

// When the scheme's indicators carry weights (Indicator::weight): checks
// each (above 0, at most 1; none on a bonus section; only in a rating-mean
// scheme) [weight-value] and that each group of siblings sums to exactly 1
// [weights-sum], then sets every indicator's points to its weight times its
// parent's points (alpha times max_points at level 1). Does nothing when no
// indicator has a weight. A group's sum is reported at its first weight
// written in a file (a profile writes only some).
void derive_points_from_weights(Scheme& scheme, Diagnostics& diagnostics);

}  // namespace cityseceval
