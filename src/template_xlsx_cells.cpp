#include "template_xlsx_cells.h"

#include <algorithm>
#include <stdexcept>

#include "json_number.h"
#include "utf8.h"

namespace cityseceval {

namespace {

constexpr lxw_color_t input_shade = 0xFFF2CC;   // Excel's own "input" colour, a light yellow
constexpr lxw_color_t header_shade = 0xD9D9D9;  // light grey

// A column as wide as its text plus this margin, so the widest line does not touch the border.
constexpr std::size_t width_margin = 2;
// Excel's limits on a list validation (characters, commas included).
constexpr std::size_t list_limit = 255;
// libxlsxwriter 1.1.4 copies a list into a buffer of 255 bytes without
// checking them (it checks characters): a longer list of Chinese words
// overflows it. Lists are kept within both.
constexpr std::size_t list_bytes_limit = 255;
// Excel's limit on an input or error message, in characters.
constexpr std::size_t message_limit = 255;

lxw_format* top_aligned(lxw_workbook* workbook) {
  lxw_format* format = workbook_add_format(workbook);
  format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
  return format;
}

lxw_format* wrapped_format(lxw_workbook* workbook) {
  lxw_format* format = top_aligned(workbook);
  format_set_text_wrap(format);
  return format;
}

lxw_format* input_format(lxw_workbook* workbook) {
  lxw_format* format = wrapped_format(workbook);
  format_set_unlocked(format);
  format_set_bg_color(format, input_shade);
  format_set_border(format, LXW_BORDER_THIN);
  return format;
}

// The words of a list joined as Excel holds them, or "" when Excel's list
// cannot hold them (too long, or a word with a comma or a quote).
std::string joined_list(const std::vector<std::string>& words) {
  std::string joined;
  for (const std::string& word : words) {
    if (word.empty() || word.find_first_of(",\"") != std::string::npos) return "";
    joined += (joined.empty() ? "" : ",") + word;
  }
  if (utf8::code_points(joined) > list_limit || joined.size() > list_bytes_limit) return "";
  return joined;
}

}  // namespace

bool fits_input_message(std::string_view text) { return utf8::code_points(text) <= message_limit; }

namespace {

// `text` within Excel's limit on an input message: cut, with an ellipsis,
// when longer (a rule's words naming a long source), rather than refused.
std::string within_message_limit(std::string text) {
  if (fits_input_message(text)) return text;
  std::string cut;
  std::vector<std::string_view> characters = utf8::characters(text);
  for (std::size_t i = 0; i + 1 < message_limit; ++i) cut += characters[i];
  return cut + "…";
}

// `value` (points, a scale value, a rule's bound: exact by construction) as
// the number a cell holds, the same double JSON reports write for it.
double to_double(const Rational& value) {
  JsonNumber number = exact_json_number(value);
  return number.whole ? static_cast<double>(number.integer) : number.fraction;
}

}  // namespace

TemplateFormats::TemplateFormats(lxw_workbook* workbook)
    : title(workbook_add_format(workbook)),
      label(top_aligned(workbook)),
      header(wrapped_format(workbook)),
      plain(top_aligned(workbook)),
      wrapped(wrapped_format(workbook)),
      input(input_format(workbook)),
      input_text(input_format(workbook)) {
  format_set_bold(title);
  format_set_font_size(title, 14);
  format_set_bold(label);
  format_set_bold(header);
  format_set_bg_color(header, header_shade);
  format_set_border(header, LXW_BORDER_THIN);
  format_set_num_format(input_text, "@");
}

std::string_view label_text(const workbook::Label& label, Language language, ChineseScript script) {
  if (language == Language::en) return label.english;
  return script == ChineseScript::traditional ? label.hant : label.hans;
}

TemplateSheet::TemplateSheet(lxw_worksheet* sheet, ChineseScript script) : sheet_(sheet), script_(script) {}

void TemplateSheet::text(lxw_row_t row, lxw_col_t column, std::string_view text, lxw_format* format) {
  std::string converted = in_script(text, script_);
  measure(column, converted);
  check_xlsx(worksheet_write_string(sheet_, row, column, converted.c_str(), format));
}

void TemplateSheet::spilling_text(lxw_row_t row, lxw_col_t column, std::string_view text, lxw_format* format) {
  check_xlsx(worksheet_write_string(sheet_, row, column, in_script(text, script_).c_str(), format));
}

void TemplateSheet::verbatim(lxw_row_t row, lxw_col_t column, std::string_view text, lxw_format* format) {
  std::string copy(text);
  measure(column, copy);
  check_xlsx(worksheet_write_string(sheet_, row, column, copy.c_str(), format));
}

void TemplateSheet::number(lxw_row_t row, lxw_col_t column, const Rational& value, lxw_format* format) {
  measure(column, value.short_string());
  check_xlsx(worksheet_write_number(sheet_, row, column, to_double(value), format));
}

void TemplateSheet::blank(lxw_row_t row, lxw_col_t column, lxw_format* format) {
  check_xlsx(worksheet_write_blank(sheet_, row, column, format));
}

void TemplateSheet::validate(lxw_row_t first, lxw_row_t last, lxw_col_t column, const InputRule& rule) {
  lxw_data_validation validation = {};
  std::string input_message = within_message_limit(in_script(rule.input_message, script_));
  std::string error_message = within_message_limit(in_script(rule.error_message, script_));
  std::vector<std::string> words;
  for (const std::string& word : rule.words) {
    words.push_back(in_script(word, script_));
    reserve(column, utf8::display_width(words.back()));  // the word chosen shows whole
  }
  std::vector<char*> list;
  switch (rule.kind) {
    case InputRule::Kind::list:
      if (joined_list(words).empty()) {
        validation.validate = LXW_VALIDATION_TYPE_ANY;
        input_message = within_message_limit(in_script(rule.typed_list_message, script_));
        break;
      }
      for (std::string& word : words) list.push_back(word.data());
      list.push_back(nullptr);
      validation.validate = LXW_VALIDATION_TYPE_LIST;
      validation.value_list = list.data();
      break;
    case InputRule::Kind::whole_at_least:
      validation.validate = LXW_VALIDATION_TYPE_INTEGER;
      validation.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
      validation.value_number = to_double(rule.minimum);
      break;
    case InputRule::Kind::decimal_between:
      validation.validate = LXW_VALIDATION_TYPE_DECIMAL;
      validation.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
      validation.minimum_number = to_double(rule.minimum);
      validation.maximum_number = to_double(rule.maximum);
      break;
    case InputRule::Kind::message_only:
      validation.validate = LXW_VALIDATION_TYPE_ANY;
      break;
  }
  if (!input_message.empty()) validation.input_message = input_message.data();
  if (validation.validate != LXW_VALIDATION_TYPE_ANY && !error_message.empty()) {
    validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    validation.error_message = error_message.data();
  }
  // A cell with nothing to say and nothing to check needs no validation.
  if (validation.validate == LXW_VALIDATION_TYPE_ANY && validation.input_message == nullptr) return;
  check_xlsx(worksheet_data_validation_range(sheet_, first, column, last, column, &validation));
}

void TemplateSheet::fit_columns(const std::vector<std::size_t>& caps) {
  for (std::size_t column = 0; column < widths_.size(); ++column) {
    if (widths_[column] == 0) continue;
    std::size_t width = widths_[column] + width_margin;
    if (column < caps.size() && caps[column] > 0) width = std::min(width, caps[column]);
    check_xlsx(worksheet_set_column(sheet_, static_cast<lxw_col_t>(column), static_cast<lxw_col_t>(column),
                                    static_cast<double>(width), nullptr));
  }
}

void TemplateSheet::reserve(lxw_col_t column, std::size_t width) {
  if (widths_.size() <= column) widths_.resize(column + 1, 0);
  widths_[column] = std::max(widths_[column], width);
}

void TemplateSheet::measure(lxw_col_t column, std::string_view text) {
  if (widths_.size() <= column) widths_.resize(column + 1, 0);
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = std::min(text.find('\n', start), text.size());
    widths_[column] = std::max(widths_[column], utf8::display_width(text.substr(start, end - start)));
    start = end + 1;
  }
}

void check_xlsx(lxw_error error) {
  if (error != LXW_NO_ERROR) throw std::runtime_error(std::string("libxlsxwriter: ") + lxw_strerror(error));
}

}  // namespace cityseceval
