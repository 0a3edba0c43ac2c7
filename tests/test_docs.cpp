// Generated indicator documentation (`cityseceval docs`, render_markdown) and
// the list of built-in schemes (`cityseceval schemes`).
//
// The published pages docs/indicators/*.md must be exactly what the built
// binary renders from the trees: the staleness test fails, naming the script
// to run, as soon as a tree or the renderer changes without them. Expected
// lines are written out by hand from the tree files (small-ten's comment has
// its arithmetic; the built-in tree's numbers are Table B.1's).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "cityseceval/load.h"
#include "cityseceval/render_markdown.h"
#include "run_binary.h"
#include "support.h"

using cityseceval::testing::run_cli;
using cityseceval::testing::exit_ok;
using cityseceval::testing::exit_invalid_input;
using cityseceval::testing::exit_usage;
using cityseceval::testing::read_bytes;
using cityseceval::testing::read_source_file;
using cityseceval::testing::lines_of;
using cityseceval::testing::RunOptions;
using cityseceval::testing::RunResult;
using cityseceval::testing::source_path;
using cityseceval::testing::TempDir;
using namespace cityseceval;
using cityseceval::testing::lines_of;

namespace {


Scheme load_text(const std::string& text, const std::string& file) {
  Diagnostics diagnostics;
  std::optional<Scheme> scheme = load_tree(text, file, diagnostics);
  INFO((diagnostics.all().empty() ? std::string() : format_diagnostic(diagnostics.all()[0], Language::en)));
  REQUIRE(scheme);
  REQUIRE(diagnostics.empty());
  return std::move(*scheme);
}

Scheme builtin(const std::string& id) {
  const BuiltinScheme* found = find_builtin_scheme(id);
  REQUIRE(found);
  return load_text(std::string(found->text), std::string(found->path));
}

bool has_line(const std::string& text, const std::string& line) {
  for (const std::string& candidate : lines_of(text)) {
    if (candidate == line) return true;
  }
  return false;
}

// A tree whose texts are full of Markdown punctuation, with a direct-score
// item, no grades and whole-number reporting.
const std::string awkward_tree = R"(id: awkward
title: "标题 <b>粗</b>"
title_en: "A *starred* | piped title"
version: "2"
max_points: 4
precision: {decimals: 0, rounding: half-up}
scale:
  - {id: met, name: 是, name_en: met, value: 1}
  - {id: unmet, name: 否, name_en: not met, value: 0}
indicators:
  - id: "1"
    name: "M&A 与 &amp; 审查"
    name_en: "M&A review"
    points: 4
    description: "1. 第一段 [链接](x) 与 `代码` 以及 a_b_c"
    items:
      - {id: "1.1", text: "满足 *全部* 条件 | 否则 <不满足>"}
      - {id: "1.2", text: "已经取得成效", direct_score: true}
)";

}  // namespace

// --- The published pages --------------------------------------------------------------

TEST_CASE("docs/indicators pages are up to date with the built-in trees", "[docs]") {
  std::size_t trees = 0;
  for (const auto& entry : std::filesystem::directory_iterator(source_path("indicators"))) {
    if (entry.path().extension() != ".yaml") continue;
    ++trees;
    std::string id = entry.path().stem().string();
    for (const auto& [page, language] :
         std::vector<std::pair<std::string, std::string>>{{id + ".md", "zh"}, {id + ".en.md", "en"}}) {
      std::string relative = "docs/indicators/" + page;
      RunResult result = run_cli({"docs", "--scheme", id, "--lang", language});
      REQUIRE(result.exit_code == exit_ok);
      std::optional<std::string> published = read_bytes(source_path(relative));
      if (!published) FAIL(relative << " is missing: run scripts/gen-docs.sh");
      if (*published != result.out) FAIL(relative << " is out of date: run scripts/gen-docs.sh");
      SUCCEED(relative << " matches");
    }
  }
  CHECK(trees == builtin_schemes().size());
}

// --- Rendered lines of the built-in scheme -------------------------------------------

