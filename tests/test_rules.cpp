// The rule primitives of docs/design/rule-based-schemes.md: every rule type
// worked by hand at and around its thresholds, caps and tiers, the words and
// explanations an auditor reads, and the exact diagnostics for bad rules and
// bad facts.
#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>
#include <string_view>

#include "cityseceval/diagnostic.h"
#include "cityseceval/rules.h"
#include "rule_reader.h"
#include "support.h"
#include "yaml_reader.h"

using namespace cityseceval;

namespace {

const std::string file = "t.yaml";

Rational dec(std::string_view text) { return Rational::parse_decimal(text, true).value(); }

yaml::NodePtr parse(std::string_view text) {
  Diagnostics diagnostics;
  yaml::NodePtr root = yaml::read_yaml(text, file, diagnostics);
  INFO(text);
  REQUIRE(root);
  REQUIRE(diagnostics.empty());
  return root;
}

Rule rule_of(std::string_view text, const Rational& item_points = Rational(100)) {
  Diagnostics diagnostics;
  std::optional<Rule> rule = read_rule(*parse(text), file, item_points, diagnostics);
  INFO(text);
  INFO((diagnostics.all().empty() ? std::string() : format_diagnostic(diagnostics.all().front(), Language::en)));
  REQUIRE(diagnostics.empty());
  REQUIRE(rule);
  return *rule;
}

// The first diagnostic for a rule that must be refused, formatted.
std::string rule_error(std::string_view text, const Rational& item_points = Rational(100)) {
  Diagnostics diagnostics;
  std::optional<Rule> rule = read_rule(*parse(text), file, item_points, diagnostics);
  INFO(text);
  CHECK_FALSE(rule);
  REQUIRE_FALSE(diagnostics.all().empty());
  std::string en = format_diagnostic(diagnostics.all().front(), Language::en);
  testing::check_chinese(en, format_diagnostic(diagnostics.all().front(), Language::zh));
  return en;
}

Fact fact_of(const Rule& rule, std::string_view text, const std::string& item = "1.1.1") {
  Diagnostics diagnostics;
  std::optional<Fact> fact = read_fact(*parse(text), rule, file, item, diagnostics);
  INFO(text);
  INFO((diagnostics.all().empty() ? std::string() : format_diagnostic(diagnostics.all().front(), Language::en)));
  REQUIRE(diagnostics.empty());
  REQUIRE(fact);
  return *fact;
}

// The first diagnostic for a fact that must be refused, formatted.
std::string fact_error(const Rule& rule, std::string_view text, const std::string& item) {
  Diagnostics diagnostics;
  std::optional<Fact> fact = read_fact(*parse(text), rule, file, item, diagnostics);
  INFO(text);
  CHECK_FALSE(fact);
  REQUIRE_FALSE(diagnostics.all().empty());
  std::string en = format_diagnostic(diagnostics.all().front(), Language::en);
  testing::check_chinese(en, format_diagnostic(diagnostics.all().front(), Language::zh));
  return en;
}

RuleOutcome outcome_of(const Rule& rule, std::string_view fact_text) {
  return evaluate(rule, fact_of(rule, fact_text));
}

Rational points_of(const Rule& rule, std::string_view fact_text) { return outcome_of(rule, fact_text).points; }

// The design's rules for the municipal sheet, as its tree file will spell them.
const char* const rule_1_3_1 =
    "{type: ratio-thresholds, thresholds: [{at: 0.7, inclusive: true, points: 1}, "
    "{at: 0.9, inclusive: true, points: 2}]}";
const char* const rule_4_3_1 =
    "{type: ratio-thresholds, any: 1, thresholds: [{at: 0.4, inclusive: true, points: 2}, "
    "{at: 0.8, inclusive: true, points: 3}]}";
const char* const rule_systems = "{type: count-tiers, zero: -3, tiers: [{min: 6, points: 3}, {min: 1, points: 1}]}";
const char* const rule_4_3_2 =
    "{type: choice, outcomes: [{id: drill, name: 演练, points: 2}, {id: training, name: 培训, points: 1}, "
    "{id: none, name: 无, points: 0}]}";
const char* const rule_5_5_2 =
    "{type: choice, outcomes: [{id: on-time, name: 按时报送, points: 2}, {id: late, name: 逾期报送, points: 1}, "
    "{id: none, name: 未报送, points: -2}]}";
const char* const rule_missing =
    "{type: per-missing, each: -0.5, of: [{id: portal, name: 门户网站}, {id: finance-tax, name: 财税}, "
    "{id: social-security, name: 社保}, {id: administrative-power, name: 行政权力}]}";
const char* const rule_judgement = "{type: judgement, min: 0, max: 2, step: 0.5}";
const char* const rule_3_1_1 =
    "type: composite\n"
    "parts:\n"
    "  systems: {type: count-tiers, zero: -3, tiers: [{min: 6, points: 3}, {min: 1, points: 1}]}\n"
    "  missing:\n"
    "    type: per-missing\n"
    "    each: -0.5\n"
    "    of: [{id: portal}, {id: finance-tax}, {id: social-security}, {id: administrative-power}]\n"
    "  ledger: {type: add-on, points: 3}\n";

}  // namespace

TEST_CASE("present: the points when true, the deduction when false", "[rules]") {
  Rule one = rule_of("{type: present}", 1);
  CHECK(points_of(one, "true") == Rational(1));
  CHECK(points_of(one, "false") == Rational(0));
  CHECK(describe(one).zh == "有得 1 分");
  CHECK(describe(one).en == "1 if yes");

  Rule deducting = rule_of("{type: present, points: 2, absent: -1}", 2);
  CHECK(points_of(deducting, "true") == Rational(2));
  RuleOutcome absent = outcome_of(deducting, "false");
  CHECK(absent.points == Rational(-1));
  CHECK(absent.explanation.zh == "无 → -1");
  CHECK(absent.explanation.en == "no → -1");
  CHECK(outcome_of(deducting, "true").explanation.zh == "有 → 2");
  CHECK(describe(deducting).zh == "有得 2 分，无扣 1 分");
  CHECK(describe(deducting).en == "2 if yes, -1 if not");
  CHECK(rule_max(deducting) == Rational(2));
  CHECK(rule_min(deducting) == Rational(-1));
}

