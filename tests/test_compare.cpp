// Comparing two assessments (compare.h, render_compare.h, `cityseceval compare`):
// through the public API and through the built binary. Every expected number is
// worked out by hand from Table B.1's points and formula A.4 (X = the mean of
// the item ratings, full = 1, mostly = 0.8, partly = 0.5, none = 0; earned =
// X × points), in the comment beside it. A reported delta is the difference of
// the two reported (rounded) values.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

#include "cityseceval/compare.h"
#include "cityseceval/load.h"
#include "cityseceval/render_compare.h"
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
using cityseceval::testing::only_in;
using cityseceval::testing::read_bytes;
using cityseceval::testing::run_cli;
using cityseceval::testing::run_in;
using cityseceval::testing::RunOptions;
using cityseceval::testing::RunResult;
using cityseceval::testing::keys_of;
using cityseceval::testing::squeezed_line;
using cityseceval::testing::score_all;
using cityseceval::testing::score_text;
using cityseceval::testing::source_text;
using cityseceval::testing::TempDir;
using Json = nlohmann::ordered_json;  // the report's key order is part of its contract

namespace {

const std::string all_full = "tests/data/good/all-full.yaml";
const std::string small_ten_2024 = "tests/data/compare/small-ten-2024.yaml";
const std::string small_ten_2025 = "tests/data/compare/small-ten-2025.yaml";

std::vector<std::string> ids_of(const std::vector<IndicatorDelta>& entries) {
  std::vector<std::string> ids;
  for (const IndicatorDelta& entry : entries) ids.push_back(entry.indicator->id);
  return ids;
}

std::vector<std::string> item_ids(const Comparison& comparison) {
  std::vector<std::string> ids;
  for (const ItemChange& change : comparison.items) ids.push_back(change.item->id);
  return ids;
}

const IndicatorDelta& entry_for(const Comparison& comparison, const std::string& id) {
  for (const IndicatorDelta& entry : comparison.indicators) {
    if (entry.indicator->id == id) return entry;
  }
  FAIL("no indicator " << id << " in the comparison");
  throw std::logic_error("unreachable");
}

// The rating id an item change shows on one side: "full", or "na".
std::string rating_id(const ItemResult* item) {
  const RatingLevel* level = std::get<RatedItemResult>(item->outcome).rating;
  return level ? level->id : "na";
}

// tests/data/good/all-full.yaml (苏州市, 2024, every item full) with the ratings
// of some indicators replaced, and perhaps another city.
std::string all_full_with(const std::map<std::string, std::string>& ratings, const std::string& city = "苏州市") {
  std::string out;
  for (const std::string& line : cityseceval::testing::lines_of(source_text(all_full))) {
    std::string written = line;
    for (const auto& [id, list] : ratings) {
      if (line.starts_with("  " + id + ": ")) written = "  " + id + ": " + list;
    }
    if (line.starts_with("city: ")) written = "city: " + city;
    out += written + "\n";
  }
  return out;
}

// The first stderr line in English and in Chinese, the Chinese pinned.
std::string first_line_pinned(const TempDir& directory, std::vector<std::string> arguments) {
  RunResult en = run_in(directory, arguments);
  arguments.insert(arguments.end(), {"--lang", "zh"});
  RunResult zh = run_in(directory, arguments);
  check_chinese(en.first_error_line(), zh.first_error_line());
  return en.first_error_line();
}

}  // namespace

// --- The engine ------------------------------------------------------------------

TEST_CASE("compare: the same assessment twice changes nothing", "[compare]") {
  const ScoreResult result = score_all(builtin_scheme(), "full");
  const Comparison comparison = compare(result, result);
  CHECK(comparison.nothing_changed());
  CHECK(comparison.delta == Rational(0));
  CHECK(comparison.reported_delta == Rational(0));
  CHECK(comparison.format_delta(comparison.reported_delta) == "0.00");
  CHECK(comparison.indicators.empty());
  CHECK(comparison.items.empty());
  CHECK(comparison.gains.empty());
  CHECK(comparison.losses.empty());
  CHECK(comparison.only_before.empty());
  CHECK(comparison.only_after.empty());
  CHECK(comparison.caveats.empty());
  CHECK_FALSE(tree_mismatch(result, result));

  SECTION("--all lists every indicator, in tree order, each unchanged") {
    CompareOptions options;
    options.all = true;
    const Comparison all = compare(result, result, options);
    CHECK(all.nothing_changed());
    // 5 level-1 + 21 level-2 + 53 level-3 indicators (Table B.1).
    REQUIRE(all.indicators.size() == 79);
    CHECK(std::vector<std::string>{all.indicators[0].indicator->id, all.indicators[1].indicator->id,
                                   all.indicators[2].indicator->id, all.indicators[3].indicator->id} ==
          std::vector<std::string>{"6", "6.1", "6.1.1", "6.2"});
    for (const IndicatorDelta& entry : all.indicators) {
      INFO(entry.indicator->id);
      CHECK_FALSE(entry.changed);
      CHECK(entry.delta == Rational(0));
    }
  }
}

