// Explaining a number (explain.h, render_explain.h, `cityseceval explain`):
// through the public API and through the built binary. Every expected number
// is worked out by hand from the tree files and the example assessments, in
// the comment beside it: A.4 (X = the mean of the ratings of the items that
// apply, full = 1, mostly = 0.8, partly = 0.5, none = 0), X × points, sums of
// children, and for the municipal sheet each item's rule.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

#include "cityseceval/explain.h"
#include "cityseceval/input.h"
#include "cityseceval/load.h"
#include "cityseceval/render_explain.h"
#include "explain_blocks.h"
#include "fact_format.h"
#include "overloaded.h"
#include "json_support.h"
#include "run_binary.h"
#include "scoring_support.h"
#include "support.h"

using namespace cityseceval;
using cityseceval::testing::builtin_scheme;
using cityseceval::testing::check_chinese;
using cityseceval::testing::exit_invalid_input;
using cityseceval::testing::exit_ok;
using cityseceval::testing::exit_usage;
using cityseceval::testing::load_test_tree;
using cityseceval::testing::municipal_scheme;
using cityseceval::testing::read_bytes;
using cityseceval::testing::read_source_file;
using cityseceval::testing::run_cli;
using cityseceval::testing::run_in;
using cityseceval::testing::RunOptions;
using cityseceval::testing::RunResult;
using cityseceval::testing::keys_of;
using cityseceval::testing::squeezed_line;
using cityseceval::testing::source_text;
using cityseceval::testing::TempDir;
using Json = nlohmann::ordered_json;

namespace {

const std::string yunxi = "examples/yunxi-2025.yaml";
const std::string qinglan = "examples/qinglan-2025.yaml";
const std::string heting = "examples/heting-2025.yaml";
const std::string xiling = "examples/xiling-2025-special.yaml";
const std::string linjiang = "examples/linjiang-2025.yaml";
const std::string lanting = "examples/lanting-district-2025.yaml";
const std::string qingyi = "examples/qingyi-district-2025.yaml";

// An assessment and its result: the result points into the assessment (a
// rule item's fact), so the two are kept together, in place.
struct Scored {
  Assessment assessment;
  ScoreResult result;
};

// `text` read against `scheme` (which must give no error) and scored.
std::unique_ptr<Scored> score_assessment(const Scheme& scheme, const std::string& text) {
  Diagnostics diagnostics;
  std::optional<Assessment> assessment = read_assessment(text, "test.yaml", scheme, diagnostics);
  REQUIRE(assessment);
  auto scored = std::make_unique<Scored>();
  scored->assessment = std::move(*assessment);
  scored->result = score(scheme, scored->assessment);
  return scored;
}

// An example assessment of the repository, scored against `scheme`.
std::unique_ptr<Scored> score_example(const Scheme& scheme, const std::string& relative) {
  return score_assessment(scheme, read_source_file(relative));
}

Explanation explained(const ScoreResult& result, const std::string& id = "") {
  std::optional<Explanation> explanation = explain(result, id);
  REQUIRE(explanation);
  return *explanation;
}

// The kinds of the steps, in order: "sum", "mean", "round"...
std::vector<std::string> step_names(const Explanation& explanation) {
  std::vector<std::string> names;
  for (const ExplainStep& step : explanation.steps) {
    names.push_back(std::visit(overloaded{[](const SumStep&) { return "sum"; },
                                          [](const ScaleStep&) { return "scale"; },
                                          [](const BonusStep&) { return "bonus"; },
                                          [](const TotalCapStep&) { return "total-cap"; },
                                          [](const RoundStep&) { return "round"; },
                                          [](const GradeStep&) { return "grade"; },
                                          [](const WeightStep&) { return "weight"; },
                                          [](const NotEvaluatedStep&) { return "not-evaluated"; },
                                          [](const LimitStep&) { return "limit"; },
                                          [](const MeanStep&) { return "mean"; },
                                          [](const DirectScoreStep&) { return "direct-score"; },
                                          [](const PointsStep&) { return "points"; },
                                          [](const ItemPointsStep&) { return "item-points"; },
                                          [](const RuleStep&) { return "rule"; },
                                          [](const RatingShareStep&) { return "rating-share"; }},
                                step));
  }
  return names;
}

template <class Step>
const Step& step(const Explanation& explanation) {
  for (const ExplainStep& candidate : explanation.steps) {
    if (const Step* found = std::get_if<Step>(&candidate)) return *found;
  }
  FAIL("the explanation has no step of the kind asked for");
  throw std::logic_error("unreachable");
}

std::vector<std::string> term_ids(const std::vector<ExplainedTerm>& terms) {
  std::vector<std::string> ids;
  for (const ExplainedTerm& term : terms) ids.push_back(term.indicator->id);
  return ids;
}

std::vector<Rational> term_earned(const std::vector<ExplainedTerm>& terms) {
  std::vector<Rational> earned;
  for (const ExplainedTerm& term : terms) earned.push_back(term.result->earned);
  return earned;
}

const RuleItemResult& rule_outcome(const Explanation& explanation) {
  return std::get<RuleItemResult>(step<RuleStep>(explanation).item->outcome);
}

}  // namespace

// --- Numbers as the reports write them -----------------------------------------------

TEST_CASE("explain: a result as a fraction and a decimal, the decimal cut and marked when it goes on",
          "[explain]") {
  CHECK(result_text(Rational(13643, 150)) == "13643/150 = 90.953333…");  // 90.95333...: six places, cut
  CHECK(result_text(Rational(1317, 20)) == "1317/20 = 65.85");           // ends: exact, no mark
  CHECK(result_text(Rational(3)) == "3");
  CHECK(result_text(Rational(-4)) == "-4");
  CHECK(result_text(Rational(2, 3)) == "2/3 = 0.666666…");    // cut, not rounded to ...667
  CHECK(result_text(Rational(-1, 3)) == "-1/3 = -0.333333…");
  CHECK(result_text(Rational(-5, 4)) == "-5/4 = -1.25");
  CHECK(result_text(Rational(1, 3000000)) == "1/3000000 = 0.000000…");  // 0.00000033...
}

// --- The engine ------------------------------------------------------------------------

