// A recorded fact (rules.h) in the two forms reports show it, the same in
// every renderer: the score report and the comparison of two assessments.
#pragma once

#include <string>

#include "cityseceval/rules.h"
#include "json_number.h"

namespace cityseceval {

// The fact in the short form an assessment file would write it:
// true, 3, 18/20, 0.85, 0/12, exists: true, drill, [portal], {systems: 12, ledger: true}.
std::string fact_text(const Fact& fact);

// The fact as the assessor recorded it, in the JSON type closest to what was
// written: a ratio given as counts keeps its counts, so an auditor sees 18/20
// rather than 0.9, and `exists` when the assessor said it.
Json fact_json(const Fact& fact);

}  // namespace cityseceval