TEST_CASE("compare: one item from full to partly, through its parents to the composite", "[compare]") {
  // 6.2.1 定级备案 (2 points, 3 items) [full, full, full] -> [full, full, partly]:
  //   X = (1 + 1 + 0.5) / 3 = 5/6, earned 5/6 × 2 = 5/3 = 1.666.. -> 1.67; delta 5/3 - 2 = -1/3
  //   6.2 (4 points) = 5/3 + 2 = 11/3 -> 3.67;  6 (20 points) = 18 + 5/3 = 59/3 -> 19.67
  //   M = 98 + 5/3 = 299/3 = 99.666.. -> 99.67; reported delta 99.67 - 100.00 = -0.33, exact -1/3
  const ScoreResult before = score_all(builtin_scheme(), "full");
  const ScoreResult after = score_all(builtin_scheme(), "full", {{"6.2.1", "[full, full, partly]"}});
  const Comparison comparison = compare(before, after);
  CHECK(comparison.delta == Rational(-1, 3));
  CHECK(comparison.reported_delta == Rational(-33, 100));
  CHECK(comparison.format_delta(comparison.reported_delta) == "-0.33");
  CHECK(ids_of(comparison.indicators) == std::vector<std::string>{"6", "6.2", "6.2.1"});
  for (const IndicatorDelta& entry : comparison.indicators) {
    INFO(entry.indicator->id);
    CHECK(entry.delta == Rational(-1, 3));
    CHECK(entry.reported_delta == Rational(-33, 100));
    CHECK(entry.changed);
  }
  const IndicatorDelta& rated = entry_for(comparison, "6.2.1");
  CHECK(rated.before.earned == Rational(2));
  CHECK(rated.after.earned == Rational(5, 3));
  CHECK(rated.after.reported == Rational(167, 100));
  CHECK(entry_for(comparison, "6.2").after.earned == Rational(11, 3));
  CHECK(entry_for(comparison, "6").after.earned == Rational(59, 3));
  CHECK(ids_of(comparison.losses) == std::vector<std::string>{"6.2.1"});
  CHECK(comparison.gains.empty());
  REQUIRE(item_ids(comparison) == std::vector<std::string>{"6.2.1.3"});
  CHECK(rating_id(comparison.items[0].before) == "full");
  CHECK(rating_id(comparison.items[0].after) == "partly");
  CHECK(comparison.items[0].indicator->id == "6.2.1");
  CHECK_FALSE(comparison.nothing_changed());
}

TEST_CASE("compare: items that become not applicable", "[compare]") {
  // NEW: 6.2.1 (2 points) [full, mostly, na]: m = 2, X = (1 + 0.8) / 2 = 9/10, earned 9/5 = 1.8
  //        (delta -1/5); 6.2 = 1.8 + 2 = 3.8 (delta -1/5)
  //      6.4.3 (1 point) [na, na]: not applicable, no points and no delta, but changed
  //      6.4 (4 points) = 6.4.1 + 6.4.2 + 6.4.4 = 1 + 1 + 1 = 3 (delta -1)
  //      6 = 20 - 1/5 - 1 = 94/5 = 18.8 (delta -6/5)
  //      E = 100 - 1/5 - 1 = 494/5 of V = 99 points evaluated: M = 494/5 / 99 × 100 = 9880/99 = 99.7979.. -> 99.80
  //   delta: exact 9880/99 - 100 = -20/99; reported 99.80 - 100.00 = -0.20
  const std::string na = "{rating: na, reason: 本市无此类活动}";
  const ScoreResult before = score_all(builtin_scheme(), "full");
  const ScoreResult after =
      score_all(builtin_scheme(), "full", {{"6.2.1", "[full, mostly, " + na + "]"}, {"6.4.3", "[" + na + ", " + na + "]"}});
  const Comparison comparison = compare(before, after);
  CHECK(comparison.delta == Rational(-20, 99));
  CHECK(comparison.reported_delta == Rational(-1, 5));
  CHECK(ids_of(comparison.indicators) == std::vector<std::string>{"6", "6.2", "6.2.1", "6.4", "6.4.3"});
  CHECK(entry_for(comparison, "6").delta == Rational(-6, 5));
  CHECK(entry_for(comparison, "6.2").delta == Rational(-1, 5));
  CHECK(entry_for(comparison, "6.2.1").delta == Rational(-1, 5));
  CHECK(entry_for(comparison, "6.4").delta == Rational(-1));
  const IndicatorDelta& left_out = entry_for(comparison, "6.4.3");
  CHECK(left_out.changed);
  CHECK_FALSE(left_out.delta);
  CHECK_FALSE(left_out.reported_delta);
  CHECK_FALSE(left_out.after.evaluated());
  CHECK(left_out.before.status == Status::evaluated);
  CHECK(left_out.after.status == Status::not_applicable);
  // An indicator with no delta is neither a gain nor a loss.
  CHECK(ids_of(comparison.losses) == std::vector<std::string>{"6.2.1"});
  CHECK(item_ids(comparison) == std::vector<std::string>{"6.2.1.2", "6.2.1.3", "6.4.3.1", "6.4.3.2"});
  CHECK(rating_id(comparison.items[0].after) == "mostly");
  CHECK(rating_id(comparison.items[1].after) == "na");
  CHECK(rating_id(comparison.items[3].after) == "na");

  SECTION("in the text report: not evaluated shows \"—\", with the change of status") {
    const std::string text = render_compare_text(comparison, Language::en);
    CHECK_THAT(text, Catch::Contains("\n    6.4.3  Foreign investment and M&A security review     1.00      —      —   1.00  "
                                     "evaluated → not applicable\n"));
    CHECK_THAT(text, Catch::Contains("\n6.2.1.3  6.2.1 Protection-level grading and filing         "
                                     "fully satisfied → not applicable\n"));
    CHECK_THAT(render_compare_text(comparison, Language::zh), Catch::Contains("全部满足 → 不适用"));
  }
  SECTION("in JSON: null, and the statuses") {
    const Json json = Json::parse(render_compare_json(comparison));
    const Json& row = json["indicators"][4];
    CHECK(row["id"] == "6.4.3");
    CHECK(row["old"] == 1);
    CHECK(row["new"].is_null());
    CHECK(row["new_exact"].is_null());
    CHECK(row["delta"].is_null());
    CHECK(row["delta_exact"].is_null());
    CHECK(row["old_status"] == "evaluated");
    CHECK(row["new_status"] == "not-applicable");
    CHECK(json["items"][1] == Json{{"id", "6.2.1.3"}, {"indicator", "6.2.1"}, {"old", "full"}, {"new", "na"}});
    CHECK(json["delta"] == -0.2);
    CHECK(json["delta_exact"] == "-20/99");
  }
}

