// The scoring engine through the public API (read_assessment -> score), on the built-in tree and on small test trees
// whose points make the grade boundaries reachable exactly. Every expected
// number is worked out by hand from the points in the tree file, in the comment
// beside it.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "cityseceval/assessment.h"
#include "cityseceval/input.h"
#include "cityseceval/load.h"
#include "cityseceval/score.h"
#include "scoring_support.h"
#include "support.h"

using namespace cityseceval;
using namespace cityseceval::testing;


// --- The built-in tree -------------------------------------------------------------

TEST_CASE("every item fully satisfied scores 100, excellent", "[score]") {
  const Scheme& scheme = builtin_scheme();
  ScoreResult result = score_all(scheme, "full");
  CHECK(result.composite == Rational(100));  // X = 1 everywhere: the sum of all points
  CHECK(result.format(result.reported) == "100.00");
  CHECK(grade_of(result) == "excellent");
  CHECK(result.max == Rational(100));
  CHECK(result.city == "测试市");
  CHECK(result.period == "2025");
}

TEST_CASE("no item satisfied scores 0, unqualified", "[score]") {
  const Scheme& scheme = builtin_scheme();
  ScoreResult result = score_all(scheme, "none");
  CHECK(result.composite == Rational(0));
  CHECK(result.format(result.reported) == "0.00");
  CHECK(grade_of(result) == "unqualified");
}

TEST_CASE("the Chinese words and the numbers of Table A.1 score like the English words", "[score]") {
  const Scheme& scheme = builtin_scheme();
  CHECK(score_all(scheme, "全部满足").composite == Rational(100));
  CHECK(score_all(scheme, "1").composite == Rational(100));
  // Every item mostly: every X = 0.8, M = 0.8 * 100 = 80.
  CHECK(score_all(scheme, "大部分满足").composite == Rational(80));
  CHECK(score_all(scheme, "0.8").composite == Rational(80));
  CHECK(score_all(scheme, "mostly").composite == Rational(80));
  // Every item partly: M = 0.5 * 100 = 50.
  CHECK(score_all(scheme, "部分满足").composite == Rational(50));
  CHECK(score_all(scheme, "0.5").composite == Rational(50));
  CHECK(score_all(scheme, "不满足").composite == Rational(0));
}

TEST_CASE("a mixed level-3 indicator ripples up to its parents and the composite", "[score]") {
  const Scheme& scheme = builtin_scheme();
  // 6.2.1 (2 points) rated [full, mostly, partly], everything else full:
  //   X(6.2.1) = (1 + 0.8 + 0.5)/3 = 2.3/3 = 23/30; earned 23/30 * 2 = 23/15
  //   6.2 = 6.2.1 + 6.2.2 = 23/15 + 2 = 53/15 (of 4)
  //   6   = 20 - 2 + 23/15 = 293/15 (of 20)
  //   M   = 100 - 2 + 23/15 = 1493/15 = 99.5333... -> 99.53, excellent
  ScoreResult result = score_all(scheme, "full", {{"6.2.1", "[full, mostly, partly]"}});
  const IndicatorResult& rated = result_for(result, "6.2.1");
  CHECK(mean_of(rated).mean == Rational(23, 30));
  CHECK(mean_of(rated).satisfaction == Rational(23, 30));
  CHECK_FALSE(mean_of(rated).direct_score_applied);
  CHECK(rated.earned == Rational(23, 15));
  CHECK(rated.max == Rational(2));
  CHECK(rated.items.size() == 3);
  CHECK(result_for(result, "6.2.2").earned == Rational(2));
  CHECK(result_for(result, "6.2").earned == Rational(53, 15));
  CHECK(result_for(result, "6.2").max == Rational(4));
  CHECK(result_for(result, "6").earned == Rational(293, 15));
  CHECK(result_for(result, "7").earned == Rational(30));
  CHECK(result.composite == Rational(1493, 15));
  CHECK(result.composite.exact_string() == "1493/15");
  CHECK(result.format(result.reported) == "99.53");
  CHECK(grade_of(result) == "excellent");
  // percent of 6.2: 53/15 / 4 * 100 = 265/3 = 88.33...%
  CHECK(result_for(result, "6.2").percent() == Rational(265, 3));
}

TEST_CASE("a composite in thirds is kept exact, p/q", "[score]") {
  const Scheme& scheme = builtin_scheme();
  // 6.2.1 (2 points) [full, none, none]: X = 1/3, earned 2/3; the rest full.
  // M = 98 + 2/3 = 296/3 = 98.666... -> 98.67.
  ScoreResult result = score_all(scheme, "full", {{"6.2.1", "[full, none, none]"}});
  CHECK(result_for(result, "6.2.1").earned == Rational(2, 3));
  CHECK(result.composite.exact_string() == "296/3");
  CHECK(result.format(result.reported) == "98.67");
  CHECK(result.reported == Rational(9867, 100));
}

