// {"name": "cityseceval", "version": "0.1.0"}: the tool that wrote a JSON
// report, the last key of every report object (a score, a plan's progress,
// compare, gaps, explain, rank, trend), so a result can be traced to the
// version that produced it (docs/json-output.md).
#pragma once

#include "json_number.h"

namespace cityseceval {

Json generator_json();

}  // namespace cityseceval
