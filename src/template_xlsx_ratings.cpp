// The rows of a rating-mean scheme's sheet to fill: one per item, its names,
// text and indicator points written by the tool, and the rating (a dropdown of
// the scale's words), note and evidence to fill (docs/workbook-format.md).
#include <fmt/format.h>

#include <variant>

#include "template_content.h"
#include "template_xlsx.h"

namespace cityseceval {

namespace {

// Display columns at which a column wraps: the item's text, and the note and
// evidence an assessor writes.
constexpr std::size_t name_cap = 24;
constexpr std::size_t item_cap = 60;
constexpr std::size_t note_cap = 36;

// The words of the rating dropdown, in the scale's order and then the
// not-applicable word: the Chinese words in a Chinese template, the ids
// (which assessments write, and the reader takes) in an English one.
std::vector<std::string> rating_words(const RatingScale& scale, Language language) {
  std::vector<std::string> words;
  for (const RatingLevel& level : scale.levels) words.push_back(language == Language::en ? level.id : level.name);
  words.emplace_back(language == Language::en ? not_applicable_word : not_applicable_word_zh);
  return words;
}

}  // namespace

lxw_row_t write_rating_rows(TemplateSheet& sheet, const TemplateContext& context, const RatingScale& scale,
                            lxw_row_t header_row) {
  using workbook::rating_columns;
  const TemplateFormats& formats = context.formats;
  const Language language = context.language;
  write_header_row(sheet, context, header_row, rating_columns);
  const lxw_col_t id = column_of(rating_columns, "id");
  const lxw_col_t level1 = column_of(rating_columns, "level1");
  const lxw_col_t level2 = column_of(rating_columns, "level2");
  const lxw_col_t level3 = column_of(rating_columns, "level3");
  const lxw_col_t item = column_of(rating_columns, "item");
  const lxw_col_t points = column_of(rating_columns, "indicator_points");
  const lxw_col_t rating = column_of(rating_columns, "rating");
  const lxw_col_t note = column_of(rating_columns, "note");
  const lxw_col_t evidence = column_of(rating_columns, "evidence");

  lxw_row_t row = header_row;
  for (const TemplateItem& at : template_items(context.scheme, language, context.scope)) {
    ++row;
    const bool direct = std::get<RatedItem>(at.item->kind).direct_score;
    sheet.text(row, id, at.item->id, formats.plain);
    sheet.text(row, level1, at.level1, formats.wrapped);
    sheet.text(row, level2, at.level2, formats.wrapped);
    sheet.text(row, level3, at.indicator->display_name(language), formats.wrapped);
    sheet.text(row, item, std::string(direct ? direct_score_mark(language) : "") + at.item->text, formats.wrapped);
    sheet.number(row, points, at.indicator->points, formats.plain);
    for (lxw_col_t input : {rating, note, evidence}) sheet.blank(row, input, formats.input);
  }
  InputRule dropdown;
  dropdown.kind = InputRule::Kind::list;
  dropdown.words = rating_words(scale, language);
  const std::string_view na = language == Language::en ? not_applicable_word : not_applicable_word_zh;
  dropdown.input_message = fmt::format(fmt::runtime(context.words.rating_input), na);
  dropdown.error_message = context.words.choose_from_list;
  dropdown.typed_list_message = context.words.type_listed_word;
  if (row > header_row) sheet.validate(header_row + 1, row, rating, dropdown);
  // Empty input columns, as wide as they wrap: room to write in.
  sheet.reserve(note, note_cap);
  sheet.reserve(evidence, note_cap);
  std::vector<std::size_t> caps(rating_columns.size(), 0);
  for (lxw_col_t name : {level1, level2, level3}) caps[name] = name_cap;
  caps[item] = item_cap;
  caps[note] = note_cap;
  caps[evidence] = note_cap;
  sheet.fit_columns(caps);
  return row;
}

}  // namespace cityseceval
