// The renderers on a points-sum scheme (docs/json-output.md, "Rule-based
// schemes"): every item's fact, rule and points, the floors and caps that
// changed a sum, and the bonus block, so that an auditor can redo every number.
//
// The scheme is tests/data/trees/rules-small.yaml; the assessment below is
// worked out by hand (1 decimal, half up):
//   1 管理 (max 8, floor 0)
//     1.1 制度 (max 5)
//       1.1.1 present 1, true                                  -> 1
//       1.1.2 present 2 / absent -2, true                      -> 2
//       1.1.3 per-count 0.5 cap 2, 3: 3 × 0.5 = 1.5 (< 2)       -> 1.5 (exact 3/2)
//       1 + 2 + 1.5 = 4.5
//     1.2 演练 (max 3)
//       1.2.1 choice, drill                                    -> 3
//     section 4.5 + 3 = 7.5 (floor 0 not reached: no "raw")
//   2 技术 (max 2, floor 0)
//     2.1 防护 (max 2)
//       2.1.1 proportional 1, 1/4: 1 × 1/4 = 0.25, half up     -> 0.3 (exact 3/10)
//       2.1.2 composite: systems per-count 0.5 cap 1, 0 -> 0;
//             missing per-missing -0.5, [portal, mail]: 2 × -0.5 = -1;
//             0 - 1                                            -> -1
//       0.3 - 1 = -0.7 (2.1 has no floor: it earns -0.7)
//     section raw -0.7 (exact -7/10), floored to 0
//   3 加分 (bonus, cap 3)
//     3.1 创新: 3.1.1 per-count 2, 2: 2 × 2                     -> 4
//     section raw 4, capped to 3
//   sections 7.5 + 0 = 7.5 (exact 15/2); bonus 4 -> 3;
//   total before the cap 7.5 + 3 = 10.5 (exact 21/2); total_cap 10 -> 10;
//   reported 10.0; no grades: "grade": null.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "cityseceval/input.h"
#include "cityseceval/render.h"
#include "cityseceval/score.h"
#include "run_binary.h"
#include "support.h"

using namespace cityseceval;
using Json = nlohmann::ordered_json;

using cityseceval::testing::lines_of;

namespace {

constexpr const char* assessment_text = R"(city: 青石区
period: "2025"
facts:
  1.1.1: true
  1.1.2: true
  1.1.3: {value: 3, note: 三份会议纪要}
  1.2.1: drill
  2.1.1: {numerator: 1, denominator: 4}
  2.1.2: {systems: 0, missing: [portal, mail], note: 名录尚未建立}
  3.1.1: 2
)";

// The scheme (loaded by load_tree through the cache), the assessment and the
// result, once. The result points into both, so all three are kept.
const ScoreResult& rules_small() {
  static SchemeCache schemes;
  static const LoadedAssessment loaded = [] {
    Diagnostics diagnostics;
    SchemeChoice choice;
    choice.tree_file = testing::source_path("tests/data/trees/rules-small.yaml");
    auto read = load_assessment(assessment_text, "qingshi.yaml", choice, schemes, diagnostics);
    INFO((diagnostics.all().empty() ? std::string() : format_diagnostic(diagnostics.all()[0], Language::en)));
    REQUIRE(read);
    CHECK(diagnostics.empty());
    return std::move(*read);
  }();
  static const ScoreResult result = score(*loaded.scheme, loaded.assessment);
  return result;
}

std::vector<std::string> keys_of(const Json& object) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : object.items()) keys.push_back(key);
  return keys;
}

const Json* find_node(const Json& nodes, const std::string& id) {
  for (const Json& node : nodes) {
    if (node.at("id") == id) return &node;
    if (node.contains("children")) {
      if (const Json* found = find_node(node.at("children"), id)) return found;
    }
  }
  return nullptr;
}

