// The evaluation report (render_report.h, `cityseceval report`): through the
// public API and the built binary. Every expected number is worked out by hand,
// in the comment beside it, from Table B.1's points and formula A.4 (X = the
// mean of the item ratings: full 1, mostly 0.8, partly 0.5, none 0; earned =
// X × points) or from the worked examples' headers (examples/yunxi-2025.yaml,
// examples/lanting-district-2025.yaml). The HTML in a browser and in print is
// tested by tests/report/browser_test.py.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "cityseceval/compare.h"
#include "cityseceval/render_report.h"
#include "html_text.h"
#include "run_binary.h"
#include "scoring_support.h"
#include "support.h"
#include "svg_charts.h"

using namespace cityseceval;
using cityseceval::testing::assessment_text;
using cityseceval::testing::builtin_scheme;
using cityseceval::testing::check_chinese;
using cityseceval::testing::exit_invalid_input;
using cityseceval::testing::exit_ok;
using cityseceval::testing::exit_usage;
using cityseceval::testing::only_in;
using cityseceval::testing::read_bytes;
using cityseceval::testing::run_cli;
using cityseceval::testing::RunOptions;
using cityseceval::testing::RunResult;
using cityseceval::testing::score_text;
using cityseceval::testing::source_text;
using cityseceval::testing::TempDir;

namespace {

const std::string yunxi = "examples/yunxi-2025.yaml";
const std::string lanting = "examples/lanting-district-2025.yaml";

std::size_t count_of(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++count;
  return count;
}

IndicatorResult* find_mutable(std::vector<IndicatorResult>& results, const std::string& id) {
  for (IndicatorResult& result : results) {
    if (result.indicator->id == id) return &result;
    if (IndicatorResult* found = find_mutable(result.children, id)) return found;
  }
  return nullptr;
}

// The text of the <section> whose id is `anchor`.
std::string section_of(const std::string& html, const std::string& anchor) {
  std::size_t start = html.find("id=\"" + anchor + "\"");
  if (start == std::string::npos) return "";
  return html.substr(start, html.find("</section>", start) - start);
}

// `text` with the first `from` replaced by `to`, which must be there.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
  std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// yunxi-2025.yaml as it would have been a year earlier: 9.1.1 (2 points, one item)
// partly satisfied instead of fully.
std::string yunxi_2024() {
  return replaced(replaced(source_text(yunxi), "  9.1.1: [full]", "  9.1.1: [partly]"), "period: \"2025\"",
                  "period: \"2024\"");
}

}  // namespace

// --- Escaping --------------------------------------------------------------------

TEST_CASE("html_text: every character that means something in HTML, and what HTML cannot hold", "[report]") {
  CHECK(html_text("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(html_text("a \"b\" & 'c'") == "a &quot;b&quot; &amp; &#39;c&#39;");
  CHECK(html_text("&amp;") == "&amp;amp;");  // shown as written, never taken for an entity
  CHECK(html_text("苏州市") == "苏州市");
  CHECK(html_text("line\nbreak\ttab") == "line\nbreak\ttab");
  // Control characters cannot be written in HTML at all: a space.
  CHECK(html_text(std::string("a\x01z\rb\x7f") + "c\xc2\x85") == "a z b c ");
  // A byte that is not UTF-8, and a noncharacter (U+FFFE): U+FFFD.
  CHECK(html_text("x\xff") == "x\xef\xbf\xbd");
  CHECK(html_text("\xef\xbf\xbe") == "\xef\xbf\xbd");
}

TEST_CASE("report: hostile text from a file is escaped in HTML and Markdown, evidence shown as text", "[report]") {
  const Scheme& scheme = builtin_scheme();
  ScoreResult result = score_text(
      scheme, assessment_text(scheme, "full",
                              {{"6.1.1", R"([{rating: mostly, note: "Q \"quoted\" & <b>bold</b>"}, full, full, full, full])"}}));
  result.city = "<script>alert(1)</script>";
  result.period = "2025' onmouseover='x";
  IndicatorResult* indicator = find_mutable(result.indicators, "6.1.1");
  REQUIRE(indicator);
  std::get<RatedItemResult>(indicator->items[0].outcome).evidence = {"https://example.org/a?b=1&c=2",
                                                                     "文件 <2025> 第3号"};
  const std::string html = render_report_html({result, nullptr, nullptr, {}}, Language::en);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("onmouseover='") == std::string::npos);
  CHECK_THAT(html, Catch::Contains("<title>Evaluation report: &lt;script&gt;alert(1)&lt;/script&gt; 2025&#39; "
                                   "onmouseover=&#39;x</title>"));
  CHECK_THAT(html, Catch::Contains("<dt>City</dt><dd>&lt;script&gt;alert(1)&lt;/script&gt;</dd>"));
  CHECK_THAT(html, Catch::Contains("<p>Note: Q &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;</p>"));
  CHECK_THAT(html, Catch::Contains("<div class=\"evidence\">Evidence: <ul><li>https://example.org/a?b=1&amp;c=2</li>"
                                   "<li>文件 &lt;2025&gt; 第3号</li></ul></div>"));
  // Evidence is text: the only links are the contents' own fragments.
  CHECK(count_of(html, "href=\"") == count_of(html, "href=\"#"));
  const std::string markdown = render_report_markdown({result, nullptr, nullptr, {}}, Language::en);
  CHECK_THAT(markdown, Catch::StartsWith("# Evaluation report: \\<script\\>alert(1)\\</script\\> 2025' onmouseover='x\n"));
  CHECK_THAT(markdown, Catch::Contains("- **City:** \\<script\\>alert(1)\\</script\\>\n"));
  CHECK_THAT(markdown, Catch::Contains("| mostly satisfied |  |  |  | Note: Q \"quoted\" & \\<b\\>bold\\</b\\>; "
                                       "Evidence: https://example.org/a?b=1&c=2, 文件 \\<2025\\> 第3号 |\n"));
}

