// Improvement priorities (gaps.h, render_gaps.h, `cityseceval gaps`): through
// the public API and through the built binary. Every expected number is
// worked out by hand from the tree files, in the comment beside it:
//   the standard (indicators/city-cybersecurity.yaml): formula A.4, X = the
//     mean of the item ratings (full 1, mostly 0.8, partly 0.5, none 0),
//     X = max(mean, the direct-score item's rating), earned = X × points;
//     2 decimals, half up; grades 60 / 75 / 85;
//   the small test tree (tests/data/trees/small-ten.yaml): good 1, fair 0.5,
//     poor 0; 1.1 2.5 points (1 item), 1.2 3.5 (2), 2.1 4 (3); 1 decimal,
//     half even; pass from 6 (included);
//   the municipal sheet (indicators/municipal-infosec-work.yaml) with
//     examples/lanting-district-2025.yaml, whose header works out its 65.85.
// A reported gain is the difference of the two reported (rounded) values.
#include <catch2/catch.hpp>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cityseceval/gaps.h"
#include "cityseceval/input.h"
#include "cityseceval/render_gaps.h"
#include "cityseceval/score.h"
#include "run_binary.h"
#include "scoring_support.h"
#include "support.h"

using namespace cityseceval;
using cityseceval::testing::assessment_text;
using cityseceval::testing::builtin_scheme;
using cityseceval::testing::check_chinese;
using cityseceval::testing::exit_invalid_input;
using cityseceval::testing::exit_ok;
using cityseceval::testing::exit_usage;
using cityseceval::testing::lines_of;
using cityseceval::testing::run_in;
using cityseceval::testing::squeezed_line;
using cityseceval::testing::load_test_tree;
using cityseceval::testing::municipal_scheme;
using cityseceval::testing::only_in;
using cityseceval::testing::read_bytes;
using cityseceval::testing::run_cli;
using cityseceval::testing::RunOptions;
using cityseceval::testing::RunResult;
using cityseceval::testing::source_path;
using cityseceval::testing::source_text;
using cityseceval::testing::TempDir;
using Json = nlohmann::ordered_json;

namespace {

const std::string lanting = "examples/lanting-district-2025.yaml";
const std::string small_ten = "tests/data/trees/small-ten.yaml";

// An assessment read, scored and looked at: kept in one place, since the
// result points into the assessment and the gaps into the result.
struct Looked {
  Assessment assessment;
  ScoreResult now;
  Gaps gaps;

  const ItemGap& item(const std::string& id) const {
    for (const ItemGap& gap : gaps.items) {
      if (gap.item->id == id) return gap;
    }
    FAIL("no gap for item " << id);
    throw std::logic_error("unreachable");
  }
  std::vector<std::string> ids() const {
    std::vector<std::string> out;
    for (const ItemGap& gap : gaps.items) out.push_back(gap.item->id);
    return out;
  }
  std::vector<std::string> plan_ids() const {
    std::vector<std::string> out;
    for (std::size_t i : gaps.plan->items) out.push_back(gaps.items[i].item->id);
    return out;
  }
};

std::unique_ptr<Looked> look(const Scheme& scheme, const std::string& text, const GapOptions& options = {}) {
  Diagnostics diagnostics;
  std::optional<Assessment> assessment = read_assessment(text, "city.yaml", scheme, diagnostics);
  REQUIRE(assessment);
  auto looked = std::unique_ptr<Looked>(new Looked{std::move(*assessment), {}, {}});
  looked->now = score(scheme, looked->assessment);
  looked->gaps = find_gaps(scheme, looked->assessment, looked->now, options);
  return looked;
}

// examples/lanting-district-2025.yaml with some facts replaced: each
// replacement is a whole line (or a whole block, for 3.1.1) of the file.
std::string lanting_with(const std::vector<std::pair<std::string, std::string>>& facts) {
  std::string out;
  bool skipping = false;
  for (const std::string& line : lines_of(source_text(lanting))) {
    if (skipping && line.starts_with("    ")) continue;
    skipping = false;
    std::string written = line;
    for (const auto& [id, fact] : facts) {
      if (line.starts_with("  " + id + ":")) {
        written = "  " + id + ": " + fact;
        skipping = true;  // a block's indented lines go with it
      }
    }
    out += written + "\n";
  }
  return out;
}

Rational r(long numerator, long denominator = 1) { return Rational(numerator, denominator); }
Rational decimal(const std::string& text) { return *Rational::parse_decimal(text, true); }

// The small test tree's assessment for the plan: 1.1 [poor], 1.2 [poor, poor],
// 2.1 [fair, fair, good].
const std::string small_ten_city =
    "city: 苏州市\nratings:\n  \"1.1\": [poor]\n  \"1.2\": [poor, poor]\n  \"2.1\": [fair, fair, good]\n";

}  // namespace

