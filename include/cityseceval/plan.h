// A phased evaluation plan (Annex A.1, 阶段评价): the framework split into
// stages, each a few dimensions evaluated on its own, by an assessment whose
// `scope:` lists exactly them. `score --plan` scores each stage's file and
// reports the progress of the whole (progress.h). Format: docs/plan-format.md.
//
// A plan is read as an assessment is, in two steps: its own shape (keys,
// types, names, dates), then against its scheme (each stage's scope). Every
// problem of both steps is reported in one run, with these rules of its own:
//   plan-overlap     a dimension in two stages                     (error)
//   plan-date        a date that is not YYYY-MM-DD, or no real date (error)
//   plan-stage-name  two stages with one name                      (error)
//   plan-coverage    dimensions in no stage                         (warning:
//                    a plan may deliberately cover part of the framework)
// besides the shared ones (invalid-scope, unknown-key, missing-key, ...).
// Matching stage files to stages adds plan-match, plan-city and
// scheme-mismatch (match_stages).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/diagnostic.h"
#include "cityseceval/input.h"
#include "cityseceval/language.h"
#include "cityseceval/tree.h"

namespace cityseceval {

struct PlanStage {
  std::string name;     // unique in the plan
  std::string name_en;  // empty when not given
  // Its dimensions (level-1 indicators of the plan's scheme), as written;
  // never empty in a loaded plan, and no dimension is in two stages.
  std::vector<const Indicator*> scope;
  std::string date;  // "YYYY-MM-DD", a real calendar date; empty when not given
  SourceLocation location;

  const std::string& display_name(Language language) const { return localized(language, name, name_en); }
};

// A checked plan. Its stages point into `scheme`, which must outlive it.
struct Plan {
  std::string file;
  std::string title;     // `plan:`
  std::string title_en;  // `plan_en:`, empty when not given
  std::string city;
  const Scheme* scheme = nullptr;
  std::vector<PlanStage> stages;  // in the order written

  const std::string& display_name(Language language) const { return localized(language, title, title_en); }
};

// Parses `text` (the plan file `file`) against `scheme`, whatever scheme it
// names. Returns nullopt after reporting every problem found; warnings
// (plan-coverage) alone do not stop it.
std::optional<Plan> read_plan(std::string_view text, const std::string& file, const Scheme& scheme,
                              Diagnostics& diagnostics);

// Parses `text`, chooses its scheme as for an assessment (input.h: --tree,
// else the plan's `scheme:` relative to the plan, else --scheme, else the
// default; a plan naming another scheme than --scheme is [scheme-mismatch]),
// and checks it. Returns nullopt after reporting every problem found.
std::optional<Plan> load_plan(std::string_view text, const std::string& file, const SchemeChoice& choice,
                              SchemeCache& schemes, Diagnostics& diagnostics);

// The stage each of `assessments` evaluates, an index into plan.stages: the
// one whose scope equals the assessment's as a set (stages never share a
// dimension, so at most one does). Reported at the assessment's scope (its
// start when it has none), and nullopt when any is reported:
//   plan-match       no scope (a full evaluation), a scope that is no
//                    stage's (the stages are listed), a second file for a stage
//   plan-city        another city than the plan's (compared trimmed)
//   scheme-mismatch  another scheme (id or version) than the plan's
// A stage no file evaluates is pending, which is no problem: it is what
// progress is made of.
std::optional<std::vector<std::size_t>> match_stages(const Plan& plan,
                                                     const std::vector<LoadedAssessment>& assessments,
                                                     Diagnostics& diagnostics);

}  // namespace cityseceval
