// Invariants of scoring over random VALID assessments (issue #13): what must
// hold for every assessment the loader accepts, whatever it rates, whatever
// order its keys come in, however it is rendered.
//
//   a. bounds:      least_composite(scheme) <= composite <= greatest_composite(scheme),
//                   and no indicator earns more than the points it counts;
//   b. monotony:    raising any single record one step (a rating none -> partly ->
//                   mostly -> full, a fact in the direction its rule rewards) never
//                   lowers the composite, nor any level-1 score;
//   c. key order:   permuting the keys of every mapping (top level, ratings or facts,
//                   inside a fact or a long-form rating) changes nothing: every
//                   indicator's exact points, the composite, the grade;
//   d. reports:     the JSON report parses (nlohmann_json), its one-line form is the
//                   same object, and its numbers are the text report's numbers
//                   (composite, grade, every indicator's score, max and percent,
//                   every rule item's points).
//
// Used by tests/test_invariants.cpp (random assessments through the API and
// the binary) and by the structure-aware fuzz target
// tests/fuzz/fuzz_assessment_mutations.cpp, which checks them on every input
// the loader accepts; so this file depends on the library only (no Catch2).
// It reads YAML with the library's guarded reader (src/yaml_reader.h).
#pragma once

#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/assessment.h"
#include "cityseceval/language.h"
#include "cityseceval/rational.h"
#include "cityseceval/tree.h"

namespace cityseceval::invariants {

using Random = std::mt19937;

// ---- Random valid assessments ------------------------------------------------

// A random assessment of `scheme` that the loader accepts, as a resolved
// Assessment (records point into `scheme`). Rating-mean: every level of the
// scale, na with a reason (about one item in eight, never every item in
// scope), notes and evidence; points-sum: a fact of the shape each item's
// rule reads, over its whole range (true/false, counts past the caps, ratios
// as decimals, as counts and as `exists`, every outcome, judgements on their
// step with a note, missing lists, composites), the bonus section included.
// A quarter have a scope of some main sections (a bonus section is never in a scope).
Assessment random_assessment(const Scheme& scheme, Random& random);

// `assessment` as YAML text that loads back to it: `scheme:` naming
// scheme.id, the keys of every mapping in an order drawn from `random`, and
// every record in one of its written forms drawn from `random` (a rating as
// its word, its Chinese word, its value or the long form; a fact bare or as
// `{value: X, note: ...}`; flow or block style).
std::string assessment_yaml(const Scheme& scheme, const Assessment& assessment, Random& random);

// A random valid assessment of `scheme` written as YAML: the two above.
std::string random_assessment_yaml(const Scheme& scheme, Random& random);

// The same YAML document with the keys of every mapping in an order drawn
// from `random` (sequences keep theirs), comments and anchors dropped, each
// scalar kept plain or quoted as it was (a plain scalar that cannot be
// written plain again is quoted: such a value is text either way). nullopt
// when `text` is not one YAML document, or a key is not a scalar.
std::optional<std::string> permute_keys(std::string_view text, Random& random);

// One random change of the valid assessment `text` of `scheme`, for a fuzzer
// that explores valid assessments: a record replaced by another of its kind,
// an item switched to or from na (with a reason), a fact replaced by one of
// another shape (which the loader refuses), the scope changed or removed
// (records added or dropped to match), or the keys permuted. nullopt when
// `text` does not load against `scheme` without an error.
std::optional<std::string> mutate_assessment(const Scheme& scheme, std::string_view text, Random& random);

// ---- The invariants ----------------------------------------------------------

// The least composite any valid assessment of `scheme` can get (invariant a).
// Each main section's least is the least its items can earn (rating-mean: the
// lowest scale value times the points; points-sum: least_points() of each
// rule), added up, never below a `floor`. The composite is those sections'
// points earned over the points they count, scaled to max_points, so it is
// at least max_points times the smallest ratio least / points of a section
// (a scope or na takes whole sections or whole rated indicators out, and a
// weighted mean is never below its smallest part). A bonus section adds its
// least when that is negative (a scoped assessment has no bonus), and
// total_cap only lowers the top. For both built-in schemes it is 0: the
// standard's scale starts at 0 (不满足), and the municipal sheet's deductions
// (3.1.1's -5, 4.1.1's -1, 5.1.1's -2, 5.5.2's -2) stay in their sections,
// whose floor is 0, while its bonus rules count occurrences (least 0).
Rational least_composite(const Scheme& scheme);

// The greatest composite (invariant a): max_points plus what the bonus
// sections can add (bonus_cap), never above total_cap. 100 for both built-in
// schemes (the municipal sheet: 100 + 10, capped to 100).
Rational greatest_composite(const Scheme& scheme);

// What disagrees between a JSON report (render_json, `score --format json`)
// and the text report of the same result in `language` (render_text,
// `score`): the JSON does not parse, or the composite, the grade, an
// indicator's score, max or percent, or a rule item's points differ, or a
// row is in one and not the other (invariant d). Empty when they agree.
std::vector<std::string> report_mismatches(const std::string& json, const std::string& text, Language language);

struct CheckOptions {
  std::uint32_t seed = 1;  // draws the key permutations and the records raised
  int permutations = 2;    // key orders tried for invariant c
  // How many records invariant b raises, drawn by `seed`: every one when
  // unset (a fuzzer, which checks many inputs a second, raises a few).
  std::optional<std::size_t> raised_records;
};

// Every invariant above, checked for the assessment `yaml_text` of `scheme`
// through the public API (read_assessment, score, render_json,
// render_json_line, render_text in both languages). Each violation is one
// line saying which invariant, where and the numbers; empty when all hold.
// A text the loader refuses is itself a violation (the caller promised a
// valid assessment).
std::vector<std::string> check_invariants(const Scheme& scheme, std::string_view yaml_text,
                                          const CheckOptions& options = {});

}  // namespace cityseceval::invariants
