// Reading typed fields out of YAML mappings, with one wording for every
// "missing key", "unknown key" and "wrong type" message in every file format.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "cityseceval/diagnostic.h"
#include "cityseceval/messages.h"
#include "cityseceval/rational.h"
#include "yaml_reader.h"

namespace cityseceval {

// Reads the fields of one mapping. `what` names it in messages, in both
// languages: "the assessment", "indicator 6.2.1" (messages.h).
class MappingReader {
 public:
  MappingReader(const yaml::Node& mapping, const std::string& file, Diagnostics& diagnostics, Text what);

  // Reports every key not in `allowed`, with "did you mean" [unknown-key].
  void allow_only(std::initializer_list<std::string_view> allowed);

  // The value of `key`, or null (reported when required) [missing-key].
  const yaml::Node* optional(std::string_view key) const { return mapping_.find(key); }
  const yaml::Node* required(std::string_view key);
  // The key itself, where a message about its whole entry points; or null.
  const yaml::Node* key_node(std::string_view key) const;

  // Scalars as text. An empty value counts as missing [wrong-type].
  std::optional<std::string> text(std::string_view key, bool required);
  // A plain decimal: "3", "0.8" (and "-1" when allow_sign) [wrong-type].
  std::optional<Rational> number(std::string_view key, bool required, bool allow_sign = false);
  // A plain decimal or a fraction "p/q", plain or quoted: "0.25", "1/3";
  // never negative (Rational::parse_exact) [wrong-type].
  std::optional<Rational> exact(std::string_view key, bool required);
  // A whole number within [min, max] [wrong-type].
  std::optional<int> whole_number(std::string_view key, bool required, int min, int max);
  // true or false, unquoted [wrong-type].
  std::optional<bool> boolean(std::string_view key, bool required);
  // A list; the value, or null [wrong-type].
  const yaml::Node* list(std::string_view key, bool required);

  SourceLocation location() const { return yaml::location_of(mapping_, file_); }

 private:
  void wrong_type(std::string_view key, const yaml::Node& value, const Text& expected);

  const yaml::Node& mapping_;
  const std::string& file_;
  Diagnostics& diagnostics_;
  Text what_;
};

// Reports `node` unless it is a mapping: "{what} must be a mapping, got a list" [wrong-type].
bool expect_mapping(const yaml::Node& node, const std::string& file, Diagnostics& diagnostics, const Text& what);

// The key's text when it is a scalar; reports and returns nullopt otherwise [wrong-type].
std::optional<std::string> scalar_key(const yaml::Node& key, const std::string& file, Diagnostics& diagnostics);

// YAML 1.1/1.2 spellings of booleans, which assessors type by accident.
bool looks_boolean(std::string_view text);

}  // namespace cityseceval
