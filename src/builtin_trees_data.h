// The indicator-tree files compiled into the binary (generated at build time
// from indicators/*.yaml by cmake/embed_trees.cmake).
#pragma once

#include <string_view>
#include <vector>

namespace cityseceval::detail {

struct EmbeddedTree {
  std::string_view id;     // the file stem, which is also the scheme id
  std::string_view path;   // "indicators/<id>.yaml", shown in diagnostics
  std::string_view text;   // the whole file
};

const std::vector<EmbeddedTree>& embedded_trees();

}  // namespace cityseceval::detail
