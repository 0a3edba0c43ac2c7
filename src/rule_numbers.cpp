#include "rule_numbers.h"

#include <fmt/format.h>

namespace cityseceval {

std::string rule_number(const Rational& value) {
  if (value.rounded(6, Rounding::half_up) == value) return value.short_string(6);
  return value.exact_string();
}

std::string rule_percent(const Rational& ratio) { return rule_number(ratio * Rational(100)) + "%"; }

std::string rule_ratio_text(const Fact& fact) {
  if (fact.numerator && fact.denominator) {
    Rational hundredths = fact.number * Rational(100);
    bool exact = hundredths.rounded(6, Rounding::half_up) == hundredths;
    return fmt::format("{}/{} {} {}%", rule_number(*fact.numerator), rule_number(*fact.denominator), exact ? "=" : "≈",
                       exact ? rule_number(hundredths) : hundredths.short_string(2));
  }
  return rule_percent(fact.number);
}

std::string threshold_bound(const RatioThreshold& threshold) {
  return fmt::format("{} {}", threshold.inclusive ? "≥" : ">", rule_percent(threshold.at));
}

}  // namespace cityseceval
