// Text from a user's or a tree's file inside Markdown, the same in every
// Markdown renderer: the scheme documentation and the comparison report.
#pragma once

#include <string>
#include <string_view>

namespace cityseceval {

// Text from a file as Markdown inline text: shown exactly as written.
// Line breaks become spaces (a table cell or list item is one line); Markdown
// punctuation is backslash-escaped; '&' only where it would start an entity
// ("M&A" stays as it is, "&amp;" does not become "&").
std::string escape_inline(std::string_view text);

}  // namespace cityseceval
