// --lang zh-Hans and zh-Hant through the built binary (docs/cli.md,
// "Languages and scripts"): every Chinese text printed or written in one
// script, the run's file names and the lines quoted under diagnostics as they
// are; CITYSECEVAL_LANG; rating words written in traditional characters.
//
// Expected lines are written by hand from the tree files and the message
// catalogue, converted character by character (and checked with `opencc -c
// s2t.json` / `t2s.json`, whose standard forms the tool uses: 爲, not 為).
// The standard (indicators/city-cybersecurity.yaml) is written in simplified
// characters, the municipal sheet (indicators/municipal-infosec-work.yaml) in
// traditional; the tool's own words are simplified.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "run_binary.h"
#include "support.h"

using namespace cityseceval::testing;

namespace {

RunResult run_zh(const std::vector<std::string>& arguments) {
  RunOptions options;
  options.environment["CITYSECEVAL_LANG"] = "zh";
  return run_cli(arguments, options);
}

// A JSON report without its "file", which names where it was read from.
nlohmann::json without_file(const std::string& text) {
  nlohmann::json json = nlohmann::json::parse(text);
  json["assessment"].erase("file");
  return json;
}

// `text` with every `from` replaced by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

}  // namespace

TEST_CASE("scripts: the standard's text report in traditional, and in simplified as written", "[scripts]") {
  RunResult hant = run_cli({"score", "examples/yunxi-2025.yaml", "--lang", "zh-Hant"});
  REQUIRE(hant.exit_code == exit_ok);
  const std::vector<std::string> lines = lines_of(hant.out);
  // 评价体系 -> 評價體系; the title 数字政府 城市网络安全评价指标 -> 數字政府 城市網絡安全評價指標.
  CHECK(lines.at(0) == "評價體系  數字政府 城市網絡安全評價指標 (city-cybersecurity 1.0)");
  // 评价期 -> 評價期; 综合得分 -> 綜合得分; 等级 优秀 -> 等級 優秀 (the composite: the example's header).
  CHECK(lines.at(2) == "評價期    2025");
  CHECK(lines.at(3) == "綜合得分  90.95 / 100");
  CHECK(lines.at(4) == "等級      優秀");
  // 6.3 关键信息基础实施保护 (6 of 6 points: its three indicators full).
  CHECK(squeezed_line(hant.out, "6.3 ") == "6.3 關鍵信息基礎實施保護 6.00 6.00 100.00% ██████████");
  // The standard and the tool's words are simplified already: zh-Hans is zh.
  CHECK(run_cli({"score", "examples/yunxi-2025.yaml", "--lang", "zh-Hans"}).out ==
        run_zh({"score", "examples/yunxi-2025.yaml"}).out);
}

TEST_CASE("scripts: the municipal sheet's text report in simplified and in traditional", "[scripts]") {
  RunResult hans = run_cli({"score", "examples/lanting-district-2025.yaml", "--lang", "zh-Hans"});
  REQUIRE(hans.exit_code == exit_ok);
  std::vector<std::string> lines = lines_of(hans.out);
  // The title 信息安全工作考核評分表 -> 信息安全工作考核评分表; the city 蘭亭區 -> 兰亭区 (user data is converted).
  CHECK(lines.at(0) == "评价体系    信息安全工作考核评分表 (municipal-infosec-work 1.0)");
  CHECK(lines.at(1) == "城市        兰亭区");
  // 1.1 網絡與信息安全協調小組: 3.5 of 4 (the example's header).
  CHECK(squeezed_line(hans.out, "1.1 ") == "1.1 网络与信息安全协调小组 3.5 4.0 87.5% █████████░");

  RunResult hant = run_cli({"score", "examples/lanting-district-2025.yaml", "--lang", "zh-Hant"});
  REQUIRE(hant.exit_code == exit_ok);
  lines = lines_of(hant.out);
  // The sheet's own text is traditional already; the tool's words become traditional:
  // 综合得分 -> 綜合得分, 等级 -> 等級, （本体系未定义等级） -> （本體系未定義等級）.
  CHECK(lines.at(1) == "城市        蘭亭區");
  CHECK(lines.at(6) == "綜合得分    65.9 / 100");
  CHECK(lines.at(7) == "等級        （本體系未定義等級）");
  // 3 風險評估: -4 floored at 0 (下限 is the same in both scripts).
  CHECK(squeezed_line(hant.out, "3 ") == "3 風險評估 0.0 16.0 0.0% ░░░░░░░░░░ (下限 0: -4.0 → 0.0)");
}