// --- The numbers, both schemes -------------------------------------------------------

TEST_CASE("report CLI: the standard's worked example in HTML", "[report][cli]") {
  RunResult run = run_cli({"report", yunxi, "--lang", "en"});
  REQUIRE(run.exit_code == exit_ok);
  CHECK(run.err.empty());
  const std::string& html = run.out;
  CHECK_THAT(html, Catch::StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                                     "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                                     "style-src 'unsafe-inline'; img-src data:\">\n"));
  // The header: M = 13643/150 = 90.9533... -> 90.95, Excellent (85 <= 90.95 <= 100).
  CHECK_THAT(html, Catch::Contains("<span class=\"number\">90.95</span><span class=\"of\">/ 100.00</span>"));
  CHECK_THAT(html, Catch::Contains("<span class=\"grade-name\">Excellent</span>"));
  CHECK_THAT(html, Catch::Contains("<dt>Scheme</dt><dd>Digital government: city cybersecurity evaluation indicators "
                                   "(city-cybersecurity)</dd>\n<dt>Version</dt><dd>1.0</dd>\n<dt>Source</dt>"));
  CHECK_THAT(html, Catch::Contains("<dt>Scope</dt><dd>every dimension (a full evaluation)</dd>"));
  // Table B.2's bands, every bound and its inclusion, the city's marked.
  CHECK_THAT(html, Catch::Contains("<tr class=\"current\"><td><span class=\"swatch\" style=\"background: #2e7d32\">"
                                   "</span>Excellent</td><td>85.00 ≤ score ≤ 100.00</td><td>this result</td></tr>\n"
                                   "<tr><td><span class=\"swatch\" style=\"background: #7cb342\"></span>Good</td>"
                                   "<td>75.00 ≤ score &lt; 85.00</td><td></td></tr>"));
  CHECK_THAT(html, Catch::Contains("<td>0.00 ≤ score &lt; 60.00</td>"));
  // The dimensions (the file's header): 6 = 2899/150 = 19.3266... of 20 (96.63 %);
  // 9 = 649/60 = 10.8166... of 15 (72.11 %).
  CHECK_THAT(html, Catch::Contains("<tr><td>6 Policy and regulation implementation</td><td class=\"num\">19.33</td>"
                                   "<td class=\"num\">20.00</td><td class=\"num\">96.63%</td></tr>"));
  CHECK_THAT(html, Catch::Contains("<tr><td>9 Research and innovation</td><td class=\"num\">10.82</td>"
                                   "<td class=\"num\">15.00</td><td class=\"num\">72.11%</td></tr>"));
  // 7.6.3 (1 point): mostly, partly (with a note), full: X = 2.3/3 = 0.7666... -> 0.77,
  // earned 0.77 of 1.00, 76.67 %.
  CHECK_THAT(html, Catch::Contains("<td class=\"id\">7.6.3</td><td class=\"name\">Secure data circulation</td>"
                                   "<td>X = 0.77 (mean of 3)</td><td class=\"num points\">0.77</td>"
                                   "<td class=\"num\">1.00</td><td class=\"num\">76.67%</td>"));
  CHECK_THAT(html, Catch::Contains("<td>partly satisfied</td><td class=\"num points\"></td><td class=\"num\"></td>"
                                   "<td class=\"num\"></td><td class=\"remarks\"><p>Note: 加密传输要求已覆盖政务数据，"
                                   "尚未覆盖公共数据开放平台</p><div class=\"evidence\">Evidence: <ul>"
                                   "<li>云政数〔2025〕8号</li></ul></div></td>"));  // the example's evidence on 7.6.3.2
  // One section per dimension, each starting a page, its bar chart and its table.
  CHECK(count_of(html, "<section class=\"page dimension\"") == 5);
  CHECK(count_of(html, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart bars\"") == 5);
  CHECK(count_of(html, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart radar\"") == 1);
  CHECK(count_of(html, "<thead><tr><th>ID</th><th>Indicator / item</th><th>Rating</th><th class=\"num\">Points</th>"
                       "<th class=\"num\">Max</th><th class=\"num\">Percent</th><th>Remarks and evidence</th></tr>"
                       "</thead>") == 5);
  CHECK_THAT(section_of(html, "dimension-4"),
             Catch::StartsWith("id=\"dimension-4\">\n<h2>9 Research and innovation <span class=\"section-score\">"
                               "10.82 / 15.00 (72.11%)</span></h2>"));
  // No date: the same input gives the same bytes; the footer names the tool.
  CHECK_THAT(html, Catch::Contains("<footer>Written by cityseceval "));
  CHECK(run_cli({"report", yunxi, "--lang", "en"}).out == html);
}

