// The table of items on a filled workbook's first sheet
// (docs/workbook-format.md): the header row (the first row with an `id`
// label), its columns found by their labels (workbook_layout.h), never by
// position, and the cells of the rows below it, read as an assessment reads
// them: a formula's saved value with a warning, an error value refused.
//
// Rule ids:
//   xlsx-header      no header row; a column labelled twice
//   xlsx-formula     a formula: its saved value is read (warning), or it
//                    has none (error)
//   xlsx-cell-error  an error value (#N/A, #DIV/0!, ...) in a cell read
// Every location is a cell's: line = its row, column = its column number.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/diagnostic.h"
#include "workbook_layout.h"
#include "xlsx_cells.h"

namespace cityseceval {

// What a workbook's value cells are trimmed of: a value typed with Alt+Enter
// at its end is still the value.
inline constexpr std::string_view cell_space = " \t\r\n";

// One cell as the assessment reads it.
struct ReadCell {
  std::string text;         // as the cell shows it (a number "0.8", a boolean "true"); empty for an empty cell
  bool boolean = false;     // an Excel boolean (TRUE/FALSE), not text
  bool reported = false;    // an error value or a formula with no value: reported, not to be read further
  SourceLocation location;  // the cell

  // Nothing written: an empty cell, or one holding only spaces.
  bool blank() const;
};

// The ids a cell lists (a scope's dimensions, a rule's missing ids), in
// order: separated by commas or semicolons (either width), '、', spaces or
// line breaks, as people type lists in either language.
std::vector<std::string> listed_ids(std::string_view text);

// Whether `text` (trimmed) is a form of `label`: its key or English label
// ignoring case, or its label in either Chinese script.
bool is_label(std::string_view text, const workbook::Label& label);

// The labels of the column `key` (of either layout); null for no column.
const workbook::Label* column_label(std::string_view key);

// "评分, 評分, Rating or rating" / "评分、評分、Rating 或 rating": the forms a
// label may take, for a message that asks for one.
Text label_forms(const workbook::Label& label);

class WorkbookTable {
 public:
  // Whether `sheet` has a header row (a cell labelled `id`); reported at
  // FILE:1:1 when not, a problem of the whole sheet, not of a cell [xlsx-header].
  static bool has_header_row(const xlsx::Sheet& sheet, const std::string& file, Diagnostics& diagnostics);

  // The table on `sheet` (which must outlive it) of the workbook `file`,
  // which has a header row; nullopt after reporting a column labelled twice
  // [xlsx-header].
  static std::optional<WorkbookTable> find(const xlsx::Sheet& sheet, const std::string& file, Diagnostics& diagnostics);

  const xlsx::Sheet& sheet() const { return *sheet_; }
  int header_row() const { return header_row_; }
  // The id label's cell: where a problem of the whole table is reported.
  SourceLocation header_location() const { return at({header_row_, columns_.at("id")}); }
  bool has(std::string_view key) const { return columns_.count(std::string(key)) > 0; }

  // The rows below the header row whose id cell holds something, in order.
  std::vector<int> item_rows() const;

  // The cell of column `key` in `row`, read; a blank at the row's id cell
  // when the table has no such column.
  ReadCell read(int row, std::string_view key, Diagnostics& diagnostics) const;
  // The cell at `place`, read (a header field's value).
  ReadCell read_at(xlsx::CellPlace place, Diagnostics& diagnostics) const;

  SourceLocation at(xlsx::CellPlace place) const { return {file_, place.row, place.column}; }

 private:
  WorkbookTable(const xlsx::Sheet& sheet, std::string file, int header_row, std::map<std::string, int> columns)
      : sheet_(&sheet), file_(std::move(file)), header_row_(header_row), columns_(std::move(columns)) {}

  const xlsx::Sheet* sheet_;
  std::string file_;
  int header_row_;
  std::map<std::string, int> columns_;  // key -> column number
};

}  // namespace cityseceval