TEST_CASE("explain: the composite of a full evaluation, from yunxi's hand-worked header", "[explain]") {
  // examples/yunxi-2025.yaml: dimensions 6: 2899/150, 7: 2147/75, 8: 287/20, 9: 649/60, 10: 107/6;
  // over 300: 5798 + 8588 + 4305 + 3245 + 5350 = 27286, M = 27286/300 = 13643/150 = 90.9533...
  // -> 90.95 (half up, 2 decimals), excellent: 85 <= 90.95 <= 100 (both bounds included).
  const auto scored = score_example(builtin_scheme(), yunxi);
  const ScoreResult& result = scored->result;
  const Explanation explanation = explained(result);
  CHECK(explanation.explains_composite());
  CHECK(step_names(explanation) == std::vector<std::string>{"sum", "round", "grade"});
  const SumStep& sum = step<SumStep>(explanation);
  CHECK(sum.formula == "A.1");
  CHECK(term_ids(sum.terms) == std::vector<std::string>{"6", "7", "8", "9", "10"});
  CHECK(term_earned(sum.terms) == std::vector<Rational>{Rational(2899, 150), Rational(2147, 75), Rational(287, 20),
                                                        Rational(649, 60), Rational(107, 6)});
  CHECK(sum.sum == Rational(13643, 150));
  CHECK(sum.max == Rational(100));
  CHECK(sum.counted == Rational(100));
  CHECK(sum.left_out == Rational(0));
  const RoundStep& round = step<RoundStep>(explanation);
  CHECK(round.exact == Rational(13643, 150));
  CHECK(round.reported == Rational(9095, 100));
  CHECK(round.precision.decimals == 2);
  CHECK(round.precision.rounding == Rounding::half_up);
  const GradeStep& grade = step<GradeStep>(explanation);
  REQUIRE(grade.band);
  CHECK(grade.band->id == "excellent");
  CHECK(grade.band->min == Rational(85));
  CHECK(grade.band->min_inclusive);
  CHECK(grade.band->max_inclusive);
  CHECK(grade.scheme_has_grades);
}

TEST_CASE("explain: a level-3 indicator, its ratings, the A.4 mean and X × points", "[explain]") {
  const auto scored = score_example(builtin_scheme(), yunxi);
  const ScoreResult& result = scored->result;
  SECTION("7.6.3 (1 point) [mostly, partly with a note, full]") {
    // m = 3, Σy = 0.8 + 0.5 + 1 = 2.3 = 23/10, mean = 23/10 / 3 = 23/30, no direct-score item:
    // X = 23/30, earned 23/30 × 1 = 23/30 = 0.7666... -> 0.77.
    const Explanation explanation = explained(result, "7.6.3");
    CHECK(explanation.indicator->id == "7.6.3");
    CHECK_FALSE(explanation.item);
    CHECK(step_names(explanation) == std::vector<std::string>{"mean", "points", "round"});
    const MeanStep& mean = step<MeanStep>(explanation);
    REQUIRE(mean.items.size() == 3);
    CHECK(std::get<RatedItemResult>(mean.items[0]->outcome).rating->id == "mostly");
    const RatedItemResult& noted = std::get<RatedItemResult>(mean.items[1]->outcome);
    CHECK(noted.rating->id == "partly");
    CHECK(noted.note == "加密传输要求已覆盖政务数据，尚未覆盖公共数据开放平台");
    CHECK(mean.rated == 3);
    CHECK(mean.sum == Rational(23, 10));
    CHECK(mean.mean == Rational(23, 30));
    const PointsStep& points = step<PointsStep>(explanation);
    CHECK(points.satisfaction == Rational(23, 30));
    CHECK(points.points == Rational(1));
    CHECK(points.earned == Rational(23, 30));
    CHECK(step<RoundStep>(explanation).reported == Rational(77, 100));
  }
  SECTION("9.2.4 (2 points) [mostly, partly with a note, partly]") {
    // Σy = 0.8 + 0.5 + 0.5 = 1.8 = 9/5, mean = 9/5 / 3 = 3/5, earned 3/5 × 2 = 6/5 -> 1.20.
    const Explanation explanation = explained(result, "9.2.4");
    const MeanStep& mean = step<MeanStep>(explanation);
    CHECK(mean.sum == Rational(9, 5));
    CHECK(mean.mean == Rational(3, 5));
    CHECK(std::get<RatedItemResult>(mean.items[1]->outcome).note == "公共服务平台使用率偏低，资源利用效益未见评估");
    CHECK(step<PointsStep>(explanation).earned == Rational(6, 5));
    CHECK(step<RoundStep>(explanation).reported == Rational(6, 5));
  }
}

TEST_CASE("explain: the direct-score rule, X = max(mean, y_d), on 10.3.1", "[explain]") {
  SECTION("qinglan [partly, mostly, full]: the rule raises X to 1") {
    // mean = (0.5 + 0.8 + 1)/3 = 23/30; y_d (10.3.1.3, full) = 1 > 23/30: X = 1, earned 1 × 3 = 3.
    const auto scored = score_example(builtin_scheme(), qinglan);
    const ScoreResult& result = scored->result;
    const Explanation explanation = explained(result, "10.3.1");
    CHECK(step_names(explanation) == std::vector<std::string>{"mean", "direct-score", "points", "round"});
    CHECK(step<MeanStep>(explanation).mean == Rational(23, 30));
    const DirectScoreStep& direct = step<DirectScoreStep>(explanation);
    CHECK(direct.item->item->id == "10.3.1.3");
    CHECK(direct.rating == Rational(1));
    CHECK(direct.mean == Rational(23, 30));
    CHECK(direct.satisfaction == Rational(1));
    CHECK(direct.applied);
    CHECK(step<PointsStep>(explanation).earned == Rational(3));
  }
  SECTION("heting [partly, none, none]: y_d = 0, the mean stands") {
    // mean = 0.5/3 = 1/6; max(1/6, 0) = 1/6; earned 1/6 × 3 = 1/2.
    const auto scored = score_example(builtin_scheme(), heting);
    const ScoreResult& result = scored->result;
    const Explanation explanation = explained(result, "10.3.1");
    const DirectScoreStep& direct = step<DirectScoreStep>(explanation);
    CHECK(direct.rating == Rational(0));
    CHECK(direct.satisfaction == Rational(1, 6));
    CHECK_FALSE(direct.applied);
    CHECK(step<PointsStep>(explanation).earned == Rational(1, 2));
  }
}

TEST_CASE("explain: a level-1 and a level-2 indicator, the sum of their children", "[explain]") {
  const auto scored = score_example(builtin_scheme(), yunxi);
  const ScoreResult& result = scored->result;
  // 7.6 (6 points) = 7.6.1 2 + 7.6.2 44/25 + 7.6.3 23/30 + 7.6.4 1; over 150:
  // 300 + 264 + 115 + 150 = 829, 829/150 = 5.5266... -> 5.53.
  const Explanation level2 = explained(result, "7.6");
  CHECK(step_names(level2) == std::vector<std::string>{"sum", "round"});
  const SumStep& children = step<SumStep>(level2);
  CHECK(children.formula == "A.3");
  CHECK(term_ids(children.terms) == std::vector<std::string>{"7.6.1", "7.6.2", "7.6.3", "7.6.4"});
  CHECK(term_earned(children.terms) ==
        std::vector<Rational>{Rational(2), Rational(44, 25), Rational(23, 30), Rational(1)});
  CHECK(children.sum == Rational(829, 150));
  CHECK(children.max == Rational(6));
  CHECK(step<RoundStep>(level2).reported == Rational(553, 100));
  // 9 (15 points) = 649/60 from the header; its sum is A.2.
  const Explanation level1 = explained(result, "9");
  CHECK(step<SumStep>(level1).formula == "A.2");
  CHECK(step<SumStep>(level1).sum == Rational(649, 60));
  CHECK(term_ids(step<SumStep>(level1).terms) == std::vector<std::string>{"9.1", "9.2", "9.3"});
}

