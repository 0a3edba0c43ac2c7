#include "cityseceval/summary_table.h"

#include <algorithm>

namespace cityseceval {

namespace {

std::string scheme_label(const Scheme& scheme) { return scheme.id + " " + scheme.version; }

SummaryCell text_cell(std::string text) { return {std::move(text), std::nullopt, nullptr}; }

SummaryCell fixed_cell(const SummaryRow& row, std::string_view name) {
  if (name == "file") return text_cell(row.file);
  if (name == "error") return text_cell(row.error);
  if (!row.summary) return {};
  const ResultSummary& summary = *row.summary;
  if (name == "city") return text_cell(summary.city);
  if (name == "period") return text_cell(summary.period);
  if (name == "scheme") return text_cell(summary.scheme->id);
  if (name == "score") return {summary.format(summary.reported), summary.reported, nullptr};
  if (name == "grade") return {summary.grade ? summary.grade->id : std::string(), std::nullopt, summary.grade};
  return {};
}

SummaryCell indicator_cell(const SummaryRow& row, const std::string& id) {
  if (!row.summary) return {};
  const IndicatorCell* cell = row.summary->indicator(id);
  if (!cell || !cell->earned) return {};
  return {row.summary->format(*cell->earned), row.summary->scheme->precision.round(*cell->earned), nullptr};
}

// The distinct schemes of `summaries`, first seen first.
std::vector<const Scheme*> schemes_of(const std::vector<const ResultSummary*>& summaries) {
  std::vector<const Scheme*> schemes;
  for (const ResultSummary* summary : summaries) {
    if (std::find(schemes.begin(), schemes.end(), summary->scheme) == schemes.end()) schemes.push_back(summary->scheme);
  }
  return schemes;
}

}  // namespace

bool same_indicator(const Scheme& a, const Scheme& b, const std::string& id) {
  const Indicator* in_a = a.find_indicator(id);
  const Indicator* in_b = b.find_indicator(id);
  return in_a && in_b && in_a->name == in_b->name;
}

std::vector<IndicatorColumn> every_indicator(const std::vector<const ResultSummary*>& summaries, int level) {
  std::vector<IndicatorColumn> columns;
  for (const Scheme* scheme : schemes_of(summaries)) {
    for (const std::string& id : indicator_ids_at_level(*scheme, level)) {
      bool seen = std::any_of(columns.begin(), columns.end(), [&](const IndicatorColumn& column) {
        return column.indicator->id == id && same_indicator(*column.scheme, *scheme, id);
      });
      if (!seen) columns.push_back({scheme, scheme->find_indicator(id)});
    }
  }
  return columns;
}

SummaryCell summary_cell(const SummaryRow& row, const std::string& name) {
  return is_fixed_summary_column(name) ? fixed_cell(row, name) : indicator_cell(row, name);
}

bool is_fixed_summary_column(std::string_view name) {
  return std::find(fixed_summary_columns.begin(), fixed_summary_columns.end(), name) != fixed_summary_columns.end();
}

SummaryColumns shared_indicators(const std::vector<const ResultSummary*>& summaries, int level) {
  SummaryColumns columns;
  std::vector<const Scheme*> schemes = schemes_of(summaries);
  for (const Scheme* scheme : schemes) {
    std::string label = scheme_label(*scheme);
    // A scheme loaded twice (two tree files with the same content) is one scheme.
    if (std::find(columns.schemes.begin(), columns.schemes.end(), label) == columns.schemes.end()) {
      columns.schemes.push_back(label);
    }
  }
  if (schemes.empty()) return columns;
  for (const std::string& id : indicator_ids_at_level(*schemes.front(), level)) {
    bool shared = std::all_of(schemes.begin(), schemes.end(),
                              [&](const Scheme* other) { return same_indicator(*schemes.front(), *other, id); });
    if (shared) columns.names.push_back(id);
  }
  return columns;
}

std::string summary_column_label(const std::string& name, Language language) {
  struct Label {
    std::string_view name, zh, en;
  };
  static constexpr Label labels[] = {
      {"file", "文件", "File"},     {"city", "城市", "City"},   {"period", "评价期", "Period"},
      {"scheme", "评价体系", "Scheme"}, {"score", "得分", "Score"}, {"grade", "等级", "Grade"},
      {"error", "错误", "Error"},   {"rank", "名次", "Rank"},   {"change", "变化", "Change"},
  };
  for (const Label& label : labels) {
    if (label.name == name) return std::string(language == Language::en ? label.en : label.zh);
  }
  return name;
}

SummaryColumns default_summary_columns(const std::vector<SummaryRow>& rows, int level) {
  std::vector<const ResultSummary*> summaries;
  for (const SummaryRow& row : rows) {
    if (row.summary) summaries.push_back(&*row.summary);
  }
  SummaryColumns shared = shared_indicators(summaries, level);
  SummaryColumns columns;
  columns.schemes = std::move(shared.schemes);
  columns.names.assign(fixed_summary_columns.begin(), fixed_summary_columns.end() - 1);
  columns.names.insert(columns.names.end(), shared.names.begin(), shared.names.end());
  columns.names.emplace_back("error");
  return columns;
}

std::optional<std::string> unknown_summary_column(const std::vector<SummaryRow>& rows,
                                                  const std::vector<std::string>& names) {
  bool any_scored = std::any_of(rows.begin(), rows.end(), [](const SummaryRow& row) { return row.summary; });
  for (const std::string& name : names) {
    if (is_fixed_summary_column(name)) continue;
    if (!any_scored) continue;
    bool known = std::any_of(rows.begin(), rows.end(), [&](const SummaryRow& row) {
      return row.summary && row.summary->scheme->find_indicator(name);
    });
    if (!known) return name;
  }
  return std::nullopt;
}

Table summary_table(const std::vector<SummaryRow>& rows, const std::vector<std::string>& names) {
  Table table;
  for (const std::string& name : names) {
    bool numeric = !is_fixed_summary_column(name) || name == "score";
    bool user_text = name == "file" || name == "city" || name == "period" || name == "error";
    table.columns.push_back({name, numeric, user_text});
  }
  table.rows.reserve(rows.size());
  for (const SummaryRow& row : rows) {
    std::vector<std::string> cells;
    cells.reserve(names.size());
    for (const std::string& name : names) cells.push_back(summary_cell(row, name).text);
    table.rows.push_back(std::move(cells));
  }
  return table;
}

}  // namespace cityseceval