TEST_CASE("compare: the biggest gains and losses, largest first, ties in tree order, at most five", "[compare]") {
  // OLD loses against full (NEW is full there), so NEW gains:
  //   7.1.1 (2 points)  [none, none]             earns 0     -> gain 2
  //   8.1.1 (3 points)  [full, full, full, none] X = 3/4, 9/4 -> gain 3/4
  //   6.2.2 (2 points)  [full, partly]           X = 3/4, 3/2 -> gain 1/2
  //   7.5.1 (1 point)   [partly, partly]         X = 1/2, 1/2 -> gain 1/2 (a tie with 6.2.2: tree order)
  //   9.1.1 (2 points)  [mostly]                 X = 4/5, 8/5 -> gain 2/5
  //   10.4.3 (1 point)  [mostly, partly]         X = 13/20    -> gain 7/20
  //   6.4.1 (1 point)   [full, full, none]       X = 2/3      -> gain 1/3
  // NEW loses: 10.1.1 (2 points) [none × 3] -> loss 2; 6.2.1 (2 points) [full, full, partly] 5/3 -> loss 1/3.
  // OLD M = 100 - (2 + 3/4 + 1/2 + 1/2 + 2/5 + 7/20 + 1/3) = 100 - 29/6 = 571/6 = 95.1666.. -> 95.17
  // NEW M = 100 - 2 - 1/3 = 293/3 = 97.666.. -> 97.67; delta 5/2, reported 97.67 - 95.17 = +2.50
  const ScoreResult before = score_all(builtin_scheme(), "full",
                                       {{"7.1.1", "[none, none]"},
                                        {"8.1.1", "[full, full, full, none]"},
                                        {"6.2.2", "[full, partly]"},
                                        {"7.5.1", "[partly, partly]"},
                                        {"9.1.1", "[mostly]"},
                                        {"10.4.3", "[mostly, partly]"},
                                        {"6.4.1", "[full, full, none]"}});
  const ScoreResult after =
      score_all(builtin_scheme(), "full", {{"10.1.1", "[none, none, none]"}, {"6.2.1", "[full, full, partly]"}});
  const Comparison comparison = compare(before, after);
  CHECK(comparison.delta == Rational(5, 2));
  CHECK(comparison.format_delta(comparison.reported_delta) == "+2.50");
  CHECK(ids_of(comparison.gains) == std::vector<std::string>{"7.1.1", "8.1.1", "6.2.2", "7.5.1", "9.1.1"});
  CHECK(ids_of(comparison.losses) == std::vector<std::string>{"10.1.1", "6.2.1"});
  CHECK(comparison.gains[0].delta == Rational(2));
  CHECK(comparison.gains[4].delta == Rational(2, 5));
  CHECK(comparison.losses[0].delta == Rational(-2));

  SECTION("a longer list goes on in the same order") {
    CompareOptions options;
    options.top = 10;
    CHECK(ids_of(compare(before, after, options).gains) ==
          std::vector<std::string>{"7.1.1", "8.1.1", "6.2.2", "7.5.1", "9.1.1", "10.4.3", "6.4.1"});
  }
  SECTION("the text report lists them in that order") {
    const std::string text = render_compare_text(comparison, Language::en);
    CHECK_THAT(text, Catch::Contains("Score   95.17 → 97.67 (+2.50)\n"));
    CHECK_THAT(text, Catch::Contains("Biggest gains\n"
                                     "  7.1.1  Cybercrime prevention                    +2.00\n"));
    CHECK(text.find("  6.2.2") < text.find("  7.5.1"));
    CHECK_THAT(text, Catch::Contains("Biggest losses\n"
                                     "  10.1.1  Industry planning                    -2.00\n"
                                     "  6.2.1   Protection-level grading and filing  -0.33\n"));
  }
}