TEST_CASE("the direct-score item raises 10.3.1 to its own rating, never lowers it", "[score]") {
  const Scheme& scheme = builtin_scheme();
  SECTION("[none, none, full]: mean 1/3, but the direct-score item is full -> X = 1, 3 points") {
    ScoreResult result = score_all(scheme, "full", {{"10.3.1", "[none, none, full]"}});
    const IndicatorResult& rated = result_for(result, "10.3.1");
    CHECK(mean_of(rated).mean == Rational(1, 3));
    CHECK(mean_of(rated).satisfaction == Rational(1));
    CHECK(mean_of(rated).direct_score_applied);
    CHECK(rated.earned == Rational(3));
    CHECK(result.composite == Rational(100));
  }
  SECTION("[partly, partly, mostly]: mean (0.5+0.5+0.8)/3 = 0.6 < 0.8 -> X = 0.8, 3 * 0.8 = 2.4 points") {
    ScoreResult result = score_all(scheme, "full", {{"10.3.1", "[partly, partly, mostly]"}});
    const IndicatorResult& rated = result_for(result, "10.3.1");
    CHECK(mean_of(rated).mean == Rational(3, 5));
    CHECK(mean_of(rated).satisfaction == Rational(4, 5));
    CHECK(mean_of(rated).direct_score_applied);
    CHECK(rated.earned == Rational(12, 5));
    // 10.3 = 2.4 + 2 (10.3.2) = 4.4; M = 100 - 3 + 2.4 = 99.4
    CHECK(result_for(result, "10.3").earned == Rational(22, 5));
    CHECK(result.composite == Rational(497, 5));
    CHECK(result.format(result.reported) == "99.40");
  }
  SECTION("[full, full, none]: mean 2/3 above the direct-score item's 0 -> X = 2/3, 2 points") {
    ScoreResult result = score_all(scheme, "full", {{"10.3.1", "[full, full, none]"}});
    const IndicatorResult& rated = result_for(result, "10.3.1");
    CHECK(mean_of(rated).mean == Rational(2, 3));
    CHECK(mean_of(rated).satisfaction == Rational(2, 3));
    CHECK_FALSE(mean_of(rated).direct_score_applied);
    CHECK(rated.earned == Rational(2));
    CHECK(result.composite == Rational(99));  // 100 - 3 + 2
  }
  SECTION("[full, full, full]: the direct-score item equals the mean, nothing to raise") {
    ScoreResult result = score_all(scheme, "full");
    CHECK_FALSE(mean_of(result_for(result, "10.3.1")).direct_score_applied);
    CHECK(result_for(result, "10.3.1").earned == Rational(3));
  }
}

TEST_CASE("the A.1-A.3 weights form gives the same M as the points form", "[score]") {
  const Scheme& scheme = builtin_scheme();
  // Everything full except
  //   6.2.1 [full, mostly, partly]  X = 23/30
  //   7.3.2 [partly, partly, none]  X = 1/3
  //   9.1.1 [none]                  X = 0
  //   10.3.1 [none, none, full]     X = 1 (direct-score item)
  // Weights are point shares: alpha_i = D points / 100, level-2 weight = S points / D points,
  // level-3 weight = X points / S points. By A.3, A.2, A.1:
  //   S(6.2) = 2/4 * 23/30 + 2/4 * 1 = 23/60 + 30/60 = 53/60
  //   D(6)   = 3/20 + 4/20 * 53/60 + 6/20 + 4/20 + 3/20 = 16/20 + 53/300 = 293/300
  //   S(7.3) = 2/6 * 1 + 2/6 * 1/3 + 2/6 * 1 = 2/3 + 1/9 = 7/9
  //   D(7)   = 24/30 + 6/30 * 7/9 = 36/45 + 7/45 = 43/45
  //   D(8)   = 1
  //   S(9.1) = 2/4 * 0 + 1/4 + 1/4 = 1/2
  //   D(9)   = 11/15 + 4/15 * 1/2 = 13/15
  //   D(10)  = 1
  //   M      = 20/100 * 293/300 + 30/100 * 43/45 + 15/100 * 1 + 15/100 * 13/15 + 20/100 * 1
  //          = (293 + 430 + 225 + 195 + 300)/1500 = 1443/1500 = 481/500 of the whole
  // In points (B.1): the losses are 2 * 7/30 + 2 * 2/3 + 2 = 7/15 + 20/15 + 30/15 = 57/15 = 3.8,
  // so M = 100 - 3.8 = 96.2 = 100 * 481/500.
  ScoreResult result = score_all(scheme, "full",
                                 {{"6.2.1", "[full, mostly, partly]"},
                                  {"7.3.2", "[partly, partly, none]"},
                                  {"9.1.1", "[none]"},
                                  {"10.3.1", "[none, none, full]"}});
  CHECK(result.composite == Rational(100) * Rational(481, 500));
  CHECK(result.composite == Rational(481, 5));
  // Each dimension's share of its points is its D.
  CHECK(result_for(result, "6").earned / Rational(20) == Rational(293, 300));
  CHECK(result_for(result, "7").earned / Rational(30) == Rational(43, 45));
  CHECK(result_for(result, "8").earned / Rational(15) == Rational(1));
  CHECK(result_for(result, "9").earned / Rational(15) == Rational(13, 15));
  CHECK(result_for(result, "10").earned / Rational(20) == Rational(1));
  CHECK(result_for(result, "6.2").earned / Rational(4) == Rational(53, 60));
  CHECK(result_for(result, "7.3").earned / Rational(6) == Rational(7, 9));
  CHECK(result_for(result, "9.1").earned / Rational(4) == Rational(1, 2));
  CHECK(result.format(result.reported) == "96.20");
  CHECK(grade_of(result) == "excellent");
}

