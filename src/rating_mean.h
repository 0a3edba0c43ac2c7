// The engine for rating-mean schemes (the standard's Annex A): a rated
// indicator's X is the A.4 mean of its items' ratings, raised to the
// direct-score item's rating when that is higher, and it earns X x points.
#pragma once

#include "cityseceval/assessment.h"
#include "cityseceval/score.h"
#include "cityseceval/tree.h"

namespace cityseceval {

// Fills `result` (items, aggregate, earned, evaluated) for a rated indicator;
// one whose items are all na is Status::not_applicable.
void score_rated_indicator(const Indicator& indicator, const RatingMean& kind, const Assessment& assessment,
                           IndicatorResult& result);

}  // namespace cityseceval
