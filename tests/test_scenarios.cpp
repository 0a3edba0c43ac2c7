// Special evaluations (`scope:`) and not-applicable items (`na`) through the
// public API, on the built-in tree (indicators/city-cybersecurity.yaml, Table
// B.1). Every expected number is worked out by hand in the comment beside it
// (docs/scoring.md, "Special and phased evaluation" and "Not-applicable items").
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "cityseceval/assessment.h"
#include "cityseceval/input.h"
#include "cityseceval/score.h"
#include "run_binary.h"
#include "scoring_support.h"
#include "support.h"

using namespace cityseceval;
using namespace cityseceval::testing;

namespace {

// An na rating with its reason, in the long form.
std::string na(const std::string& reason) { return "{rating: na, reason: " + reason + "}"; }

ScoreResult score_scoped(const std::string& scope, const std::vector<std::string>& dimensions,
                         const std::map<std::string, std::string>& overrides = {}) {
  const Scheme& scheme = builtin_scheme();
  return score_text(scheme,
                    assessment_text(scheme, "full", only_in(scheme, dimensions, overrides), "scope: " + scope + "\n"));
}

}  // namespace

// --- Not-applicable items -------------------------------------------------------------

TEST_CASE("na: one item not applicable leaves the A.4 mean of its indicator", "[score][na]") {
  const Scheme& scheme = builtin_scheme();
  // 6.2.1 (2 points, 3 items) rated [na, full, none], everything else full:
  //   m = 2, X = (1 + 0)/2 = 1/2, earned 1/2 * 2 = 1 (of 2: the indicator still counts whole)
  //   M = 100 - 2 + 1 = 99, not normalised.
  ScoreResult result = score_all(scheme, "full", {{"6.2.1", "[" + na("本市无新建系统") + ", full, none]"}});
  const IndicatorResult& rated = result_for(result, "6.2.1");
  CHECK(rated.status == Status::evaluated);
  CHECK(mean_of(rated).rated == 2);
  CHECK(mean_of(rated).mean == Rational(1, 2));
  CHECK(rated.earned == Rational(1));
  CHECK(rated.evaluated == Rational(2));
  REQUIRE(rated.items.size() == 3);
  CHECK(rated_item(rated.items[0]).rating == nullptr);
  CHECK(rated_item(rated.items[0]).reason == "本市无新建系统");
  CHECK(result.composite == Rational(99));
  CHECK_FALSE(result.normalised());
  CHECK(result.not_applicable.empty());
  CHECK(result.evaluated.max == Rational(100));
}

TEST_CASE("na: 不适用 is na too, and a direct-score item that does not apply gives no floor", "[score][na]") {
  const Scheme& scheme = builtin_scheme();
  // 10.3.1 (3 points) rated [none, none, 不适用] where item 3 is the direct-score
  // item: m = 2, X = mean = 0 (the direct-score item is not rated, so it
  // cannot raise X), earned 0. M = 100 - 3 = 97.
  ScoreResult result = score_all(scheme, "full", {{"10.3.1", "[none, none, {rating: 不适用, reason: 无合作城市}]"}});
  const IndicatorResult& rated = result_for(result, "10.3.1");
  CHECK(mean_of(rated).rated == 2);
  CHECK(mean_of(rated).satisfaction == Rational(0));
  CHECK_FALSE(mean_of(rated).direct_score_applied);
  CHECK(result.composite == Rational(97));
}

