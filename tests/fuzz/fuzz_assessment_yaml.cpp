// Fuzz target: a YAML assessment, loaded against each built-in scheme as
// `score --scheme ID FILE.yaml` loads it (load_assessment), once as given
// and once with `--lenient --require-evidence` as `check` reads it. What
// loads is scored and its result checked (fuzz_support.h: load_checked).
// The lenient reading refuses nothing the strict one accepts.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cityseceval;
  const std::string_view text = fuzz::as_text(data, size);
  ReadOptions lenient;
  lenient.lenient = true;
  lenient.require_evidence = Severity::warning;
  for (const std::string& id : fuzz::builtin_ids()) {
    const bool strict = fuzz::load_checked(text, "fuzz-assessment.yaml", id).has_value();
    const bool loose = fuzz::load_checked(text, "fuzz-assessment.yaml", id, lenient).has_value();
    if (strict && !loose) fuzz::fail("--lenient refused an assessment the strict reading accepts", id);
  }
  return 0;
}
