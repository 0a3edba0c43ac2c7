// The cells of a worksheet as a reader of filled workbooks needs them:
// each with its place (row and column numbers, "G12"), what it holds (text,
// a number, a boolean, an error value such as #N/A) and whether a formula
// gave it. Read from a worksheet part (SpreadsheetML, ECMA-376 Part 1 §18.3)
// and its workbook's shared strings with the guarded XML reader
// (xlsx_xml.h).
//
// Problems are reported at FILE:1:1, naming the part:
//   xlsx-part       a cell reference that is not a cell, a shared string
//                   that does not exist
//   xlsx-too-large  more than max_cells cells with a value
//   (and xlsx_xml.h's xlsx-doctype and xlsx-xml)
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/diagnostic.h"
#include "cityseceval/limits.h"

namespace cityseceval::xlsx {

// Excel's own bounds: columns A to XFD, rows 1 to 1048576.
inline constexpr int max_row = 1'048'576;
inline constexpr int max_column = 16'384;

// A cell's place: 1-based row and column ("G12" is row 12, column 7).
struct CellPlace {
  int row = 1;
  int column = 1;
};

// "G12" -> {12, 7}; nullopt for anything that is not a cell within Excel's
// bounds ("$G$12", a range, "A0", "XFE1").
std::optional<CellPlace> parse_cell_reference(std::string_view reference);
// {12, 7} -> "G12".
std::string cell_reference(CellPlace place);

struct Cell {
  enum class Kind {
    text,     // a shared or inline string, or a formula's text result
    number,   // `value` as Excel shows it (excel_number_text): "0.1", "3", "2025"
    boolean,  // `value` is "true" or "false"
    error,    // `value` is the error: "#N/A", "#DIV/0!"
  };
  CellPlace place;
  Kind kind = Kind::text;
  std::string value;
  // The cell holds a formula: `value` is the result Excel saved with it, if
  // it saved one (`calculated`); a workbook written by a program may have
  // none until it is opened and saved in a spreadsheet application.
  bool formula = false;
  bool calculated = true;
};

// The cells of one worksheet that hold something: a value or a formula
// (cells that only carry a style are left out).
struct Sheet {
  std::string name;         // the worksheet's name, as its tab shows it
  std::vector<Cell> cells;  // by row, then column; one per place

  // The cell at `place`, or null when it holds nothing.
  const Cell* find(CellPlace place) const;
};

// A number cell's XML text as Excel shows the number: rounded to 15
// significant digits, then written as the shortest plain decimal, with no
// exponent ("0.10000000000000001" -> "0.1", "3.0" -> "3", "1E-5" ->
// "0.00001"). A program writing 0.1 as a binary float writes the first;
// what the assessor typed and saw is the second. Nullopt when the text is
// not a finite number.
std::optional<std::string> excel_number_text(std::string_view xml_text);

// The texts of a shared strings part (`sst`), in order: each string's text,
// the runs of a rich text concatenated, phonetic guides (`rPh`) left out.
std::optional<std::vector<std::string>> read_shared_strings(std::string_view xml, const std::string& part,
                                                            const std::string& file, Diagnostics& diagnostics);

// The cells of a worksheet part, shared strings resolved from `shared`.
// Nullopt after reporting why.
std::optional<Sheet> read_sheet_cells(std::string_view xml, const std::string& part,
                                      const std::vector<std::string>& shared, const std::string& file,
                                      Diagnostics& diagnostics,
                                      std::size_t max_cells = default_limits.worksheet_cells);

}  // namespace cityseceval::xlsx
