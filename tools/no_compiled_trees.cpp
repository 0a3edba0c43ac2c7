// The tree compiler's own table of compiled trees: empty, since it makes them.
// With no compiled form, load_builtin_scheme loads each tree from its YAML.
#include "builtin_trees_data.h"

namespace cityseceval::detail {

const std::vector<CompiledTree>& compiled_trees() {
  static const std::vector<CompiledTree> none;
  return none;
}

}  // namespace cityseceval::detail
