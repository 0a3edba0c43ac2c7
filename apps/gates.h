// score's gates: --fail-under SCORE and --min-grade GRADE. Each is judged
// on what the report shows (the rounded composite, and the grade decided on
// it), so a score printed as 85.00 passes --fail-under 85.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cityseceval/language.h"
#include "cityseceval/rational.h"
#include "cityseceval/summary.h"

namespace cityseceval::cli {

struct Gates {
  std::optional<Rational> fail_under;
  std::string min_grade;  // a grade id; empty: none

  bool any() const { return fail_under || !min_grade.empty(); }
};

// What the gates say of one assessment.
struct GateVerdict {
  std::vector<Text> below;           // one line per gate it is below: exit 3
  std::optional<Text> inapplicable;  // --min-grade names no grade of its scheme: an error, exit 1
};

GateVerdict judge(const Gates& gates, const ResultSummary& summary);

// Whether `grade` is a grade id of `scheme`; false after printing a usage
// error naming its grades (for --min-grade with --scheme or --tree).
bool min_grade_known(const std::string& grade, const Scheme& scheme);

}  // namespace cityseceval::cli
