// Renderers of a comparison of two assessments (compare.h): a comparison in,
// text out, like the score reports of render.h. They never print or write.
// All three show the same content (docs/cli.md, "compare"):
//   - the header: scheme, city, period old → new, the files, the scope when
//     either is a special evaluation, the composite old → new with its
//     signed delta, the grade old → new;
//   - the rated indicators that gained and lost the most;
//   - the indicators that changed (every one with --all), in tree order:
//     ID, name, old, new, delta, points, and a change of status;
//   - the items whose rating or fact changed, old → new (with the points of
//     a rule item);
//   - with two trees, the IDs only in one of them.
// When nothing changed, they say so instead of listing empty sections.
#pragma once

#include <string>

#include "cityseceval/compare.h"
#include "cityseceval/language.h"

namespace cityseceval {

// The human report, labels and names in `language`, columns aligned by
// display width; user text (city, period) on one line. No colour.
std::string render_compare_text(const Comparison& comparison, Language language);

// The same as GitHub-flavoured Markdown: a heading, the header as a list,
// each section a table. Text from files is escaped.
std::string render_compare_markdown(const Comparison& comparison, Language language);

// The machine report, one JSON object (contract: docs/json-output.md,
// "compare"). Names in Chinese and English whatever the language; numbers
// rounded to the scheme's decimals with the exact value in "_exact" strings;
// a delta is the difference of the reported values, and "delta_exact" the
// exact one.
std::string render_compare_json(const Comparison& comparison);

}  // namespace cityseceval
