#include "cityseceval/summary.h"

namespace cityseceval {

namespace {

const IndicatorResult* find_result(const std::vector<IndicatorResult>& results, const std::string& id) {
  for (const IndicatorResult& result : results) {
    if (result.indicator->id == id) return &result;
    // IDs nest ("6" holds "6.2" holds "6.2.1"): descend only where it can be.
    if (id.starts_with(result.indicator->id + '.')) return find_result(result.children, id);
  }
  return nullptr;
}

void collect_level(const std::vector<Indicator>& indicators, int level, std::vector<std::string>& ids) {
  for (const Indicator& indicator : indicators) {
    if (indicator.level == level) {
      ids.push_back(indicator.id);
    } else if (indicator.level < level) {
      collect_level(indicator.children, level, ids);
    }
  }
}

}  // namespace

std::string ResultSummary::format(const Rational& value) const {
  return scheme->precision.text(value);
}

const IndicatorCell* ResultSummary::indicator(const std::string& id) const {
  for (const IndicatorCell& cell : indicators) {
    if (cell.id == id) return &cell;
  }
  return nullptr;
}

ResultSummary summarize(const ScoreResult& result, const std::vector<std::string>& ids) {
  ResultSummary summary;
  summary.scheme = result.scheme;
  summary.file = result.file;
  summary.city = result.city;
  summary.period = result.period;
  summary.composite = result.composite;
  summary.reported = result.reported;
  summary.grade = result.grade;
  summary.normalised = result.normalised();
  summary.indicators.reserve(ids.size());
  for (const std::string& id : ids) {
    IndicatorCell cell{id, std::nullopt};
    const IndicatorResult* found = find_result(result.indicators, id);
    if (found && found->status == Status::evaluated) cell.earned = found->earned;
    summary.indicators.push_back(std::move(cell));
  }
  return summary;
}

std::vector<std::string> indicator_ids_at_level(const Scheme& scheme, int level) {
  std::vector<std::string> ids;
  collect_level(scheme.indicators, level, ids);
  return ids;
}

}  // namespace cityseceval
