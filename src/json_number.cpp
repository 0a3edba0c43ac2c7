#include "json_number.h"

#include <charconv>
#include <string>

namespace cityseceval {

namespace {

// A decimal string as a JSON number: integers stay integers; others become
// the nearest double, which prints back as the same shortest decimal.
// from_chars, unlike stod, ignores the locale.
Json decimal_json(const Rational& value, const std::string& decimal) {
  if (value.is_whole() && value.mpq().get_num().fits_slong_p()) return Json(value.mpq().get_num().get_si());
  double number = 0;
  std::from_chars(decimal.data(), decimal.data() + decimal.size(), number);
  return Json(number);
}

}  // namespace

Json exact_number(const Rational& value) { return decimal_json(value, value.short_string(12)); }

Json rounded_number(const Rational& value, int decimals, Rounding rounding) {
  Rational rounded = value.rounded(decimals, rounding);
  return decimal_json(rounded, rounded.short_string(decimals));
}

std::string dump_json(const Json& value, int indent) {
  return value.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace cityseceval
