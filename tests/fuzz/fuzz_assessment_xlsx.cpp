// Fuzz target: a filled workbook (.xlsx), its bytes as `score FILE.xlsx`
// reads them (load_assessment of a file named *.xlsx: the ZIP archive, its
// XML parts, the sheet's cells), against each built-in scheme. What loads
// is scored and its result checked (fuzz_support.h: load_checked).
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cityseceval;
  const std::string_view bytes = fuzz::as_text(data, size);
  for (const std::string& id : fuzz::builtin_ids()) fuzz::load_checked(bytes, "fuzz-assessment.xlsx", id);
  return 0;
}
