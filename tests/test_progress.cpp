// The progress of a phased evaluation (progress.h) through the public API,
// on the built-in tree (Table B.1: dimensions 6: 20, 7: 30, 8: 15, 9: 15,
// 10: 20 points). Every expected number is worked out by hand in the comment
// beside it (docs/scoring.md, "Phased evaluation").
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "cityseceval/input.h"
#include "cityseceval/plan.h"
#include "cityseceval/progress.h"
#include "scoring_support.h"
#include "support.h"

using namespace cityseceval;
using namespace cityseceval::testing;

namespace {

Plan read_plan_text(const std::string& text) {
  Diagnostics diagnostics;
  auto plan = read_plan(text, "plan.yaml", builtin_scheme(), diagnostics);
  REQUIRE(plan);
  return std::move(*plan);
}

// The example: stage 1 is 6 and 7, stage 2 is 8 and 9, stage 3 is 10.
const Plan& example_plan() {
  static const Plan plan = read_plan_text(read_source_file("examples/plan-yunxi-2025.yaml"));
  return plan;
}

// An example stage file, scored as `score` scores it.
ScoreResult stage_result(int stage) {
  return score_text(builtin_scheme(),
                    read_source_file("examples/yunxi-2025-stage" + std::to_string(stage) + ".yaml"));
}

// The example's progress with the stage files `given` (1, 2, 3).
PlanProgress example_progress(const std::vector<int>& given) {
  std::vector<std::optional<ScoreResult>> results(3);
  for (int stage : given) results[stage - 1] = stage_result(stage);
  return progress(example_plan(), std::move(results));
}

// A scoped assessment of the built-in tree: everything in `dimensions` full
// but `overrides`.
ScoreResult scoped(const std::vector<std::string>& dimensions, const std::string& scope,
                   const std::map<std::string, std::string>& overrides = {}) {
  const Scheme& scheme = builtin_scheme();
  return score_text(scheme, assessment_text(scheme, "full", only_in(scheme, dimensions, overrides),
                                            "scope: " + scope + "\n"));
}

}  // namespace

// The example's stages, from their headers (points earned = points * mean rating, per level-3
// indicator; the dimension sums are examples/yunxi-2025.yaml's):
//   stage 1: 6 = 2899/150, 7 = 2147/75 = 4294/150; earned 7193/150 of 50; composite 7193/75 -> 95.91
//   stage 2: 8 = 287/20 = 861/60, 9 = 649/60; earned 1510/60 = 151/6 of 30; composite 755/9 -> 83.89
//   stage 3: 10 = 107/6 of 20; composite 535/6 -> 89.17
TEST_CASE("progress: each stage is what score gives for its file alone", "[progress]") {
  PlanProgress report = example_progress({1, 2, 3});
  REQUIRE(report.stages.size() == 3);
  struct Expected {
    Rational earned, max, composite;
    const char* reported;
    const char* grade;
  };
  const Expected expected[] = {{Rational(7193, 150), Rational(50), Rational(7193, 75), "95.91", "excellent"},
                               {Rational(151, 6), Rational(30), Rational(755, 9), "83.89", "good"},
                               {Rational(107, 6), Rational(20), Rational(535, 6), "89.17", "excellent"}};
  for (std::size_t i = 0; i < 3; ++i) {
    INFO("stage " << i + 1);
    const StageProgress& stage = report.stages[i];
    CHECK(stage.stage == &example_plan().stages[i]);
    REQUIRE(stage.evaluated());
    CHECK(stage.points == expected[i].max);
    CHECK(stage.result->evaluated.earned == expected[i].earned);
    CHECK(stage.result->evaluated.max == expected[i].max);
    CHECK(stage.result->composite == expected[i].composite);
    CHECK(stage.result->format(stage.result->reported) == expected[i].reported);
    CHECK(grade_of(*stage.result) == expected[i].grade);
  }
}

