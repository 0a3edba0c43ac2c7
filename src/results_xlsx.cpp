// score --format xlsx: the csv table's rows and values (summary_cell) as a
// workbook, with the level-1 indicators of every scheme scored, and the
// level-2 sheet.
#include "cityseceval/render_workbook.h"

#include "results_sheets.h"

namespace cityseceval {

namespace {

constexpr const char* leading_columns[] = {"file", "city", "period", "scheme", "score", "grade"};

// The cell of a fixed column, typed from the csv table's own cell.
SheetCell fixed_cell(const SummaryRow& row, const std::string& name, Language language) {
  SummaryCell cell = summary_cell(row, name);
  if (name == "file") return SheetCell::of_path(std::move(cell.text));
  // A diagnostic starts with its file's name, which stays as written.
  if (name == "error") return SheetCell::of_text(std::move(cell.text), row.file);
  if (!row.summary) return {};
  const Scheme& scheme = *row.summary->scheme;
  if (cell.reported) return SheetCell::of_reported(*cell.reported, scheme.precision);
  if (name == "grade") return SheetCell::of_grade(cell.grade, scheme, language);
  return SheetCell::of_text(std::move(cell.text));
}

// An indicator's cell: its points when the row's scheme has this indicator
// (the same ID and name), else empty.
SheetCell indicator_cell(const SummaryRow& row, const IndicatorColumn& column) {
  const std::string& id = column.indicator->id;
  if (!row.summary || !same_indicator(*column.scheme, *row.summary->scheme, id)) return {};
  SummaryCell cell = summary_cell(row, id);
  return cell.reported ? SheetCell::of_reported(*cell.reported, row.summary->scheme->precision) : SheetCell();
}

Sheet results_sheet(const std::vector<SummaryRow>& rows, const std::vector<IndicatorColumn>& indicators,
                    Language language) {
  Sheet sheet;
  sheet.name = result_words(language).results;
  for (const char* name : leading_columns) sheet.headings.push_back(summary_column_label(name, language));
  for (const IndicatorColumn& column : indicators) sheet.headings.push_back(indicator_heading(*column.indicator, language));
  sheet.headings.push_back(summary_column_label("error", language));
  for (const SummaryRow& row : rows) {
    std::vector<SheetCell> cells;
    for (const char* name : leading_columns) cells.push_back(fixed_cell(row, name, language));
    for (const IndicatorColumn& column : indicators) cells.push_back(indicator_cell(row, column));
    cells.push_back(fixed_cell(row, "error", language));
    sheet.rows.push_back(std::move(cells));
  }
  return sheet;
}

}  // namespace

std::string render_results_workbook(const std::vector<SummaryRow>& rows, Language language, ChineseScript script) {
  std::vector<const ResultSummary*> scored;
  for (const SummaryRow& row : rows) {
    if (row.summary) scored.push_back(&*row.summary);
  }
  ResultsWorkbook workbook(script);
  workbook.add(results_sheet(rows, every_indicator(scored, 1), language));
  workbook.add(level_two_sheet(scored, language));
  return workbook.finish();
}

}  // namespace cityseceval
