#include "cityseceval/check.h"

#include "cityseceval/load.h"
#include "cityseceval/tailoring.h"
#include "cityseceval/weights.h"
#include "cityseceval/plan.h"

namespace cityseceval {

namespace {

// A weight profile is checked by applying it to a fresh copy of its scheme:
// --tree or --scheme, else the built-in scheme its `scheme:` names, else the
// default one.
void check_weight_profile(std::string_view text, const std::string& file, const CheckOptions& options,
                          Diagnostics& diagnostics) {
  std::optional<WeightProfile> profile = read_weight_profile(text, file, diagnostics);
  if (!profile) return;
  SchemeChoice choice = options.scheme;
  choice.weights = nullptr;
  std::optional<Scheme> scheme;
  if (choice.scheme_id.empty() && choice.tree_file.empty() && !profile->scheme.empty()) {
    scheme = load_builtin_scheme(profile->scheme, profile->scheme_location, diagnostics);
  } else {
    scheme = load_chosen_scheme(choice, diagnostics);
  }
  if (scheme) apply_weight_profile(*profile, *scheme, diagnostics);
}

}  // namespace

InputKind check_text(std::string_view text, const std::string& file, const CheckOptions& options,
                     SchemeCache& schemes, Diagnostics& diagnostics) {
  InputKind kind = detect_input_kind(text, file);
  if (kind == InputKind::tree) {
    load_tree(text, file, diagnostics);
  } else if (kind == InputKind::tailoring) {
    load_tailoring(text, file, diagnostics);
  } else if (kind == InputKind::weight_profile) {
    check_weight_profile(text, file, options, diagnostics);
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
