// Tailoring a scheme: a tailoring file names a base scheme and lists what a
// city changes in it (format and rules: docs/tailoring.md).
//
// Table B.1's footer sets the rules: level-1 and level-2 indicators must not
// change (表格中的1级、2级指标不应做调整), level-3 indicators should not
// (3级目录建议不做调整), and the evaluation-content items may be tailored or
// adjusted, giving the reason of a tailoring (评价内容可以根据需求做剪裁或调整，
// 如果剪裁，建议提供剪裁理由). So a tailoring may remove items (with a
// reason), reword them, add items, and move points between the rated
// indicators of one level-2 indicator (a warning); a change that alters a
// level-1 or level-2 indicator is an error.
//
// The result is an ordinary rating-mean Scheme, checked like any tree
// (check_tree), that keeps its provenance (Scheme::tailoring) and the IDs it
// retired (Indicator::retired_items): item IDs are stable, so a removed
// item's ID is never reused and an added item takes the next number after
// the highest its indicator ever used.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cityseceval/diagnostic.h"
#include "cityseceval/tree.h"

namespace cityseceval {

struct TailoredScheme {
  Scheme scheme;
  // The base's file when the tailoring names one (not a built-in id), as it
  // was read: what `tailor -o` must not overwrite.
  std::string base_file;
};

// Reads a tailoring file's text (named `file` in messages), loads its base
// (a built-in id, or a tree or tailoring file relative to `file`'s directory),
// applies the changes and checks the result. Returns nullopt after reporting
// every problem found; warnings (a level-3 points change, a missing
// title_en) are reported and do not stop it. Rule ids: unknown-scheme,
// tailoring-base, unknown-item, unknown-indicator, tailoring-duplicate,
// tailoring-reason, tailoring-level, tailoring-points (warning),
// tailoring-no-items, and the shared YAML and field rules.
std::optional<TailoredScheme> load_tailoring(std::string_view text, const std::string& file, Diagnostics& diagnostics);

// The name a kind of change has in tree files and JSON: "remove", "reword",
// "add", "points".
std::string_view change_kind_name(TailoringChange::Kind kind);
std::optional<TailoringChange::Kind> parse_change_kind(std::string_view name);

}  // namespace cityseceval
