// The workbook template (docs/workbook-format.md): the sheet to fill, its top
// (the title and the header fields) and what makes only its input cells
// editable; the rows come from template_xlsx_ratings.cpp or
// template_xlsx_rules.cpp by the scheme's kind, the second sheet from
// template_xlsx_instructions.cpp.
#include <algorithm>
#include <stdexcept>
#include <string>
#include <variant>

#include "cityseceval/template.h"
#include "overloaded.h"
#include "template_content.h"
#include "template_xlsx.h"
#include "workbook_file.h"

namespace cityseceval {

namespace {

// The scope's dimension ids as the scope field holds them: "6,8".
std::string scope_ids(const std::vector<const Indicator*>& scope) {
  std::string ids;
  for (const Indicator* dimension : scope) ids += (ids.empty() ? "" : ",") + dimension->id;
  return ids;
}

// The title and the header fields (a label, its value to the right); returns
// the row of the header row, after a blank row.
lxw_row_t write_top(TemplateSheet& sheet, const TemplateContext& context, std::string_view reference) {
  const TemplateFormats& formats = context.formats;
  sheet.spilling_text(0, 0, template_heading(context.scheme, context.language), formats.title);
  auto label = [&](lxw_row_t row, const workbook::Label& field) {
    sheet.text(row, 0, label_text(field, context.language, sheet.script()), formats.label);
  };
  label(1, workbook::scheme_field);
  sheet.verbatim(1, 1, reference, formats.plain);  // an id or a tree file's path, which must stay as it is
  label(2, workbook::city_field);
  sheet.blank(2, 1, formats.input_text);
  label(3, workbook::period_field);
  sheet.blank(3, 1, formats.input_text);
  lxw_row_t row = 4;
  if (!context.scope.empty()) {
    label(row, workbook::scope_field);
    sheet.verbatim(row, 1, scope_ids(context.scope), formats.plain);
    ++row;
  }
  return row + 1;
}

// Nothing but the input cells can be changed; rows and columns may still be
// resized (a long note) and the rows filtered, which changes no value.
void protect(lxw_worksheet* sheet) {
  lxw_protection options = {};
  options.format_columns = 1;
  options.format_rows = 1;
  options.autofilter = 1;
  worksheet_protect(sheet, nullptr, &options);
}

// The header row stays in view and filters; printed, it heads every page.
void finish_fill_sheet(lxw_worksheet* sheet, lxw_row_t header_row, lxw_row_t last_row, std::size_t columns) {
  const auto last_column = static_cast<lxw_col_t>(columns - 1);
  worksheet_freeze_panes(sheet, header_row + 1, 0);
  check_xlsx(worksheet_autofilter(sheet, header_row, 0, std::max(last_row, header_row), last_column));
  check_xlsx(worksheet_repeat_rows(sheet, header_row, header_row));
  worksheet_set_landscape(sheet);
  worksheet_fit_to_pages(sheet, 1, 0);
  worksheet_set_selection(sheet, 2, 1, 2, 1);  // the city: the first cell to fill
  protect(sheet);
}

lxw_worksheet* add_sheet(lxw_workbook* workbook, std::string_view name, ChineseScript script) {
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, in_script(name, script).c_str());
  if (sheet == nullptr) throw std::runtime_error("libxlsxwriter could not add the worksheet " + std::string(name));
  return sheet;
}

}  // namespace

lxw_col_t column_of(std::span<const workbook::Label> columns, std::string_view key) {
  auto found = std::find_if(columns.begin(), columns.end(), [&](const workbook::Label& label) { return label.key == key; });
  if (found == columns.end()) throw std::logic_error("no workbook column " + std::string(key));
  return static_cast<lxw_col_t>(found - columns.begin());
}

void write_header_row(TemplateSheet& sheet, const TemplateContext& context, lxw_row_t header_row,
                      std::span<const workbook::Label> columns) {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    sheet.text(header_row, static_cast<lxw_col_t>(i), label_text(columns[i], context.language, sheet.script()),
               context.formats.header);
  }
}

std::string render_template_xlsx(const Scheme& scheme, Language language, ChineseScript script,
                                 std::string_view scheme_reference, const std::vector<const Indicator*>& scope) {
  WorkbookFile file;
  const TemplateFormats formats(file.workbook());
  const TemplateWords& words = template_words(language);
  const TemplateContext context{scheme, language, words, formats, scope};

  TemplateSheet fill(add_sheet(file.workbook(), words.fill_sheet, script), script);
  const lxw_row_t header_row = write_top(fill, context, template_scheme_reference(scheme, scheme_reference));
  std::visit(overloaded{[&](const RatingMean& kind) {
                          lxw_row_t last = write_rating_rows(fill, context, kind.scale, header_row);
                          finish_fill_sheet(fill.sheet(), header_row, last, workbook::rating_columns.size());
                        },
                        [&](const PointsSum&) {
                          lxw_row_t last = write_rule_rows(fill, context, header_row);
                          finish_fill_sheet(fill.sheet(), header_row, last, workbook::rule_columns.size());
                        }},
             scheme.aggregation);

  TemplateSheet instructions(add_sheet(file.workbook(), words.instructions_sheet, script), script);
  write_instructions(instructions, context);
  protect(instructions.sheet());
  return file.finish();
}

}  // namespace cityseceval