// --- The standard: rated items ----------------------------------------------------

TEST_CASE("gaps: rated items of the standard, the direct-score rule included", "[gaps]") {
  // Every item full but:
  //   6.2.1 (2 points, 3 items) [full, mostly, full]: X = 2.8/3 = 14/15, earned 28/15, 2/15 lost;
  //   10.3.1 (3 points, item 3 direct-score) [none, none, partly]: mean 0.5/3 = 1/6,
  //     X = max(1/6, 0.5) = 0.5, earned 1.5, 1.5 lost.
  // Composite 100 - 2/15 - 3/2 = 2951/30 = 98.3666... -> 98.37, excellent: the top grade.
  const Scheme& scheme = builtin_scheme();
  auto looked = look(
      scheme, assessment_text(scheme, "full", {{"6.2.1", "[full, mostly, full]"}, {"10.3.1", "[none, none, partly]"}}));
  REQUIRE(looked->now.composite == r(2951, 30));
  // The largest full gain first, ties (the two zeros) in tree order.
  CHECK(looked->ids() == std::vector<std::string>{"10.3.1.3", "6.2.1.2", "10.3.1.1", "10.3.1.2"});

  // The direct-score item to full: X = max(mean (0+0+1)/3, 1) = 1, earned 3: +3/2;
  // 2951/30 + 45/30 = 2996/30 = 99.8666... -> 99.87, reported gain 99.87 - 98.37 = 1.50.
  const ItemGap& direct = looked->item("10.3.1.3");
  CHECK(direct.now == Text{"部分满足", "partly satisfied"});
  CHECK(direct.next.words == Text{"全部满足", "fully satisfied"});
  CHECK(direct.full.gain == r(3, 2));
  CHECK(direct.full.reported == decimal("99.87"));
  CHECK(direct.full.reported_gain == decimal("1.5"));
  CHECK(direct.next.gain == direct.full.gain);  // a rated item's next step is the top level

  // Another item of 10.3.1 to full: mean (1+0+0.5)/3 = 0.5, X = max(0.5, 0.5) = 0.5: nothing.
  CHECK(looked->item("10.3.1.1").full.gain == r(0));
  CHECK(looked->item("10.3.1.1").full.reported == decimal("98.37"));

  // 6.2.1.2 to full: X 14/15 -> 1, +2/15 × ... earned 2: +2/15; 2955/30 = 98.5 -> 98.50, +0.13 reported.
  const ItemGap& mostly = looked->item("6.2.1.2");
  CHECK(mostly.full.gain == r(2, 15));
  CHECK(mostly.full.reported == decimal("98.5"));
  CHECK(mostly.full.reported_gain == decimal("0.13"));
  CHECK(mostly.indicator->id == "6.2.1");
  CHECK(mostly.dimension->id == "6");
  CHECK_FALSE(mostly.deduction);

  // Already excellent: no plan.
  CHECK_FALSE(looked->gaps.plan);
  CHECK(looked->gaps.no_plan == NoPlan::top_grade);
}

