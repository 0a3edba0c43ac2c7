// Fuzz target: the scoring pair. An assessment (YAML, or CSV when it starts
// with a "#scheme," row) loaded against each built-in scheme, scored, and
// every output the CLI offers made of the result: text, JSON, JSON lines,
// the score table as csv/tsv/markdown/text, explain, gaps, compare and the
// report as HTML and Markdown (fuzz_support.h: render_everything).
#include <cstddef>
#include <cstdint>

#include "cityseceval/score.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cityseceval;
  const std::string_view text = fuzz::as_text(data, size);
  for (const std::string& id : fuzz::builtin_ids()) {
    const std::optional<LoadedAssessment> loaded = fuzz::load_checked(text, "fuzz-assessment.yaml", id);
    if (!loaded) continue;
    const ScoreResult result = score(*loaded->scheme, loaded->assessment);
    fuzz::render_everything(*loaded->scheme, loaded->assessment, result);
  }
  return 0;
}