TEST_CASE("explain: a special evaluation, scaled from the dimension in scope", "[explain]") {
  // examples/xiling-2025-special.yaml, scope [7]: E = 708/25 = 28.32 of S = 30;
  // M = 708/25 / 30 × 100 = 70800/750 = 472/5 = 94.4 -> 94.40, excellent. The other 70 points
  // (6: 20, 8: 15, 9: 15, 10: 20) are out of scope.
  const auto scored = score_example(builtin_scheme(), xiling);
  const ScoreResult& result = scored->result;
  const Explanation explanation = explained(result);
  CHECK(step_names(explanation) == std::vector<std::string>{"sum", "scale", "round", "grade"});
  const SumStep& sum = step<SumStep>(explanation);
  std::vector<Status> statuses;
  for (const ExplainedTerm& term : sum.terms) statuses.push_back(term.status);
  CHECK(statuses == std::vector<Status>{Status::out_of_scope, Status::evaluated, Status::out_of_scope,
                                        Status::out_of_scope, Status::out_of_scope});
  CHECK(sum.sum == Rational(708, 25));
  CHECK(sum.counted == Rational(30));
  CHECK(sum.left_out == Rational(70));
  const ScaleStep& scale = step<ScaleStep>(explanation);
  CHECK(scale.earned == Rational(708, 25));
  CHECK(scale.counted == Rational(30));
  CHECK(scale.max_points == Rational(100));
  CHECK(scale.value == Rational(472, 5));
  CHECK(cityseceval::testing::ids_of(scale.scope) == std::vector<std::string>{"7"});
  CHECK(scale.out_of_scope == Rational(70));
  CHECK(scale.not_applicable.empty());
  CHECK(scale.not_applicable_points == Rational(0));
  CHECK(step<RoundStep>(explanation).reported == Rational(9440, 100));

  SECTION("an indicator and an item outside the scope are not evaluated") {
    for (const char* id : {"6.2.1", "6.2.1.1", "6"}) {
      INFO(id);
      const Explanation outside = explained(result, id);
      CHECK(step_names(outside) == std::vector<std::string>{"not-evaluated"});
      const NotEvaluatedStep& status = step<NotEvaluatedStep>(outside);
      CHECK(status.status == Status::out_of_scope);
      CHECK(status.dimension->id == "6");
      CHECK(cityseceval::testing::ids_of(status.scope) == std::vector<std::string>{"7"});
    }
  }
}

TEST_CASE("explain: not-applicable items leave the mean, and the maximum when all are na", "[explain]") {
  // examples/linjiang-2025.yaml (docs/scoring.md): 6.2.1 [full, mostly, na]; 6.4.3 [na, na];
  // E = 193/2 = 96.5 of V = 99, M = 96.5 / 99 × 100 = 9650/99 = 97.4747... -> 97.47.
  const auto scored = score_example(builtin_scheme(), linjiang);
  const ScoreResult& result = scored->result;
  SECTION("the composite: 1 point left out, scaled") {
    const Explanation explanation = explained(result);
    const SumStep& sum = step<SumStep>(explanation);
    CHECK(sum.sum == Rational(193, 2));
    CHECK(sum.counted == Rational(99));
    CHECK(sum.left_out == Rational(1));
    const ScaleStep& scale = step<ScaleStep>(explanation);
    CHECK(scale.scope.empty());
    CHECK(scale.out_of_scope == Rational(0));
    CHECK(cityseceval::testing::ids_of(scale.not_applicable) == std::vector<std::string>{"6.4.3"});
    CHECK(scale.not_applicable_points == Rational(1));
    CHECK(scale.value == Rational(9650, 99));
    CHECK(step<RoundStep>(explanation).reported == Rational(9747, 100));
  }
  SECTION("6.2.1: m = 2, the na item out of the mean") {
    // Σy = 1 + 0.8 = 9/5, mean = 9/5 / 2 = 9/10, earned 9/10 × 2 = 9/5.
    const Explanation explanation = explained(result, "6.2.1");
    const MeanStep& mean = step<MeanStep>(explanation);
    REQUIRE(mean.items.size() == 3);
    const RatedItemResult& na = std::get<RatedItemResult>(mean.items[2]->outcome);
    CHECK_FALSE(na.rating);
    CHECK(na.reason == "本市无工业控制系统，也无物联网、移动互联系统");
    CHECK(mean.rated == 2);
    CHECK(mean.sum == Rational(9, 5));
    CHECK(mean.mean == Rational(9, 10));
    CHECK(step<PointsStep>(explanation).earned == Rational(9, 5));
  }
  SECTION("6.4.3, every item na: not applicable, its point out of the maximum") {
    const Explanation explanation = explained(result, "6.4.3");
    CHECK(step_names(explanation) == std::vector<std::string>{"mean", "not-evaluated"});
    CHECK(step<MeanStep>(explanation).rated == 0);
    CHECK(step<NotEvaluatedStep>(explanation).status == Status::not_applicable);
    CHECK(step<NotEvaluatedStep>(explanation).max == Rational(1));
  }
  SECTION("6.4 counts 3 of its 4 points") {
    // 6.4.1 1 + 6.4.2 1 + 6.4.4 1 = 3; 6.4.3 (1 point) not applicable.
    const Explanation explanation = explained(result, "6.4");
    const SumStep& sum = step<SumStep>(explanation);
    CHECK(sum.sum == Rational(3));
    CHECK(sum.max == Rational(4));
    CHECK(sum.counted == Rational(3));
    CHECK(sum.left_out == Rational(1));
    CHECK(sum.terms[2].status == Status::not_applicable);
  }
  SECTION("an na item: no share of the mean") {
    const Explanation explanation = explained(result, "6.2.1.3");
    const RatingShareStep& share = step<RatingShareStep>(explanation);
    CHECK_FALSE(share.share);
    CHECK(share.mean == Rational(9, 10));
    CHECK(share.rated == 2);
  }
}

