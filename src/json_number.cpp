#include "json_number.h"

#include <charconv>
#include <string>
#include <string_view>

#include "small_rational.h"

namespace cityseceval {

namespace {

// A decimal as the nearest double, which prints back as the same shortest
// decimal. from_chars, unlike stod, ignores the locale.
JsonNumber nearest_double(std::string_view decimal) {
  double number = 0;
  std::from_chars(decimal.data(), decimal.data() + decimal.size(), number);
  return JsonNumber{false, 0, number};
}

// A decimal without the zeros that end its fraction (and a point left bare).
std::string_view trimmed(std::string_view decimal) {
  if (decimal.find('.') == std::string_view::npos) return decimal;
  while (decimal.back() == '0') decimal.remove_suffix(1);
  if (decimal.back() == '.') decimal.remove_suffix(1);
  return decimal;
}

// `value` rounded to `decimals` places, trimmed: written into `buffer` when
// the value is small (no allocation: a report has hundreds of numbers),
// else into `fallback`.
std::string_view rounded_text(const Rational& value, int decimals, Rounding rounding,
                              char (&buffer)[small::decimal_buffer_size], std::string& fallback) {
  if (decimals >= 0 && decimals <= small::max_decimals) {
    if (auto parts = small::parts_of(value.mpq())) return trimmed(small::decimal_text(*parts, decimals, rounding, buffer));
  }
  fallback = value.decimal_string(decimals, rounding);
  return trimmed(fallback);
}

}  // namespace

JsonNumber exact_json_number(const Rational& value) {
  if (value.is_whole() && value.mpq().get_num().fits_slong_p()) return JsonNumber{true, value.mpq().get_num().get_si(), 0};
  // As short_string(12): twelve places at most, rounded half up.
  char buffer[small::decimal_buffer_size];
  std::string fallback;
  return nearest_double(rounded_text(value, 12, Rounding::half_up, buffer, fallback));
}

JsonNumber rounded_json_number(const Rational& value, int decimals, Rounding rounding) {
  // The rounded value's digits: a whole number when no fraction is left (and
  // it fits), else a decimal.
  char buffer[small::decimal_buffer_size];
  std::string fallback;
  std::string_view text = rounded_text(value, decimals, rounding, buffer, fallback);
  if (text.find('.') == std::string_view::npos) {
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
