// The ready-to-fill templates (YAML and CSV): their exact text where a reader
// relies on it, that they read back as assessments, that an unfilled one gives
// exactly one `unrated-items` diagnostic, and that a filled one scores exactly
// like the same assessment written by hand (the round trip).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "assessment_document.h"
#include "cityseceval/assessment.h"
#include "cityseceval/input.h"
#include "cityseceval/template.h"
#include "csv.h"
#include "run_binary.h"
#include "support.h"

using namespace cityseceval;
using namespace cityseceval::testing;
using Json = nlohmann::json;

namespace {


// The lines of a template, CSV's CRLF line ends removed.
std::vector<std::string> lines_without_cr(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

// The diagnostic lines of stderr (source excerpts start with spaces).
std::vector<std::string> diagnostic_lines(const std::string& err) {
  std::vector<std::string> out;
  for (const std::string& line : lines_without_cr(err)) {
    if (!line.empty() && line[0] != ' ') out.push_back(line);
  }
  return out;
}

bool contains_line(const std::vector<std::string>& lines, const std::string& wanted) {
  return std::find(lines.begin(), lines.end(), wanted) != lines.end();
}

// What an assessment file rates, item by item: "6.2.1.2" -> {rating, note, evidence}.
struct Rated {
  std::string rating;
  std::string note;
  std::vector<std::string> evidence;
};
struct Filled {
  std::string city;
  std::string period;
  std::map<std::string, Rated> items;
};

Filled ratings_of(const std::string& relative) {
  Diagnostics diagnostics;
  auto document = parse_assessment(read_source_file(relative), relative, diagnostics);
  REQUIRE(document);
  REQUIRE(diagnostics.empty());
  Filled filled{document->city, document->period, {}};
  const WrittenRatings* written = find_records<WrittenRatings>(*document);
  REQUIRE(written);
  for (const WrittenIndicator& indicator : written->indicators) {
    for (std::size_t i = 0; i < indicator.ratings.size(); ++i) {
      const WrittenRating& rating = indicator.ratings[i];
      filled.items[indicator.id + "." + std::to_string(i + 1)] = {rating.text, rating.note, rating.evidence};
    }
  }
  return filled;
}

// The long form of a rating with its note and evidence, or the rating alone.
std::string yaml_rating(const Rated& rated) {
  if (rated.note.empty() && rated.evidence.empty()) return rated.rating;
  std::string out = "{rating: " + rated.rating;
  if (!rated.note.empty()) out += ", note: \"" + rated.note + "\"";
  if (!rated.evidence.empty()) {
    out += ", evidence: [";
    for (std::size_t i = 0; i < rated.evidence.size(); ++i) out += (i ? ", \"" : "\"") + rated.evidence[i] + "\"";
    out += "]";
  }
  return out + "}";
}

// An assessor's work on the YAML template: each "- todo  # ITEM ..." line gets
// that item's rating (the long form when it has a note or evidence), city and period theirs.
std::string fill_yaml(const std::string& template_text, const Filled& filled) {
  std::string out;
  for (const std::string& line : lines_without_cr(template_text)) {
    const std::string todo = "    - todo  # ";
    if (line == "city: todo     # the city's name" || line.starts_with("city: todo")) {
      out += "city: " + filled.city + "\n";
    } else if (line.starts_with("period: todo")) {
      out += "period: \"" + filled.period + "\"\n";
    } else if (line.starts_with(todo)) {
      std::string id = line.substr(todo.size(), line.find(' ', todo.size()) - todo.size());
      const Rated& rated = filled.items.at(id);
      out += "    - " + yaml_rating(rated) + line.substr(todo.size() - 4) + "\n";
    } else {
      out += line + "\n";
    }
  }
  return out;
}

// The same in a spreadsheet: the rating, note and evidence cells of each item
// row (the pieces separated by "; ", as an assessor types them), and column 2
// of #city and #period. Rows end in ",todo,," (rating, empty note and evidence).
std::string fill_csv(const std::string& template_text, const Filled& filled) {
  std::string out;
  for (const std::string& line : lines_without_cr(template_text)) {
    if (line == "#city,") {
      out += "#city," + csv::quote(filled.city);
    } else if (line == "#period,") {
      out += "#period," + csv::quote(filled.period);
    } else if (line.ends_with(",todo,,")) {
      std::string id = line.substr(0, line.find(','));
      const Rated& rated = filled.items.at(id);
      std::string evidence;
      for (const std::string& piece : rated.evidence) evidence += (evidence.empty() ? "" : "; ") + piece;
      out += line.substr(0, line.size() - 6) + csv::quote(rated.rating) + "," + csv::quote(rated.note) + "," +
             csv::quote(evidence);
    } else {
      out += line;
    }
    out += "\r\n";
  }
  return out;
}

// A JSON result without assessment.file, which names the input.
Json result_without_file(const RunResult& result) {
  REQUIRE(result.exit_code == exit_ok);
  Json json = Json::parse(result.out);
  json["assessment"].erase("file");
  return json;
}

}  // namespace

// --- The YAML template -------------------------------------------------------------

TEST_CASE("template: the YAML template's opening lines explain the scale and how to fill it in", "[template]") {
  std::vector<std::string> lines = lines_without_cr(render_template_yaml(builtin_scheme(), Language::zh, "assessment.schema.json"));
  const std::vector<std::string> expected = {
      "# yaml-language-server: $schema=assessment.schema.json",
      "#",
      "# 评价表模板：数字政府 城市网络安全评价指标（city-cybersecurity，版本 1.0）",
      "# 共 144 个评价内容，分属 53 个评分指标，满分 100 分。",
      "#",
      "# 填写方法：",
      "# - city 填写城市名称；period 填写评价周期（如 \"2025\"），不需要时删除该行。",
      "# - 把每个 todo 换成该评价内容的评分，写英文词、中文词或分值均可：",
      // Padded by display width: 大部分满足 is 10 columns, mostly satisfied 16.
      "#     full    全部满足    fully satisfied   1",
      "#     mostly  大部分满足  mostly satisfied  0.8",
      "#     partly  部分满足    partly satisfied  0.5",
      "#     none    不满足      not satisfied     0",
      "# - 需要记录理由时用长格式：- {rating: mostly, note: \"理由\"}",
      "# - 列出证明材料（文号、文件名、网址）：- {rating: full, evidence: [\"文号\", \"文件.pdf\", \"https://...\"]}",
      "# - 不适用于本市的评价内容：- {rating: 不适用, reason: \"不适用的理由\"}",
      "# - 检查：cityseceval check 文件名；计分：cityseceval score 文件名",
      "scheme: city-cybersecurity",
      "city: todo     # 城市名称",
      "period: todo   # 评价周期，如 \"2025\"；不需要时删除本行",
      "ratings:",
      "",
      "  # 6 政策规范（20 分）",
      "  # 6.1 基本制度规范（3 分）",
      "  6.1.1:  # 基本制度规范（3 分）",  // 6.1.1 has the name of 6.1 in Table B.1
  };
  REQUIRE(lines.size() > expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO("line " << i + 1);
    CHECK(lines[i] == expected[i]);
  }
}

TEST_CASE("template: YAML item lines carry the item's id and full text and mark direct-score items", "[template]") {
  std::vector<std::string> zh = lines_without_cr(render_template_yaml(builtin_scheme(), Language::zh, "s.json"));
  CHECK(contains_line(zh, "  6.2.1:  # 定级备案（2 分）"));
  CHECK(contains_line(zh, "    - todo  # 6.2.1.1 公安部门有完善的定级备案制度，对每一年度定级备案情况有详细的记录。"));
  CHECK(contains_line(zh, "    - todo  # 6.2.1.2 定级过程中有相关专家参与，专家参与形式通过随机抽取。"));
  CHECK(contains_line(zh, "    - todo  # 10.3.1.3 [直接得分项] 与其他城市在产业合作、支撑性力量等领域合做上已经取得一定成效（直接得分项）。"));
  // One todo per item.
  CHECK(std::count_if(zh.begin(), zh.end(), [](const std::string& l) { return l.starts_with("    - todo  # "); }) ==
        144);
}

TEST_CASE("template: --lang en gives English names and comments and the same item texts", "[template]") {
  std::vector<std::string> en = lines_without_cr(render_template_yaml(builtin_scheme(), Language::en, "s.json"));
  CHECK(en[2] == "# Assessment template: Digital government: city cybersecurity evaluation indicators "
                 "(city-cybersecurity, version 1.0)");
  CHECK(en[3] == "# 144 items in 53 rated indicators; 100 points in all.");
  CHECK(contains_line(en, "  # 6 Policy and regulation implementation (20 points)"));
  CHECK(contains_line(en, "  6.2.1:  # Protection-level grading and filing (2 points)"));
  CHECK(contains_line(en, "    - todo  # 6.2.1.1 公安部门有完善的定级备案制度，对每一年度定级备案情况有详细的记录。"));
  CHECK(contains_line(en, "city: todo     # the city's name"));
}

TEST_CASE("template: an unfilled YAML template reads back with exactly one unrated-items diagnostic", "[template]") {
  const Scheme& scheme = builtin_scheme();
  std::string text = render_template_yaml(scheme, Language::zh, "assessment.schema.json");
  Diagnostics diagnostics;
  CHECK_FALSE(read_assessment(text, "t.yaml", scheme, diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  // ratings: is line 20 (the expected opening lines above).
  CHECK(format_diagnostic(diagnostics.all()[0], Language::en) ==
        "t.yaml:20:1: error: 144 items are unrated (todo); rate each item full, mostly, partly or none; "
        "also fill in the city and the period [unrated-items]");
}

TEST_CASE("template: a YAML template of another tree names the tree file and reads back", "[template]") {
  Scheme scheme = load_test_tree("tests/data/trees/small-ten.yaml");
  std::string text = render_template_yaml(scheme, Language::en, "x.json");
  std::vector<std::string> lines = lines_without_cr(text);
  CHECK(contains_line(lines, "scheme: tests/data/trees/small-ten.yaml"));
  CHECK(contains_line(lines, "  # 1 Management (6 points)"));
  CHECK(contains_line(lines, "  1.1:  # Rules (2.5 points)"));
  CHECK(contains_line(lines, "    - todo  # 1.1.1 有书面制度。"));
  Diagnostics diagnostics;
  CHECK_FALSE(read_assessment(text, "t.yaml", scheme, diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].message.en ==
        "6 items are unrated (todo); rate each item good, fair or poor; also fill in the city and the period");
}

TEST_CASE("template: one todo left is counted in the singular and other errors are still reported", "[template]") {
  std::string text =
      "city: 苏州\n"
      "ratings:\n"
      "  1.1: [todo]\n"
      "  1.2: [good, ful]\n"
      "  2.1: [good, good, good]\n";
  Scheme scheme = load_test_tree("tests/data/trees/small-ten.yaml");
  Diagnostics diagnostics;
  CHECK_FALSE(read_assessment(text, "t.yaml", scheme, diagnostics));
  diagnostics.sort_by_location();
  REQUIRE(diagnostics.all().size() == 2);
  CHECK(format_diagnostic(diagnostics.all()[0], Language::en) ==
        "t.yaml:2:1: error: 1 item is unrated (todo); rate each item good, fair or poor [unrated-items]");
  CHECK(format_diagnostic(diagnostics.all()[1], Language::en) ==
        "t.yaml:4:15: error: item 1.2.2: unknown rating \"ful\"; expected good (好, 1), fair (一般, 0.5) or poor "
        "(差, 0) [invalid-rating]");
}

TEST_CASE("template: a city or period left todo once every item is rated is reported where it is written", "[template]") {
  std::string text =
      "city: todo\n"
      "period: todo\n"
      "ratings:\n"
      "  1.1: [good]\n"
      "  1.2: [good, good]\n"
      "  2.1: [good, good, good]\n";
  Scheme scheme = load_test_tree("tests/data/trees/small-ten.yaml");
  Diagnostics diagnostics;
  CHECK_FALSE(read_assessment(text, "t.yaml", scheme, diagnostics));
  REQUIRE(diagnostics.all().size() == 2);
  CHECK(format_diagnostic(diagnostics.all()[0], Language::en) ==
        "t.yaml:1:7: error: the city is not filled in; write the city's name [unfilled-field]");
  CHECK(format_diagnostic(diagnostics.all()[1], Language::en) ==
        "t.yaml:2:9: error: the period is not filled in; write the period assessed (e.g. 2025) or remove it "
        "[unfilled-field]");
}

TEST_CASE("template: a quoted \"todo\" is an ordinary unknown rating", "[template]") {
  Scheme scheme = load_test_tree("tests/data/trees/small-ten.yaml");
  Diagnostics diagnostics;
  CHECK_FALSE(read_assessment(
      "city: 苏州\nratings:\n  1.1: [\"todo\"]\n  1.2: [good, good]\n  2.1: [good, good, good]\n", "t.yaml", scheme,
      diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].rule == "invalid-rating");
  CHECK(diagnostics.all()[0].location.line == 3);
}

// --- The CSV template --------------------------------------------------------------

TEST_CASE("template: the CSV template bytes: a BOM then header rows and CRLF line ends", "[template]") {
  std::string text = render_template_csv(builtin_scheme(), Language::zh);
  const std::string opening =
      "\xEF\xBB\xBF#scheme,city-cybersecurity\r\n"
      "#city,\r\n"
      "#period,\r\n"
      "id,level1,level2,level3,item,indicator_points,rating,note,evidence\r\n"
      "6.1.1.1,政策规范,基本制度规范,基本制度规范,";
  CHECK(text.substr(0, opening.size()) == opening);
  std::vector<std::string> lines = lines_without_cr(text);
  CHECK(lines.size() == 4 + 144);
  CHECK(contains_line(lines, "6.2.1.2,政策规范,等级保护,定级备案,定级过程中有相关专家参与，专家参与形式通过随机抽取。,2,todo,,"));
  // Every line ends in CRLF: as many "\r\n" as lines.
  std::size_t crlf = 0;
  for (std::size_t at = text.find("\r\n"); at != std::string::npos; at = text.find("\r\n", at + 2)) ++crlf;
  CHECK(crlf == lines.size());
}

TEST_CASE("template: the CSV header stays English with --lang en while the names follow it", "[template]") {
  std::vector<std::string> lines = lines_without_cr(render_template_csv(builtin_scheme(), Language::en));
  CHECK(lines[3] == "id,level1,level2,level3,item,indicator_points,rating,note,evidence");
  CHECK(contains_line(lines, "6.2.1.2,Policy and regulation implementation,Multi-level protection scheme implementation,"
                             "Protection-level grading and filing,定级过程中有相关专家参与，专家参与形式通过随机抽取。,2,todo,,"));
}

TEST_CASE("template: a CSV template of a two-level tree leaves level2 empty", "[template]") {
  std::vector<std::string> lines =
      lines_without_cr(render_template_csv(load_test_tree("tests/data/trees/small-ten.yaml"), Language::zh));
  const std::vector<std::string> expected = {
      "\xEF\xBB\xBF#scheme,tests/data/trees/small-ten.yaml",
      "#city,",
      "#period,",
      "id,level1,level2,level3,item,indicator_points,rating,note,evidence",
      "1.1.1,管理,,制度,有书面制度。,2.5,todo,,",
      "1.2.1,管理,,人员,有专职人员。,3.5,todo,,",
      "1.2.2,管理,,人员,人员每年培训。,3.5,todo,,",
      "2.1.1,技术,,防护,部署防火墙。,4,todo,,",
      "2.1.2,技术,,防护,定期漏洞扫描。,4,todo,,",
      "2.1.3,技术,,防护,日志留存六个月。,4,todo,,",
  };
  CHECK(lines == expected);
}

TEST_CASE("template: an unfilled CSV template reads back with exactly one unrated-items diagnostic", "[template]") {
  const Scheme& scheme = builtin_scheme();
  Diagnostics diagnostics;
  CHECK_FALSE(read_assessment(render_template_csv(scheme, Language::en), "t.csv", scheme, diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  // The header row is line 4; the empty #period is no period (it is optional).
  CHECK(format_diagnostic(diagnostics.all()[0], Language::en) ==
        "t.csv:4:1: error: 144 items are unrated (todo); rate each item full, mostly, partly or none; "
        "also fill in the city [unrated-items]");
}

// --- Through the binary ------------------------------------------------------------

TEST_CASE("template: unfilled templates fed to score fail with the one diagnostic", "[template]") {
  TempDir dir;
  SECTION("YAML") {
    auto made = run_cli({"template", "-o", dir.file("t.yaml")});
    REQUIRE(made.exit_code == exit_ok);
    CHECK(made.out.empty());
    auto scored = run_cli({"score", dir.file("t.yaml")});
    CHECK(scored.exit_code == exit_invalid_input);
    CHECK(scored.out.empty());
    CHECK(diagnostic_lines(scored.err) ==
          std::vector<std::string>{dir.file("t.yaml") +
                                   ":20:1: error: 144 items are unrated (todo); rate each item full, mostly, partly "
                                   "or none; also fill in the city and the period [unrated-items]"});
  }
  SECTION("CSV") {
    auto made = run_cli({"template", "--format", "csv", "-o", dir.file("t.csv")});
    REQUIRE(made.exit_code == exit_ok);
    auto scored = run_cli({"score", dir.file("t.csv")});
    CHECK(scored.exit_code == exit_invalid_input);
    CHECK(scored.out.empty());
    CHECK(diagnostic_lines(scored.err) ==
          std::vector<std::string>{dir.file("t.csv") +
                                   ":4:1: error: 144 items are unrated (todo); rate each item full, mostly, partly or "
                                   "none; also fill in the city [unrated-items]"});
  }
}

TEST_CASE("template: stdout by default and the options reach the output", "[template]") {
  auto yaml = run_cli({"template", "--lang", "en", "--schema-url", "https://example.org/a.json"});
  CHECK(yaml.exit_code == exit_ok);
  CHECK(yaml.err.empty());
  CHECK(yaml.out == render_template_yaml(builtin_scheme(), Language::en, "https://example.org/a.json"));
  auto csv = run_cli({"template", "--format", "csv", "--scheme", "city-cybersecurity", "--lang", "zh"});
  CHECK(csv.exit_code == exit_ok);
  CHECK(csv.out == render_template_csv(builtin_scheme(), Language::zh));
}

TEST_CASE("template: a --tree template names the tree relative to where it is written", "[template]") {
  TempDir dir;
  auto made = run_cli({"template", "--tree", "tests/data/trees/small-ten.yaml", "-o", dir.file("t.yaml")});
  REQUIRE(made.exit_code == exit_ok);
  auto text = read_bytes(dir.file("t.yaml"));
  REQUIRE(text);
  // From the temporary directory back to the repository's tree file.
  std::string expected = std::filesystem::path(source_path("tests/data/trees/small-ten.yaml"))
                             .lexically_relative(dir.path())
                             .generic_string();
  CHECK(contains_line(lines_without_cr(*text), "scheme: " + expected));
  // A three-level scale: ratings: is line 19, one line earlier than for the built-in scheme.
  auto scored = run_cli({"score", dir.file("t.yaml")});
  CHECK(scored.exit_code == exit_invalid_input);
  CHECK(diagnostic_lines(scored.err) ==
        std::vector<std::string>{dir.file("t.yaml") +
                                 ":19:1: error: 6 items are unrated (todo); rate each item good, fair or poor; also "
                                 "fill in the city and the period [unrated-items]"});
}

TEST_CASE("template: -o does not replace an existing file unless --force is given", "[template]") {
  TempDir dir;
  const std::string filled = "city: 云溪市\n";  // an assessor's work
  const std::string output = dir.write("my-city.yaml", filled);
  SECTION("refused in English") {
    auto result = run_cli({"template", "-o", output});
    CHECK(result.exit_code == exit_invalid_input);
    CHECK(result.out.empty());
    CHECK(result.err == "cityseceval: error: " + output + " already exists; use --force to overwrite it\n");
    CHECK(read_bytes(output) == filled);
  }
  SECTION("refused in Chinese") {
    auto result = run_cli({"template", "--lang", "zh", "-o", output});
    CHECK(result.exit_code == exit_invalid_input);
    CHECK(result.err == "cityseceval: error: " + output + " 已存在；如需覆盖请加 --force\n");
    CHECK(read_bytes(output) == filled);
  }
  SECTION("replaced with --force") {
    auto result = run_cli({"template", "--force", "-o", output});
    CHECK(result.exit_code == exit_ok);
    CHECK(result.err.empty());
    CHECK(read_bytes(output) == run_cli({"template"}).out);
  }
  CHECK(dir.list() == std::vector<std::string>{"my-city.yaml"});
}

TEST_CASE("template: --help names --force and says why it is needed", "[template]") {
  auto help = run_cli({"template", "--help"});
  CHECK(help.exit_code == exit_ok);
  CHECK_THAT(help.out, Catch::Contains("--force") && Catch::Contains("Replace the -o file if it exists") &&
                           Catch::Contains("-o never replaces an existing file (it may be a filled-in template) unless\n"
                                           "--force is given."));
}

TEST_CASE("template: -o never overwrites the --tree file, even with --force", "[template]") {
  TempDir dir;
  const std::string tree_text = read_source_file("tests/data/trees/small-ten.yaml");
  const std::string tree = dir.write("tree.yaml", tree_text);
  for (const bool force : {false, true}) {
    std::vector<std::string> arguments{"template", "--tree", tree, "-o", dir.path() + "/./tree.yaml"};
    if (force) arguments.push_back("--force");
    auto result = run_cli(arguments);
    CHECK(result.exit_code == exit_usage);
    CHECK(result.out.empty());
    CHECK(result.err ==
          "cityseceval: error: -o " + dir.path() + "/./tree.yaml would overwrite the tree file " + tree + "\n");
  }
  CHECK(read_bytes(tree) == tree_text);
  CHECK(dir.list() == std::vector<std::string>{"tree.yaml"});
}

TEST_CASE("template: usage errors exit 2", "[template]") {
  SECTION("--scheme and --tree together") {
    auto result = run_cli({"template", "--scheme", "city-cybersecurity", "--tree", "tests/data/trees/small-ten.yaml"});
    CHECK(result.exit_code == exit_usage);
    CHECK(result.out.empty());
    CHECK_THAT(result.err, Catch::Contains("--tree") && Catch::Contains("--scheme"));
  }
  SECTION("a CSV template of a points-sum scheme") {
    auto result = run_cli({"template", "--scheme", "municipal-infosec-work", "--format", "csv"});
    CHECK(result.exit_code == exit_usage);
    CHECK(result.out.empty());
    CHECK(result.err ==
          "cityseceval: error: CSV templates are for rating schemes; scheme municipal-infosec-work records facts: "
          "use --format yaml or --format xlsx\n");
  }
  SECTION("a format that does not exist") {
    auto result = run_cli({"template", "--format", "xls"});
    CHECK(result.exit_code == exit_usage);
    CHECK_THAT(result.err, Catch::Contains("--format"));
  }
}

// --- The facts template (points-sum schemes) ---------------------------------------

namespace {

// The item lines of an assessment's `facts:` ("  1.1.3: {value: 5, ...}"): id -> the fact as written.
std::map<std::string, std::string> facts_of(const std::string& text) {
  std::map<std::string, std::string> facts;
  for (const std::string& line : lines_without_cr(text)) {
    if (line.size() < 3 || line[0] != ' ' || line[1] != ' ' || line[2] < '0' || line[2] > '9') continue;
    std::size_t colon = line.find(": ");
    facts[line.substr(2, colon - 2)] = line.substr(colon + 2);
  }
  return facts;
}

// An assessor's work on the facts template: each "  ID: todo  # ..." gets that item's fact.
std::string fill_facts(const std::string& template_text, const std::string& city, const std::string& period,
                       const std::map<std::string, std::string>& facts) {
  std::string out;
  for (const std::string& line : lines_without_cr(template_text)) {
    std::size_t todo = line.find(": todo  # ");
    if (line.starts_with("city: todo")) {
      out += "city: " + city + "\n";
    } else if (line.starts_with("period: todo")) {
      out += "period: \"" + period + "\"\n";
    } else if (line.starts_with("  ") && todo != std::string::npos) {
      out += line.substr(0, todo) + ": " + facts.at(line.substr(2, todo - 2)) + line.substr(todo + 6) + "\n";
    } else {
      out += line + "\n";
    }
  }
  return out;
}

const std::string municipal_items_left =
    ":23:1: error: 39 items are not filled in (todo); record each item's fact; also fill in the city and the period [unrated-items]";

}  // namespace

TEST_CASE("template: a points-sum scheme's YAML template asks for facts", "[template]") {
  auto made = run_cli({"template", "--scheme", "municipal-infosec-work", "--lang", "en"});
  REQUIRE(made.exit_code == exit_ok);
  CHECK(made.err.empty());
  std::vector<std::string> lines = lines_without_cr(made.out);
  const std::vector<std::string> expected = {
      "# yaml-language-server: $schema=assessment.schema.json",
      "#",
      "# Assessment template: Information security work assessment scoring sheet (municipal-infosec-work, "
      "version 1.0)",
  };
  REQUIRE(lines.size() > expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO("line " << i + 1);
    CHECK(lines[i] == expected[i]);
  }
  CHECK(contains_line(lines, "scheme: municipal-infosec-work"));
  CHECK(contains_line(lines, "city: todo     # the city's name"));
  CHECK(contains_line(lines, "facts:"));
  CHECK_FALSE(contains_line(lines, "ratings:"));
  CHECK(contains_line(lines, "  # 1 Organisation (11 points)"));
  CHECK(contains_line(lines, "  # 1.1 Network and information security coordination group (4 points)"));
  CHECK(contains_line(lines, "  # 8 Bonus (bonus, at most 10 points)"));
  // One todo per item, each with the rule in words and what to write.
  CHECK(std::count_if(lines.begin(), lines.end(),
                      [](const std::string& l) { return l.find(": todo  # ") != std::string::npos; }) == 39);
  CHECK(contains_line(lines, "  1.1.1: todo  # 成立和調整時的文件 — 1 if yes; true or false"));
  CHECK(contains_line(lines, "  1.1.3: todo  # 協調小組職責履行情況 — 0.5 per occurrence, at most 2; a count (0 or more)"));
  CHECK(contains_line(lines, "  1.3.1: todo  # 各部門信息安全分管領導和責任科室名單 — ratio ≥ 70%: 1, ≥ 90%: 2; "
                             "{numerator: N, denominator: D}"));
  CHECK(contains_line(lines, "  2.1.2: todo  # 檢查督促相關工作落實情況 — judged from 0 to 2 in steps of 0.5, with a "
                             "note saying why; {value: X, note: \"...\"}"));
  CHECK(contains_line(lines, "  3.1.1: todo  # 重要信息系統名錄 — systems: count ≥ 6: 3, ≥ 1: 1, 0: -3; missing: -0.5 "
                             "per missing one of portal, finance-tax, social-security, administrative-power; "
                             "ledger: +3 if yes; {systems: N, missing: [ids...], ledger: true|false}"));
  CHECK(contains_line(lines, "  4.3.2: todo  # 重要信息系統專項應急預案培訓及演練情況 — drill: 2, training: 1, none: 0; "
                             "one of drill | training | none"));
  // 有即得: the fact may say that there is one apart from the ratio.
  CHECK(contains_line(lines, "  4.3.1: todo  # 重要信息系統專項應急預案制定情況 — ratio ≥ 40%: 2, ≥ 80%: 3; otherwise 1 if "
                             "there is any; {numerator: N, denominator: D}, adding exists: true|false (whether there "
                             "is any at all); with no base: {exists: true|false}"));
}

TEST_CASE("template: an unfilled facts template fails score and check --strict with the one diagnostic",
          "[template]") {
  TempDir dir;
  auto made = run_cli({"template", "--scheme", "municipal-infosec-work", "-o", dir.file("t.yaml")});
  REQUIRE(made.exit_code == exit_ok);
  auto scored = run_cli({"score", dir.file("t.yaml")});
  CHECK(scored.exit_code == exit_invalid_input);
  CHECK(scored.out.empty());
  CHECK(diagnostic_lines(scored.err) == std::vector<std::string>{dir.file("t.yaml") + municipal_items_left});
  // check reports on stdout, with its summary line.
  auto checked = run_cli({"check", "--strict", dir.file("t.yaml")});
  CHECK(checked.exit_code == exit_invalid_input);
  CHECK(checked.err.empty());
  CHECK(diagnostic_lines(checked.out) ==
        std::vector<std::string>{dir.file("t.yaml") + municipal_items_left, "1 error, 0 warnings in 1 file"});
}

TEST_CASE("template: a facts template filled with an example's facts scores exactly like the example",
          "[template]") {
  const std::string example = "examples/qingyi-district-2025.yaml";
  Json expected = result_without_file(run_cli({"score", example, "--format", "json"}));
  CHECK(expected["score_exact"] == "100");
  std::map<std::string, std::string> facts = facts_of(read_source_file(example));
  REQUIRE(facts.size() == 39);
  for (const std::string lang : {"zh", "en"}) {
    INFO(lang);
    auto made = run_cli({"template", "--scheme", "municipal-infosec-work", "--lang", lang});
    REQUIRE(made.exit_code == exit_ok);
    TempDir dir;
    dir.write("filled.yaml", fill_facts(made.out, "清漪區", "2025", facts));
    auto scored = run_cli({"score", dir.file("filled.yaml"), "--format", "json"});
    INFO(scored.err);
    CHECK(result_without_file(scored) == expected);
  }
}

// --- The round trip ----------------------------------------------------------------

TEST_CASE("template: a filled template scores exactly like the hand-written assessment", "[template]") {
  // one-partial: 99.53, worked out in its comments; yunxi: 85.5 with notes on three items.
  for (const std::string example : {"tests/data/good/one-partial.yaml", "examples/yunxi-2025.yaml"}) {
    INFO(example);
    Filled filled = ratings_of(example);
    Json expected = result_without_file(run_cli({"score", example, "--format", "json"}));
    TempDir dir;
    dir.write("filled.yaml", fill_yaml(render_template_yaml(builtin_scheme(), Language::zh, "s.json"), filled));
    dir.write("filled.csv", fill_csv(render_template_csv(builtin_scheme(), Language::en), filled));
    for (const std::string name : {"filled.yaml", "filled.csv"}) {
      INFO(name);
      auto scored = run_cli({"score", dir.file(name), "--format", "json"});
      INFO(scored.err);
      CHECK(result_without_file(scored) == expected);
    }
  }
}

// --- A special evaluation: template --scope ----------------------------------------

namespace {

// Every todo of a rating template rated `rating`, the city and period filled in.
std::string rate_every_todo(const std::string& template_text, const std::string& rating) {
  std::string out;
  for (std::string line : lines_without_cr(template_text)) {
    if (line.starts_with("city: todo")) line = "city: 云溪市";
    if (line.starts_with("period: todo")) line = "period: \"2025\"";
    if (line == "#city,") line = "#city,云溪市";
    if (line.starts_with("    - todo  # ")) line.replace(6, 4, rating);
    if (line.ends_with(",todo,,")) line.replace(line.size() - 6, 4, rating);
    out += line + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("template: --scope writes scope: and the dimensions named, which fill in and score", "[template][scope]") {
  TempDir dir;
  auto made = run_cli({"template", "--scope", "7", "--lang", "en", "-o", dir.file("t.yaml")});
  REQUIRE(made.exit_code == exit_ok);
  auto text = read_bytes(dir.file("t.yaml"));
  REQUIRE(text);
  std::vector<std::string> lines = lines_without_cr(*text);
  CHECK(contains_line(lines, "scope: [7]   # the dimensions evaluated (a special evaluation); only they are rated"));
  CHECK(contains_line(lines, "  # 7 Risk control (30 points)"));
  CHECK(contains_line(lines, "  7.1.1:  # Cybercrime prevention (2 points)"));
  CHECK_FALSE(contains_line(lines, "  # 6 Policy and regulation implementation (20 points)"));
  CHECK(std::none_of(lines.begin(), lines.end(), [](const std::string& l) {
    return l.starts_with("  6.") || l.starts_with("  8.") || l.starts_with("  9.") || l.starts_with("  10.");
  }));
  // Every item of dimension 7 partly (0.5): 15 of its 30 points, 50 scaled to 100.
  dir.write("filled.yaml", rate_every_todo(*text, "partly"));
  auto scored = run_cli({"score", "--format", "json", dir.file("filled.yaml")});
  REQUIRE(scored.exit_code == exit_ok);
  Json json = Json::parse(scored.out);
  CHECK(json["scope"]["dimensions"] == Json::array({"7"}));
  CHECK(json["scope"]["earned_exact"] == "15");
  CHECK(json["scope"]["max"] == 30);
  CHECK(json["score_exact"] == "50");
}

TEST_CASE("template: a CSV --scope has a #scope row and only the rows of those dimensions", "[template][scope]") {
  TempDir dir;
  auto made = run_cli({"template", "--format", "csv", "--scope", "6,8", "-o", dir.file("t.csv")});
  REQUIRE(made.exit_code == exit_ok);
  auto text = read_bytes(dir.file("t.csv"));
  REQUIRE(text);
  std::vector<std::string> lines = lines_without_cr(*text);
  REQUIRE(lines.size() > 5);
  CHECK(lines[3] == "#scope,6,8");
  CHECK(lines[4] == "id,level1,level2,level3,item,indicator_points,rating,note,evidence");
  CHECK(lines[5].starts_with("6.1.1.1,"));
  CHECK(std::none_of(lines.begin(), lines.end(), [](const std::string& l) {
    return l.starts_with("7.") || l.starts_with("9.") || l.starts_with("10.");
  }));
  CHECK(std::any_of(lines.begin(), lines.end(), [](const std::string& l) { return l.starts_with("8.1.1.1,"); }));
  // Everything full: the 20 + 15 points in scope, 100 scaled.
  dir.write("filled.csv", rate_every_todo(*text, "full"));
  auto scored = run_cli({"score", "--format", "json", dir.file("filled.csv")});
  REQUIRE(scored.exit_code == exit_ok);
  Json json = Json::parse(scored.out);
  CHECK(json["scope"]["dimensions"] == Json::array({"6", "8"}));
  CHECK(json["scope"]["max"] == 35);
  CHECK(json["score_exact"] == "100");
}

TEST_CASE("template: a points-sum --scope leaves out the other sections and the bonus", "[template][scope]") {
  auto made = run_cli({"template", "--scheme", "municipal-infosec-work", "--scope", "1", "--lang", "en"});
  REQUIRE(made.exit_code == exit_ok);
  std::vector<std::string> lines = lines_without_cr(made.out);
  CHECK(contains_line(lines, "scope: [1]   # the dimensions evaluated (a special evaluation); only they are rated"));
  CHECK(std::any_of(lines.begin(), lines.end(), [](const std::string& l) { return l.starts_with("  1.3.2: todo"); }));
  CHECK(std::none_of(lines.begin(), lines.end(), [](const std::string& l) {
    return l.starts_with("  2.1.1:") || l.starts_with("  8.");
  }));
}

TEST_CASE("template: a bad --scope is a usage error that names the dimensions", "[template][scope]") {
  SECTION("unknown, in English") {
    auto result = run_cli({"template", "--lang", "en", "--scope", "12"});
    CHECK(result.exit_code == exit_usage);
    CHECK(result.out.empty());
    CHECK(result.err == "cityseceval: error: unknown dimension \"12\" (did you mean \"10\"?) in the scope; the "
                        "level-1 indicators are 6, 7, 8, 9, 10 [invalid-scope]\n");
  }
  SECTION("not a dimension, in Chinese") {
    auto result = run_cli({"template", "--lang", "zh", "--scope", "6.1"});
    CHECK(result.exit_code == exit_usage);
    CHECK(result.err == "cityseceval: error: \"6.1\" 是 2 级指标；评价范围只列一级指标（维度）：6、7、8、9、10 "
                        "[invalid-scope]\n");
  }
  SECTION("twice") {
    auto result = run_cli({"template", "--lang", "en", "--scope", "7,7"});
    CHECK(result.exit_code == exit_usage);
    CHECK(result.err == "cityseceval: error: \"7\" is listed twice in the scope [invalid-scope]\n");
  }
  SECTION("the bonus section") {
    auto result = run_cli({"template", "--lang", "en", "--scheme", "municipal-infosec-work", "--scope", "8"});
    CHECK(result.exit_code == exit_usage);
    CHECK(result.err == "cityseceval: error: \"8\" is a bonus section, which only a full evaluation has; a scope "
                        "lists the main sections [invalid-scope]\n");
  }
}
