#include "cityseceval/check.h"

#include "cityseceval/load.h"
#include "cityseceval/plan.h"

namespace cityseceval {

InputKind check_text(std::string_view text, const std::string& file, const CheckOptions& options,
                     SchemeCache& schemes, Diagnostics& diagnostics) {
  InputKind kind = detect_input_kind(text, file);
  if (kind == InputKind::tree) {
    load_tree(text, file, diagnostics);
  } else if (kind == InputKind::plan) {
    load_plan(text, file, options.scheme, schemes, diagnostics);
  } else {
    load_assessment(text, file, options.scheme, schemes, diagnostics, options.read);
  }
  return kind;
}

void CheckReport::add(std::string file, Diagnostics diagnostics) {
  diagnostics.sort_by_location();
  files_.push_back({std::move(file), diagnostics.all(), diagnostics.error_count(), diagnostics.warning_count(),
                    diagnostics.dropped()});
}

std::size_t CheckReport::errors() const {
  std::size_t total = 0;
  for (const FileCheck& file : files_) total += file.errors;
  return total;
}

std::size_t CheckReport::warnings() const {
  std::size_t total = 0;
  for (const FileCheck& file : files_) total += file.warnings;
  return total;
}

}  // namespace cityseceval
