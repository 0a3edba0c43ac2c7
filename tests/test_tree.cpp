// The built-in indicator tree against the seed standard: counts, points,
// names, items, scale and bands, all checked against what Table B.1, Table A.1
// and Table B.2 print. Plus a tree file of another shape, which must load and
// score with no code change.
#include <catch2/catch.hpp>

#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "cityseceval/assessment.h"
#include "cityseceval/input.h"
#include "cityseceval/load.h"
#include "cityseceval/score.h"
#include "cityseceval/tree.h"
#include "support.h"

using namespace cityseceval;
using namespace cityseceval::testing;

namespace {




void for_each_indicator(const std::vector<Indicator>& indicators, const std::function<void(const Indicator&)>& visit) {
  for (const Indicator& indicator : indicators) {
    visit(indicator);
    for_each_indicator(indicator.children, visit);
  }
}

const Indicator& indicator(const Scheme& scheme, std::string_view id) {
  const Indicator* found = scheme.find_indicator(id);
  INFO("indicator " << id);
  REQUIRE(found != nullptr);
  return *found;
}

const Item& item(const Scheme& scheme, std::string_view indicator_id, std::size_t number) {
  const Indicator& owner = indicator(scheme, indicator_id);
  REQUIRE(number >= 1);
  REQUIRE(number <= owner.items.size());
  return owner.items[number - 1];
}

// Table B.1's item texts, read straight from the seed: every line between the
// table's caption and its footer that is a tab, a number and "、"; the number
// and the surrounding spaces are not part of the text.
std::vector<std::string> seed_table_items(const std::string& seed) {
  std::vector<std::string> items;
  std::istringstream lines(seed);
  std::string line;
  bool in_table = false;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.starts_with("表B.1")) in_table = true;
    if (line.starts_with("表格中的1级")) break;
    if (!in_table || line.size() < 2 || line[0] != '\t') continue;
    std::size_t digits = 1;
    while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
    const std::string enumeration_comma = "、";
    if (digits == 1 || line.compare(digits, enumeration_comma.size(), enumeration_comma) != 0) continue;
    std::string text = line.substr(digits + enumeration_comma.size());
    const auto first = text.find_first_not_of(" \t");
    const auto last = text.find_last_not_of(" \t");
    items.push_back(first == std::string::npos ? "" : text.substr(first, last - first + 1));
  }
  return items;
}

}  // namespace

TEST_CASE("the built-in tree has Table B.1's shape: 5 / 21 / 53 indicators and 144 items", "[tree]") {
  const Scheme& scheme = builtin_scheme();
  CHECK(scheme.id == "city-cybersecurity");
  CHECK(scheme.indicators.size() == 5);
  std::size_t level_two = 0;
  for (const Indicator& top : scheme.indicators) level_two += top.children.size();
  CHECK(level_two == 21);  // 5 + 6 + 3 + 3 + 4 level-2 indicators under 6..10
  CHECK(scheme.rated_indicators().size() == 53);
  for (const Indicator* rated : scheme.rated_indicators()) {
    INFO(rated->id);
    CHECK(rated->level == 3);
    CHECK(rated->children.empty());
  }
  CHECK(scheme.item_count() == 144);
}

TEST_CASE("every parent's points are the sum of its children's, 100 in all", "[tree]") {
  const Scheme& scheme = builtin_scheme();
  for_each_indicator(scheme.indicators, [](const Indicator& parent) {
    if (parent.children.empty()) return;
    Rational sum;
    for (const Indicator& child : parent.children) sum += child.points;
    INFO(parent.id);
    CHECK(sum == parent.points);
  });
  Rational total;
  for (const Indicator& top : scheme.indicators) total += top.points;
  CHECK(total == Rational(100));
  CHECK(scheme.max_points == Rational(100));
}

TEST_CASE("the level-1 dimensions are 6..10 with 20/30/15/15/20 points", "[tree]") {
  const Scheme& scheme = builtin_scheme();
  REQUIRE(scheme.indicators.size() == 5);
  const std::vector<std::pair<std::string, long>> expected = {{"6", 20}, {"7", 30}, {"8", 15}, {"9", 15}, {"10", 20}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CHECK(scheme.indicators[i].id == expected[i].first);
    CHECK(scheme.indicators[i].points == Rational(expected[i].second));
    CHECK(scheme.indicators[i].level == 1);
  }
  // Table B.1 names the dimensions; clauses 6-10 head them.
  CHECK(indicator(scheme, "6").name == "政策规范");
  CHECK(indicator(scheme, "6").heading == "政策规范实施");
  CHECK(indicator(scheme, "7").name == "风险控制");
  CHECK(indicator(scheme, "8").name == "网络安全文化");
  CHECK(indicator(scheme, "9").name == "研究创新");
  CHECK(indicator(scheme, "10").name == "发展协同");
}