TEST_CASE("gaps: a special evaluation with an na item: gains scaled to the maximum", "[gaps]") {
  // scope ["8"] (15 points), every item full but:
  //   8.1.2 (2 points) [partly, na]: m = 1, X = 0.5, earned 1;
  //   8.2.2 (2 points) [none, full, full]: X = 2/3, earned 4/3;
  //   8.3.1 (3 points, 6 items) all none: earned 0.
  // Earned 3 + 1 + 2 + 4/3 + 0 + 3 = 31/3 of 15 (the na item leaves no indicator empty);
  // composite 31/3 / 15 × 100 = 620/9 = 68.888... -> 68.89, qualified.
  const Scheme& scheme = builtin_scheme();
  const std::string text = assessment_text(scheme, "full",
                                           only_in(scheme, {"8"},
                                                   {{"8.1.2", "[partly, {rating: na, reason: 本年未举办}]"},
                                                    {"8.2.2", "[none, full, full]"},
                                                    {"8.3.1", "[none, none, none, none, none, none]"}}),
                                           "scope: [\"8\"]\n");
  auto looked = look(scheme, text);
  REQUIRE(looked->now.composite == r(620, 9));
  // Each point of dimension 8 is 100/15 = 20/3 of the composite:
  //   8.1.2.1 partly -> full: X 0.5 -> 1, +1 point: +20/3;
  //   8.2.2.1 none -> full: X 2/3 -> 1, +2/3 point: +40/9;
  //   8.3.1.k none -> full: X +1/6, +3/6 point: +10/3 each.
  // The na item 8.1.2.2 and items outside the scope are not listed.
  CHECK(looked->ids() == std::vector<std::string>{"8.1.2.1", "8.2.2.1", "8.3.1.1", "8.3.1.2", "8.3.1.3", "8.3.1.4",
                                                  "8.3.1.5", "8.3.1.6"});
  CHECK(looked->item("8.1.2.1").full.gain == r(20, 3));
  CHECK(looked->item("8.2.2.1").full.gain == r(40, 9));
  CHECK(looked->item("8.3.1.4").full.gain == r(10, 3));
  // The next grade, good, from 75 included: 75.00 is reported from 74.995 on.
  // One item: 8.1.2.1 gives 620/9 + 60/9 = 680/9 = 75.555... -> 75.56; no other one reaches
  // (40/9 gives 660/9 = 73.33).
  REQUIRE(looked->gaps.plan);
  const GradePlan& plan = *looked->gaps.plan;
  CHECK(plan.goal == PlanGoal::next_grade);
  CHECK(plan.band->id == "good");
  CHECK(plan.target == r(75));
  CHECK(plan.threshold == decimal("74.995"));
  CHECK_FALSE(plan.threshold_strict);
  CHECK(looked->plan_ids() == std::vector<std::string>{"8.1.2.1"});
  CHECK(plan.composite == r(680, 9));
  CHECK(plan.reported == decimal("75.56"));
  CHECK(plan.overshoot == r(5, 9));  // 680/9 - 75
  CHECK(plan.reported_overshoot == decimal("0.56"));
}

TEST_CASE("gaps: the next grade takes the fewest items with the least overshoot, not the largest gains", "[gaps]") {
  // small-ten: 1.1 [poor] 0; 1.2 [poor, poor] 0; 2.1 [fair, fair, good] 4 × 2/3 = 8/3.
  // Composite 8/3 = 2.666... -> 2.7, fail. Pass from 6: 6.0 is reported from 5.95 on (half
  // even: 5.95 -> 6.0, the even digit).
  // Full gains: 1.1.1 +2.5; 1.2.1, 1.2.2 +3.5/2 = 1.75 each; 2.1.1, 2.1.2 +4 × 0.5/3 = 2/3 each.
  // One item: at most 8/3 + 2.5 = 5.1667, no. Two: {1.1.1, 1.2.x} 8/3 + 4.25 = 83/12 = 6.9167;
  // {1.2.1, 1.2.2} 8/3 + 3.5 = 37/6 = 6.1667; {1.1.1, 2.1.x} 8/3 + 19/6 = 35/6 = 5.833 -> 5.8, no.
  // Both reaching pairs have two items; {1.2.1, 1.2.2} overshoots 1/6, {1.1.1, 1.2.1} 11/12: the
  // plan is {1.2.1, 1.2.2}, although 1.1.1 alone gains the most.
  const Scheme scheme = load_test_tree(small_ten);
  auto looked = look(scheme, small_ten_city);
  REQUIRE(looked->now.composite == r(8, 3));
  CHECK(looked->ids() == std::vector<std::string>{"1.1.1", "1.2.1", "1.2.2", "2.1.1", "2.1.2"});
  CHECK(looked->item("1.1.1").full.gain == decimal("2.5"));
  REQUIRE(looked->gaps.plan);
  const GradePlan& plan = *looked->gaps.plan;
  CHECK(plan.band->id == "pass");
  CHECK(plan.threshold == decimal("5.95"));
  CHECK(looked->plan_ids() == std::vector<std::string>{"1.2.1", "1.2.2"});
  CHECK(plan.reachable);
  CHECK(plan.composite == r(37, 6));
  CHECK(plan.reported == decimal("6.2"));
  CHECK(plan.gain == decimal("3.5"));           // 37/6 - 16/6
  CHECK(plan.reported_gain == decimal("3.5"));  // 6.2 - 2.7
  CHECK(plan.overshoot == r(1, 6));
  CHECK(plan.reported_overshoot == decimal("0.2"));
}

// --- The municipal sheet: rule items ------------------------------------------------

