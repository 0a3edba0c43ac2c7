// Rational: exact parsing of the decimals people write, and the rounding that
// turns an exact composite into the reported one. Every expected value below is
// plain decimal arithmetic, worked out by hand in the comment beside it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <optional>
#include <string>

#include "cityseceval/rational.h"

using cityseceval::Rational;
using cityseceval::Rounding;

namespace {

std::optional<Rational> parse(std::string_view text, bool allow_sign = false) {
  return Rational::parse_decimal(text, allow_sign);
}

// "p/q" of a parsed value, or "refused": one string says both whether and what.
std::string parsed(std::string_view text, bool allow_sign = false) {
  auto value = parse(text, allow_sign);
  return value ? value->exact_string() : "refused";
}

}  // namespace

// --- parse_decimal -------------------------------------------------------------

TEST_CASE("parse_decimal reads plain decimals exactly", "[rational]") {
  CHECK(parsed("1") == "1");
  CHECK(parsed("1.0") == "1");
  CHECK(parsed("0.80") == "4/5");  // 80/100 = 4/5: exact, not the double 0.8000000000000000444
  CHECK(parsed("0.8") == "4/5");
  CHECK(parsed("0.5") == "1/2");
  CHECK(parsed("0") == "0");
  CHECK(parsed("0.0") == "0");
  CHECK(parsed("84.995") == "16999/200");  // 84995/1000, divided by 5
  CHECK(parsed("0.00999999999999999998") == "499999999999999999/50000000000000000000");
}

TEST_CASE("parse_decimal refuses what is not a plain decimal", "[rational]") {
  CHECK(parsed("010") == "refused");  // a leading zero reads as octal to some tools
  CHECK(parsed("00.5") == "refused");
  CHECK(parsed(".5") == "refused");
  CHECK(parsed("5.") == "refused");
  CHECK(parsed("1e0") == "refused");
  CHECK(parsed("+1") == "refused");
  CHECK(parsed("0x1") == "refused");
  CHECK(parsed("1_0") == "refused");
  CHECK(parsed(" 1") == "refused");
  CHECK(parsed("1 ") == "refused");
  CHECK(parsed("") == "refused");
  CHECK(parsed("1.2.3") == "refused");
  CHECK(parsed(".nan") == "refused");
}

TEST_CASE("parse_decimal reads a minus sign only when allowed", "[rational]") {
  CHECK(parsed("-1") == "refused");
  CHECK(parsed("-1", true) == "-1");
  CHECK(parsed("-0.5", true) == "-1/2");
  CHECK(parsed("+1", true) == "refused");
  CHECK(parsed("-", true) == "refused");
  CHECK(parsed("--1", true) == "refused");
  CHECK(parsed("-010", true) == "refused");
}

// --- exact_string --------------------------------------------------------------

TEST_CASE("exact_string is p/q in lowest terms, or p when whole", "[rational]") {
  CHECK(Rational(171, 2).exact_string() == "171/2");
  CHECK(Rational(85).exact_string() == "85");
  CHECK(Rational(170, 2).exact_string() == "85");  // 170/2 reduces to 85
  CHECK(Rational(6, 9).exact_string() == "2/3");
  CHECK(Rational(-1, 3).exact_string() == "-1/3");
  CHECK(Rational(0).exact_string() == "0");
}

// --- rounding ------------------------------------------------------------------

TEST_CASE("half-up rounds ties away from zero, half-even to the even digit", "[rational]") {
  const Rational a(2345, 1000);  // 2.345: a tie at the third decimal, 4 even
  CHECK(a.decimal_string(2, Rounding::half_up) == "2.35");
  CHECK(a.decimal_string(2, Rounding::half_even) == "2.34");

  const Rational b(-2345, 1000);  // -2.345: half-up goes away from zero
  CHECK(b.decimal_string(2, Rounding::half_up) == "-2.35");
  CHECK(b.decimal_string(2, Rounding::half_even) == "-2.34");

  // 84.995: 8499.5 hundredths; 8499 is odd, so both rules go up to 8500.
  const Rational c(84995, 1000);
  CHECK(c.decimal_string(2, Rounding::half_up) == "85.00");
  CHECK(c.decimal_string(2, Rounding::half_even) == "85.00");

  const Rational d(125, 1000);  // 0.125: 12.5 hundredths; 12 is even
  CHECK(d.decimal_string(2, Rounding::half_up) == "0.13");
  CHECK(d.decimal_string(2, Rounding::half_even) == "0.12");
}

