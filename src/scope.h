// The scope of an evaluation: the level-1 indicators (dimensions) a special
// evaluation, or one stage of a phased one, covers (Annex A.1). Written as
// `scope:` in an assessment (or a CSV `#scope` row) and in each stage of a
// plan (plan.h); both are read and checked here, so both accept and refuse
// the same scopes with the same messages [invalid-scope].
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cityseceval/diagnostic.h"
#include "cityseceval/tree.h"
#include "yaml_reader.h"

namespace cityseceval {

// A scope as written, not yet checked against a scheme.
struct WrittenScope {
  SourceLocation location;  // the key
  bool well_formed = true;  // false when it was not a list of plain values (already reported)
  struct Dimension {
    std::string id;
    SourceLocation location;
  };
  std::vector<Dimension> dimensions;
};

// `scope: ["6", "8"]`, the YAML `value` of `key`; an entry that is not a
// plain value, or a value that is not a list, is reported [invalid-scope].
WrittenScope read_scope(const yaml::Node& key, const yaml::Node& value, const std::string& file,
                        Diagnostics& diagnostics);

// The scope checked against `scheme`: each a top-level indicator that is not
// a bonus section, listed once, and at least one [invalid-scope]. The
// dimensions in the order written, or nullopt when the scope is wrong (every
// problem reported): what a file must record depends on its scope, so
// nothing else is worth checking against a wrong one.
std::optional<std::vector<const Indicator*>> resolve_scope(const WrittenScope& scope, const Scheme& scheme,
                                                           Diagnostics& diagnostics);

}  // namespace cityseceval
