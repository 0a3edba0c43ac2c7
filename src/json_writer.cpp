#include "json_writer.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include "utf8.h"

namespace cityseceval {

namespace {

// Bytes nlohmann escapes: a quote, a backslash, control characters.
constexpr std::array<bool, 256> escaped_bytes = [] {
  std::array<bool, 256> table{};
  for (std::size_t byte = 0; byte < 0x20; ++byte) table[byte] = true;
  table['"'] = true;
  table['\\'] = true;
  return table;
}();

// Whether nlohmann's dump writes `text` between quotes as it is: no byte to
// escape and valid UTF-8. Almost every string is; the rest are left to
// nlohmann, so escaping and replacing bad bytes is exactly its own.
bool writes_as_is(std::string_view text) {
  unsigned char any_high = 0;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (escaped_bytes[byte]) return false;
    any_high |= byte;
  }
  return any_high < 0x80 || !utf8::first_invalid_byte(text);
}

// A line break and the indentation of levels as deep as a report goes; deeper
// ones are indented byte by byte.
constexpr std::string_view newline_and_spaces =
    "\n                                                                ";

}  // namespace

void JsonWriter::grow(std::size_t count) { out_.resize(std::max(out_.size() * 2, size_ + count + 256)); }

void JsonWriter::newline_and_indent(int depth) {
  const std::size_t length = 1 + static_cast<std::size_t>(depth) * 2;
  if (length <= newline_and_spaces.size()) {
    put(newline_and_spaces.substr(0, length));
  } else {
    put('\n');
    std::memset(room(length - 1), ' ', length - 1);
  }
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (filled_.empty()) return;  // the outermost value
  // An element of an array.
  if (filled_.back()) put(',');
  filled_.back() = 1;
  if (style_ == Style::pretty) newline_and_indent(depth_);
}

void JsonWriter::key(std::string_view name) {
  if (filled_.back()) put(',');
  filled_.back() = 1;
  if (style_ == Style::pretty) newline_and_indent(depth_);
  quoted(name);
  if (style_ == Style::pretty) put(": ");
  else put(':');
  after_key_ = true;
}

void JsonWriter::open(char bracket) {
  before_value();
  put(bracket);
  filled_.push_back(0);
  ++depth_;
}

void JsonWriter::close(char bracket) {
  --depth_;
  if (filled_.back() && style_ == Style::pretty) newline_and_indent(depth_);
  filled_.pop_back();
  put(bracket);
}

void JsonWriter::begin_object() { open('{'); }
void JsonWriter::end_object() { close('}'); }
void JsonWriter::begin_array() { open('['); }
void JsonWriter::end_array() { close(']'); }

void JsonWriter::string(std::string_view text) {
  before_value();
  quoted(text);
}

void JsonWriter::quoted(std::string_view text) {
  if (writes_as_is(text)) {
    char* at = room(text.size() + 2);
    at[0] = '"';
    std::memcpy(at + 1, text.data(), text.size());
    at[text.size() + 1] = '"';
  } else {
    put(dump_json(Json(std::string(text)), -1));
  }
}

void JsonWriter::boolean(bool value) {
  before_value();
  put(value ? std::string_view("true") : std::string_view("false"));
}

void JsonWriter::null() {
  before_value();
  put("null");
}

void JsonWriter::number(const JsonNumber& value) {
  before_value();
  char buffer[64];
  char* end = buffer;
  if (value.whole) {
    end = std::to_chars(buffer, buffer + sizeof buffer, value.integer).ptr;
  } else if (!std::isfinite(value.fraction)) {
    end = std::copy_n("null", 4, buffer);
  } else {
    // nlohmann's own shortest form of a double (Grisu2), which its dump uses.
    end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, value.fraction);
  }
  put(std::string_view(buffer, static_cast<std::size_t>(end - buffer)));
}

void JsonWriter::value(const Json& value) {
  switch (value.type()) {
    case Json::value_t::object:
      begin_object();
      for (auto it = value.begin(); it != value.end(); ++it) {
        key(it.key());
        this->value(*it);
      }
      end_object();
      return;
    case Json::value_t::array:
      begin_array();
      for (const Json& element : value) this->value(element);
      end_array();
      return;
    case Json::value_t::string:
      string(value.get_ref<const std::string&>());
      return;
    case Json::value_t::boolean:
      boolean(value.get<bool>());
      return;
    case Json::value_t::number_integer:
      number(JsonNumber{true, value.get<std::int64_t>(), 0});
      return;
    case Json::value_t::number_float:
      number(JsonNumber{false, 0, value.get<double>()});
      return;
    case Json::value_t::null:
      null();
      return;
    case Json::value_t::number_unsigned:
    case Json::value_t::binary:
    case Json::value_t::discarded:
      // Not made by any renderer; written as nlohmann writes them all the same.
      before_value();
      put(dump_json(value, -1));
      return;
  }
}

}  // namespace cityseceval
