// Numbers as rule explanations write them, one way for every text about a
// rule: the explanations of evaluate() (rules.h) and the next steps of the
// improvement priorities (src/rule_steps.h).
#pragma once

#include <string>

#include "cityseceval/rational.h"
#include "cityseceval/rules.h"

namespace cityseceval {

// A number as an auditor writes it: "1.25", "-3"; a value with no short
// decimal form stays exact ("2/3") rather than being silently rounded.
std::string rule_number(const Rational& value);

// A ratio as a percentage: "70%", "62.5%" (thresholds and decimal ratios
// always have a short decimal form).
std::string rule_percent(const Rational& ratio);

// A ratio fact: "699/1000 = 69.9%" when the assessor gave the counts
// ("1/3 ≈ 33.33%"), else "69.9%".
std::string rule_ratio_text(const Fact& fact);

// A threshold of a ratio-thresholds rule: "≥ 70%", "> 50%".
std::string threshold_bound(const RatioThreshold& threshold);

}  // namespace cityseceval