TEST_CASE("gaps: the next step of each rule of the municipal sheet, in its own words", "[gaps][rules]") {
  // Lanting: composite 65.85 (its header), reported 65.9; sections 1 7.5, 3 0 (floored from -4),
  // 4 7, 5 12.9; bonus 6 (cap 10).
  auto looked = look(municipal_scheme(), source_text(lanting));
  REQUIRE(looked->now.composite == decimal("65.85"));

  SECTION("present: no -> yes") {
    // 4.2.2 false -> true: +1 (section 4: 7 -> 8); 66.85 -> 66.9 (half up), +1.0 reported.
    const ItemGap& gap = looked->item("4.2.2");
    CHECK(gap.now == Text{"无 → 0", "no → 0"});
    CHECK(gap.next.words == Text{"有 → 1", "yes → 1"});
    CHECK(gap.next.gain == r(1));
    CHECK(gap.next.reported == decimal("66.9"));
    CHECK(gap.next.reported_gain == r(1));
    CHECK(gap.full.gain == r(1));
  }
  SECTION("per-count with a cap: one more, and up to the cap") {
    // 1.2.3 per-count 0.5, cap 2, count 1 (0.5): one more is 1 (+0.5); the cap takes 4 (2: +1.5).
    const ItemGap& gap = looked->item("1.2.3");
    CHECK(gap.now.en == "1 × 0.5, capped at 2 → 0.5");
    CHECK(gap.next.words == Text{"再有 1 件：2 件 × 0.5，上限 2 → 1", "one more: 2 × 0.5, capped at 2 → 1"});
    CHECK(gap.next.gain == decimal("0.5"));
    CHECK(gap.full.words.en == "4 in all: 4 × 0.5, capped at 2 → 2");
    CHECK(gap.full.gain == decimal("1.5"));
  }
  SECTION("ratio thresholds with a denominator: the smallest count that meets the next one") {
    // 1.3.1 14/20 = 70% meets >= 70% (1); >= 90% of 20 is 18: 2 points, +1.
    const ItemGap& gap = looked->item("1.3.1");
    CHECK(gap.next.words.en == "reaching ≥ 90% (18/20): ratio 18/20 = 90%, meets ≥ 90% → 2");
    CHECK(gap.next.words.zh == "达到 ≥ 90%（18/20）：比例 18/20 = 90%，达到 ≥ 90% → 2");
    CHECK(gap.next.gain == r(1));
    CHECK(gap.full.gain == r(1));
  }
  SECTION("proportional: the next count that changes the reported points") {
    // 5.2.1: 2 × 17/24 = 1.4166... -> 1.4. 1.5 needs 2n/24 >= 1.45, n >= 17.4: n = 18,
    // 2 × 18/24 = 1.5: +0.1; 65.95 -> 66.0 (a tie, half up). All 24: 2, +0.6.
    const ItemGap& gap = looked->item("5.2.1");
    CHECK(gap.next.words.en == "reaching 18/24 = 75%: 2 × 18/24 = 1.5, rounded half up to 1 decimal → 1.5");
    CHECK(gap.next.gain == decimal("0.1"));
    CHECK(gap.next.reported == r(66));
    CHECK(gap.next.reported_gain == decimal("0.1"));
    CHECK(gap.full.gain == decimal("0.6"));
  }
  SECTION("judgement: one step up") {
    // 2.2.2 judged 1.5 of 0-2 in steps of 0.5: 2, +0.5.
    const ItemGap& gap = looked->item("2.2.2");
    CHECK(gap.next.words == Text{"提高一档（+0.5）：评定 2 → 2", "one step up (+0.5): judged 2 → 2"});
    CHECK(gap.next.gain == decimal("0.5"));
  }
  SECTION("deductions: points to win back") {
    // 5.1.1 present 2, absent -2, false: -2 -> 2, +4 (section 5: 12.9 -> 16.9).
    const ItemGap& plan = looked->item("5.1.1");
    CHECK(plan.deduction);
    CHECK(plan.now.en == "no → -2");
    CHECK(plan.next.words.en == "yes → 2");
    CHECK(plan.next.gain == r(4));
    // 5.5.2 choice none -2: the next better outcome is late (1): +3; on-time (2): +4.
    const ItemGap& summary = looked->item("5.5.2");
    CHECK(summary.deduction);
    CHECK(summary.next.words == Text{"未按時報送 → 1", "late → 1"});
    CHECK(summary.next.gain == r(3));
    CHECK(summary.full.words.en == "on-time → 2");
    CHECK(summary.full.gain == r(4));
  }
  SECTION("a floor: a step that leaves the section floored gains nothing") {
    // 3.1.1 -5 (systems 0 -3, 4 missing -2, no ledger): its best next step is systems 0 -> 1
    // (-3 -> 1, +4 to the item), but section 3 stays at -1 + 1 + 0 = 0, floored to 0: +0.
    // At its maximum (3 + 0 + 3 = 6) section 3 is 6 + 1 + 0 = 7: +7.
    const ItemGap& gap = looked->item("3.1.1");
    CHECK(gap.deduction);
    CHECK(gap.next.words.en == "systems: a count of 1: count 1, meets ≥ 1, below ≥ 6 → 1");
    CHECK(gap.next.value == r(-1));
    CHECK(gap.next.gain == r(0));
    CHECK(gap.full.value == r(6));
    CHECK(gap.full.gain == r(7));
    CHECK(looked->gaps.items.front().item->id == "3.1.1");  // the largest full gain
  }
  SECTION("the bonus: its cap") {
    // 8.1.1 per-count 2 without a cap, count 1 (bonus 2 + 4 = 6): one more, 8: +2; the most that
    // can count is the section's cap 10, 5 of them: bonus 10 + 4 = 14, capped at 10: +4.
    const ItemGap& gap = looked->item("8.1.1");
    CHECK(gap.next.gain == r(2));
    CHECK(gap.full.words.en == "5 in all: 5 × 2 → 10");
    CHECK(gap.full.gain == r(4));
  }
  SECTION("external: its room, not the city's to raise") {
    // 5.3.1 external 0-10, 8: 10 is +2, set by its source.
    const ItemGap& gap = looked->item("5.3.1");
    CHECK(gap.external);
    CHECK(gap.next.words.en == "set by 市信安辦外部安全測試, not the city's to raise: external score 10 → 10");
    CHECK(gap.full.gain == r(2));
  }
  SECTION("items at their maximum are not listed") {
    // 1.1.1 true, 4.3.2 drill, 6.2.1 true, 7.2.2 judged 2 of 2.
    for (const ItemGap& gap : looked->gaps.items) {
      CHECK(gap.item->id != "1.1.1");
      CHECK(gap.item->id != "4.3.2");
      CHECK(gap.item->id != "7.2.2");
    }
  }
  CHECK(looked->gaps.no_plan == NoPlan::no_grades);  // the sheet has no grades
}