TEST_CASE("per-count: count × each, capped", "[rules]") {
  Rule rule = rule_of("{type: per-count, each: 0.5, cap: 2}", 2);
  CHECK(points_of(rule, "0") == Rational(0));
  CHECK(points_of(rule, "1") == dec("0.5"));
  RuleOutcome three = outcome_of(rule, "3");
  CHECK(three.points == dec("1.5"));
  CHECK(three.explanation.zh == "3 件 × 0.5，上限 2 → 1.5");
  CHECK(three.explanation.en == "3 × 0.5, capped at 2 → 1.5");
  CHECK(points_of(rule, "4") == Rational(2));
  RuleOutcome five = outcome_of(rule, "5");
  CHECK(five.points == Rational(2));
  CHECK(five.explanation.zh == "5 件 × 0.5 = 2.5，上限 2 → 2");
  CHECK(five.explanation.en == "5 × 0.5 = 2.5, capped at 2 → 2");
  CHECK(describe(rule).zh == "有一件得 0.5 分，加满 2 分止");
  CHECK(describe(rule).en == "0.5 per occurrence, at most 2");
  CHECK(rule_max(rule) == Rational(2));
  CHECK(rule_min(rule) == Rational(0));

  // Built by hand (the reader wants a cap): no bound above.
  Rule uncapped{PerCountRule{Rational(2), std::nullopt}, {}};
  RuleOutcome seven = evaluate(uncapped, Fact::count(7));
  CHECK(seven.points == Rational(14));
  CHECK(seven.explanation.zh == "7 件 × 2 → 14");
  CHECK(seven.explanation.en == "7 × 2 → 14");
  CHECK(describe(uncapped).en == "2 per occurrence");
  CHECK(describe(uncapped).zh == "有一件得 2 分");
  CHECK_FALSE(rule_max(uncapped));
  CHECK(rule_min(uncapped) == std::nullopt);
}

TEST_CASE("ratio-thresholds: inclusive bounds (1.3.1, 70% and 90% included)", "[rules]") {
  Rule rule = rule_of(rule_1_3_1, 2);
  CHECK(points_of(rule, "0") == Rational(0));
  CHECK(points_of(rule, "0.699") == Rational(0));
  CHECK(points_of(rule, "0.7") == Rational(1));
  CHECK(points_of(rule, "0.701") == Rational(1));
  CHECK(points_of(rule, "0.899") == Rational(1));
  CHECK(points_of(rule, "0.9") == Rational(2));
  CHECK(points_of(rule, "1") == Rational(2));
  CHECK(points_of(rule, "{numerator: 699, denominator: 1000}") == Rational(0));
  CHECK(points_of(rule, "{numerator: 700, denominator: 1000}") == Rational(1));
  CHECK(points_of(rule, "{numerator: 701, denominator: 1000}") == Rational(1));
  CHECK(points_of(rule, "{numerator: 9, denominator: 10}") == Rational(2));
  CHECK(points_of(rule, "{numerator: 0, denominator: 3}") == Rational(0));

  RuleOutcome below = outcome_of(rule, "0.699");
  CHECK(below.explanation.zh == "比例 69.9%，未达 ≥ 70% → 0");
  CHECK(below.explanation.en == "ratio 69.9%, below ≥ 70% → 0");
  CHECK(outcome_of(rule, "{numerator: 699, denominator: 1000}").explanation.en ==
        "ratio 699/1000 = 69.9%, below ≥ 70% → 0");
  RuleOutcome at = outcome_of(rule, "0.7");
  CHECK(at.explanation.zh == "比例 70%，达到 ≥ 70%，未达 ≥ 90% → 1");
  CHECK(at.explanation.en == "ratio 70%, meets ≥ 70%, below ≥ 90% → 1");
  CHECK(outcome_of(rule, "{numerator: 9, denominator: 10}").explanation.en == "ratio 9/10 = 90%, meets ≥ 90% → 2");
  CHECK(outcome_of(rule, "{numerator: 1, denominator: 3}").explanation.en == "ratio 1/3 ≈ 33.33%, below ≥ 70% → 0");

  CHECK(describe(rule).zh == "比例 ≥ 70% 得 1 分，≥ 90% 得 2 分");
  CHECK(describe(rule).en == "ratio ≥ 70%: 1, ≥ 90%: 2");
  CHECK(rule_max(rule) == Rational(2));
  CHECK(rule_min(rule) == Rational(0));
}

TEST_CASE("ratio-thresholds: exclusive bounds", "[rules]") {
  Rule rule = rule_of(
      "{type: ratio-thresholds, thresholds: [{at: 0.7, inclusive: false, points: 1}, "
      "{at: 0.9, inclusive: false, points: 2}]}",
      2);
  CHECK(points_of(rule, "0.699") == Rational(0));
  CHECK(points_of(rule, "0.7") == Rational(0));
  CHECK(points_of(rule, "0.701") == Rational(1));
  CHECK(points_of(rule, "0.9") == Rational(1));
  CHECK(points_of(rule, "0.901") == Rational(2));
  CHECK(points_of(rule, "{numerator: 7, denominator: 10}") == Rational(0));
  CHECK(points_of(rule, "{numerator: 701, denominator: 1000}") == Rational(1));
  CHECK(outcome_of(rule, "0.7").explanation.en == "ratio 70%, below > 70% → 0");
  CHECK(outcome_of(rule, "0.9").explanation.en == "ratio 90%, meets > 70%, below > 90% → 1");
  CHECK(describe(rule).en == "ratio > 70%: 1, > 90%: 2");
}