TEST_CASE("values that are not ties round to the nearest either way", "[rational]") {
  // 84.994999...9 (20 nines after 84.99 4): below the tie, so down under both rules.
  const Rational below = *parse("84.99499999999999999999");
  CHECK(below.decimal_string(2, Rounding::half_up) == "84.99");
  CHECK(below.decimal_string(2, Rounding::half_even) == "84.99");
  // 2/3 = 0.666...: up to 0.67.
  CHECK(Rational(2, 3).decimal_string(2, Rounding::half_up) == "0.67");
  CHECK(Rational(2, 3).decimal_string(2, Rounding::half_even) == "0.67");
  // 296/3 = 98.666...: up to 98.67.
  CHECK(Rational(296, 3).decimal_string(2, Rounding::half_up) == "98.67");
}

TEST_CASE("rounded returns the rounded value itself", "[rational]") {
  CHECK(Rational(2345, 1000).rounded(2, Rounding::half_up) == Rational(235, 100));
  CHECK(Rational(2345, 1000).rounded(2, Rounding::half_even) == Rational(234, 100));
  CHECK(Rational(84995, 1000).rounded(2, Rounding::half_up) == Rational(85));
  CHECK(Rational(-5, 10).rounded(0, Rounding::half_up) == Rational(-1));  // -0.5 away from zero
  CHECK(Rational(5, 10).rounded(0, Rounding::half_even) == Rational(0));  // 0.5 to even 0
  CHECK(Rational(15, 10).rounded(0, Rounding::half_even) == Rational(2));  // 1.5 to even 2
}

TEST_CASE("decimal_string pads to exactly the requested places", "[rational]") {
  CHECK(Rational(85).decimal_string(2, Rounding::half_up) == "85.00");
  CHECK(Rational(1, 20).decimal_string(2, Rounding::half_up) == "0.05");  // 1/20 = 0.05
  CHECK(Rational(-1, 2).decimal_string(2, Rounding::half_up) == "-0.50");
  CHECK(Rational(0).decimal_string(2, Rounding::half_up) == "0.00");
  CHECK(Rational(171, 2).decimal_string(0, Rounding::half_up) == "86");  // 85.5 -> 86
  CHECK(Rational(1, 1000).decimal_string(3, Rounding::half_up) == "0.001");
  // -0.001 rounds to zero, which has no sign.
  CHECK(Rational(-1, 1000).decimal_string(2, Rounding::half_up) == "0.00");
}

// Values whose numerator or denominator needs more than 64 bits take GMP's
// way; smaller ones are rounded on machine integers. Both must give the
// digits a person gets by hand.
TEST_CASE("rounding is the same for values beyond 64 bits", "[rational]") {
  // 123456789012345678901234567.005: a tie at the third decimal, far beyond 64 bits.
  const Rational big = *parse("123456789012345678901234567.005");
  CHECK(big.decimal_string(2, Rounding::half_up) == "123456789012345678901234567.01");
  CHECK(big.decimal_string(2, Rounding::half_even) == "123456789012345678901234567.00");
  CHECK(big.rounded(2, Rounding::half_up) == *parse("123456789012345678901234567.01"));
  CHECK(big.exact_string() == "24691357802469135780246913401/200");
  CHECK((big - big + Rational(1, 3)).decimal_string(2, Rounding::half_up) == "0.33");
  // 20 places: more than machine integers hold, so GMP rounds it.
  CHECK(Rational(2, 3).decimal_string(20, Rounding::half_up) == "0.66666666666666666667");
  // The extremes of a machine numerator.
  CHECK(Rational(LONG_MIN, 1).decimal_string(2, Rounding::half_up) == "-9223372036854775808.00");
  CHECK(Rational(LONG_MAX, 3).decimal_string(18, Rounding::half_up) ==
        "3074457345618258602.333333333333333333");
}