TEST_CASE("na: a level-3 indicator whose items are all na leaves the earned points and the maximum", "[score][na]") {
  const Scheme& scheme = builtin_scheme();
  // 6.2.1 (2 points) all na; 6.2.2 (2 points) [partly, none]: X = 1/4, earned 1/2.
  //   6.2: earned 1/2, evaluated 2 (of 4)     6: earned 20 - 4 + 1/2 = 33/2, evaluated 18
  //   earned 100 - 4 + 1/2 = 193/2 of 98 evaluated
  //   M = (193/2) / 98 * 100 = 9650/98 = 4825/49 = 98.4693... -> 98.47, excellent
  ScoreResult result = score_all(
      scheme, "full",
      {{"6.2.1", "[" + na("未开展定级") + ", " + na("未开展备案") + ", " + na("无系统") + "]"},
       {"6.2.2", "[partly, none]"}});
  const IndicatorResult& rated = result_for(result, "6.2.1");
  CHECK(rated.status == Status::not_applicable);
  CHECK(rated.earned == Rational(0));
  CHECK(rated.evaluated == Rational(0));
  CHECK(rated.max == Rational(2));
  CHECK(mean_of(rated).rated == 0);
  const IndicatorResult& level2 = result_for(result, "6.2");
  CHECK(level2.status == Status::evaluated);
  CHECK(level2.earned == Rational(1, 2));
  CHECK(level2.evaluated == Rational(2));
  CHECK(level2.percent() == Rational(25));  // 1/2 of the 2 points that count
  CHECK(result_for(result, "6").evaluated == Rational(18));
  CHECK(result_for(result, "6").earned == Rational(33, 2));
  CHECK(result_for(result, "7").evaluated == Rational(30));  // untouched
  CHECK(result.evaluated.earned == Rational(193, 2));
  CHECK(result.evaluated.max == Rational(98));
  CHECK(result.evaluated.scope_max == Rational(100));
  CHECK(result.normalised());
  CHECK(result.composite == Rational(4825, 49));
  CHECK(result.format(result.reported) == "98.47");
  CHECK(grade_of(result) == "excellent");
  CHECK(ids_of(result.not_applicable) == std::vector<std::string>{"6.2.1"});
}

TEST_CASE("na: a whole level-2 indicator not applicable", "[score][na]") {
  const Scheme& scheme = builtin_scheme();
  // 6.2 (4 points): 6.2.1's 3 items and 6.2.2's 2 items all na; 7.1.1 (2 points) [none, none].
  //   6.2 not applicable: evaluated 0     6: evaluated 16, earned 16
  //   earned 100 - 4 - 2 = 94 of 96 evaluated
  //   M = 94 / 96 * 100 = 1175/12 = 97.9166... -> 97.92
  ScoreResult result = score_all(scheme, "full",
                                 {{"6.2.1", "[" + na("a") + ", " + na("b") + ", " + na("c") + "]"},
                                  {"6.2.2", "[" + na("d") + ", " + na("e") + "]"},
                                  {"7.1.1", "[none, none]"}});
  CHECK(result_for(result, "6.2").status == Status::not_applicable);
  CHECK(result_for(result, "6.2").evaluated == Rational(0));
  CHECK(result_for(result, "6").evaluated == Rational(16));
  CHECK(result_for(result, "6").earned == Rational(16));
  CHECK(result_for(result, "6").percent() == Rational(100));
  CHECK(result.evaluated.max == Rational(96));
  CHECK(result.evaluated.earned == Rational(94));
  CHECK(result.composite == Rational(1175, 12));
  CHECK(result.format(result.reported) == "97.92");
  CHECK(ids_of(result.not_applicable) == std::vector<std::string>{"6.2.1", "6.2.2"});
}

TEST_CASE("na: an item's na never changes another indicator's points", "[score][na]") {
  const Scheme& scheme = builtin_scheme();
  // The same assessment with and without 8.1.1's first item na: only 8.1.1,
  // its parents and the composite differ.
  const std::string others = "[partly, mostly, none, full]";
  ScoreResult with_na = score_all(scheme, "mostly", {{"8.1.1", "[" + na("x") + ", mostly, none, full]"}});
  ScoreResult rated = score_all(scheme, "mostly", {{"8.1.1", others}});
  // 8.1.1 (3 points): with na m = 3, X = (0.8 + 0 + 1)/3 = 3/5, earned 9/5;
  // rated partly, X = (0.5 + 0.8 + 0 + 1)/4 = 23/40, earned 69/40.
  CHECK(result_for(with_na, "8.1.1").earned == Rational(9, 5));
  CHECK(result_for(rated, "8.1.1").earned == Rational(69, 40));
  for (const char* id : {"6", "7", "9", "10", "8.1.2", "8.2", "8.3"}) {
    INFO(id);
    CHECK(result_for(with_na, id).earned == result_for(rated, id).earned);
  }
}