TEST_CASE("scripts: JSON's Chinese names are converted too", "[scripts]") {
  RunResult hans = run_cli({"score", "examples/lanting-district-2025.yaml", "--format", "json", "--lang", "zh-Hans"});
  REQUIRE(hans.exit_code == exit_ok);
  nlohmann::json json = nlohmann::json::parse(hans.out);
  CHECK(json["scheme"]["title"] == "信息安全工作考核评分表");
  CHECK(json["assessment"]["city"] == "兰亭区");
  CHECK(json["assessment"]["file"] == "examples/lanting-district-2025.yaml");
}

TEST_CASE("scripts: diagnostics in both scripts, for both schemes", "[scripts]") {
  // The standard in traditional: 评价内容项 -> 評價內容項, 未知的评分 -> 未知的評分, 应为 -> 應爲,
  // the scale's words 全部满足 -> 全部滿足 ...
  RunResult hant = run_cli({"check", "tests/data/bad/rating-misspelt.yaml", "--lang", "zh-Hant"});
  CHECK(hant.exit_code == exit_invalid_input);
  CHECK(lines_of(hant.out).at(0) ==
        "tests/data/bad/rating-misspelt.yaml:5:17: error: 評價內容項 6.2.1.2：未知的評分 \"ful\"（是否應爲 \"full\"？）；"
        "應爲 full（全部滿足，1）、mostly（大部分滿足，0.8）、partly（部分滿足，0.5） 或 none（不滿足，0） [invalid-rating]");
  // The summary: 1 个文件中有 1 个错误、0 个警告.
  CHECK(lines_of(hant.out).back() == "1 個文件中有 1 個錯誤、0 個警告");

  // The municipal sheet in simplified: its item texts (成立和調整時的文件 ...) in the message.
  TempDir dir;
  dir.write("facts.yaml", "scheme: municipal-infosec-work\ncity: 兰亭区\nfacts:\n  1.1.1: true\n");
  RunResult hans = run_in(dir, {"score", "facts.yaml", "--lang", "zh-Hans"});
  CHECK(hans.exit_code == exit_invalid_input);
  CHECK(hans.first_error_line() ==
        "facts.yaml:3:1: error: 缺少 38 个评价内容项的事实：1.1.2（成员单位及工作职责）、1.1.3（协调小组职责履行情况）、"
        "1.2.1（成立和调整时的文件）、1.2.2（办公室人员构成及工作职责）、1.2.3（协调小组办事机构职责履行情况）、"
        "1.3.1（各部门信息安全分管领导和责任科室名单）、1.3.2（各部门信息安全员名单及联系方式）、"
        "2.1.1（正式印发年度工作安排文件）、2.1.2（检查督促相关工作落实情况）、2.2.1（制发文件情况），另有 28 项 "
        "[missing-item]");
}

TEST_CASE("scripts: template lines in both scripts", "[scripts]") {
  RunResult hant = run_cli({"template", "--lang", "zh-Hant"});
  REQUIRE(hant.exit_code == exit_ok);
  // 评价表模板 -> 評價表模板; 个评价内容，分属 -> 個評價內容，分屬; 评分指标 -> 評分指標; 满分 -> 滿分.
  CHECK(lines_of(hant.out).at(2) == "# 評價表模板：數字政府 城市網絡安全評價指標（city-cybersecurity，版本 1.0）");
  CHECK(lines_of(hant.out).at(3) == "# 共 144 個評價內容，分屬 53 個評分指標，滿分 100 分。");

  RunResult hans = run_cli({"template", "--scheme", "municipal-infosec-work", "--lang", "zh-Hans"});
  REQUIRE(hans.exit_code == exit_ok);
  CHECK(lines_of(hans.out).at(2) == "# 评价表模板：信息安全工作考核评分表（municipal-infosec-work，版本 1.0）");
}