TEST_CASE("compare: two trees, only the IDs in both", "[compare]") {
  // tests/data/compare/small-ten-2024.yaml (small-ten 0.1) and small-ten-2025.yaml (0.2), each file's
  // header works its numbers out: M 19/3 -> 6.3 and 31/4 -> 7.75 -> 7.8 (one decimal, half even).
  //   1:   3 -> 21/4 (reported 3.0 -> 5.2): delta 9/4, reported +2.2
  //   1.1: 5/4 -> 5/2 (1.2 -> 2.5): +5/4, reported +1.3
  //   1.2: 7/4 -> 2 (1.8 -> 2.0): +1/4, reported +0.2; its points 3.5 -> 2
  //   2, 2.1: 10/3 -> 5/2 (3.3 -> 2.5): -5/6, reported -0.8
  //   composite: 31/4 - 19/3 = 17/12, reported 7.8 - 6.3 = +1.5
  const Scheme old_tree = load_test_tree("tests/data/trees/small-ten.yaml");
  const Scheme new_tree = load_test_tree("tests/data/trees/small-ten-v2.yaml");
  const ScoreResult before = score_text(old_tree, source_text(small_ten_2024));
  const ScoreResult after = score_text(new_tree, source_text(small_ten_2025));
  CHECK_FALSE(same_tree(old_tree, new_tree));
  REQUIRE(tree_mismatch(before, after));
  CHECK(tree_mismatch(before, after)->en ==
        "test.yaml is scored with scheme small-ten 0.1 and test.yaml with scheme small-ten 0.2: assessments of "
        "different indicator trees are not compared; use --allow-different-trees to compare only the indicators "
        "and items present in both");

  const Comparison comparison = compare(before, after);
  CHECK(comparison.delta == Rational(17, 12));
  CHECK(comparison.reported_delta == Rational(3, 2));
  CHECK(comparison.decimals == 1);
  CHECK(ids_of(comparison.indicators) == std::vector<std::string>{"1", "1.1", "1.2", "2", "2.1"});
  CHECK(entry_for(comparison, "1").delta == Rational(9, 4));
  CHECK(entry_for(comparison, "1").reported_delta == Rational(11, 5));
  CHECK(entry_for(comparison, "1.1").reported_delta == Rational(13, 10));
  CHECK(entry_for(comparison, "1.2").before.max == Rational(7, 2));
  CHECK(entry_for(comparison, "1.2").after.max == Rational(2));
  CHECK(entry_for(comparison, "2.1").delta == Rational(-5, 6));
  CHECK(ids_of(comparison.gains) == std::vector<std::string>{"1.1", "1.2"});
  CHECK(ids_of(comparison.losses) == std::vector<std::string>{"2.1"});
  CHECK(item_ids(comparison) == std::vector<std::string>{"1.1.1"});
  CHECK(comparison.only_before == std::vector<std::string>{"1.2.2"});
  CHECK(comparison.only_after == std::vector<std::string>{"1.3", "2.1.4"});
  CHECK(comparison.caveats.empty());
}

TEST_CASE("compare: a tree given by points and one given by weights: the same points, a warning", "[compare]") {
  // small-ten-weights.yaml is small-ten.yaml written by weights (α 0.6 and 0.4, 1.1 5/12 of 1...): the same
  // points, so the same ratings score the same, 19/3, and nothing changed; but the weights' form differs.
  const Scheme by_points = load_test_tree("tests/data/trees/small-ten.yaml");
  const Scheme by_weights = load_test_tree("tests/data/trees/small-ten-weights.yaml");
  const ScoreResult before = score_text(by_points, source_text(small_ten_2024));
  const ScoreResult after = score_text(by_weights, source_text(small_ten_2024));
  const Comparison comparison = compare(before, after);
  CHECK(comparison.nothing_changed());
  CHECK(comparison.only_before.empty());
  CHECK(comparison.only_after.empty());
  REQUIRE(comparison.caveats.size() == 1);
  const std::string warning = "cityseceval: warning: " + comparison.caveats[0].en;
  CHECK(warning ==
        "cityseceval: warning: test.yaml is scored with the tree's own points and test.yaml with the tree's own "
        "weights: the deltas mix the change of weights with the change of ratings");
  check_chinese(warning, "cityseceval: warning: " + comparison.caveats[0].zh);
}

// --- The command line --------------------------------------------------------------

TEST_CASE("compare CLI: the same file twice: nothing changed, exit 0", "[compare][cli]") {
  RunResult result = run_cli({"compare", all_full, all_full});
  CHECK(result.exit_code == exit_ok);
  CHECK(result.err.empty());
  CHECK(result.out ==
        "Scheme  Digital government: city cybersecurity evaluation indicators (city-cybersecurity 1.0)\n"
        "City    苏州市\n"
        "Period  2024 → 2024\n"
        "Files   tests/data/good/all-full.yaml → tests/data/good/all-full.yaml\n"
        "Score   100.00 → 100.00 (0.00)\n"
        "Grade   Excellent → Excellent\n"
        "\n"
        "Nothing changed: the same points for every indicator and the same rating or fact for every item.\n");
  SECTION("--all lists every indicator all the same") {
    RunResult all = run_cli({"compare", all_full, all_full, "--all"});
    CHECK(all.exit_code == exit_ok);
    CHECK_THAT(all.out, Catch::Contains("Nothing changed") && Catch::Contains("\nEvery indicator\n") &&
                            Catch::Contains("\n    10.4.3  Supply chain security                                           "
                                            "1.00   1.00   0.00   1.00\n"));
    // The header (6 lines), a blank line, "Nothing changed", a blank line, the title, the column
    // titles, and 79 indicators.
    CHECK(std::count(all.out.begin(), all.out.end(), '\n') == 6 + 1 + 1 + 1 + 1 + 1 + 79);
  }
  SECTION("in JSON: delta 0 and nothing listed") {
    Json json = Json::parse(run_cli({"compare", all_full, all_full, "--format", "json"}).out);
    CHECK(json["delta"] == 0);
    CHECK(json["delta_exact"] == "0");
    CHECK(json["changed"] == false);
    CHECK(json["indicators"] == Json::array());
    CHECK(json["items"] == Json::array());
    CHECK(json["gains"] == Json::array());
    CHECK(json["losses"] == Json::array());
  }
}