// --- Special evaluations (scope) --------------------------------------------------------

TEST_CASE("scope: a special evaluation of one dimension is normalised to 100 and graded on that", "[score][scope]") {
  // Dimension 6 (20 points) only; 6.1.1 (3 points) all none: earned 17 of 20.
  //   M = 17 / 20 * 100 = 85 -> 85.00, excellent (the unscaled 17 would be unqualified)
  ScoreResult result = score_scoped("[\"6\"]", {"6"}, {{"6.1.1", "[none, none, none, none, none]"}});
  CHECK(ids_of(result.scope) == std::vector<std::string>{"6"});
  CHECK(result.evaluated.earned == Rational(17));
  CHECK(result.evaluated.max == Rational(20));
  CHECK(result.evaluated.scope_max == Rational(20));
  CHECK(result.composite == Rational(85));
  CHECK(result.format(result.reported) == "85.00");
  CHECK(grade_of(result) == "excellent");
  for (const char* id : {"7", "8", "9", "10"}) {
    INFO(id);
    CHECK(result_for(result, id).status == Status::out_of_scope);
    CHECK(result_for(result, id).earned == Rational(0));
    CHECK(result_for(result, id).children.empty());
  }
  CHECK(result_for(result, "6").status == Status::evaluated);
}

TEST_CASE("scope: two dimensions, earned over the points in scope", "[score][scope]") {
  // Dimensions 6 (20) and 8 (15): 35 points in scope. 6.1.1 (3 points)
  // [full, full, full, partly, none]: X = 3.5/5 = 7/10, earned 21/10.
  //   earned 20 - 3 + 21/10 + 15 = 341/10 of 35
  //   M = (341/10) / 35 * 100 = 3410/35 = 682/7 = 97.428... -> 97.43
  ScoreResult result = score_scoped("[\"8\", \"6\"]", {"6", "8"}, {{"6.1.1", "[full, full, full, partly, none]"}});
  CHECK(ids_of(result.scope) == std::vector<std::string>{"8", "6"});  // as written
  CHECK(result.evaluated.earned == Rational(341, 10));
  CHECK(result.evaluated.max == Rational(35));
  CHECK(result.composite == Rational(682, 7));
  CHECK(result.format(result.reported) == "97.43");
}

TEST_CASE("scope: na inside a scope leaves the points in scope too", "[score][scope][na]") {
  // Dimension 8 (15 points): 8.2.1 (2 points) both items na; 8.3.2 (3 points) all mostly: 12/5.
  //   evaluated 15 - 2 = 13, earned 13 - 3 + 12/5 = 62/5
  //   M = (62/5) / 13 * 100 = 1240/13 = 95.3846... -> 95.38
  ScoreResult result = score_scoped("[\"8\"]", {"8"},
                                    {{"8.2.1", "[" + na("无威胁报送渠道") + ", " + na("同上") + "]"},
                                     {"8.3.2", "[mostly, mostly, mostly, mostly]"}});
  CHECK(result.evaluated.scope_max == Rational(15));
  CHECK(result.evaluated.max == Rational(13));
  CHECK(result.evaluated.earned == Rational(62, 5));
  CHECK(result.composite == Rational(1240, 13));
  CHECK(result.format(result.reported) == "95.38");
}

TEST_CASE("scope: a scope listing every dimension changes nothing", "[score][scope]") {
  const Scheme& scheme = builtin_scheme();
  // The 1493/15 of "a mixed level-3 indicator ripples up" (test_score.cpp), scoped or not.
  std::map<std::string, std::string> overrides = {{"6.2.1", "[full, mostly, partly]"}};
  ScoreResult full = score_all(scheme, "full", overrides);
  ScoreResult scoped = score_text(
      scheme, assessment_text(scheme, "full", overrides, "scope: [\"6\", \"7\", \"8\", \"9\", \"10\"]\n"));
  CHECK(full.composite == Rational(1493, 15));
  CHECK(scoped.composite == Rational(1493, 15));
  CHECK_FALSE(scoped.normalised());
  CHECK(scoped.scope.size() == 5);
}

