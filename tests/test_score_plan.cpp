// `score --plan` and `check --plan` as a user and a script see them: exit
// codes 0/1/2/3, every message of a plan and its stage files exact in English
// with its Chinese pinned (tests/data/messages/zh.txt), and nothing on stdout
// unless everything is valid. Runs start in the repository root.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "run_binary.h"
#include "support.h"

using namespace cityseceval::testing;

namespace {

const std::string plan = "examples/plan-yunxi-2025.yaml";
const std::string stage1 = "examples/yunxi-2025-stage1.yaml";
const std::string stage2 = "examples/yunxi-2025-stage2.yaml";
const std::string stage3 = "examples/yunxi-2025-stage3.yaml";
const std::string small_plan = "tests/data/rules/plan-small-ten.yaml";

// Runs `arguments` in English, checks the exit code, that stdout is empty
// and the lines of stderr; then in Chinese, each line pinned against its English.
void check_refused(const std::vector<std::string>& arguments, int exit_code, const std::vector<std::string>& expected) {
  RunResult english = run_cli(arguments);
  CHECK(english.exit_code == exit_code);
  CHECK(english.out.empty());
  const std::vector<std::string> lines = headline_lines(english.err);
  CHECK(lines == expected);
  RunOptions chinese;
  chinese.environment["CITYSECEVAL_LANG"] = "zh";
  const std::vector<std::string> zh = headline_lines(run_cli(arguments, chinese).err);
  REQUIRE(zh.size() == lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) check_chinese(lines[i], zh[i]);
}

const std::string stages_listed =
    "\"Stage 1: policy and risk control\" (6, 7); \"Stage 2: culture and innovation\" (8, 9); "
    "\"Stage 3: development and cooperation\" (10)";

}  // namespace

// --- Exit 0 -----------------------------------------------------------------------------

TEST_CASE("score --plan: -o writes the report atomically, and the inputs stay as they were", "[plan][cli]") {
  TempDir dir;
  const std::string out = dir.file("progress.txt");
  RunResult written = run_cli({"score", "--plan", plan, stage1, "-o", out});
  CHECK(written.exit_code == exit_ok);
  CHECK(written.out.empty());
  CHECK(read_bytes(out) == run_cli({"score", "--plan", plan, stage1}).out);
  CHECK(dir.list() == std::vector<std::string>{"progress.txt"});
  CHECK(read_bytes(source_path(plan)) == source_text(plan));
}

TEST_CASE("score --plan: a stage file from standard input is named <stdin>", "[plan][cli]") {
  RunOptions options;
  options.stdin_text = source_text(stage3);
  RunResult result = run_cli({"score", "--plan", plan, "-", "--format", "json"}, options);
  CHECK(result.exit_code == exit_ok);
  CHECK_THAT(result.out, Catch::Contains("\"file\": \"<stdin>\""));
}

TEST_CASE("score --plan: --tree scores the plan and its stages against the tree file", "[plan][cli]") {
  // The built-in tree given as a file: the same numbers (stage 1: 95.91).
  RunResult result = run_cli({"score", "--plan", plan, stage1, "--tree", "indicators/city-cybersecurity.yaml"});
  CHECK(result.exit_code == exit_ok);
  CHECK_THAT(result.out, Catch::Contains("6, 7        47.95 / 50    95.91  Excellent"));
}

TEST_CASE("score --plan: a plan that covers part of the framework warns, and scores", "[plan][cli]") {
  // plan-coverage.yaml evaluates dimension 1 of the small ten-point tree; the
  // stage file rates 1.1 good (2.5 points) and 1.2 [good, fair] (3.5 * 3/4 = 21/8):
  // 41/8 = 5.125 -> 5.1 of 6, scaled 41/8 / 6 * 10 = 205/24 = 8.541... -> 8.5 (one decimal, half even), pass.
  TempDir dir;
  const std::string stage = dir.write("stage.yaml", "scheme: " + source_path("tests/data/trees/small-ten.yaml") +
                                                        "\ncity: 苏州市\nscope: [\"1\"]\nratings:\n  \"1.1\": [good]\n"
                                                        "  \"1.2\": [good, fair]\n");
  RunResult result = run_cli({"score", "--plan", "tests/data/rules/plan-coverage.yaml", stage});
  CHECK(result.exit_code == exit_ok);
  CHECK(result.first_error_line() ==
        "tests/data/rules/plan-coverage.yaml:5:1: warning: no stage evaluates 2 (Technology), so the plan covers 6 of "
        "the 10 points; put every dimension in a stage for a plan of the whole framework [plan-coverage]");
  CHECK_THAT(result.out, Catch::EndsWith("Dimensions evaluated  1 Management (6 points)\n"
                                         "Score so far          5.1 / 6\n"
                                         "Scaled score          8.5 / 10  Pass\n"
                                         "Left                  2 Technology (4 points)\n"));
}

