// The engine for points-sum (rule-based) schemes: each item earns what its
// rule gives for the recorded fact, and a rated indicator earns their sum.
#pragma once

#include "cityseceval/assessment.h"
#include "cityseceval/score.h"
#include "cityseceval/tree.h"

namespace cityseceval {

// Fills `result` (items, aggregate, earned, evaluated) for a rated indicator.
void score_rule_indicator(const Indicator& indicator, const PointsSum& kind, const Assessment& assessment,
                          IndicatorResult& result);

}  // namespace cityseceval
