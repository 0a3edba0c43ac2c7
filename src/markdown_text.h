// Text from a user's or a tree's file inside Markdown, the same in every
// Markdown renderer: the scheme documentation, the comparison report and the
// explanation; and the pieces those reports share (table rows, header items).
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

// One row of a GitHub table, each cell on one line (one_line) and escaped: "| a | b |\n".
std::string table_row(const std::vector<std::string>& cells);
// A table's heading row and its alignment row: `align` holds "---" (left)
// or "---:" (right) per column.
std::string table_heading(const std::vector<std::string>& cells, const std::vector<std::string>& align);

// "- **City:** 苏州市" / "- **城市**：苏州市": a list item of a report's
// header, the label as it is and the value escaped.
std::string labelled_item(const std::string& label, const std::string& value, Language language);

}  // namespace cityseceval
