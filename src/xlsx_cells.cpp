#include "xlsx_cells.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "cityseceval/messages.h"
#include "utf8.h"
#include "xlsx_xml.h"

namespace cityseceval::xlsx {

namespace {

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'); }

// SpreadsheetML writes a character XML cannot hold (a carriage return, a
// control character) as "_xHHHH_", and a literal "_x" that would read as
// one as "_x005F_x": decoded here, as every spreadsheet application does.
std::string decode_escapes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_' &&
        std::all_of(text.begin() + static_cast<long>(i) + 2, text.begin() + static_cast<long>(i) + 6, is_hex)) {
      unsigned code = 0;
      std::from_chars(text.data() + i + 2, text.data() + i + 6, code, 16);
      // A lone surrogate is no character: shown as the replacement character.
      utf8::append(out, code >= 0xD800 && code <= 0xDFFF ? U'\uFFFD' : static_cast<char32_t>(code));
      i += 6;
    } else {
      out += text[i];
    }
  }
  return out;
}

// The text of a string item (`si` in the shared strings, `is` in a cell):
// its `t` elements, directly or in rich text runs, without the `t` of a
// phonetic guide (`rPh`), which is a reading aid, not the cell's text.
class StringItem {
 public:
  void start(std::string_view name) {
    if (name == "rPh") ++phonetic_;
    if (name == "t" && phonetic_ == 0) in_text_ = true;
  }
  void end(std::string_view name) {
    if (name == "rPh") --phonetic_;
    if (name == "t") in_text_ = false;
  }
  void text(std::string_view text) {
    if (in_text_) raw_ += text;
  }
  // The item's text, and a fresh start for the next one.
  std::string take() {
    std::string text = decode_escapes(raw_);
    raw_.clear();
    return text;
  }

 private:
  int phonetic_ = 0;
  bool in_text_ = false;
  std::string raw_;
};

class SharedStringsReader : public XmlHandler {
 public:
  void start(std::string_view name, const Attributes&) override {
    if (name == "si") in_item_ = true;
    if (in_item_) item_.start(name);
  }
  void end(std::string_view name) override {
    if (!in_item_) return;
    item_.end(name);
    if (name == "si") {
      in_item_ = false;
      strings_.push_back(item_.take());
    }
  }
  void text(std::string_view text) override {
    if (in_item_) item_.text(text);
  }
  std::vector<std::string> take() { return std::move(strings_); }

 private:
  bool in_item_ = false;
  StringItem item_;
  std::vector<std::string> strings_;
};

// The cells of `sheetData`, one `c` element at a time. A cell's place is its
// `r` attribute; where a producer leaves `r` out (allowed for both rows and
// cells), it follows the previous one, as the format says.
class SheetReader : public XmlHandler {
 public:
  SheetReader(const std::string& part, const std::vector<std::string>& shared, const std::string& file,
              Diagnostics& diagnostics, std::size_t max_cells)
      : part_(part), shared_(shared), file_(file), diagnostics_(diagnostics), max_cells_(max_cells) {}

  void start(std::string_view name, const Attributes& attributes) override {
    if (name == "row") {
      start_row(attributes);
    } else if (name == "c") {
      start_cell(attributes);
    } else if (!in_cell_) {
      return;
    } else if (name == "f") {
      cell_.formula = true;
    } else if (name == "v") {
      in_value_ = true;
      has_value_ = true;
    } else if (name == "is") {
      in_inline_ = true;
      has_value_ = true;
    } else if (in_inline_) {
      inline_.start(name);
    }
  }

  void end(std::string_view name) override {
    if (!in_cell_) return;
    if (name == "c") {
      finish_cell();
    } else if (name == "v") {
      in_value_ = false;
    } else if (name == "is") {
      in_inline_ = false;
    } else if (in_inline_) {
      inline_.end(name);
    }
  }

  void text(std::string_view text) override {
    if (in_value_) value_ += text;
    if (in_inline_) inline_.text(text);
  }

  std::vector<Cell> take() { return std::move(cells_); }

