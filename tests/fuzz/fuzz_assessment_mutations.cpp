// A structure-aware libFuzzer target: it explores VALID assessments of the
// two built-in schemes and checks the invariants of scoring
// (tests/invariants.h) on every one the loader accepts.
//
// The custom mutator reads the input as an assessment of a built-in scheme
// and, when it loads, makes one change a valid assessment can have (a
// rating or fact replaced, an item switched to or from na, a fact of another
// shape, the scope changed or removed, the keys permuted) and writes it back
// as YAML; an input that does not load, and one mutation in eight, gets
// libFuzzer's own byte-level mutation instead, so the loader's refusals are
// explored too. Every input the loader accepts without an error is checked:
// a violation is printed and abort()s, which libFuzzer reports as a crash
// and keeps as a reproducer.
//
// Seeds: examples/*.yaml and tests/data/good/ (files that are not
// assessments, such as plans and tailorings, simply fall back to byte-level
// mutation). Built by the fuzz targets' CMake with tests/invariants.cpp;
// docs/reliability.md ("Invariants") says how to run it.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/input.h"
#include "cityseceval/load.h"
#include "invariants.h"

extern "C" size_t LLVMFuzzerMutate(uint8_t* data, size_t size, size_t max_size);

namespace {

using namespace cityseceval;

const std::vector<Scheme>& builtin() {
  static const std::vector<Scheme> schemes = [] {
    std::vector<Scheme> loaded;
    for (std::string_view id : builtin_scheme_ids()) {
      Diagnostics diagnostics;
      std::optional<Scheme> scheme = load_builtin_scheme(std::string(id), {}, diagnostics);
      if (!scheme) std::abort();  // a built-in tree always loads
      loaded.push_back(std::move(*scheme));
    }
    return loaded;
  }();
  return schemes;
}

std::string_view as_text(const uint8_t* data, size_t size) {
  return size == 0 ? std::string_view() : std::string_view(reinterpret_cast<const char*>(data), size);
}

}  // namespace

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t max_size, unsigned int seed) {
  invariants::Random random(seed);
  if (std::uniform_int_distribution<int>(0, 7)(random) != 0) {
    for (const Scheme& scheme : builtin()) {
      std::optional<std::string> mutated = invariants::mutate_assessment(scheme, as_text(data, size), random);
      if (!mutated) continue;
      if (mutated->size() > max_size) break;
      std::memcpy(data, mutated->data(), mutated->size());
      return mutated->size();
    }
  }
  return LLVMFuzzerMutate(data, size, max_size);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text = as_text(data, size);
  for (const Scheme& scheme : builtin()) {
    Diagnostics diagnostics;
    if (!read_assessment(text, "input.yaml", scheme, diagnostics)) continue;
    // A few records raised per input (every record would cost a hundred scores).
    invariants::CheckOptions options;
    options.seed = static_cast<std::uint32_t>(size);
    options.permutations = 1;
    options.raised_records = 8;
    std::vector<std::string> violations = invariants::check_invariants(scheme, text, options);
    if (violations.empty()) continue;
    std::fprintf(stderr, "invariant violated (%s):\n", scheme.id.c_str());
    for (const std::string& violation : violations) std::fprintf(stderr, "  %s\n", violation.c_str());
    std::fprintf(stderr, "--- input ---\n%.*s\n", static_cast<int>(text.size()), text.data());
    std::abort();
  }
  return 0;
}
