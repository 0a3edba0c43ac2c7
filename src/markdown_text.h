// Text from a user's or a tree's file inside Markdown, the same in every
// Markdown renderer: the scheme documentation and the comparison report.
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

// One row of a GitHub table, each cell made one line and escaped.
std::string markdown_row(const std::vector<std::string>& cells);

// The heading row and the alignment row: `align` has one of "---" (left) or
// "---:" (right) per column.
std::string markdown_heading(const std::vector<std::string>& cells, const std::vector<std::string>& align);

// "- **City:** 苏州市" / "- **城市**：苏州市", a list item of a report's header.
std::string markdown_field(const std::string& label, const std::string& value, Language language);

}  // namespace cityseceval