TEST_CASE("ratio-thresholds: a ratio above 0 shows there is one (4.3.1)", "[rules]") {
  Rule rule = rule_of(rule_4_3_1, 3);
  CHECK(points_of(rule, "0") == Rational(0));
  CHECK(points_of(rule, "{numerator: 0, denominator: 12}") == Rational(0));
  RuleOutcome some = outcome_of(rule, "{numerator: 1, denominator: 100}");
  CHECK(some.points == Rational(1));
  CHECK(some.explanation.zh == "比例 1/100 = 1%，未达 ≥ 40%，但大于 0 → 1");
  CHECK(some.explanation.en == "ratio 1/100 = 1%, below ≥ 40% but above 0 → 1");
  CHECK(points_of(rule, "0.399") == Rational(1));
  CHECK(points_of(rule, "0.4") == Rational(2));
  CHECK(points_of(rule, "0.799") == Rational(2));
  CHECK(points_of(rule, "0.8") == Rational(3));
  CHECK(points_of(rule, "1") == Rational(3));
  CHECK(describe(rule).en == "ratio ≥ 40%: 2, ≥ 80%: 3; otherwise 1 if there is any");
  CHECK(describe(rule).zh == "比例 ≥ 40% 得 2 分，≥ 80% 得 3 分；未达标但有即得 1 分");
  CHECK(rule_max(rule) == Rational(3));
  CHECK(rule_min(rule) == Rational(0));
}

// 4.3.1 "有即得1分,以重要信息系統名錄為基數,制訂率達40%以上得2分,80%以上得3分": the list is
// the base of the rate only; having any plan earns 1 on its own. Worked by hand:
//   {exists: true}                                 no list: no rate, there is one -> 1
//   {exists: true, numerator: 0, denominator: 12}  0/12 = 0% < 40%, there is one -> 1
//   {exists: true, numerator: 5, denominator: 12}  5/12 ≈ 41.67% >= 40%          -> 2
//   {exists: true, numerator: 10, denominator: 12} 10/12 ≈ 83.33% >= 80%         -> 3
//   {exists: false}                                none at all                    -> 0
//   {exists: false, numerator: 0, denominator: 12} none, 0%                       -> 0
TEST_CASE("ratio-thresholds: any is 有即得, whether there is one is said apart from the ratio (4.3.1)",
          "[rules]") {
  Rule rule = rule_of(rule_4_3_1, 3);
  CHECK(scores_existence(rule));
  CHECK_FALSE(scores_existence(rule_of(rule_1_3_1, 2)));

  Fact no_list = fact_of(rule, "{exists: true, note: \"無名錄,已制定2個專項預案\"}");
  CHECK(no_list.exists == true);
  CHECK_FALSE(no_list.has_ratio());
  CHECK(no_list.note == "無名錄,已制定2個專項預案");
  RuleOutcome exists = evaluate(rule, no_list);
  CHECK(exists.points == Rational(1));
  CHECK(exists.explanation.zh == "有（无基数）→ 1");
  CHECK(exists.explanation.en == "exists (no base) → 1");

  struct Expected {
    const char* fact;
    int points;
    const char* zh;
    const char* en;
  };
  const Expected expected[] = {
      {"{exists: true, numerator: 0, denominator: 12}", 1, "有，比例 0/12 = 0%，未达 ≥ 40% → 1",
       "exists, ratio 0/12 = 0%, below ≥ 40% → 1"},
      {"{exists: true, numerator: 5, denominator: 12}", 2, "有，比例 5/12 ≈ 41.67%，达到 ≥ 40%，未达 ≥ 80% → 2",
       "exists, ratio 5/12 ≈ 41.67%, meets ≥ 40%, below ≥ 80% → 2"},
      {"{exists: true, numerator: 10, denominator: 12}", 3, "有，比例 10/12 ≈ 83.33%，达到 ≥ 80% → 3",
       "exists, ratio 10/12 ≈ 83.33%, meets ≥ 80% → 3"},
      {"{exists: false}", 0, "无 → 0", "none → 0"},
      {"{exists: false, numerator: 0, denominator: 12}", 0, "无，比例 0/12 = 0%，未达 ≥ 40% → 0",
       "none, ratio 0/12 = 0%, below ≥ 40% → 0"},
  };
  for (const Expected& e : expected) {
    INFO(e.fact);
    RuleOutcome result = outcome_of(rule, e.fact);
    CHECK(result.points == Rational(e.points));
    CHECK(result.explanation.zh == e.zh);
    CHECK(result.explanation.en == e.en);
  }

  // The long form carries it too.
  CHECK(points_of(rule, "{value: {exists: true}, note: 無名錄}") == Rational(1));
  // A proportional rule cannot be evaluated without a ratio.
  Fact without_ratio = no_list;
  CHECK_THROWS_AS(evaluate(rule_of("{type: proportional, decimals: 1, rounding: half-up}", 2), without_ratio),
                  std::invalid_argument);
}

// With `any`, {exists: true} earns it even where the lowest threshold is at 0%, and {exists: false}
// earns 0 even where a ratio of 0 would meet "≥ 0%": both are possible points.
TEST_CASE("ratio-thresholds: the bounds count the points of existence", "[rules]") {
  Rule from_zero = rule_of(
      "{type: ratio-thresholds, any: 0.5, thresholds: [{at: 0, inclusive: true, points: 1}, "
      "{at: 0.5, inclusive: true, points: 2}]}",
      2);
  CHECK(points_of(from_zero, "0") == Rational(1));
  CHECK(points_of(from_zero, "{exists: true}") == dec("0.5"));
  CHECK(points_of(from_zero, "{exists: false}") == Rational(0));
  CHECK(rule_max(from_zero) == Rational(2));
  CHECK(rule_min(from_zero) == Rational(0));
  // Without `any`, a "≥ 0%" threshold is met by every ratio: 0 is never given.
  Rule no_any = rule_of("{type: ratio-thresholds, thresholds: [{at: 0, inclusive: true, points: 1}]}", 1);
  CHECK(rule_min(no_any) == Rational(1));
}

