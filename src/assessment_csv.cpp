// Reading a filled CSV template. Not yet supported: issue #4 adds it.
#include "cityseceval/input.h"

namespace cityseceval {

std::optional<AssessmentDocument> parse_assessment_csv(std::string_view, const std::string& file,
                                                       Diagnostics& diagnostics) {
  diagnostics.error({file, 1, 1}, "CSV assessments are not supported yet", "unsupported-format");
  return std::nullopt;
}

}  // namespace cityseceval
