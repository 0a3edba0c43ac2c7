// Phased evaluation plans through the public API (plan.h): reading a plan
// against the built-in tree (indicators/city-cybersecurity.yaml), the rules
// of a plan with their exact messages, and matching stage files to stages.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "cityseceval/input.h"
#include "cityseceval/plan.h"
#include "scoring_support.h"
#include "support.h"

using namespace cityseceval;
using namespace cityseceval::testing;

namespace {

// A plan of the built-in tree: `stages` is the YAML under `stages:`.
std::string plan_text(const std::string& stages) {
  return "plan: 云溪市分阶段评价\ncity: 云溪市\nstages:\n" + stages;
}

const std::string three_stages =
    "  - {name: 第一阶段, scope: [\"6\", \"7\"], date: 2025-06-30}\n"
    "  - {name: 第二阶段, name_en: Stage 2, scope: [\"8\", \"9\"]}\n"
    "  - {name: 第三阶段, scope: [\"10\"]}\n";

std::optional<Plan> read(const std::string& text, Diagnostics& diagnostics) {
  return read_plan(text, "plan.yaml", builtin_scheme(), diagnostics);
}

// Every diagnostic, formatted in English, in the order of the file as
// printed; the Chinese of each must be the one pinned for it.
std::vector<std::string> problems(Diagnostics diagnostics) {
  diagnostics.sort_by_location();
  std::vector<std::string> lines;
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    lines.push_back(format_diagnostic(diagnostic, Language::en));
    check_chinese(lines.back(), format_diagnostic(diagnostic, Language::zh));
  }
  return lines;
}

std::vector<std::string> problems_of(const std::string& text) {
  Diagnostics diagnostics;
  CHECK_FALSE(read(text, diagnostics));
  return problems(diagnostics);
}

// A stage file of the built-in tree for `city`: every item of `dimensions`
// rated full, `header` written before `ratings:` (its scope).
LoadedAssessment stage_file(const std::string& file, const std::vector<std::string>& dimensions,
                            const std::string& header, const std::string& city = "云溪市") {
  const Scheme& scheme = builtin_scheme();
  std::string text = assessment_text(scheme, "full", only_in(scheme, dimensions), header);
  text.replace(0, text.find('\n'), "city: " + city);  // assessment_text() writes "city: 测试市"
  Diagnostics diagnostics;
  auto assessment = read_assessment(text, file, scheme, diagnostics);
  REQUIRE(assessment);
  return {&scheme, std::move(*assessment)};
}

Plan the_plan() {
  Diagnostics diagnostics;
  auto plan = read(plan_text(three_stages), diagnostics);
  REQUIRE(plan);
  return std::move(*plan);
}

}  // namespace

// --- Reading a plan ---------------------------------------------------------------------

TEST_CASE("plan: the example plan reads with its stages in the order written", "[plan]") {
  Diagnostics diagnostics;
  auto plan = read(read_source_file("examples/plan-yunxi-2025.yaml"), diagnostics);
  REQUIRE(plan);
  CHECK(diagnostics.empty());
  CHECK(plan->title == "云溪市 2025—2026 年网络安全分阶段评价");
  CHECK(plan->title_en == "Yunxi phased cybersecurity evaluation 2025-2026");
  CHECK(plan->display_name(Language::en) == plan->title_en);
  CHECK(plan->city == "云溪市");
  CHECK(plan->scheme == &builtin_scheme());
  REQUIRE(plan->stages.size() == 3);
  CHECK(plan->stages[0].name == "第一阶段：政策规范与风险控制");
  CHECK(plan->stages[0].display_name(Language::en) == "Stage 1: policy and risk control");
  CHECK(ids_of(plan->stages[0].scope) == std::vector<std::string>{"6", "7"});
  CHECK(plan->stages[0].date == "2025-06-30");
  CHECK(ids_of(plan->stages[1].scope) == std::vector<std::string>{"8", "9"});
  CHECK(plan->stages[1].date == "2025-12-31");
  CHECK(ids_of(plan->stages[2].scope) == std::vector<std::string>{"10"});
  CHECK(plan->stages[2].location.line == 35);  // its name
}

