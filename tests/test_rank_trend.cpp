// rank and trend, through the public API and the built binary. Expected
// numbers are the hand-worked results in the files' headers:
//   tests/data/trees/tie-hundred.yaml: hi 85.004, lo 84.996, both reported 85.00;
//   examples/yunxi-2025.yaml 90.95 (dimension 9: 649/60 -> 10.82), baishi 66.43, heting 47.99;
//   examples/plan-yunxi-2025.yaml: stage 1 (period 2025-06) 7193/75 -> 95.91,
//   stage 2 (2025-12) 755/9 -> 83.89, stage 3 (2026-06) 535/6 -> 89.17.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "cityseceval/trend.h"
#include "run_binary.h"
#include "support.h"

using namespace cityseceval;
using namespace cityseceval::testing;
using Json = nlohmann::json;

namespace {

const std::string tie_tree = "tests/data/trees/tie-hundred.yaml";

// An assessment of the tie-hundred scheme, rated `rating`.
std::string tie_assessment(const std::string& city, const std::string& rating) {
  return "scheme: tie-hundred.yaml\ncity: " + city + "\nperiod: \"2025\"\nratings:\n  \"1.1\": [" + rating + "]\n";
}

std::string yunxi_with_period(const std::string& period) {
  std::string text = source_text("examples/yunxi-2025.yaml");
  std::size_t at = text.find("\nperiod: ");
  REQUIRE(at != std::string::npos);
  std::size_t end = text.find('\n', at + 1);
  return text.substr(0, at + 1) + "period: \"" + period + "\"" + text.substr(end);
}

// The first line of `text`, without its newline.
std::string split_first(const std::string& text) { return text.substr(0, text.find('\n')); }

std::vector<std::string> crlf_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t at = text.find("\r\n"); at != std::string::npos; at = text.find("\r\n", start)) {
    lines.push_back(text.substr(start, at - start));
    start = at + 2;
  }
  return lines;
}

}  // namespace

// --- rank ------------------------------------------------------------------------------

TEST_CASE("rank: ties are decided on the reported score, 1-2-2-4, by city within a tie", "[rank]") {
  TempDir dir;
  dir.write("tie-hundred.yaml", source_text(tie_tree));
  dir.write("a.yaml", tie_assessment("乙市", "hi"));    // 85.004 -> 85.00
  dir.write("b.yaml", tie_assessment("甲市", "lo"));    // 84.996 -> 85.00
  dir.write("c.yaml", tie_assessment("丙市", "full"));  // 100
  dir.write("d.yaml", tie_assessment("丁市", "none"));  // 0
  auto csv = run_cli({"rank", dir.path(), "--format", "csv"});
  CHECK(csv.exit_code == exit_ok);
  CHECK(csv.err.empty());
  // Within the tie, by city in code point order: 乙 (U+4E59) before 甲 (U+7532).
  CHECK(crlf_lines(csv.out) == std::vector<std::string>{
                                   "rank,city,period,score,grade,1,file",
                                   "1,丙市,2025,100.00,high,100.00," + dir.file("c.yaml"),
                                   "2,乙市,2025,85.00,high,85.00," + dir.file("a.yaml"),
                                   "2,甲市,2025,85.00,high,85.00," + dir.file("b.yaml"),
                                   "4,丁市,2025,0.00,low,0.00," + dir.file("d.yaml"),
                               });
  auto json = run_cli({"rank", dir.path(), "--format", "json"});
  Json ranking = Json::parse(json.out);
  CHECK(ranking["by"] == "score");
  REQUIRE(ranking["ranking"].size() == 4);
  CHECK(ranking["ranking"][1]["rank"] == 2);
  CHECK(ranking["ranking"][1]["score"] == 85);
  CHECK(ranking["ranking"][1]["score_exact"] == "21251/250");  // 85.004
  CHECK(ranking["ranking"][2]["rank"] == 2);
  CHECK(ranking["ranking"][2]["score_exact"] == "21249/250");  // 84.996
  CHECK(ranking["ranking"][3]["rank"] == 4);
}

