// Reading any input file the way every subcommand does: telling trees from
// assessments, YAML from CSV, and choosing the scheme an assessment is scored
// against. `score` and `check` share this, so they accept and refuse exactly
// the same files with exactly the same messages.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "cityseceval/assessment.h"
#include "cityseceval/diagnostic.h"
#include "cityseceval/tree.h"

namespace cityseceval {

enum class InputKind {
  tree,             // a YAML mapping with "indicators"
  assessment_yaml,  // a YAML mapping with "ratings" (or anything else YAML)
  assessment_csv,   // a filled CSV template: first line "#scheme,..." (after an optional BOM)
};

// Decides by content, never by file name: a CSV template starts with a
// "#scheme," row; a YAML document with a top-level "indicators:" key is a tree;
// everything else is read as a YAML assessment (and its errors say so).
InputKind detect_input_kind(std::string_view text);

// Reads a filled CSV template (docs/assessment-format.md) into the same
// document a YAML assessment gives.
std::optional<AssessmentDocument> parse_assessment_csv(std::string_view text, const std::string& file,
                                                       Diagnostics& diagnostics);

// Schemes loaded once per distinct reference: a batch of assessments of one
// scheme parses its tree once. Failed loads are remembered too, and reported once.
class SchemeCache {
 public:
  // `reference` as in load_scheme(); relative paths from `base_directory`.
  const Scheme* get(const std::string& reference, const std::string& base_directory, const SourceLocation& where,
                    Diagnostics& diagnostics);

 private:
  std::map<std::string, std::unique_ptr<Scheme>> schemes_;
};

struct LoadedAssessment {
  const Scheme* scheme = nullptr;  // owned by the SchemeCache
  Assessment assessment;
};

// Parses `text` (YAML or CSV) as an assessment of the file `file`, picks its
// scheme (`tree_override`, else its own `scheme:`, else the default scheme),
// and resolves it. Returns nullopt after reporting every problem found.
std::optional<LoadedAssessment> load_assessment(std::string_view text, const std::string& file,
                                                const std::optional<std::string>& tree_override,
                                                SchemeCache& schemes, Diagnostics& diagnostics);

}  // namespace cityseceval