TEST_CASE("compare CLI: one item changed, the whole text report", "[compare][cli]") {
  // 6.2.1 [full, full, full] -> [full, full, partly], worked out in "one item from full to partly"
  // above: 6.2.1 2 -> 5/3 (1.67), 6.2 4 -> 11/3 (3.67), 6 20 -> 59/3 (19.67), each -1/3 (-0.33);
  // M 100 -> 299/3 (99.67), -0.33.
  TempDir directory;
  directory.write("old.yaml", source_text(all_full));
  directory.write("new.yaml", all_full_with({{"6.2.1", "[full, full, partly]"}}));
  RunResult result = run_in(directory, {"compare", "old.yaml", "new.yaml"});
  CHECK(result.exit_code == exit_ok);
  CHECK(result.err.empty());
  CHECK(result.out ==
        "Scheme  Digital government: city cybersecurity evaluation indicators (city-cybersecurity 1.0)\n"
        "City    苏州市\n"
        "Period  2024 → 2024\n"
        "Files   old.yaml → new.yaml\n"
        "Score   100.00 → 99.67 (-0.33)\n"
        "Grade   Excellent → Excellent\n"
        "\n"
        "Biggest gains\n"
        "  none\n"
        "\n"
        "Biggest losses\n"
        "  6.2.1  Protection-level grading and filing  -0.33\n"
        "\n"
        "Indicators that changed\n"
        "ID         Indicator                                       Old    New  Delta    Max\n"
        "6          Policy and regulation implementation          20.00  19.67  -0.33  20.00\n"
        "  6.2      Multi-level protection scheme implementation   4.00   3.67  -0.33   4.00\n"
        "    6.2.1  Protection-level grading and filing            2.00   1.67  -0.33   2.00\n"
        "\n"
        "Items that changed\n"
        "Item     Indicator                                  Old → New\n"
        "6.2.1.3  6.2.1 Protection-level grading and filing  fully satisfied → partly satisfied\n");
  SECTION("in Chinese") {
    RunResult zh = run_in(directory, {"compare", "old.yaml", "new.yaml", "--lang", "zh"});
    CHECK_THAT(zh.out, Catch::Contains("综合得分  100.00 → 99.67 (-0.33)\n等级      优秀 → 优秀\n"));
    CHECK_THAT(zh.out, Catch::Contains("下降最多的指标\n  6.2.1  定级备案  -0.33\n"));
    CHECK_THAT(zh.out, Catch::Contains("6.2.1.3   6.2.1 定级备案  全部满足 → 部分满足\n"));
  }
  SECTION("the reverse is the opposite change") {
    RunResult reverse = run_in(directory, {"compare", "new.yaml", "old.yaml"});
    CHECK_THAT(reverse.out, Catch::Contains("Score   99.67 → 100.00 (+0.33)\n"));
    CHECK_THAT(reverse.out, Catch::Contains("Biggest gains\n  6.2.1  Protection-level grading and filing  +0.33\n"));
  }
  SECTION("Markdown: the same content as GitHub tables") {
    RunResult markdown = run_in(directory, {"compare", "old.yaml", "new.yaml", "--format", "markdown"});
    CHECK(markdown.exit_code == exit_ok);
    CHECK_THAT(markdown.out, Catch::StartsWith("# Comparison of two assessments\n\n"));
    CHECK_THAT(markdown.out, Catch::Contains("- **Score:** 100.00 → 99.67 (-0.33)\n"));
    CHECK_THAT(markdown.out, Catch::Contains("## Indicators that changed\n\n"
                                             "| ID | Indicator | Old | New | Delta | Max |\n"
                                             "|---|---|---:|---:|---:|---:|\n"
                                             "| 6 | Policy and regulation implementation | 20.00 | 19.67 | -0.33 | 20.00 |\n"));
    CHECK_THAT(markdown.out, Catch::Contains("## Items that changed\n\n"
                                             "| Item | Indicator | Old → New |\n"
                                             "|---|---|---|\n"
                                             "| 6.2.1.3 | 6.2.1 Protection-level grading and filing | "
                                             "fully satisfied → partly satisfied |\n"));
    CHECK_THAT(markdown.out, Catch::Contains("## Biggest gains\n\n*none*\n"));
  }
}

