// Fuzz target: an indicator-tree file, as `--tree FILE` and `check` read it
// (load_tree). A tree that loads passes its own checks and survives being
// written back (fuzz_support.h: check_scheme).
#include <cstddef>
#include <cstdint>

#include "cityseceval/load.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cityseceval;
  const std::string_view text = fuzz::as_text(data, size);
  Diagnostics diagnostics;
  const std::optional<Scheme> scheme = load_tree(text, "fuzz-tree.yaml", diagnostics);
  fuzz::expect_consistent(scheme.has_value(), diagnostics, text, "load_tree");
  if (scheme) fuzz::check_scheme(*scheme, "load_tree");
  return 0;
}
