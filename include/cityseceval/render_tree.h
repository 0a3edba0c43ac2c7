// A scheme written as an indicator-tree file (docs/tree-format.md): what
// `cityseceval tailor` publishes, so a tailored scheme can be shared and used
// like any tree (--tree, an assessment's `scheme:`).
//
// The file loads back (load_tree) to the same scheme: every ID, name, clause
// heading and description, item text and direct-score flag, every indicator's
// points, the rating scale, the grade bands with each bound's inclusion, the
// precision, and a tailored scheme's record: each indicator's retired item
// IDs and the `tailoring:` section (its base and every change with its
// reason). Every text is a YAML double-quoted scalar with escapes, so no text
// (quotes, '#', ': ', line breaks, a leading '-') can change the structure;
// numbers are exact: plain decimals, or fractions where no decimal is. Comments of the original file are not kept.
#pragma once

#include <optional>
#include <string>

#include "cityseceval/tree.h"

namespace cityseceval {

// The tree file of a rating-mean scheme, giving points or weights as the
// scheme's own file did. nullopt for a points-sum scheme: its rules, basis
// and decisions are not written (the caller says so).
std::optional<std::string> render_tree_yaml(const Scheme& scheme);
// ... giving each indicator's points, or its weight (A.1-A.3: its points over
// its parent's, alpha at level 1) as `form` says: `cityseceval tree
// --as-points|--as-weights`. Numbers a decimal cannot hold exactly are
// written as fractions ("1/3", "100/3"). Either form loads back to the same
// points, so to the same scores.
std::optional<std::string> render_tree_yaml(const Scheme& scheme, PointsForm form);

}  // namespace cityseceval