// --- Exit 1: invalid input ----------------------------------------------------------------

TEST_CASE("score --plan: a full evaluation is no stage", "[plan][cli]") {
  check_refused({"score", "--plan", plan, "examples/yunxi-2025.yaml"}, exit_invalid_input,
                {"examples/yunxi-2025.yaml:38:1: error: the assessment has no scope, so it is a full evaluation, not "
                 "a stage of the plan; write the scope of its stage: " + stages_listed + " [plan-match]"});
}

TEST_CASE("score --plan: a scope that is no stage's, and a city that is not the plan's", "[plan][cli]") {
  check_refused({"score", "--plan", small_plan, "tests/data/rules/plan-match.yaml", "tests/data/rules/plan-city.yaml"},
                exit_invalid_input,
                {"tests/data/rules/plan-match.yaml:4:1: error: no stage of the plan evaluates exactly 1 and 2; the "
                 "stages are \"Stage 1\" (1); \"Stage 2\" (2) [plan-match]",
                 "tests/data/rules/plan-city.yaml:3:7: error: the assessment is for \"杭州市\", but the plan is for "
                 "\"苏州市\" [plan-city]"});
}

TEST_CASE("score --plan: one file per stage", "[plan][cli]") {
  check_refused({"score", "--plan", plan, stage1, stage2, stage1}, exit_invalid_input,
                {"examples/yunxi-2025-stage1.yaml:26:1: error: stage \"Stage 1: policy and risk control\" is already "
                 "evaluated by examples/yunxi-2025-stage1.yaml; give one file per stage [plan-match]"});
}

TEST_CASE("score --plan: every stage is scored with the plan's scheme", "[plan][cli]") {
  check_refused({"score", "--plan", plan, "examples/qingyi-district-2025.yaml"}, exit_invalid_input,
                {"examples/qingyi-district-2025.yaml:55:9: error: the assessment is scored with scheme "
                 "\"municipal-infosec-work\" (version 1.0), but the plan's scheme is \"city-cybersecurity\" (version "
                 "1.0); every stage is scored with the plan's scheme [scheme-mismatch]",
                 "examples/qingyi-district-2025.yaml:56:7: error: the assessment is for \"清漪區\", but the plan is "
                 "for \"云溪市\" [plan-city]"});
  check_refused({"score", "--plan", plan, "--scheme", "municipal-infosec-work"}, exit_invalid_input,
                {"examples/plan-yunxi-2025.yaml:24:9: error: the plan names scheme \"city-cybersecurity\", but "
                 "--scheme municipal-infosec-work was given; leave out --scheme or correct the plan's scheme: line "
                 "[scheme-mismatch]"});
}

TEST_CASE("score --plan: a broken plan scores nothing, whatever its files", "[plan][cli]") {
  check_refused({"score", "--plan", "tests/data/rules/plan-overlap.yaml"}, exit_invalid_input,
                {"tests/data/rules/plan-overlap.yaml:9:13: error: dimension 2 (Technology) is in stage \"第一阶段\" "
                 "and again in stage \"第二阶段\"; each dimension is evaluated in one stage only [plan-overlap]"});
  check_refused({"score", "--plan", "tests/data/rules/no-such-plan.yaml", stage1}, exit_invalid_input,
                {"tests/data/rules/no-such-plan.yaml:1:1: error: cannot read file: No such file or directory "
                 "[file-unreadable]"});
  // A stage file's own problems are reported as without a plan.
  check_refused({"score", "--plan", plan, "tests/data/bad/rating-misspelt.yaml"}, exit_invalid_input,
                {headline_lines(run_cli({"score", "tests/data/bad/rating-misspelt.yaml"}).err)});
}