TEST_CASE("docs for the built-in scheme in Chinese: header tree items scale and grades", "[docs]") {
  std::string page = render_markdown(builtin("city-cybersecurity"), Language::zh, "indicators/city-cybersecurity.yaml");
  std::vector<std::string> lines = lines_of(page);
  REQUIRE(lines.size() > 3);
  CHECK(lines[0] == "<!-- generated from indicators/city-cybersecurity.yaml by cityseceval docs; do not edit -->");
  CHECK(lines[1].empty());
  CHECK(lines[2] == "# 数字政府 城市网络安全评价指标");
  CHECK(has_line(page, "- 规模：满分 100 分；一级指标 5 个，二级指标 21 个，三级指标 53 个；评价内容 144 项"));
  // The level-1 summary: 6 has 5 (6.1) + 5 (6.2) + 7 (6.3) + 9 (6.4) + 5 (6.5) = 31 items.
  CHECK(has_line(page, "| 6 | 政策规范 | 20 | 31 |"));
  CHECK(has_line(page, "| | **合计** | **100** | **144** |"));
  // Levels 1, 2, 3 are headings ###, ####, #####, with the clause heading and English name below.
  CHECK(has_line(page, "### 6 政策规范（20 分）"));
  CHECK(has_line(page, "条款标题：政策规范实施；英文名称：Policy and regulation implementation"));
  CHECK(has_line(page, "#### 6.3 关键信息基础实施保护（6 分）"));
  CHECK(has_line(page, "##### 6.2.1 定级备案（2 分）"));
  CHECK(has_line(page, "英文名称：Protection-level grading and filing"));
  CHECK(has_line(page, "1. `6.2.1.1` 公安部门有完善的定级备案制度，对每一年度定级备案情况有详细的记录。"));
  CHECK(has_line(page, "3. `10.3.1.3` **【直接得分项】**与其他城市在产业合作、支撑性力量等领域合做上已经取得一定成效（直接得分项）。"));
  CHECK(has_line(page, "| 大部分满足 | `mostly` | mostly satisfied | 0.8 |"));
  CHECK(has_line(page, "| 优秀 | `excellent` | Excellent | 85 ≤ M ≤ 100 |"));
  CHECK(has_line(page, "| 合格 | `qualified` | Qualified | 60 ≤ M < 75 |"));
  CHECK(has_line(page, "得分保留 2 位小数，四舍五入（`half-up`：恰为一半时远离零进位，如 2.445 记为 2.45）。"));
  CHECK(has_line(page, "3. 直接得分项：指标含直接得分项 d 时，X = max(平均值, y_d)，即直接得分项分值为 1 时该指标得满分，"
                       "不论其他各项。本体系的直接得分项：`10.3.1.3`。"));
  CHECK(page.back() == '\n');
  CHECK(page.find(" \n") == std::string::npos);
}

TEST_CASE("docs for the built-in scheme in English keep item texts Chinese", "[docs]") {
  std::string page = render_markdown(builtin("city-cybersecurity"), Language::en, "indicators/city-cybersecurity.yaml");
  CHECK(lines_of(page)[0] ==
        "<!-- generated from indicators/city-cybersecurity.yaml by cityseceval docs; do not edit -->");
  CHECK(has_line(page, "# Digital government: city cybersecurity evaluation indicators"));
  CHECK(has_line(page, "- Size: 100 points in all; 5 level-1, 21 level-2 and 53 level-3 indicators; "
                       "144 evaluation-content items"));
  CHECK(has_line(page, "Item texts and clause descriptions are quoted in Chinese, as the tree file gives them."));
  CHECK(has_line(page, "| 7 | Risk control | 30 | 49 |"));
  CHECK(has_line(page, "##### 6.2.1 Protection-level grading and filing (2 points)"));
  CHECK(has_line(page, "Chinese name: 关键信息基础实施保护; clause heading: 关键信息基础设施保护实施"));
  CHECK(has_line(page, "##### 6.4.1 ICT supply chain security review (1 point)"));
  CHECK(has_line(page, "1. `6.2.1.1` 公安部门有完善的定级备案制度，对每一年度定级备案情况有详细的记录。"));
  CHECK(has_line(page, "3. `10.3.1.3` **[direct-score item]** 与其他城市在产业合作、支撑性力量等领域合做上已经取得一定成效（直接得分项）。"));
  CHECK(has_line(page, "| Good | `good` | 良好 | 75 ≤ M < 85 |"));
  CHECK(has_line(page, "| Unqualified | `unqualified` | 不合格 | 0 ≤ M < 60 |"));
  CHECK(has_line(page, "Scores are reported with 2 decimals, rounded half up (`half-up`: a tie goes away from zero, "
                       "so 2.445 becomes 2.45)."));
}