TEST_CASE("names and headings follow Table B.1 and the clause headings", "[tree]") {
  const Scheme& scheme = builtin_scheme();
  // Table B.1 shows "/" as 6.1's only level-3 indicator; the tree names it after 6.1.
  CHECK(indicator(scheme, "6.1.1").name == "基本制度规范");
  CHECK(indicator(scheme, "6.1.1").points == Rational(3));
  CHECK(indicator(scheme, "6.1").heading == "基本制度规范实施");
  // Clause 9.1.1 is headed 政府网络安全创新; Table B.1 adds 经费支出.
  CHECK(indicator(scheme, "9.1.1").name == "政府网络安全创新经费支出");
  CHECK(indicator(scheme, "9.1.1").heading == "政府网络安全创新");
  CHECK(indicator(scheme, "9.1.1").points == Rational(2));
  // Table B.1 keeps the typo 实施 for 设施 in 6.3's name.
  CHECK(indicator(scheme, "6.3").name == "关键信息基础实施保护");
  CHECK(indicator(scheme, "6.2.1").name == "定级备案");
  CHECK(indicator(scheme, "10.3.1").name == "城市间合作");
  CHECK(indicator(scheme, "10.3.1").points == Rational(3));
  CHECK(indicator(scheme, "7.5.2").points == Rational(1));
  // Where name and heading agree the heading is left empty.
  CHECK(indicator(scheme, "7").heading.empty());
}

TEST_CASE("item texts are Table B.1's, verbatim", "[tree]") {
  const Scheme& scheme = builtin_scheme();
  CHECK(item(scheme, "6.1.1", 1).id == "6.1.1.1");
  CHECK(item(scheme, "6.1.1", 1).text ==
        "制定网络安全等级保护相关安全管理制度和操作规程，包括但不限于：依据法律法规，建立专门的等级保护工作机构、"
        "工作制度、工作流程及工作规范；对于关键信息基础设施，在等级保护基础上，建立专门的工作机制。");
  CHECK(item(scheme, "7.5.2", 2).id == "7.5.2.2");
  // No final 。 in the source.
  CHECK(item(scheme, "7.5.2", 2).text ==
        "监测与综合分析城市中各政府部门和各企业暴露在互联网上的网站、APP和重要系统所遭遇的各种主要的网络攻击情况，"
        "例如有害程序、拒绝服务攻击、后门攻击、漏洞攻击、网络扫描窃听、信息篡改、信息泄露、信息内容安全等");
  CHECK(item(scheme, "10.3.1", 3).id == "10.3.1.3");
  // 合做 is the source's typo for 合作.
  CHECK(item(scheme, "10.3.1", 3).text == "与其他城市在产业合作、支撑性力量等领域合做上已经取得一定成效（直接得分项）。");
}

TEST_CASE("10.3.1.3 is the only direct-score item", "[tree]") {
  const Scheme& scheme = builtin_scheme();
  std::vector<std::string> direct;
  for (const Indicator* rated : scheme.rated_indicators()) {
    for (const Item& each : rated->items) {
      if (std::get<RatedItem>(each.kind).direct_score) direct.push_back(each.id);
    }
  }
  CHECK(direct == std::vector<std::string>{"10.3.1.3"});
}

TEST_CASE("the rating scale is Table A.1", "[tree]") {
  const RatingScale& scale = std::get<RatingMean>(builtin_scheme().aggregation).scale;
  const auto& levels = scale.levels;
  REQUIRE(levels.size() == 4);
  CHECK(levels[0].id == "full");
  CHECK(levels[0].name == "全部满足");
  CHECK(levels[0].value == Rational(1));
  CHECK(levels[1].id == "mostly");
  CHECK(levels[1].name == "大部分满足");
  CHECK(levels[1].value == Rational(4, 5));
  CHECK(levels[2].id == "partly");
  CHECK(levels[2].name == "部分满足");
  CHECK(levels[2].value == Rational(1, 2));
  CHECK(levels[3].id == "none");
  CHECK(levels[3].name == "不满足");
  CHECK(levels[3].value == Rational(0));
  // Each level is found by id, by Chinese word and by value.
  CHECK(scale.find_word("大部分满足") == &levels[1]);
  CHECK(scale.find_word("partly") == &levels[2]);
  CHECK(scale.find_value(Rational(4, 5)) == &levels[1]);
  CHECK(scale.find_word("Full") == nullptr);
  CHECK(scale.find_value(Rational(3, 5)) == nullptr);
}