TEST_CASE("explain: a rated item, its rating and its share of the mean", "[explain]") {
  // yunxi 6.2.1 [full, mostly, full]: m = 3, mean = 2.8/3 = 14/15; item 2 (mostly, 0.8):
  // share 0.8 / 3 = 4/15.
  const auto scored = score_example(builtin_scheme(), yunxi);
  const ScoreResult& result = scored->result;
  const Explanation explanation = explained(result, "6.2.1.2");
  CHECK(explanation.item->id == "6.2.1.2");
  CHECK(explanation.indicator->id == "6.2.1");
  CHECK(step_names(explanation) == std::vector<std::string>{"rating-share"});
  const RatingShareStep& share = step<RatingShareStep>(explanation);
  CHECK(std::get<RatedItemResult>(share.item->outcome).rating->id == "mostly");
  CHECK(share.rated == 3);
  CHECK(share.share == Rational(4, 15));
  CHECK(share.mean == Rational(14, 15));
  CHECK_FALSE(share.direct_score);
  // 10.3.1.3 is the direct-score item.
  CHECK(step<RatingShareStep>(explained(result, "10.3.1.3")).direct_score);
}

TEST_CASE("explain: the municipal sheet, the sections, the bonus, the caps", "[explain]") {
  SECTION("lanting: a floor, a bonus under its cap, the total under the total cap") {
    // Sections 7.5 + 8 + 0 (3 floored from -4) + 7 + 12.9 + 8.7 + 15.75 = 59.85 = 1197/20;
    // bonus 8: 2 + 4 = 6, cap 10 not reached; total 59.85 + 6 = 65.85 = 1317/20 <= 100;
    // reported 65.85 -> 65.9 (1 decimal, half up: a tie away from zero); no grades.
    const auto scored = score_example(municipal_scheme(), lanting);
    const ScoreResult& result = scored->result;
    const Explanation explanation = explained(result);
    CHECK(step_names(explanation) == std::vector<std::string>{"sum", "bonus", "total-cap", "round", "grade"});
    const SumStep& sum = step<SumStep>(explanation);
    CHECK(sum.formula.empty());
    CHECK(term_ids(sum.terms) == std::vector<std::string>{"1", "2", "3", "4", "5", "6", "7"});
    CHECK(term_earned(sum.terms) == std::vector<Rational>{Rational(15, 2), Rational(8), Rational(0), Rational(7),
                                                          Rational(129, 10), Rational(87, 10), Rational(63, 4)});
    CHECK(sum.terms[2].result->raw == Rational(-4));
    CHECK(sum.sum == Rational(1197, 20));
    const BonusStep& bonus = step<BonusStep>(explanation);
    CHECK(term_ids(bonus.sections) == std::vector<std::string>{"8"});
    CHECK(bonus.bonus.sections == Rational(1197, 20));
    CHECK(bonus.bonus.raw == Rational(6));
    CHECK(bonus.bonus.capped == Rational(6));
    CHECK(bonus.bonus.cap == Rational(10));
    CHECK(bonus.bonus.total_before_cap == Rational(1317, 20));
    const TotalCapStep& cap = step<TotalCapStep>(explanation);
    CHECK(cap.before == Rational(1317, 20));
    CHECK(cap.cap == Rational(100));
    CHECK(cap.after == Rational(1317, 20));
    CHECK_FALSE(cap.applied);
    CHECK(step<RoundStep>(explanation).reported == Rational(659, 10));
    CHECK_FALSE(step<GradeStep>(explanation).scheme_has_grades);
    CHECK_FALSE(step<GradeStep>(explanation).band);
  }
  SECTION("qingyi: the bonus capped, the total capped") {
    // Sections 93.5 = 187/2; raw bonus 6 + 7 = 13, capped to 10; 93.5 + 10 = 103.5 = 207/2 > 100 -> 100.
    const auto scored = score_example(municipal_scheme(), qingyi);
    const ScoreResult& result = scored->result;
    const Explanation explanation = explained(result);
    const BonusStep& bonus = step<BonusStep>(explanation);
    CHECK(bonus.bonus.sections == Rational(187, 2));
    CHECK(bonus.bonus.raw == Rational(13));
    CHECK(bonus.bonus.capped == Rational(10));
    const TotalCapStep& cap = step<TotalCapStep>(explanation);
    CHECK(cap.before == Rational(207, 2));
    CHECK(cap.after == Rational(100));
    CHECK(cap.applied);
  }
  SECTION("lanting section 3: its sum floored to 0") {
    // 3.1 = 3.1.1 -5 + 3.1.2 1 + 3.1.3 0 = -4 < floor 0 -> 0.
    const auto scored = score_example(municipal_scheme(), lanting);
    const ScoreResult& result = scored->result;
    const Explanation section = explained(result, "3");
    CHECK(step_names(section) == std::vector<std::string>{"sum", "limit", "round"});
    CHECK(step<SumStep>(section).sum == Rational(-4));
    const LimitStep& limit = step<LimitStep>(section);
    CHECK(limit.limit.kind == Limit::Kind::floor);
    CHECK(limit.limit.value == Rational(0));
    CHECK(limit.raw == Rational(-4));
    CHECK(limit.earned == Rational(0));
    const Explanation indicator = explained(result, "3.1");
    CHECK(step_names(indicator) == std::vector<std::string>{"item-points", "round"});
    const ItemPointsStep& items = step<ItemPointsStep>(indicator);
    REQUIRE(items.items.size() == 3);
    CHECK(std::get<RuleItemResult>(items.items[0]->outcome).points == Rational(-5));
    CHECK(std::get<RuleItemResult>(items.items[1]->outcome).points == Rational(1));
    CHECK(std::get<RuleItemResult>(items.items[2]->outcome).points == Rational(0));
    CHECK(items.sum == Rational(-4));
  }
}

TEST_CASE("explain: rule items of several types, each with its fact, rule and points", "[explain]") {
  const auto scored = score_example(municipal_scheme(), lanting);
  const ScoreResult& result = scored->result;
  struct Case {
    const char* id;
    const char* type;
    const char* fact;
    Rational points;
  };
  // From lanting's header: 1.1.3 per-count 0.5 cap 2, 3 -> 3 × 0.5 = 1.5; 1.3.1 thresholds 70%/90%
  // inclusive, 14/20 = 0.7 -> 1; 4.3.2 choice drill -> 2; 5.1.1 present, absent -2, false -> -2;
  // 5.2.1 proportional 2, 17/24: 2 × 17/24 = 17/12 = 1.41... -> 1.4; 6.1.1 proportional 4, 2/3:
  // 8/3 = 2.66... -> 2.7; 3.1.1 composite: -3 (no list) - 2 (4 × -0.5) + 0 = -5; 4.3.1
  // ratio-thresholds with any, {exists: true} -> 1.
  const Case cases[] = {
      {"1.1.3", "per-count", "3", Rational(3, 2)},
      {"1.3.1", "ratio-thresholds", "14/20", Rational(1)},
      {"4.3.2", "choice", "drill", Rational(2)},
      {"5.1.1", "present", "false", Rational(-2)},
      {"5.2.1", "proportional", "17/24", Rational(7, 5)},
      {"6.1.1", "proportional", "2/3", Rational(27, 10)},
      {"3.1.1", "composite",
       "{systems: 0, missing: [portal, finance-tax, social-security, administrative-power], ledger: false}",
       Rational(-5)},
      {"4.3.1", "ratio-thresholds", "exists: true", Rational(1)},
  };
  for (const Case& expected : cases) {
    INFO(expected.id);
    const Explanation explanation = explained(result, expected.id);
    CHECK(explanation.item->id == expected.id);
    CHECK(step_names(explanation) == std::vector<std::string>{"rule", "round"});
    const RuleItemResult& outcome = rule_outcome(explanation);
    CHECK(rule_type_name(std::get<RuleItem>(explanation.item->kind).rule) == expected.type);
    CHECK(fact_text(*outcome.fact) == expected.fact);
    CHECK(outcome.points == expected.points);
    CHECK(step<RoundStep>(explanation).exact == expected.points);
  }
}

