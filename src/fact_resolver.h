// Step 2 of reading an assessment of a rule-based (points-sum) scheme: every
// fact under `facts:` read against its item's rule.
#pragma once

#include <optional>

#include "cityseceval/assessment.h"
#include "cityseceval/diagnostic.h"
#include "cityseceval/tree.h"

namespace cityseceval {

// Returns nullopt, with every problem found in `diagnostics`, unless the
// document gives a valid fact for every item of `scheme`. Rule ids:
// unknown-item (with did you mean), missing-item (one diagnostic listing
// them), invalid-fact (from read_fact), unrated-items (facts still `todo`),
// wrong-type (ratings given to a rule-based scheme).
std::optional<Assessment> resolve_facts(const AssessmentDocument& document, const Scheme& scheme,
                                        Diagnostics& diagnostics);

}  // namespace cityseceval