TEST_CASE("count-tiers: the systems of 3.1.1, exactly 5 is 1 point", "[rules]") {
  Rule rule = rule_of(rule_systems, 3);
  RuleOutcome none = outcome_of(rule, "0");
  CHECK(none.points == Rational(-3));
  CHECK(none.explanation.zh == "数量 0 → -3");
  CHECK(none.explanation.en == "count 0 → -3");
  CHECK(points_of(rule, "1") == Rational(1));
  RuleOutcome five = outcome_of(rule, "5");
  CHECK(five.points == Rational(1));
  CHECK(five.explanation.zh == "数量 5，达到 ≥ 1，未达 ≥ 6 → 1");
  CHECK(five.explanation.en == "count 5, meets ≥ 1, below ≥ 6 → 1");
  RuleOutcome six = outcome_of(rule, "6");
  CHECK(six.points == Rational(3));
  CHECK(six.explanation.en == "count 6, meets ≥ 6 → 3");
  CHECK(points_of(rule, "7") == Rational(3));
  CHECK(describe(rule).zh == "数量 ≥ 6 得 3 分，≥ 1 得 1 分，为 0 扣 3 分");
  CHECK(describe(rule).en == "count ≥ 6: 3, ≥ 1: 1, 0: -3");
  CHECK(rule_max(rule) == Rational(3));
  CHECK(rule_min(rule) == Rational(-3));

  // A positive count below the lowest tier earns 0; zero defaults to 0.
  Rule gap = rule_of("{type: count-tiers, tiers: [{min: 2, points: 1}]}", 1);
  RuleOutcome one = outcome_of(gap, "1");
  CHECK(one.points == Rational(0));
  CHECK(one.explanation.en == "count 1, below ≥ 2 → 0");
  CHECK(points_of(gap, "0") == Rational(0));
  CHECK(rule_min(gap) == Rational(0));
}

TEST_CASE("proportional: points × ratio, rounded half up at one decimal", "[rules]") {
  Rule rule = rule_of("{type: proportional, decimals: 1, rounding: half-up}", 2);
  RuleOutcome exact = outcome_of(rule, "{numerator: 13, denominator: 20}");
  CHECK(exact.points == dec("1.3"));
  CHECK(exact.explanation.en == "2 × 13/20 = 1.3, rounded half up to 1 decimal → 1.3");
  RuleOutcome tie = outcome_of(rule, "{numerator: 5, denominator: 8}");
  CHECK(tie.points == dec("1.3"));  // half-even would give 1.2
  CHECK(tie.explanation.zh == "2 × 5/8 = 1.25，保留 1 位小数（四舍五入）→ 1.3");
  CHECK(tie.explanation.en == "2 × 5/8 = 1.25, rounded half up to 1 decimal → 1.3");
  CHECK(points_of(rule, "{numerator: 1, denominator: 16}") == dec("0.1"));  // 0.125
  CHECK(points_of(rule, "0.625") == dec("1.3"));
  CHECK(outcome_of(rule, "0.625").explanation.en == "2 × 0.625 = 1.25, rounded half up to 1 decimal → 1.3");
  CHECK(points_of(rule, "0") == Rational(0));
  CHECK(points_of(rule, "1") == Rational(2));
  CHECK(describe(rule).zh == "按比例得分，满分 2 分，保留 1 位小数（四舍五入）");
  CHECK(describe(rule).en == "2 × the ratio, rounded half up to 1 decimal");
  CHECK(rule_max(rule) == Rational(2));
  CHECK(rule_min(rule) == Rational(0));

  Rule even = rule_of("{type: proportional, points: 2, decimals: 1, rounding: half-even}", 2);
  CHECK(points_of(even, "{numerator: 5, denominator: 8}") == dec("1.2"));

  // 6.1.1: four points, two of three meetings attended.
  Rule attendance = rule_of("{type: proportional, points: 4, decimals: 1, rounding: half-up}", 4);
  RuleOutcome two_thirds = outcome_of(attendance, "{numerator: 2, denominator: 3}");
  CHECK(two_thirds.points == dec("2.7"));
  CHECK(two_thirds.explanation.en == "4 × 2/3 = 8/3, rounded half up to 1 decimal → 2.7");
}

TEST_CASE("choice: the named outcome's points, negative included", "[rules]") {
  Rule drills = rule_of(rule_4_3_2, 2);
  CHECK(points_of(drills, "drill") == Rational(2));
  CHECK(points_of(drills, "training") == Rational(1));
  CHECK(points_of(drills, "none") == Rational(0));

  Rule report = rule_of(rule_5_5_2, 2);
  RuleOutcome none = outcome_of(report, "none");
  CHECK(none.points == Rational(-2));
  CHECK(none.explanation.zh == "未报送 → -2");
  CHECK(none.explanation.en == "none → -2");
  CHECK(points_of(report, "on-time") == Rational(2));
  CHECK(points_of(report, "late") == Rational(1));
  CHECK(describe(report).zh == "按时报送得 2 分，逾期报送得 1 分，未报送扣 2 分");
  CHECK(describe(report).en == "on-time: 2, late: 1, none: -2");
  CHECK(rule_max(report) == Rational(2));
  CHECK(rule_min(report) == Rational(-2));
}

TEST_CASE("per-missing: each missing one deducts", "[rules]") {
  Rule rule = rule_of(rule_missing, 3);
  RuleOutcome none = outcome_of(rule, "[]");
  CHECK(none.points == Rational(0));
  CHECK(none.explanation.zh == "无缺项 → 0");
  CHECK(none.explanation.en == "none missing → 0");
  RuleOutcome one = outcome_of(rule, "[portal]");
  CHECK(one.points == dec("-0.5"));
  CHECK(one.explanation.zh == "缺 1 项（门户网站）× -0.5 → -0.5");
  CHECK(one.explanation.en == "1 missing (portal) × -0.5 → -0.5");
  CHECK(points_of(rule, "[portal, finance-tax, social-security, administrative-power]") == Rational(-2));
  CHECK(describe(rule).zh == "每缺一项扣 0.5 分（门户网站、财税、社保、行政权力）");
  CHECK(describe(rule).en == "-0.5 per missing one of portal, finance-tax, social-security, administrative-power");
  CHECK(rule_max(rule) == Rational(0));
  CHECK(rule_min(rule) == Rational(-2));
}

