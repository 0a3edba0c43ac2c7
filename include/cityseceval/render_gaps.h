// Renderers of the improvement priorities (gaps.h): the gaps in, text out,
// like the other renderers. They never print or write. All three show the
// same content (docs/gaps.md):
//   - the header: scheme, city, period, file, scope, score and grade now;
//   - the items below their maximum, the largest gain first (or grouped by
//     dimension): what each has now, the next step its rule offers, the
//     points that step and the maximum add, and the score after;
//   - the plan: what it takes to reach the next grade (or --target): the
//     fewest items raised to their maximum and the score they give, or why
//     there is no plan.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "cityseceval/gaps.h"
#include "cityseceval/language.h"

namespace cityseceval {

// What a report shows of the items (the plan is always shown whole).
struct GapRenderOptions {
  // At most this many items (with by_dimension: in each dimension).
  std::optional<std::size_t> top;
  // The items grouped under their dimensions, in tree order; ranked within each.
  bool by_dimension = false;
  // The header lines (scheme, city, period, score...): off when the
  // priorities are a section of a report that already shows them.
  bool header = true;
};

// The human report, labels and names in `language`, columns aligned by
// display width, long cells wrapped; user text on one line. No colour.
std::string render_gaps_text(const Gaps& gaps, Language language, const GapRenderOptions& options = {});

// The same as GitHub-flavoured Markdown: a heading, the header as a list,
// the items and the plan as tables. Text from files is escaped. `level` is
// the heading level of its title (1; a report that includes it as a section: 2).
std::string render_gaps_markdown(const Gaps& gaps, Language language, const GapRenderOptions& options = {},
                                 int level = 1);

// The machine report, one JSON object (contract: docs/json-output.md,
// "Gaps"). Words in Chinese and English whatever the language; numbers
// rounded to the scheme's decimals with the exact value in "_exact" strings.
std::string render_gaps_json(const Gaps& gaps, const GapRenderOptions& options = {});

}  // namespace cityseceval
