// UTF-8 helpers: validation, code-point columns and terminal display width.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cityseceval::utf8 {

// Byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates
// and code points above U+10FFFF are invalid), or nullopt when `text` is valid.
std::optional<std::size_t> first_invalid_byte(std::string_view text);

// One character of UTF-8 text: its code point and how many bytes spell it.
struct Decoded {
  char32_t code_point;
  std::size_t length;
};

// The character starting at byte `at`, or nullopt when the bytes there are
// not a well-formed UTF-8 sequence (RFC 3629): a stray continuation byte, a
// sequence cut short, an overlong form, a UTF-16 surrogate or a value above
// U+10FFFF.
std::optional<Decoded> decode_at(std::string_view text, std::size_t at);

// Number of code points in valid UTF-8 text (invalid bytes count one each).
std::size_t code_points(std::string_view text);

// The number of code points of `text` when it is more than `limit`, else
// nullopt: a value too long for its limit (limits.h). Counted only when the
// text has more bytes than the limit, so a short value costs nothing.
std::optional<std::size_t> code_points_over(std::string_view text, std::size_t limit);

// The code points of `text`; an invalid byte becomes U+FFFD.
std::u32string decode(std::string_view text);

// Appends the UTF-8 bytes of `code_point` (a Unicode scalar value) to `out`.
void append(std::string& out, char32_t code_point);

// The bytes of each character (code point) of `text`, in order; an invalid
// byte is a character of its own.
std::vector<std::string_view> characters(std::string_view text);

// Columns a terminal uses to show `text`: East Asian wide and fullwidth
// characters (CJK ideographs, kana, hangul, fullwidth punctuation) take two,
// combining marks none, everything else one.
std::size_t display_width(std::string_view text);

}  // namespace cityseceval::utf8