TEST_CASE("progress: one stage of three", "[progress]") {
  // Stage 1 only: E = 7193/150, V = 50; P = 7193/150 / 50 * 100 = 7193/75 = 95.9066... -> 95.91,
  // excellent (its own composite). Left: 8, 9, 10, 15 + 15 + 20 = 50 points.
  PlanProgress report = example_progress({1});
  CHECK(report.earned == Rational(7193, 150));
  CHECK(report.evaluated_max == Rational(50));
  REQUIRE(report.composite);
  CHECK(*report.composite == Rational(7193, 75));
  CHECK(report.format(report.reported) == "95.91");
  REQUIRE(report.grade);
  CHECK(report.grade->id == "excellent");
  CHECK(ids_of(report.dimensions_evaluated) == std::vector<std::string>{"6", "7"});
  CHECK(report.points_covered == Rational(50));
  CHECK(ids_of(report.dimensions_left) == std::vector<std::string>{"8", "9", "10"});
  CHECK(report.max_left == Rational(50));
  CHECK_FALSE(report.complete);
  CHECK_FALSE(report.stages[1].evaluated());
  CHECK(report.stages[1].points == Rational(30));
  CHECK(report.stages[2].points == Rational(20));
}

TEST_CASE("progress: two stages of three", "[progress]") {
  // Stages 1 and 2: E = 7193/150 + 151/6 = 7193/150 + 3775/150 = 10968/150 = 1828/25 = 73.12,
  // V = 50 + 30 = 80; P = 1828/25 / 80 * 100 = 457/5 = 91.40, excellent. Left: 10, 20 points.
  PlanProgress report = example_progress({1, 2});
  CHECK(report.earned == Rational(1828, 25));
  CHECK(report.evaluated_max == Rational(80));
  REQUIRE(report.composite);
  CHECK(*report.composite == Rational(457, 5));
  CHECK(report.format(report.reported) == "91.40");
  CHECK(report.grade->id == "excellent");
  CHECK(ids_of(report.dimensions_evaluated) == std::vector<std::string>{"6", "7", "8", "9"});
  CHECK(ids_of(report.dimensions_left) == std::vector<std::string>{"10"});
  CHECK(report.max_left == Rational(20));
  CHECK_FALSE(report.complete);
}

TEST_CASE("progress: the stages in any order, the dimensions in tree order", "[progress]") {
  // Stages 3 and 2: E = 107/6 + 151/6 = 258/6 = 43, V = 20 + 30 = 50; P = 43/50 * 100 = 86, excellent.
  PlanProgress report = example_progress({3, 2});
  CHECK(report.earned == Rational(43));
  CHECK(*report.composite == Rational(86));
  CHECK(ids_of(report.dimensions_evaluated) == std::vector<std::string>{"8", "9", "10"});
  CHECK(ids_of(report.dimensions_left) == std::vector<std::string>{"6", "7"});
  CHECK(report.max_left == Rational(50));
}

TEST_CASE("progress: all three stages give the full evaluation's composite", "[progress]") {
  // E = 1828/25 + 107/6 = 10968/150 + 2675/150 = 13643/150, V = 100; P = 13643/150 = 90.9533... -> 90.95,
  // excellent: the composite of examples/yunxi-2025.yaml, the same ratings in one full evaluation.
  PlanProgress report = example_progress({1, 2, 3});
  CHECK(report.earned == Rational(13643, 150));
  CHECK(report.evaluated_max == Rational(100));
  CHECK(*report.composite == Rational(13643, 150));
  CHECK(report.format(report.reported) == "90.95");
  CHECK(report.grade->id == "excellent");
  CHECK(report.complete);
  CHECK(report.dimensions_left.empty());
  CHECK(report.max_left == Rational(0));
  CHECK(report.points_covered == Rational(100));
  ScoreResult full = score_text(builtin_scheme(), read_source_file("examples/yunxi-2025.yaml"));
  CHECK(full.composite == *report.composite);
  CHECK(full.reported == report.reported);
  CHECK(full.grade == report.grade);
}

TEST_CASE("progress: nothing evaluated yet has no score", "[progress]") {
  PlanProgress report = example_progress({});
  CHECK(report.earned == Rational(0));
  CHECK(report.evaluated_max == Rational(0));
  CHECK_FALSE(report.composite);
  CHECK(report.grade == nullptr);
  CHECK(report.dimensions_evaluated.empty());
  CHECK(ids_of(report.dimensions_left) == std::vector<std::string>{"6", "7", "8", "9", "10"});
  CHECK(report.max_left == Rational(100));
  CHECK_FALSE(report.complete);
  for (const StageProgress& stage : report.stages) CHECK_FALSE(stage.evaluated());
}

