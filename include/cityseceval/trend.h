// One city across periods (cityseceval trend): each assessment in period
// order with its change from the period before. Periods are compared as
// written, numbers numerically: "2024" < "2025" < "2025H2" < "2025H10".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/rational.h"
#include "cityseceval/summary.h"

namespace cityseceval {

// Negative, zero or positive as period `a` comes before, with or after `b`:
// runs of digits compare as numbers (leading zeros ignored), other runs as
// text, and a period that is the beginning of another comes first.
int compare_periods(std::string_view a, std::string_view b);

struct TrendPoint {
  ResultSummary summary;
  // The change from the previous period of the same city, of the reported
  // values (so that the numbers printed add up), and exact; nullopt for a
  // city's first period.
  std::optional<Rational> change;
  std::optional<Rational> change_exact;
  // The same for each dimension (Trend::dimensions); nullopt where either
  // period did not evaluate it.
  std::vector<std::optional<Rational>> dimension_changes;
};

struct Trend {
  std::vector<std::string> dimensions;
  std::vector<TrendPoint> points;  // by city, then period, then file
};

// Orders `summaries` and works out each change; each summary holds the
// `dimensions` among its indicators.
Trend trend_of(std::vector<ResultSummary> summaries, std::vector<std::string> dimensions);

}  // namespace cityseceval