TEST_CASE("machine-integer rounding agrees with GMP on many values", "[rational]") {
  // The reference: the magnitude scaled by 10^d, divided with remainder by
  // GMP, the remainder compared with half the denominator.
  auto reference = [](long p, long q, int d, Rounding rounding) {
    mpz_class scale;
    mpz_ui_pow_ui(scale.get_mpz_t(), 10, static_cast<unsigned long>(d));
    mpz_class magnitude = abs(mpz_class(p)) * scale, quotient, remainder;
    mpz_fdiv_qr_ui(quotient.get_mpz_t(), remainder.get_mpz_t(), magnitude.get_mpz_t(), static_cast<unsigned long>(q));
    int half = cmp(mpz_class(2 * remainder), q);
    if (half > 0 || (half == 0 && (rounding == Rounding::half_up || mpz_odd_p(quotient.get_mpz_t())))) ++quotient;
    std::string digits = quotient.get_str();
    if (digits.size() <= static_cast<std::size_t>(d)) digits.insert(0, static_cast<std::size_t>(d) + 1 - digits.size(), '0');
    if (d > 0) digits.insert(digits.size() - static_cast<std::size_t>(d), ".");
    return (p < 0 && quotient != 0 ? "-" : "") + digits;
  };
  std::uint64_t state = 20251129;
  auto next = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 11;
  };
  for (int i = 0; i < 20000; ++i) {
    long p = static_cast<long>(next() % 2000000000001ULL) - 1000000000000L;
    long q = static_cast<long>(next() % 1000000) + 1;
    int d = static_cast<int>(next() % 8);
    Rounding rounding = next() % 2 ? Rounding::half_up : Rounding::half_even;
    const Rational value(p, q);
    // The reference needs the value's own lowest terms to round alike; p/q and its reduced form are equal.
    std::string expected = reference(p, q, d, rounding);
    INFO(p << "/" << q << " to " << d << " places");
    REQUIRE(value.decimal_string(d, rounding) == expected);
    REQUIRE(value.rounded(d, rounding) == *parse(expected, true));
  }
}

TEST_CASE("arithmetic on small values agrees with GMP's", "[rational]") {
  // Operands from tiny to near 2^62 (where machine words stop and GMP
  // takes over), each result compared with mpq_class's own.
  std::uint64_t state = 7;
  auto next = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 1;
  };
  // next() has 63 random bits; a part of `bits` bits keeps the top ones.
  auto operand = [&] {
    const int bits = static_cast<int>(next() % 64);
    const long numerator = static_cast<long>(next() >> (63 - bits));
    const long denominator = static_cast<long>(next() >> (63 - std::min(bits, 62))) + 1;
    return mpq_class(next() % 2 ? -numerator : numerator, denominator);
  };
  for (int i = 0; i < 20000; ++i) {
    mpq_class x = operand(), y = operand();
    x.canonicalize();
    y.canonicalize();
    const Rational a(x), b(y);
    INFO(x.get_str() << " and " << y.get_str());
    REQUIRE((a + b).mpq() == mpq_class(x + y));
    REQUIRE((a - b).mpq() == mpq_class(x - y));
    REQUIRE((a * b).mpq() == mpq_class(x * y));
    if (y != 0) REQUIRE((a / b).mpq() == mpq_class(x / y));
    Rational sum = a;
    sum += b;
    REQUIRE(sum.mpq() == mpq_class(x + y));
    // In lowest terms, with the sign on the numerator, as GMP keeps them.
    mpq_class copy = (a * b).mpq();
    copy.canonicalize();
    REQUIRE((a * b).mpq().get_num() == copy.get_num());
    REQUIRE((a * b).mpq().get_den() == copy.get_den());
    REQUIRE((a + b).exact_string() == mpq_class(x + y).get_str());
  }
}

