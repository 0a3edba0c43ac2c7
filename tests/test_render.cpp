// The two renderers through the API: the JSON contract (docs/json-output.md),
// checked by parsing the output, and the text layout, checked row by row and
// by the display column where every score ends. Expected values are worked
// out by hand from the hand-worked assessment tests/data/good/one-partial.yaml
// (its comment shows the arithmetic).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <deque>
#include <filesystem>
#include <memory>
#include <numeric>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "cityseceval/assessment.h"
#include "cityseceval/input.h"
#include "cityseceval/load.h"
#include "cityseceval/render.h"
#include "cityseceval/score.h"
#include "cityseceval/weights.h"
#include "json_support.h"
#include "run_binary.h"
#include "support.h"

using namespace cityseceval;
using namespace cityseceval::testing;
using Json = nlohmann::ordered_json;

namespace {


ScoreResult score_text(const std::string& text, const Scheme& scheme = builtin_scheme()) {
  Diagnostics diagnostics;
  auto assessment = read_assessment(text, "a.yaml", scheme, diagnostics);
  INFO((diagnostics.all().empty() ? std::string() : format_diagnostic(diagnostics.all()[0], Language::en)));
  REQUIRE(diagnostics.empty());
  REQUIRE(assessment);
  return score(scheme, *assessment);
}

// The hand-worked assessment: all full except 6.2.1 [full, mostly (with a note), partly].
const ScoreResult& one_partial() {
  static const ScoreResult result = [] {
    auto text = testing::read_bytes(testing::source_path("tests/data/good/one-partial.yaml"));
    REQUIRE(text);
    return score_text(*text);
  }();
  return result;
}

// Every rated indicator of the built-in scheme rated `word` on every item,
// except the indicators under `other_dimension`, rated `other_word`.
std::string uniform_assessment(const std::string& word, const std::string& other_dimension = "",
                               const std::string& other_word = "") {
  std::string text = "city: 苏州\nratings:\n";
  for (const Indicator* indicator : builtin_scheme().rated_indicators()) {
    bool other = !other_dimension.empty() && indicator->id.starts_with(other_dimension + ".");
    text += "  " + indicator->id + ": [";
    for (std::size_t i = 0; i < indicator->items.size(); ++i) text += (i ? ", " : "") + (other ? other_word : word);
    text += "]\n";
  }
  return text;
}

// Columns a terminal gives `text`: two for East Asian wide and fullwidth
// characters, one for the rest (written here independently of the library's
// utf8::display_width, which is what is under test).
std::size_t columns(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    unsigned char lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t cp = length == 1 ? lead : lead & (0xFF >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
                (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    width += wide ? 2 : 1;
    i += length;
  }
  return width;
}

std::string spaces(std::size_t n) { return std::string(n, ' '); }

// The table row of indicator `id` ("6.2.1"), found by its indented ID cell.
std::string row_of(const std::string& text, const std::string& id) {
  for (const std::string& line : lines_of(text)) {
    std::string cell = line.substr(0, line.find(' ', line.find_first_not_of(' ')));
    if (cell.find_first_not_of(' ') != std::string::npos && cell.substr(cell.find_first_not_of(' ')) == id) return line;
  }
  FAIL("no row for " << id);
  return "";
}

std::string strip_ansi(const std::string& text) { return std::regex_replace(text, std::regex("\x1b\\[[0-9;]*m"), ""); }

bool has_cjk(const std::string& text) {
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    // U+4E00..U+9FFF is E4 B8 80 .. E9 BF BF in UTF-8.
    unsigned char lead = static_cast<unsigned char>(text[i]);
    if (lead >= 0xE4 && lead <= 0xE9) return true;
  }
  return false;
}

bool is_ascii(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
}

// "p/q" in lowest terms with q > 1, or a whole "p".
bool is_exact_form(const std::string& text) {
  std::smatch match;
  if (!std::regex_match(text, match, std::regex("(-?[0-9]+)(?:/([0-9]+))?"))) return false;
  if (!match[2].matched) return true;
  long long p = std::stoll(match[1]), q = std::stoll(match[2]);
  return q > 1 && std::gcd(p, q) == 1;
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

struct TreeCounts {
  int by_level[4] = {0, 0, 0, 0};
  int items = 0;
};

// Checks the shape of every indicator object and counts them.
void check_indicators(const Json& nodes, int level, TreeCounts& counts) {
  for (const Json& node : nodes) {
    INFO("indicator " << node.value("id", "?"));
    REQUIRE(level <= 3);
    ++counts.by_level[level];
    CHECK(node.at("level") == level);
    CHECK(has_cjk(node.at("name").get<std::string>()));
    CHECK_FALSE(node.at("name_en").get<std::string>().empty());
    CHECK(is_ascii(node.at("name_en").get<std::string>()));
    CHECK(node.at("score").is_number());
    CHECK(is_exact_form(node.at("score_exact").get<std::string>()));
    CHECK(node.at("max").is_number());
    CHECK(node.at("percent").is_number());
    if (level < 3) {
      CHECK(keys_of(node) == std::vector<std::string>{"id", "level", "name", "name_en", "score", "score_exact", "max",
                                                      "percent", "children"});
      check_indicators(node.at("children"), level + 1, counts);
    } else {
      CHECK(keys_of(node) == std::vector<std::string>{"id", "level", "name", "name_en", "score", "score_exact", "max",
                                                      "percent", "direct_score_applied", "items"});
      for (const Json& item : node.at("items")) {
        CHECK(keys_of(item) == std::vector<std::string>{"id", "rating", "value", "note", "evidence"});
        ++counts.items;
      }
    }
  }
}

}  // namespace

// --- JSON ---------------------------------------------------------------------------

TEST_CASE("JSON: the top level of one result", "[render]") {
  const std::string text = render_json(one_partial());
  CHECK(text.back() == '\n');
  Json json = Json::parse(text);
  CHECK(keys_of(json) ==
        std::vector<std::string>{"scheme", "assessment", "score", "score_exact", "max", "grade", "indicators", "generator"});
  CHECK(json["scheme"] == Json{{"id", "city-cybersecurity"}, {"title", "数字政府 城市网络安全评价指标"}, {"version", "1.0"}});
  CHECK(json["assessment"] == Json{{"file", "a.yaml"}, {"city", "苏州市"}, {"period", "2024年度"}});
  // 1493/15 = 99.5333..., reported rounded half up to 2 decimals.
  CHECK(json["score"].is_number_float());
  CHECK(json["score"] == 99.53);
  CHECK_THAT(text, Catch::Contains("\"score\": 99.53,"));
  CHECK(json["score_exact"] == "1493/15");
  CHECK(json["max"] == 100);
  CHECK(json["grade"] == Json{{"id", "excellent"}, {"name", "优秀"}, {"name_en", "Excellent"}});
}

TEST_CASE("JSON: the hand-worked indicators", "[render]") {
  Json json = Json::parse(render_json(one_partial()));
  const Json& indicators = json["indicators"];
  REQUIRE(indicators.size() == 5);

  const Json* six = find_node(indicators, "6");
  REQUIRE(six);
  CHECK((*six)["score"] == 19.53);       // 293/15 = 19.5333...
  CHECK((*six)["score_exact"] == "293/15");
  CHECK((*six)["max"] == 20);
  CHECK((*six)["percent"] == 97.67);     // 293/300 = 97.666...%

  const Json* six_two = find_node(indicators, "6.2");
  REQUIRE(six_two);
  CHECK((*six_two)["level"] == 2);
  CHECK((*six_two)["name"] == "等级保护");
  CHECK((*six_two)["name_en"] == "Multi-level protection scheme implementation");
  CHECK((*six_two)["score"] == 3.53);    // 53/15 = 3.5333...
  CHECK((*six_two)["score_exact"] == "53/15");
  CHECK((*six_two)["max"] == 4);
  CHECK((*six_two)["percent"] == 88.33);  // 53/60 = 88.333...%
  REQUIRE((*six_two)["children"].size() == 2);

  const Json& rated = (*six_two)["children"][0];
  CHECK(rated["id"] == "6.2.1");
  CHECK(rated["level"] == 3);
  CHECK(rated["name"] == "定级备案");
  CHECK(rated["name_en"] == "Protection-level grading and filing");
  CHECK(rated["score"] == 1.53);         // 23/15 = 1.5333...
  CHECK(rated["score_exact"] == "23/15");
  CHECK(rated["max"] == 2);
  CHECK(rated["percent"] == 76.67);      // 23/30 = 76.666...%
  CHECK(rated["direct_score_applied"] == false);
  CHECK(rated["items"] == Json::parse(R"([
    {"id": "6.2.1.1", "rating": "full",   "value": 1,   "note": null,             "evidence": []},
    {"id": "6.2.1.2", "rating": "mostly", "value": 0.8, "note": "两年记录缺一年", "evidence": []},
    {"id": "6.2.1.3", "rating": "partly", "value": 0.5, "note": null,             "evidence": []}
  ])"));

  const Json* whole = find_node(indicators, "6.2.2");
  REQUIRE(whole);
  CHECK((*whole)["score"] == 2);
  CHECK((*whole)["score_exact"] == "2");
  CHECK((*whole)["percent"] == 100);

  const Json* seven = find_node(indicators, "7");
  REQUIRE(seven);
  CHECK((*seven)["score_exact"] == "30");
  CHECK((*seven)["name_en"] == "Risk control");
}

TEST_CASE("JSON: every indicator down to the items has the contract's keys", "[render]") {
  Json json = Json::parse(render_json(one_partial()));
  TreeCounts counts;
  check_indicators(json["indicators"], 1, counts);
  CHECK(counts.by_level[1] == 5);
  CHECK(counts.by_level[2] == 21);
  CHECK(counts.by_level[3] == 53);
  CHECK(counts.items == 144);
}

TEST_CASE("JSON: each grade id for a hand-worked composite", "[render]") {
  struct Case {
    const char* name;
    std::string text;
    Json score;
    const char* exact;
    Json grade;
  };
  const Case cases[] = {
      {"all full: 100", uniform_assessment("full"), 100, "100", {{"id", "excellent"}, {"name", "优秀"}, {"name_en", "Excellent"}}},
      {"all mostly: 0.8 * 100 = 80", uniform_assessment("mostly"), 80, "80", {{"id", "good"}, {"name", "良好"}, {"name_en", "Good"}}},
      // Dimension 6 (20 points) earns nothing, the other 80 points earn 0.8: 64.
      {"mostly, dimension 6 none: 64", uniform_assessment("mostly", "6", "none"), 64, "64",
       {{"id", "qualified"}, {"name", "合格"}, {"name_en", "Qualified"}}},
      {"all partly: 50", uniform_assessment("partly"), 50, "50",
       {{"id", "unqualified"}, {"name", "不合格"}, {"name_en", "Unqualified"}}},
      {"all none: 0", uniform_assessment("none"), 0, "0",
       {{"id", "unqualified"}, {"name", "不合格"}, {"name_en", "Unqualified"}}},
  };
  for (const Case& c : cases) {
    DYNAMIC_SECTION(c.name) {
      Json json = Json::parse(render_json(score_text(c.text)));
      CHECK(json["score"] == c.score);
      CHECK(json["score_exact"] == c.exact);
      CHECK(json["grade"] == c.grade);
      CHECK(json["assessment"]["period"].is_null());
    }
  }
}

TEST_CASE("JSON: several results are an array in order", "[render]") {
  std::vector<ScoreResult> results;
  results.push_back(score_text(uniform_assessment("none")));
  results.push_back(one_partial());
  Json json = Json::parse(render_json(results));
  REQUIRE(json.is_array());
  REQUIRE(json.size() == 2);
  CHECK(json[0]["score_exact"] == "0");
  CHECK(json[1]["score_exact"] == "1493/15");
  CHECK(json[1] == Json::parse(render_json(one_partial())));
}

TEST_CASE("JSON: the direct-score item", "[render]") {
  // 10.3.1 (3 points): mean (0 + 0 + 1) / 3 = 1/3, raised to 1 by item 3.
  std::string text = uniform_assessment("full");
  text.replace(text.find("  10.3.1: [full, full, full]"), 28, "  10.3.1: [none, none, full]");
  Json json = Json::parse(render_json(score_text(text)));
  const Json* direct = find_node(json["indicators"], "10.3.1");
  REQUIRE(direct);
  CHECK((*direct)["direct_score_applied"] == true);
  CHECK((*direct)["score_exact"] == "3");
  CHECK(json["score_exact"] == "100");
}

// --- Text ------------------------------------------------------------------------------

TEST_CASE("text: the header in Chinese and in English", "[render]") {
  SECTION("zh") {
    // Labels padded to the widest, 评价体系 and 综合得分 (8 columns), then two spaces.
    CHECK(render_text(one_partial(), {}).starts_with("评价体系  数字政府 城市网络安全评价指标 (city-cybersecurity 1.0)\n"
                                                     "城市      苏州市\n"
                                                     "评价期    2024年度\n"
                                                     "综合得分  99.53 / 100\n"
                                                     "等级      优秀\n"
                                                     "\n"));
  }
  SECTION("en") {
    // Labels padded to the widest, Scheme and Period (6 columns), then two spaces.
    TextOptions english{Language::en, false};
    CHECK(render_text(one_partial(), english)
              .starts_with("Scheme  Digital government: city cybersecurity evaluation indicators (city-cybersecurity 1.0)\n"
                           "City    苏州市\n"
                           "Period  2024年度\n"
                           "Score   99.53 / 100\n"
                           "Grade   Excellent\n"
                           "\n"));
  }
  SECTION("no period line when there is no period") {
    CHECK(render_text(score_text(uniform_assessment("mostly")), {})
              .starts_with("评价体系  数字政府 城市网络安全评价指标 (city-cybersecurity 1.0)\n"
                           "城市      苏州\n"
                           "综合得分  80.00 / 100\n"
                           "等级      良好\n"
                           "\n"));
  }
}

// Column widths of the built-in scheme's table: ID 10 ("    10.1.1"); name
// 30 in Chinese (网络安全公共服务平台和创新基地, 15 wide characters) or 61 in
// English ("Critical information infrastructure protection implementation");
// score and max 6 ("100.00"), percent 7 ("100.00%"); two spaces between.
TEST_CASE("text: rows in Chinese", "[render]") {
  const std::string text = render_text(one_partial(), {});
  std::vector<std::string> lines = lines_of(text);
  REQUIRE(lines.size() == 6 + 1 + 79);
  CHECK(lines[6] == "编号" + spaces(8) + "指标" + spaces(30) + "得分" + spaces(4) + "满分" + spaces(3) + "得分率");
  CHECK(row_of(text, "6") == "6" + spaces(11) + "政策规范" + spaces(25) + "19.53" + spaces(3) + "20.00" + spaces(3) +
                                 "97.67%" + spaces(2) + "██████████");
  // 53/60 of the bar's 10 cells is 8.83, shown as 9.
  CHECK(row_of(text, "6.2") == "  6.2" + spaces(7) + "等级保护" + spaces(26) + "3.53" + spaces(4) + "4.00" + spaces(3) +
                                   "88.33%" + spaces(2) + "█████████░");
  // 23/30 of 10 cells is 7.67, shown as 8.
  CHECK(row_of(text, "6.2.1") == "    6.2.1" + spaces(3) + "定级备案" + spaces(26) + "1.53" + spaces(4) + "2.00" +
                                     spaces(3) + "76.67%" + spaces(2) + "████████░░");
  CHECK(row_of(text, "6.2.2") == "    6.2.2" + spaces(3) + "测评整改" + spaces(26) + "2.00" + spaces(4) + "2.00" +
                                     spaces(2) + "100.00%" + spaces(2) + "██████████");
  CHECK(row_of(text, "6.4.1") == "    6.4.1" + spaces(3) + "ICT供应链安全审查" + spaces(17) + "1.00" + spaces(4) +
                                     "1.00" + spaces(2) + "100.00%" + spaces(2) + "██████████");
  CHECK(row_of(text, "7.3") == "  7.3" + spaces(7) + "事件监测、评估与响应" + spaces(14) + "6.00" + spaces(4) + "6.00" +
                                   spaces(2) + "100.00%" + spaces(2) + "██████████");
  CHECK(row_of(text, "9.2.2") == "    9.2.2" + spaces(3) + "网络安全公共服务平台和创新基地" + spaces(4) + "2.00" +
                                     spaces(4) + "2.00" + spaces(2) + "100.00%" + spaces(2) + "██████████");
  CHECK(row_of(text, "10.1.1") == "    10.1.1" + spaces(2) + "产业规划" + spaces(26) + "2.00" + spaces(4) + "2.00" +
                                      spaces(2) + "100.00%" + spaces(2) + "██████████");
}

TEST_CASE("text: rows in English", "[render]") {
  const std::string text = render_text(one_partial(), {Language::en, false});
  std::vector<std::string> lines = lines_of(text);
  REQUIRE(lines.size() == 6 + 1 + 79);
  CHECK(lines[6] == "ID" + spaces(10) + "Indicator" + spaces(55) + "Score" + spaces(5) + "Max" + spaces(2) + "Percent");
  // "Protection-level grading and filing" is 35 columns: 26 to fill 61, 2 between, 2 of "  1.53".
  CHECK(row_of(text, "6.2.1") == "    6.2.1" + spaces(3) + "Protection-level grading and filing" + spaces(30) + "1.53" +
                                     spaces(4) + "2.00" + spaces(3) + "76.67%" + spaces(2) + "████████░░");
  // The widest name fills its column exactly.
  CHECK(row_of(text, "6.3") == "  6.3" + spaces(7) + "Critical information infrastructure protection implementation" +
                                   spaces(4) + "6.00" + spaces(4) + "6.00" + spaces(2) + "100.00%" + spaces(2) +
                                   "██████████");
}

TEST_CASE("text: every score ends at the same display column", "[render]") {
  // ID 10 + 2 + name + 2 + score 6.
  struct Case {
    const char* name;
    TextOptions options;
    std::size_t score_end;
  };
  const Case cases[] = {{"zh", {Language::zh, false}, 10 + 2 + 30 + 2 + 6}, {"en", {Language::en, false}, 10 + 2 + 61 + 2 + 6}};
  const std::regex row(R"(^( *[0-9.]+ .*? +)([0-9]+\.[0-9]{2}) +[0-9]+\.[0-9]{2} +[0-9]+\.[0-9]{2}%.*$)");
  for (const Case& c : cases) {
    DYNAMIC_SECTION(c.name) {
      std::vector<std::string> lines = lines_of(render_text(one_partial(), c.options));
      std::size_t rows = 0;
      for (std::size_t i = 7; i < lines.size(); ++i) {
        std::smatch match;
        INFO(lines[i]);
        REQUIRE(std::regex_match(lines[i], match, row));
        CHECK(columns(match[1].str() + match[2].str()) == c.score_end);
        ++rows;
      }
      CHECK(rows == 79);
    }
  }
}

TEST_CASE("text: the direct-score item is pointed out", "[render]") {
  std::string assessment = uniform_assessment("full");
  assessment.replace(assessment.find("  10.3.1: [full, full, full]"), 28, "  10.3.1: [none, none, full]");
  ScoreResult result = score_text(assessment);
  // 城市间合作 is 10 columns: 20 to fill 30, 2 between, 2 of "  3.00".
  const std::string cells = "    10.3.1" + spaces(2) + "城市间合作" + spaces(24) + "3.00" + spaces(4) + "3.00" + spaces(2) +
                            "100.00%" + spaces(2) + "██████████";
  CHECK(row_of(render_text(result, {}), "10.3.1") == cells + "  (直接得分项满足)");
  CHECK(row_of(render_text(result, {Language::en, false}), "10.3.1").ends_with("  (direct-score item met)"));
}

TEST_CASE("text: colour changes nothing but the escapes", "[render]") {
  const std::string plain = render_text(one_partial(), {Language::zh, false});
  const std::string colored = render_text(one_partial(), {Language::zh, true});
  CHECK(plain.find('\x1b') == std::string::npos);
  CHECK(colored != plain);
  CHECK(strip_ansi(colored) == plain);
  // The grade in bold, in the top band's green.
  CHECK_THAT(colored, Catch::Contains("等级      \x1b[32m\x1b[1m优秀\x1b[0m\x1b[0m\n"));
}

TEST_CASE("text and JSON of a scheme with no grades", "[render]") {
  const std::string tree =
      "id: tiny\n"
      "title: 小体系\n"
      "title_en: Tiny scheme\n"
      "version: \"0\"\n"
      "max_points: 2\n"
      "scale:\n"
      "  - {id: full, name: 全部满足, name_en: fully satisfied, value: 1}\n"
      "  - {id: none, name: 不满足, name_en: not satisfied, value: 0}\n"
      "indicators:\n"
      "  - {id: \"1\", name: 一, name_en: One, points: 2, items: [{id: \"1.1\", text: 甲}, {id: \"1.2\", text: 乙}]}\n";
  Diagnostics diagnostics;
  auto scheme = load_tree(tree, "tiny.yaml", diagnostics);
  REQUIRE(scheme);
  // (1 + 0) / 2 * 2 = 1.
  ScoreResult result = score_text("city: 苏州\nratings:\n  \"1\": [full, none]\n", *scheme);
  Json json = Json::parse(render_json(result));
  CHECK(json["grade"].is_null());
  CHECK(json["score"] == 1);
  CHECK(json["max"] == 2);
  CHECK(render_text(result, {}) == "评价体系  小体系 (tiny 0)\n"
                                   "城市      苏州\n"
                                   "综合得分  1.00 / 2\n"
                                   "等级      （本体系未定义等级）\n"
                                   "\n"
                                   "编号  指标    得分    满分   得分率\n"
                                   "1     一      1.00    2.00   50.00%  █████░░░░░\n");
}

// --- one line per result (jsonl) ------------------------------------------------

namespace {

// Every example assessment loaded as `score` loads it (its own `scheme:`, a
// tailored one included), and the weighted one with its profile. Results
// point into them (a rule item's fact), so they live as long as the results.
std::deque<LoadedAssessment> example_assessments(SchemeCache& schemes) {
  std::deque<LoadedAssessment> assessments;
  for (const auto& entry : std::filesystem::directory_iterator(source_path("examples"))) {
    const std::string file = entry.path().string();
    const std::string text = read_source_file("examples/" + entry.path().filename().string());
    if (detect_input_kind(text, file) != InputKind::assessment_yaml) continue;
    INFO(file);
    Diagnostics diagnostics;
    auto loaded = load_assessment(text, file, SchemeChoice{}, schemes, diagnostics);
    REQUIRE(loaded);
    assessments.push_back(std::move(*loaded));
  }
  Diagnostics diagnostics;
  auto profile = read_weight_profile(read_source_file("examples/innovation.weights.yaml"), "innovation.weights.yaml",
                                     diagnostics);
  REQUIRE(profile);
  SchemeChoice weighted;
  weighted.weights = std::make_shared<const WeightProfile>(std::move(*profile));
  auto loaded = load_assessment(read_source_file("examples/linjiang-2025.yaml"), "linjiang-2025.yaml", weighted,
                                schemes, diagnostics);
  REQUIRE(loaded);
  assessments.push_back(std::move(*loaded));
  return assessments;
}

}  // namespace

TEST_CASE("JSON Lines: each example on one line, the same value as its JSON report", "[render]") {
  SchemeCache schemes;
  const std::deque<LoadedAssessment> assessments = example_assessments(schemes);
  CHECK(assessments.size() >= 12);
  for (const LoadedAssessment& assessment : assessments) {
    const ScoreResult result = score(*assessment.scheme, assessment.assessment);
    INFO(result.file);
    const std::string line = render_json_line(result);
    REQUIRE(!line.empty());
    CHECK(line.back() == '\n');
    CHECK(std::count(line.begin(), line.end(), '\n') == 1);
    // The same keys in the same order with the same values: ordered_json
    // compares objects in order.
    CHECK(Json::parse(line) == Json::parse(render_json(result)));
    // Compact: what nlohmann writes for that value on one line.
    CHECK(line == Json::parse(render_json(result)).dump() + "\n");
  }
}
