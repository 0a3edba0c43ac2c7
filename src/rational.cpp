#include "cityseceval/rational.h"

#include <cassert>
#include <cctype>

#include "small_rational.h"

namespace cityseceval {

std::string_view rounding_name(Rounding rounding) {
  return rounding == Rounding::half_up ? "half-up" : "half-even";
}

std::optional<Rounding> parse_rounding(std::string_view name) {
  if (name == "half-up") return Rounding::half_up;
  if (name == "half-even") return Rounding::half_even;
  return std::nullopt;
}

Rational::Rational(long numerator, long denominator) : value_(numerator, denominator) {
  assert(denominator != 0);
  value_.canonicalize();
}

// Each operation takes the machine-word way when both values are small
// (src/small_rational.h), else GMP's; both give the same value in lowest terms.
Rational operator+(const Rational& a, const Rational& b) {
  Rational sum;
  if (auto x = small::parts_of(a.value_), y = small::parts_of(b.value_); x && y) {
    if (auto result = small::add(*x, *y)) {
      small::store(*result, sum.value_);
      return sum;
    }
  }
  mpq_add(sum.value_.get_mpq_t(), a.value_.get_mpq_t(), b.value_.get_mpq_t());
  return sum;
}

Rational operator-(const Rational& a, const Rational& b) {
  Rational difference;
  if (auto x = small::parts_of(a.value_), y = small::parts_of(b.value_); x && y) {
    if (auto result = small::subtract(*x, *y)) {
      small::store(*result, difference.value_);
      return difference;
    }
  }
  mpq_sub(difference.value_.get_mpq_t(), a.value_.get_mpq_t(), b.value_.get_mpq_t());
  return difference;
}

Rational operator*(const Rational& a, const Rational& b) {
  Rational product;
  if (auto x = small::parts_of(a.value_), y = small::parts_of(b.value_); x && y) {
    if (auto result = small::multiply(*x, *y)) {
      small::store(*result, product.value_);
      return product;
    }
  }
  mpq_mul(product.value_.get_mpq_t(), a.value_.get_mpq_t(), b.value_.get_mpq_t());
  return product;
}

Rational operator/(const Rational& a, const Rational& b) {
  assert(b.value_ != 0);
  Rational quotient;
  if (auto x = small::parts_of(a.value_), y = small::parts_of(b.value_); x && y) {
    if (auto result = small::divide(*x, *y)) {
      small::store(*result, quotient.value_);
      return quotient;
    }
  }
  mpq_div(quotient.value_.get_mpq_t(), a.value_.get_mpq_t(), b.value_.get_mpq_t());
  return quotient;
}

Rational& Rational::operator+=(const Rational& other) {
  if (auto x = small::parts_of(value_), y = small::parts_of(other.value_); x && y) {
    if (auto result = small::add(*x, *y)) {
      small::store(*result, value_);
      return *this;
    }
  }
  value_ += other.value_;
  return *this;
}

namespace {

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

mpz_class pow10(int exponent) {
  mpz_class result;
  mpz_ui_pow_ui(result.get_mpz_t(), 10, static_cast<unsigned long>(exponent));
  return result;
}

// Rounds a non-negative rational to a whole number.
mpz_class round_non_negative(const mpq_class& value, Rounding rounding) {
  mpz_class quotient, remainder;
  mpz_fdiv_qr(quotient.get_mpz_t(), remainder.get_mpz_t(), value.get_num_mpz_t(), value.get_den_mpz_t());
  // Compare the fraction remainder/den with one half: 2*remainder vs den.
  int half = cmp(mpz_class(2 * remainder), value.get_den());
  if (half > 0) return quotient + 1;
  if (half < 0) return quotient;
  if (rounding == Rounding::half_up) return quotient + 1;
  return mpz_odd_p(quotient.get_mpz_t()) ? mpz_class(quotient + 1) : quotient;
}

// `scaled` / 10^decimals written with exactly `decimals` places: "-2.35".
std::string scaled_decimal(bool negative, std::string digits, int decimals) {
  const std::size_t places = static_cast<std::size_t>(decimals);
  if (digits.size() <= places) digits = std::string(places + 1 - digits.size(), '0') + digits;
  std::string out = negative ? "-" : "";
  out.reserve(digits.size() + 2);
  out.append(digits, 0, digits.size() - places);
  if (places > 0) {
    out.push_back('.');
    out.append(digits, digits.size() - places, places);
  }
  return out;
}

}  // namespace

std::optional<Rational> Rational::parse_decimal(std::string_view text, bool allow_sign) {
  bool negative = false;
  if (allow_sign && !text.empty() && text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  std::string_view whole = text, fraction;
  if (auto dot = text.find('.'); dot != std::string_view::npos) {
    whole = text.substr(0, dot);
    fraction = text.substr(dot + 1);
    if (!all_digits(fraction)) return std::nullopt;
  }
  if (!all_digits(whole)) return std::nullopt;
  if (whole.size() > 1 && whole.front() == '0') return std::nullopt;  // "010" reads as octal to some tools
  // Long inputs are refused rather than slowly parsed: no score needs 60 digits.
  if (whole.size() + fraction.size() > 60) return std::nullopt;
  mpz_class numerator(std::string(whole) + std::string(fraction), 10);
  mpq_class value(numerator, pow10(static_cast<int>(fraction.size())));
  value.canonicalize();
  if (negative) value = -value;
  return Rational(value);
}

std::optional<Rational> Rational::parse_exact(std::string_view text) {
  auto slash = text.find('/');
  if (slash == std::string_view::npos) return parse_decimal(text);
  std::string_view numerator = text.substr(0, slash), denominator = text.substr(slash + 1);
  if (!all_digits(numerator) || !all_digits(denominator)) return std::nullopt;
  auto p = parse_decimal(numerator), q = parse_decimal(denominator);
  if (!p || !q || *q == Rational(0)) return std::nullopt;
  return *p / *q;
}

bool Rational::is_finite_decimal() const {
  if (value_.get_den().fits_ulong_p()) {
    unsigned long small = value_.get_den().get_ui();
    while (small % 2 == 0) small /= 2;
    while (small % 5 == 0) small /= 5;
    return small == 1;
  }
  mpz_class denominator = value_.get_den();
  for (unsigned long factor : {2UL, 5UL}) {
    while (mpz_divisible_ui_p(denominator.get_mpz_t(), factor)) denominator /= factor;
  }
  return denominator == 1;
}

std::string Rational::exact_text() const {
  if (!is_finite_decimal()) return exact_string();
  // The places a finite decimal needs: as many as the larger power of 2 or 5.
  mpz_class denominator = value_.get_den();
  int places = 0;
  while (denominator != 1) {
    if (mpz_divisible_ui_p(denominator.get_mpz_t(), 10)) denominator /= 10;
    else if (mpz_divisible_ui_p(denominator.get_mpz_t(), 2)) denominator /= 2;
    else denominator /= 5;
    ++places;
  }
  return decimal_string(places, Rounding::half_up);
}

std::string Rational::exact_string() const {
  if (auto parts = small::parts_of(value_)) {
    char buffer[small::decimal_buffer_size];
    return std::string(small::fraction_text(*parts, buffer));
  }
  if (is_whole()) return value_.get_num().get_str();
  return value_.get_num().get_str() + "/" + value_.get_den().get_str();
}

Rational Rational::rounded(int decimals, Rounding rounding) const {
  if (decimals >= 0 && decimals <= small::max_decimals) {
    if (auto parts = small::parts_of(value_)) {
      if (auto result = small::rounded(*parts, decimals, rounding)) {
        Rational out;
        small::store(*result, out.value_);
        return out;
      }
    }
  }
  mpz_class scale = pow10(decimals);
  mpq_class scaled = value_ * scale;
  bool negative = sgn(scaled) < 0;
  mpz_class whole = round_non_negative(negative ? mpq_class(-scaled) : scaled, rounding);
  if (negative) whole = -whole;
  return Rational(mpq_class(whole, scale));
}

std::string Rational::decimal_string(int decimals, Rounding rounding) const {
  if (decimals >= 0 && decimals <= small::max_decimals) {
    if (auto parts = small::parts_of(value_)) return small::decimal_string(*parts, decimals, rounding);
  }
  Rational r = rounded(decimals, rounding);
  mpz_class scaled = r.value_.get_num() * pow10(decimals) / r.value_.get_den();
  bool negative = sgn(scaled) < 0;
  return scaled_decimal(negative, (negative ? mpz_class(-scaled) : scaled).get_str(), decimals);
}

std::string Rational::short_string(int max_decimals) const {
  std::string text = decimal_string(max_decimals, Rounding::half_up);
  if (text.find('.') == std::string::npos) return text;
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text == "-0" ? "0" : text;
}

}  // namespace cityseceval
