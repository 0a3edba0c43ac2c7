// What the text and Markdown reports of an explanation (render_explain.h)
// show alike: the header, and each step worded in one language as a table of
// children or as lines of a label and a value. Each report only lays these
// out (aligned columns, or GitHub tables and lists), so the two always say
// the same, as compare_cells.h does for comparisons.
//
// Numbers are written in two forms (docs/explain.md, "Numbers"):
//   a result (a sum, a mean, earned points, the composite) as a fraction and
//   a decimal: "13643/150 = 90.953333…" ("…": the decimal goes on; the six
//   places shown are its first, not rounded), "1317/20 = 65.85" (exact),
//   "3" (whole);
//   an operand (a rating, points, a weight, a term of a formula) as a file
//   would write it: "0.8", "28.32", "23/30".
#pragma once

#include <string>
#include <vector>

#include "cityseceval/explain.h"
#include "cityseceval/language.h"
#include "text_table.h"

namespace cityseceval {

// What a column of a table holds, for its layout.
enum class ExplainColumn {
  label,   // IDs, names, rating words: never wrapped
  number,  // aligned right
  prose,   // notes, facts, explanations: wrapped in text when long
};

// A table of the children of what is explained: the terms of a sum, the
// items of a mean. The last row may be a total.
struct ExplainTable {
  std::string title;
  std::vector<std::string> header;
  std::vector<ExplainColumn> columns;  // one per header cell
  std::vector<std::vector<std::string>> rows;
};

// A step as it is shown: a table, or lines of a label and its value.
struct ExplainBlock {
  std::vector<ExplainTable> tables;  // zero or one
  LabelledLines lines;
};

struct ExplainDocument {
  std::string title;     // the Markdown heading: "Explanation: 7.6.3 ..."
  LabelledLines header;  // scheme, weight profile, city, period, file, what is explained
  // Consecutive steps of lines share a block, so their labels align.
  std::vector<ExplainBlock> blocks;
};

// The explanation worded in `language`. Text from files (names, notes,
// reasons, facts) is as written; the reports make it safe for their format.
ExplainDocument explain_document(const Explanation& explanation, Language language);

// A result as a fraction and a decimal: "13643/150 = 90.953333…", "1317/20 = 65.85", "3".
std::string result_text(const Rational& value);

}  // namespace cityseceval
