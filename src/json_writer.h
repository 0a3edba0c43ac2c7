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
  explicit JsonWriter(Style style, int depth = 0) : style_(style), depth_(depth) {}

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

  const std::string& text() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
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
  // One entry per open container: whether it has a member yet.
  std::vector<unsigned char> filled_;
  bool after_key_ = false;
};

}  // namespace cityseceval