TEST_CASE("scripts: report headings in both scripts, and the HTML's lang", "[scripts]") {
  // 评价报告 -> 評價報告; 云溪市 stays (云 is a traditional character too).
  RunResult hant = run_cli({"report", "examples/yunxi-2025.yaml", "--format", "markdown", "--lang", "zh-Hant"});
  REQUIRE(hant.exit_code == exit_ok);
  CHECK(lines_of(hant.out).at(0) == "# 云溪市 2025 評價報告");
  CHECK(lines_of(hant.out).at(2) == "*數字政府 城市網絡安全評價指標*");

  RunResult hans =
      run_cli({"report", "examples/lanting-district-2025.yaml", "--format", "markdown", "--lang", "zh-Hans"});
  REQUIRE(hans.exit_code == exit_ok);
  CHECK(lines_of(hans.out).at(0) == "# 兰亭区 2025 评价报告");
  CHECK(lines_of(hans.out).at(2) == "*信息安全工作考核评分表*");

  // Browsers choose the glyphs by `lang`.
  CHECK(lines_of(run_cli({"report", "examples/yunxi-2025.yaml", "--lang", "zh-Hant"}).out).at(1) ==
        "<html lang=\"zh-Hant\">");
  CHECK(lines_of(run_cli({"report", "examples/yunxi-2025.yaml", "--lang", "zh-Hans"}).out).at(1) ==
        "<html lang=\"zh-Hans\">");
  CHECK(lines_of(run_zh({"report", "examples/yunxi-2025.yaml"}).out).at(1) == "<html lang=\"zh-CN\">");
}

TEST_CASE("scripts: file names stay as they are, in diagnostics and in JSON", "[scripts]") {
  TempDir dir;
  // The municipal example under a traditional name, read in simplified: the city is converted, the name not.
  const std::string lanting = source_text("examples/lanting-district-2025.yaml");
  dir.write("蘭亭區.yaml", lanting);
  dir.write("蘭亭區草稿.yaml", replaced(lanting, "\ncity: 蘭亭區\n", "\ncity: [蘭亭區]\n"));
  RunResult json = run_in(dir, {"score", "蘭亭區.yaml", "--format", "json", "--lang", "zh-Hans"});
  REQUIRE(json.exit_code == exit_ok);
  CHECK(nlohmann::json::parse(json.out)["assessment"]["file"] == "蘭亭區.yaml");
  CHECK(nlohmann::json::parse(json.out)["assessment"]["city"] == "兰亭区");
  RunResult draft = run_in(dir, {"score", "蘭亭區草稿.yaml", "--lang", "zh-Hans"});
  CHECK(draft.exit_code == exit_invalid_input);
  // The message in simplified, the quoted line as the file has it (line 67 is `city:`).
  CHECK(lines_of(draft.err) == std::vector<std::string>{
                                   "蘭亭區草稿.yaml:67:7: error: 评价文件中的 \"city\" 应为文本，实际是列表 [wrong-type]",
                                   "   67 | city: [蘭亭區]", "      |       ^"});
  RunResult checked = run_in(dir, {"check", "蘭亭區草稿.yaml", "--format", "json", "--lang", "zh-Hans"});
  CHECK(nlohmann::json::parse(checked.out)[0]["file"] == "蘭亭區草稿.yaml");

  // The standard's example under a simplified name, read in traditional: 青岚市 -> 青嵐市.
  const std::string qinglan = source_text("examples/qinglan-2025.yaml");
  dir.write("青岚市.yaml", qinglan);
  dir.write("青岚市草稿.yaml", replaced(qinglan, "\ncity: 青岚市\n", "\ncity: [青岚市]\n"));
  json = run_in(dir, {"score", "青岚市.yaml", "--format", "json", "--lang", "zh-Hant"});
  REQUIRE(json.exit_code == exit_ok);
  CHECK(nlohmann::json::parse(json.out)["assessment"]["file"] == "青岚市.yaml");
  CHECK(nlohmann::json::parse(json.out)["assessment"]["city"] == "青嵐市");
  // 评价文件中的 "city" 应为文本，实际是列表 in traditional (line 39 is `city:`).
  checked = run_in(dir, {"check", "青岚市草稿.yaml", "--lang", "zh-Hant"});
  CHECK(lines_of(checked.out) ==
        std::vector<std::string>{"青岚市草稿.yaml:39:7: error: 評價文件中的 \"city\" 應爲文本，實際是列表 [wrong-type]",
                                 "   39 | city: [青岚市]", "      |       ^", "1 個文件中有 1 個錯誤、0 個警告"});
  checked = run_in(dir, {"check", "青岚市草稿.yaml", "--format", "json", "--lang", "zh-Hant"});
  CHECK(nlohmann::json::parse(checked.out)[0]["file"] == "青岚市草稿.yaml");
  // An output file's name, in the message that it cannot be written (the directory does not exist).
  RunResult output = run_in(dir, {"score", "青岚市.yaml", "-o", "报告/青岚市.txt", "--lang", "zh-Hant"});
  CHECK(output.exit_code == exit_invalid_input);
  CHECK(output.first_error_line().starts_with("cityseceval: error: 無法寫入 报告/青岚市.txt："));
}

