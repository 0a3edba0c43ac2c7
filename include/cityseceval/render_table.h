// Tables of many assessments (score --format csv|tsv|markdown, rank, trend):
// a header and rows of cells, written in one of four forms. The cells are
// already text; which columns there are is the caller's business.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cityseceval {

enum class TableFormat {
  csv,       // RFC 4180: comma-separated, CRLF line ends, fields quoted when needed
  tsv,       // tab-separated, LF; a tab or line break inside a cell becomes a space
  markdown,  // a GitHub table; '|' escaped, line breaks become spaces
  text,      // columns aligned by display width for a terminal
};

// "csv", "tsv", "markdown" or "text" as the format, or nullopt.
std::optional<TableFormat> table_format(std::string_view name);

struct TableColumn {
  std::string name;
  bool numeric = false;  // aligned right (text, markdown)
  // Free text from a user's file (a city's name): in csv and tsv a cell that
  // starts with =, +, -, @ gets a leading ' so that a spreadsheet shows it
  // instead of running it as a formula (OWASP's "CSV injection").
  bool user_text = false;
};

struct Table {
  std::vector<TableColumn> columns;
  std::vector<std::vector<std::string>> rows;  // each as wide as columns
};

// The whole table: the header line, then each row. `with_bom` puts
// UTF-8's BOM first (csv and tsv), which Excel and WPS need to read UTF-8.
std::string render_table(const Table& table, TableFormat format, bool with_bom = false);

}  // namespace cityseceval
