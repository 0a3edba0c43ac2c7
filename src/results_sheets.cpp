#include "results_sheets.h"

#include <algorithm>
#include <array>

#include "cityseceval/summary_table.h"
#include "json_number.h"
#include "utf8.h"

namespace cityseceval {

namespace {

// Excel's most characters in a cell (libxlsxwriter refuses a longer string).
constexpr std::size_t most_cell_characters = 32767;
// Column widths, in Excel's units (about one digit; a Chinese character is two).
constexpr double narrowest_column = 6;
constexpr double widest_column = 60;
// Room for the autofilter's button beside a heading.
constexpr std::size_t filter_button = 3;

// Fills of the grade bands, best to worst: Excel's own "good" green and "bad"
// red at the ends, with blue, yellow and orange between them.
constexpr std::uint32_t best_fill = 0xC6EFCE;
constexpr std::uint32_t worst_fill = 0xFFC7CE;
constexpr std::array<std::uint32_t, 3> middle_fills = {0xDDEBF7, 0xFFEB9C, 0xF8CBAD};
constexpr std::uint32_t header_fill = 0xD9D9D9;

constexpr ResultWords zh_words = {"结果", "排名", "二级指标", "一级指标", "编号", "分值"};
constexpr ResultWords en_words = {"Results", "Ranking", "Level 2", "Level 1", "ID", "Points"};

// A band's fill: the best green, the worst red; one band between them
// yellow, more blue, yellow, then orange.
std::uint32_t band_fill(std::size_t band, std::size_t bands) {
  if (band == 0) return best_fill;
  if (band + 1 >= bands) return worst_fill;
  if (bands == 3) return middle_fills[1];
  return middle_fills[std::min(band - 1, middle_fills.size() - 1)];
}

// Text a workbook can hold: valid UTF-8 (a file name from the command line
// need not be: each bad byte becomes U+FFFD), at most Excel's length.
std::string cell_text(std::string text) {
  if (utf8::first_invalid_byte(text)) {
    std::string valid;
    for (char32_t code_point : utf8::decode(text)) utf8::append(valid, code_point);
    text = std::move(valid);
  }
  std::vector<std::string_view> characters = utf8::characters(text);
  if (characters.size() <= most_cell_characters) return text;
  std::string_view last = characters[most_cell_characters - 1];
  return text.substr(0, static_cast<std::size_t>(last.data() + last.size() - text.data()));
}

double column_width(std::size_t display_width) {
  return std::clamp(static_cast<double>(display_width) + 1, narrowest_column, widest_column);
}

}  // namespace

// --- Cells ------------------------------------------------------------------------------

SheetCell SheetCell::of_text(std::string text, std::string verbatim) {
  SheetCell cell;
  cell.kind = Kind::text;
  cell.text = std::move(text);
  cell.verbatim = std::move(verbatim);
  return cell;
}

SheetCell SheetCell::of_path(std::string path) {
  SheetCell cell;
  cell.kind = Kind::path;
  cell.text = std::move(path);
  return cell;
}

SheetCell SheetCell::of_reported(const Rational& value, const Precision& precision) {
  SheetCell cell;
  cell.kind = Kind::number;
  JsonNumber number = rounded_json_number(value, precision.decimals, precision.rounding);
  cell.number = number.whole ? static_cast<double>(number.integer) : number.fraction;
  // Two decimals for every score, so a column lines up whatever the scheme;
  // a scheme that reports more shows them all.
  cell.decimals = std::max(2, precision.decimals);
  cell.text = precision.round(value).decimal_string(cell.decimals, precision.rounding);
  return cell;
}

SheetCell SheetCell::of_whole(std::size_t value) {
  SheetCell cell;
  cell.kind = Kind::whole;
  cell.number = static_cast<double>(value);
  cell.text = std::to_string(value);
  return cell;
}

SheetCell SheetCell::of_grade(const GradeBand* grade, const Scheme& scheme, Language language) {
  SheetCell cell;
  if (grade == nullptr) return cell;
  cell.kind = Kind::grade;
  cell.text = grade->display_name(language);
  cell.band = static_cast<std::size_t>(grade - scheme.grades.data());
  cell.bands = scheme.grades.size();
  return cell;
}

// --- Words and the level-2 sheet ----------------------------------------------------------

const ResultWords& result_words(Language language) { return language == Language::en ? en_words : zh_words; }

std::string indicator_heading(const Indicator& indicator, Language language) {
  return indicator.id + " " + indicator.display_name(language);
}

Sheet level_two_sheet(const std::vector<const ResultSummary*>& summaries, Language language) {
  const ResultWords& words = result_words(language);
  Sheet sheet;
  sheet.name = words.level_2;
  for (const char* name : {"file", "city", "period", "scheme"}) sheet.headings.push_back(summary_column_label(name, language));
  sheet.headings.insert(sheet.headings.end(), {words.level_1, words.id, words.level_2,
                                               summary_column_label("score", language), words.points});
  for (const ResultSummary* summary : summaries) {
    const Scheme& scheme = *summary->scheme;
    for (const std::string& id : indicator_ids_at_level(scheme, 2)) {
      const IndicatorCell* held = summary->indicator(id);
      if (held == nullptr) continue;
      const Indicator& indicator = *scheme.find_indicator(id);
      std::vector<SheetCell> row = {SheetCell::of_path(summary->file), SheetCell::of_text(summary->city),
                                    SheetCell::of_text(summary->period), SheetCell::of_text(scheme.id),
                                    SheetCell::of_text(indicator_heading(scheme.dimension_of(indicator), language)),
                                    SheetCell::of_text(id), SheetCell::of_text(indicator.display_name(language))};
      row.push_back(held->earned ? SheetCell::of_reported(*held->earned, scheme.precision) : SheetCell());
      row.push_back(SheetCell::of_reported(indicator.points, scheme.precision));
      sheet.rows.push_back(std::move(row));
    }
  }
  return sheet;
}

// --- The workbook -------------------------------------------------------------------------

ResultsWorkbook::ResultsWorkbook(ChineseScript script) : script_(script) {
  header_ = workbook_add_format(file_.workbook());
  format_set_bold(header_);
  format_set_bg_color(header_, header_fill);
  format_set_pattern(header_, LXW_PATTERN_SOLID);
  format_set_bottom(header_, LXW_BORDER_THIN);
}

lxw_format* ResultsWorkbook::number_format(int decimals) {
  auto [found, added] = numbers_.try_emplace(decimals, nullptr);
  if (added) {
    found->second = workbook_add_format(file_.workbook());
    format_set_num_format(found->second, ("0." + std::string(static_cast<std::size_t>(decimals), '0')).c_str());
  }
  return found->second;
}

lxw_format* ResultsWorkbook::grade_format(std::size_t band, std::size_t bands) {
  std::uint32_t colour = band_fill(band, bands);
  auto [found, added] = fills_.try_emplace(colour, nullptr);
  if (added) {
    found->second = workbook_add_format(file_.workbook());
    format_set_bg_color(found->second, colour);
    format_set_pattern(found->second, LXW_PATTERN_SOLID);
  }
  return found->second;
}

std::string ResultsWorkbook::scripted(const std::string& text, const std::string& verbatim) const {
  if (verbatim.empty()) return in_script(text, script_);
  std::string out;
  std::size_t start = 0;
  for (std::size_t at = text.find(verbatim); at != std::string::npos; at = text.find(verbatim, start)) {
    out += in_script(std::string_view(text).substr(start, at - start), script_) + verbatim;
    start = at + verbatim.size();
  }
  return out + in_script(std::string_view(text).substr(start), script_);
}

void ResultsWorkbook::add(const Sheet& sheet) {
  lxw_worksheet* worksheet = workbook_add_worksheet(file_.workbook(), scripted(sheet.name).c_str());
  std::vector<std::size_t> widths(sheet.headings.size(), 0);
  for (std::size_t column = 0; column < sheet.headings.size(); ++column) {
    std::string heading = cell_text(scripted(sheet.headings[column]));
    worksheet_write_string(worksheet, 0, static_cast<lxw_col_t>(column), heading.c_str(), header_);
    widths[column] = utf8::display_width(heading) + filter_button;
  }
  for (std::size_t row = 0; row < sheet.rows.size(); ++row) {
    for (std::size_t column = 0; column < sheet.headings.size(); ++column) {
      const SheetCell& cell = sheet.rows[row][column];
      std::string shown = this->shown(cell);
      widths[column] = std::max(widths[column], utf8::display_width(shown));
      write_cell(worksheet, row + 1, column, cell, shown);
    }
  }
  for (std::size_t column = 0; column < widths.size(); ++column) {
    auto at = static_cast<lxw_col_t>(column);
    worksheet_set_column(worksheet, at, at, column_width(widths[column]), nullptr);
  }
  worksheet_freeze_panes(worksheet, 1, 0);
  if (!sheet.headings.empty()) {
    worksheet_autofilter(worksheet, 0, 0, static_cast<lxw_row_t>(sheet.rows.size()),
                         static_cast<lxw_col_t>(sheet.headings.size() - 1));
  }
}

std::string ResultsWorkbook::shown(const SheetCell& cell) const {
  switch (cell.kind) {
    case SheetCell::Kind::text:
    case SheetCell::Kind::grade:
      return cell_text(scripted(cell.text, cell.verbatim));
    case SheetCell::Kind::path:
      return cell_text(cell.text);
    case SheetCell::Kind::empty:
    case SheetCell::Kind::number:
    case SheetCell::Kind::whole:
      break;
  }
  return cell.text;
}

void ResultsWorkbook::write_cell(lxw_worksheet* worksheet, std::size_t row, std::size_t column, const SheetCell& cell,
                                 const std::string& shown) {
  auto at_row = static_cast<lxw_row_t>(row);
  auto at_column = static_cast<lxw_col_t>(column);
  switch (cell.kind) {
    case SheetCell::Kind::empty:
      return;
    case SheetCell::Kind::text:
    case SheetCell::Kind::path:
      // An empty string would be an empty text cell, which filters apart from the blanks.
      if (!shown.empty()) worksheet_write_string(worksheet, at_row, at_column, shown.c_str(), nullptr);
      return;
    case SheetCell::Kind::number:
      worksheet_write_number(worksheet, at_row, at_column, cell.number, number_format(cell.decimals));
      return;
    case SheetCell::Kind::whole:
      worksheet_write_number(worksheet, at_row, at_column, cell.number, nullptr);
      return;
    case SheetCell::Kind::grade:
      worksheet_write_string(worksheet, at_row, at_column, shown.c_str(), grade_format(cell.band, cell.bands));
      return;
  }
}

}  // namespace cityseceval
