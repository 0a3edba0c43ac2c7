// Special evaluations (`scope:`) and not-applicable items (`na`) through the
// public API, on the built-in tree (indicators/city-cybersecurity.yaml, Table
// B.1). Every expected number is worked out by hand in the comment beside it
// (docs/scoring.md, "Special and phased evaluation" and "Not-applicable items").
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "cityseceval/assessment.h"
#include "cityseceval/input.h"
#include "cityseceval/score.h"
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
