// Fuzz target: a tailoring file (`tailor`, or `--tree` naming one): parsed,
// its base loaded, Table B.1's rules applied (load_tailoring). Its base is
// a built-in id or a file relative to the tailoring's directory, as for the
// CLI: the input is named as if it were in tests/data/tailoring/, so the
// seeds' bases (points-moved.tailoring.yaml ...) are found whatever the
// working directory.
// A tailored scheme that loads passes check_tree and is written back as a
// tree that loads again (fuzz_support.h: check_scheme).
#include <cstddef>
#include <cstdint>
#include <string>

#include "cityseceval/tailoring.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cityseceval;
  const std::string_view text = fuzz::as_text(data, size);
  static const std::string file = CITYSECEVAL_SOURCE_DIR "/tests/data/tailoring/fuzz.tailoring.yaml";
  Diagnostics diagnostics;
  const std::optional<TailoredScheme> tailored = load_tailoring(text, file, diagnostics);
  fuzz::expect_consistent(tailored.has_value(), diagnostics, text, "load_tailoring");
  if (tailored) fuzz::check_scheme(tailored->scheme, "load_tailoring");
  return 0;
}