TEST_CASE("report CLI: the standard's worked example in Markdown and in Chinese", "[report][cli]") {
  RunResult markdown = run_cli({"report", yunxi, "--lang", "en", "--format", "markdown"});
  REQUIRE(markdown.exit_code == exit_ok);
  CHECK_THAT(markdown.out, Catch::StartsWith("# Evaluation report: 云溪市 2025\n\n"
                                             "*Digital government: city cybersecurity evaluation indicators*\n\n"));
  CHECK_THAT(markdown.out, Catch::Contains("- **Score:** 90.95 / 100.00\n- **Grade:** Excellent\n"));
  CHECK_THAT(markdown.out, Catch::Contains("| Grade | Scores | this result |\n|---|---|---|\n"
                                           "| Excellent | 85.00 ≤ score ≤ 100.00 | this result |\n"
                                           "| Good | 75.00 ≤ score \\< 85.00 |  |\n"));
  CHECK_THAT(markdown.out, Catch::Contains("| 6 Policy and regulation implementation | 19.33 | 20.00 | 96.63% |\n"));
  CHECK_THAT(markdown.out, Catch::Contains("\n## 9 Research and innovation — 10.82 / 15.00 (72.11%)\n\n"
                                           "| ID | Indicator / item | Rating | Points | Max | Percent | "
                                           "Remarks and evidence |\n|---|---|---|---:|---:|---:|---|\n"
                                           "| 9 | Research and innovation |  | 10.82 | 15.00 | 72.11% |  |\n"));
  CHECK_THAT(markdown.out, Catch::Contains("| 7.6.3 | Secure data circulation | X = 0.77 (mean of 3) | 0.77 | 1.00 | "
                                           "76.67% |  |\n"));
  CHECK(markdown.out.find("<svg") == std::string::npos);
  // The section's title is said once: the items' heading under it says the rest.
  CHECK_THAT(markdown.out, Catch::Contains("\n## Improvement priorities\n\n### Items below their maximum, by the "
                                           "points raising each to its maximum adds (showing 10 of "));
  CHECK(markdown.out.find("\n\n\n") == std::string::npos);

  RunResult zh = run_cli({"report", yunxi, "--lang", "zh"});
  REQUIRE(zh.exit_code == exit_ok);
  CHECK_THAT(zh.out, Catch::Contains("<html lang=\"zh-CN\">"));
  CHECK_THAT(zh.out, Catch::Contains("<title>云溪市 2025 评价报告</title>"));
  CHECK_THAT(zh.out, Catch::Contains("<span class=\"label\">综合得分</span><span class=\"number\">90.95</span>"));
  CHECK_THAT(zh.out, Catch::Contains("<span class=\"grade-name\">优秀</span>"));
  CHECK_THAT(zh.out, Catch::Contains("<td>85.00 ≤ 得分 ≤ 100.00</td><td>本次结果</td>"));
  CHECK_THAT(zh.out, Catch::Contains("<tr><td>6 政策规范</td><td class=\"num\">19.33</td>"));
  CHECK_THAT(zh.out, Catch::Contains("<td>X = 0.77（3 项平均）</td>"));
  CHECK_THAT(zh.out, Catch::Contains("\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", "
                                     "sans-serif"));
}