TEST_CASE("explain: a tree given by weights shows each weight and the points it gives", "[explain]") {
  // tests/data/trees/small-ten-weights.yaml: 1 α 0.6 (6 of 10): 1.1 5/12 (2.5), 1.2 7/12 (3.5);
  // 2 α 0.4 (4): 2.1 1 (4). Ratings: 1.1 [fair] X = 1/2, earned 5/4 = 1.25 -> 1.2 (1 decimal, half
  // even: a tie to the even 2); 1.2 [good, good] 7/2; 1 = 5/4 + 7/2 = 19/4; 2.1 [good, fair, poor]
  // X = 1.5/3 = 1/2, earned 2; M = 19/4 + 2 = 27/4 = 6.75 -> 6.8 (half even: 67.5 -> 68).
  const Scheme scheme = load_test_tree("tests/data/trees/small-ten-weights.yaml");
  const auto scored = score_assessment(scheme, "city: 苏州市\nratings:\n  \"1.1\": [fair]\n  \"1.2\": [good, good]\n"
                                               "  \"2.1\": [good, fair, poor]\n");
  const ScoreResult& result = scored->result;
  const Explanation composite = explained(result);
  const SumStep& sum = step<SumStep>(composite);
  REQUIRE(sum.terms.size() == 2);
  CHECK(sum.terms[0].weight == Rational(3, 5));
  CHECK(sum.terms[1].weight == Rational(2, 5));
  CHECK(sum.sum == Rational(27, 4));
  CHECK(step<RoundStep>(composite).reported == Rational(68, 10));

  const Explanation child = explained(result, "1.2");
  CHECK(step_names(child) == std::vector<std::string>{"weight", "mean", "points", "round"});
  const WeightStep& weight = step<WeightStep>(child);
  CHECK(weight.weight == Rational(7, 12));
  CHECK(weight.parent->id == "1");
  CHECK(weight.base == Rational(6));
  CHECK(weight.points == Rational(7, 2));
  const Explanation level1 = explained(result, "1");
  const WeightStep& top = step<WeightStep>(level1);
  CHECK(top.weight == Rational(3, 5));
  CHECK_FALSE(top.parent);
  CHECK(top.base == Rational(10));
  CHECK(step<RoundStep>(explained(result, "1.1")).reported == Rational(12, 10));

  SECTION("in words") {
    const std::string text = render_explain_text(child, Language::en);
    CHECK_THAT(text, Catch::Contains("\nWeight  7/12 of 1 Management: points = 7/12 × 6 = 3.5\n"));
    CHECK(squeezed_line(render_explain_text(composite, Language::en), "1 ") == "1 Management 0.6 19/4 = 4.75 6");
    CHECK(squeezed_line(render_explain_text(explained(result, "1.1"), Language::en), "Rounded") ==
          "Rounded 5/4 = 1.25 → 1.2 (1 decimal, half to even)");
    CHECK_THAT(render_explain_text(explained(result, "1"), Language::zh),
               Catch::Contains("权重  α = 0.6；分值 = 0.6 × 10 = 6\n"));
  }
}

TEST_CASE("explain: an unknown ID, with the closest one", "[explain]") {
  const auto scored = score_example(builtin_scheme(), yunxi);
  const ScoreResult& result = scored->result;
  CHECK_FALSE(explain(result, "7.9"));
  // Candidates in tree order; "7.1" is the first one edit away from "7.9".
  CHECK(unknown_explain_id(result, "7.9").en ==
        "7.9 is not an indicator or an item of the scheme scored (city-cybersecurity 1.0) (did you mean \"7.1\"?)");
  CHECK(unknown_explain_id(result, "7.6.33").en ==
        "7.6.33 is not an indicator or an item of the scheme scored (city-cybersecurity 1.0) (did you mean "
        "\"7.6.3\"?)");
  CHECK(unknown_explain_id(result, "budget").en ==
        "budget is not an indicator or an item of the scheme scored (city-cybersecurity 1.0)");
}

// --- The renderers, through the binary ----------------------------------------------------

TEST_CASE("explain CLI: the composite of yunxi, the whole text report", "[explain][cli]") {
  // The numbers of "the composite of a full evaluation" above, each dimension as a fraction and a
  // decimal cut after six places: 2899/150 = 19.32666..., 2147/75 = 28.62666..., 287/20 = 14.35,
  // 649/60 = 10.81666..., 107/6 = 17.83333..., 13643/150 = 90.95333...
  RunResult result = run_cli({"explain", yunxi});
  CHECK(result.exit_code == exit_ok);
  CHECK(result.err.empty());
  CHECK(result.out ==
        "Scheme     Digital government: city cybersecurity evaluation indicators (city-cybersecurity 1.0)\n"
        "City       云溪市\n"
        "Period     2025\n"
        "File       examples/yunxi-2025.yaml\n"
        "Explained  the composite score\n"
        "\n"
        "A.1: The composite is the sum of the level-1 indicators' points\n"
        "ID  Indicator                                             Earned  Max\n"
        "6   Policy and regulation implementation   2899/150 = 19.326666…   20\n"
        "7   Risk control                            2147/75 = 28.626666…   30\n"
        "8   Cybersecurity culture                         287/20 = 14.35   15\n"
        "9   Research and innovation                  649/60 = 10.816666…   15\n"
        "10  Development and cooperation               107/6 = 17.833333…   20\n"
        "    Sum                                   13643/150 = 90.953333…  100\n"
        "\n"
        "Rounded  13643/150 = 90.953333… → 90.95 (2 decimals, half up)\n"
        "Grade    Excellent: 85 ≤ 90.95 ≤ 100\n");
  SECTION("in Chinese") {
    RunResult zh = run_cli({"explain", yunxi, "--lang", "zh"});
    CHECK_THAT(zh.out, Catch::Contains("说明对象  综合得分\n"));
    CHECK_THAT(zh.out, Catch::Contains("\nA.1：综合得分 = 各一级指标得分之和\n"));
    CHECK(squeezed_line(zh.out, "10 ") == "10 发展协同 107/6 = 17.833333… 20");
    CHECK_THAT(zh.out, Catch::Contains("取整  13643/150 = 90.953333… → 90.95（保留 2 位小数，四舍五入）\n"
                                       "等级  优秀：85 ≤ 90.95 ≤ 100\n"));
  }
}