 private:
  void start_row(const Attributes& attributes) {
    const char* number = attributes.find("r");
    int row = row_ + 1;
    if (number && (std::from_chars(number, number + std::char_traits<char>::length(number), row).ec != std::errc() ||
                   row < 1 || row > max_row)) {
      bad_reference(number);
      return;
    }
    row_ = row;
    column_ = 0;
  }

  void start_cell(const Attributes& attributes) {
    in_cell_ = true;
    cell_ = Cell{};
    value_.clear();
    has_value_ = false;
    const char* reference = attributes.find("r");
    std::optional<CellPlace> place = CellPlace{std::max(row_, 1), column_ + 1};
    if (reference) place = parse_cell_reference(reference);
    if (!place || place->column > max_column) {
      bad_reference(reference ? reference : "");
      return;
    }
    cell_.place = *place;
    row_ = place->row;
    column_ = place->column;
    const char* type = attributes.find("t");
    type_ = type ? type : "n";
  }

  void finish_cell() {
    in_cell_ = false;
    if (!has_value_ && !cell_.formula) return;  // a styled empty cell
    // A formula without a saved result: <f> with no <v>, or an empty <v>
    // where only a text result may be empty.
    if (cell_.formula && (!has_value_ || (value_.empty() && type_ != "str" && type_ != "inlineStr"))) {
      cell_.calculated = false;
    } else if (!set_value()) {
      return;
    }
    if (cells_.size() == max_cells_) {
      diagnostics_.error({file_, 1, 1}, message(MessageId::xlsx_too_many_cells, {part_, max_cells_}),
                         RuleId::xlsx_too_large);
      stop();
      return;
    }
    cells_.push_back(std::move(cell_));
  }

  // The cell's value by its type (`t`); false after reporting a bad one.
  bool set_value() {
    if (type_ == "s") {
      std::size_t index = 0;
      auto [end, error] = std::from_chars(value_.data(), value_.data() + value_.size(), index);
      if (error != std::errc() || end != value_.data() + value_.size() || index >= shared_.size()) {
        diagnostics_.error({file_, 1, 1}, message(MessageId::xlsx_bad_shared_string, {part_, value_, shared_.size()}),
                           RuleId::xlsx_part);
        stop();
        return false;
      }
      cell_.value = shared_[index];
    } else if (type_ == "inlineStr") {
      cell_.value = inline_.take();
    } else if (type_ == "b") {
      cell_.kind = Cell::Kind::boolean;
      cell_.value = value_ == "1" || value_ == "true" ? "true" : "false";
    } else if (type_ == "e") {
      cell_.kind = Cell::Kind::error;
      cell_.value = value_;
    } else if (std::optional<std::string> number = type_ == "n" ? excel_number_text(value_) : std::nullopt) {
      cell_.kind = Cell::Kind::number;
      cell_.value = *number;
    } else {
      cell_.value = decode_escapes(value_);  // "str" (a formula's text), "d" (an ISO date), or a number that is not one
    }
    return true;
  }

  void bad_reference(std::string_view reference) {
    diagnostics_.error({file_, 1, 1}, message(MessageId::xlsx_bad_reference, {part_, reference}), RuleId::xlsx_part);
    stop();
  }

  const std::string& part_;
  const std::vector<std::string>& shared_;
  const std::string& file_;
  Diagnostics& diagnostics_;
  std::size_t max_cells_;
  int row_ = 0;     // the current row
  int column_ = 0;  // the column of the row's last cell
  bool in_cell_ = false;
  bool in_value_ = false;
  bool in_inline_ = false;
  bool has_value_ = false;
  Cell cell_;
  std::string type_;
  std::string value_;  // the text of <v>
  StringItem inline_;
  std::vector<Cell> cells_;
};

bool before(const Cell& a, const Cell& b) {
  return a.place.row != b.place.row ? a.place.row < b.place.row : a.place.column < b.place.column;
}

}  // namespace