TEST_CASE("report CLI: the municipal sheet's worked example: facts, rules, deductions, floor, bonus, caps",
          "[report][cli]") {
  RunResult run = run_cli({"report", lanting, "--lang", "en"});
  REQUIRE(run.exit_code == exit_ok);
  const std::string& html = run.out;
  // The header: sections 59.85 -> 59.9; bonus 6 (cap 10 not reached); total 65.85 -> 65.9
  // (cap 100 not reached); no grade.
  CHECK_THAT(html, Catch::Contains("<span class=\"number\">65.9</span><span class=\"of\">/ 100.0</span>"));
  CHECK_THAT(html, Catch::Contains("<span class=\"grade-none\">this scheme defines no grades</span>"));
  CHECK_THAT(html, Catch::Contains("<dt>Sections</dt><dd>59.9 / 100.0</dd>\n<dt>Bonus</dt><dd>6.0 → 6.0 (cap 10.0)</dd>\n"
                                   "<dt>Total with bonus</dt><dd>65.9 → 65.9 (cap 100.0)</dd>"));
  CHECK(html.find("<h2>Grade bands</h2>") == std::string::npos);
  // Section 3: -5 + 1 + 0 = -4, floored to 0.
  CHECK_THAT(html, Catch::Contains("<tr><td>3 Risk assessment</td><td class=\"num\">0.0</td><td class=\"num\">16.0</td>"
                                   "<td class=\"num\">0.0%</td></tr>"));
  CHECK_THAT(section_of(html, "dimension-3"), Catch::Contains("<p>floor 0.0: -4.0 → 0.0</p>"));
  // The deductions: 3.1.1 -3 - 2 + 0 = -5, 5.1.1 -2, 5.5.2 -2, and nothing else.
  const std::string deductions = html.substr(html.find("<h2>Deductions</h2>"), html.find("<nav") - html.find("<h2>Deductions</h2>"));
  CHECK(count_of(deductions, "<tr class=\"item level-3 deduction\">") == 3);
  CHECK_THAT(deductions, Catch::Contains("<td class=\"id\">3.1.1</td>"));
  CHECK_THAT(deductions, Catch::Contains("total -3 - 2 + 0 = -5</p>"));
  CHECK_THAT(deductions, Catch::Contains("<td class=\"id\">5.1.1</td><td class=\"name\">制發工作通知或文件</td>"
                                         "<td>false</td><td class=\"num points\">-2.0</td><td class=\"num\">2.0</td>"));
  CHECK_THAT(deductions, Catch::Contains("<td class=\"id\">5.5.2</td>"));
  // A fact, its rule and its points: 5.2.1 proportional 2 × 17/24 = 1.4166... -> 1.4.
  CHECK_THAT(html, Catch::Contains("<td class=\"id\">5.2.1</td><td class=\"name\">黨政機關報送信息安全自查報告情況</td>"
                                   "<td>17/24</td><td class=\"num points\">1.4</td><td class=\"num\">2.0</td>"
                                   "<td class=\"num\"></td><td class=\"remarks\"><p>Rule: "));
  // The bonus section, its own page: 8.1.1 2 + 8.2.1 4 = 6 of its cap 10; not on the radar.
  CHECK_THAT(section_of(html, "dimension-8"),
             Catch::StartsWith("id=\"dimension-8\">\n<h2>8 Bonus <span class=\"section-score\">6.0 / 10.0 (60.0%)"
                               "</span></h2>\n<dl class=\"facts\">\n<dt>Sections</dt>"));
  const std::string radar = html.substr(html.find("class=\"chart radar\""), html.find("</svg>", html.find("class=\"chart radar\"")) - html.find("class=\"chart radar\""));
  CHECK(count_of(radar, "class=\"dot\"") == 7);
  CHECK(radar.find("Bonus") == std::string::npos);

  RunResult markdown = run_cli({"report", lanting, "--lang", "en", "--format", "markdown"});
  CHECK_THAT(markdown.out, Catch::Contains("- **Score:** 65.9 / 100.0\n- **Grade:** this scheme defines no grades\n"
                                           "- **Sections:** 59.9 / 100.0\n- **Bonus:** 6.0 → 6.0 (cap 10.0)\n"
                                           "- **Total with bonus:** 65.9 → 65.9 (cap 100.0)\n"));
  CHECK_THAT(markdown.out, Catch::Contains("| 5.1.1 | 制發工作通知或文件 | false | -2.0 | 2.0 |  | Rule: 2 if yes, -2 if not; "
                                           "Scored: no → -2; Note: 無安全檢查工作通知或工作方案正式文件 |\n"));
  CHECK_THAT(markdown.out, Catch::Contains("| 8 Bonus | 6.0 | 10.0 | 60.0% |\n"));
}

// --- Scope, not applicable ------------------------------------------------------------

TEST_CASE("report: a special evaluation and items not applicable are shown as such, never as 0", "[report]") {
  const Scheme& scheme = builtin_scheme();
  SECTION("only dimension 6 in scope: 20 of 20, scaled to 100.00; the other four not evaluated") {
    ScoreResult result = score_text(scheme, assessment_text(scheme, "full", only_in(scheme, {"6"}), "scope: [\"6\"]\n"));
    const std::string html = render_report_html({result, nullptr, nullptr, {}}, Language::en);
    CHECK_THAT(html, Catch::Contains("<span class=\"number\">100.00</span>"));
    CHECK_THAT(html, Catch::Contains("<p class=\"note\">Scope: 6 Policy and regulation implementation (a special or "
                                     "phased evaluation); the other dimensions were not evaluated.</p>\n"
                                     "<p class=\"note\">The part evaluated earned 20.00 of 20.00; the score is that "
                                     "share of 100.00.</p>"));
    CHECK_THAT(html, Catch::Contains("<tr class=\"not-evaluated\"><td>7 Risk control</td><td class=\"num\">—</td>"
                                     "<td class=\"num\">30.00</td><td class=\"num\">not evaluated</td></tr>"));
    // The radar keeps five axes: four dashed, one point (100 %: the outer ring, straight up).
    CHECK(count_of(html, "class=\"axis muted\"") == 4);
    CHECK(count_of(html, "class=\"dot\"") == 1);
    CHECK_THAT(html, Catch::Contains("<circle class=\"dot\" cx=\"320.0\" cy=\"80.0\" r=\"4\"/>"));
    const std::string risk = section_of(html, "dimension-2");
    CHECK_THAT(risk, Catch::Contains("<p class=\"note\">This dimension is outside the scope of this evaluation: not "
                                     "evaluated, no points.</p>"));
    CHECK(risk.find("<table") == std::string::npos);
  }
  SECTION("6.1.1's five items na: its 3 points left out, 97 of 97 scaled to 100.00; each reason shown") {
    ScoreResult result = score_text(
        scheme, assessment_text(scheme, "full",
                                {{"6.1.1", "[{rating: na, reason: 无此类系统}, {rating: na, reason: 无此类系统}, "
                                           "{rating: na, reason: 无此类系统}, {rating: na, reason: 无此类系统}, "
                                           "{rating: na, reason: 无此类系统}]"}}));
    const std::string html = render_report_html({result, nullptr, nullptr, {}}, Language::en);
    CHECK_THAT(html, Catch::Contains("<p class=\"note\">Every item of these indicators is not applicable, so their 3.00 "
                                     "points are left out of the maximum: 6.1.1 Basic rules and regulations.</p>"));
    CHECK_THAT(html, Catch::Contains("<p class=\"note\">The part evaluated earned 97.00 of 97.00; the score is that share "
                                     "of 100.00.</p>"));
    CHECK_THAT(html, Catch::Contains("<td class=\"id\">6.1.1</td><td class=\"name\">"));
    CHECK_THAT(html, Catch::Contains("<td class=\"num points\">—</td><td class=\"num\">3.00</td><td class=\"num\"></td>"
                                     "<td class=\"remarks\"><p>not applicable</p></td>"));
    CHECK(count_of(html, "<td>not applicable</td><td class=\"num points\"></td><td class=\"num\"></td>"
                         "<td class=\"num\"></td><td class=\"remarks\"><p>Not applicable: 无此类系统</p></td>") == 5);
    // Dimension 6 (20 points) counts 17: 6.1's 3 points are all 6.1.1's.
    CHECK_THAT(html, Catch::Contains("<p>3.00 of it not applicable, left out of the maximum</p>"));
  }
}

