// The JSON Schemas (draft 2020-12) of the file formats: indicator trees
// (docs/tree-format.md), assessments (docs/assessment-format.md),
// tailorings (docs/tailoring.md), weight profiles (docs/scoring.md) and
// phased evaluation plans (docs/plan-format.md). Editors use them to validate and explain a
// file as it is typed; the generated templates point to the assessment schema. They describe keys, types and
// rating words; what a schema cannot express (sums, ID structure, grade
// bands tiling the range) only `cityseceval check` checks.
//
// The schemas live in docs/schema/*.schema.json and are compiled into the
// binary, so `cityseceval schema NAME` prints them byte for byte.
#pragma once

#include <string_view>
#include <vector>

namespace cityseceval {

struct JsonSchema {
  std::string_view name;  // "tree", "assessment", "tailoring", "weights" or "plan": what `cityseceval schema NAME` takes
  std::string_view path;  // its file in the repository, e.g. "docs/schema/indicator-tree.schema.json"
  std::string_view text;  // the schema, exactly the file's bytes
};

// Every schema: the tree's, the assessment's, the tailoring's, the weight profile's, then the plan's.
const std::vector<JsonSchema>& json_schemas();

// The schema called `name`, or null.
const JsonSchema* find_json_schema(std::string_view name);

}  // namespace cityseceval