TEST_CASE("add-on: points when true, else nothing", "[rules]") {
  Rule rule = rule_of("{type: add-on, points: 3}", 3);
  CHECK(outcome_of(rule, "true").explanation.en == "yes → 3");
  CHECK(points_of(rule, "true") == Rational(3));
  RuleOutcome no = outcome_of(rule, "false");
  CHECK(no.points == Rational(0));
  CHECK(no.explanation.zh == "无 → 0");
  CHECK(describe(rule).zh == "有则加 3 分");
  CHECK(describe(rule).en == "+3 if yes");
  CHECK(rule_max(rule) == Rational(3));
  CHECK(rule_min(rule) == Rational(0));
}

TEST_CASE("external: the score as given, within its range", "[rules]") {
  Rule rule = rule_of("{type: external, min: 0, max: 10, source: 市信安辦外部安全測試}", 10);
  RuleOutcome given = outcome_of(rule, "6.5");
  CHECK(given.points == dec("6.5"));
  CHECK(given.explanation.zh == "外部评分 6.5 → 6.5");
  CHECK(given.explanation.en == "external score 6.5 → 6.5");
  CHECK(points_of(rule, "0") == Rational(0));
  CHECK(points_of(rule, "10") == Rational(10));
  CHECK(describe(rule).zh == "外部评分 0 至 10 分（来源：市信安辦外部安全測試）");
  CHECK(describe(rule).en == "external score from 0 to 10 (source: 市信安辦外部安全測試)");
  CHECK(rule_max(rule) == Rational(10));
  CHECK(rule_min(rule) == Rational(0));
}

TEST_CASE("judgement: on the scale, with a note", "[rules]") {
  Rule rule = rule_of(rule_judgement, 2);
  Fact fact = fact_of(rule, "{value: 1.5, note: 制度齐全但未更新}");
  CHECK(fact.note == "制度齐全但未更新");
  RuleOutcome judged = evaluate(rule, fact);
  CHECK(judged.points == dec("1.5"));
  CHECK(judged.explanation.zh == "评定 1.5 → 1.5");
  CHECK(judged.explanation.en == "judged 1.5 → 1.5");
  CHECK(points_of(rule, "{value: 0, note: 无}") == Rational(0));
  CHECK(points_of(rule, "{value: 2, note: 全部}") == Rational(2));
  CHECK(describe(rule).zh == "评定 0 至 2 分，以 0.5 分为一档，须说明理由");
  CHECK(describe(rule).en == "judged from 0 to 2 in steps of 0.5, with a note saying why");
  CHECK(rule_max(rule) == Rational(2));
  CHECK(rule_min(rule) == Rational(0));
}

TEST_CASE("composite: the parts of 3.1.1 add up", "[rules]") {
  Rule rule = rule_of(rule_3_1_1, 6);
  CHECK(rule_type_name(rule) == "composite");
  CHECK(rule_max(rule) == Rational(6));   // 3 + 0 + 3
  CHECK(rule_min(rule) == Rational(-5));  // -3 - 2 + 0

  RuleOutcome good = outcome_of(rule, "{systems: 6, missing: [finance-tax], ledger: true}");
  CHECK(good.points == dec("5.5"));
  CHECK(good.explanation.en ==
        "systems: count 6, meets ≥ 6 → 3; missing: 1 missing (finance-tax) × -0.5 → -0.5; ledger: yes → 3; "
        "total 3 - 0.5 + 3 = 5.5");
  CHECK(good.explanation.zh ==
        "systems：数量 6，达到 ≥ 6 → 3；missing：缺 1 项（finance-tax）× -0.5 → -0.5；ledger：有 → 3；"
        "合计 3 - 0.5 + 3 = 5.5");

  RuleOutcome bad = outcome_of(rule,
                               "{systems: 0, missing: [portal, finance-tax, social-security, administrative-power], "
                               "ledger: false}");
  CHECK(bad.points == Rational(-5));
  CHECK(bad.explanation.en ==
        "systems: count 0 → -3; missing: 4 missing (portal, finance-tax, social-security, administrative-power) × "
        "-0.5 → -2; ledger: no → 0; total -3 - 2 + 0 = -5");

  Fact noted = fact_of(rule, "{systems: 5, missing: [], ledger: false, note: 见系统清单}");
  CHECK(noted.note == "见系统清单");
  REQUIRE(noted.parts.size() == 3);
  CHECK(noted.parts[0].name == "systems");
  CHECK(evaluate(rule, noted).points == Rational(1));

  CHECK(describe(rule).en ==
        "systems: count ≥ 6: 3, ≥ 1: 1, 0: -3; missing: -0.5 per missing one of portal, finance-tax, "
        "social-security, administrative-power; ledger: +3 if yes");
}

TEST_CASE("facts carry notes; evaluate refuses a fact of the wrong shape", "[rules]") {
  Rule present = rule_of("{type: present}", 1);
  Fact long_form = fact_of(present, "{value: true, note: 文件编号 2024-3}");
  CHECK(long_form.yes);
  CHECK(long_form.note == "文件编号 2024-3");
  CHECK(long_form.location.line == 1);

  Rule ratio = rule_of(rule_1_3_1, 2);
  Fact counted = fact_of(ratio, "{numerator: 7, denominator: 10, note: 10 名中 7 名}");
  CHECK(counted.note == "10 名中 7 名");
  CHECK(counted.number == Rational(7, 10));
  CHECK(counted.numerator == Rational(7));
  CHECK(fact_of(ratio, "{value: 0.7, note: 估计}").number == Rational(7, 10));

  CHECK_THROWS_AS(evaluate(present, Fact::count(1)), std::invalid_argument);
  CHECK_THROWS_AS(evaluate(rule_of(rule_4_3_2, 2), Fact::choice("drills")), std::invalid_argument);
  CHECK(evaluate(ratio, Fact::ratio(699, 1000)).points == Rational(0));
  CHECK(evaluate(ratio, Fact::ratio(Rational(9, 10))).points == Rational(2));
  CHECK(fact_kind(ratio) == FactKind::ratio);
  CHECK(rule_type_names().size() == 11);
}

