// The invariants of scoring (tests/invariants.h) over random valid
// assessments of both built-in schemes, through the API and through the
// built binary. Seeds are fixed, so a failure reproduces; a failure prints
// the seed and the assessment's YAML. tests/fuzz/fuzz_assessment_mutations.cpp
// checks the same invariants on whatever a fuzzer makes of these assessments.
#include "invariants.h"

#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <vector>

#include "cityseceval/input.h"
#include "cityseceval/render.h"
#include "cityseceval/score.h"
#include "run_binary.h"
#include "scoring_support.h"
#include "support.h"

using namespace cityseceval;
using namespace cityseceval::invariants;
using namespace cityseceval::testing;

namespace {

constexpr std::uint32_t first_seed = 20261301;

// Checks `count` random assessments of `scheme`, assessment n drawn from
// seed first + n; every violation is reported with its seed and YAML.
// `raised` records of each are raised one step (all when unset): over a few
// hundred assessments every item is raised from many ratings or facts.
void check_random_assessments(const Scheme& scheme, std::uint32_t first, int count,
                              std::optional<std::size_t> raised = {}) {
  for (int n = 0; n < count; ++n) {
    std::uint32_t seed = first + static_cast<std::uint32_t>(n);
    Random random(seed);
    std::string yaml = random_assessment_yaml(scheme, random);
    std::vector<std::string> violations = check_invariants(scheme, yaml, {seed, 2, raised});
    if (!violations.empty()) {
      FAIL(fmt::format("seed {} ({}):\n{}\n--- assessment ---\n{}", seed, scheme.id, fmt::join(violations, "\n"), yaml));
    }
  }
}

Assessment loaded(const Scheme& scheme, const std::string& yaml) {
  Diagnostics diagnostics;
  std::optional<Assessment> assessment = read_assessment(yaml, "random.yaml", scheme, diagnostics);
  INFO(yaml);
  REQUIRE(assessment);
  return std::move(*assessment);
}

}  // namespace

TEST_CASE("invariants: the least and greatest composite of each scheme", "[invariants]") {
  // The standard: ratings 0..1 (不满足 = 0), so a section's least is 0 of its
  // points; no bonus, no total cap: [0, 100].
  CHECK(least_composite(builtin_scheme()) == Rational(0));
  CHECK(greatest_composite(builtin_scheme()) == Rational(100));
  // The municipal sheet: sections 3, 4 and 5 can go below 0 (3.1.1 -3 - 4 x 0.5
  // = -5; 4.1.1 -1; 5.1.1 -2 and 5.5.2 -2) but every section has floor 0; the
  // bonus rules count occurrences (least 0): least 0. Most: 100 + the bonus cap
  // 10 = 110, capped by total_cap to 100.
  CHECK(least_composite(municipal_scheme()) == Rational(0));
  CHECK(greatest_composite(municipal_scheme()) == Rational(100));
  // rules-small without its floors: section 1 least 0 - 2 + 0 - 1 = -3 of 8
  // points, section 2 least 0 + (0 + 2 x -0.5) = -1 of 2 points. A scope of
  // section 2 alone scores -1 / 2 x 10 = -5, the smaller ratio: least -5.
  // Most: 10 + the bonus cap 3 = 13, capped by total_cap 10.
  Scheme unfloored = load_test_tree("tests/data/trees/rules-small.yaml");
  for (Indicator& section : unfloored.indicators) section.floor.reset();
  CHECK(least_composite(unfloored) == Rational(-5));
  CHECK(greatest_composite(unfloored) == Rational(10));
  check_random_assessments(unfloored, first_seed + 90000, 100);
}

TEST_CASE("invariants: random assessments of the standard", "[invariants]") {
  // 144 items: 40 raised from each of 300 assessments, each item ~80 times.
  check_random_assessments(builtin_scheme(), first_seed, 300, 40);
}

