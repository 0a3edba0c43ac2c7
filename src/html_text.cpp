#include "html_text.h"

#include "utf8.h"

namespace cityseceval {

namespace {

constexpr char32_t replacement = 0xFFFD;

bool is_noncharacter(char32_t code_point) {
  return (code_point >= 0xFDD0 && code_point <= 0xFDEF) || (code_point & 0xFFFE) == 0xFFFE;
}

bool is_forbidden_control(char32_t code_point) {
  if (code_point == '\t' || code_point == '\n') return false;
  return code_point < 0x20 || (code_point >= 0x7F && code_point < 0xA0);
}

}  // namespace

std::string html_text(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char32_t code_point : utf8::decode(text)) {
    switch (code_point) {
      case '&': out += "&amp;"; continue;
      case '<': out += "&lt;"; continue;
      case '>': out += "&gt;"; continue;
      case '"': out += "&quot;"; continue;
      case '\'': out += "&#39;"; continue;
      default: break;
    }
    if (is_forbidden_control(code_point)) {
      out += ' ';
    } else {
      utf8::append(out, is_noncharacter(code_point) ? replacement : code_point);
    }
  }
  return out;
}

}  // namespace cityseceval
