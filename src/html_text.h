// Text inside HTML, the same in every HTML renderer (the report). Every text
// that comes from a file is hostile: a city named "<script>", a note with
// quotes and ampersands, a name holding a control character or a byte that
// is not UTF-8. html_text() makes any of them inert and valid, in element
// content and in a quoted attribute value alike, so one function serves both.
#pragma once

#include <string>
#include <string_view>

namespace cityseceval {

// `text` as HTML character data, shown exactly as written:
//   - & < > " ' become &amp; &lt; &gt; &quot; &#39; (so the result is safe in
//     element content and in an attribute quoted with either quote);
//   - a byte that is not UTF-8 becomes U+FFFD, as do Unicode noncharacters
//     (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF), which an HTML parser reports;
//   - control characters (C0 but tab and line feed, DEL, C1) become a space:
//     they cannot be written in HTML at all, even as references.
// Line feeds stay: an element styled `white-space: pre-line` shows them.
std::string html_text(std::string_view text);

}  // namespace cityseceval