TEST_CASE("plan: a stage's name_en and date are optional, and its name stands in for the English", "[plan]") {
  Plan plan = the_plan();
  CHECK(plan.title_en.empty());
  CHECK(plan.display_name(Language::en) == "云溪市分阶段评价");
  CHECK(plan.stages[0].display_name(Language::en) == "第一阶段");
  CHECK(plan.stages[1].display_name(Language::en) == "Stage 2");
  CHECK(plan.stages[1].date.empty());
}

TEST_CASE("plan: load_plan takes the scheme as an assessment does, --scheme must agree", "[plan]") {
  const std::string text = "scheme: city-cybersecurity\n" + plan_text(three_stages);
  SchemeCache schemes;
  SECTION("the plan's own scheme") {
    Diagnostics diagnostics;
    auto plan = load_plan(text, "plan.yaml", {}, schemes, diagnostics);
    REQUIRE(plan);
    CHECK(plan->scheme->id == "city-cybersecurity");
  }
  SECTION("another --scheme") {
    Diagnostics diagnostics;
    CHECK_FALSE(load_plan(text, "plan.yaml", {"municipal-infosec-work", "", "", nullptr}, schemes, diagnostics));
    CHECK(problems(diagnostics) ==
          std::vector<std::string>{"plan.yaml:1:9: error: the plan names scheme \"city-cybersecurity\", but --scheme "
                                   "municipal-infosec-work was given; leave out --scheme or correct the plan's "
                                   "scheme: line [scheme-mismatch]"});
  }
}

TEST_CASE("plan: a dimension in two stages names both", "[plan][plan-overlap]") {
  CHECK(problems_of(plan_text("  - {name: 一, scope: [\"6\", \"7\"]}\n"
                              "  - {name: 二, name_en: Two, scope: [\"8\", \"7\", \"9\", \"10\"]}\n")) ==
        std::vector<std::string>{"plan.yaml:5:42: error: dimension 7 (Risk control) is in stage \"一\" and again in "
                                 "stage \"Two\"; each dimension is evaluated in one stage only [plan-overlap]"});
}

TEST_CASE("plan: a date is YYYY-MM-DD and a real day", "[plan][plan-date]") {
  auto dated = [](const std::string& date) {
    return plan_text("  - {name: 一, scope: [\"6\", \"7\", \"8\", \"9\", \"10\"], date: " + date + "}\n");
  };
  CHECK(problems_of(dated("2025/06/30")) ==
        std::vector<std::string>{"plan.yaml:4:56: error: the date \"2025/06/30\" is not written YYYY-MM-DD, such as "
                                 "2025-06-30 [plan-date]"});
  CHECK(problems_of(dated("2025-6-30")).size() == 1);
  CHECK(problems_of(dated("\"2025-06-30 \"")).size() == 1);
  CHECK(problems_of(dated("2025-13-01")) ==
        std::vector<std::string>{
            "plan.yaml:4:56: error: the date \"2025-13-01\" does not exist: there is no month 13 [plan-date]"});
  CHECK(problems_of(dated("2025-00-10")).size() == 1);
  CHECK(problems_of(dated("2025-04-31")) ==
        std::vector<std::string>{"plan.yaml:4:56: error: the date \"2025-04-31\" does not exist: month 4 of 2025 "
                                 "has 30 days [plan-date]"});
  CHECK(problems_of(dated("2025-04-00")).size() == 1);
  // Leap years: every fourth, but not a century unless it is a fourth one.
  CHECK(problems_of(dated("2100-02-29")) ==
        std::vector<std::string>{"plan.yaml:4:56: error: the date \"2100-02-29\" does not exist: month 2 of 2100 "
                                 "has 28 days [plan-date]"});
  for (const char* real : {"2024-02-29", "2000-02-29", "2025-12-31", "2026-01-01"}) {
    INFO(real);
    Diagnostics diagnostics;
    auto plan = read(dated(real), diagnostics);
    REQUIRE(plan);
    CHECK(plan->stages[0].date == real);
  }
}

TEST_CASE("plan: two stages may not share a name", "[plan][plan-stage-name]") {
  CHECK(problems_of(plan_text("  - name: 调研\n    scope: [\"6\", \"7\", \"8\"]\n"
                              "  - name: 调研\n    scope: [\"9\", \"10\"]\n")) ==
        std::vector<std::string>{"plan.yaml:6:11: error: two stages are named \"调研\" (the first at line 4); give "
                                 "each stage a name of its own [plan-stage-name]"});
}

