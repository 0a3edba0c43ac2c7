// The Markdown of a comparison (render_compare_markdown) without its title,
// for a document that has its own: the evaluation report's changes section.
#pragma once

#include <string>

#include "cityseceval/compare.h"
#include "cityseceval/language.h"

namespace cityseceval {

// The header as a list, then each section under a heading of `level` (2:
// "## Biggest gains").
std::string compare_markdown_body(const Comparison& comparison, Language language, int level);

}  // namespace cityseceval
