// Rationals as JSON numbers, one way for every JSON renderer.
//
// A JSON number is read as a double by most consumers, so a score is written
// as the nearest double to its rounded decimal, which prints back as that
// same shortest decimal (85.5); whole numbers stay integers (100, not 100.0).
// The exact value, where a contract promises one, is written beside it as a
// string ("171/2") by the renderer.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>

#include "cityseceval/rational.h"
#include "cityseceval/tree.h"

namespace cityseceval {

using Json = nlohmann::ordered_json;

// A number as a JSON document holds it: a whole number (when it fits in 64
// bits), or else the double nearest to its decimal.
struct JsonNumber {
  bool whole = true;
  std::int64_t integer = 0;
  double fraction = 0;
};

// A value that is exact by construction (points, scale values, weights):
// written with up to 12 decimals.
JsonNumber exact_json_number(const Rational& value);

// `value` rounded to `decimals` places with `rounding`, as a JSON number.
JsonNumber rounded_json_number(const Rational& value, int decimals, Rounding rounding);

// The same as nlohmann values, for reports built as a document.
Json to_json_value(const JsonNumber& number);
inline Json exact_number(const Rational& value) { return to_json_value(exact_json_number(value)); }
inline Json rounded_number(const Rational& value, int decimals, Rounding rounding) {
  return to_json_value(rounded_json_number(value, decimals, rounding));
}
// `value` as a scheme reports it.
inline Json rounded_number(const Rational& value, const Precision& precision) {
  return rounded_number(value, precision.decimals, precision.rounding);
}

// A JSON document as text. Strings that are not valid UTF-8 (a file name
// from the command line need not be) have each bad byte replaced by U+FFFD,
// so the output is always valid JSON. `indent` as nlohmann's dump (-1: one line).
std::string dump_json(const Json& value, int indent);

}  // namespace cityseceval
