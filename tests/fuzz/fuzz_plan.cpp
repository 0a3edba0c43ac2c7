// Fuzz target: a phased evaluation plan (`score --plan PLAN`), loaded against
// each built-in scheme as `--scheme ID --plan PLAN` loads it (load_plan).
#include <cstddef>
#include <cstdint>

#include "cityseceval/plan.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cityseceval;
  const std::string_view text = fuzz::as_text(data, size);
  for (const std::string& id : fuzz::builtin_ids()) {
    Diagnostics diagnostics;
    const std::optional<Plan> plan =
        load_plan(text, "fuzz-plan.yaml", fuzz::scheme_choice(id), fuzz::schemes(), diagnostics);
    fuzz::expect_consistent(plan.has_value(), diagnostics, text, "load_plan");
    if (!plan) continue;
    if (!plan->scheme || plan->scheme->id != id) {
      fuzz::fail("a plan loaded against another scheme than --scheme", id);
    }
    if (plan->stages.empty()) fuzz::fail("a plan loaded with no stage");
  }
  return 0;
}
