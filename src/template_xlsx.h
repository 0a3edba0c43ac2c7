// The pieces of the workbook template (render_template_xlsx in
// include/cityseceval/template.h): its words in both languages, the rows of
// the sheet to fill for each kind of scheme, and the instructions sheet.
// The layout they follow is docs/workbook-format.md (src/workbook_layout.h).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/language.h"
#include "cityseceval/tree.h"
#include "template_xlsx_cells.h"

namespace cityseceval {

// The template's own words (the scheme's come from its tree). Patterns with
// {0}, {1}... are filled with fmt. Chinese is simplified; TemplateSheet
// writes it in the script asked for.
struct TemplateWords {
  std::string_view fill_sheet;          // the first sheet's name
  std::string_view instructions_sheet;  // the second sheet's name (docs/workbook-format.md)
  // What Excel says when an input cell refuses an entry.
  std::string_view choose_from_list;
  std::string_view type_listed_word;       // the input message of a list too long for a dropdown
  std::string_view whole_number;           // {0}: the least
  std::string_view number_between;         // {0}, {1}
  // What a cell asks for when selected, and the instructions' "what to fill in".
  std::string_view rating_input;           // {0}: the not-applicable word
  std::string_view yes_no_input;           // {0}, {1}: the yes and no words
  std::string_view count_input;
  std::string_view ratio_input;
  std::string_view exists_input;           // after ratio_input, for a rule that scores existence; {0}: yes
  std::string_view choice_input;           // {0}: the outcomes
  std::string_view choice_input_short;     // when the outcomes do not fit in an input message
  std::string_view external_input;         // {0}, {1}: the range; {2}: `source` or nothing
  std::string_view source;                 // {0}: who gives an external score
  std::string_view judgement_input;        // {0}, {1}: the range; {2}: the step
  std::string_view missing_input;          // {0}: the ids
  std::string_view missing_input_short;    // when the ids do not fit in an input message
  std::string_view outcome;                // {0}: id, {1}: name, {2}: points, {3}: "s" unless 1
  std::string_view candidate;              // {0}: id, {1}: name
  // The instructions sheet.
  std::string_view instructions_title;
  std::string_view scheme_version;
  std::string_view tool_version;
  std::string_view how_to_fill;
  std::string_view opening_step;                // the city and the period
  std::vector<std::string_view> rating_steps;   // {0}: the not-applicable word
  std::string_view direct_score_step;           // {0}: the direct-score mark
  std::vector<std::string_view> rule_steps;
  std::vector<std::string_view> closing_steps;
  std::string_view scale_heading;
  std::string_view meaning;  // the scale table's middle column
  std::string_view value;    // its last column
  std::string_view not_applicable_meaning;
  std::string_view not_applicable_value;
  std::string_view rules_heading;
  std::string_view what_to_fill;
};

const TemplateWords& template_words(Language language);

// What the pieces share: the workbook's formats, the language and the words.
struct TemplateContext {
  const Scheme& scheme;
  Language language;
  const TemplateWords& words;
  const TemplateFormats& formats;
  const std::vector<const Indicator*>& scope;  // empty: a full evaluation
};

// Writes the header row at `header_row` with `columns`' labels.
void write_header_row(TemplateSheet& sheet, const TemplateContext& context, lxw_row_t header_row,
                      std::span<const workbook::Label> columns);

// The position of the column `key` among `columns` (it must be one of them).
lxw_col_t column_of(std::span<const workbook::Label> columns, std::string_view key);

// The header row and the item rows of a rating-mean scheme's sheet, from
// `header_row` on; returns the last row written.
lxw_row_t write_rating_rows(TemplateSheet& sheet, const TemplateContext& context, const RatingScale& scale,
                            lxw_row_t header_row);

// The same for a points-sum scheme: one row per item, one per part of a
// composite rule, input cells shaped by each rule's fact.
lxw_row_t write_rule_rows(TemplateSheet& sheet, const TemplateContext& context, lxw_row_t header_row);

// One row of a points-sum scheme's sheet: a rule with the part it scores ("" for
// a whole item). A composite rule gives one per part; a part that is itself a
// composite (no built-in scheme has one) one per innermost part, "outer.inner".
struct RuleRow {
  std::string part;
  const Rule* rule = nullptr;
};
std::vector<RuleRow> rule_rows(const Rule& rule);

// What to fill in for `rule`, in words: the input cells and what they take,
// with the outcome and candidate ids and their names. The instructions list
// it for every item; a cell's input message repeats it.
std::string fill_in_words(const Rule& rule, const TemplateContext& context);

// The instructions sheet.
void write_instructions(TemplateSheet& sheet, const TemplateContext& context);

}  // namespace cityseceval