// --- The charts' geometry --------------------------------------------------------------

TEST_CASE("radar geometry: the first axis up, the others clockwise, a share of the radius", "[report]") {
  const RadarGeometry radar(4, {100, 100}, 80);
  auto near = [](ChartPoint got, double x, double y) {
    INFO("(" << got.x << ", " << got.y << ") against (" << x << ", " << y << ")");
    CHECK(std::abs(got.x - x) < 1e-9);
    CHECK(std::abs(got.y - y) < 1e-9);
  };
  // 50 % on each of four axes: half the radius (40) up, right, down, left.
  near(radar.point(0, 0.5), 100, 60);
  near(radar.point(1, 0.5), 140, 100);
  near(radar.point(2, 0.5), 100, 140);
  near(radar.point(3, 0.5), 60, 100);
  near(radar.point(1, 1), 180, 100);
  // Outside [0, 1]: drawn at the nearer end (a negative sum at the centre).
  near(radar.point(0, 1.5), 100, 20);
  near(radar.point(2, -0.25), 100, 100);
  near(radar.beyond(3, 10), 10, 100);
  // Five axes: 72° apart; 100 % on axis 1 is at (sin 72°, -cos 72°) × 80.
  const RadarGeometry five(5, {0, 0}, 80);
  near(five.point(1, 1), 80 * std::sin(2 * M_PI / 5), -80 * std::cos(2 * M_PI / 5));
}

TEST_CASE("radar chart: one to many axes, a dimension not evaluated has no point", "[report]") {
  SECTION("one axis: a point, no polygon") {
    std::string svg = radar_chart_svg({{"6 政策", "50.00%", 0.5}}, "t");
    CHECK(count_of(svg, "class=\"dot\"") == 1);
    CHECK(svg.find("class=\"value\"") == std::string::npos);
    // The report's geometry: centre (320, 230), radius 150; 50 % up is y = 230 - 75.
    CHECK_THAT(svg, Catch::Contains("<circle class=\"dot\" cx=\"320.0\" cy=\"155.0\" r=\"4\"/>"));
  }
  SECTION("two axes evaluated: a line; a third not evaluated: dashed, named, no point") {
    std::string svg = radar_chart_svg({{"A", "100.00%", 1.0}, {"B", "未评价", std::nullopt}, {"C", "0.00%", 0.0}}, "t");
    CHECK(count_of(svg, "class=\"dot\"") == 2);
    CHECK(count_of(svg, "<polyline class=\"value\"") == 1);
    CHECK(count_of(svg, "class=\"axis muted\"") == 1);
    CHECK_THAT(svg, Catch::Contains(">未评价</tspan>"));
    CHECK_THAT(svg, Catch::Contains("<polyline class=\"value\" points=\"320.0,80.0 320.0,230.0\"/>"));
  }
  SECTION("labels from a file are escaped") {
    std::string svg = radar_chart_svg({{"<b>&", "1%", 0.01}, {"x", "2%", 0.02}, {"y", "3%", 0.03}}, "<t>");
    CHECK_THAT(svg, Catch::Contains("<title>&lt;t&gt;</title>"));
    CHECK_THAT(svg, Catch::Contains(">&lt;b&gt;&amp;</tspan>"));
  }
}