TEST_CASE("rank: --by ranks on one indicator's reported points", "[rank]") {
  auto result = run_cli({"rank", "examples/yunxi-2025.yaml", "examples/baishi-2025.yaml", "--by", "9", "--format",
                         "csv"});
  CHECK(result.exit_code == exit_ok);
  std::vector<std::string> rows = crlf_lines(result.out);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == "rank,city,period,9,score,grade,6,7,8,9,10,file");
  CHECK(rows[1].starts_with("1,云溪市,2025,10.82,90.95,excellent,19.33,28.63,14.35,10.82,17.83,"));
  CHECK(rows[2].starts_with("2,白石市,2025,"));
  auto unknown = run_cli({"rank", "examples/yunxi-2025.yaml", "--by", "11"});
  CHECK(unknown.exit_code == exit_usage);
  CHECK(unknown.err == "cityseceval: error: --by 11 is not an indicator of the schemes scored (city-cybersecurity "
                       "1.0)\n");
}

TEST_CASE("rank: an assessment that did not evaluate the --by indicator is listed last, unranked", "[rank]") {
  // 西岭市 evaluated dimension 7 only (examples/xiling-2025-special.yaml).
  auto result = run_cli({"rank", "examples/xiling-2025-special.yaml", "examples/heting-2025.yaml", "--by", "9",
                         "--format", "csv"});
  CHECK(result.exit_code == exit_ok);
  CHECK(result.err == "cityseceval: warning: examples/xiling-2025-special.yaml: no score for 9 (not in its scheme, "
                      "or not evaluated); listed last, unranked\n");
  std::vector<std::string> rows = crlf_lines(result.out);
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].starts_with("1,鹤汀市,"));
  CHECK(rows[2].starts_with(",西岭市,2025,,94.40,excellent,"));
}

TEST_CASE("rank: a file that cannot be scored is reported and the others ranked, exit 1", "[rank]") {
  auto result = run_cli({"rank", "examples/baishi-2025.yaml", "tests/data/bad/rating-misspelt.yaml",
                         "examples/yunxi-2025.yaml", "--format", "csv"});
  CHECK(result.exit_code == exit_invalid_input);
  CHECK(result.first_error_line().starts_with("tests/data/bad/rating-misspelt.yaml:5:17: error: "));
  std::vector<std::string> rows = crlf_lines(result.out);
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].starts_with("1,云溪市,"));
  CHECK(rows[2].starts_with("2,白石市,"));
}

TEST_CASE("rank: --format xlsx needs -o FILE; trend has no workbook", "[rank][workbook]") {
  auto absent = run_cli({"rank", "examples/yunxi-2025.yaml", "--format", "xlsx", "-o", "-"});
  CHECK(absent.exit_code == exit_usage);
  CHECK(absent.err ==
        "cityseceval: error: a workbook is binary and is not written to standard output: give -o FILE.xlsx\n");
  CHECK(absent.out.empty());
  TempDir dir;
  auto written = run_cli({"rank", "examples/yunxi-2025.yaml", "--format", "xlsx", "-o", dir.file("rank.xlsx")});
  CHECK(written.exit_code == exit_ok);
  std::optional<std::string> bytes = read_bytes(dir.file("rank.xlsx"));
  REQUIRE(bytes);
  CHECK(bytes->starts_with("PK\x03\x04"));
  auto trend = run_cli({"trend", "examples/yunxi-2025.yaml", "--format", "xlsx", "-o", dir.file("trend.xlsx")});
  CHECK(trend.exit_code == exit_usage);
  CHECK(trend.err.starts_with("--format: xlsx not in {text,csv,tsv,markdown,json}"));
  RunOptions chinese;
  chinese.environment["CITYSECEVAL_LANG"] = "zh";
  auto zh = run_cli({"rank", "examples/yunxi-2025.yaml", "--format", "xlsx"}, chinese);
  CHECK(zh.exit_code == exit_usage);
  check_chinese("cityseceval: error: a workbook is binary and is not written to standard output: give -o FILE.xlsx",
                split_first(zh.err));
}