TEST_CASE("compare CLI: the JSON keys", "[compare][cli]") {
  TempDir directory;
  directory.write("old.yaml", source_text(all_full));
  directory.write("new.yaml", all_full_with({{"6.2.1", "[full, full, partly]"}}));
  RunResult result = run_in(directory, {"compare", "old.yaml", "new.yaml", "--format", "json"});
  CHECK(result.exit_code == exit_ok);
  const Json json = Json::parse(result.out);
  CHECK(keys_of(json) == std::vector<std::string>{"scheme", "old", "new", "delta", "delta_exact", "changed",
                                                  "indicators", "gains", "losses", "items", "only_old", "only_new", "generator"});
  CHECK(json["scheme"] == Json{{"id", "city-cybersecurity"}, {"title", "数字政府 城市网络安全评价指标"}, {"version", "1.0"}});
  CHECK(json["old"] == Json{{"file", "old.yaml"}, {"city", "苏州市"}, {"period", "2024"}, {"score", 100},
                            {"score_exact", "100"}, {"grade", "excellent"}, {"scope", Json::array()}});
  CHECK(keys_of(json["new"]) ==
        std::vector<std::string>{"file", "city", "period", "score", "score_exact", "grade", "scope"});
  CHECK(json["new"]["score"] == 99.67);
  CHECK(json["new"]["score_exact"] == "299/3");
  CHECK(json["delta"] == -0.33);
  CHECK(json["delta_exact"] == "-1/3");
  CHECK(json["changed"] == true);
  REQUIRE(json["indicators"].size() == 3);
  CHECK(json["indicators"][2] == Json{{"id", "6.2.1"},
                                      {"name", "定级备案"},
                                      {"name_en", "Protection-level grading and filing"},
                                      {"level", 3},
                                      {"old", 2},
                                      {"old_exact", "2"},
                                      {"new", 1.67},
                                      {"new_exact", "5/3"},
                                      {"delta", -0.33},
                                      {"delta_exact", "-1/3"},
                                      {"max", 2},
                                      {"old_status", "evaluated"},
                                      {"new_status", "evaluated"}});
  CHECK(json["gains"] == Json::array());
  CHECK(json["losses"] == Json{"6.2.1"});
  CHECK(json["items"] == Json::array({{{"id", "6.2.1.3"}, {"indicator", "6.2.1"}, {"old", "full"}, {"new", "partly"}}}));
  CHECK(json["only_old"] == Json::array());
  CHECK(json["only_new"] == Json::array());
}

TEST_CASE("compare CLI: different trees are refused, or compared by the IDs in both", "[compare][cli]") {
  SECTION("refused: exit 1, nothing on stdout, a message naming both schemes") {
    RunResult result = run_cli({"compare", small_ten_2024, small_ten_2025});
    CHECK(result.exit_code == exit_invalid_input);
    CHECK(result.out.empty());
    const std::string line =
        "cityseceval: error: tests/data/compare/small-ten-2024.yaml is scored with scheme small-ten 0.1 and "
        "tests/data/compare/small-ten-2025.yaml with scheme small-ten 0.2: assessments of different indicator "
        "trees are not compared; use --allow-different-trees to compare only the indicators and items present in both";
    CHECK(result.err == line + "\n");
    RunResult zh = run_cli({"compare", small_ten_2024, small_ten_2025, "--lang", "zh"});
    check_chinese(result.first_error_line(), zh.first_error_line());
  }
  SECTION("allowed: the numbers of both files' headers, and what is in one tree only") {
    RunResult result = run_cli({"compare", small_ten_2024, small_ten_2025, "--allow-different-trees"});
    CHECK(result.exit_code == exit_ok);
    CHECK(result.err.empty());
    CHECK(result.out ==
          "Scheme  Small ten-point scheme (small-ten 0.1) → Small ten-point scheme (small-ten 0.2)\n"
          "City    苏州市\n"
          "Period  2024 → 2025\n"
          "Files   tests/data/compare/small-ten-2024.yaml → tests/data/compare/small-ten-2025.yaml\n"
          "Score   6.3 → 7.8 (+1.5)\n"
          "Grade   Pass → Pass\n"
          "\n"
          "Biggest gains\n"
          "  1.1  Rules  +1.3\n"
          "  1.2  Staff  +0.2\n"
          "\n"
          "Biggest losses\n"
          "  2.1  Protection  -0.8\n"
          "\n"
          "Indicators that changed\n"
          "ID     Indicator   Old  New  Delta        Max\n"
          "1      Management  3.0  5.2   +2.2        6.0\n"
          "  1.1  Rules       1.2  2.5   +1.3        2.5\n"
          "  1.2  Staff       1.8  2.0   +0.2  3.5 → 2.0\n"
          "2      Technology  3.3  2.5   -0.8        4.0\n"
          "  2.1  Protection  3.3  2.5   -0.8        4.0\n"
          "\n"
          "Items that changed\n"
          "Item   Indicator  Old → New\n"
          "1.1.1  1.1 Rules  fair → good\n"
          "\n"
          "Not compared (in one tree only)\n"
          "  Only in OLD  1.2.2\n"
          "  Only in NEW  1.3, 2.1.4\n");
  }
  SECTION("allowed, in JSON: only_old, only_new, the old scheme and a changed maximum") {
    RunResult result = run_cli({"compare", small_ten_2024, small_ten_2025, "--allow-different-trees", "--format", "json"});
    CHECK(result.exit_code == exit_ok);
    const Json json = Json::parse(result.out);
    CHECK(json["only_old"] == Json{"1.2.2"});
    CHECK(json["only_new"] == Json{"1.3", "2.1.4"});
    CHECK(json["scheme"]["version"] == "0.2");
    CHECK(json["old_scheme"]["version"] == "0.1");
    CHECK(json["delta"] == 1.5);
    CHECK(json["delta_exact"] == "17/12");
    CHECK(json["indicators"][2]["id"] == "1.2");
    CHECK(json["indicators"][2]["max"] == 2);
    CHECK(json["indicators"][2]["old_max"] == 3.5);
    CHECK(json["indicators"][0]["delta"] == 2.2);
    CHECK(json["indicators"][0]["delta_exact"] == "9/4");
    CHECK(json["gains"] == Json{"1.1", "1.2"});
    CHECK(json["losses"] == Json{"2.1"});
  }
  SECTION("--tree scores both with one tree: the same tree") {
    RunResult result = run_cli({"compare", small_ten_2024, small_ten_2024, "--tree", "tests/data/trees/small-ten.yaml"});
    CHECK(result.exit_code == exit_ok);
    CHECK_THAT(result.out, Catch::Contains("Nothing changed"));
  }
}