TEST_CASE("gaps: per-missing: each missing one costs its deduction", "[gaps][rules]") {
  // 3.1.1 {systems: 7, missing: [portal, finance-tax], ledger: true}: 3 - 1 + 3 = 5; section 3
  // 5 + 1 + 0 = 6 (above its floor). Only the missing part can rise: adding portal, -1 -> -0.5,
  // +0.5; adding both, 0: +1.
  auto looked =
      look(municipal_scheme(), lanting_with({{"3.1.1", "{systems: 7, missing: [portal, finance-tax], ledger: true}"}}));
  const ItemGap& gap = looked->item("3.1.1");
  CHECK_FALSE(gap.deduction);
  CHECK(gap.next.words.en ==
        "missing: each missing one costs 0.5; adding portal: 1 missing (finance-tax) × -0.5 → -0.5");
  CHECK(gap.next.words.zh == "missing：每缺 1 项扣 0.5 分，补上政府門戶網站：缺 1 项（財稅）× -0.5 → -0.5");
  CHECK(gap.next.gain == decimal("0.5"));
  CHECK(gap.full.gain == r(1));
}

TEST_CASE("gaps: a --target on the municipal sheet", "[gaps][rules]") {
  SECTION("80: the fewest items, floors and all") {
    // 65.85 needs 80.0, reported from 79.95 on: +14.1. Alone at most +7 (3.1.1). Two: at most
    // 3.1.1 with 3.1.3 (section 3: 6 + 1 + 5 = 12, +12). Three: 3.1.1 and 3.1.2 (6 + 5 + 0 = 11)
    // with 5.1.1 (+4): +15, 80.85; no three give +14.1 to +15 (the items' full gains are 7, 4
    // (5.1.1, 5.5.2, 8.1.1, 8.2.1: the bonus reaches its cap with either), 2, 1.5, 1.3, 1 ...,
    // and 3.1.2 or 3.1.3 add 4 or 5 with 3.1.1 only). Of the sets giving +15, the first in tree
    // order is {3.1.1, 3.1.2, 5.1.1}. 80.85 -> 80.9 (half up), overshoot 0.85 (0.9 reported).
    GapOptions options;
    options.target = r(80);
    auto looked = look(municipal_scheme(), source_text(lanting), options);
    REQUIRE(looked->gaps.plan);
    const GradePlan& plan = *looked->gaps.plan;
    CHECK(plan.goal == PlanGoal::target);
    CHECK(plan.band == nullptr);
    CHECK(plan.threshold == decimal("79.95"));
    CHECK(looked->plan_ids() == std::vector<std::string>{"3.1.1", "3.1.2", "5.1.1"});
    CHECK(plan.composite == decimal("80.85"));
    CHECK(plan.reported == decimal("80.9"));
    CHECK(plan.overshoot == decimal("0.85"));
    CHECK(plan.reported_overshoot == decimal("0.9"));
  }
  SECTION("at or below the score now: reached, no item") {
    GapOptions options;
    options.target = decimal("65.9");  // the reported 65.9
    auto looked = look(municipal_scheme(), source_text(lanting), options);
    CHECK(looked->gaps.plan->reached);
    CHECK(looked->gaps.plan->items.empty());
  }
  SECTION("out of reach: the external scores are not the city's") {
    // 5.3.1 and 7.1.1 (external) at 0: the rest at their maximum give 11 + 9 + 16 + 10 +
    // (26 - 10) + 10 + (18 - 6) = 84, and the bonus its cap 10: 94 < 95.
    GapOptions options;
    options.target = r(95);
    auto looked = look(municipal_scheme(), lanting_with({{"5.3.1", "0"}, {"7.1.1", "0"}}), options);
    const GradePlan& plan = *looked->gaps.plan;
    CHECK_FALSE(plan.reachable);
    CHECK(plan.composite == r(94));
    CHECK(plan.items.size() == looked->gaps.items.size() - 2);  // every item but the two external ones
  }
}