TEST_CASE("explain CLI: a level-3 indicator, the whole text report", "[explain][cli]") {
  // 7.6.3 of yunxi, worked out in "a level-3 indicator" above.
  RunResult result = run_cli({"explain", yunxi, "7.6.3"});
  CHECK(result.exit_code == exit_ok);
  CHECK(result.out ==
        "Scheme     Digital government: city cybersecurity evaluation indicators (city-cybersecurity 1.0)\n"
        "City       云溪市\n"
        "Period     2025\n"
        "File       examples/yunxi-2025.yaml\n"
        "Explained  7.6.3 Secure data circulation (level 3, max 1)\n"
        "\n"
        "A.4: X of 7.6.3 is the mean of the ratings of the m items that apply\n"
        "Item     Rating              y  Notes\n"
        "7.6.3.1  mostly satisfied  0.8\n"
        "7.6.3.2  partly satisfied  0.5  加密传输要求已覆盖政务数据，尚未覆盖公共\n"
        "                                数据开放平台\n"
        "7.6.3.3  fully satisfied     1\n"
        "\n"
        "m        3\n"
        "Σy       0.8 + 0.5 + 1 = 23/10 = 2.3\n"
        "Mean     2.3 ÷ 3 = 23/30 = 0.766666…\n"
        "Earned   X × points = 23/30 × 1 = 23/30 = 0.766666…\n"
        "Rounded  23/30 = 0.766666… → 0.77 (2 decimals, half up)\n");
  SECTION("in Chinese, with the direct-score rule (qinglan 10.3.1)") {
    RunResult zh = run_cli({"explain", qinglan, "10.3.1", "--lang", "zh"});
    CHECK_THAT(zh.out, Catch::Contains("说明对象  10.3.1 城市间合作（3 级指标，满分 3）\n"));
    CHECK(squeezed_line(zh.out, "10.3.1.3") == "10.3.1.3 全部满足 1 直接得分项");
    CHECK_THAT(zh.out, Catch::Contains("均值  2.3 ÷ 3 = 23/30 = 0.766666…\n"
                                       "X     max(均值, 直接得分项 10.3.1.3 的评分) = max(23/30, 1) = 1：直接得分项提高了 X\n"
                                       "得分  X × 分值 = 1 × 3 = 3\n"
                                       "取整  3 → 3.00（保留 2 位小数，四舍五入）\n"));
  }
  SECTION("an item of it, and an na item with its reason") {
    RunResult item = run_cli({"explain", yunxi, "6.2.1.2"});
    CHECK_THAT(item.out, Catch::Contains("Rating             mostly satisfied (mostly) = 0.8\n"
                                         "Share of the mean  y ÷ m = 0.8 ÷ 3 = 4/15 = 0.266666…, of 6.2.1's mean "
                                         "14/15 = 0.933333…\n"));
    // yunxi 7.6.3.2 names its evidence; 0.5 of m = 3: 1/6.
    RunResult evidenced = run_cli({"explain", yunxi, "7.6.3.2"});
    CHECK_THAT(evidenced.out, Catch::Contains("Evidence           云政数〔2025〕8号\n"
                                              "Share of the mean  y ÷ m = 0.5 ÷ 3 = 1/6 = 0.166666…, of 7.6.3's mean "
                                              "23/30 = 0.766666…\n"));
    RunResult na = run_cli({"explain", linjiang, "6.2.1.3"});
    CHECK_THAT(na.out, Catch::Contains("Rating             not applicable\n"
                                       "Reason             本市无工业控制系统，也无物联网、移动互联系统\n"
                                       "Share of the mean  none: 6.2.1's mean is over its 2 items that apply\n"));
  }
}

TEST_CASE("explain CLI: a special evaluation and not-applicable points, scaled", "[explain][cli]") {
  RunResult special = run_cli({"explain", xiling});
  CHECK(special.exit_code == exit_ok);
  CHECK(squeezed_line(special.out, "6 ") ==
        "6 Policy and regulation implementation — 20 not evaluated (out of scope)");
  CHECK(squeezed_line(special.out, "Sum") == "Sum 708/25 = 28.32 100 30 count, 70 left out");
  CHECK_THAT(special.out, Catch::Contains("Scope    7 Risk control; the other 70 points not evaluated\n"
                                          "Scaled   earned ÷ counted × max = 28.32 ÷ 30 × 100 = 472/5 = 94.4\n"
                                          "Rounded  472/5 = 94.4 → 94.40 (2 decimals, half up)\n"
                                          "Grade    Excellent: 85 ≤ 94.40 ≤ 100\n"));
  RunResult outside = run_cli({"explain", xiling, "6.2.1", "--lang", "zh"});
  CHECK_THAT(outside.out, Catch::EndsWith("\n状态  未评价：6 政策规范不在评价范围（7 风险控制）内\n"));

  // linjiang: 96.5 of 99, 9650/99 = 97.474747...
  RunResult na = run_cli({"explain", linjiang});
  CHECK_THAT(na.out, Catch::Contains(
                         "Not applicable  6.4.3 Foreign investment and M&A security review (1 left out of the maximum)\n"
                         "Scaled          earned ÷ counted × max = 96.5 ÷ 99 × 100 = 9650/99 = 97.474747…\n"));
  RunResult all_na = run_cli({"explain", linjiang, "6.4.3"});
  CHECK_THAT(all_na.out, Catch::Contains("m       0 (no item applies)\n"
                                         "Status  not applicable: nothing under it applies, so it leaves the maximum "
                                         "(1 left out)\n"));
}

