// What every libFuzzer target of tests/fuzz/ shares (docs/reliability.md,
// "Fuzzing"): the built-in schemes loaded once, the checks that must hold
// whatever the input, and running the renderers the CLI offers on a result.
//
// A target feeds its input through the public API exactly as the CLI would
// and calls fail() (which aborts, so libFuzzer keeps the input as a crash)
// when something that must hold does not. Exceptions are not caught here:
// the CLI catches none on these paths (an exception reaching its main() is
// an internal error), so one escaping a target is a finding too.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/assessment.h"
#include "cityseceval/diagnostic.h"
#include "cityseceval/input.h"
#include "cityseceval/score.h"
#include "cityseceval/tree.h"

namespace cityseceval::fuzz {

// The input as the text a loader takes (bytes, not necessarily UTF-8).
std::string_view as_text(const std::uint8_t* data, std::size_t size);

// Prints what broke, with the detail, and aborts.
[[noreturn]] void fail(std::string_view what, std::string_view detail = {});

// A loader's answer agrees with its diagnostics: a value and no error, or
// nothing and at least one error (a refusal must say why). Every diagnostic
// is also formatted in both languages, as the CLI prints it, with and without
// the source line quoted under it.
void expect_consistent(bool loaded, const Diagnostics& diagnostics, std::string_view source, std::string_view loader);

// The ids of the built-in schemes, in order.
const std::vector<std::string>& builtin_ids();

// One scheme cache for the whole run: a built-in scheme is loaded once, as
// in a batch.
SchemeCache& schemes();

// `--scheme ID`: what the CLI's SchemeChoice holds for it.
SchemeChoice scheme_choice(const std::string& id);

// load_assessment() as `score --scheme ID FILE` calls it, checked with
// expect_consistent(); an accepted assessment is also scored and its result
// checked (check_result).
std::optional<LoadedAssessment> load_checked(std::string_view text, const std::string& file,
                                             const std::string& scheme_id, const ReadOptions& options = {});

// A loaded scheme (a tree, a tailored or reweighted scheme) passes
// check_tree() with no error, and written back as a tree file (render_tree.h,
// by points and by weights) loads again to a scheme that writes the same
// file. Also what `docs` and `template` make of it.
void check_scheme(const Scheme& scheme, std::string_view what);

// What every result must satisfy: 0 <= composite <= the most the scheme
// gives (its total cap, else its maximum plus its bonus caps); the reported
// value is the composite rounded as the scheme says; a scheme with grade
// bands gives a grade; the evaluated part is within the scheme.
void check_result(const ScoreResult& result);

// Every output the CLI can make of one result: text (both languages), JSON
// (an object, a line, an array element; each parsed back), the score table
// as csv, tsv, markdown and text, explanations, improvement priorities, the
// report as HTML and Markdown (with the comparison to itself).
void render_everything(const Scheme& scheme, const Assessment& assessment, const ScoreResult& result);

}  // namespace cityseceval::fuzz