TEST_CASE("gaps: a --target must be a score the scheme can give", "[gaps]") {
  // The standard: at most 100. The sheet: 100 + the bonus cap 10, but the total cap is 100.
  CHECK(highest_composite(builtin_scheme()) == r(100));
  CHECK(highest_composite(municipal_scheme()) == r(100));
  CHECK_FALSE(target_problem(builtin_scheme(), r(100)));
  CHECK_FALSE(target_problem(builtin_scheme(), r(0)));
  CHECK(target_problem(builtin_scheme(), decimal("100.01"))->en ==
        "--target: 100.01 is above 100, the highest score scheme city-cybersecurity can give");
  CHECK(target_problem(builtin_scheme(), r(-5))->en == "--target: -5 is below 0; a target is a score from 0 to 100");
}

// --- The renderers ------------------------------------------------------------------

TEST_CASE("gaps: --top and --by-dimension choose what the reports list", "[gaps][render]") {
  const Scheme scheme = load_test_tree(small_ten);
  auto looked = look(scheme, small_ten_city);
  GapRenderOptions top;
  top.top = 2;
  const std::string text = render_gaps_text(looked->gaps, Language::en, top);
  CHECK_THAT(text, Catch::Contains("(showing 2 of 5)"));
  CHECK(squeezed_line(text, "1 1.1.1") == "1 1.1.1 1.1 Rules poor good +2.5 5.2");
  CHECK(squeezed_line(text, "2 1.2.1") == "2 1.2.1 1.2 Staff poor good +1.7 4.4");
  CHECK(squeezed_line(text, "3 1.2.2").empty());
  // The plan is listed whole whatever --top says.
  CHECK(squeezed_line(text, "1.2.2 1.2 Staff") == "1.2.2 1.2 Staff good +1.7");

  GapRenderOptions grouped;
  grouped.by_dimension = true;
  grouped.top = 1;
  const Json json = Json::parse(render_gaps_json(looked->gaps, grouped));
  // One per dimension, in tree order: 1.1.1 (rank 1) of dimension 1, 2.1.1 (rank 4) of 2.
  REQUIRE(json["items"].size() == 2);
  CHECK(json["items"][0]["id"] == "1.1.1");
  CHECK(json["items"][1]["id"] == "2.1.1");
  CHECK(json["items"][1]["rank"] == 4);
  CHECK(json["count"] == 5);
}

// --- The command --------------------------------------------------------------------

