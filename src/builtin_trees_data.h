// The indicator-tree files compiled into the binary, in two forms, both
// generated at build time from indicators/*.yaml:
//
// - embedded_trees(): each file's text (cmake/embed_trees.cmake), the source
//   of truth, quoted by diagnostics and read when no compiled form matches;
// - compiled_trees(): each tree as the loader made it, stored by
//   save_scheme (src/scheme_archive.h) by tools/compile_trees.cpp, so that
//   a run restores it instead of parsing the YAML.
#pragma once

#include <string_view>
#include <vector>

namespace cityseceval::detail {

struct EmbeddedTree {
  std::string_view id;      // the file stem, which is also the scheme id
  std::string_view path;    // "indicators/<id>.yaml", shown in diagnostics
  std::string_view text;    // the whole file
  std::string_view sha256;  // of `text`, in hex
};

const std::vector<EmbeddedTree>& embedded_trees();

struct CompiledTree {
  std::string_view id;
  std::string_view sha256;  // of the YAML text it was compiled from
  std::string_view bytes;   // save_scheme() of the loaded tree
};

// Empty in the compiler itself (tools/no_compiled_trees.cpp), which loads the
// YAML to make them.
const std::vector<CompiledTree>& compiled_trees();

}  // namespace cityseceval::detail