// --- The rule-based built-in scheme ---------------------------------------------------

TEST_CASE("docs for the points-sum scheme show each item's rule basis and decision and the bonus caps", "[docs]") {
  std::string en = render_markdown(builtin("municipal-infosec-work"), Language::en,
                                   "indicators/municipal-infosec-work.yaml");
  // The bonus section follows the total: the sections alone make the 100 points.
  CHECK(has_line(en, "| | **Total** | **100** | **37** |"));
  CHECK(has_line(en, "| 8 | Bonus (on top) | at most 10 | 2 |"));
  CHECK(has_line(en, "Floor: its subtotal never goes below 0 points."));
  CHECK(has_line(en, "3. `1.1.3` 協調小組職責履行情況 (2 points)"));
  CHECK(has_line(en, "   - Rule: 0.5 per occurrence, at most 2"));
  CHECK(has_line(en, "### 8 Bonus (bonus, at most 10 points)"));
  CHECK(has_line(en, "Bonus section: what its items earn is added on top of the 100-point sections, capped at 10; "
                     "the total after the bonus is capped at 100."));
  CHECK(has_line(en, "1. `8.1.1` 安全監測平臺、應急指揮中心等信息安全基礎設施建設、信息安全經費投入、信息安全技術和"
                     "人才支撐能力建設取得重大突破,每項加2分。"));
  CHECK(has_line(en, "   - Rule: 2 per occurrence"));
  CHECK(has_line(en, "This scheme defines no grades: only the composite score is reported."));
  // No rating scale, and no rating-mean formula.
  CHECK(en.find("## Rating scale") == std::string::npos);
  CHECK(en.find("X = (y₁") == std::string::npos);

  std::string zh = render_markdown(builtin("municipal-infosec-work"), Language::zh,
                                   "indicators/municipal-infosec-work.yaml");
  CHECK(has_line(zh, "3. `1.1.3` 協調小組職責履行情況（2 分）"));
  CHECK(has_line(zh, "   - 规则：有一件得 0.5 分，加满 2 分止"));
  CHECK(has_line(zh, "加分项：其各项得分在满分 100 分的各部分之外另加，加分至多 10 分；加分后总分不超过 100 分。"));
  CHECK(zh.find("## 评价结果与分值") == std::string::npos);
}

// --- A small custom tree through the binary -----------------------------------------