TEST_CASE("gaps CLI: the small test tree's report: items, then the plan", "[gaps][cli]") {
  TempDir directory;
  directory.write("city.yaml", small_ten_city);
  RunResult result = run_in(directory, {"gaps", "city.yaml", "--tree", source_path(small_ten)});
  CHECK(result.exit_code == exit_ok);
  CHECK(result.err.empty());
  // The numbers of the test above; each reported gain is the difference of the reported values
  // (2.7 now): 1.1.1 31/6 -> 5.2 (+2.5); 1.2.x 8/3 + 1.75 = 53/12 -> 4.4 (+1.7);
  // 2.1.x 8/3 + 2/3 = 10/3 -> 3.3 (+0.6).
  const std::vector<std::string> expected = {
      "Scheme Small ten-point scheme (small-ten 0.1)",
      "City 苏州市",
      "File city.yaml",
      "Score 2.7",
      "Grade Fail",
      "",
      "Improvement priorities (items below their maximum, by the points raising each to its maximum adds)",
      "# Item Indicator Now Raised to Gain Score after",
      "1 1.1.1 1.1 Rules poor good +2.5 5.2",
      "2 1.2.1 1.2 Staff poor good +1.7 4.4",
      "3 1.2.2 1.2 Staff poor good +1.7 4.4",
      "4 2.1.1 2.1 Protection fair good +0.6 3.3",
      "5 2.1.2 2.1 Protection fair good +0.6 3.3",
      "",
      "What it takes to reach the next grade",
      "Next grade: Pass (≥ 6)",
      "The fewest items to raise to their maximum: 2",
      "1.2.1 1.2 Staff good +1.7",
      "1.2.2 1.2 Staff good +1.7",
      "Score after: 6.2 (+3.5), 0.2 over 6.0."};
  std::vector<std::string> squeezed;
  for (const std::string& line : lines_of(result.out)) squeezed.push_back(squeezed_line(line, ""));
  CHECK(squeezed == expected);
}

TEST_CASE("gaps CLI: --by-dimension, --top and the Markdown report", "[gaps][cli]") {
  TempDir directory;
  directory.write("city.yaml", small_ten_city);
  const std::string tree = source_path(small_ten);
  RunResult grouped = run_in(directory, {"gaps", "city.yaml", "--tree", tree, "--by-dimension", "--top", "1"});
  CHECK(grouped.exit_code == exit_ok);
  CHECK_THAT(grouped.out, Catch::Contains("(showing 2 of 5)\n\n1 Management (3)\n"));
  CHECK_THAT(grouped.out, Catch::Contains("\n2 Technology (2)\n"));
  CHECK(squeezed_line(grouped.out, "4 2.1.1") == "4 2.1.1 2.1 Protection fair good +0.6 3.3");
  CHECK(squeezed_line(grouped.out, "2 1.2.1").empty());

  RunResult markdown = run_in(directory, {"gaps", "city.yaml", "--tree", tree, "--format", "markdown"});
  CHECK(markdown.exit_code == exit_ok);
  CHECK_THAT(markdown.out, Catch::StartsWith("# Improvement priorities\n\n- **Scheme:** Small ten-point scheme"));
  // The items' heading under the title "Improvement priorities" does not say it
  // again, and one blank line (not two) parts the header list from it.
  CHECK_THAT(markdown.out, Catch::Contains("- **Grade:** Fail\n\n## Items below their maximum, by the points "
                                           "raising each to its maximum adds\n\n| # | Item |"));
  CHECK(markdown.out.find("\n\n\n") == std::string::npos);
  CHECK_THAT(markdown.out, Catch::Contains("| 1 | 1.1.1 | 1.1 Rules | poor | good | +2.5 | 5.2 |\n"));
  CHECK_THAT(markdown.out, Catch::Contains("## What it takes to reach the next grade\n\nNext grade: Pass (≥ 6)\n"));
  CHECK_THAT(markdown.out,
             Catch::Contains("| 1.2.2 | 1.2 Staff | good | +1.7 |\n\nScore after: 6.2 (+3.5), 0.2 over 6.0.\n"));

  RunResult zh = run_in(directory, {"gaps", "city.yaml", "--tree", tree, "--lang", "zh"});
  CHECK(squeezed_line(zh.out, "下一等级") == "下一等级：通过（≥ 6）");
  CHECK(squeezed_line(zh.out, "提升后得分") == "提升后得分：6.2（+3.5），比 6.0 高 0.2。");
}

TEST_CASE("gaps CLI: the JSON report", "[gaps][cli]") {
  TempDir directory;
  directory.write("city.yaml", small_ten_city);
  RunResult result = run_in(directory, {"gaps", "city.yaml", "--tree", source_path(small_ten), "--format", "json"});
  CHECK(result.exit_code == exit_ok);
  const Json json = Json::parse(result.out);
  CHECK(json["score"] == 2.7);
  CHECK(json["score_exact"] == "8/3");
  CHECK(json["grade"] == "fail");
  CHECK(json["count"] == 5);
  const Json& first = json["items"][0];
  std::vector<std::string> keys;
  for (const auto& [key, value] : first.items()) keys.push_back(key);
  CHECK(keys == std::vector<std::string>{"rank", "id", "indicator", "dimension", "now", "now_en", "rating", "value",
                                         "value_exact", "deduction", "external", "next", "full"});
  CHECK(first["rating"] == "poor");
  CHECK(first["full"]["rating"] == "good");
  CHECK(first["full"]["score"] == 5.2);
  CHECK(first["full"]["score_exact"] == "31/6");  // 8/3 + 5/2
  CHECK(first["full"]["gain"] == 2.5);
  CHECK(first["full"]["gain_exact"] == "5/2");
  const Json& plan = json["plan"];
  CHECK(plan["goal"] == "next-grade");
  CHECK(plan["grade"] == "pass");
  CHECK(plan["target"] == 6);
  CHECK(plan["threshold_exact"] == "119/20");  // 5.95
  CHECK(plan["reachable"] == true);
  CHECK(plan["items"] == Json::array({"1.2.1", "1.2.2"}));
  CHECK(plan["score"] == 6.2);
  CHECK(plan["score_exact"] == "37/6");
  CHECK(plan["overshoot"] == 0.2);
  CHECK(plan["overshoot_exact"] == "1/6");
  CHECK(json["no_plan"].is_null());
}

