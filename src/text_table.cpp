#include "text_table.h"

#include <algorithm>

#include "utf8.h"

namespace cityseceval {

std::string pad_right(std::string_view text, std::size_t width) {
  std::size_t shown = utf8::display_width(text);
  return std::string(text) + std::string(width > shown ? width - shown : 0, ' ');
}

std::string pad_left(std::string_view text, std::size_t width) {
  std::size_t shown = utf8::display_width(text);
  return std::string(width > shown ? width - shown : 0, ' ') + std::string(text);
}

std::string labelled_lines(const LabelledLines& lines) {
  std::size_t width = 0;
  for (const auto& line : lines) width = std::max(width, utf8::display_width(line.first));
  std::string out;
  for (const auto& [label, value] : lines) out += pad_right(label, width) + "  " + value + "\n";
  return out;
}

std::vector<std::string> wrap(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t line_width = 0;
  std::size_t last_space = std::string::npos;  // in `line`, where a break may go
  for (std::string_view character : utf8::characters(text)) {
    std::size_t character_width = utf8::display_width(character);
    if (line_width + character_width > width && !line.empty()) {
      if (last_space != std::string::npos && character != " ") {
        // Break at the last space: the word started there moves down.
        std::string rest = line.substr(last_space + 1);
        line.erase(last_space);
        lines.push_back(line);
        line = rest;
      } else {
        lines.push_back(line);
        line.clear();
      }
      last_space = std::string::npos;
      line_width = utf8::display_width(line);
      if (character == " ") continue;  // a break eats the space
    }
    if (character == " ") last_space = line.size();
    line += character;
    line_width += character_width;
  }
  lines.push_back(line);
  for (std::string& each : lines) {
    while (!each.empty() && each.back() == ' ') each.pop_back();
  }
  return lines;
}

std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto byte = static_cast<unsigned char>(text[i]);
    auto next = [&](std::size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0; };
    if (byte < 0x20 || byte == 0x7F) {
      out += ' ';
    } else if (byte == 0xC2 && next(1) >= 0x80 && next(1) <= 0x9F) {  // C1: U+0080..U+009F
      out += ' ';
      i += 1;
    } else if (byte == 0xE2 && next(1) == 0x80 && (next(2) == 0xA8 || next(2) == 0xA9)) {  // U+2028, U+2029
      out += ' ';
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

void TextTable::add_row(std::vector<std::string> cells, std::vector<bool> no_wrap) {
  cells.resize(columns_.size());
  no_wrap.resize(columns_.size(), false);
  rows_.push_back({std::move(cells), std::move(no_wrap)});
}

std::size_t TextTable::width(std::size_t index) const {
  const Column& column = columns_[index];
  std::size_t widest = 0;
  std::size_t widest_fixed = 0;
  for (const Row& row : rows_) {
    std::size_t shown = utf8::display_width(row.cells[index]);
    if (row.no_wrap[index]) widest_fixed = std::max(widest_fixed, shown);
    widest = std::max(widest, shown);
  }
  if (column.max_width != 0 && column.align == Align::left) widest = std::max(widest_fixed, std::min(widest, column.max_width));
  return std::max(widest, column.min_width);
}

std::vector<std::size_t> TextTable::widths() const {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < columns_.size(); ++i) out.push_back(width(i));
  return out;
}

std::vector<std::string> TextTable::lines_of(const Row& row, const std::vector<std::size_t>& widths) const {
  std::vector<std::vector<std::string>> cells;
  std::size_t height = 1;
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    bool wraps = columns_[i].align == Align::left && !row.no_wrap[i] &&
                 utf8::display_width(row.cells[i]) > widths[i];
    cells.push_back(wraps ? wrap(row.cells[i], widths[i]) : std::vector<std::string>{row.cells[i]});
    height = std::max(height, cells.back().size());
  }
  std::vector<std::string> lines;
  for (std::size_t n = 0; n < height; ++n) {
    std::string line;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      const std::string& part = n < cells[i].size() ? cells[i][n] : std::string();
      if (i > 0) line += "  ";
      line += columns_[i].align == Align::right ? pad_left(part, widths[i]) : pad_right(part, widths[i]);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace cityseceval