TEST_CASE("docs --tree renders a small custom tree exactly", "[docs]") {
  RunResult result = run_cli({"docs", "--tree", "tests/data/trees/small-ten.yaml", "--lang", "zh"});
  CHECK(result.exit_code == exit_ok);
  CHECK(result.err.empty());
  // 10 points: 1 (6) = 1.1 (2.5, 1 item) + 1.2 (3.5, 2 items); 2 (4) = 2.1 (4, 3 items).
  CHECK(result.out == R"(<!-- generated from tests/data/trees/small-ten.yaml by cityseceval docs; do not edit -->

# 十分制小型方案

- 体系编号：`small-ten`
- 英文名称：Small ten-point scheme
- 版本：0.1
- 指标树文件：`tests/data/trees/small-ten.yaml`
- 规模：满分 10 分；一级指标 2 个，二级指标 3 个；评价内容 6 项

## 一级指标

| 编号 | 一级指标 | 分值 | 评价内容项 |
|---|---|--:|--:|
| 1 | 管理 | 6 | 3 |
| 2 | 技术 | 4 | 3 |
| | **合计** | **10** | **6** |

## 指标体系

### 1 管理（6 分）

英文名称：Management

#### 1.1 制度（2.5 分）

英文名称：Rules

评价内容：

1. `1.1.1` 有书面制度。

#### 1.2 人员（3.5 分）

英文名称：Staff

评价内容：

1. `1.2.1` 有专职人员。
2. `1.2.2` 人员每年培训。

### 2 技术（4 分）

英文名称：Technology

#### 2.1 防护（4 分）

英文名称：Protection

评价内容：

1. `2.1.1` 部署防火墙。
2. `2.1.2` 定期漏洞扫描。
3. `2.1.3` 日志留存六个月。

## 评价结果与分值

每个评价内容项取下列评价结果之一；评估文件中可填写代码、中文或分值。

| 评价结果 | 代码 | 英文 | 分值 y |
|---|---|---|--:|
| 好 | `good` | good | 1 |
| 一般 | `fair` | fair | 0.5 |
| 差 | `poor` | poor | 0 |

## 等级

等级按报告的（舍入后的）综合得分 M 判定。

| 等级 | 代码 | 英文 | 综合得分 |
|---|---|---|---|
| 通过 | `pass` | Pass | 6 ≤ M ≤ 10 |
| 未通过 | `fail` | Fail | 0 ≤ M < 6 |

## 精度与舍入

得分保留 1 位小数，四舍六入五成双（`half-even`：恰为一半时取偶数，如 2.45 记为 2.4）。

## 计分规则

1. 每个评价内容项按上表取分值 y。
2. 带评价内容项的指标（本体系为二级指标）的得分率 X 为其 m 个评价内容项分值的平均：X = (y₁ + y₂ + … + yₘ) / m。
3. 该指标得分 = X × 其分值。
4. 其他指标的得分为其下级指标得分之和；综合得分 M 为各一级指标得分之和，满分 10 分。
5. 计算全程使用精确值（分数），只在报告时舍入：上级指标由下级的精确得分相加，而非舍入后的得分。
6. 等级按报告的综合得分判定，因此报告的得分与等级不会矛盾。
)");
}

TEST_CASE("docs --tree in English names the levels and the rounding of the custom tree", "[docs]") {
  RunResult result = run_cli({"docs", "--tree", "tests/data/trees/small-ten.yaml", "--lang", "en"});
  CHECK(result.exit_code == exit_ok);
  CHECK(has_line(result.out, "- Size: 10 points in all; 2 level-1 and 3 level-2 indicators; 6 evaluation-content items"));
  CHECK(has_line(result.out, "#### 1.1 Rules (2.5 points)"));
  CHECK(has_line(result.out, "Scores are reported with 1 decimal, rounded half to even (`half-even`: a tie goes to "
                             "the even digit, so 2.45 becomes 2.4)."));
  CHECK(has_line(result.out, "2. An indicator with items (here the level-2 indicators) has X, the mean of its m item "
                             "ratings: X = (y₁ + y₂ + … + yₘ) / m."));
  CHECK(has_line(result.out, "4. Every other indicator earns the sum of what its children earn; the composite score M "
                             "is the sum of what the level-1 indicators earn, at most 10."));
}