TEST_CASE("gaps CLI: --target on the municipal sheet", "[gaps][cli]") {
  RunResult result = run_cli({"gaps", lanting, "--target", "80", "--format", "json"});
  CHECK(result.exit_code == exit_ok);
  const Json json = Json::parse(result.out);
  CHECK(json["plan"]["goal"] == "target");
  CHECK(json["plan"]["grade"].is_null());
  CHECK(json["plan"]["items"] == Json::array({"3.1.1", "3.1.2", "5.1.1"}));  // worked out above
  CHECK(json["plan"]["score"] == 80.9);
  // Without --target the sheet has no plan.
  const Json without = Json::parse(run_cli({"gaps", lanting, "--format", "json"}).out);
  CHECK(without["plan"].is_null());
  CHECK(without["no_plan"] == "no-grades");
  RunResult text = run_cli({"gaps", lanting});
  CHECK_THAT(text.out, Catch::EndsWith("This scheme defines no grades: give --target SCORE for the score to reach.\n"));
}

TEST_CASE("gaps CLI: usage errors and invalid input", "[gaps][cli]") {
  // The first stderr line in English, its Chinese pinned.
  auto first_line = [](std::vector<std::string> arguments, int code) {
    RunResult en = run_cli(arguments);
    CHECK(en.exit_code == code);
    CHECK(en.out.empty());
    arguments.insert(arguments.end(), {"--lang", "zh"});
    check_chinese(en.first_error_line(), run_cli(arguments).first_error_line());
    return en.first_error_line();
  };
  CHECK(first_line({"gaps", lanting, lanting}, exit_usage) == "cityseceval: error: gaps takes one assessment; got 2");
  CHECK(first_line({"gaps", lanting, "--target", "eighty"}, exit_usage) ==
        "cityseceval: error: --target: \"eighty\" is not a score; expected a plain decimal such as 85 or 72.5");
  CHECK(first_line({"gaps", lanting, "--target", "-5"}, exit_usage) ==
        "cityseceval: error: --target: -5 is below 0; a target is a score from 0 to 100");
  // The sheet's 100 + bonus 10 is capped at 100.
  CHECK(first_line({"gaps", lanting, "--target", "100.5"}, exit_usage) ==
        "cityseceval: error: --target: 100.5 is above 100, the highest score scheme municipal-infosec-work can give");
  CHECK(run_cli({"gaps", lanting, "--top", "0"}).exit_code == exit_usage);
  CHECK(run_cli({"gaps"}).exit_code == exit_usage);

  TempDir directory;
  directory.write("city.yaml", source_text(lanting));
  RunResult overwrite = run_in(directory, {"gaps", "city.yaml", "-o", "city.yaml"});
  CHECK(overwrite.exit_code == exit_usage);
  CHECK(overwrite.err == "cityseceval: error: -o city.yaml would overwrite the input file city.yaml\n");
  CHECK(read_bytes(directory.file("city.yaml")) == source_text(lanting));

  RunResult written = run_in(directory, {"gaps", "city.yaml", "--format", "markdown", "-o", "gaps.md"});
  CHECK(written.exit_code == exit_ok);
  CHECK(written.out.empty());
  CHECK_THAT(read_bytes(directory.file("gaps.md")).value_or(""), Catch::StartsWith("# Improvement priorities\n"));

  RunResult invalid = run_cli({"gaps", "tests/data/bad/rating-misspelt.yaml"});
  CHECK(invalid.exit_code == exit_invalid_input);
  CHECK(invalid.out.empty());
  CHECK_THAT(invalid.first_error_line(), Catch::StartsWith("tests/data/bad/rating-misspelt.yaml:"));
}