TEST_CASE("item results carry the rating and the note as written", "[score]") {
  const Scheme& scheme = builtin_scheme();
  ScoreResult result = score_all(scheme, "full", {{"6.2.2", "[{rating: mostly, note: \"整改未闭环\"}, 全部满足]"}});
  const IndicatorResult& rated = result_for(result, "6.2.2");
  REQUIRE(rated.items.size() == 2);
  CHECK(rated.items[0].item->id == "6.2.2.1");
  CHECK(rated_item(rated.items[0]).rating->id == "mostly");
  CHECK(rated_item(rated.items[0]).note == "整改未闭环");
  CHECK(rated_item(rated.items[1]).rating->id == "full");
  CHECK(rated_item(rated.items[1]).note.empty());
  // (0.8 + 1)/2 * 2 = 1.8; M = 100 - 2 + 1.8 = 99.8
  CHECK(rated.earned == Rational(9, 5));
  CHECK(result.composite == Rational(499, 5));
}

// --- Grade boundaries (tests/data/trees/grade-boundaries.yaml) -----------------------
// Points: 1.1 45, 1.2 15, 2.1 15, 2.2 10, 3.1 0.01, 3.2 14.99; one item each, so an
// indicator rated full earns its points, partly half of them, none nothing.

namespace {

ScoreResult score_boundary(const Scheme& scheme, const std::string& r11, const std::string& r12,
                           const std::string& r21, const std::string& r22, const std::string& r31,
                           const std::string& r32) {
  return score_text(scheme, "city: 边界市\nratings:\n  1.1: [" + r11 + "]\n  1.2: [" + r12 + "]\n  2.1: [" + r21 +
                                "]\n  2.2: [" + r22 + "]\n  3.1: [" + r31 + "]\n  3.2: [" + r32 + "]\n");
}

}  // namespace