TEST_CASE("short_string writes no more places than needed", "[rational]") {
  CHECK(Rational(4, 5).short_string() == "0.8");
  CHECK(Rational(85).short_string() == "85");
  CHECK(Rational(5, 4).short_string() == "1.25");
  CHECK(Rational(1, 100).short_string() == "0.01");
  CHECK(Rational(-1, 2).short_string() == "-0.5");
  CHECK(Rational(1, 3).short_string() == "0.333333");  // no finite expansion: 6 places, half up
  CHECK(Rational(2, 3).short_string() == "0.666667");
  CHECK(Rational(2, 3).short_string(2) == "0.67");
  CHECK(Rational(-1, 10000000).short_string() == "0");  // -0.0000001 rounds to 0, not "-0"
}

TEST_CASE("rounding names round-trip", "[rational]") {
  CHECK(cityseceval::rounding_name(Rounding::half_up) == "half-up");
  CHECK(cityseceval::rounding_name(Rounding::half_even) == "half-even");
  CHECK(cityseceval::parse_rounding("half-up") == Rounding::half_up);
  CHECK(cityseceval::parse_rounding("half-even") == Rounding::half_even);
  CHECK_FALSE(cityseceval::parse_rounding("half_up").has_value());
}

TEST_CASE("arithmetic and comparison are exact", "[rational]") {
  // 0.8 * 2 + 0.5 * 3 = 1.6 + 1.5 = 3.1 exactly (in doubles this is 3.1000000000000001).
  Rational sum = *parse("0.8") * Rational(2) + *parse("0.5") * Rational(3);
  CHECK(sum == Rational(31, 10));
  // 1/3 + 1/3 + 1/3 = 1.
  CHECK(Rational(1, 3) + Rational(1, 3) + Rational(1, 3) == Rational(1));
  CHECK(Rational(1, 3) < Rational(34, 100));
  CHECK(Rational(85) > *parse("84.99499999999999999999"));
  CHECK(Rational(7, 2) / Rational(7) == Rational(1, 2));
  CHECK(Rational(3, 4) - Rational(1, 4) == Rational(1, 2));
}

// --- parse_exact, is_finite_decimal, exact_text: how weights are written ------------

TEST_CASE("parse_exact reads plain decimals and fractions p/q exactly", "[rational][weights]") {
  auto exact = [](std::string_view text) {
    auto value = Rational::parse_exact(text);
    return value ? value->exact_string() : "refused";
  };
  CHECK(exact("0.25") == "1/4");
  CHECK(exact("1/3") == "1/3");
  CHECK(exact("2/7") == "2/7");
  CHECK(exact("4/6") == "2/3");   // reduced: 4/6 = 2/3
  CHECK(exact("20/100") == "1/5");
  CHECK(exact("7") == "7");
  CHECK(exact("1/0") == "refused");      // no division by zero
  CHECK(exact("-1/3") == "refused");     // a weight is never negative
  CHECK(exact("1/-3") == "refused");
  CHECK(exact("1.5/3") == "refused");    // whole numbers only on either side
  CHECK(exact("1/3/4") == "refused");
  CHECK(exact("1 / 3") == "refused");
  CHECK(exact("/3") == "refused");
  CHECK(exact("1/") == "refused");
  CHECK(exact("01/3") == "refused");     // as parse_decimal: no leading zeros
}

TEST_CASE("exact_text writes a decimal when it is exact, else p/q, and reads back to the value", "[rational][weights]") {
  CHECK(Rational(1, 4).is_finite_decimal());
  CHECK(Rational(3, 40).is_finite_decimal());   // 40 = 2^3 * 5
  CHECK_FALSE(Rational(1, 3).is_finite_decimal());
  CHECK_FALSE(Rational(2, 7).is_finite_decimal());
  CHECK_FALSE(Rational(1, 6).is_finite_decimal());  // 6 = 2 * 3
  CHECK(Rational(1, 4).exact_text() == "0.25");
  CHECK(Rational(3, 40).exact_text() == "0.075");
  CHECK(Rational(1, 1024).exact_text() == "0.0009765625");  // 2^-10: ten places
  CHECK(Rational(20).exact_text() == "20");
  CHECK(Rational(1, 3).exact_text() == "1/3");
  CHECK(Rational(100, 3).exact_text() == "100/3");
  for (const Rational& value : {Rational(1, 4), Rational(3, 40), Rational(1, 3), Rational(2, 7), Rational(37, 8)}) {
    CHECK(Rational::parse_exact(value.exact_text()) == value);
  }
}
