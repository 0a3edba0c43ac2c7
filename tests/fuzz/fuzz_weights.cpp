// Fuzz target: a weight profile (`--weights FILE`): read
// (read_weight_profile), then applied to each built-in scheme as the CLI
// applies it to the scheme it chose (load_chosen_scheme). A reweighted scheme
// that loads passes check_tree and is written back as a tree that loads
// again (fuzz_support.h: check_scheme).
#include <cstddef>
#include <cstdint>
#include <memory>

#include "cityseceval/weights.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cityseceval;
  const std::string_view text = fuzz::as_text(data, size);
  Diagnostics diagnostics;
  std::optional<WeightProfile> profile = read_weight_profile(text, "fuzz.weights.yaml", diagnostics);
  fuzz::expect_consistent(profile.has_value(), diagnostics, text, "read_weight_profile");
  if (!profile) return 0;
  auto shared = std::make_shared<const WeightProfile>(std::move(*profile));
  for (const std::string& id : fuzz::builtin_ids()) {
    SchemeChoice choice = fuzz::scheme_choice(id);
    choice.weights_file = "fuzz.weights.yaml";
    choice.weights = shared;
    Diagnostics applied;
    const std::optional<Scheme> scheme = load_chosen_scheme(choice, applied);
    fuzz::expect_consistent(scheme.has_value(), applied, text, "load_chosen_scheme with a weight profile");
    if (scheme) fuzz::check_scheme(*scheme, "a weight profile applied");
  }
  return 0;
}