TEST_CASE("bar chart: tracks as long as the maxima, filled up to the points, a deduction left empty", "[report]") {
  std::string svg = bar_chart_svg({{"6.1 x", "2.00 / 4.00 (50.00%)", true, 2, 4},
                                   {"6.2 y", "-2.0 / 2.0 (-100.0%)", true, -2, 2},
                                   {"6.3 z", "未评价", false, 0, 2}},
                                  "t");
  CHECK(count_of(svg, "class=\"track\"") == 2);
  CHECK(count_of(svg, "class=\"track muted\"") == 1);
  CHECK(count_of(svg, "class=\"fill\"") == 1);  // only 6.1 earned anything
  CHECK_THAT(svg, Catch::Contains("class=\"value negative\"><tspan x="));
  CHECK_THAT(svg, Catch::Contains(">2.00 / 4.00 (50.00%)</tspan>"));
  // The fill is half the track of the longest maximum: read both widths back.
  auto width_of = [&](const std::string& css_class) {
    std::size_t at = svg.find("class=\"" + css_class + "\"");
    std::size_t width = svg.find("width=\"", at) + 7;
    return std::stod(svg.substr(width, svg.find('"', width) - width));
  };
  CHECK(std::abs(width_of("fill") * 2 - width_of("track")) < 0.2);
}

// --- The changes since a previous assessment -----------------------------------------------

TEST_CASE("report CLI: --compare adds the changes since the previous assessment", "[report][cli]") {
  // 9.1.1 (2 points, one item) partly -> full: 1 -> 2, so +1.00 on 9.1.1, 9.1, 9 and the
  // composite: 13643/150 - 1 = 13493/150 = 89.9533... -> 89.95 before, 90.95 after.
  TempDir directory;
  directory.write("yunxi-2024.yaml", yunxi_2024());
  directory.write("yunxi-2025.yaml", source_text(yunxi));
  RunResult run = run_in(directory, {"report", "yunxi-2025.yaml", "--compare", "yunxi-2024.yaml", "--lang", "en"});
  REQUIRE(run.exit_code == exit_ok);
  CHECK(run.err.empty());
  const std::string changes = section_of(run.out, "changes");
  CHECK_THAT(changes, Catch::StartsWith("id=\"changes\">\n<h2>Changes since the previous assessment</h2>\n"));
  CHECK_THAT(changes, Catch::Contains("<dt>Period</dt><dd>2024 → 2025</dd>"));
  CHECK_THAT(changes, Catch::Contains("<dt>Files</dt><dd>yunxi-2024.yaml → yunxi-2025.yaml</dd>"));
  CHECK_THAT(changes, Catch::Contains("<dt>Score</dt><dd>89.95 → 90.95 (+1.00)</dd>\n<dt>Grade</dt><dd>Excellent → "
                                      "Excellent</dd>"));
  CHECK_THAT(changes, Catch::Contains("<h3>Biggest gains</h3>\n<table class=\"ranking\">"));
  CHECK_THAT(changes, Catch::Contains("<tr><td>9.1.1</td><td>Government cybersecurity innovation</td>"
                                      "<td class=\"num\">+1.00</td></tr>"));
  CHECK_THAT(changes, Catch::Contains("<h3>Biggest losses</h3>\n<p>none</p>"));
  CHECK_THAT(changes, Catch::Contains("<tr><td>9</td><td>Research and innovation</td><td class=\"num\">9.82</td>"
                                      "<td class=\"num\">10.82</td><td class=\"num\">+1.00</td><td class=\"num\">15.00</td></tr>"));
  CHECK_THAT(changes, Catch::Contains("<tr><td>9.1.1.1</td><td>9.1.1 Government cybersecurity innovation</td>"
                                      "<td>partly satisfied → fully satisfied</td></tr>"));
  // In the contents, before the dimensions.
  CHECK_THAT(run.out, Catch::Contains("<li><a href=\"#changes\">Changes since the previous assessment</a></li>\n"
                                      "<li><a href=\"#dimension-1\">"));

  RunResult markdown = run_in(directory, {"report", "yunxi-2025.yaml", "--compare", "yunxi-2024.yaml", "--lang", "en",
                                          "--format", "markdown"});
  CHECK_THAT(markdown.out, Catch::Contains("\n## Changes since the previous assessment\n\n- **Scheme:** "));
  CHECK_THAT(markdown.out, Catch::Contains("- **Score:** 89.95 → 90.95 (+1.00)\n"));
  CHECK_THAT(markdown.out, Catch::Contains("\n### Biggest gains\n\n| ID | Indicator | Delta |\n|---|---|---:|\n"
                                           "| 9.1.1 | Government cybersecurity innovation | +1.00 |\n"));
  CHECK_THAT(markdown.out, Catch::Contains("\n### Items that changed\n\n"));

  SECTION("without --compare, no changes section at all") {
    RunResult alone = run_in(directory, {"report", "yunxi-2025.yaml", "--lang", "en"});
    CHECK(alone.out.find("Changes since") == std::string::npos);
    CHECK(alone.out.find("id=\"changes\"") == std::string::npos);
  }
  SECTION("two cities: the compare warning, exit 0") {
    directory.write("other.yaml", replaced(yunxi_2024(), "city: 云溪市", "city: 临江市"));
    RunResult warned = run_in(directory, {"report", "yunxi-2025.yaml", "--compare", "other.yaml", "--lang", "en"});
    CHECK(warned.exit_code == exit_ok);
    CHECK(warned.err == "cityseceval: warning: other.yaml is an assessment of \"临江市\" and yunxi-2025.yaml of "
                        "\"云溪市\": comparing two different cities\n");
  }
  SECTION("two trees: refused as compare refuses them") {
    directory.write("lanting.yaml", source_text(lanting));
    RunResult refused = run_in(directory, {"report", "yunxi-2025.yaml", "--compare", "lanting.yaml", "--lang", "en"});
    CHECK(refused.exit_code == exit_invalid_input);
    CHECK(refused.out.empty());
    CHECK(refused.err == "cityseceval: error: lanting.yaml is scored with scheme municipal-infosec-work 1.0 and "
                         "yunxi-2025.yaml with scheme city-cybersecurity 1.0: assessments of different indicator trees "
                         "are not compared; use --allow-different-trees to compare only the indicators and items "
                         "present in both\n");
  }
}