TEST_CASE("bad rules: type and shape", "[rules]") {
  CHECK(rule_error("{type: per_count, each: 1}") ==
        "t.yaml:1:8: error: unknown rule type \"per_count\" (did you mean \"per-count\"?); expected one of: present, "
        "per-count, ratio-thresholds, count-tiers, proportional, choice, per-missing, add-on, external, judgement, "
        "composite [rule-type]");
  CHECK(rule_error("{each: 1}") == "t.yaml:1:1: error: the rule is missing the required key \"type\" [missing-key]");
  CHECK(rule_error("per-count") == "t.yaml:1:1: error: a rule must be a mapping, got \"per-count\" [wrong-type]");
  CHECK(rule_error("{type: per-count, cap: 2}", 2) ==
        "t.yaml:1:1: error: the per-count rule is missing the required key \"each\" [missing-key]");
  CHECK(rule_error("{type: per-count, each: 1, caps: 2}", 2) ==
        "t.yaml:1:28: error: unknown key \"caps\" in the per-count rule (did you mean \"cap\"?); expected one of: "
        "type, each, cap [unknown-key]");
  CHECK(rule_error("{type: per-count, each: lots, cap: 2}", 2) ==
        "t.yaml:1:25: error: \"each\" in the per-count rule must be a plain decimal number, not negative, got "
        "\"lots\" [wrong-type]");
}

TEST_CASE("bad rules: parameters", "[rules]") {
  CHECK(rule_error("{type: ratio-thresholds, thresholds: [{at: 0.9, inclusive: true, points: 2}, "
                   "{at: 0.7, inclusive: true, points: 1}]}",
                   2) == "t.yaml:1:83: error: thresholds must ascend by \"at\": 0.7 comes after 0.9 [rule-parameter]");
  CHECK(rule_error("{type: ratio-thresholds, thresholds: [{at: 70, inclusive: true, points: 1}]}", 2) ==
        "t.yaml:1:44: error: \"at\" must be a ratio from 0 to 1, got 70 [rule-parameter]");
  CHECK(rule_error("{type: ratio-thresholds, thresholds: [{at: 0.7, points: 1}]}", 2) ==
        "t.yaml:1:39: error: a threshold is missing the required key \"inclusive\" [missing-key]");
  CHECK(rule_error("{type: ratio-thresholds, thresholds: []}", 2) ==
        "t.yaml:1:38: error: a ratio-thresholds rule needs at least one threshold [rule-parameter]");
  CHECK(rule_error("{type: count-tiers, zero: -3, tiers: [{min: 1, points: 1}, {min: 6, points: 3}]}", 3) ==
        "t.yaml:1:66: error: tiers must descend by \"min\": 6 comes after 1 [rule-parameter]");
  CHECK(rule_error("{type: count-tiers, tiers: [{min: 0, points: 1}]}", 3) ==
        "t.yaml:1:35: error: \"min\" of a tier must be a whole number, 1 or more, got 0 (a count of 0 earns \"zero\") "
        "[rule-parameter]");
  CHECK(rule_error("{type: per-count, each: 0.5, cap: 3}", 2) ==
        "t.yaml:1:35: error: \"cap\" 3 is above the item's 2 points [rule-parameter]");
  CHECK(rule_error("{type: per-count, each: 0, cap: 2}", 2) ==
        "t.yaml:1:25: error: \"each\" must be above 0, got 0 [rule-parameter]");
  CHECK(rule_error("{type: per-count, each: 2}", 10) ==
        "t.yaml:1:1: error: the rule has no maximum (a per-count rule without \"cap\"), so it can give more than the "
        "item's 10 points [rule-parameter]");
  CHECK(rule_error("{type: present, points: 3}", 2) ==
        "t.yaml:1:1: error: the rule can give up to 3 points, more than the item's 2 [rule-parameter]");
  // The default points are the item's: never above them.
  CHECK(rule_max(rule_of("{type: present}", 2)) == Rational(2));
  CHECK(rule_error(rule_3_1_1, 5) ==
        "t.yaml:1:1: error: the rule can give up to 6 points, more than the item's 5 [rule-parameter]");
  CHECK(rule_error("{type: present, points: 2, absent: 1}", 2) ==
        "t.yaml:1:36: error: \"absent\" must be 0 or below (a deduction), got 1 [rule-parameter]");
  CHECK(rule_error("{type: per-missing, each: 0.5, of: [{id: portal}]}", 1) ==
        "t.yaml:1:27: error: \"each\" must be below 0 (the points deducted per missing one), got 0.5 [rule-parameter]");
  CHECK(rule_error("{type: per-missing, each: -0.5, of: [{id: portal}, {id: portal}]}", 1) ==
        "t.yaml:1:57: error: id \"portal\" is used twice (first on line 1) [rule-parameter]");
  CHECK(rule_error("type: choice\n"
                   "outcomes:\n"
                   "  - {id: drill, points: 2}\n"
                   "  - {id: training, points: 1}\n"
                   "  - {id: drill, points: 0}\n",
                   2) == "t.yaml:5:10: error: outcome id \"drill\" is used twice (first on line 3) [rule-parameter]");
  CHECK(rule_error("{type: choice, outcomes: [{id: drill, points: 3}]}", 2) ==
        "t.yaml:1:1: error: the rule can give up to 3 points, more than the item's 2 [rule-parameter]");
  CHECK(rule_error("{type: judgement, min: 2, max: 0, step: 0.5}", 2) ==
        "t.yaml:1:24: error: \"min\" 2 is above \"max\" 0 [rule-parameter]");
  CHECK(rule_error("{type: external, min: 10, max: 0, source: x}", 10) ==
        "t.yaml:1:23: error: \"min\" 10 is above \"max\" 0 [rule-parameter]");
  CHECK(rule_error("{type: judgement, min: 0, max: 2, step: 0.3}", 2) ==
        "t.yaml:1:41: error: step 0.3 does not divide the range 0 to 2 [rule-parameter]");
  CHECK(rule_error("{type: judgement, min: 0, max: 2, step: 0}", 2) ==
        "t.yaml:1:41: error: \"step\" must be above 0, got 0 [rule-parameter]");
  CHECK(rule_error("{type: proportional, decimals: 11, rounding: half-up}", 2) ==
        "t.yaml:1:32: error: \"decimals\" must be a whole number from 0 to 10, got 11 [rule-parameter]");
  CHECK(rule_error("{type: proportional, decimals: 1.5, rounding: half-up}", 2) ==
        "t.yaml:1:32: error: \"decimals\" must be a whole number from 0 to 10, got 1.5 [rule-parameter]");
  CHECK(rule_error("{type: proportional, decimals: 1, rounding: half_up}", 2) ==
        "t.yaml:1:45: error: unknown rounding \"half_up\" (did you mean \"half-up\"?); expected half-up or "
        "half-even [rule-parameter]");
  CHECK(rule_error("{type: composite, parts: {a: {type: add-on, points: 1}, note: {type: add-on, points: 1}}}", 2) ==
        "t.yaml:1:57: error: a part cannot be named \"note\" [rule-parameter]");
  // A composite fact keeps "evidence" for its own evidence too (docs/assessment-format.md).
  CHECK(rule_error("{type: composite, parts: {a: {type: add-on, points: 1}, evidence: {type: add-on, points: 1}}}", 2) ==
        "t.yaml:1:57: error: a part cannot be named \"evidence\" [rule-parameter]");
  CHECK(rule_error("{type: composite, parts: {a: {type: per-count, each: x, cap: 1}}}", 2) ==
        "t.yaml:1:54: error: \"each\" in the per-count rule of part \"a\" must be a plain decimal number, not "
        "negative, got \"x\" [wrong-type]");
}

