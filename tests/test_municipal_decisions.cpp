// The decisions of indicators/municipal-infosec-work.yaml where the sheet
// (seed municipal-infosec-work-assessment-sheet.txt) leaves a gap, each on the
// built-in tree's own rules, with the numbers worked out by hand from the
// sheet's words (docs/design/rule-based-schemes.md, "Decisions on the sheet's
// open questions").
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "cityseceval/rules.h"
#include "rule_reader.h"
#include "support.h"
#include "yaml_reader.h"

using namespace cityseceval;
using cityseceval::testing::municipal_scheme;

namespace {

Rational dec(std::string_view text) { return Rational::parse_decimal(text, true).value(); }

const RuleItem& item(const std::string& id) {
  const Item* found = municipal_scheme().find_item(id);
  INFO("item " << id);
  REQUIRE(found != nullptr);
  return std::get<RuleItem>(found->kind);
}

// The item's fact read from `text` as an assessment writes it; the read must be clean.
Fact fact_of(const std::string& id, std::string_view text) {
  Diagnostics diagnostics;
  yaml::NodePtr node = yaml::read_yaml(text, "a.yaml", diagnostics);
  REQUIRE(node);
  std::optional<Fact> fact = read_fact(*node, item(id).rule, "a.yaml", id, diagnostics);
  INFO(text);
  INFO((diagnostics.all().empty() ? std::string() : format_diagnostic(diagnostics.all().front(), Language::en)));
  REQUIRE(diagnostics.empty());
  REQUIRE(fact);
  return *fact;
}

RuleOutcome outcome_of(const std::string& id, std::string_view text) {
  return evaluate(item(id).rule, fact_of(id, text));
}

Rational points_of(const std::string& id, std::string_view text) { return outcome_of(id, text).points; }

// The first diagnostic for a fact of the item that must be refused.
std::string fact_error(const std::string& id, std::string_view text) {
  Diagnostics diagnostics;
  yaml::NodePtr node = yaml::read_yaml(text, "a.yaml", diagnostics);
  REQUIRE(node);
  CHECK_FALSE(read_fact(*node, item(id).rule, "a.yaml", id, diagnostics));
  REQUIRE_FALSE(diagnostics.all().empty());
  return format_diagnostic(diagnostics.all().front(), Language::en);
}

bool mentions(const std::string& text, std::string_view words) { return text.find(words) != std::string::npos; }

}  // namespace

// "有即得1分,以重要信息系統名錄為基數,制訂率達40%以上得2分,80%以上得3分": 1 point for having a
// special plan at all; the list is the base of the rate (2 and 3 points) only. By hand:
//   no list, 2 special plans          {exists: true}                                 -> 1
//   12 listed, plans for none of them {exists: true, numerator: 0, denominator: 12}  -> 1
//   12 listed, plans for 4: 4/12 ≈ 33.3% < 40%, there is one                           -> 1
//   10 listed, plans for 4: 4/10 = 40%, 40%以上 includes 40%                            -> 2
//   12 listed, plans for 10: 10/12 ≈ 83.3% >= 80%                                      -> 3
//   no plan at all                    {exists: false} or {numerator: 0, denominator: 12} -> 0
TEST_CASE("municipal 4.3.1: 有即得1分 stands on its own, the list is the base of the rate only", "[decisions]") {
  CHECK(mentions(item("4.3.1").decision, "有即得1分 stands on its own"));
  RuleOutcome no_list = outcome_of("4.3.1", "{exists: true, note: 無名錄}");
  CHECK(no_list.points == Rational(1));
  CHECK(no_list.explanation.zh == "有（无基数）→ 1");
  RuleOutcome none_listed = outcome_of("4.3.1", "{exists: true, numerator: 0, denominator: 12}");
  CHECK(none_listed.points == Rational(1));
  CHECK(none_listed.explanation.en == "exists, ratio 0/12 = 0%, below ≥ 40% → 1");
  CHECK(points_of("4.3.1", "{numerator: 4, denominator: 12}") == Rational(1));
  CHECK(points_of("4.3.1", "{numerator: 4, denominator: 10}") == Rational(2));
  CHECK(points_of("4.3.1", "{numerator: 10, denominator: 12}") == Rational(3));
  CHECK(points_of("4.3.1", "{exists: false}") == Rational(0));
  CHECK(points_of("4.3.1", "{numerator: 0, denominator: 12}") == Rational(0));
  CHECK(fact_error("4.3.1", "{exists: false, numerator: 4, denominator: 12}") ==
        "a.yaml:1:10: error: item 4.3.1: \"exists: false\" (none at all) contradicts the ratio 4/12, which is above "
        "0 [invalid-fact]");
  // The other ratio items of the sheet have no 有即得: their facts cannot say it.
  for (const std::string id : {"1.3.1", "1.3.2", "5.2.1", "6.1.1"}) {
    INFO(id);
    CHECK_FALSE(scores_existence(item(id).rule));
  }
}