TEST_CASE("progress: na in a stage leaves the points evaluated, and complete still equals full", "[progress][na]") {
  // Stage A is 6: 6.1.1 (3 points, 5 items) all none, 6.2.1 (2 points, 3 items) all na.
  //   evaluated 20 - 2 = 18, earned 18 - 3 = 15; its composite 15/18 * 100 = 250/3 = 83.33, good.
  // Stage B is 7, 8, 9, 10, all full: 80 of 80, composite 100.
  const std::string na = "{rating: na, reason: 未建系统}";
  const std::map<std::string, std::string> ratings = {{"6.1.1", "[none, none, none, none, none]"},
                                                      {"6.2.1", "[" + na + ", " + na + ", " + na + "]"}};
  Plan plan = read_plan_text(
      "plan: 两阶段\ncity: 测试市\nstages:\n  - {name: A, scope: [\"6\"]}\n  - {name: B, scope: [\"7\", \"8\", \"9\", "
      "\"10\"]}\n");
  ScoreResult a = scoped({"6"}, "[\"6\"]", ratings);
  CHECK(a.evaluated.max == Rational(18));
  CHECK(a.composite == Rational(250, 3));
  SECTION("stage A only: P = 15/18 * 100 = 250/3 -> 83.33; the dimension's 20 points are covered, 18 counted") {
    PlanProgress report = progress(plan, {a, std::nullopt});
    CHECK(report.earned == Rational(15));
    CHECK(report.evaluated_max == Rational(18));
    CHECK(report.points_covered == Rational(20));
    CHECK(*report.composite == Rational(250, 3));
    CHECK(report.format(report.reported) == "83.33");
    CHECK(report.grade->id == "good");
    CHECK(report.max_left == Rational(80));
  }
  SECTION("both: E = 15 + 80 = 95, V = 18 + 80 = 98; P = 95/98 * 100 = 4750/49 = 96.938... -> 96.94") {
    PlanProgress report = progress(plan, {a, scoped({"7", "8", "9", "10"}, "[\"7\", \"8\", \"9\", \"10\"]")});
    CHECK(report.earned == Rational(95));
    CHECK(report.evaluated_max == Rational(98));
    CHECK(*report.composite == Rational(4750, 49));
    CHECK(report.format(report.reported) == "96.94");
    CHECK(report.complete);
    // The full evaluation with the same ratings: 95 earned of 98 evaluated, scaled: 4750/49.
    ScoreResult full = score_all(builtin_scheme(), "full", ratings);
    CHECK(full.composite == Rational(4750, 49));
  }
}

TEST_CASE("progress: the score so far is graded on its reported value", "[progress]") {
  // One stage of dimension 9 (15 points): 9.1.1 (2 points, 1 item) none, 9.1.2 (1 point, 2 items)
  // [full, partly]: 3/4, 9.2.4 (2 points, 3 items) [full, full, partly]: 2 * 2.5/3 = 5/3.
  //   earned 15 - 2 - 1/4 - 1/3 = 149/12 of 15; P = 149/12 / 15 * 100 = 745/9 = 82.777... -> 82.78, good.
  Plan plan = read_plan_text("plan: 研究\ncity: 测试市\nstages:\n  - {name: 研究创新, scope: [\"9\"]}\n");
  ScoreResult nine = scoped({"9"}, "[\"9\"]",
                            {{"9.1.1", "[none]"}, {"9.1.2", "[full, partly]"}, {"9.2.4", "[full, full, partly]"}});
  PlanProgress report = progress(plan, {nine});
  CHECK(report.earned == Rational(149, 12));
  CHECK(*report.composite == Rational(745, 9));
  CHECK(report.format(report.reported) == "82.78");
  CHECK(report.grade->id == "good");
  CHECK(report.complete == false);
  CHECK(report.max_left == Rational(85));  // 20 + 30 + 15 + 20
}