TEST_CASE("bad facts: ratios", "[rules]") {
  Rule rule = rule_of(rule_1_3_1, 2);
  const std::string expected =
      "error: item 1.3.1: expected a ratio ({numerator: N, denominator: D} or a decimal from 0 to 1), got ";
  CHECK(fact_error(rule, "1.2", "1.3.1") == "t.yaml:1:1: " + expected + "\"1.2\" [invalid-fact]");
  CHECK(fact_error(rule, "-0.1", "1.3.1") == "t.yaml:1:1: " + expected + "\"-0.1\" [invalid-fact]");
  CHECK(fact_error(rule, "70%", "1.3.1") == "t.yaml:1:1: " + expected + "\"70%\" [invalid-fact]");
  CHECK(fact_error(rule, "'0.7'", "1.3.1") == "t.yaml:1:1: " + expected + "\"0.7\" in quotes [invalid-fact]");
  CHECK(fact_error(rule, "{numerator: 12, denominator: 10}", "1.3.1") ==
        "t.yaml:1:1: error: item 1.3.1: the numerator 12 is above the denominator 10; a ratio is at most 1 "
        "[invalid-fact]");
  CHECK(fact_error(rule, "{numerator: 0, denominator: 0}", "1.3.1") ==
        "t.yaml:1:29: error: item 1.3.1: \"denominator\" must be a whole number above 0, got \"0\" [invalid-fact]");
  CHECK(fact_error(rule, "{numerator: 2.5, denominator: 10}", "1.3.1") ==
        "t.yaml:1:13: error: item 1.3.1: \"numerator\" must be a whole number (0 or more), got \"2.5\" "
        "[invalid-fact]");
  CHECK(fact_error(rule, "{numerator: 7}", "1.3.1") ==
        "t.yaml:1:1: error: the fact of item 1.3.1 is missing the required key \"denominator\" [missing-key]");
  CHECK(fact_error(rule, "{numerator: 7, denominator: 10, notes: x}", "1.3.1") ==
        "t.yaml:1:33: error: unknown key \"notes\" in the fact of item 1.3.1 (did you mean \"note\"?); expected one "
        "of: numerator, denominator, note, evidence [unknown-key]");
}

TEST_CASE("bad facts: exists", "[rules]") {
  Rule rule = rule_of(rule_4_3_1, 3);
  CHECK(fact_error(rule, "{exists: false, numerator: 5, denominator: 12}", "4.3.1") ==
        "t.yaml:1:10: error: item 4.3.1: \"exists: false\" (none at all) contradicts the ratio 5/12, which is "
        "above 0 [invalid-fact]");
  CHECK(fact_error(rule, "true", "4.3.1") ==
        "t.yaml:1:1: error: item 4.3.1: expected a ratio ({numerator: N, denominator: D} or a decimal from 0 to 1) "
        "or {exists: true} / {exists: false} (whether there is any at all), got \"true\" [invalid-fact]");
  CHECK(fact_error(rule, "{exists: yes}", "4.3.1") ==
        "t.yaml:1:10: error: \"exists\" in the fact of item 4.3.1 must be true or false, got \"yes\" [wrong-type]");
  CHECK(fact_error(rule, "{exists: true, numerator: 3}", "4.3.1") ==
        "t.yaml:1:1: error: the fact of item 4.3.1 is missing the required key \"denominator\" [missing-key]");
  CHECK(fact_error(rule, "{exist: true}", "4.3.1") ==
        "t.yaml:1:2: error: unknown key \"exist\" in the fact of item 4.3.1 (did you mean \"exists\"?); expected "
        "one of: numerator, denominator, exists, note, evidence [unknown-key]");

  // Only a rule that scores having any at all reads it.
  const std::string not_scored =
      "error: item 1.3.1: \"exists\" applies only to a rule that gives points for having any at all "
      "(ratio-thresholds with \"any\"); this item's rule gives none, so give the ratio alone [invalid-fact]";
  CHECK(fact_error(rule_of(rule_1_3_1, 2), "{exists: true}", "1.3.1") == "t.yaml:1:10: " + not_scored);
  CHECK(fact_error(rule_of(rule_1_3_1, 2), "{exists: true, numerator: 7, denominator: 10}", "1.3.1") ==
        "t.yaml:1:10: " + not_scored);
  CHECK(fact_error(rule_of("{type: proportional, decimals: 1, rounding: half-up}", 2), "{exists: true}", "1.3.1") ==
        "t.yaml:1:10: " + not_scored);
  CHECK(fact_error(rule_of(rule_1_3_1, 2), "true", "1.3.1") ==
        "t.yaml:1:1: error: item 1.3.1: expected a ratio ({numerator: N, denominator: D} or a decimal from 0 to 1), "
        "got \"true\" [invalid-fact]");
}