TEST_CASE("rank: the text table is in the report's language", "[rank]") {
  auto en = run_cli({"rank", "examples/yunxi-2025.yaml", "--lang", "en"});
  CHECK(en.out == "Rank  City    Period  Score  Grade          6      7      8      9     10  File\n"
                  "   1  云溪市  2025    90.95  Excellent  19.33  28.63  14.35  10.82  17.83  examples/yunxi-2025.yaml\n");
  auto zh = run_cli({"rank", "examples/yunxi-2025.yaml", "--lang", "zh"});
  // Numbers and their headings are right-aligned: " 得分" over "90.95".
  CHECK(zh.out == "名次  城市    评价期   得分  等级      6      7      8      9     10  文件\n"
                  "   1  云溪市  2025    90.95  优秀  19.33  28.63  14.35  10.82  17.83  examples/yunxi-2025.yaml\n");
}

// --- trend -----------------------------------------------------------------------------

TEST_CASE("trend: periods compare as written, numbers numerically", "[trend]") {
  CHECK(compare_periods("2024", "2025") < 0);
  CHECK(compare_periods("2025", "2025H2") < 0);
  CHECK(compare_periods("2025H2", "2025H10") < 0);
  CHECK(compare_periods("2025-06", "2025-12") < 0);
  CHECK(compare_periods("2025-12", "2026-06") < 0);
  CHECK(compare_periods("2025Q1", "2025Q1") == 0);
  CHECK(compare_periods("2025", "02025") == 0);  // leading zeros do not count
  CHECK(compare_periods("2025H1", "2025Q1") < 0);  // "H" < "Q" as text
  CHECK(compare_periods("9", "10") < 0);
}

TEST_CASE("trend: one city's files in period order with the change each period", "[trend]") {
  // Given out of order: stage 3, stage 1, stage 2.
  auto result = run_cli({"trend", "examples/yunxi-2025-stage3.yaml", "examples/yunxi-2025-stage1.yaml",
                         "examples/yunxi-2025-stage2.yaml", "--format", "csv"});
  CHECK(result.exit_code == exit_ok);
  // 83.89 - 95.91 = -12.02; 89.17 - 83.89 = +5.28.
  CHECK(crlf_lines(result.out) ==
        std::vector<std::string>{
            "city,period,score,change,grade,6,7,8,9,10,file",
            "云溪市,2025-06,95.91,,excellent,19.33,28.63,,,,examples/yunxi-2025-stage1.yaml",
            "云溪市,2025-12,83.89,-12.02,good,,,14.35,10.82,,examples/yunxi-2025-stage2.yaml",
            "云溪市,2026-06,89.17,+5.28,excellent,,,,,17.83,examples/yunxi-2025-stage3.yaml",
        });
  Json json = Json::parse(run_cli({"trend", "examples/yunxi-2025-stage3.yaml", "examples/yunxi-2025-stage1.yaml",
                                   "examples/yunxi-2025-stage2.yaml", "--format", "json"})
                              .out);
  REQUIRE(json["periods"].size() == 3);
  CHECK(json["periods"][0]["change"] == nullptr);
  CHECK(json["periods"][1]["change"] == -12.02);
  // Exact: 755/9 - 7193/75 = (18875 - 21579)/225 = -2704/225.
  CHECK(json["periods"][1]["change_exact"] == "-2704/225");
  CHECK(json["periods"][2]["change"] == 5.28);
}

TEST_CASE("trend: 2024 < 2025 < 2025H2 through the binary", "[trend]") {
  TempDir dir;
  dir.write("x.yaml", yunxi_with_period("2025H2"));
  dir.write("y.yaml", yunxi_with_period("2024"));
  dir.write("z.yaml", yunxi_with_period("2025"));
  auto result = run_cli({"trend", dir.path(), "--format", "csv"});
  CHECK(result.exit_code == exit_ok);
  std::vector<std::string> rows = crlf_lines(result.out);
  REQUIRE(rows.size() == 4);
  CHECK(rows[1].starts_with("云溪市,2024,90.95,,"));
  CHECK(rows[2].starts_with("云溪市,2025,90.95,0.00,"));
  CHECK(rows[3].starts_with("云溪市,2025H2,90.95,0.00,"));
}

