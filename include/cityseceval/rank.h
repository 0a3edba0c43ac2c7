// Ranking assessments (cityseceval rank): ordered by the reported composite,
// or by one indicator's reported points, highest first. Ties share a rank,
// 1-2-2-4 style, and are decided on the reported value, as grades are: two
// cities at exactly 84.996 and 85.004 both report 85.00 and tie. Within a
// tie the order is by city name (code point order), then by file.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cityseceval/rational.h"
#include "cityseceval/summary.h"

namespace cityseceval {

struct RankedEntry {
  // 1 for the highest; nullopt when there is nothing to rank it on (the --by
  // indicator is not in its scheme, or was not evaluated): listed last.
  std::optional<std::size_t> rank;
  ResultSummary summary;
  std::optional<Rational> value;  // what it is ranked on, as reported (rounded)
  std::optional<Rational> exact;  // the same, exact
};

struct Ranking {
  std::string by;                       // the indicator ranked on; empty: the composite
  std::vector<std::string> dimensions;  // the indicator columns shown
  std::vector<RankedEntry> entries;     // in rank order
};

// Ranks `summaries` on the composite, or on indicator `by` (which each
// summary must hold among its indicators to be ranked).
Ranking rank_summaries(std::vector<ResultSummary> summaries, const std::string& by,
                       std::vector<std::string> dimensions);

}  // namespace cityseceval
