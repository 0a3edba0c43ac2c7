// RFC 4180 CSV: reading records with the place of every field, and quoting a
// field for writing. The assessment CSV (src/assessment_csv.cpp) and the CSV
// template (src/template_csv.cpp) share it, so what one writes the other reads.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/limits.h"

namespace cityseceval::csv {

struct Field {
  std::string text;  // unquoted: doubled quotes undone, CRLF inside quotes read as LF
  int line = 1;      // where the field starts: 1-based physical line
  int column = 1;    // and 1-based code-point column within that line
};

struct Record {
  int line = 1;  // the physical line the record starts on
  std::vector<Field> fields;
};

struct SyntaxError {
  enum class Kind {
    after_quote,   // text after a closing quote
    unterminated,  // a quote that is never closed
    too_long,      // a field of more characters than the limit
  };
  int line = 1;
  int column = 1;
  Kind kind = Kind::after_quote;
  std::size_t characters = 0;  // of a field too long
};

struct Table {
  std::vector<Record> records;     // blank lines are skipped
  std::vector<SyntaxError> errors; // the records of a table with errors are incomplete
};

// Reads `text` (a UTF-8 byte-order mark at the start is skipped and not
// counted in columns). Records end at CRLF, LF or CR. A field is quoted when it
// starts with '"'; inside it '""' is a quote and line breaks are data. Garbage
// after a closing quote is an error (the rest of that line is skipped); an
// unterminated quote, and a field of more than `max_field_characters` code
// points (limits.h), are errors that end the table.
Table read(std::string_view text, std::size_t max_field_characters = default_limits.value_characters);

// The header row of a CSV template, in the order the template writes it
// (template_csv.cpp); a filled template may have them in any order
// (assessment_csv.cpp). `indicator_points` are the rated indicator's points,
// shared by its items: templates before 0.2 called the column `points`,
// which is still read. `evidence` came later and may be left out, so files
// filled in from older templates still read.
inline constexpr std::array<std::string_view, 9> template_columns = {
    "id", "level1", "level2", "level3", "item", "indicator_points", "rating", "note", "evidence"};
inline constexpr std::string_view old_points_column = "points";
inline constexpr std::string_view evidence_column = "evidence";

// `field` as RFC 4180 writes it: quoted, with quotes doubled, when it contains
// a comma, a quote, CR or LF; as is otherwise.
std::string quote(std::string_view field);

}  // namespace cityseceval::csv
