#include "small_rational.h"

#include <charconv>
#include <numeric>

namespace cityseceval::small {

namespace {

// GCC and Clang have 128-bit integers; __extension__ says we mean to use them
// under -Wpedantic. Products of two parts below 2^62 take up to 124 bits.
__extension__ typedef unsigned __int128 Wide;
__extension__ typedef __int128 SignedWide;

// One GMP limb must be one 64-bit word for a part to be read and written
// whole; elsewhere every value takes GMP's way.
constexpr bool machine_words = GMP_NUMB_BITS == 64 && sizeof(unsigned long) == 8;
constexpr std::uint64_t limit = std::uint64_t{1} << 62;

std::optional<Parts> make(bool negative, Wide numerator, Wide denominator) {
  if (numerator >= limit || denominator >= limit) return std::nullopt;
  return Parts{negative && numerator != 0, static_cast<std::uint64_t>(numerator),
               static_cast<std::uint64_t>(denominator)};
}

std::uint64_t power_of_ten(int exponent) {
  std::uint64_t result = 1;
  for (int i = 0; i < exponent; ++i) result *= 10;
  return result;
}

// value * 10^decimals rounded to a whole number, as a magnitude.
Wide rounded_magnitude(const Parts& value, int decimals, Rounding rounding) {
  const Wide scaled = static_cast<Wide>(value.numerator) * power_of_ten(decimals);
  Wide quotient = scaled / value.denominator;
  const Wide twice_remainder = 2 * (scaled % value.denominator);
  if (twice_remainder > value.denominator ||
      (twice_remainder == value.denominator && (rounding == Rounding::half_up || quotient % 2 != 0))) {
    ++quotient;
  }
  return quotient;
}

}  // namespace

std::optional<Parts> parts_of(const mpq_class& value) {
  if constexpr (!machine_words) return std::nullopt;
  mpz_srcptr numerator = value.get_num_mpz_t();
  mpz_srcptr denominator = value.get_den_mpz_t();
  if (mpz_size(numerator) > 1 || mpz_size(denominator) > 1) return std::nullopt;
  // mpz_getlimbn gives 0 for a zero numerator, which has no limb.
  const std::uint64_t top = mpz_getlimbn(numerator, 0), bottom = mpz_getlimbn(denominator, 0);
  if (top >= limit || bottom >= limit) return std::nullopt;
  return Parts{mpz_sgn(numerator) < 0, top, bottom};
}

void store(const Parts& parts, mpq_class& value) {
  mpz_ptr numerator = mpq_numref(value.get_mpq_t());
  mpz_set_ui(numerator, static_cast<unsigned long>(parts.numerator));
  if (parts.negative) mpz_neg(numerator, numerator);
  mpz_set_ui(mpq_denref(value.get_mpq_t()), static_cast<unsigned long>(parts.denominator));
}

// Henrici's way, as GMP's mpq_add: with g = gcd(b, d),
// a/b + c/d = (a(d/g) + c(b/g)) / (b/g)(d/g), and only g can share a factor
// with that numerator.
std::optional<Parts> add(const Parts& a, const Parts& b) {
  const std::uint64_t g = std::gcd(a.denominator, b.denominator);
  SignedWide left = static_cast<SignedWide>(static_cast<Wide>(a.numerator) * (b.denominator / g));
  SignedWide right = static_cast<SignedWide>(static_cast<Wide>(b.numerator) * (a.denominator / g));
  const SignedWide sum = (a.negative ? -left : left) + (b.negative ? -right : right);
  if (sum == 0) return Parts{};
  const Wide magnitude = static_cast<Wide>(sum < 0 ? -sum : sum);
  const std::uint64_t shared = std::gcd(static_cast<std::uint64_t>(magnitude % g), g);
  return make(sum < 0, magnitude / shared, static_cast<Wide>(a.denominator / g) * (b.denominator / shared));
}

std::optional<Parts> subtract(const Parts& a, const Parts& b) {
  Parts negated = b;
  negated.negative = !b.negative && b.numerator != 0;
  return add(a, negated);
}

// Cancelling across before multiplying, as GMP's mpq_mul: (a/b)(c/d) with
// a, c reduced by gcd(a, d) and gcd(c, b) is in lowest terms.
std::optional<Parts> multiply(const Parts& a, const Parts& b) {
  const std::uint64_t g1 = std::gcd(a.numerator, b.denominator);
  const std::uint64_t g2 = std::gcd(b.numerator, a.denominator);
  return make(a.negative != b.negative, static_cast<Wide>(a.numerator / g1) * (b.numerator / g2),
              static_cast<Wide>(a.denominator / g2) * (b.denominator / g1));
}

std::optional<Parts> divide(const Parts& a, const Parts& b) {
  return multiply(a, Parts{b.negative, b.denominator, b.numerator});
}

std::string_view decimal_text(const Parts& value, int decimals, Rounding rounding,
                              char (&buffer)[decimal_buffer_size]) {
  Wide magnitude = rounded_magnitude(value, decimals, rounding);
  // Zero has no sign: -0.001 to two places is 0.00.
  const bool negative = value.negative && magnitude != 0;
  char* const end = buffer + decimal_buffer_size;
  char* p = end;
  // At least one digit before the point: 0.05, not .05. A magnitude below
  // 2^122 has at most 37 digits, so the buffer always has room.
  for (int written = 0; magnitude != 0 || written <= decimals; ++written) {
    if (written == decimals && decimals > 0) *--p = '.';
    *--p = static_cast<char>('0' + static_cast<int>(magnitude % 10));
    magnitude /= 10;
  }
  if (negative) *--p = '-';
  return {p, static_cast<std::size_t>(end - p)};
}

std::string_view fraction_text(const Parts& value, char (&buffer)[decimal_buffer_size]) {
  char* const end = buffer + decimal_buffer_size;
  char* p = buffer;
  if (value.negative) *p++ = '-';
  p = std::to_chars(p, end, value.numerator).ptr;
  if (value.denominator != 1) {
    *p++ = '/';
    p = std::to_chars(p, end, value.denominator).ptr;
  }
  return {buffer, static_cast<std::size_t>(p - buffer)};
}

std::string decimal_string(const Parts& value, int decimals, Rounding rounding) {
  char buffer[decimal_buffer_size];
  return std::string(decimal_text(value, decimals, rounding, buffer));
}

std::optional<Parts> rounded(const Parts& value, int decimals, Rounding rounding) {
  const Wide magnitude = rounded_magnitude(value, decimals, rounding);
  const std::uint64_t scale = power_of_ten(decimals);
  const std::uint64_t shared = std::gcd(static_cast<std::uint64_t>(magnitude % scale), scale);
  return make(value.negative, magnitude / shared, scale / shared);
}

}  // namespace cityseceval::small