TEST_CASE("score --plan: an assessment given as the plan is not a plan", "[plan][cli]") {
  const std::string keys = "; expected one of: plan, plan_en, scheme, city, stages [unknown-key]";
  check_refused({"score", "--plan", stage1}, exit_invalid_input,
                {"examples/yunxi-2025-stage1.yaml:23:1: error: the plan is missing the required key \"plan\" "
                 "[missing-key]",
                 "examples/yunxi-2025-stage1.yaml:23:1: error: the plan is missing the required key \"stages\" "
                 "[missing-key]",
                 "examples/yunxi-2025-stage1.yaml:25:1: error: unknown key \"period\" in the plan" + keys,
                 "examples/yunxi-2025-stage1.yaml:26:1: error: unknown key \"scope\" in the plan" + keys,
                 "examples/yunxi-2025-stage1.yaml:27:1: error: unknown key \"ratings\" in the plan" + keys});
}

TEST_CASE("score without --plan: a plan says what it is", "[plan][cli]") {
  check_refused({"score", plan}, exit_invalid_input,
                {"examples/plan-yunxi-2025.yaml:1:1: error: this file is a phased evaluation plan (it has \"stages\"), "
                 "not an assessment: score its stages with score --plan examples/plan-yunxi-2025.yaml STAGE-FILE... "
                 "[wrong-type]"});
}

// --- Exit 2: usage ------------------------------------------------------------------------

TEST_CASE("score needs files, or a plan", "[plan][cli]") {
  check_refused({"score"}, exit_usage,
                {"cityseceval: error: no files given: score needs assessment files, or --plan PLAN with any number "
                 "of stage files"});
  check_refused({"score", "--plan", "-", "-"}, exit_usage,
                {"cityseceval: error: standard input ('-') can be read only once"});
  check_refused({"score", "--plan", plan, "-o", plan}, exit_usage,
                {"cityseceval: error: -o examples/plan-yunxi-2025.yaml would overwrite the input file "
                 "examples/plan-yunxi-2025.yaml"});
}

// --- Exit 3: the gate ---------------------------------------------------------------------

TEST_CASE("score --plan --fail-under gates the progress score, after writing the report", "[plan][cli]") {
  // Stages 1 and 2: 1828/25 of 80, scaled 457/5 = 91.40 (examples/plan-yunxi-2025.yaml).
  RunResult below = run_cli({"score", "--plan", plan, stage1, stage2, "--fail-under", "91.41"});
  CHECK(below.exit_code == 3);
  CHECK(below.out == run_cli({"score", "--plan", plan, stage1, stage2}).out);
  CHECK(below.err == "cityseceval: examples/plan-yunxi-2025.yaml: 云溪市 scored 91.40, below the gate 91.41\n");
  CHECK(run_cli({"score", "--plan", plan, stage1, stage2, "--fail-under", "91.4"}).exit_code == exit_ok);
  // Nothing evaluated is no score to pass a gate with.
  RunResult nothing = run_cli({"score", "--plan", plan, "--fail-under", "60"});
  CHECK(nothing.exit_code == 3);
  CHECK_FALSE(nothing.out.empty());
  const std::string line = "examples/plan-yunxi-2025.yaml: 云溪市 has no stage evaluated yet, so no score to "
                           "compare with the gate 60";
  CHECK(nothing.err == "cityseceval: " + line + "\n");
  RunOptions chinese;
  chinese.environment["CITYSECEVAL_LANG"] = "zh";
  check_chinese("cityseceval: " + line, lines_of(run_cli({"score", "--plan", plan, "--fail-under", "60"}, chinese).err).at(0));
}

// --- check ----------------------------------------------------------------------------------

TEST_CASE("check tells a plan by its stages: key, and checks it with its stage files", "[plan][check]") {
  RunResult alone = run_cli({"check", plan, stage1, "examples/yunxi-2025.yaml"});
  CHECK(alone.exit_code == exit_ok);
  CHECK(alone.out == "no problems in 3 files\n");
  RunResult staged = run_cli({"check", "--plan", plan, stage1, stage2, stage3});
  CHECK(staged.exit_code == exit_ok);
  CHECK(staged.out == "no problems in 4 files\n");
  RunResult full = run_cli({"check", "--plan", plan, "examples/yunxi-2025.yaml", "--format", "json"});
  CHECK(full.exit_code == exit_invalid_input);
  CHECK_THAT(full.out, Catch::StartsWith("[\n  {\"file\":\"examples/yunxi-2025.yaml\",\"line\":38,\"column\":1,"
                                         "\"severity\":\"error\",\"rule\":\"plan-match\""));
}
