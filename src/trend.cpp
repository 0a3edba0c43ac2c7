#include "cityseceval/trend.h"

#include <algorithm>
#include <cctype>

namespace cityseceval {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The run of digits, or of other characters, that starts `text`.
std::string_view first_run(std::string_view text) {
  std::size_t end = 1;
  while (end < text.size() && is_digit(text[end]) == is_digit(text[0])) ++end;
  return text.substr(0, end);
}

int compare_numbers(std::string_view a, std::string_view b) {
  while (a.size() > 1 && a[0] == '0') a.remove_prefix(1);
  while (b.size() > 1 && b[0] == '0') b.remove_prefix(1);
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  return a.compare(b);
}

Rational reported(const ResultSummary& summary, const Rational& value) {
  return summary.scheme->precision.round(value);
}

std::optional<Rational> dimension_change(const ResultSummary& before, const ResultSummary& now, const std::string& id) {
  const IndicatorCell* old_cell = before.indicator(id);
  const IndicatorCell* new_cell = now.indicator(id);
  if (!old_cell || !new_cell || !old_cell->earned || !new_cell->earned) return std::nullopt;
  return reported(now, *new_cell->earned) - reported(before, *old_cell->earned);
}

}  // namespace

int compare_periods(std::string_view a, std::string_view b) {
  while (!a.empty() && !b.empty()) {
    std::string_view run_a = first_run(a);
    std::string_view run_b = first_run(b);
    int order = is_digit(run_a[0]) && is_digit(run_b[0]) ? compare_numbers(run_a, run_b) : run_a.compare(run_b);
    if (order != 0) return order < 0 ? -1 : 1;
    a.remove_prefix(run_a.size());
    b.remove_prefix(run_b.size());
  }
  if (a.empty() && b.empty()) return 0;
  return a.empty() ? -1 : 1;
}

Trend trend_of(std::vector<ResultSummary> summaries, std::vector<std::string> dimensions) {
  std::stable_sort(summaries.begin(), summaries.end(), [](const ResultSummary& a, const ResultSummary& b) {
    if (a.city != b.city) return a.city < b.city;
    if (int order = compare_periods(a.period, b.period)) return order < 0;
    return a.file < b.file;
  });
  Trend trend;
  trend.dimensions = std::move(dimensions);
  for (ResultSummary& summary : summaries) {
    TrendPoint point;
    const TrendPoint* before = trend.points.empty() ? nullptr : &trend.points.back();
    if (before && before->summary.city == summary.city) {
      point.change = summary.reported - before->summary.reported;
      point.change_exact = summary.composite - before->summary.composite;
      for (const std::string& id : trend.dimensions) {
        point.dimension_changes.push_back(dimension_change(before->summary, summary, id));
      }
    } else {
      point.dimension_changes.assign(trend.dimensions.size(), std::nullopt);
    }
    point.summary = std::move(summary);
    trend.points.push_back(std::move(point));
  }
  return trend;
}

}  // namespace cityseceval