TEST_CASE("scripts: rating words written in traditional characters score as their simplified twins", "[scripts]") {
  TempDir dir;
  // qinglan-2025.yaml rates with the Chinese words of Table A.1: 80.01 (6001/75), worked out in its header.
  std::string traditional = source_text("examples/qinglan-2025.yaml");
  for (const auto& [simplified, hant] : std::vector<std::pair<std::string, std::string>>{
           {"全部满足", "全部滿足"}, {"大部分满足", "大部分滿足"}, {"部分满足", "部分滿足"}, {"不满足", "不滿足"}}) {
    traditional = replaced(traditional, simplified, hant);
  }
  REQUIRE(traditional.find("满足") == std::string::npos);
  dir.write("qinglan-hant.yaml", traditional);
  RunResult hant = run_in(dir, {"score", "qinglan-hant.yaml", "--format", "json"});
  REQUIRE(hant.exit_code == exit_ok);
  CHECK(nlohmann::json::parse(hant.out)["score_exact"] == "6001/75");
  RunResult twin = run_cli({"score", "examples/qinglan-2025.yaml", "--format", "json"});
  CHECK(without_file(hant.out) == without_file(twin.out));

  // 不適用 is na, as 不适用 is (linjiang-2025.yaml: one item na, the composite scaled).
  dir.write("linjiang-hant.yaml", replaced(source_text("examples/linjiang-2025.yaml"), "不适用", "不適用"));
  RunResult na = run_in(dir, {"score", "linjiang-hant.yaml", "--format", "json"});
  REQUIRE(na.exit_code == exit_ok);
  CHECK(without_file(na.out) == without_file(run_cli({"score", "examples/linjiang-2025.yaml", "--format", "json"}).out));
}

TEST_CASE("scripts: CITYSECEVAL_LANG takes the tags too, and tags ignore case", "[scripts]") {
  RunOptions options;
  options.environment["CITYSECEVAL_LANG"] = "zh-Hant";
  RunResult environment = run_cli({"template"}, options);
  CHECK(lines_of(environment.out).at(3) == "# 共 144 個評價內容，分屬 53 個評分指標，滿分 100 分。");
  options.environment["CITYSECEVAL_LANG"] = "ZH-HANT";
  CHECK(run_cli({"template"}, options).out == environment.out);
  // --lang wins over the environment.
  CHECK(lines_of(run_cli({"template", "--lang", "zh"}, options).out).at(3) ==
        "# 共 144 个评价内容，分属 53 个评分指标，满分 100 分。");
  CHECK(run_cli({"template", "--lang", "zh-hant"}).out == environment.out);
}

TEST_CASE("scripts: an unknown --lang is a usage error naming the accepted values", "[scripts]") {
  RunResult taiwan = run_cli({"score", "examples/yunxi-2025.yaml", "--lang", "zh-TW"});
  CHECK(taiwan.exit_code == exit_usage);
  CHECK(taiwan.out.empty());
  CHECK(taiwan.first_error_line() == "--lang: zh-TW not in {zh,en,zh-Hans,zh-Hant}");
}