TEST_CASE("explain CLI: the municipal sheet, bonus and caps, a floor, rule items", "[explain][cli]") {
  RunResult composite = run_cli({"explain", lanting});
  CHECK(composite.exit_code == exit_ok);
  CHECK(squeezed_line(composite.out, "3 ") == "3 Risk assessment 0 16 floor 0: -4 → 0");
  CHECK_THAT(composite.out, Catch::Contains("Bonus             6 (cap 10, not reached)\n"
                                            "Total with bonus  59.85 + 6 = 1317/20 = 65.85\n"
                                            "Total cap         65.85 ≤ 100: unchanged\n"
                                            "Rounded           1317/20 = 65.85 → 65.9 (1 decimal, half up)\n"
                                            "Grade             (this scheme defines no grades)\n"));
  RunResult capped = run_cli({"explain", qingyi, "--lang", "zh"});
  CHECK_THAT(capped.out, Catch::Contains("加分项      13 → 10（上限 10）\n"
                                         "加分后总分  93.5 + 10 = 207/2 = 103.5\n"
                                         "总分上限    103.5 > 100 → 100\n"));
  RunResult section = run_cli({"explain", lanting, "3"});
  CHECK_THAT(section.out, Catch::Contains("\nFloor    -4 < 0 → 0\nRounded  0 → 0.0 (1 decimal, half up)\n"));
  RunResult items = run_cli({"explain", lanting, "3.1"});
  CHECK(squeezed_line(items.out, "3.1.2") == "3.1.2 1 1 × 1, capped at 5 → 1 1 5");
  CHECK(squeezed_line(items.out, "Sum") == "Sum -4 16");
  RunResult rule = run_cli({"explain", lanting, "1.1.3"});
  CHECK_THAT(rule.out, Catch::Contains("Explained  1.1.3 協調小組職責履行情況 (an item of 1.1 Network and information "
                                       "security coordination group)\n"));
  CHECK_THAT(rule.out, Catch::Contains("\nFact     3\n"
                                       "Rule     per-count: 0.5 per occurrence, at most 2\n"));
  CHECK_THAT(rule.out, Catch::Contains("\nPoints   3/2 = 1.5 (max 2)\n"));
  RunResult evidenced = run_cli({"explain", lanting, "1.3.1", "--lang", "zh"});
  CHECK_THAT(evidenced.out, Catch::Contains("\n证明材料      各部門信息安全員名單匯總表.xlsx\n"));
  RunResult proportional = run_cli({"explain", lanting, "5.2.1", "--lang", "zh"});
  CHECK_THAT(proportional.out, Catch::Contains("事实      17/24\n"));
  CHECK_THAT(proportional.out, Catch::Contains("得分      7/5 = 1.4（满分 2）\n"
                                               "备注      24個黨政機關部門中17個報送自查報告\n"));
}

TEST_CASE("explain CLI: JSON, exact values beside rounded ones", "[explain][cli]") {
  SECTION("the composite") {
    Json json = Json::parse(run_cli({"explain", yunxi, "--format", "json"}).out);
    CHECK(keys_of(json) == std::vector<std::string>{"scheme", "assessment", "explained", "steps", "generator"});
    CHECK(json["explained"] == Json{{"kind", "composite"}});
    REQUIRE(json["steps"].size() == 3);
    const Json& sum = json["steps"][0];
    CHECK(keys_of(sum) == std::vector<std::string>{"step", "formula", "terms", "sum", "sum_exact", "max", "counted",
                                                   "left_out"});
    CHECK(sum["step"] == "sum");
    CHECK(sum["formula"] == "A.1");
    CHECK(sum["sum"] == 90.95);
    CHECK(sum["sum_exact"] == "13643/150");
    CHECK(keys_of(sum["terms"][0]) == std::vector<std::string>{"id", "level", "name", "name_en", "status", "earned",
                                                               "earned_exact", "max", "counted"});
    CHECK(sum["terms"][0]["earned_exact"] == "2899/150");
    CHECK(sum["terms"][0]["earned"] == 19.33);
    CHECK(json["steps"][1] == Json{{"step", "round"}, {"exact", "13643/150"}, {"reported", 90.95}, {"decimals", 2},
                                   {"rounding", "half-up"}});
    const Json& grade = json["steps"][2];
    CHECK(grade["grade"]["id"] == "excellent");
    CHECK(grade["grade"]["min"] == 85);
    CHECK(grade["grade"]["min_inclusive"] == true);
  }
  SECTION("a level-3 indicator") {
    Json json = Json::parse(run_cli({"explain", yunxi, "7.6.3", "--format", "json"}).out);
    CHECK(json["explained"]["kind"] == "indicator");
    CHECK(json["explained"]["id"] == "7.6.3");
    const Json& mean = json["steps"][0];
    CHECK(mean["step"] == "mean");
    CHECK(mean["m"] == 3);
    CHECK(mean["sum_exact"] == "23/10");
    CHECK(mean["mean_exact"] == "23/30");
    CHECK(mean["items"][1]["rating"] == "partly");
    CHECK(mean["items"][1]["value"] == 0.5);
    CHECK(mean["items"][1]["note"] == "加密传输要求已覆盖政务数据，尚未覆盖公共数据开放平台");
    CHECK(json["steps"][1]["step"] == "points");
    CHECK(json["steps"][1]["earned_exact"] == "23/30");
  }
  SECTION("a rule item and the municipal composite") {
    Json item = Json::parse(run_cli({"explain", lanting, "1.1.3", "--format", "json"}).out);
    CHECK(item["explained"] == Json{{"kind", "item"}, {"id", "1.1.3"}, {"indicator", "1.1"},
                                    {"text", "協調小組職責履行情況"}});
    const Json& rule = item["steps"][0]["item"];
    CHECK(rule["fact"] == 3);
    CHECK(rule["rule"]["type"] == "per-count");
    CHECK(rule["points_exact"] == "3/2");
    CHECK(rule["max"] == 2);
    Json evidenced = Json::parse(run_cli({"explain", lanting, "1.3.1", "--format", "json"}).out);
    CHECK(evidenced["steps"][0]["item"]["evidence"] == Json{"各部門信息安全員名單匯總表.xlsx"});
    Json composite = Json::parse(run_cli({"explain", lanting, "--format", "json"}).out);
    CHECK(composite["steps"][0]["terms"][2]["raw_exact"] == "-4");
    CHECK(composite["steps"][0]["terms"][2]["limit"] == Json{{"kind", "floor"}, {"value", 0}});
    CHECK(composite["steps"][1]["step"] == "bonus");
    CHECK(composite["steps"][1]["total_exact"] == "1317/20");
    CHECK(composite["steps"][2] == Json{{"step", "total-cap"}, {"before", 65.9}, {"before_exact", "1317/20"},
                                        {"cap", 100}, {"after", 65.9}, {"after_exact", "1317/20"},
                                        {"applied", false}});
    CHECK(composite["steps"][4] == Json{{"step", "grade"}, {"reported", 65.9}, {"grade", nullptr}});
  }
  SECTION("an indicator whose items are all na: no mean, not applicable") {
    // linjiang 6.4.3 [na, na]: m = 0, its 1 point left out of the maximum.
    Json json = Json::parse(run_cli({"explain", linjiang, "6.4.3", "--format", "json"}).out);
    const Json& mean = json["steps"][0];
    CHECK(mean["m"] == 0);
    CHECK(mean["mean"] == nullptr);
    CHECK(mean["mean_exact"] == nullptr);
    CHECK(mean["items"][0]["rating"] == "na");
    CHECK(mean["items"][0]["value"] == nullptr);
    CHECK(mean["items"][0]["reason"] == "本年度本市无中国企业收购外资企业的活动");
    CHECK(json["steps"][1] == Json{{"step", "not-evaluated"}, {"status", "not-applicable"}, {"dimension", nullptr},
                                   {"scope", Json::array()}, {"max", 1}});
  }
    SECTION("a weight profile: the weights key and the weight step") {
    // examples/innovation.weights.yaml: α of 7 is 0.25, so 7 has 0.25 × 100 = 25 points.
    Json json = Json::parse(
        run_cli({"explain", linjiang, "7", "--weights", "examples/innovation.weights.yaml", "--format", "json"}).out);
    CHECK(json["weights"]["profile"]["name_en"] == "Innovation-weighted");
    CHECK(json["steps"][0] == Json{{"step", "weight"}, {"weight", 0.25}, {"weight_exact", "1/4"},
                                   {"parent", nullptr}, {"base", 100}, {"points", 25}});
  }
}