TEST_CASE("compare CLI: two cities, two scopes: compared, with a warning", "[compare][cli]") {
  TempDir directory;
  directory.write("old.yaml", source_text(all_full));
  SECTION("two cities") {
    directory.write("new.yaml", all_full_with({}, "无锡市"));
    RunResult result = run_in(directory, {"compare", "old.yaml", "new.yaml"});
    CHECK(result.exit_code == exit_ok);
    CHECK_THAT(result.out, Catch::Contains("City    苏州市 → 无锡市\n"));
    CHECK(first_line_pinned(directory, {"compare", "old.yaml", "new.yaml"}) ==
          "cityseceval: warning: old.yaml is an assessment of \"苏州市\" and new.yaml of \"无锡市\": comparing two "
          "different cities");
  }
  SECTION("a full evaluation and a special one") {
    // NEW evaluates dimension 7 only, all full: 30 of 30 scaled to 100, so the composite is 100 both times;
    // every other dimension becomes not evaluated.
    const Scheme& scheme = builtin_scheme();
    std::string special =
        cityseceval::testing::assessment_text(scheme, "full", only_in(scheme, {"7"}), "scope: [\"7\"]\n");
    special.replace(special.find("测试市"), std::string("测试市").size(), "苏州市");
    directory.write("new.yaml", special);
    RunResult result = run_in(directory, {"compare", "old.yaml", "new.yaml"});
    CHECK(result.exit_code == exit_ok);
    CHECK_THAT(result.out, Catch::Contains("Scope   every dimension → 7 Risk control\n"
                                           "Score   100.00 → 100.00 (0.00) (scaled to 100 from the part evaluated)\n"));
    CHECK(squeezed_line(result.out, "6 ") == "6 Policy and regulation implementation 20.00 — — 20.00 "
                                              "evaluated → not evaluated");
    CHECK(first_line_pinned(directory, {"compare", "old.yaml", "new.yaml"}) ==
          "cityseceval: warning: old.yaml evaluates every dimension and new.yaml evaluates only 7 (Risk control): "
          "the composite of a special evaluation is scaled to 100 from the part evaluated, so the two composites "
          "do not cover the same indicators");
  }
}