TEST_CASE("scope: records outside the scope are errors, or warnings not counted with lenient", "[score][scope]") {
  const Scheme& scheme = builtin_scheme();
  // Every indicator rated, but the scope is dimension 9 only (15 points).
  const std::string text = assessment_text(scheme, "none", {{"9.1.1", "[full]"}}, "scope: [\"9\"]\n");
  SECTION("an error for each record outside, by default") {
    Diagnostics diagnostics;
    CHECK_FALSE(read_assessment(text, "a.yaml", scheme, diagnostics));
    REQUIRE(diagnostics.error_count() > 0);
    CHECK(format_diagnostic(diagnostics.all()[0], Language::en) ==
          "a.yaml:5:3: error: 6.1.1 is outside the scope: dimension 6 (政策规范) is not evaluated in this "
          "assessment; remove it, or add \"6\" to the scope [out-of-scope]");
  }
  SECTION("lenient: warnings, and only the scope is counted") {
    // 9.1.1 (2 points) full, the rest of 9 none: earned 2 of 15. M = 2/15*100 = 40/3 = 13.33.
    Diagnostics diagnostics;
    ReadOptions lenient;
    lenient.lenient = true;
    auto assessment = read_assessment(text, "a.yaml", scheme, diagnostics, lenient);
    REQUIRE(assessment);
    CHECK_FALSE(diagnostics.has_errors());
    CHECK(diagnostics.warning_count() > 0);
    ScoreResult result = score(scheme, *assessment);
    CHECK(result.composite == Rational(40, 3));
    CHECK(result.format(result.reported) == "13.33");
  }
}

// --- What the reports say (the built binary) ---------------------------------------------------

TEST_CASE("scope: text and JSON say which dimensions were evaluated, and what the score is scaled from",
          "[scope][cli]") {
  // examples/xiling-2025-special.yaml: dimension 7 only, 708/25 = 28.32 of 30, scaled 472/5 = 94.40.
  RunResult en = run_cli({"score", "examples/xiling-2025-special.yaml", "--lang", "en"});
  REQUIRE(en.exit_code == exit_ok);
  std::vector<std::string> lines = lines_of(en.out);
  REQUIRE(lines.size() > 10);
  CHECK(std::vector<std::string>(lines.begin() + 3, lines.begin() + 7) ==
        std::vector<std::string>{"Scope           7 Risk control", "Score in scope  28.32 / 30",
                                 "Score           94.40 / 100 (scaled to 100 from the part evaluated)",
                                 "Grade           Excellent"});
  CHECK(lines[9] == "6          Policy and regulation implementation               —   20.00           not evaluated");
  RunResult zh = run_cli({"score", "examples/xiling-2025-special.yaml", "--lang", "zh"});
  std::vector<std::string> zh_lines = lines_of(zh.out);
  REQUIRE(zh_lines.size() > 7);
  CHECK(std::vector<std::string>(zh_lines.begin() + 3, zh_lines.begin() + 7) ==
        std::vector<std::string>{"评价范围    7 风险控制", "范围内得分  28.32 / 30",
                                 "综合得分    94.40 / 100 （按所评价部分折算为满分 100）", "等级        优秀"});
  auto json = nlohmann::ordered_json::parse(run_cli({"score", "examples/xiling-2025-special.yaml", "--format", "json"}).out);
  CHECK(json["score"] == 94.4);
  CHECK(json["score_exact"] == "472/5");
  CHECK(json["scope"] == nlohmann::ordered_json::parse(
                             R"({"dimensions": ["7"], "earned": 28.32, "earned_exact": "708/25", "max": 30})"));
  CHECK(json["indicators"][0] == nlohmann::ordered_json::parse(
                                     R"({"id": "6", "level": 1, "name": "政策规范",
                                         "name_en": "Policy and regulation implementation",
                                         "status": "out-of-scope", "max": 20})"));
  CHECK_FALSE(json["indicators"][1].contains("status"));
}