std::optional<CellPlace> parse_cell_reference(std::string_view reference) {
  std::size_t letters = 0;
  int column = 0;
  while (letters < reference.size() && reference[letters] >= 'A' && reference[letters] <= 'Z' && letters < 3) {
    column = column * 26 + (reference[letters] - 'A' + 1);
    ++letters;
  }
  std::string_view digits = reference.substr(letters);
  if (letters == 0 || column > max_column || digits.empty() || digits.size() > 7 || digits[0] == '0') {
    return std::nullopt;
  }
  int row = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), row);
  if (error != std::errc() || end != digits.data() + digits.size() || row > max_row) return std::nullopt;
  return CellPlace{row, column};
}

std::string cell_reference(CellPlace place) {
  std::string letters;
  for (int column = place.column; column > 0; column = (column - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (column - 1) % 26));
  }
  return letters + std::to_string(place.row);
}

const Cell* Sheet::find(CellPlace place) const {
  Cell key;
  key.place = place;
  auto it = std::lower_bound(cells.begin(), cells.end(), key, before);
  if (it == cells.end() || it->place.row != place.row || it->place.column != place.column) return nullptr;
  return &*it;
}

std::optional<std::string> excel_number_text(std::string_view xml_text) {
  while (!xml_text.empty() && xml_text.front() == ' ') xml_text.remove_prefix(1);
  while (!xml_text.empty() && xml_text.back() == ' ') xml_text.remove_suffix(1);
  if (xml_text.starts_with('+')) xml_text.remove_prefix(1);
  double number = 0;
  auto [end, error] = std::from_chars(xml_text.data(), xml_text.data() + xml_text.size(), number);
  if (xml_text.empty() || error != std::errc() || end != xml_text.data() + xml_text.size() || !std::isfinite(number)) {
    return std::nullopt;
  }
  if (number == 0) return "0";
  // "-1.23450000000000e+03": the sign, 15 significant digits, the exponent.
  char buffer[32];
  auto written = std::to_chars(buffer, buffer + sizeof buffer, number, std::chars_format::scientific, 14);
  std::string_view scientific(buffer, static_cast<std::size_t>(written.ptr - buffer));
  const bool negative = scientific.starts_with('-');
  if (negative) scientific.remove_prefix(1);
  const std::size_t e = scientific.find('e');
  std::string digits = std::string(scientific.substr(0, 1)) + std::string(scientific.substr(2, e - 2));
  digits.erase(digits.find_last_not_of('0') + 1);
  int exponent = 0;
  std::string_view exponent_text = scientific.substr(e + 1);
  if (exponent_text.starts_with('+')) exponent_text.remove_prefix(1);
  std::from_chars(exponent_text.data(), exponent_text.data() + exponent_text.size(), exponent);
  // The decimal point goes after `point` digits of `digits`.
  const int point = exponent + 1;
  const int count = static_cast<int>(digits.size());
  std::string text;
  if (point <= 0) {
    text = "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
  } else if (point >= count) {
    text = digits + std::string(static_cast<std::size_t>(point - count), '0');
  } else {
    text = digits.substr(0, static_cast<std::size_t>(point)) + "." + digits.substr(static_cast<std::size_t>(point));
  }
  return negative ? "-" + text : text;
}

std::optional<std::vector<std::string>> read_shared_strings(std::string_view xml, const std::string& part,
                                                            const std::string& file, Diagnostics& diagnostics) {
  SharedStringsReader reader;
  if (!read_xml(xml, part, reader, file, diagnostics)) return std::nullopt;
  return reader.take();
}

std::optional<Sheet> read_sheet_cells(std::string_view xml, const std::string& part,
                                      const std::vector<std::string>& shared, const std::string& file,
                                      Diagnostics& diagnostics, std::size_t max_cells) {
  SheetReader reader(part, shared, file, diagnostics, max_cells);
  if (!read_xml(xml, part, reader, file, diagnostics)) return std::nullopt;
  Sheet sheet;
  sheet.cells = reader.take();
  // Producers write cells in order; a sheet that does not is sorted, and of
  // two cells at one place the first is kept.
  std::stable_sort(sheet.cells.begin(), sheet.cells.end(), before);
  sheet.cells.erase(std::unique(sheet.cells.begin(), sheet.cells.end(),
                                [](const Cell& a, const Cell& b) { return !before(a, b) && !before(b, a); }),
                    sheet.cells.end());
  return sheet;
}

}  // namespace cityseceval::xlsx
