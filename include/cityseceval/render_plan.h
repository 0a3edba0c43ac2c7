// Renderers of a phased evaluation's progress (progress.h): a progress in,
// text out, like the score reports of render.h. They never print or write.
#pragma once

#include <string>

#include "cityseceval/progress.h"
#include "cityseceval/render.h"

namespace cityseceval {

// The human report: the plan (title, scheme, city, stages evaluated), a
// table of its stages (name, date, dimensions, earned / points, score,
// grade, file; "pending" for a stage not evaluated yet), then the progress:
// the dimensions evaluated, the score so far (earned / evaluated), that
// score scaled to max_points with its grade, and what is left. With nothing
// evaluated it says so and shows no score. Plain text: `color` is not used.
std::string render_plan_text(const PlanProgress& progress, const TextOptions& options);

// The machine report, one JSON object with the keys "plan", "stages" and
// "progress" (contract: docs/json-output.md, "Phased evaluation"). Names
// are given in Chinese and English whatever the language; numbers as in
// render_json: rounded to the scheme's decimals, with exact "_exact" strings.
std::string render_plan_json(const PlanProgress& progress);

}  // namespace cityseceval
