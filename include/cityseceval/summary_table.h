// The table `score --format csv|tsv|markdown` writes: one row per
// assessment, the fixed columns file, city, period, scheme, score, grade,
// then the points of chosen indicators, then error. Failed files have a row
// too, with the first error, so a spreadsheet shows them. Its cells, typed
// (summary_cell), are also what `score --format xlsx` writes (render_workbook.h).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/language.h"
#include "cityseceval/render_table.h"
#include "cityseceval/summary.h"

namespace cityseceval {

// The columns that are not indicator IDs, in their default order.
inline constexpr std::array<std::string_view, 7> fixed_summary_columns = {"file",  "city",  "period", "scheme",
                                                                           "score", "grade", "error"};
bool is_fixed_summary_column(std::string_view name);

struct SummaryRow {
  std::string file;
  std::optional<ResultSummary> summary;  // null: not scored
  std::string error;                     // the first error, when not scored
};

struct SummaryColumns {
  std::vector<std::string> names;
  std::vector<std::string> schemes;  // the distinct schemes scored ("id version"), first seen first
};

// The indicators of `level` that every scheme of `summaries` has, under the
// same ID and the same name (municipal-infosec-work's "6" is not
// city-cybersecurity's "6"), in the first scheme's order; and the distinct
// schemes ("id version"), first seen first.
SummaryColumns shared_indicators(const std::vector<const ResultSummary*>& summaries, int level);

// Whether `b` has an indicator `id` that is `a`'s indicator `id`: the same ID
// under the same name (municipal-infosec-work's "6" is not city-cybersecurity's "6").
bool same_indicator(const Scheme& a, const Scheme& b, const std::string& id);

// An indicator of one of the schemes of a batch, as a column of a table that
// keeps every scheme's indicators (the results workbook).
struct IndicatorColumn {
  const Scheme* scheme = nullptr;  // the first scheme of the batch that has it
  const Indicator* indicator = nullptr;
};

// Every indicator of `level` of the schemes of `summaries`, once each (an
// indicator of a later scheme that is the same as an earlier one's, by
// same_indicator, is not repeated): the first scheme's in tree order, then
// what each next scheme adds, in its tree order.
std::vector<IndicatorColumn> every_indicator(const std::vector<const ResultSummary*>& summaries, int level);

// A column's heading in a text table for people: "城市" / "City"; an
// indicator ID is its own heading. (csv, tsv and markdown keep the names.)
std::string summary_column_label(const std::string& name, Language language);

// The default columns: the fixed ones with the indicators of `level` (1: the
// dimensions) before error. With several schemes, only indicators every
// scheme has, under the same ID and the same name (municipal-infosec-work's
// "6" is not city-cybersecurity's "6").
SummaryColumns default_summary_columns(const std::vector<SummaryRow>& rows, int level);

// The first of `names` that is neither a fixed column nor an indicator ID of
// any scheme scored, or nullopt. (With no row scored, nothing can be told.)
std::optional<std::string> unknown_summary_column(const std::vector<SummaryRow>& rows,
                                                  const std::vector<std::string>& names);

// One cell of the table before it is written as text: what csv writes, and
// the value behind it, which a workbook writes as a number or a coloured grade.
struct SummaryCell {
  std::string text;                  // as the csv, tsv and markdown tables write it
  std::optional<Rational> reported;  // score and indicator columns: the value as reported (rounded)
  const GradeBand* grade = nullptr;  // grade column: the band, when the scheme has grades
};

// The cell of column `name` (a fixed column or an indicator ID) in `row`.
SummaryCell summary_cell(const SummaryRow& row, const std::string& name);

// The rows as a table of `names`. The score and the points are the reported
// values, written with their scheme's decimals; an indicator a scheme lacks
// or did not evaluate is an empty cell; grade is the grade's id.
Table summary_table(const std::vector<SummaryRow>& rows, const std::vector<std::string>& names);

}  // namespace cityseceval