TEST_CASE("docs escapes Markdown in tree texts and handles a tree with no grades", "[docs]") {
  Scheme scheme = load_text(awkward_tree, "awkward.yaml");
  std::string zh = render_markdown(scheme, Language::zh, "awkward.yaml");
  CHECK(has_line(zh, "# 标题 \\<b\\>粗\\</b\\>"));
  CHECK(has_line(zh, "- 英文名称：A \\*starred\\* \\| piped title"));
  // "M&A" is no entity and stays; "&amp;" would become "&" unescaped.
  CHECK(has_line(zh, "### 1 M&A 与 \\&amp; 审查（4 分）"));
  // A description starting "1." would become a list.
  CHECK(has_line(zh, "1\\. 第一段 \\[链接\\](x) 与 \\`代码\\` 以及 a\\_b\\_c"));
  CHECK(has_line(zh, "1. `1.1` 满足 \\*全部\\* 条件 \\| 否则 \\<不满足\\>"));
  CHECK(has_line(zh, "2. `1.2` **【直接得分项】**已经取得成效"));
  CHECK(has_line(zh, "本体系未定义等级，只报告综合得分。"));
  CHECK(has_line(zh, "得分取整数，四舍五入（`half-up`：恰为一半时远离零进位，如 2.5 记为 3）。"));
  CHECK(has_line(zh, "2. 带评价内容项的指标（本体系为一级指标）的得分率 X 为其 m 个评价内容项分值的平均：X = (y₁ + y₂ + … + yₘ) / m。"));
  // No grades: no rule about deciding the grade.
  CHECK(zh.find("等级按报告的综合得分判定") == std::string::npos);

  std::string en = render_markdown(scheme, Language::en, "awkward.yaml");
  CHECK(has_line(en, "# A \\*starred\\* \\| piped title"));
  CHECK(has_line(en, "- Chinese title: 标题 \\<b\\>粗\\</b\\>"));
  CHECK(has_line(en, "### 1 M&A review (4 points)"));
  CHECK(has_line(en, "2. `1.2` **[direct-score item]** 已经取得成效"));
  CHECK(has_line(en, "This scheme defines no grades: only the composite score is reported."));
  CHECK(has_line(en, "Scores are reported as whole numbers, rounded half up (`half-up`: a tie goes away from zero, "
                     "so 2.5 becomes 3)."));
  CHECK(has_line(en, "3. Direct-score item: when an indicator has a direct-score item d, X = max(mean, y_d), so a "
                     "direct-score item rated 1 earns the indicator its full points whatever its other items. In this "
                     "scheme: `1.2`."));
}

// --- The docs command ------------------------------------------------------------------

TEST_CASE("docs writes -o atomically with the same bytes as standard output", "[docs]") {
  TempDir dir;
  std::string out = dir.file("small.en.md");
  RunResult written = run_cli({"docs", "--tree", "tests/data/trees/small-ten.yaml", "--lang", "en", "-o", out});
  CHECK(written.exit_code == exit_ok);
  CHECK(written.out.empty());
  RunResult printed = run_cli({"docs", "--tree", "tests/data/trees/small-ten.yaml", "--lang", "en"});
  CHECK(read_bytes(out) == std::optional<std::string>(printed.out));
  CHECK(dir.list() == std::vector<std::string>{"small.en.md"});
}

TEST_CASE("docs without options documents the default built-in scheme in Chinese", "[docs]") {
  RunOptions defaults;  // no --lang and no CITYSECEVAL_LANG: Chinese
  defaults.environment["CITYSECEVAL_LANG"] = std::nullopt;
  RunResult result = run_cli({"docs"}, defaults);
  CHECK(result.exit_code == exit_ok);
  CHECK(result.out == run_cli({"docs", "--scheme", "city-cybersecurity", "--lang", "zh"}).out);
}

TEST_CASE("docs usage errors exit 2 and print nothing on stdout", "[docs]") {
  RunResult both = run_cli({"docs", "--scheme", "city-cybersecurity", "--tree", "tests/data/trees/small-ten.yaml"});
  CHECK(both.exit_code == exit_usage);
  CHECK(both.out.empty());
  CHECK(both.first_error_line() == "--scheme excludes --tree");

  RunResult language = run_cli({"docs", "--lang", "fr"});
  CHECK(language.exit_code == exit_usage);
  CHECK(language.first_error_line() == "--lang: fr not in {zh,en,zh-Hans,zh-Hant}");

  RunResult overwrite =
      run_cli({"docs", "--tree", "tests/data/trees/small-ten.yaml", "-o", "tests/data/trees/small-ten.yaml"});
  CHECK(overwrite.exit_code == exit_usage);
  CHECK(overwrite.first_error_line() ==
        "cityseceval: error: -o tests/data/trees/small-ten.yaml would overwrite the tree file "
        "tests/data/trees/small-ten.yaml");
}

TEST_CASE("docs of a missing or broken tree file exits 1 with the diagnostic", "[docs]") {
  RunResult missing = run_cli({"docs", "--tree", "no-such-tree.yaml"});
  CHECK(missing.exit_code == exit_invalid_input);
  CHECK(missing.out.empty());
  CHECK(missing.first_error_line() ==
        "no-such-tree.yaml:1:1: error: cannot read file: No such file or directory [file-unreadable]");

  RunResult broken = run_cli({"docs", "--tree", "tests/data/bad/tree-points-sum.yaml"});
  CHECK(broken.exit_code == exit_invalid_input);
  CHECK(broken.out.empty());
  CHECK_THAT(broken.first_error_line(), Catch::EndsWith("[points-sum]"));
}

