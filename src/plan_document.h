// A plan as written, before it is checked against a scheme: step 1 of
// read_plan() and load_plan() (plan.h). Only the file's own shape is checked
// here: keys, types, stage names and dates; the scopes are checked once the
// scheme is known (plan_loader.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/diagnostic.h"
#include "scope.h"

namespace cityseceval {

struct WrittenStage {
  std::string name;
  std::string name_en;
  std::string date;  // a real YYYY-MM-DD date, or empty (none, or a wrong one already reported)
  std::optional<WrittenScope> scope;  // none when missing or not a list (already reported)
  SourceLocation location;
};

struct PlanDocument {
  std::string file;
  std::string title;
  std::string title_en;
  std::string city;
  std::optional<std::string> scheme;  // as written: a built-in id or a path
  SourceLocation scheme_location;     // file empty when there is no `scheme:`
  SourceLocation stages_location;     // the `stages` key: where what concerns them all is reported
  std::vector<WrittenStage> stages;
  // False when parsing reported any error: the plan is then never loaded,
  // though its scopes are still checked for their own problems.
  bool valid = true;
};

// Step 1: `text` is the plan file's content, `file` its name for messages.
// Returns nullopt when the file cannot be read as a plan at all.
std::optional<PlanDocument> parse_plan(std::string_view text, const std::string& file, Diagnostics& diagnostics);

}  // namespace cityseceval
