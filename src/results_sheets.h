// The sheets of a results workbook (render_workbook.h), shared by score's and
// rank's: a table of typed cells written as one worksheet, the level-2 sheet
// both have, and the words they use. The builders (results_xlsx.cpp,
// rank_xlsx.cpp) say what each cell holds; this file alone decides how a
// cell looks and converts every text to the run's Chinese script, so the
// two workbooks look alike and no text escapes the conversion.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "cityseceval/chinese_script.h"
#include "cityseceval/language.h"
#include "cityseceval/rational.h"
#include "cityseceval/summary.h"
#include "cityseceval/tree.h"
#include "workbook_file.h"

namespace cityseceval {

// One cell of a results sheet.
struct SheetCell {
  enum class Kind {
    empty,
    text,    // converted to the run's script
    path,    // a file path: written as it is
    number,  // a reported value: a number with a two-decimal (or more) format
    whole,   // a whole number (a rank): General format
    grade,   // a grade's name, filled with its band's colour
  };
  Kind kind = Kind::empty;
  std::string text;      // text, path and grade: what is written; number and whole: as shown
  std::string verbatim;  // text: a file name inside it (a diagnostic names its file), kept as written
  double number = 0;     // number and whole
  int decimals = 0;      // number: the decimals its format shows
  std::size_t band = 0;  // grade: its band's place, 0 for the best (Scheme::grades is highest first)
  std::size_t bands = 0;  // grade: how many bands its scheme has

  static SheetCell of_text(std::string text, std::string verbatim = {});
  static SheetCell of_path(std::string path);
  // `value` as `precision` reports it: rounded, then the double nearest to
  // that decimal (what JSON writes too), shown with at least two decimals.
  static SheetCell of_reported(const Rational& value, const Precision& precision);
  static SheetCell of_whole(std::size_t value);
  // `grade` of `scheme` by its name in `language`; empty when there is none.
  static SheetCell of_grade(const GradeBand* grade, const Scheme& scheme, Language language);
};

// A table to write as one worksheet: a header row, then the rows, each as
// wide as `headings`.
struct Sheet {
  std::string name;
  std::vector<std::string> headings;
  std::vector<std::vector<SheetCell>> rows;
};

// The words of the results workbooks that are not column names of the
// summary tables (summary_column_label has those).
struct ResultWords {
  const char* results;   // score's first sheet
  const char* ranking;   // rank's first sheet
  const char* level_2;   // the second sheet, and its column of level-2 names
  const char* level_1;   // the level-1 indicator a level-2 row belongs to
  const char* id;        // a level-2 indicator's ID
  const char* points;    // its maximum points
};
const ResultWords& result_words(Language language);

// An indicator's heading: "6 政策规范实施" / "6 Policy implementation".
std::string indicator_heading(const Indicator& indicator, Language language);

// The level-2 sheet: for each summary, one row per level-2 indicator of its
// scheme that it holds (ResultSummary::indicators), in tree order: file,
// city, period, scheme, level-1 indicator, ID, name, score (empty when not
// evaluated), points. Long rather than wide, so that a filter on the ID and a
// pivot table of city by indicator need nothing else, whatever the schemes.
Sheet level_two_sheet(const std::vector<const ResultSummary*>& summaries, Language language);

// A workbook of results sheets, its cell formats made once and shared.
class ResultsWorkbook {
 public:
  explicit ResultsWorkbook(ChineseScript script);

  // Writes `sheet` as the next worksheet: the header row frozen and bold, an
  // autofilter over the header and every row, each column as wide as its
  // widest cell (Chinese characters count two), capped.
  void add(const Sheet& sheet);
  // The workbook's bytes.
  std::string finish() { return file_.finish(); }

 private:
  lxw_format* number_format(int decimals);
  lxw_format* grade_format(std::size_t band, std::size_t bands);
  // What `cell` shows: its text in the run's script, as a workbook can hold it
  // (a path as written; a number as its format shows it).
  std::string shown(const SheetCell& cell) const;
  void write_cell(lxw_worksheet* worksheet, std::size_t row, std::size_t column, const SheetCell& cell,
                  const std::string& shown);
  // `text` in the run's script, keeping `verbatim` inside it as written.
  std::string scripted(const std::string& text, const std::string& verbatim = {}) const;

  ChineseScript script_;
  WorkbookFile file_;
  lxw_format* header_ = nullptr;
  std::map<int, lxw_format*> numbers_;          // by decimals
  std::map<std::uint32_t, lxw_format*> fills_;  // by colour
};

}  // namespace cityseceval
