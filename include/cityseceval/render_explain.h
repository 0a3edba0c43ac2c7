// Renderers of an explanation (explain.h): an explanation and a language in,
// text out, like the score reports of render.h. They never print or write.
// All three show the same content (docs/explain.md):
//   - the header: scheme, weight profile, city, period, file, and what is
//     explained (the composite, an indicator with its level and points, an
//     item with its indicator);
//   - each step, in order: the children one level down as a table (the terms
//     of a sum, the items of a mean or of a points sum, each with its own
//     points), or lines of a label and a value ("Mean  2.3 ÷ 3 = 23/30 =
//     0.766666…").
// Results are written as a fraction and a decimal ("13643/150 = 90.953333…":
// "…" marks a decimal that does not end, its first six places shown cut, not
// rounded), operands as a file writes them ("0.8", "23/30").
#pragma once

#include <string>

#include "cityseceval/explain.h"
#include "cityseceval/language.h"

namespace cityseceval {

// The human report, labels and names in `language`, columns aligned by
// display width; text from files on one line. No colour.
std::string render_explain_text(const Explanation& explanation, Language language);

// The same as GitHub-flavoured Markdown: a heading, the header as a list, a
// table (under a heading) or a list per step. Text from files is escaped.
// A function of the explanation and the language only, so another report
// can include it as it is.
std::string render_explain_markdown(const Explanation& explanation, Language language);

// The machine report, one JSON object (contract: docs/json-output.md,
// "explain"): names in Chinese and English whatever the language; every
// computed value rounded to the scheme's decimals beside its exact value as a
// "p/q" string in an "_exact" key; points, ratings and weights as exact numbers.
std::string render_explain_json(const Explanation& explanation);

}  // namespace cityseceval