TEST_CASE("the grade bands are Table B.2 plus unqualified, tiling 0..100", "[tree]") {
  const Scheme& scheme = builtin_scheme();
  CHECK(scheme.precision.decimals == 2);
  CHECK(scheme.precision.rounding == Rounding::half_up);
  const auto& bands = scheme.grades;
  REQUIRE(bands.size() == 4);
  struct Expected {
    const char* id;
    const char* name;
    long min;
    bool min_inclusive;
    long max;
    bool max_inclusive;
  };
  const Expected expected[] = {{"excellent", "优秀", 85, true, 100, true},
                               {"good", "良好", 75, true, 85, false},
                               {"qualified", "合格", 60, true, 75, false},
                               {"unqualified", "不合格", 0, true, 60, false}};
  for (std::size_t i = 0; i < bands.size(); ++i) {
    INFO(expected[i].id);
    CHECK(bands[i].id == expected[i].id);
    CHECK(bands[i].name == expected[i].name);
    CHECK(bands[i].min == Rational(expected[i].min));
    CHECK(bands[i].min_inclusive == expected[i].min_inclusive);
    CHECK(bands[i].max == Rational(expected[i].max));
    CHECK(bands[i].max_inclusive == expected[i].max_inclusive);
  }
  CHECK(scheme.grade_for(Rational(85))->id == "excellent");
  CHECK(scheme.grade_for(Rational(100))->id == "excellent");
  CHECK(scheme.grade_for(Rational(8499, 100))->id == "good");
  CHECK(scheme.grade_for(Rational(60))->id == "qualified");
  CHECK(scheme.grade_for(Rational(0))->id == "unqualified");
  CHECK(scheme.grade_for(Rational(101)) == nullptr);
}

TEST_CASE("the tree's 144 item texts are Table B.1's items, in order", "[tree]") {
  const Scheme& scheme = builtin_scheme();
  const std::vector<std::string> from_seed =
      seed_table_items(read_source_file("tests/data/seeds/city-cybersecurity-evaluation-indicators.txt"));
  std::vector<std::string> from_tree;
  for (const Indicator* rated : scheme.rated_indicators()) {
    for (const Item& each : rated->items) from_tree.push_back(each.text);
  }
  REQUIRE(from_seed.size() == 144);
  REQUIRE(from_tree.size() == 144);
  for (std::size_t i = 0; i < from_seed.size(); ++i) {
    INFO("item " << i + 1 << " of 144");
    CHECK(from_tree[i] == from_seed[i]);
  }
}

TEST_CASE("a tree of another shape loads and scores with no code change", "[tree]") {
  const Scheme scheme = load_test_tree("tests/data/trees/small-ten.yaml");
  CHECK(scheme.max_points == Rational(10));
  CHECK(std::get<RatingMean>(scheme.aggregation).scale.levels.size() == 3);
  CHECK(scheme.grades.size() == 2);
  CHECK(scheme.precision.decimals == 1);
  CHECK(scheme.precision.rounding == Rounding::half_even);
  CHECK(scheme.rated_indicators().size() == 3);
  CHECK(scheme.item_count() == 6);

  auto score_text = [&](std::string_view ratings) {
    Diagnostics diagnostics;
    std::string text = "city: 测试市\nratings:\n" + std::string(ratings);
    auto assessment = read_assessment(text, "small.yaml", scheme, diagnostics);
    INFO((diagnostics.all().empty() ? std::string() : format_diagnostic(diagnostics.all()[0], Language::en)));
    REQUIRE(assessment);
    return score(scheme, *assessment);
  };

  // 1.1 good: 2.5 * 1 = 2.5; 1.2 [good, poor]: 3.5 * (1 + 0)/2 = 1.75;
  // 2.1 [good, fair, poor]: 4 * (1 + 0.5 + 0)/3 = 4 * 1/2 = 2.
  // M = 2.5 + 1.75 + 2 = 6.25 = 25/4; one decimal half-even: 62.5 tenths, 62 even -> 6.2
  // (half-up would say 6.3); 6.2 >= 6 -> pass.
  ScoreResult mixed = score_text("  1.1: [good]\n  1.2: [好, 差]\n  2.1: [good, 一般, 0]\n");
  CHECK(mixed.composite == Rational(25, 4));
  CHECK(mixed.reported == Rational(62, 10));
  CHECK(mixed.format(mixed.reported) == "6.2");
  REQUIRE(mixed.grade != nullptr);
  CHECK(mixed.grade->id == "pass");
  CHECK(mixed.indicators[0].earned == Rational(17, 4));  // 2.5 + 1.75 = 4.25
  CHECK(mixed.indicators[1].earned == Rational(2));

  // Every item fair: each indicator earns half its points, M = 10 / 2 = 5 -> "5.0", fail.
  ScoreResult fair = score_text("  1.1: [fair]\n  1.2: [fair, 0.5]\n  2.1: [fair, fair, fair]\n");
  CHECK(fair.composite == Rational(5));
  CHECK(fair.format(fair.reported) == "5.0");
  REQUIRE(fair.grade != nullptr);
  CHECK(fair.grade->id == "fail");

  // 1.1 and 1.2 good, 2.1 poor: 2.5 + 3.5 + 0 = 6 exactly, the lower bound of pass.
  ScoreResult six = score_text("  1.1: [good]\n  1.2: [good, good]\n  2.1: [poor, poor, poor]\n");
  CHECK(six.composite == Rational(6));
  REQUIRE(six.grade != nullptr);
  CHECK(six.grade->id == "pass");
}
