// Fuzz target: telling inputs apart (detect_input_kind) under the file names
// the CLI meets, and the text a file's diagnostics are quoted from
// (text_as_read): a workbook has none, a CSV is decoded, anything else is
// quoted as it is.
#include <cstddef>
#include <cstdint>
#include <string>

#include "cityseceval/input.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cityseceval;
  const std::string_view text = fuzz::as_text(data, size);
  for (std::string_view file : {"", "-", "<stdin>", "a.yaml", "a.YML", "a.csv", "a.CSV", "a.xlsx", "a.xls", "a.txt"}) {
    const InputKind kind = detect_input_kind(text, file);
    if (detect_input_kind(text, file) != kind) fuzz::fail("detect_input_kind is not deterministic");
    const std::string as_read = text_as_read(std::string(text), file);
    if (kind == InputKind::assessment_xlsx && !as_read.empty()) fuzz::fail("a workbook quoted as text");
    if (kind != InputKind::assessment_xlsx && kind != InputKind::assessment_csv && as_read != text) {
      fuzz::fail("text_as_read changed a YAML input");
    }
  }
  return 0;
}
