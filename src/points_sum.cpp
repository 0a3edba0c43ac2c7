#include "points_sum.h"

namespace cityseceval {

void score_rule_indicator(const Indicator& indicator, const PointsSum&, const Assessment& assessment,
                          IndicatorResult& result) {
  for (const Item& item : indicator.items) {
    // Resolving guarantees a fact of the rule's shape for every item.
    const ItemRecord* record = assessment.find(item);
    const Fact* fact = record ? std::get_if<Fact>(&record->value) : nullptr;
    if (!fact) continue;
    RuleOutcome outcome = evaluate(std::get<RuleItem>(item.kind).rule, *fact);
    result.earned += outcome.points;
    result.items.push_back({&item, RuleItemResult{fact, outcome.points, std::move(outcome.explanation), fact->note, evidence_of(*fact)}});
  }
  result.aggregate = SumOfPoints{};
  result.evaluated = indicator.points;
}

}  // namespace cityseceval