const Json& indicator(const Json& json, const std::string& id) {
  const Json* node = find_node(json.at("indicators"), id);
  INFO("indicator " << id);
  REQUIRE(node != nullptr);
  return *node;
}

const Json& item(const Json& json, const std::string& id) {
  const Json& node = indicator(json, id.substr(0, id.rfind('.')));
  for (const Json& entry : node.at("items")) {
    if (entry.at("id") == id) return entry;
  }
  FAIL("no item " << id);
  static const Json none;
  return none;
}

std::string spaces(std::size_t n) { return std::string(n, ' '); }

bool has_line(const std::string& text, const std::string& expected) {
  for (const std::string& line : lines_of(text)) {
    if (line == expected) return true;
  }
  return false;
}

}  // namespace

// --- JSON ---------------------------------------------------------------------------

TEST_CASE("JSON, points-sum: the top level and the bonus block", "[render-rules]") {
  Json json = Json::parse(render_json(rules_small()));
  CHECK(keys_of(json) == std::vector<std::string>{"scheme", "assessment", "score", "score_exact", "max", "bonus",
                                                  "grade", "indicators", "generator"});
  // min(7.5 + 3, 10) = 10.
  CHECK(json["score"] == 10);
  CHECK(json["score_exact"] == "10");
  CHECK(json["max"] == 10);
  CHECK(json["grade"].is_null());
  const Json& bonus = json["bonus"];
  CHECK(keys_of(bonus) == std::vector<std::string>{"sections", "sections_exact", "raw", "raw_exact", "capped",
                                                   "capped_exact", "cap", "total_before_cap",
                                                   "total_before_cap_exact", "total_cap"});
  CHECK(bonus["sections"] == 7.5);  // 7.5 + 0 (section 2 floored)
  CHECK(bonus["sections_exact"] == "15/2");
  CHECK(bonus["raw"] == 4);  // 2 × 2
  CHECK(bonus["raw_exact"] == "4");
  CHECK(bonus["capped"] == 3);  // min(4, 3)
  CHECK(bonus["capped_exact"] == "3");
  CHECK(bonus["cap"] == 3);
  CHECK(bonus["total_before_cap"] == 10.5);  // 7.5 + 3
  CHECK(bonus["total_before_cap_exact"] == "21/2");
  CHECK(bonus["total_cap"] == 10);
}

TEST_CASE("JSON, points-sum: raw only where a floor or a cap changed the sum", "[render-rules]") {
  Json json = Json::parse(render_json(rules_small()));
  // Section 1: 7.5, above its floor: no raw.
  const Json& management = indicator(json, "1");
  CHECK(keys_of(management) == std::vector<std::string>{"id", "level", "name", "name_en", "score", "score_exact",
                                                        "max", "percent", "children"});
  CHECK(management["score"] == 7.5);
  // Section 2: 0.3 - 1 = -0.7, floored to 0.
  const Json& technology = indicator(json, "2");
  CHECK(keys_of(technology) == std::vector<std::string>{"id", "level", "name", "name_en", "score", "score_exact",
                                                        "raw", "raw_exact", "max", "percent", "children"});
  CHECK(technology["score"] == 0);
  CHECK(technology["score_exact"] == "0");
  CHECK(technology["raw"] == -0.7);
  CHECK(technology["raw_exact"] == "-7/10");
  // 2.1 has no floor of its own: it earns the -0.7.
  CHECK(indicator(json, "2.1")["score_exact"] == "-7/10");
  CHECK_FALSE(indicator(json, "2.1").contains("raw"));
  // Section 3 (bonus): 4, capped to 3.
  const Json& bonus = indicator(json, "3");
  CHECK(bonus["score"] == 3);
  CHECK(bonus["raw"] == 4);
  CHECK(bonus["raw_exact"] == "4");
  CHECK(bonus["max"] == 3);
  // Rated indicators of a points-sum scheme have no direct-score rule.
  CHECK(keys_of(indicator(json, "1.1")) == std::vector<std::string>{"id", "level", "name", "name_en", "score",
                                                                    "score_exact", "max", "percent", "items"});
  CHECK(indicator(json, "1.1")["score"] == 4.5);  // 1 + 2 + 1.5
}

