// Text laid out in columns the way a terminal shows it: widths in display
// columns (a Chinese character takes two), numbers on the right, long cells
// wrapped onto continuation lines. The one home of text padding for every
// plain-text renderer (reports, the schemes list, templates' comments).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cityseceval {

// `text` followed (pad_right) or preceded (pad_left) by spaces up to `width`
// display columns; text already as wide is returned as it is.
std::string pad_right(std::string_view text, std::size_t width);
std::string pad_left(std::string_view text, std::size_t width);

// `text` made safe for one line of a terminal: every control character (C0,
// DEL, C1, U+2028 and U+2029) becomes a space, so text from a user's file
// can neither move the cursor or recolour the terminal nor break the layout.
std::string one_line(std::string_view text);
// Lines of a report's header: each label padded to the widest, two spaces,
// then its value: "城市      云溪市\n".
using LabelledLines = std::vector<std::pair<std::string, std::string>>;
std::string labelled_lines(const LabelledLines& lines);

// `text` split into lines of at most `width` display columns: at spaces where
// there are any, else between characters (Chinese has no spaces); a single
// character wider than `width` gets a line of its own. Never empty: "" gives {""}.
std::vector<std::string> wrap(std::string_view text, std::size_t width);

class TextTable {
 public:
  enum class Align { left, right };
  struct Column {
    Align align = Align::left;
    // Cells wider than this wrap (left-aligned columns only); 0: never.
    std::size_t max_width = 0;
    // The column is never narrower than this.
    std::size_t min_width = 0;
  };

  explicit TextTable(std::vector<Column> columns) : columns_(std::move(columns)) {}

  // One row; missing cells at the end are empty. A cell given as `no_wrap`
  // never wraps and widens its column to fit (an indicator's name).
  void add_row(std::vector<std::string> cells, std::vector<bool> no_wrap = {});

  // The rows, two spaces between columns, each physical line ending in "\n"
  // without trailing spaces. `decorate(row, line)` may wrap a finished line
  // (in bold, say); it does not change the layout.
  template <class Decorate>
  std::string render(Decorate decorate) const;
  std::string render() const {
    return render([](std::size_t, std::string line) { return line; });
  }

  // The display width of column `index` as laid out.
  std::size_t width(std::size_t index) const;

 private:
  struct Row {
    std::vector<std::string> cells;
    std::vector<bool> no_wrap;
  };
  std::vector<std::size_t> widths() const;
  std::vector<std::string> lines_of(const Row& row, const std::vector<std::size_t>& widths) const;

  std::vector<Column> columns_;
  std::vector<Row> rows_;
};

template <class Decorate>
std::string TextTable::render(Decorate decorate) const {
  std::string out;
  const std::vector<std::size_t> laid_out = widths();
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    for (std::string& line : lines_of(rows_[i], laid_out)) out += decorate(i, std::move(line)) + "\n";
  }
  return out;
}

}  // namespace cityseceval
