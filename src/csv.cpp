#include "csv.h"

#include <optional>

#include "encoding.h"
#include "utf8.h"

namespace cityseceval::csv {

namespace {

// Walks the text byte by byte, keeping the line and the code-point column.
class Reader {
 public:
  Reader(std::string_view text, std::size_t max_field_characters)
      : text_(text), max_field_characters_(max_field_characters) {
    if (text_.starts_with(byte_order_mark)) at_ = byte_order_mark.size();
  }

  Table run() {
    Table table;
    while (!done()) {
      if (at_line_end()) {  // a blank line
        skip_line_end();
        continue;
      }
      Record record;
      record.line = line_;
      if (!read_record(record, table)) break;
      table.records.push_back(std::move(record));
    }
    return table;
  }

 private:
  bool done() const { return at_ >= text_.size(); }
  char peek() const { return text_[at_]; }
  bool at_line_end() const { return peek() == '\n' || peek() == '\r'; }

  // Moves past one byte; a UTF-8 continuation byte adds no column.
  void advance() {
    if ((static_cast<unsigned char>(text_[at_]) & 0xC0) != 0x80) ++column_;
    ++at_;
  }

  // Past CRLF, LF or CR; the next byte starts a new line.
  void skip_line_end() {
    if (peek() == '\r' && at_ + 1 < text_.size() && text_[at_ + 1] == '\n') ++at_;
    ++at_;
    ++line_;
    column_ = 0;
  }

  // One record up to and past its line end. False after an error that ends the table.
  bool read_record(Record& record, Table& table) {
    while (true) {
      Field field;
      field.line = line_;
      field.column = column_ + 1;
      if (!done() && peek() == '"') {
        if (!read_quoted(field, table)) return false;
      } else {
        while (!done() && peek() != ',' && !at_line_end()) {
          field.text += peek();
          advance();
        }
      }
      if (!short_enough(field, table)) return false;
      record.fields.push_back(std::move(field));
      if (done()) return true;
      if (peek() == ',') {
        advance();
        continue;
      }
      if (at_line_end()) {
        skip_line_end();
        return true;
      }
      // After a closing quote, something other than a comma or a line end.
      table.errors.push_back({line_, column_ + 1, SyntaxError::Kind::after_quote});
      while (!done() && !at_line_end()) advance();
      if (!done()) skip_line_end();
      return true;
    }
  }

  // A field longer than a workbook cell may hold ends the table where it
  // starts; only a field of more bytes than the limit is counted.
  bool short_enough(const Field& field, Table& table) const {
    std::optional<std::size_t> characters = utf8::code_points_over(field.text, max_field_characters_);
    if (!characters) return true;
    table.errors.push_back({field.line, field.column, SyntaxError::Kind::too_long, *characters});
    return false;
  }

  // A quoted field from its opening quote to just past its closing quote.
  bool read_quoted(Field& field, Table& table) {
    advance();  // the opening quote
    while (!done()) {
      char c = peek();
      if (c == '"') {
        if (at_ + 1 < text_.size() && text_[at_ + 1] == '"') {
          field.text += '"';
          advance();
          advance();
          continue;
        }
        advance();
        return true;
      }
      if (c == '\r' || c == '\n') {
        field.text += '\n';
        skip_line_end();
        continue;
      }
      field.text += c;
      advance();
    }
    table.errors.push_back({field.line, field.column, SyntaxError::Kind::unterminated});
    return false;
  }

  std::string_view text_;
  std::size_t max_field_characters_;
  std::size_t at_ = 0;
  int line_ = 1;
  int column_ = 0;  // code points before at_ on its line
};

}  // namespace

Table read(std::string_view text, std::size_t max_field_characters) {
  return Reader(text, max_field_characters).run();
}

std::string quote(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

}  // namespace cityseceval::csv