TEST_CASE("JSON, points-sum: each item's fact, rule and points", "[render-rules]") {
  Json json = Json::parse(render_json(rules_small()));
  const std::vector<std::string> item_keys = {"id", "fact", "rule", "points", "points_exact", "note",
                                                "evidence"};
  const std::vector<std::string> rule_keys = {"type", "description", "description_en", "explanation",
                                              "explanation_en"};

  const Json& present = item(json, "1.1.1");
  CHECK(keys_of(present) == item_keys);
  CHECK(keys_of(present["rule"]) == rule_keys);
  CHECK(present["fact"] == true);
  CHECK(present["rule"] == Json{{"type", "present"},
                                {"description", "有得 1 分"},
                                {"description_en", "1 if yes"},
                                {"explanation", "有 → 1"},
                                {"explanation_en", "yes → 1"}});
  CHECK(present["points"] == 1);
  CHECK(present["points_exact"] == "1");
  CHECK(present["note"].is_null());

  const Json& deduction = item(json, "1.1.2");
  CHECK(deduction["rule"]["description"] == "有得 2 分，无扣 2 分");
  CHECK(deduction["rule"]["description_en"] == "2 if yes, -2 if not");
  CHECK(deduction["points"] == 2);

  // 3 × 0.5 = 1.5, under the cap of 2.
  const Json& per_count = item(json, "1.1.3");
  CHECK(per_count["fact"] == 3);
  CHECK(per_count["rule"] == Json{{"type", "per-count"},
                                  {"description", "有一件得 0.5 分，加满 2 分止"},
                                  {"description_en", "0.5 per occurrence, at most 2"},
                                  {"explanation", "3 件 × 0.5，上限 2 → 1.5"},
                                  {"explanation_en", "3 × 0.5, capped at 2 → 1.5"}});
  CHECK(per_count["points"] == 1.5);
  CHECK(per_count["points_exact"] == "3/2");
  CHECK(per_count["note"] == "三份会议纪要");

  const Json& choice = item(json, "1.2.1");
  CHECK(choice["fact"] == "drill");
  CHECK(choice["rule"]["type"] == "choice");
  CHECK(choice["rule"]["description"] == "开展演练得 3 分，仅开展培训得 1 分，均未开展扣 1 分");
  CHECK(choice["rule"]["description_en"] == "drill: 3, training: 1, none: -1");
  CHECK(choice["rule"]["explanation"] == "开展演练 → 3");
  CHECK(choice["rule"]["explanation_en"] == "drill → 3");
  CHECK(choice["points"] == 3);

  // 1 × 1/4 = 0.25, a tie, half up to one decimal: 0.3; the rule itself rounds.
  const Json& proportional = item(json, "2.1.1");
  CHECK(proportional["fact"] == Json{{"numerator", 1}, {"denominator", 4}});
  CHECK(proportional["rule"]["type"] == "proportional");
  CHECK(proportional["rule"]["explanation"] == "1 × 1/4 = 0.25，保留 1 位小数（四舍五入）→ 0.3");
  CHECK(proportional["rule"]["explanation_en"] == "1 × 1/4 = 0.25, rounded half up to 1 decimal → 0.3");
  CHECK(proportional["points"] == 0.3);
  CHECK(proportional["points_exact"] == "3/10");

  // systems 0 -> 0; missing 2 × -0.5 = -1; 0 - 1 = -1.
  const Json& composite = item(json, "2.1.2");
  CHECK(composite["fact"] == Json{{"systems", 0}, {"missing", {"portal", "mail"}}});
  CHECK(composite["rule"]["type"] == "composite");
  CHECK(composite["rule"]["description"] ==
        "systems：有一件得 0.5 分，加满 1 分止；missing：每缺一项扣 0.5 分（门户网站、邮件系统）");
  CHECK(composite["rule"]["explanation"] ==
        "systems：0 件 × 0.5，上限 1 → 0；missing：缺 2 项（门户网站、邮件系统）× -0.5 → -1；合计 0 - 1 = -1");
  CHECK(composite["rule"]["explanation_en"] ==
        "systems: 0 × 0.5, capped at 1 → 0; missing: 2 missing (portal, mail) × -0.5 → -1; total 0 - 1 = -1");
  CHECK(composite["points"] == -1);
  CHECK(composite["points_exact"] == "-1");
  CHECK(composite["note"] == "名录尚未建立");

  // A bonus item: 2 × 2 = 4 (the section caps it, not the item).
  const Json& bonus = item(json, "3.1.1");
  CHECK(bonus["fact"] == 2);
  CHECK(bonus["rule"]["description"] == "有一件得 2 分");
  CHECK(bonus["points"] == 4);
}