TEST_CASE("invariants: random assessments of the municipal sheet", "[invariants]") {
  check_random_assessments(municipal_scheme(), first_seed + 10000, 300, 20);
}

TEST_CASE("invariants: random assessments of the small test trees", "[invariants]") {
  check_random_assessments(small_ten(), first_seed + 20000, 150);
  check_random_assessments(rules_small(), first_seed + 30000, 150);
}

TEST_CASE("invariants: the generator draws every form the checks must see", "[invariants]") {
  // Over 200 assessments of each scheme: every rating level, na, scopes, the
  // long form; every fact shape and the forms of ratios.
  std::set<std::string> standard, municipal;
  for (int n = 0; n < 200; ++n) {
    Random random(first_seed + 40000 + static_cast<std::uint32_t>(n));
    Assessment a = loaded(builtin_scheme(), random_assessment_yaml(builtin_scheme(), random));
    if (!a.scope.empty()) standard.insert("scope");
    for (const ItemRecord& record : a.records()) {
      const Rating& rating = std::get<Rating>(record.value);
      standard.insert(rating.applicable() ? rating.level->id : "na");
      if (!rating.note.empty()) standard.insert("note");
      if (!rating.evidence.empty()) standard.insert("evidence");
    }
    Assessment m = loaded(municipal_scheme(), random_assessment_yaml(municipal_scheme(), random));
    if (!m.scope.empty()) municipal.insert("scope");
    std::vector<const Fact*> facts;  // every item's fact, and the parts of composites
    for (const ItemRecord& record : m.records()) {
      const Fact& fact = std::get<Fact>(record.value);
      facts.push_back(&fact);
      for (const FactPart& part : fact.parts) facts.push_back(&part.fact);
      if (record.item->id == "8.1.1") municipal.insert("bonus");
    }
    for (const Fact* each : facts) {
      const Fact& fact = *each;
      if (fact.kind == FactKind::boolean) municipal.insert(fact.yes ? "true" : "false");
      if (fact.kind == FactKind::ratio) {
        municipal.insert(fact.numerator ? "ratio counts" : fact.exists ? "exists alone" : "ratio decimal");
      }
      if (fact.kind == FactKind::choice) municipal.insert("choice " + fact.outcome);
      if (fact.kind == FactKind::parts) municipal.insert("parts");
      if (fact.kind == FactKind::missing && !fact.missing.empty()) municipal.insert("missing");
      if (fact.kind == FactKind::score) municipal.insert("score");
      if (fact.kind == FactKind::count && fact.number > Rational(5)) municipal.insert("count past a cap");
    }
  }
  CHECK(standard == std::set<std::string>{"full", "mostly", "partly", "none", "na", "scope", "note", "evidence"});
  CHECK(municipal == std::set<std::string>{"bonus", "true", "false", "ratio counts", "exists alone", "ratio decimal",
                                           "choice drill", "choice training", "choice none", "choice issued",
                                           "choice drafted", "choice on-time", "choice late", "parts", "missing",
                                           "score", "count past a cap", "scope"});
}

TEST_CASE("invariants: the reports' numbers are compared, and a difference is found", "[invariants]") {
  // examples/linjiang-2025.yaml: M = 9650/99 -> 97.47 (docs/scoring.md), 6.2.1 earns 9/5 -> 1.80.
  const std::string yaml = source_text("examples/linjiang-2025.yaml");
  ScoreResult result = score(builtin_scheme(), loaded(builtin_scheme(), yaml));
  std::string json = render_json(result), text = render_text(result, {Language::en, false});
  REQUIRE(text.find("97.47 / 100") != std::string::npos);
  CHECK(report_mismatches(json, text, Language::en).empty());

  std::string wrong_composite = text;
  wrong_composite.replace(wrong_composite.find("97.47 / 100"), 5, "97.48");
  CHECK(report_mismatches(json, wrong_composite, Language::en) ==
        std::vector<std::string>{"d. reports: the composite: JSON 97.47, text \"97.48\""});
  std::string wrong_row = text;
  std::size_t row = wrong_row.find("6.2.1 ");
  wrong_row.replace(wrong_row.find("1.80", row), 4, "1.81");
  CHECK(report_mismatches(json, wrong_row, Language::en) ==
        std::vector<std::string>{"d. reports: 6.2.1 score: JSON 1.8, text \"1.81\""});
  CHECK(report_mismatches(json.substr(0, json.size() / 2), text, Language::en).front().starts_with(
      "d. reports: the JSON report does not parse:"));
}

