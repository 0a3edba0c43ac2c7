// The cells of a workbook template: its formats, text written in the chosen
// Chinese script, columns as wide as their text, and the data validations
// that shape its input cells. Shared by the sheet to fill (either kind of
// scheme) and the instructions sheet (src/template_xlsx.h).
#pragma once

#include <xlsxwriter.h>

#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/chinese_script.h"
#include "cityseceval/language.h"
#include "cityseceval/rational.h"
#include "workbook_layout.h"

namespace cityseceval {

// The cell formats of a template, made once per workbook. Every format but
// the input ones is locked (Excel's default), so only input cells can be
// edited while the sheet is protected.
struct TemplateFormats {
  explicit TemplateFormats(lxw_workbook* workbook);

  lxw_format* title;       // the title row: bold, larger
  lxw_format* label;       // a header field's label, a heading: bold
  lxw_format* header;      // the header row: bold, shaded grey, bordered, wrapped
  lxw_format* plain;       // written by the tool, top-aligned
  lxw_format* wrapped;     // the same, wrapped (item texts, rules)
  lxw_format* input;       // to fill: shaded, unlocked, wrapped
  lxw_format* input_text;  // to fill, kept as text: a period typed 2025 stays "2025"
};

// A column label or header field of src/workbook_layout.h as a template in
// `language` and `script` writes it: English, or the Chinese label of the
// script (simplified unless traditional is asked for).
std::string_view label_text(const workbook::Label& label, Language language, ChineseScript script);

// Whether `text` is within Excel's limit on an input or error message (255
// characters). TemplateSheet::validate cuts a longer one with an ellipsis;
// a caller with a shorter wording to offer instead asks first.
bool fits_input_message(std::string_view text);

// What an input cell accepts, as an Excel data validation: Excel shows the
// input message when the cell is selected and refuses anything else with the
// error message (a "stop" alert), so typos never reach the tool.
struct InputRule {
  enum class Kind {
    list,             // one of `words`, from a dropdown
    whole_at_least,   // a whole number >= minimum
    decimal_between,  // a number from minimum to maximum
    message_only,     // anything: only the input message
  };
  Kind kind = Kind::message_only;
  std::vector<std::string> words;
  Rational minimum;
  Rational maximum;
  std::string input_message;  // may be empty
  std::string error_message;  // list, whole and decimal kinds
  // The input message of a list Excel cannot hold (TemplateSheet::validate),
  // which is typed rather than chosen.
  std::string typed_list_message;
};

// A worksheet being written. Every text passes through in_script(), except
// what verbatim() writes (file paths, which must name real files); every
// column remembers its widest line so fit_columns() can size it.
class TemplateSheet {
 public:
  TemplateSheet(lxw_worksheet* sheet, ChineseScript script);

  lxw_worksheet* sheet() const { return sheet_; }
  ChineseScript script() const { return script_; }

  void text(lxw_row_t row, lxw_col_t column, std::string_view text, lxw_format* format);
  // Text that spills over the empty cells to its right (a title, a
  // sentence): not counted in its column's width.
  void spilling_text(lxw_row_t row, lxw_col_t column, std::string_view text, lxw_format* format);
  void verbatim(lxw_row_t row, lxw_col_t column, std::string_view text, lxw_format* format);
  // A number cell (points, scale values): stored as Excel stores every
  // number, a double, the one JSON reports write for it (json_number.h); the
  // values written are short decimals, which read back as written.
  void number(lxw_row_t row, lxw_col_t column, const Rational& value, lxw_format* format);
  // An empty cell with a format: how input cells are written.
  void blank(lxw_row_t row, lxw_col_t column, lxw_format* format);
  // `rule` on the cells of `column` from `first` to `last`; the column is
  // made wide enough for a list's words. A list too long for Excel (255
  // characters) or for libxlsxwriter, or with a word Excel's list cannot
  // hold (a comma or a quote), is typed: the cell gets the typed-list message
  // and no check. Messages and words are written in the sheet's script too;
  // a message longer than Excel takes (255 characters) is cut short.
  void validate(lxw_row_t first, lxw_row_t last, lxw_col_t column, const InputRule& rule);

  // Makes `column` at least `width` display columns wide: room for what is
  // not written yet (a dropdown's words, an assessor's note).
  void reserve(lxw_col_t column, std::size_t width);

  // Sets each column written to the width of its widest line (display
  // columns: a Chinese character counts two) plus a margin, at most the
  // column's entry of `caps` (0 or missing: no cap), where wrapped text wraps.
  void fit_columns(const std::vector<std::size_t>& caps);

 private:
  void measure(lxw_col_t column, std::string_view text);

  lxw_worksheet* sheet_;
  ChineseScript script_;
  std::vector<std::size_t> widths_;  // per column: the widest line written in it
};

// Throws std::runtime_error naming libxlsxwriter's reason unless `error` is LXW_NO_ERROR.
void check_xlsx(lxw_error error);

}  // namespace cityseceval