// --- Text ---------------------------------------------------------------------------

TEST_CASE("Text, points-sum, Chinese: the bonus lines, the floor and cap, the items", "[render-rules]") {
  const std::string text = render_text(rules_small(), {Language::zh, false});
  // The header: how 10.0 came about.
  CHECK(has_line(text, "各部分合计  7.5 / 10"));
  CHECK(has_line(text, "加分项      4.0 → 3.0 (上限 3)"));
  CHECK(has_line(text, "加分后总分  10.5 → 10.0 (上限 10)"));
  CHECK(has_line(text, "综合得分    10.0 / 10"));
  CHECK(has_line(text, "等级        （本体系未定义等级）"));
  // Columns over the whole table: the ID as wide as "    1.1.1" (9), the name as 3.1.1's text
  // "获上级表彰，每项加 2 分。" (25 columns; no text reaches the 40 at which it would wrap),
  // the numbers 6 wide (the percent 7), two spaces between columns.
  CHECK(has_line(text, "编号" + spaces(5 + 2) + "指标" + spaces(21 + 2) + "  得分    满分   得分率"));
  // The floor of section 2 and the cap of section 3 on their rows.
  CHECK(has_line(text, "2" + spaces(8 + 2) + "技术" + spaces(21 + 2) +
                           "   0.0     2.0     0.0%  ░░░░░░░░░░  (下限 0: -0.7 → 0.0)"));
  CHECK(has_line(text, "3" + spaces(8 + 2) + "加分" + spaces(21 + 2) +
                           "   3.0     3.0   100.0%  ██████████  (上限 3: 4.0 → 3.0)"));
  CHECK(has_line(text, "  2.1" + spaces(4 + 2) + "防护" + spaces(21 + 2) + "  -0.7     2.0   -35.0%  ░░░░░░░░░░"));
  // Items under their indicator, one level deeper: the item's text, its points, its maximum,
  // no percent, and the fact as written.
  CHECK(has_line(text, "    1.1.1  有书面制度。" + spaces(13 + 2) + "   1.0     1.0" + spaces(2 + 7 + 2) + "事实: true"));
  CHECK(has_line(text, "    1.1.3  召开工作会议。" + spaces(11 + 2) + "   1.5     2.0" + spaces(11) + "事实: 3"));
  CHECK(has_line(text, "    1.2.1  开展应急演练或培训。" + spaces(5 + 2) + "   3.0     3.0" + spaces(11) + "事实: drill"));
  CHECK(has_line(text, "    2.1.1  各单位报送自查报告。" + spaces(5 + 2) + "   0.3     1.0" + spaces(11) + "事实: 1/4"));
  // The fact column is 40 wide (the longest note, the floor's, is 32): 2.1.2's fact of 43
  // columns wraps after "[portal," onto a line of its own, under the column.
  CHECK(has_line(text, "    2.1.2  重要系统纳入名录。" + spaces(7 + 2) + "  -1.0     1.0" + spaces(11) +
                           "事实: {systems: 0, missing: [portal,"));
  CHECK(has_line(text, spaces(9 + 2 + 25 + 2 + 6 + 2 + 6 + 2 + 7 + 2) + "mail]}"));
  // A bonus item has no maximum of its own.
  CHECK(has_line(text, "    3.1.1  获上级表彰，每项加 2 分。  " + std::string("   4.0       -") + spaces(11) + "事实: 2"));
}