TEST_CASE("plan: dimensions in no stage are a warning, and the plan still reads", "[plan][plan-coverage]") {
  Diagnostics diagnostics;
  auto plan = read(plan_text("  - {name: 一, scope: [\"6\", \"7\"]}\n  - {name: 二, scope: [\"10\"]}\n"), diagnostics);
  REQUIRE(plan);
  CHECK_FALSE(diagnostics.has_errors());
  // 8 and 9 are left out: the plan covers 20 + 30 + 20 = 70 of the 100 points.
  CHECK(problems(diagnostics) ==
        std::vector<std::string>{"plan.yaml:3:1: warning: no stage evaluates 8 (Cybersecurity culture) and 9 "
                                 "(Research and innovation), so the plan covers 70 of the 100 points; put every "
                                 "dimension in a stage for a plan of the whole framework [plan-coverage]"});
}

TEST_CASE("plan: a stage's scope is checked as an assessment's, and nothing more is said about it", "[plan]") {
  // The unknown "11" is reported as in an assessment; no overlap or coverage
  // is reported about a scope that is wrong.
  CHECK(problems_of(plan_text("  - {name: 一, scope: [\"6\", \"7\"]}\n  - {name: 二, scope: [\"7\", \"11\"]}\n")) ==
        std::vector<std::string>{"plan.yaml:5:28: error: unknown dimension \"11\" (did you mean \"10\"?) in the "
                                 "scope; the level-1 indicators are 6, 7, 8, 9, 10 [invalid-scope]"});
  CHECK(problems_of(plan_text("  - {name: 一, scope: \"6\"}\n")) ==
        std::vector<std::string>{"plan.yaml:4:22: error: \"scope\" must be a list of level-1 indicator IDs (the "
                                 "dimensions evaluated), got \"6\" [invalid-scope]"});
  // An entry that is not a plain ID: that one message, not also "lists no dimension".
  CHECK(problems_of(plan_text("  - {name: 一, scope: [[6], \"7\"]}\n")) ==
        std::vector<std::string>{"plan.yaml:4:23: error: \"scope\" must be a list of level-1 indicator IDs (the "
                                 "dimensions evaluated), got a list [invalid-scope]"});
  CHECK(problems_of(plan_text("  - {name: 一, scope: []}\n")) ==
        std::vector<std::string>{"plan.yaml:4:15: error: the scope lists no dimension; list the level-1 indicators "
                                 "evaluated, or leave \"scope\" out for a full evaluation [invalid-scope]"});
}

TEST_CASE("plan: its shape, with the messages every YAML file gets", "[plan]") {
  CHECK(problems_of("- a list\n") ==
        std::vector<std::string>{"plan.yaml:1:1: error: expected a plan: a mapping with \"plan\", \"city\" and "
                                 "\"stages\", got a list [wrong-type]"});
  CHECK(problems_of("plan: 计划\ncity: 云溪市\nstages: []\n") ==
        std::vector<std::string>{"plan.yaml:3:1: error: the plan lists no stage; list each stage under \"stages\" "
                                 "with its name and scope [wrong-type]"});
  CHECK(problems_of("plan: 计划\ncity: 云溪市\nstage:\n  - {name: 一, scope: [\"6\"]}\n") ==
        std::vector<std::string>{
            "plan.yaml:1:1: error: the plan is missing the required key \"stages\" [missing-key]",
            "plan.yaml:3:1: error: unknown key \"stage\" in the plan (did you mean \"stages\"?); expected one of: "
            "plan, plan_en, scheme, city, stages [unknown-key]"});
  CHECK(problems_of(plan_text("  - scope: [\"6\"]\n    dat: 2025-01-01\n  - 第二阶段\n")) ==
        std::vector<std::string>{
            "plan.yaml:4:5: error: stage 1 is missing the required key \"name\" [missing-key]",
            "plan.yaml:5:5: error: unknown key \"dat\" in stage 1 (did you mean \"date\"?); expected one of: name, "
            "name_en, scope, date [unknown-key]",
            "plan.yaml:6:5: error: stage 2 must be a mapping, got \"第二阶段\" [wrong-type]"});
}

// --- Matching stage files to stages -----------------------------------------------------

