// Exact arithmetic and rounding on machine words, for the rationals whose
// numerator and denominator are small: Rational's fast path (rational.cpp).
//
// Every score of a real scheme is a fraction of small whole numbers (points
// such as 2 or 3/2, ratings such as 4/5, means over a few items), yet GMP
// allocates and runs its general algorithms for each operation on them. A
// batch does hundreds of such operations per file and rounds hundreds of
// numbers for display (docs/performance.md, "Batches and start-up"). For
// parts below 2^62 the same exact operations are done here on 64- and 128-bit
// integers, giving the same value in lowest terms and the same digits; when a
// result does not fit, the functions say so and Rational uses GMP. Nothing
// here is ever approximate.
#pragma once

#include <gmpxx.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "cityseceval/rational.h"

namespace cityseceval::small {

// A rational in lowest terms: (negative ? -1 : 1) * numerator / denominator,
// denominator > 0, both below 2^62; zero is 0/1 and not negative.
struct Parts {
  bool negative = false;
  std::uint64_t numerator = 0;
  std::uint64_t denominator = 1;
};

// Room for any text below: 19 digits each side of '/', or 37 digits, a
// point and a sign.
inline constexpr std::size_t decimal_buffer_size = 48;

// The parts of `value`, or nullopt when either is 2^62 or more.
std::optional<Parts> parts_of(const mpq_class& value);
// Sets `value` to `parts` (already in lowest terms).
void store(const Parts& parts, mpq_class& value);

// The exact result in lowest terms, or nullopt when a part of it would be
// 2^62 or more. divide() needs a divisor other than zero.
std::optional<Parts> add(const Parts& a, const Parts& b);
std::optional<Parts> subtract(const Parts& a, const Parts& b);
std::optional<Parts> multiply(const Parts& a, const Parts& b);
std::optional<Parts> divide(const Parts& a, const Parts& b);

// "p/q", or "p" when whole: Rational::exact_string, written into `buffer`.
std::string_view fraction_text(const Parts& value, char (&buffer)[decimal_buffer_size]);

// The value times 10^decimals rounded to a whole number (ties as `rounding`
// says, on the magnitude, the sign put back after), written as a decimal
// with exactly `decimals` places: "-2.35". Needs 0 <= decimals <= 18.
inline constexpr int max_decimals = 18;
std::string decimal_string(const Parts& value, int decimals, Rounding rounding);
// The same text written into `buffer`, for callers that only look at it.
std::string_view decimal_text(const Parts& value, int decimals, Rounding rounding,
                              char (&buffer)[decimal_buffer_size]);
// The same rounding as a value: nullopt when the rounded numerator does not fit.
std::optional<Parts> rounded(const Parts& value, int decimals, Rounding rounding);

}  // namespace cityseceval::small
