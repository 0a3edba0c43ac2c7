#include "utf8.h"

#include <algorithm>
#include <array>

namespace cityseceval::utf8 {

namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Bytes in the sequence a lead byte starts, or 0 for a byte that never starts
// one: a continuation byte, 0xC0/0xC1 (they could only spell ASCII overlong)
// or 0xF5-0xFF (they would encode values above U+10FFFF).
std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

}  // namespace

std::optional<Decoded> decode_at(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  const std::size_t length = sequence_length(lead);
  if (length == 0 || text.size() - at < length) return std::nullopt;
  if (length == 1) return Decoded{lead, 1};

  // A lead byte of an n-byte sequence carries 7 - n bits of the value.
  char32_t code_point = lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    const auto byte = static_cast<unsigned char>(text[at + i]);
    if (!is_continuation(byte)) return std::nullopt;
    code_point = (code_point << 6) | (byte & 0x3F);
  }
  // Below these a value fits in fewer bytes, so the longer form is overlong.
  constexpr std::array<char32_t, 5> smallest{0, 0, 0x80, 0x800, 0x10000};
  if (code_point < smallest[length] || code_point > 0x10FFFF) return std::nullopt;
  if (code_point >= 0xD800 && code_point <= 0xDFFF) return std::nullopt;
  return Decoded{code_point, length};
}

namespace {

struct Range {
  char32_t first;
  char32_t last;
};

bool in_any(char32_t code_point, const auto& ranges) {
  return std::any_of(ranges.begin(), ranges.end(),
                     [&](const Range& r) { return code_point >= r.first && code_point <= r.last; });
}

// East Asian Wide and Fullwidth blocks that appear in practice: CJK, kana,
// hangul, fullwidth forms and the common emoji blocks.
constexpr std::array<Range, 15> wide_ranges{{
    {0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
    {0xA000, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F}, {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
}};

// Combining diacritics, zero-width spaces and joiners, variation selectors:
// drawn on top of or between their neighbours.
constexpr std::array<Range, 3> zero_width_ranges{{
    {0x0300, 0x036F}, {0x200B, 0x200F}, {0xFE00, 0xFE0F},
}};

bool is_control(char32_t code_point) {
  return code_point < 0x20 || (code_point >= 0x7F && code_point < 0xA0);
}

std::size_t width_of(char32_t code_point) {
  if (is_control(code_point) || in_any(code_point, zero_width_ranges)) return 0;
  return in_any(code_point, wide_ranges) ? 2 : 1;
}

}  // namespace

std::optional<std::size_t> first_invalid_byte(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    auto decoded = decode_at(text, at);
    if (!decoded) return at;
    at += decoded->length;
  }
  return std::nullopt;
}

std::size_t code_points(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t at = 0; at < text.size(); ++count) {
    auto decoded = decode_at(text, at);
    at += decoded ? decoded->length : 1;
  }
  return count;
}

std::optional<std::size_t> code_points_over(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return std::nullopt;
  const std::size_t count = code_points(text);
  if (count <= limit) return std::nullopt;
  return count;
}

std::u32string decode(std::string_view text) {
  std::u32string out;
  for (std::size_t at = 0; at < text.size();) {
    auto decoded = decode_at(text, at);
    out.push_back(decoded ? decoded->code_point : U'\uFFFD');
    at += decoded ? decoded->length : 1;
  }
  return out;
}

std::vector<std::string_view> characters(std::string_view text) {
  std::vector<std::string_view> out;
  for (std::size_t at = 0; at < text.size();) {
    auto decoded = decode_at(text, at);
    std::size_t length = decoded ? decoded->length : 1;
    out.push_back(text.substr(at, length));
    at += length;
  }
  return out;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t at = 0; at < text.size();) {
    auto decoded = decode_at(text, at);
    // An invalid byte is usually shown as one replacement character.
    width += decoded ? width_of(decoded->code_point) : 1;
    at += decoded ? decoded->length : 1;
  }
  return width;
}

void append(std::string& out, char32_t code_point) {
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

}  // namespace cityseceval::utf8
