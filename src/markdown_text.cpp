#include "markdown_text.h"

#include <fmt/format.h>

#include <cctype>

#include "text_table.h"

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

std::string markdown_row(const std::vector<std::string>& cells) {
  std::string out = "|";
  for (const std::string& cell : cells) out += " " + escape_inline(one_line(cell)) + " |";
  return out + "\n";
}

std::string markdown_heading(const std::vector<std::string>& cells, const std::vector<std::string>& align) {
  return markdown_row(cells) + "|" + fmt::format("{}", fmt::join(align, "|")) + "|\n";
}

std::string markdown_field(const std::string& label, const std::string& value, Language language) {
  const char* form = language == Language::en ? "- **{}:** {}\n" : "- **{}**：{}\n";
  return fmt::format(fmt::runtime(form), label, escape_inline(value));
}

}  // namespace cityseceval
