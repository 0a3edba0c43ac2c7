// What the fuzz targets found (tests/fuzz/, docs/reliability.md "Fuzzing"),
// each pinned with its exact diagnostic. The inputs are the regressions in
// tests/data/fuzz/<target>/, which ctest's fuzz_replay_<target> also runs.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "cityseceval/input.h"
#include "cityseceval/plan.h"
#include "run_binary.h"
#include "support.h"

using namespace cityseceval;
using namespace cityseceval::testing;

namespace {

SchemeChoice standard() {
  SchemeChoice choice;
  choice.scheme_id = "city-cybersecurity";
  return choice;
}

}  // namespace

// fuzz_assessment_yaml: the YAML reader reports a duplicate key and reads on;
// the parser counted errors only from after it, so the file loaded.
TEST_CASE("an assessment with a duplicate top-level key is not loaded", "[fuzz]") {
  const std::string text = read_source_file("tests/data/fuzz/assessment_yaml/duplicate-top-level-key.yaml");
  SchemeCache schemes;
  Diagnostics diagnostics;
  CHECK_FALSE(load_assessment(text, "a.yaml", standard(), schemes, diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  // Line 4 is `city: X`, line 5 `city: 苏州市` (two comment lines first).
  CHECK(format_diagnostic(diagnostics.all().front(), Language::en) ==
        "a.yaml:5:1: error: duplicate key \"city\"; first defined at line 4 [duplicate-key]");
}

TEST_CASE("score refuses an assessment with a duplicate top-level key: exit 1, nothing printed", "[fuzz]") {
  TempDir dir;
  dir.write("dup.yaml", read_source_file("tests/data/fuzz/assessment_yaml/duplicate-top-level-key.yaml"));
  RunOptions options;
  options.working_directory = dir.path();
  const RunResult run = run_binary({"score", "--lang", "en", "dup.yaml"}, options);
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK(run.first_error_line() == "dup.yaml:5:1: error: duplicate key \"city\"; first defined at line 4 [duplicate-key]");
}

// fuzz_plan: the same in a plan, a stage's `scope:` given twice.
TEST_CASE("a plan with a duplicate key in a stage is not loaded", "[fuzz]") {
  const std::string text = read_source_file("tests/data/fuzz/plan/duplicate-scope-in-stage.yaml");
  SchemeCache schemes;
  Diagnostics diagnostics;
  CHECK_FALSE(load_plan(text, "plan.yaml", standard(), schemes, diagnostics));
  // Only the error: the coverage warning waits until the plan has none.
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(format_diagnostic(diagnostics.all().front(), Language::en) ==
        "plan.yaml:8:5: error: duplicate key \"scope\"; first defined at line 7 [duplicate-key]");
}
