// Checking input files without scoring them: what `cityseceval check` does
// for a CI job or an editor.
//
// A check is exactly what loading does, with every diagnostic kept: an
// indicator-tree file is loaded with load_tree (which runs check_tree, its
// warnings included), a phased evaluation plan with load_plan (plan.h), an
// assessment with load_assessment (YAML or CSV, its scheme chosen and
// resolved as `score` does). So `check` accepts and refuses
// exactly what the other subcommands accept and refuse, with the same
// messages; there is no second loader to drift from the first.
//
// The results of a run are collected in a CheckReport: per file, the sorted
// diagnostics and their counts. Renderers (render_diagnostics.h) turn a
// report into text, JSON or GitHub workflow commands; apps/ prints it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/diagnostic.h"
#include "cityseceval/input.h"

namespace cityseceval {

struct CheckOptions {
  // The scheme assessments are checked against, as `score` chooses it
  // (input.h). Trees are checked on their own whatever it says.
  SchemeChoice scheme;
  ReadOptions read;  // --lenient, --require-evidence
};

// Checks the text of one input, named `file` in messages: detects what it is
// (detect_input_kind: a CSV template, a tree, a plan, else a YAML assessment) and
// loads it, adding every problem found to `diagnostics`. Problems of a tree
// an assessment refers to are reported with that tree's file name, once per
// SchemeCache. Returns the kind detected.
InputKind check_text(std::string_view text, const std::string& file, const CheckOptions& options,
                     SchemeCache& schemes, Diagnostics& diagnostics);

// What was found in one input file.
struct FileCheck {
  std::string file;                      // as named in messages: "<stdin>" for standard input
  std::vector<Diagnostic> diagnostics;   // in file, line and column order
  std::size_t errors = 0;                // counted, including those past the limit
  std::size_t warnings = 0;
  std::size_t dropped = 0;               // counted but not in `diagnostics` (Diagnostics' limit)
};

// The results of checking several files, in the order they were given.
class CheckReport {
 public:
  // Records the problems of `file` (sorted here by location).
  void add(std::string file, Diagnostics diagnostics);

  const std::vector<FileCheck>& files() const { return files_; }
  std::size_t errors() const;
  std::size_t warnings() const;

 private:
  std::vector<FileCheck> files_;
};

}  // namespace cityseceval
