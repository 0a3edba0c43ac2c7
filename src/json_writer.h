// JSON written straight into a string, as nlohmann's dump() writes the same
// value: for the reports written once per assessment, where building an
// nlohmann document first cost more than everything else a batch does
// (docs/performance.md, "Batches and start-up").
//
// The writer holds no document: a renderer calls it in the order the keys
// appear, and the text comes out as dump(2) (pretty) or dump(-1) (compact)
// would print that document, byte for byte: the same layout, the same string
// escaping (bytes that are not valid UTF-8 become U+FFFD) and the same number
// forms, so one piece of code can write one object either way.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "json_number.h"

namespace cityseceval {

class JsonWriter {
 public:
  enum class Style {
    pretty,   // dump(2): a line per member, two spaces per level
    compact,  // dump(-1): one line, no spaces
  };

  // `depth`: the level the first value is written at, as if nested that
  // deep (an object that is an array element of a pretty array: 1).
  // `expected_size`: room to reserve for the text, so that it is allocated
  // once rather than grown step by step (each large allocation makes malloc
  // tidy up every small block freed since, which showed in batch profiles).
  explicit JsonWriter(Style style, int depth = 0, std::size_t expected_size = 0) : style_(style), depth_(depth) {
    out_.resize(expected_size);
  }

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();

  // The key of the next member of the object being written.
  void key(std::string_view name);

  void string(std::string_view text);
  void boolean(bool value);
  void null();
  void number(const JsonNumber& value);
  // A value built as an nlohmann document (parts shared with other JSON
  // reports), written as its dump would be at this place.
  void value(const Json& value);

  // Members with their values, for the common case.
  void member(std::string_view name, std::string_view text) { key(name); string(text); }
  void member(std::string_view name, const char* text) { key(name); string(text); }
  void member(std::string_view name, const std::string& text) { key(name); string(text); }
  void member(std::string_view name, bool value) { key(name); boolean(value); }
  void member(std::string_view name, const JsonNumber& value) { key(name); number(value); }
  void null_member(std::string_view name) { key(name); null(); }

  std::string_view text() const { return {out_.data(), size_}; }
  std::string take() {
    out_.resize(size_);
    return std::move(out_);
  }

 private:
  // The text is written into `out_` as into a buffer: `size_` bytes are
  // written, the rest is room. One size check and a copy per piece, rather
  // than std::string's appends, since a report is thousands of small pieces.
  char* room(std::size_t count) {
    if (out_.size() - size_ < count) grow(count);
    char* at = out_.data() + size_;
    size_ += count;
    return at;
  }
  void grow(std::size_t count);
  void put(char c) { *room(1) = c; }
  void put(std::string_view text) { std::memcpy(room(text.size()), text.data(), text.size()); }

  // Before any value: the separator and line break its place needs.
  void before_value();
  void open(char bracket);
  void close(char bracket);
  void newline_and_indent(int depth);
  // A string (a value or a key) between quotes, escaped as nlohmann does.
  void quoted(std::string_view text);

  Style style_;
  int depth_;
  std::string out_;
  std::size_t size_ = 0;
  // One entry per open container: whether it has a member yet.
  std::vector<unsigned char> filled_;
  bool after_key_ = false;
};

}  // namespace cityseceval
