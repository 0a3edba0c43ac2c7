// The parts of a JSON report that describe the scheme, the same in every
// JSON renderer (a score, a plan's progress): docs/json-output.md.
#pragma once

#include "cityseceval/tree.h"
#include "json_number.h"

namespace cityseceval {

// {"id", "title", "version"}
Json scheme_json(const Scheme& scheme);

// Where the weights come from, for a weighted scheme (Scheme::weighted):
// {"form": "weights"|"points", "profile": {"name", "name_en", "file"}|null}.
Json weights_json(const Scheme& scheme);

}  // namespace cityseceval
