// Workbooks made byte by byte for tests: a ZIP archive of stored entries,
// any of them flagged encrypted, and the parts of a minimal workbook whose
// first sheet holds the cells a test writes, as SpreadsheetML spells them.
// What a real application writes is tested with openpyxl
// (tests/workbook/reader_test.py); here every byte is the test's own, so a
// hostile or odd workbook is exactly what it claims to be.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cityseceval::testing {

struct ZipEntry {
  std::string name;
  std::string content;
  bool encrypted = false;  // the general purpose flag's bit 0, in both headers
};

// A ZIP archive (PKWARE APPNOTE 4.3) of `entries`, stored uncompressed.
std::string zip_archive(const std::vector<ZipEntry>& entries);

// The parts of a workbook whose first sheet, named `sheet_name`, has
// `sheet_data` inside its <sheetData>, with `shared_strings` as its shared
// strings part (none when empty), and a second sheet of instructions.
std::vector<ZipEntry> workbook_parts(std::string_view sheet_data, std::string_view shared_strings = {},
                                     std::string_view sheet_name = "评分表");

// Cells as <sheetData> holds them. `reference` is "G12".
std::string text_cell(std::string_view reference, std::string_view text);  // an inline string
std::string number_cell(std::string_view reference, std::string_view number);
std::string boolean_cell(std::string_view reference, bool value);
std::string error_cell(std::string_view reference, std::string_view error);  // "#N/A"
// A formula, with the text value a spreadsheet application saved with it,
// or none (empty `saved`).
std::string formula_cell(std::string_view reference, std::string_view formula, std::string_view saved);
// <row r="n">cells</row>
std::string row(int number, const std::vector<std::string>& cells);

}  // namespace cityseceval::testing