TEST_CASE("na: text and JSON show what was left out, and every na item with its reason", "[na][cli]") {
  // examples/linjiang-2025.yaml: 6.4.3 (1 point) all na, 6.2.1.3 na; 193/2 of 99, 9650/99 = 97.47.
  RunResult en = run_cli({"score", "examples/linjiang-2025.yaml", "--lang", "en"});
  REQUIRE(en.exit_code == exit_ok);
  std::vector<std::string> lines = lines_of(en.out);
  CHECK(lines[3] == "Not applicable  6.4.3 Foreign investment and M&A security review (1 left out of the maximum)");
  CHECK(lines[4] == "Score           97.47 / 100 (scaled to 100 from the part evaluated)");
  CHECK(std::vector<std::string>(lines.end() - 4, lines.end()) ==
        std::vector<std::string>{"Items not applicable, and why:", "  6.2.1.3  本市无工业控制系统，也无物联网、移动互联系统",
                                 "  6.4.3.1  本年度本市无中国企业收购外资企业的活动",
                                 "  6.4.3.2  本年度本市无外资企业收购中国企业的活动"});
  RunResult zh = run_cli({"score", "examples/linjiang-2025.yaml", "--lang", "zh"});
  std::vector<std::string> zh_lines = lines_of(zh.out);
  CHECK(zh_lines[3] == "不适用    6.4.3 外资并购安全审查 (1 分不计入)");
  CHECK(zh_lines[zh_lines.size() - 4] == "不适用的评价内容及理由：");
  auto json = nlohmann::ordered_json::parse(run_cli({"score", "examples/linjiang-2025.yaml", "--format", "json"}).out);
  CHECK(json["not_applicable"] == nlohmann::ordered_json::parse(R"({"indicators": ["6.4.3"], "points": 1})"));
  CHECK(json["evaluated"] == nlohmann::ordered_json::parse(R"({"earned": 96.5, "earned_exact": "193/2", "max": 99})"));
  const auto& dimension6 = json["indicators"][0];
  CHECK(dimension6["max"] == 20);
  CHECK(dimension6["evaluated_max"] == 19);
  const auto& review = dimension6["children"][3]["children"][2];
  CHECK(review["id"] == "6.4.3");
  CHECK(review["status"] == "not-applicable");
  CHECK(review["score"].is_null());
  CHECK(review["items"][0] == nlohmann::ordered_json::parse(
                                  R"({"id": "6.4.3.1", "rating": "na", "value": null,
                                      "reason": "本年度本市无中国企业收购外资企业的活动", "note": null,
                                      "evidence": []})"));
}

TEST_CASE("text reports keep the assessor's text on one line, without control characters", "[na][cli]") {
  // A city and a reason with an escape sequence and a line break: each becomes a space.
  TempDir dir;
  std::string file = dir.write("hostile.yaml", "city: \"临江\\e[31m市\\n第二行\"\nscope: [\"9\"]\nratings:\n"
                                               "  9.1.1: [{rating: na, reason: \"a\\e[2Jb\\nc\"}]\n"
                                               "  9.1.2: [full, full]\n  9.1.3: [full]\n  9.2.1: [full, full]\n"
                                               "  9.2.2: [full, full, full]\n  9.2.3: [full, full, full]\n"
                                               "  9.2.4: [full, full, full]\n  9.3.1: [full, full, full]\n"
                                               "  9.3.2: [full, full]\n");
  RunResult run = run_cli({"score", file, "--lang", "en"});
  REQUIRE(run.exit_code == exit_ok);
  CHECK(run.out.find('\x1b') == std::string::npos);
  CHECK(lines_of(run.out)[1] == "City            临江 [31m市 第二行");
  CHECK(lines_of(run.out).back() == "  9.1.1.1  a [2Jb c");
}