TEST_CASE("Text, points-sum, English: the bonus lines and the items", "[render-rules]") {
  const std::string text = render_text(rules_small(), {Language::en, false});
  CHECK(has_line(text, "Sections          7.5 / 10"));
  CHECK(has_line(text, "Bonus             4.0 → 3.0 (cap 3)"));
  CHECK(has_line(text, "Total with bonus  10.5 → 10.0 (cap 10)"));
  CHECK(has_line(text, "Score             10.0 / 10"));
  CHECK(has_line(text, "2" + spaces(8 + 2) + "Technology" + spaces(15 + 2) +
                           "   0.0     2.0     0.0%  ░░░░░░░░░░  (floor 0: -0.7 → 0.0)"));
  CHECK(has_line(text, "    1.1.1  有书面制度。" + spaces(13 + 2) + "   1.0     1.0" + spaces(11) + "fact: true"));
  CHECK(has_line(text, "    1.2.1  开展应急演练或培训。" + spaces(5 + 2) + "   3.0     3.0" + spaces(11) + "fact: drill"));
}

// --- A fact that says whether the thing exists (有即得) ---------------------------------

// examples/lanting-district-2025.yaml records 4.3.1 as {exists: true}: special plans, no list of
// important systems, so no rate; 有即得 -> 1 (its header). The same district with a list of 12
// systems none of whose plans is for a listed one, {exists: true, numerator: 0, denominator: 12}:
// 0/12 = 0% < 40%, but there is one -> 1 as well, the total unchanged (1317/20).
TEST_CASE("JSON and text, points-sum: a ratio fact that says it exists keeps exists", "[render-rules]") {
  const std::string example = testing::read_source_file("examples/lanting-district-2025.yaml");
  const std::string written = "4.3.1: {exists: true, note:";
  REQUIRE(example.find(written) != std::string::npos);
  std::string listed = example;
  listed.replace(listed.find(written), written.size(), "4.3.1: {exists: true, numerator: 0, denominator: 12, note:");

  struct Case {
    const std::string* text;
    Json fact;
    const char* fact_text;
    const char* explanation_en;
  };
  const Case cases[] = {
      {&example, Json{{"exists", true}}, "exists: true", "exists (no base) → 1"},
      {&listed, Json{{"numerator", 0}, {"denominator", 12}, {"exists", true}}, "0/12, exists: true",
       "exists, ratio 0/12 = 0%, below ≥ 40% → 1"},
  };
  for (const Case& c : cases) {
    INFO(c.fact_text);
    SchemeCache schemes;
    Diagnostics diagnostics;
    auto loaded = load_assessment(*c.text, "lanting.yaml", {}, schemes, diagnostics);
    INFO((diagnostics.all().empty() ? std::string() : format_diagnostic(diagnostics.all()[0], Language::en)));
    REQUIRE(loaded);
    ScoreResult result = score(*loaded->scheme, loaded->assessment);
    CHECK(result.composite.exact_string() == "1317/20");
    Json json = Json::parse(render_json(result));
    const Json& plans = item(json, "4.3.1");
    CHECK(plans["fact"] == c.fact);
    CHECK(plans["rule"]["explanation_en"] == c.explanation_en);
    CHECK(plans["points"] == 1);
    const std::string text = render_text(result, {Language::en, false});
    CHECK(text.find(std::string("fact: ") + c.fact_text + "\n") != std::string::npos);
  }
}
