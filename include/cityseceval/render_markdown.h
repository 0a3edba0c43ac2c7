// The Markdown rendering of a scheme: the indicator documentation that
// `cityseceval docs` prints and docs/indicators/*.md are generated from.
//
// Everything comes from the Scheme, so the published documentation of a tree
// can never disagree with the tree that scores: the title, source and version;
// a summary table of the top-level indicators; the whole tree as nested
// headings (ID, name, the clause heading where it differs, the other
// language's name, points), each clause description and each item's full text
// as a numbered list with its ID, the direct-score item marked; the rating
// scale; the grade bands with each bound's inclusion written out
// ("60 ≤ M < 75"); the reported precision and rounding; and the scoring rules
// as this scheme applies them. A points-sum scheme shows each item's points,
// its rule in words, basis and decision, each floor, the bonus section after
// the total with its cap and the total cap, and no rating scale.
#pragma once

#include <string>
#include <string_view>

#include "cityseceval/language.h"
#include "cityseceval/tree.h"

namespace cityseceval {

// Markdown for `scheme` in `language`: zh is all Chinese; en has English
// headings, names and explanations, while item texts and clause descriptions,
// which a tree carries only in Chinese, stay Chinese (the page says so once).
//
// The first line is an HTML comment naming the tree file, so nobody edits the
// generated page by hand:
//   <!-- generated from SOURCE_PATH by cityseceval docs; do not edit -->
// `source_path` is the tree as the user knows it: "indicators/<id>.yaml" for a
// built-in scheme, the path given for a tree file.
//
// The output is deterministic (the same tree gives the same bytes), ends with
// one newline, and has no trailing spaces; text from the tree is escaped so a
// '*', '|' or '<' in an item shows as written.
std::string render_markdown(const Scheme& scheme, Language language, std::string_view source_path);

}  // namespace cityseceval
