// Exact rational numbers for every score.
//
// Scores in city evaluations are sums of products of ratings (0.8, 0.5...) and
// points; in binary floating point 0.8 * 2 + ... is not exactly what an assessor
// computes by hand, and a grade could flip at 60/75/85. So every score is a
// Rational, backed by GMP's arbitrary-precision mpq_class: it never overflows
// and never rounds. Floating point is used only for charts and statistics.
#pragma once

#include <gmpxx.h>

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace cityseceval {

// How a value is rounded to a number of decimals for reporting.
enum class Rounding {
  // 四舍五入: ties go away from zero (2.345 -> 2.35, -2.345 -> -2.35).
  half_up,
  // Banker's rounding: ties go to the even digit (2.345 -> 2.34).
  half_even,
};

// The name used in indicator-tree files: "half-up" or "half-even".
std::string_view rounding_name(Rounding rounding);
std::optional<Rounding> parse_rounding(std::string_view name);

class Rational {
 public:
  Rational() = default;
  Rational(long whole) : value_(whole) {}
  Rational(long numerator, long denominator);
  explicit Rational(mpq_class value) : value_(std::move(value)) { value_.canonicalize(); }
  // gmpxx's move is not declared noexcept, so std::vector would deep-copy
  // every result tree when it grows. GMP aborts rather than throws on
  // allocation failure, so promising noexcept here is true.
  Rational(const Rational&) = default;
  Rational(Rational&&) noexcept = default;
  Rational& operator=(const Rational&) = default;
  Rational& operator=(Rational&&) noexcept = default;
  ~Rational() = default;

  // Parses a plain decimal written the way people write scores: digits, an
  // optional single fraction part, an optional leading '-' when allow_sign.
  // No exponent, no '+', no leading zeros ("010"), no hex, no underscores, no
  // ".5" or "5.". Returns nullopt for anything else, so "0.7" parses exactly
  // to 7/10 and ".nan" is simply not a number.
  static std::optional<Rational> parse_decimal(std::string_view text, bool allow_sign = false);

  // A plain decimal, or a fraction "p/q" of two whole numbers written like
  // plain decimals ("1/3", "2/7"; q not 0): how weights and points are written
  // where a decimal cannot be exact. Nothing else, and never negative.
  static std::optional<Rational> parse_exact(std::string_view text);

  // Whether the value has a finite decimal expansion (its denominator has no
  // prime factor but 2 and 5): 1/4 = 0.25 does, 1/3 does not.
  bool is_finite_decimal() const;

  // The value as a plain decimal when it is one, else as "p/q": the form
  // parse_exact() reads back to exactly this value.
  std::string exact_text() const;

  // "p/q" in lowest terms, or "p" when whole: the JSON "score_exact" form.
  std::string exact_string() const;

  // The value rounded to `decimals` places, as a Rational.
  Rational rounded(int decimals, Rounding rounding) const;

  // The value rounded and written with exactly `decimals` places: "85.00".
  std::string decimal_string(int decimals, Rounding rounding) const;

  // The value written as a decimal with no more places than it needs, when it
  // has a finite decimal expansion of at most `max_decimals` places ("0.8",
  // "85", "1.25"); otherwise rounded half up to max_decimals.
  std::string short_string(int max_decimals = 6) const;

  bool is_whole() const { return value_.get_den() == 1; }
  const mpq_class& mpq() const { return value_; }

  // Values whose parts fit in machine words are computed on them
  // (src/small_rational.h: exact, and hundreds of these per file in a batch),
  // others by GMP; the result is the same value in lowest terms either way.
  friend Rational operator+(const Rational& a, const Rational& b);
  friend Rational operator-(const Rational& a, const Rational& b);
  friend Rational operator*(const Rational& a, const Rational& b);
  // Division by zero is a programming error: callers check the divisor first.
  friend Rational operator/(const Rational& a, const Rational& b);
  Rational& operator+=(const Rational& other);

  friend bool operator==(const Rational& a, const Rational& b) { return a.value_ == b.value_; }
  friend std::strong_ordering operator<=>(const Rational& a, const Rational& b) {
    int c = cmp(a.value_, b.value_);
    return c < 0 ? std::strong_ordering::less : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
  }

 private:
  mpq_class value_;
};

}  // namespace cityseceval
