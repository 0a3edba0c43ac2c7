#include "workbook_table.h"

#include <algorithm>

#include "ascii_case.h"
#include "cityseceval/limits.h"
#include "cityseceval/messages.h"
#include "rating_rows.h"
#include "utf8.h"

namespace cityseceval {

namespace {

// Every column either kind of scheme has, once: the two layouts share the
// keys and labels of the columns they have in common.
const std::vector<workbook::Label>& all_columns() {
  static const std::vector<workbook::Label> labels = [] {
    std::vector<workbook::Label> all(workbook::rating_columns.begin(), workbook::rating_columns.end());
    for (const workbook::Label& label : workbook::rule_columns) {
      bool known = std::any_of(all.begin(), all.end(), [&](const workbook::Label& l) { return l.key == label.key; });
      if (!known) all.push_back(label);
    }
    return all;
  }();
  return labels;
}

const workbook::Label& id_label() { return workbook::rating_columns[0]; }

// The header row's `id` label: the first cell, by rows, labelled so.
const xlsx::Cell* first_id_label(const xlsx::Sheet& sheet) {
  auto found = std::find_if(sheet.cells.begin(), sheet.cells.end(), [](const xlsx::Cell& cell) {
    return cell.kind == xlsx::Cell::Kind::text && is_label(cell.value, id_label());
  });
  return found == sheet.cells.end() ? nullptr : &*found;
}

}  // namespace

const workbook::Label* column_label(std::string_view key) {
  const std::vector<workbook::Label>& labels = all_columns();
  auto found = std::find_if(labels.begin(), labels.end(), [&](const workbook::Label& l) { return l.key == key; });
  return found == labels.end() ? nullptr : &*found;
}

Text label_forms(const workbook::Label& label) {
  std::vector<std::string> forms = {std::string(label.hans)};
  if (label.hant != label.hans) forms.emplace_back(label.hant);
  forms.emplace_back(label.english);
  if (ascii_lowercase(label.key) != ascii_lowercase(label.english)) forms.emplace_back(label.key);
  return join_list(forms, MessageId::list_or);
}

std::vector<std::string> listed_ids(std::string_view text) {
  std::string separated(text);
  for (std::string_view wide : {"，", "、", "；"}) {
    for (std::size_t at = separated.find(wide); at != std::string::npos; at = separated.find(wide, at)) {
      separated.replace(at, wide.size(), ",");
    }
  }
  std::vector<std::string> ids;
  std::size_t start = 0;
  while (start <= separated.size()) {
    std::size_t end = std::min(separated.find_first_of(",; \t\r\n", start), separated.size());
    if (end > start) ids.push_back(separated.substr(start, end - start));
    start = end + 1;
  }
  return ids;
}

bool ReadCell::blank() const { return !reported && trimmed(text, cell_space).empty(); }

bool is_label(std::string_view text, const workbook::Label& label) {
  std::string written = trimmed(text, cell_space);
  std::string folded = ascii_lowercase(written);
  return written == label.hans || written == label.hant || folded == ascii_lowercase(label.key) ||
         folded == ascii_lowercase(label.english);
}

bool WorkbookTable::has_header_row(const xlsx::Sheet& sheet, const std::string& file, Diagnostics& diagnostics) {
  if (first_id_label(sheet)) return true;
  diagnostics.error({file, 1, 1}, message(MessageId::xlsx_no_header_row, {sheet.name, label_forms(id_label())}),
                    RuleId::xlsx_header);
  return false;
}

std::optional<WorkbookTable> WorkbookTable::find(const xlsx::Sheet& sheet, const std::string& file,
                                                 Diagnostics& diagnostics) {
  const int row = first_id_label(sheet)->place.row;
  std::map<std::string, int> columns;
  bool twice = false;
  const std::vector<workbook::Label>& labels = all_columns();
  for (const xlsx::Cell& cell : sheet.cells) {
    if (cell.place.row != row || cell.kind != xlsx::Cell::Kind::text) continue;
    auto label =
        std::find_if(labels.begin(), labels.end(), [&](const workbook::Label& l) { return is_label(cell.value, l); });
    if (label == labels.end()) continue;  // a column of the user's own
    auto [first, added] = columns.emplace(label->key, cell.place.column);
    if (!added) {
      diagnostics.error({file, row, cell.place.column},
                        message(MessageId::xlsx_column_twice, {label->key, xlsx::cell_reference({row, first->second}),
                                                               xlsx::cell_reference(cell.place)}),
                        RuleId::xlsx_header);
      twice = true;
    }
  }
  if (twice) return std::nullopt;
  return WorkbookTable(sheet, file, row, std::move(columns));
}

std::vector<int> WorkbookTable::item_rows() const {
  std::vector<int> rows;
  const int id_column = columns_.at("id");
  for (const xlsx::Cell& cell : sheet_->cells) {
    if (cell.place.row <= header_row_ || cell.place.column != id_column) continue;
    if (cell.kind != xlsx::Cell::Kind::text || !trimmed(cell.value, cell_space).empty()) rows.push_back(cell.place.row);
  }
  return rows;
}

ReadCell WorkbookTable::read(int row, std::string_view key, Diagnostics& diagnostics) const {
  auto column = columns_.find(std::string(key));
  if (column == columns_.end()) return ReadCell{"", false, false, at({row, columns_.at("id")})};
  return read_at({row, column->second}, diagnostics);
}

ReadCell WorkbookTable::read_at(xlsx::CellPlace place, Diagnostics& diagnostics) const {
  ReadCell read{"", false, false, at(place)};
  const xlsx::Cell* cell = sheet_->find(place);
  if (!cell) return read;
  if (cell->formula && !cell->calculated) {
    diagnostics.error(read.location, message(MessageId::xlsx_formula_uncached), RuleId::xlsx_formula);
    read.reported = true;
    return read;
  }
  if (cell->kind == xlsx::Cell::Kind::error) {
    diagnostics.error(read.location, message(MessageId::xlsx_cell_error, {cell->value}), RuleId::xlsx_cell_error);
    read.reported = true;
    return read;
  }
  // Excel cannot hold more in one cell: such a cell was not typed in Excel.
  if (auto characters = utf8::code_points_over(cell->value, default_limits.value_characters)) {
    diagnostics.error(read.location, message(MessageId::value_too_long, {*characters, default_limits.value_characters}),
                      RuleId::value_too_long);
    read.reported = true;
    return read;
  }
  if (cell->formula) {
    diagnostics.warning(read.location, message(MessageId::xlsx_formula_cached, {cell->value}), RuleId::xlsx_formula);
  }
  read.text = cell->value;
  read.boolean = cell->kind == xlsx::Cell::Kind::boolean;
  return read;
}

}  // namespace cityseceval