TEST_CASE("match: each file is the stage whose scope it has, in any order", "[plan][match]") {
  Plan plan = the_plan();
  std::vector<LoadedAssessment> files;
  files.push_back(stage_file("c.yaml", {"10"}, "scope: [\"10\"]\n"));
  files.push_back(stage_file("a.yaml", {"6", "7"}, "scope: [\"7\", \"6\"]\n"));
  Diagnostics diagnostics;
  auto stages = match_stages(plan, files, diagnostics);
  REQUIRE(stages);
  CHECK(diagnostics.empty());
  CHECK(*stages == std::vector<std::size_t>{2, 0});
  CHECK(match_stages(plan, {}, diagnostics) == std::vector<std::size_t>{});
}

TEST_CASE("match: a full evaluation is no stage", "[plan][match]") {
  std::vector<LoadedAssessment> files;
  files.push_back(stage_file("full.yaml", {"6", "7", "8", "9", "10"}, ""));
  Diagnostics diagnostics;
  CHECK_FALSE(match_stages(the_plan(), files, diagnostics));
  CHECK(problems(diagnostics) ==
        std::vector<std::string>{"full.yaml:1:1: error: the assessment has no scope, so it is a full evaluation, not "
                                 "a stage of the plan; write the scope of its stage: \"第一阶段\" (6, 7); \"Stage 2\" "
                                 "(8, 9); \"第三阶段\" (10) [plan-match]"});
}

TEST_CASE("match: a scope that is no stage's lists the stages", "[plan][match]") {
  std::vector<LoadedAssessment> files;
  files.push_back(stage_file("part.yaml", {"6"}, "scope: [\"6\"]\n"));
  Diagnostics diagnostics;
  CHECK_FALSE(match_stages(the_plan(), files, diagnostics));
  CHECK(problems(diagnostics) ==
        std::vector<std::string>{"part.yaml:3:1: error: no stage of the plan evaluates exactly 6; the stages are "
                                 "\"第一阶段\" (6, 7); \"Stage 2\" (8, 9); \"第三阶段\" (10) [plan-match]"});
}

TEST_CASE("match: two files for one stage", "[plan][match]") {
  std::vector<LoadedAssessment> files;
  files.push_back(stage_file("first.yaml", {"8", "9"}, "scope: [\"8\", \"9\"]\n"));
  files.push_back(stage_file("second.yaml", {"8", "9"}, "scope: [\"9\", \"8\"]\n"));
  Diagnostics diagnostics;
  CHECK_FALSE(match_stages(the_plan(), files, diagnostics));
  CHECK(problems(diagnostics) ==
        std::vector<std::string>{"second.yaml:3:1: error: stage \"Stage 2\" is already evaluated by first.yaml; give "
                                 "one file per stage [plan-match]"});
}

TEST_CASE("match: the plan's city, spaces aside", "[plan][match]") {
  std::vector<LoadedAssessment> files;
  files.push_back(stage_file("spaced.yaml", {"10"}, "scope: [\"10\"]\n", "\" 云溪市 \""));
  Diagnostics diagnostics;
  CHECK(match_stages(the_plan(), files, diagnostics) == std::vector<std::size_t>{2});
  files.push_back(stage_file("other.yaml", {"6", "7"}, "scope: [\"6\", \"7\"]\n", "鹤汀市"));
  CHECK_FALSE(match_stages(the_plan(), files, diagnostics));
  CHECK(problems(diagnostics) ==
        std::vector<std::string>{
            "other.yaml:1:7: error: the assessment is for \"鹤汀市\", but the plan is for \"云溪市\" [plan-city]"});
}

TEST_CASE("match: a file scored with another scheme than the plan's", "[plan][match]") {
  Scheme small = load_test_tree("tests/data/trees/small-ten.yaml");
  Diagnostics diagnostics;
  auto assessment = read_assessment("city: 云溪市\nscope: [\"2\"]\nratings:\n  \"2.1\": [good, good, poor]\n",
                                    "small.yaml", small, diagnostics);
  REQUIRE(assessment);
  std::vector<LoadedAssessment> files;
  files.push_back({&small, std::move(*assessment)});
  CHECK_FALSE(match_stages(the_plan(), files, diagnostics));
  CHECK(problems(diagnostics) ==
        std::vector<std::string>{"small.yaml:1:1: error: the assessment is scored with scheme \"small-ten\" (version "
                                 "0.1), but the plan's scheme is \"city-cybersecurity\" (version 1.0); every stage is "
                                 "scored with the plan's scheme [scheme-mismatch]"});
}
