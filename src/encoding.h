// The text encoding every input must have: UTF-8, without NUL bytes, with an
// optional byte-order mark. One check, with one wording, for every reader.
#pragma once

#include <string>
#include <string_view>

#include "cityseceval/diagnostic.h"

namespace cityseceval {

// The UTF-8 byte-order mark Excel and Notepad put at the start of a file.
inline constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

// `text` without a leading byte-order mark.
std::string_view without_byte_order_mark(std::string_view text);

// What kind of file is checked: the advice in a message depends on it.
enum class TextFormat { yaml, csv };

// True when `text` (its byte-order mark already removed) is UTF-8 without
// NUL bytes; otherwise reports the first bad byte at its line and code-point
// column, or UTF-16 at 1:1 [invalid-utf8]. A CSV's message says how to save
// it from a spreadsheet as UTF-8.
bool check_encoding(std::string_view text, const std::string& file, TextFormat format, Diagnostics& diagnostics);

}  // namespace cityseceval
