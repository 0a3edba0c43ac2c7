// The text encoding every input must have: UTF-8, without NUL bytes, with an
// optional byte-order mark; a CSV may also be GB18030. One check, with one
// wording, for every reader.
#pragma once

#include <optional>
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
// column, or UTF-16 at 1:1 [invalid-utf8]. The message says how to save the
// file as UTF-8: a CSV from a spreadsheet, a YAML file from an editor (and
// that it seems to be GB18030 when it reads as such: YAML is UTF-8 only).
bool check_encoding(std::string_view text, const std::string& file, TextFormat format, Diagnostics& diagnostics);

// `text` decoded from GB18030 to UTF-8 by glibc's iconv, or nullopt unless
// every byte decodes (no invalid or cut-short sequence).
std::optional<std::string> decode_gb18030(std::string_view text);

// A CSV's text as UTF-8, which the CSV reader reads: `text` itself when it is
// UTF-8; when it is not but is GB18030 (what Excel and WPS save as "CSV" on
// Chinese Windows), the decoded text, with a warning at its first character
// outside ASCII that says so and how to save the file as "CSV UTF-8"
// [csv-gb18030]; nullopt after check_encoding's error otherwise. Lines and
// code-point columns of everything read from it count in the decoded text.
std::optional<std::string> csv_as_utf8(std::string_view text, const std::string& file, Diagnostics& diagnostics);

}  // namespace cityseceval
