#include "cityseceval/rank.h"

#include <algorithm>

namespace cityseceval {

namespace {

RankedEntry entry_for(ResultSummary summary, const std::string& by) {
  RankedEntry entry;
  if (by.empty()) {
    entry.exact = summary.composite;
    entry.value = summary.reported;
  } else if (const IndicatorCell* cell = summary.indicator(by); cell && cell->earned) {
    entry.exact = *cell->earned;
    entry.value = summary.scheme->precision.round(*cell->earned);
  }
  entry.summary = std::move(summary);
  return entry;
}

// Highest value first; the unranked last; then by city, then by file.
bool ranks_before(const RankedEntry& a, const RankedEntry& b) {
  if (a.value.has_value() != b.value.has_value()) return a.value.has_value();
  if (a.value && *a.value != *b.value) return *a.value > *b.value;
  if (a.summary.city != b.summary.city) return a.summary.city < b.summary.city;
  return a.summary.file < b.summary.file;
}

}  // namespace

Ranking rank_summaries(std::vector<ResultSummary> summaries, const std::string& by,
                       std::vector<std::string> dimensions) {
  Ranking ranking;
  ranking.by = by;
  ranking.dimensions = std::move(dimensions);
  ranking.entries.reserve(summaries.size());
  for (ResultSummary& summary : summaries) ranking.entries.push_back(entry_for(std::move(summary), by));
  std::stable_sort(ranking.entries.begin(), ranking.entries.end(), ranks_before);
  // Competition ranking: one more than the number ranked strictly higher.
  for (std::size_t i = 0; i < ranking.entries.size(); ++i) {
    RankedEntry& entry = ranking.entries[i];
    if (!entry.value) break;
    bool tied = i > 0 && *ranking.entries[i - 1].value == *entry.value;
    entry.rank = tied ? ranking.entries[i - 1].rank : std::optional<std::size_t>(i + 1);
  }
  return ranking;
}

}  // namespace cityseceval