// "名錄超過5家的得3分,不足5家的得1分,無名錄倒扣3分。政府門戶網站、財稅、社保、行政權力系統等不在名錄
// 內的,每缺少1個倒扣0.5分": the second sentence's one condition, not in the list, holds for all four
// types when there is no list. By hand:
//   no list, no ledger: systems 0 -> -3; 4 missing × -0.5 = -2; ledger 0; -3 - 2 + 0 = -5
//   no list, a ledger:  -3 - 2 + 3 = -2
//   5 systems (not more than 5: 1), portal missing: 1 - 0.5 + 0 = 0.5
TEST_CASE("municipal 3.1.1: with no list, the four named types are missing too (-3 - 2 = -5)", "[decisions]") {
  CHECK(mentions(item("3.1.1").decision, "with no list (無名錄) all four are 不在名錄內"));
  const std::string all_four = "[portal, finance-tax, social-security, administrative-power]";
  CHECK(points_of("3.1.1", "{systems: 0, missing: " + all_four + ", ledger: false}") == Rational(-5));
  CHECK(points_of("3.1.1", "{systems: 0, missing: " + all_four + ", ledger: true}") == Rational(-2));
  CHECK(points_of("3.1.1", "{systems: 5, missing: [portal], ledger: false}") == dec("0.5"));
  CHECK(rule_min(item("3.1.1").rule) == Rational(-5));
}

// The judgement items name the evidence or say 視情, not a scale: 0 to the item's points in
// steps of 0.5, the sheet's smallest step (有一件即加0.5分, 每缺少1個倒扣0.5分). 7.2.1 "得8分;否則,
// 視情扣分": one rectification summary sent late, 8 - 0.5 = 7.5; never below 0 (扣分, not 倒扣).
TEST_CASE("municipal judgement items: steps of 0.5 from 0, each with its decision", "[decisions]") {
  for (const std::string id : {"2.1.2", "2.2.2", "2.3.2", "5.2.2", "7.2.1", "7.2.2"}) {
    INFO(id);
    const RuleItem& judged = item(id);
    CHECK(mentions(judged.decision, "in steps of 0.5, the sheet's smallest step"));
    const auto* rule = std::get_if<JudgementRule>(&judged.rule.spec);
    REQUIRE(rule);
    CHECK(rule->min == Rational(0));
    CHECK(rule->step == dec("0.5"));
    CHECK(points_of(id, "{value: 1.5, note: 部分完成}") == dec("1.5"));
    CHECK(mentions(fact_error(id, "{value: 1.25, note: 部分完成}"), "1.25 is not on the judgement scale"));
  }
  CHECK(points_of("7.2.1", "{value: 7.5, note: 1份整改總結逾期上報}") == dec("7.5"));
  CHECK(fact_error("7.2.1", "{value: -0.5, note: 未整改}") ==
        "a.yaml:1:9: error: item 7.2.1: -0.5 is not on the judgement scale (0 to 8 in steps of 0.5) [invalid-fact]");
  CHECK(fact_error("7.2.1", "{value: 8.5, note: 很好}") ==
        "a.yaml:1:9: error: item 7.2.1: 8.5 is not on the judgement scale (0 to 8 in steps of 0.5) [invalid-fact]");
}

// "市信安辦組織信息安全員等業務培訓參與情況 ... 全部參加得4分,未參加不得分": the ratio counts
// attendances, one person called to one session. By hand: 3 sessions, 4 officers called to each,
// 12 called; 4 + 4 + 1 = 9 attended: 4 × 9/12 = 3 -> 3.0 (counting sessions attended at all would
// give 3/3 -> 4, though 3 of the 12 calls went unanswered). All 12 -> 4; none -> 0.
TEST_CASE("municipal 6.1.1: the attendance ratio counts one person called to one session", "[decisions]") {
  CHECK(mentions(item("6.1.1").decision, "one person called to one session"));
  RuleOutcome partly = outcome_of("6.1.1", "{numerator: 9, denominator: 12}");
  CHECK(partly.points == Rational(3));
  CHECK(partly.explanation.en == "4 × 9/12 = 3, rounded half up to 1 decimal → 3");
  CHECK(points_of("6.1.1", "{numerator: 12, denominator: 12}") == Rational(4));
  CHECK(points_of("6.1.1", "{numerator: 0, denominator: 12}") == Rational(0));
}

// The tool's own words are simplified Chinese; the sheet's texts are quoted as the tree writes
// them (traditional). By hand, 3.1.1 with no list: systems 0 -> -3; 4 missing × -0.5 = -2;
// ledger no -> 0; -3 - 2 + 0 = -5.
TEST_CASE("municipal explanations: the tool's words simplified, the sheet's quoted as written", "[decisions]") {
  RuleOutcome no_list = outcome_of(
      "3.1.1", "{systems: 0, missing: [portal, finance-tax, social-security, administrative-power], ledger: false}");
  CHECK(no_list.explanation.zh ==
        "systems：数量 0 → -3；missing：缺 4 项（政府門戶網站、財稅、社保、行政權力系統）× -0.5 → -2；"
        "ledger：无 → 0；合计 -3 - 2 + 0 = -5");
  CHECK(describe(item("4.3.2").rule).zh == "開展應急演練得 2 分，僅開展培訓工作得 1 分，未開展培訓及演練得 0 分");
  CHECK(describe(item("5.3.1").rule).zh == "外部评分 0 至 10 分（来源：市信安辦外部安全測試）");
  CHECK(outcome_of("5.5.2", "none").explanation.zh == "未報送 → -2");
}