TEST_CASE("invariants: the examples keep every invariant", "[invariants]") {
  for (const char* example : {"examples/linjiang-2025.yaml", "examples/xiling-2025-special.yaml",
                              "examples/yunxi-2025.yaml", "examples/qingyi-district-2025.yaml",
                              "examples/lanting-district-2025.yaml"}) {
    const std::string yaml = source_text(example);
    const Scheme& scheme = yaml.find("municipal-infosec-work") != std::string::npos ? municipal_scheme()
                                                                                    : builtin_scheme();
    INFO(example);
    CHECK(check_invariants(scheme, yaml, {1, 3, {}}).empty());
  }
}

TEST_CASE("invariants: mutations of valid assessments mostly stay valid", "[invariants]") {
  // The fuzz target's mutator: from a valid assessment, most mutations give
  // another one the loader accepts (a fact of another shape is refused by
  // design); each accepted one keeps every invariant.
  for (const Scheme* scheme : {&builtin_scheme(), &municipal_scheme()}) {
    Random random(first_seed + 50000);
    std::string yaml = random_assessment_yaml(*scheme, random);
    int accepted = 0, count = 60;
    for (int n = 0; n < count; ++n) {
      std::optional<std::string> mutated = mutate_assessment(*scheme, yaml, random);
      REQUIRE(mutated);
      Diagnostics diagnostics;
      if (!read_assessment(*mutated, "mutated.yaml", *scheme, diagnostics)) {
        // Refused only by design: a fact of another shape (a value, or a
        // mapping with other keys), or every item na.
        for (const Diagnostic& diagnostic : diagnostics.all()) {
          INFO(format_diagnostic(diagnostic, Language::en) << "\n" << *mutated);
          CHECK((diagnostic.rule == "invalid-fact" || diagnostic.rule == "unknown-key" ||
                 diagnostic.rule == "missing-key" || diagnostic.rule == "nothing-evaluated"));
        }
        continue;
      }
      ++accepted;
      std::vector<std::string> violations = check_invariants(*scheme, *mutated, {static_cast<std::uint32_t>(n), 1, 10});
      INFO(*mutated);
      CHECK(violations.empty());
      yaml = *mutated;
    }
    CHECK(accepted > count / 2);
  }
}

TEST_CASE("invariants: JSON and text reports of the binary agree", "[invariants][cli]") {
  // 24 random assessments, half of each scheme, through `score --format json`
  // and `score` in English and in Chinese.
  TempDir directory;
  for (int n = 0; n < 24; ++n) {
    std::uint32_t seed = first_seed + 60000 + static_cast<std::uint32_t>(n);
    Random random(seed);
    const Scheme& scheme = n % 2 ? municipal_scheme() : builtin_scheme();
    std::string yaml = random_assessment_yaml(scheme, random);
    std::string file = fmt::format("a{}.yaml", n);
    directory.write(file, yaml);
    Language language = n % 4 < 2 ? Language::en : Language::zh;
    std::string lang = language == Language::en ? "en" : "zh";
    RunResult json = run_in(directory, {"score", file, "--format", "json"});
    RunResult text = run_in(directory, {"score", file, "--lang", lang});
    INFO("seed " << seed << "\n" << yaml << "\n" << json.err);
    REQUIRE(json.exit_code == exit_ok);
    REQUIRE(text.exit_code == exit_ok);
    CHECK(report_mismatches(json.out, text.out, language).empty());
  }
}