TEST_CASE("explain CLI: Markdown, the same content as a heading, tables and lists", "[explain][cli]") {
  RunResult result = run_cli({"explain", yunxi, "7.6.3", "--format", "markdown"});
  CHECK(result.exit_code == exit_ok);
  CHECK_THAT(result.out, Catch::StartsWith("# Explanation: 7.6.3 Secure data circulation (level 3, max 1)\n\n"
                                           "- **Scheme:** Digital government: city cybersecurity evaluation "
                                           "indicators (city-cybersecurity 1.0)\n"));
  CHECK_THAT(result.out, Catch::Contains("## A.4: X of 7.6.3 is the mean of the ratings of the m items that apply\n\n"
                                         "| Item | Rating | y | Notes |\n"
                                         "|---|---|---:|---|\n"
                                         "| 7.6.3.1 | mostly satisfied | 0.8 |  |\n"));
  CHECK_THAT(result.out, Catch::EndsWith("- **Mean:** 2.3 ÷ 3 = 23/30 = 0.766666…\n"
                                         "- **Earned:** X × points = 23/30 × 1 = 23/30 = 0.766666…\n"
                                         "- **Rounded:** 23/30 = 0.766666… → 0.77 (2 decimals, half up)\n"));
  RunResult zh = run_cli({"explain", yunxi, "--format", "markdown", "--lang", "zh"});
  CHECK_THAT(zh.out, Catch::StartsWith("# 说明：综合得分\n\n- **评价体系**：数字政府 城市网络安全评价指标"));
  CHECK_THAT(zh.out, Catch::Contains("| 编号 | 指标 | 得分 | 满分 |\n|---|---|---:|---:|\n"));
  CHECK_THAT(zh.out, Catch::Contains("- **等级**：优秀：85 ≤ 90.95 ≤ 100\n"));
  // Text from files is escaped: "M&A" stays, a "|" in a name would not break the table.
  RunResult escaped = run_cli({"explain", linjiang, "6.4", "--format", "markdown"});
  CHECK_THAT(escaped.out, Catch::Contains("| 6.4.3 | Foreign investment and M&A security review | — | 1 | not applicable |\n"));
}

TEST_CASE("explain CLI: usage errors and invalid input", "[explain][cli]") {
  SECTION("an unknown ID: exit 2, the closest ID, in both languages") {
    RunResult en = run_cli({"explain", yunxi, "7.9"});
    CHECK(en.exit_code == exit_usage);
    CHECK(en.out.empty());
    CHECK(en.err ==
          "cityseceval: error: 7.9 is not an indicator or an item of the scheme scored (city-cybersecurity 1.0) "
          "(did you mean \"7.1\"?)\n");
    RunResult zh = run_cli({"explain", yunxi, "7.9", "--lang", "zh"});
    CHECK(zh.exit_code == exit_usage);
    check_chinese(en.first_error_line(), zh.first_error_line());
    RunResult municipal = run_cli({"explain", lanting, "9.1"});
    CHECK(municipal.exit_code == exit_usage);
    CHECK(municipal.err == "cityseceval: error: 9.1 is not an indicator or an item of the scheme scored "
                           "(municipal-infosec-work 1.0) (did you mean \"1.1\"?)\n");
  }
  SECTION("no file, or two IDs: CLI11's usage error") {
    CHECK(run_cli({"explain"}).exit_code == exit_usage);
    CHECK(run_cli({"explain", yunxi, "7", "8"}).exit_code == exit_usage);
    CHECK(run_cli({"explain", yunxi, "--format", "csv"}).exit_code == exit_usage);
  }
  SECTION("an invalid or missing file: its diagnostics, exit 1") {
    RunResult bad = run_cli({"explain", "tests/data/bad/rating-misspelt.yaml", "7"});
    CHECK(bad.exit_code == exit_invalid_input);
    CHECK(bad.out.empty());
    CHECK_THAT(bad.first_error_line(), Catch::StartsWith("tests/data/bad/rating-misspelt.yaml:"));
    CHECK(run_cli({"explain", "no-such-file.yaml"}).exit_code == exit_invalid_input);
  }
  SECTION("-o writes the report, never over the input") {
    TempDir directory;
    directory.write("a.yaml", source_text(yunxi));
    RunResult refused = run_in(directory, {"explain", "a.yaml", "-o", "a.yaml"});
    CHECK(refused.exit_code == exit_usage);
    CHECK(refused.err == "cityseceval: error: -o a.yaml would overwrite the input file a.yaml\n");
    CHECK(read_bytes(directory.file("a.yaml")) == source_text(yunxi));
    RunResult written = run_in(directory, {"explain", "a.yaml", "9", "--format", "markdown", "-o", "9.md"});
    CHECK(written.exit_code == exit_ok);
    CHECK(written.out.empty());
    auto text = read_bytes(directory.file("9.md"));
    REQUIRE(text);
    CHECK_THAT(*text, Catch::StartsWith("# Explanation: 9 Research and innovation (level 1, max 15)\n"));
  }
  SECTION("--help: the options, and examples that exist") {
    RunResult help = run_cli({"explain", "--help"});
    CHECK(help.exit_code == exit_ok);
    CHECK_THAT(help.out, Catch::Contains("--format") && Catch::Contains("--lang") && Catch::Contains("--weights") &&
                             Catch::Contains("--lenient") && Catch::Contains("--output") &&
                             Catch::Contains("Exit codes: 0 explained, 1 invalid input, 2 usage error"));
    for (const std::string& example : {yunxi, lanting}) CHECK_THAT(help.out, Catch::Contains(example));
  }
    SECTION("standard input") {
    RunOptions options;
    options.stdin_text = source_text(yunxi);
    RunResult result = run_cli({"explain", "-", "9.2.4"}, options);
    CHECK(result.exit_code == exit_ok);
    CHECK_THAT(result.out, Catch::Contains("File       <stdin>\n"));
  }
}
