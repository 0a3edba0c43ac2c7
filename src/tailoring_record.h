// The record a tailored scheme keeps in its tree file (docs/tailoring.md):
// the top-level `tailoring:` (its base and every change) and an indicator's
// `retired_items:`. `cityseceval tailor` writes them (render_tree.h), so a
// published tailored tree says where it comes from and loads back the same.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cityseceval/diagnostic.h"
#include "cityseceval/tree.h"
#include "yaml_reader.h"

namespace cityseceval {

// The `tailoring:` mapping of a tree file: `base: {id, version}` and
// `changes:`, each `{kind, item | indicator, text, from, to, reason}` as its
// kind needs [wrong-type, missing-key, unknown-key].
std::optional<Tailoring> read_tailoring_record(const yaml::Node& node, const std::string& file,
                                               Diagnostics& diagnostics);

// An indicator's `retired_items:`, a list of item IDs (null when absent) [wrong-type].
std::vector<std::string> read_retired_items(const yaml::Node* list, const std::string& indicator_id,
                                            const std::string& file, Diagnostics& diagnostics);

}  // namespace cityseceval
