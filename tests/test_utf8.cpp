#include "utf8.h"

#include <catch2/catch.hpp>
#include <string>

using cityseceval::utf8::code_points;
using cityseceval::utf8::display_width;
using cityseceval::utf8::first_invalid_byte;

TEST_CASE("first_invalid_byte accepts well-formed UTF-8", "[utf8]") {
  CHECK_FALSE(first_invalid_byte(""));
  CHECK_FALSE(first_invalid_byte("plain ASCII: 6.2.1"));
  CHECK_FALSE(first_invalid_byte("名称: 值"));
  CHECK_FALSE(first_invalid_byte("\xF0\x9F\x98\x80"));  // U+1F600, four bytes
  CHECK_FALSE(first_invalid_byte("\xED\x9F\xBF"));      // U+D7FF, just below the surrogates
  CHECK_FALSE(first_invalid_byte("\xEE\x80\x80"));      // U+E000, just above them
  CHECK_FALSE(first_invalid_byte("\xF4\x8F\xBF\xBF"));  // U+10FFFF, the last code point
  CHECK_FALSE(first_invalid_byte(std::string("a\0b", 3)));  // NUL is a valid code point
}

TEST_CASE("first_invalid_byte finds the first bad sequence", "[utf8]") {
  SECTION("stray continuation byte") { CHECK(first_invalid_byte("ab\x80") == 2u); }
  SECTION("lead bytes that never start a sequence") {
    CHECK(first_invalid_byte("\xC1\xBF") == 0u);
    CHECK(first_invalid_byte("x\xF5\x80\x80\x80") == 1u);
    CHECK(first_invalid_byte("\xFF") == 0u);
  }
  SECTION("overlong forms") {
    CHECK(first_invalid_byte("\xC0\x80") == 0u);          // NUL in two bytes
    CHECK(first_invalid_byte("ok\xE0\x80\xAF") == 2u);    // '/' in three bytes
    CHECK(first_invalid_byte("\xF0\x82\x82\xAC") == 0u);  // U+20AC in four bytes
  }
  SECTION("surrogates") {
    CHECK(first_invalid_byte("\xED\xA0\x80") == 0u);  // U+D800
    CHECK(first_invalid_byte("\xED\xBF\xBF") == 0u);  // U+DFFF
  }
  SECTION("above U+10FFFF") { CHECK(first_invalid_byte("\xF4\x90\x80\x80") == 0u); }
  SECTION("truncated sequences") {
    CHECK(first_invalid_byte("ab\xE4\xB8") == 2u);      // cut off by the end
    CHECK(first_invalid_byte("\xE4\xB8" "a") == 0u);    // cut off by ASCII
    CHECK(first_invalid_byte("名\xF0\x9F\x98") == 3u);  // after a valid character
  }
}

TEST_CASE("code_points counts characters, invalid bytes one each", "[utf8]") {
  CHECK(code_points("") == 0);
  CHECK(code_points("abc") == 3);
  CHECK(code_points("名称: 值") == 5);
  CHECK(code_points("\xF0\x9F\x98\x80") == 1);
  CHECK(code_points("a\x80\x80" "b") == 4);
  CHECK(code_points("\xE4\xB8") == 2);
}

TEST_CASE("display_width counts East Asian wide characters twice", "[utf8]") {
  CHECK(display_width("abc") == 3);
  CHECK(display_width("名称: 值") == 8);
  CHECK(display_width("한국") == 4);                // hangul syllables
  CHECK(display_width("カタカナ") == 8);            // katakana
  CHECK(display_width("\xEF\xBC\xA1") == 2);        // U+FF21 fullwidth A
  CHECK(display_width("\xEF\xBD\xB1") == 1);        // U+FF71 halfwidth katakana
  CHECK(display_width("\xE3\x80\x80") == 2);        // U+3000 ideographic space
  CHECK(display_width("\xE3\x80\xBF") == 1);        // U+303F, just past a wide block
  CHECK(display_width("\xF0\x9F\x98\x80") == 2);    // U+1F600 emoji
  CHECK(display_width("\xF0\x9F\xA4\x94") == 2);    // U+1F914 emoji
  CHECK(display_width("\xF0\xA0\x80\x80") == 2);    // U+20000 CJK extension B
}

TEST_CASE("display_width gives combining marks and controls no width", "[utf8]") {
  CHECK(display_width("e\xCC\x81") == 1);          // e + U+0301 combining acute
  CHECK(display_width("a\xE2\x80\x8B" "b") == 2);  // U+200B zero width space
  CHECK(display_width("\xE2\x9D\xA4\xEF\xB8\x8F") == 1);  // U+2764 + variation selector
  CHECK(display_width("a\tb") == 2);
  CHECK(display_width("\x7F\xC2\x85") == 0);  // DEL and U+0085
  CHECK(display_width("a\xFF") == 2);         // an invalid byte shows as one replacement
}