TEST_CASE("trend: files of different cities are refused unless --any-city", "[trend]") {
  auto refused = run_cli({"trend", "examples/yunxi-2025.yaml", "examples/baishi-2025.yaml"});
  CHECK(refused.exit_code == exit_invalid_input);
  CHECK(refused.out.empty());
  CHECK(refused.err == "cityseceval: error: the assessments are of different cities (云溪市, 白石市); a trend "
                       "follows one city: give one city's files, or --any-city\n");
  auto allowed = run_cli({"trend", "examples/yunxi-2025.yaml", "examples/baishi-2025.yaml", "--any-city", "--format",
                          "csv"});
  CHECK(allowed.exit_code == exit_ok);
  std::vector<std::string> rows = crlf_lines(allowed.out);
  REQUIRE(rows.size() == 3);
  // Each city on its own: no change across cities. 云 (U+4E91) sorts before 白 (U+767D).
  CHECK(rows[1].starts_with("云溪市,2025,90.95,,"));
  CHECK(rows[2].starts_with("白石市,2025,66.43,,"));
}

TEST_CASE("trend: an assessment without a period is left out, exit 1", "[trend]") {
  TempDir dir;
  std::string text = source_text("examples/yunxi-2025.yaml");
  std::size_t at = text.find("\nperiod: ");
  text.erase(at + 1, text.find('\n', at + 1) - at);
  const std::string path = dir.write("undated.yaml", text);
  auto result = run_cli({"trend", path, "examples/yunxi-2025.yaml", "--format", "csv"});
  CHECK(result.exit_code == exit_invalid_input);
  CHECK(result.err == "cityseceval: error: " + path +
                          ": the assessment has no period, which a trend orders by; it is left out\n");
  CHECK(crlf_lines(result.out).size() == 2);
  RunOptions zh;
  zh.environment["CITYSECEVAL_LANG"] = "zh";
  zh.working_directory = dir.path();  // so the message names the file the same every time
  check_chinese("cityseceval: error: undated.yaml: the assessment has no period, which a trend orders by; it is left "
                "out",
                split_first(run_cli({"trend", "undated.yaml"}, zh).err));
}

TEST_CASE("trend: two assessments of one period, and two schemes, are warned about", "[trend]") {
  TempDir dir;
  dir.write("a.yaml", yunxi_with_period("2025"));
  dir.write("b.yaml", yunxi_with_period("2025"));
  auto same = run_cli({"trend", dir.file("a.yaml"), dir.file("b.yaml"), "--format", "csv"});
  CHECK(same.exit_code == exit_ok);
  CHECK(same.err == "cityseceval: warning: 云溪市 has two assessments for the period 2025: " + dir.file("a.yaml") +
                        " and " + dir.file("b.yaml") + "\n");
  auto schemes = run_cli({"trend", "examples/yunxi-2025.yaml", "examples/lanting-district-2025.yaml", "--any-city",
                          "--format", "csv"});
  CHECK(schemes.exit_code == exit_ok);
  CHECK(schemes.err == "cityseceval: warning: the assessments use different schemes (city-cybersecurity 1.0, "
                       "municipal-infosec-work 1.0); a change between two schemes compares different things\n");
  RunOptions zh;
  zh.environment["CITYSECEVAL_LANG"] = "zh";
  RunOptions zh_here = zh;
  zh_here.working_directory = dir.path();  // so the message names the files the same every time
  check_chinese("cityseceval: warning: 云溪市 has two assessments for the period 2025: a.yaml and b.yaml",
                split_first(run_cli({"trend", "a.yaml", "b.yaml"}, zh_here).err));
  check_chinese("cityseceval: warning: the assessments use different schemes (city-cybersecurity 1.0, "
                "municipal-infosec-work 1.0); a change between two schemes compares different things",
                split_first(run_cli({"trend", "examples/yunxi-2025.yaml", "examples/lanting-district-2025.yaml",
                                     "--any-city"},
                                    zh)
                                .err));
}