// --- The schemes command ------------------------------------------------------------

TEST_CASE("schemes lists the built-in schemes aligned by display width", "[docs]") {
  RunResult result = run_cli({"schemes"});
  CHECK(result.exit_code == exit_ok);
  CHECK(result.err.empty());
  // The id column is "municipal-infosec-work", 22 columns; the title column is
  // 14 Chinese characters and a space, 29 columns, so the municipal title (11
  // characters, 22 columns) gets 7 spaces of padding. items: 144 and 39 (the
  // municipal sheet's 37 section items and 2 bonus items), right-aligned.
  CHECK(result.out ==
        "id                      title                          version  items  max\n"
        "city-cybersecurity      数字政府 城市网络安全评价指标  1.0        144  100\n"
        "municipal-infosec-work  信息安全工作考核評分表         1.0         39  100\n");
}

TEST_CASE("schemes --format json gives id title title_en version items and max", "[docs]") {
  RunResult result = run_cli({"schemes", "--format", "json"});
  CHECK(result.exit_code == exit_ok);
  CHECK(result.out == R"([
  {
    "id": "city-cybersecurity",
    "title": "数字政府 城市网络安全评价指标",
    "title_en": "Digital government: city cybersecurity evaluation indicators",
    "version": "1.0",
    "items": 144,
    "max": 100
  },
  {
    "id": "municipal-infosec-work",
    "title": "信息安全工作考核評分表",
    "title_en": "Information security work assessment scoring sheet",
    "version": "1.0",
    "items": 39,
    "max": 100
  }
]
)");
  nlohmann::json parsed = nlohmann::json::parse(result.out);
  REQUIRE(parsed.is_array());
  CHECK(parsed.size() == builtin_schemes().size());
  CHECK(parsed[0]["max"].is_number_integer());
}

TEST_CASE("schemes rejects an unknown format with exit 2", "[docs]") {
  RunResult result = run_cli({"schemes", "--format", "xml"});
  CHECK(result.exit_code == exit_usage);
  CHECK(result.out.empty());
  CHECK(result.first_error_line() == "--format: xml not in {text,json}");
}

TEST_CASE("docs name each built-in scheme's source by its title, not by a file of ours", "[docs]") {
  for (const std::string id : {"city-cybersecurity", "municipal-infosec-work"}) {
    for (const std::string language : {"zh", "en"}) {
      INFO(id << " " << language);
      const std::string page = run_cli({"docs", "--scheme", id, "--lang", language}).out;
      std::string source;
      for (const std::string& line : lines_of(page)) {
        if (line.starts_with("- 来源：") || line.starts_with("- Source: ")) source = line;
      }
      CHECK_FALSE(source.empty());
      CHECK_THAT(source, !Catch::Contains(".txt") && !Catch::Contains("seed"));
    }
  }
  CHECK_THAT(run_cli({"docs", "--scheme", "municipal-infosec-work", "--lang", "zh"}).out,
             Catch::Contains("- 来源：市級年度信息安全工作考核評分表\n"));
}

TEST_CASE("no file of the repository keeps a merge-conflict marker", "[docs]") {
  // Built here, so this file does not contain them itself.
  const std::string ours = std::string(7, '<') + " ", theirs = std::string(7, '>') + " ";
  std::vector<std::string> marked;
  for (const char* directory : {"docs", "src", "include", "apps", "tests", "examples", "indicators", "scripts", "bench"}) {
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(source_path(directory), ec);
         it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file()) continue;
      std::string relative = std::filesystem::relative(it->path(), source_path(".")).string();
      for (const std::string& line : lines_of(read_source_file(relative))) {
        if (line.starts_with(ours) || line.starts_with(theirs)) marked.push_back(relative + ": " + line);
      }
    }
  }
  for (const std::string& line : lines_of(read_source_file("README.md"))) {
    if (line.starts_with(ours) || line.starts_with(theirs)) marked.push_back("README.md: " + line);
  }
  CHECK(marked == std::vector<std::string>{});
}
