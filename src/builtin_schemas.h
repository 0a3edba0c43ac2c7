// The JSON Schemas compiled into the binary (generated at build time from
// docs/schema/*.schema.json by cmake/embed_trees.cmake), so an installed
// cityseceval carries the schemas its templates point editors to.
#pragma once

#include <string_view>
#include <vector>

namespace cityseceval::detail {

struct EmbeddedSchema {
  std::string_view id;     // the file name up to its first dot: "indicator-tree", "assessment"
  std::string_view path;   // "docs/schema/<id>.schema.json"
  std::string_view text;   // the whole file, byte for byte
};

const std::vector<EmbeddedSchema>& embedded_schemas();

}  // namespace cityseceval::detail
