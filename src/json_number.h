// Rationals as JSON numbers, one way for every JSON renderer.
//
// A JSON number is read as a double by most consumers, so a score is written
// as the nearest double to its rounded decimal, which prints back as that
// same shortest decimal (85.5); whole numbers stay integers (100, not 100.0).
// The exact value, where a contract promises one, is written beside it as a
// string ("171/2") by the renderer.
#pragma once

#include <nlohmann/json.hpp>

#include "cityseceval/rational.h"

namespace cityseceval {

using Json = nlohmann::ordered_json;

// A value that is exact by construction (points, scale values, weights):
// written with up to 12 decimals.
Json exact_number(const Rational& value);

// `value` rounded to `decimals` places with `rounding`, as a JSON number.
Json rounded_number(const Rational& value, int decimals, Rounding rounding);

// A JSON document as text. Strings that are not valid UTF-8 (a file name
// from the command line need not be) have each bad byte replaced by U+FFFD,
// so the output is always valid JSON. `indent` as nlohmann's dump (-1: one line).
std::string dump_json(const Json& value, int indent);

}  // namespace cityseceval
