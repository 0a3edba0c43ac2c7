#include "markdown_text.h"

#include <cctype>

namespace cityseceval {

std::string escape_inline(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r' || c == '\n') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    if (c == '&') {
      std::size_t end = i + 1;
      while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '#')) ++end;
      if (end > i + 1 && end < text.size() && text[end] == ';') out += '\\';
    } else if (std::string_view("\\`*_[]<>|~$").find(c) != std::string_view::npos) {
      out += '\\';
    }
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  std::size_t start = out.find_first_not_of(' ');
  return start == std::string::npos ? std::string() : out.substr(start);
}

}  // namespace cityseceval
