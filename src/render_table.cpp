#include "cityseceval/render_table.h"

#include "csv.h"
#include "encoding.h"
#include "text_table.h"

namespace cityseceval {

namespace {

// A cell a spreadsheet would run as a formula, made inert (TableColumn::user_text).
std::string spreadsheet_safe(std::string cell) {
  if (!cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@')) cell.insert(0, "'");
  return cell;
}

// Each character of `from` in `text` replaced by `to`.
std::string replace_all(std::string_view text, std::string_view from, std::string_view to) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (from.find(c) != std::string_view::npos) {
      out += to;
    } else {
      out += c;
    }
  }
  return out;
}

std::string csv_cell(const TableColumn& column, const std::string& cell) {
  return csv::quote(column.user_text ? spreadsheet_safe(cell) : cell);
}

std::string tsv_cell(const TableColumn& column, const std::string& cell) {
  // TSV has no quoting (IANA text/tab-separated-values): a tab or a line
  // break cannot be kept inside a cell.
  std::string flat = replace_all(cell, "\t\r\n", " ");
  return column.user_text ? spreadsheet_safe(flat) : flat;
}

std::string markdown_cell(const std::string& cell) {
  std::string out;
  for (char c : one_line(cell)) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

template <class Cell>
std::string separated(const Table& table, char separator, std::string_view line_end, Cell cell) {
  std::string out;
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    out += (i ? std::string(1, separator) : "") + cell(table.columns[i], table.columns[i].name);
  }
  out += line_end;
  for (const std::vector<std::string>& row : table.rows) {
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
      out += (i ? std::string(1, separator) : "") + cell(table.columns[i], row[i]);
    }
    out += line_end;
  }
  return out;
}

std::string markdown(const Table& table) {
  std::string out = "|";
  for (const TableColumn& column : table.columns) out += " " + markdown_cell(column.name) + " |";
  out += "\n|";
  for (const TableColumn& column : table.columns) out += column.numeric ? " ---: |" : " --- |";
  out += "\n";
  for (const std::vector<std::string>& row : table.rows) {
    out += "|";
    for (const std::string& cell : row) out += " " + markdown_cell(cell) + " |";
    out += "\n";
  }
  return out;
}

std::string text(const Table& table) {
  std::vector<TextTable::Column> columns;
  for (const TableColumn& column : table.columns) {
    columns.push_back({column.numeric ? TextTable::Align::right : TextTable::Align::left, 0, 0});
  }
  TextTable laid_out(columns);
  std::vector<std::string> header;
  for (const TableColumn& column : table.columns) header.push_back(column.name);
  laid_out.add_row(header);
  for (const std::vector<std::string>& row : table.rows) {
    std::vector<std::string> cells;
    for (const std::string& cell : row) cells.push_back(one_line(cell));
    laid_out.add_row(cells);
  }
  return laid_out.render();
}

}  // namespace

std::optional<TableFormat> table_format(std::string_view name) {
  if (name == "csv") return TableFormat::csv;
  if (name == "tsv") return TableFormat::tsv;
  if (name == "markdown") return TableFormat::markdown;
  if (name == "text") return TableFormat::text;
  return std::nullopt;
}

std::string render_table(const Table& table, TableFormat format, bool with_bom) {
  std::string bom = with_bom && (format == TableFormat::csv || format == TableFormat::tsv)
                        ? std::string(byte_order_mark)
                        : std::string();
  switch (format) {
    case TableFormat::csv:
      return bom + separated(table, ',', "\r\n", csv_cell);
    case TableFormat::tsv:
      return bom + separated(table, '\t', "\n", tsv_cell);
    case TableFormat::markdown:
      return markdown(table);
    case TableFormat::text:
      return text(table);
  }
  return {};
}

}  // namespace cityseceval
