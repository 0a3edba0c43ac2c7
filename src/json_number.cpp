#include "json_number.h"

#include <charconv>
#include <string>

namespace cityseceval {

namespace {

// A decimal as the nearest double, which prints back as the same shortest
// decimal. from_chars, unlike stod, ignores the locale.
JsonNumber nearest_double(std::string_view decimal) {
  double number = 0;
  std::from_chars(decimal.data(), decimal.data() + decimal.size(), number);
  return JsonNumber{false, 0, number};
}

}  // namespace

JsonNumber exact_json_number(const Rational& value) {
  if (value.is_whole() && value.mpq().get_num().fits_slong_p()) return JsonNumber{true, value.mpq().get_num().get_si(), 0};
  return nearest_double(value.short_string(12));
}

JsonNumber rounded_json_number(const Rational& value, int decimals, Rounding rounding) {
  // The rounded value's digits with no trailing zeros: a whole number when
  // no fraction is left (and it fits), else a decimal.
  std::string text = value.decimal_string(decimals, rounding);
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  if (text.find('.') == std::string::npos) {
    std::int64_t whole = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), whole);
    if (error == std::errc() && end == text.data() + text.size()) return JsonNumber{true, whole, 0};
  }
  return nearest_double(text);
}

Json to_json_value(const JsonNumber& number) { return number.whole ? Json(number.integer) : Json(number.fraction); }

std::string dump_json(const Json& value, int indent) {
  return value.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace cityseceval