// --- The command line --------------------------------------------------------------------

TEST_CASE("report CLI: the format follows --format, else -o's name, else HTML", "[report][cli]") {
  TempDir directory;
  directory.write("city.yaml", source_text(yunxi));
  auto written = [&](const std::string& name) { return read_bytes(directory.file(name)).value_or(""); };
  CHECK_THAT(run_in(directory, {"report", "city.yaml"}).out, Catch::StartsWith("<!DOCTYPE html>\n"));
  CHECK(run_in(directory, {"report", "city.yaml", "-o", "r.md"}).exit_code == exit_ok);
  CHECK_THAT(written("r.md"), Catch::StartsWith("# Evaluation report: 云溪市 2025\n"));
  CHECK(run_in(directory, {"report", "city.yaml", "-o", "r.markdown"}).exit_code == exit_ok);
  CHECK_THAT(written("r.markdown"), Catch::StartsWith("# "));
  CHECK(run_in(directory, {"report", "city.yaml", "-o", "r.HTM"}).exit_code == exit_ok);
  CHECK_THAT(written("r.HTM"), Catch::StartsWith("<!DOCTYPE html>"));
  CHECK(run_in(directory, {"report", "city.yaml", "-o", "report"}).exit_code == exit_ok);
  CHECK_THAT(written("report"), Catch::StartsWith("<!DOCTYPE html>"));
  // An explicit --format wins over the name.
  CHECK(run_in(directory, {"report", "city.yaml", "--format", "markdown", "-o", "r.html"}).exit_code == exit_ok);
  CHECK_THAT(written("r.html"), Catch::StartsWith("# "));
  CHECK_THAT(run_in(directory, {"report", "city.yaml", "--format", "markdown"}).out, Catch::StartsWith("# "));
  SECTION("a name that says neither: a usage error, nothing written") {
    RunResult en = run_in(directory, {"report", "city.yaml", "-o", "r.pdf"});
    CHECK(en.exit_code == exit_usage);
    CHECK(en.err == "cityseceval: error: -o r.pdf: cannot tell the report's format from \".pdf\"; name the file .html, "
                    ".htm or .md, or give --format html or --format markdown (for a PDF, print the HTML from a "
                    "browser)\n");
    RunResult zh = run_in(directory, {"report", "city.yaml", "-o", "r.pdf", "--lang", "zh"});
    check_chinese(en.first_error_line(), zh.first_error_line());
    CHECK_FALSE(read_bytes(directory.file("r.pdf")));
    CHECK(run_in(directory, {"report", "city.yaml", "--format", "pdf"}).exit_code == exit_usage);
  }
}

TEST_CASE("report CLI: exit codes, -o never over an input, atomic output", "[report][cli]") {
  TempDir directory;
  directory.write("city.yaml", source_text(yunxi));
  directory.write("old.yaml", yunxi_2024());
  SECTION("no file, two files: usage errors") {
    CHECK(run_in(directory, {"report"}).exit_code == exit_usage);
    CHECK(run_in(directory, {"report", "city.yaml", "old.yaml"}).exit_code == exit_usage);
  }
  SECTION("a missing or invalid file: its diagnostics, exit 1, nothing written") {
    RunResult missing = run_in(directory, {"report", "nope.yaml", "-o", "r.html"});
    CHECK(missing.exit_code == exit_invalid_input);
    CHECK_THAT(missing.first_error_line(), Catch::StartsWith("nope.yaml:"));
    RunResult invalid = run_cli({"report", "tests/data/bad/rating-misspelt.yaml"});
    CHECK(invalid.exit_code == exit_invalid_input);
    CHECK(invalid.out.empty());
    CHECK_THAT(invalid.first_error_line(), Catch::StartsWith("tests/data/bad/rating-misspelt.yaml:"));
    RunResult old_invalid = run_cli({"report", yunxi, "--compare", "tests/data/bad/rating-misspelt.yaml"});
    CHECK(old_invalid.exit_code == exit_invalid_input);
    CHECK(directory.list() == std::vector<std::string>{"city.yaml", "old.yaml"});
  }
  SECTION("-o naming the assessment or the previous one: exit 2, the file untouched") {
    RunResult over = run_in(directory, {"report", "city.yaml", "-o", "city.yaml"});
    CHECK(over.exit_code == exit_usage);
    CHECK(over.err == "cityseceval: error: -o city.yaml would overwrite the input file city.yaml\n");
    CHECK(read_bytes(directory.file("city.yaml")) == source_text(yunxi));
    RunResult over_old = run_in(directory, {"report", "city.yaml", "--compare", "old.yaml", "-o", "old.yaml"});
    CHECK(over_old.exit_code == exit_usage);
    CHECK(read_bytes(directory.file("old.yaml")) == yunxi_2024());
  }
  SECTION("-o replaces a file whole, and leaves no temporary behind") {
    directory.write("r.html", "old content");
    RunResult run = run_in(directory, {"report", "city.yaml", "-o", "r.html"});
    CHECK(run.exit_code == exit_ok);
    CHECK(run.out.empty());
    CHECK(read_bytes(directory.file("r.html")) == run_in(directory, {"report", "city.yaml"}).out);
    CHECK(directory.list() == std::vector<std::string>{"city.yaml", "old.yaml", "r.html"});
  }
  SECTION("-o into a directory that does not exist: exit 1, nothing written") {
    RunResult run = run_in(directory, {"report", "city.yaml", "-o", "no/such/dir/r.html"});
    CHECK(run.exit_code == exit_invalid_input);
    CHECK(directory.list() == std::vector<std::string>{"city.yaml", "old.yaml"});
  }
  SECTION("standard input") {
    RunOptions options;
    options.stdin_text = source_text(yunxi);
    RunResult run = run_cli({"report", "-", "--lang", "en"}, options);
    CHECK(run.exit_code == exit_ok);
    CHECK_THAT(run.out, Catch::Contains("<dt>Assessment file</dt><dd>&lt;stdin&gt;</dd>"));
    CHECK(run_cli({"report", "-", "--compare", "-"}, options).exit_code == exit_usage);
  }
}