TEST_CASE("compare CLI: a points-sum scheme compares facts and their points", "[compare][cli]") {
  // examples/lanting-district-2025.yaml (its header works out every item), with three facts changed:
  //   1.1.3 per-count 0.5 cap 2: 3 -> 4, points 1.5 -> 2 (1.1: 3.5 -> 4, +0.5)
  //   1.3.1 ratio-thresholds 0.7 -> 1, 0.9 -> 2: 14/20 -> 18/20 = 0.9, points 1 -> 2 (1.3: 1.5 -> 2.5, +1)
  //   5.5.2 choice: none (-2) -> on-time (2) (5.5: 1 - 2 = -1 -> 1 + 2 = 3, +4)
  //   sections 1: 7.5 -> 9; 5: 12.9 -> 16.9; all sections 59.85 -> 65.35; bonus 6 (under its cap)
  //   total 65.85 -> 71.35, reported (one decimal, half up) 65.9 -> 71.4: +5.5, exact 11/2
  TempDir directory;
  const std::string old_text = source_text("examples/lanting-district-2025.yaml");
  std::string new_text;
  for (const std::string& line : cityseceval::testing::lines_of(old_text)) {
    std::string written = line;
    if (line == "  1.1.3: 3") written = "  1.1.3: 4";
    if (line.starts_with("  1.3.1: ")) written = "  1.3.1: {numerator: 18, denominator: 20}";
    if (line.starts_with("  5.5.2: ")) written = "  5.5.2: on-time";
    new_text += written + "\n";
  }
  directory.write("old.yaml", old_text);
  directory.write("new.yaml", new_text);
  RunResult result = run_in(directory, {"compare", "old.yaml", "new.yaml", "--format", "json"});
  CHECK(result.exit_code == exit_ok);
  CHECK(result.err.empty());
  const Json json = Json::parse(result.out);
  CHECK(json["old"]["score"] == 65.9);
  CHECK(json["new"]["score"] == 71.4);
  CHECK(json["new"]["score_exact"] == "1427/20");
  CHECK(json["new"]["grade"].is_null());
  CHECK(json["delta"] == 5.5);
  CHECK(json["delta_exact"] == "11/2");
  CHECK(json["gains"] == Json{"5.5", "1.3", "1.1"});
  CHECK(json["losses"] == Json::array());
  CHECK(json["items"] == Json::parse(R"([
    {"id": "1.1.3", "indicator": "1.1", "old": 3, "new": 4,
     "old_points": 1.5, "old_points_exact": "3/2", "new_points": 2, "new_points_exact": "2"},
    {"id": "1.3.1", "indicator": "1.3", "old": {"numerator": 14, "denominator": 20},
     "new": {"numerator": 18, "denominator": 20},
     "old_points": 1, "old_points_exact": "1", "new_points": 2, "new_points_exact": "2"},
    {"id": "5.5.2", "indicator": "5.5", "old": "none", "new": "on-time",
     "old_points": -2, "old_points_exact": "-2", "new_points": 2, "new_points_exact": "2"}])"));
  std::vector<std::string> changed;
  for (const Json& row : json["indicators"]) changed.push_back(row["id"]);
  CHECK(changed == std::vector<std::string>{"1", "1.1", "1.3", "5", "5.5"});

  SECTION("text: the fact as written and the points, old → new") {
    RunResult text = run_in(directory, {"compare", "old.yaml", "new.yaml", "--lang", "en"});
    CHECK_THAT(text.out, Catch::Contains("Score   65.9 → 71.4 (+5.5)\nGrade   (this scheme defines no grades)\n"));
    CHECK_THAT(text.out, Catch::Contains("1.3.1  1.3 Mechanism building in Party and government agencies              "
                                         "14/20 → 18/20    1.0 → 2.0\n"));
    CHECK_THAT(text.out, Catch::Contains("none → on-time  -2.0 → 2.0\n"));
  }
  SECTION("a note alone changed is no change") {
    std::string noted = old_text;
    const std::string note = "note: \"20個部門中14個報送名單,恰為70%\"";
    noted.replace(noted.find(note), note.size(), "note: \"另一個說明\"");
    directory.write("noted.yaml", noted);
    CHECK_THAT(run_in(directory, {"compare", "old.yaml", "noted.yaml"}).out, Catch::Contains("Nothing changed"));
  }
}

TEST_CASE("compare CLI: usage errors and invalid input", "[compare][cli]") {
  SECTION("one file, or three: a usage error") {
    RunResult one = run_cli({"compare", all_full});
    CHECK(one.exit_code == exit_usage);
    CHECK(one.out.empty());
    CHECK(one.err == "cityseceval: error: compare takes two assessments, OLD and NEW; got 1\n");
    RunResult zh = run_cli({"compare", all_full, "--lang", "zh"});
    check_chinese(one.first_error_line(), zh.first_error_line());
    CHECK(run_cli({"compare", all_full, all_full, all_full}).exit_code == exit_usage);
  }
  SECTION("-o never overwrites an input") {
    TempDir directory;
    directory.write("old.yaml", source_text(all_full));
    directory.write("new.yaml", source_text(all_full));
    RunResult result = run_in(directory, {"compare", "old.yaml", "new.yaml", "-o", "new.yaml"});
    CHECK(result.exit_code == exit_usage);
    CHECK(result.out.empty());
    CHECK(result.err == "cityseceval: error: -o new.yaml would overwrite the input file new.yaml\n");
    CHECK(read_bytes(directory.file("new.yaml")) == source_text(all_full));
  }
  SECTION("-o writes the report") {
    TempDir directory;
    RunResult result = run_cli({"compare", all_full, all_full, "--format", "markdown", "-o", directory.file("c.md")});
    CHECK(result.exit_code == exit_ok);
    CHECK(result.out.empty());
    auto written = read_bytes(directory.file("c.md"));
    REQUIRE(written);
    CHECK_THAT(*written, Catch::StartsWith("# Comparison of two assessments\n"));
  }
  SECTION("an invalid file: its diagnostics, exit 1, nothing on stdout") {
    RunResult result = run_cli({"compare", all_full, "tests/data/bad/rating-misspelt.yaml"});
    CHECK(result.exit_code == exit_invalid_input);
    CHECK(result.out.empty());
    CHECK_THAT(result.first_error_line(), Catch::StartsWith("tests/data/bad/rating-misspelt.yaml:"));
  }
  SECTION("standard input as one of them") {
    RunOptions options;
    options.stdin_text = source_text(all_full);
    RunResult result = run_cli({"compare", all_full, "-"}, options);
    CHECK(result.exit_code == exit_ok);
    CHECK_THAT(result.out, Catch::Contains("Files   tests/data/good/all-full.yaml → <stdin>\n"));
    CHECK(run_cli({"compare", "-", "-"}, options).exit_code == exit_usage);
  }
}
