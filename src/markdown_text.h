// Text from a user's or a tree's file inside Markdown, the same in every
// Markdown renderer: the scheme documentation, the comparison report and the
// evaluation report; and the GitHub tables the reports lay it out in.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/language.h"

namespace cityseceval {

// Text from a file as Markdown inline text: shown exactly as written.
// Line breaks become spaces (a table cell or list item is one line); Markdown
// punctuation is backslash-escaped; '&' only where it would start an entity
// ("M&A" stays as it is, "&amp;" does not become "&").
std::string escape_inline(std::string_view text);

// One row of a GitHub table, each cell on one line and escaped: "| a | b |\n".
std::string markdown_row(const std::vector<std::string>& cells);

// A table's heading row and its alignment row: `align` has "---" (left) or
// "---:" (right) per column.
std::string markdown_heading(const std::vector<std::string>& cells, const std::vector<std::string>& align);

// A labelled value as a list item, the value escaped: "- **City:** 苏州市\n"
// / "- **城市**：苏州市\n".
std::string markdown_field(const std::string& label, const std::string& value, Language language);

}  // namespace cityseceval