TEST_CASE("grades at the exact boundaries 60, 75, 85", "[score]") {
  const Scheme scheme = load_test_tree("tests/data/trees/grade-boundaries.yaml");
  SECTION("60.00 is qualified: 1.1 + 1.2 = 45 + 15") {
    ScoreResult r = score_boundary(scheme, "full", "full", "none", "none", "none", "none");
    CHECK(r.composite == Rational(60));
    CHECK(r.format(r.reported) == "60.00");
    CHECK(grade_of(r) == "qualified");
  }
  SECTION("59.99 is unqualified: 1.1 + 3.2 = 45 + 14.99") {
    ScoreResult r = score_boundary(scheme, "full", "none", "none", "none", "none", "full");
    CHECK(r.composite == Rational(5999, 100));
    CHECK(r.format(r.reported) == "59.99");
    CHECK(grade_of(r) == "unqualified");
  }
  SECTION("75.00 is good: 1.1 + 1.2 + 2.1 = 45 + 15 + 15") {
    ScoreResult r = score_boundary(scheme, "full", "full", "full", "none", "none", "none");
    CHECK(r.composite == Rational(75));
    CHECK(r.format(r.reported) == "75.00");
    CHECK(grade_of(r) == "good");
  }
  SECTION("74.99 is qualified: 1.1 + 2.1 + 3.2 = 45 + 15 + 14.99") {
    ScoreResult r = score_boundary(scheme, "full", "none", "full", "none", "none", "full");
    CHECK(r.composite == Rational(7499, 100));
    CHECK(r.format(r.reported) == "74.99");
    CHECK(grade_of(r) == "qualified");
  }
  SECTION("85.00 is excellent: 1.1 + 1.2 + 2.1 + 2.2 = 45 + 15 + 15 + 10") {
    ScoreResult r = score_boundary(scheme, "full", "full", "full", "full", "none", "none");
    CHECK(r.composite == Rational(85));
    CHECK(r.format(r.reported) == "85.00");
    CHECK(grade_of(r) == "excellent");
  }
  SECTION("84.99 is good: 1.1 + 2.1 + 2.2 + 3.2 = 45 + 15 + 10 + 14.99") {
    ScoreResult r = score_boundary(scheme, "full", "none", "full", "full", "none", "full");
    CHECK(r.composite == Rational(8499, 100));
    CHECK(r.format(r.reported) == "84.99");
    CHECK(grade_of(r) == "good");
  }
  SECTION("100.00 is excellent: all full, 45 + 15 + 15 + 10 + 0.01 + 14.99") {
    ScoreResult r = score_boundary(scheme, "full", "full", "full", "full", "full", "full");
    CHECK(r.composite == Rational(100));
    CHECK(grade_of(r) == "excellent");
  }
}

TEST_CASE("the grade is decided on the reported, rounded composite", "[score]") {
  const Scheme scheme = load_test_tree("tests/data/trees/grade-boundaries.yaml");
  SECTION("exact 84.995 reports 85.00, excellent: 84.99 + 0.01 * 0.5") {
    ScoreResult r = score_boundary(scheme, "full", "none", "full", "full", "partly", "full");
    CHECK(r.composite == Rational(84995, 1000));
    CHECK(r.composite.exact_string() == "16999/200");
    CHECK(r.reported == Rational(85));
    CHECK(r.format(r.reported) == "85.00");
    CHECK(grade_of(r) == "excellent");
  }
  SECTION("exact 74.995 reports 75.00, good: 1.1 + 2.1 + 3.2 = 74.99, plus 0.005") {
    ScoreResult r = score_boundary(scheme, "full", "none", "full", "none", "partly", "full");
    CHECK(r.composite == Rational(74995, 1000));
    CHECK(r.format(r.reported) == "75.00");
    CHECK(grade_of(r) == "good");
  }
  SECTION("exact 59.995 reports 60.00, qualified: 1.1 + 3.2 = 59.99, plus 0.005") {
    ScoreResult r = score_boundary(scheme, "full", "none", "none", "none", "partly", "full");
    CHECK(r.composite == Rational(59995, 1000));
    CHECK(r.format(r.reported) == "60.00");
    CHECK(grade_of(r) == "qualified");
  }
  SECTION("0.005 reports 0.01: 3.1 partly alone") {
    ScoreResult r = score_boundary(scheme, "none", "none", "none", "none", "partly", "none");
    CHECK(r.composite == Rational(1, 200));
    CHECK(r.format(r.reported) == "0.01");
    CHECK(grade_of(r) == "unqualified");
  }
}

TEST_CASE("a composite a hair below 84.995 reports 84.99, good", "[score]") {
  // tests/data/trees/near-tie.yaml: 1 = 84.99, 2 = 0.00999999999999999998, 3 = 15.00000000000000000002.
  const Scheme scheme = load_test_tree("tests/data/trees/near-tie.yaml");
  SECTION("1 full, 2 partly: 84.99 + 0.00499999999999999999 = 84.99499999999999999999") {
    ScoreResult r = score_text(scheme, "city: 临界市\nratings:\n  \"1\": [full]\n  \"2\": [partly]\n  \"3\": [none]\n");
    CHECK(r.composite == *Rational::parse_decimal("84.99499999999999999999"));
    CHECK(r.composite < Rational(84995, 1000));
    CHECK(r.format(r.reported) == "84.99");
    CHECK(grade_of(r) == "good");
  }
  SECTION("1 full, 2 full: 84.99999999999999999998, below 85 exactly, reports 85.00, excellent") {
    ScoreResult r = score_text(scheme, "city: 临界市\nratings:\n  \"1\": [full]\n  \"2\": [full]\n  \"3\": [none]\n");
    CHECK(r.composite == *Rational::parse_decimal("84.99999999999999999998"));
    CHECK(r.composite < Rational(85));
    CHECK(r.format(r.reported) == "85.00");
    CHECK(grade_of(r) == "excellent");
  }
}