TEST_CASE("report CLI: the improvement priorities and the fewest items to the next grade", "[report][cli]") {
  // baishi-2025: M = 66.425 -> 66.43, Qualified; Good needs a reported 75.00, so (half up,
  // 2 decimals) an exact composite of at least 74.995: a gain of at least 8.57.
  // Gains of items raised to full (points * (1 - y) / m):
  //   10.3.1.3, the direct-score item, partly (0.5) -> full makes X = 1: 3 * (1 - 1.8/3) = 1.2
  //   8.1.2.2 none, 2 points / 2 items: 1; 9.1.1.1 partly: 1; 10.2.2.1-3 none, 3 points / 3 items: 1 each
  //   10.1.2.1: 0.75; 7.3.2.1, 7.4.1.3, 7.4.2.1 none, 2 points / 3 items: 2/3 each
  //   8.3.2.2 0.5, 3 points / 4 items: 3 * 0.5 / 4 = 0.375
  // The nine largest add 1.2 + 5 * 1 + 0.75 + 2 * 2/3 = 8.283... < 8.57, so ten are needed; the
  // largest ten would add 8.95, but 1.2 + 5 * 1 + 3 * 2/3 + 0.375 = 8.575 reaches exactly 75.000
  // (nothing over 74.995 is smaller with ten).
  RunResult run = run_cli({"report", "examples/baishi-2025.yaml", "--lang", "en"});
  REQUIRE(run.exit_code == exit_ok);
  const std::string& html = run.out;
  CHECK_THAT(html, Catch::Contains("<section class=\"page priorities\" id=\"priorities\">\n"
                                   "<h2>Improvement priorities</h2>"));
  CHECK_THAT(html, Catch::Contains("<tr><td class=\"num\">1</td><td>10.3.1.3</td><td>10.3.1 City-to-city cooperation"
                                   "</td><td>partly satisfied</td><td>fully satisfied</td><td class=\"num\">+1.20</td>"
                                   "<td class=\"num\">67.63</td></tr>"));
  CHECK_THAT(html, Catch::Contains("<p>Next grade: Good (≥ 75)</p>\n<p>The fewest items to raise to their maximum: 10"
                                   "</p>"));
  CHECK_THAT(html, Catch::Contains("<tr><td>8.3.2.2</td><td>8.3.2 Cybersecurity professional training</td>"
                                   "<td>fully satisfied</td><td class=\"num\">+0.37</td></tr>"));
  CHECK(html.find("<tr><td>10.1.2.1</td>") == std::string::npos);  // 0.75: not in the plan
  // --top 3: three rows in the priorities table (the default shows ten).
  RunResult top = run_cli({"report", "examples/baishi-2025.yaml", "--lang", "en", "--top", "3", "--format", "markdown"});
  REQUIRE(top.exit_code == exit_ok);
  CHECK_THAT(top.out, Catch::Contains("| 3 | 9.1.1.1 |"));
  CHECK(top.out.find("| 4 | 10.2.2.1 |") == std::string::npos);
  CHECK_THAT(top.out, Catch::Contains("Score after: 75.00 (+8.57)"));
  // yunxi-2025 is in the top grade: the priorities still list what adds most, 9.3.1.2 none -> full,
  // 2 points / 3 items: 2/3, 13643/150 + 2/3 = 13743/150 = 91.62.
  RunResult best = run_cli({"report", yunxi, "--lang", "en", "--format", "markdown"});
  CHECK_THAT(best.out, Catch::Contains("| 1 | 9.3.1.2 | 9.3.1 "));
  CHECK_THAT(best.out, Catch::Contains("| +0.67 | 91.62 |"));
  CHECK_THAT(best.out, Catch::Contains("Already in the top grade (Excellent): there is no next grade."));
}