TEST_CASE("bad facts: counts, booleans, outcomes, lists, scores", "[rules]") {
  Rule count = rule_of("{type: per-count, each: 1, cap: 5}", 5);
  CHECK(fact_error(count, "-1", "3.1.2") ==
        "t.yaml:1:1: error: item 3.1.2: expected a whole number of occurrences (0 or more), got \"-1\" [invalid-fact]");
  CHECK(fact_error(count, "2.5", "3.1.2") ==
        "t.yaml:1:1: error: item 3.1.2: expected a whole number of occurrences (0 or more), got \"2.5\" "
        "[invalid-fact]");
  CHECK(fact_error(count, "\"3\"", "3.1.2") ==
        "t.yaml:1:1: error: item 3.1.2: expected a whole number of occurrences (0 or more), got \"3\" in quotes "
        "[invalid-fact]");
  CHECK(fact_error(rule_of(rule_systems, 3), "-2", "3.1.1") ==
        "t.yaml:1:1: error: item 3.1.1: expected a whole number (0 or more), got \"-2\" [invalid-fact]");

  Rule present = rule_of("{type: present}", 1);
  CHECK(fact_error(present, "yes", "1.1.1") ==
        "t.yaml:1:1: error: item 1.1.1: expected true or false, got \"yes\" [invalid-fact]");
  CHECK(fact_error(present, "\"true\"", "1.1.1") ==
        "t.yaml:1:1: error: item 1.1.1: expected true or false, got \"true\" in quotes [invalid-fact]");
  CHECK(fact_error(present, "{value: true, notes: x}", "1.1.1") ==
        "t.yaml:1:15: error: unknown key \"notes\" in the fact of item 1.1.1 (did you mean \"note\"?); expected one "
        "of: value, note, evidence [unknown-key]");

  Rule choice = rule_of(rule_4_3_2, 2);
  CHECK(fact_error(choice, "drills", "4.3.2") ==
        "t.yaml:1:1: error: item 4.3.2: unknown outcome \"drills\" (did you mean \"drill\"?); expected drill, "
        "training or none [invalid-fact]");
  CHECK(fact_error(choice, "[drill]", "4.3.2") ==
        "t.yaml:1:1: error: item 4.3.2: expected an outcome (drill, training or none), got a list [invalid-fact]");

  Rule missing = rule_of(rule_missing, 3);
  CHECK(fact_error(missing, "[portl]", "3.1.1") ==
        "t.yaml:1:2: error: item 3.1.1: unknown \"portl\" (did you mean \"portal\"?); expected portal, finance-tax, "
        "social-security or administrative-power [invalid-fact]");
  CHECK(fact_error(missing, "[portal, portal]", "3.1.1") ==
        "t.yaml:1:10: error: item 3.1.1: \"portal\" is listed twice [invalid-fact]");
  CHECK(fact_error(missing, "portal", "3.1.1") ==
        "t.yaml:1:1: error: item 3.1.1: expected a list of the missing ones from portal, finance-tax, "
        "social-security or administrative-power ([] when none is missing), got \"portal\" [invalid-fact]");

  Rule external = rule_of("{type: external, min: 0, max: 10, source: 市信安辦}", 10);
  CHECK(fact_error(external, "11", "5.3.1") ==
        "t.yaml:1:1: error: item 5.3.1: expected a score from 0 to 10, got \"11\" [invalid-fact]");
}

TEST_CASE("bad facts: judgements", "[rules]") {
  Rule rule = rule_of(rule_judgement, 2);
  CHECK(fact_error(rule, "{value: 2.3, note: 很好}", "2.1.2") ==
        "t.yaml:1:9: error: item 2.1.2: 2.3 is not on the judgement scale (0 to 2 in steps of 0.5) [invalid-fact]");
  CHECK(fact_error(rule, "{value: 1.3, note: 较好}", "2.1.2") ==
        "t.yaml:1:9: error: item 2.1.2: 1.3 is not on the judgement scale (0 to 2 in steps of 0.5) [invalid-fact]");
  CHECK(fact_error(rule, "{value: 2.5, note: 很好}", "2.1.2") ==
        "t.yaml:1:9: error: item 2.1.2: 2.5 is not on the judgement scale (0 to 2 in steps of 0.5) [invalid-fact]");
  CHECK(fact_error(rule, "{value: -0.5, note: 差}", "2.1.2") ==
        "t.yaml:1:9: error: item 2.1.2: -0.5 is not on the judgement scale (0 to 2 in steps of 0.5) [invalid-fact]");
  CHECK(fact_error(rule, "1.5", "2.1.2") ==
        "t.yaml:1:1: error: item 2.1.2: a judgement needs a note saying why [invalid-fact]");
  CHECK(fact_error(rule, "{value: good, note: 好}", "2.1.2") ==
        "t.yaml:1:9: error: item 2.1.2: expected a judgement from 0 to 2 in steps of 0.5, got \"good\" "
        "[invalid-fact]");
}

TEST_CASE("bad facts: composites", "[rules]") {
  Rule rule = rule_of(rule_3_1_1, 6);
  CHECK(fact_error(rule, "{systems: 6, missing: []}", "3.1.1") ==
        "t.yaml:1:1: error: item 3.1.1: part \"ledger\" is missing; the parts are systems, missing and ledger "
        "[invalid-fact]");
  CHECK(fact_error(rule, "{systems: 6, missing: [], ledgr: true, ledger: true}", "3.1.1") ==
        "t.yaml:1:27: error: item 3.1.1: unknown part \"ledgr\" (did you mean \"ledger\"?); the parts are systems, "
        "missing and ledger [invalid-fact]");
  CHECK(fact_error(rule, "{systems: -1, missing: [], ledger: true}", "3.1.1") ==
        "t.yaml:1:11: error: item 3.1.1 (systems): expected a whole number (0 or more), got \"-1\" [invalid-fact]");
  CHECK(fact_error(rule, "6", "3.1.1") ==
        "t.yaml:1:1: error: item 3.1.1: expected a mapping of the parts systems, missing and ledger, got \"6\" "
        "[invalid-fact]");
}
