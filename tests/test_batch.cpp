// score over many files, through the built binary: a batch that keeps going
// past a broken file, jsonl/json/csv/tsv/markdown, directories, --jobs, and
// the gates. Expected scores are the hand-worked results in the examples'
// headers: 云溪市 (examples/yunxi-2025.yaml) 13643/150 = 90.953... -> 90.95,
// excellent; 白石市 (examples/baishi-2025.yaml) 2657/40 = 66.425 -> 66.43,
// qualified; 鹤汀市 (examples/heting-2025.yaml) 3599/75 -> 47.99, unqualified.
// 云溪市's dimensions (its stage files' headers): 6 2899/150 -> 19.33,
// 7 2147/75 -> 28.63, 8 287/20 -> 14.35, 9 649/60 -> 10.82, 10 107/6 -> 17.83.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "run_binary.h"
#include "support.h"

using namespace cityseceval::testing;
using Json = nlohmann::json;

namespace {

const std::string yunxi = "examples/yunxi-2025.yaml";
const std::string baishi = "examples/baishi-2025.yaml";
const std::string heting = "examples/heting-2025.yaml";
const std::string misspelt = "tests/data/bad/rating-misspelt.yaml";
const std::string misspelt_error =
    "tests/data/bad/rating-misspelt.yaml:5:17: error: item 6.2.1.2: unknown rating \"ful\" (did you mean \"full\"?); "
    "expected full (全部满足, 1), mostly (大部分满足, 0.8), partly (部分满足, 0.5) or none (不满足, 0) "
    "[invalid-rating]";

std::vector<std::string> split_lines(const std::string& text, const std::string& end = "\n") {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t at = text.find(end); at != std::string::npos; at = text.find(end, start)) {
    lines.push_back(text.substr(start, at - start));
    start = at + end.size();
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

// "f007.yaml": zero-padded, so the sorted order is the numeric one.
std::string numbered(int i) {
  std::string digits = std::to_string(i);
  return "f" + std::string(3 - digits.size(), '0') + digits + ".yaml";
}

const std::string header = "file,city,period,scheme,score,grade,6,7,8,9,10,error";
const std::string yunxi_row = yunxi + ",云溪市,2025,city-cybersecurity,90.95,excellent,19.33,28.63,14.35,10.82,17.83,";

// `text` of examples/yunxi-2025.yaml with the city renamed.
std::string yunxi_as(const std::string& city_line) {
  std::string text = source_text(yunxi);
  std::size_t at = text.find("\ncity: ");
  REQUIRE(at != std::string::npos);
  std::size_t end = text.find('\n', at + 1);
  return text.substr(0, at + 1) + city_line + text.substr(end);
}

}  // namespace

// --- A batch keeps going ------------------------------------------------------------

TEST_CASE("batch: a broken file in the middle is reported and the others are still scored, in order", "[batch]") {
  const std::vector<std::string> files = {yunxi, misspelt, baishi};
  SECTION("csv: the broken file's row has the error") {
    auto result = run_cli({"score", yunxi, misspelt, baishi, "--format", "csv"});
    CHECK(result.exit_code == exit_invalid_input);
    CHECK(result.first_error_line() == misspelt_error);
    std::vector<std::string> rows = split_lines(result.out, "\r\n");
    REQUIRE(rows.size() == 4);
    CHECK(rows[0] == header);
    CHECK(rows[1] == yunxi_row);
    // RFC 4180: the cell is quoted and its quotes doubled.
    std::string quoted = misspelt_error;
    for (std::size_t at = quoted.find('"'); at != std::string::npos; at = quoted.find('"', at + 2)) quoted.insert(at, "\"");
    CHECK(rows[2] == misspelt + ",,,,,,,,,,,\"" + quoted + "\"");
    CHECK(rows[3].starts_with(baishi + ",白石市,2025,city-cybersecurity,66.43,qualified,"));
  }
  SECTION("jsonl: one line per file, the broken one {file, errors}") {
    auto result = run_cli({"score", yunxi, misspelt, baishi, "--format", "jsonl"});
    CHECK(result.exit_code == exit_invalid_input);
    std::vector<std::string> lines = split_lines(result.out);
    REQUIRE(lines.size() == 3);
    CHECK(Json::parse(lines[0])["assessment"]["file"] == yunxi);
    CHECK(Json::parse(lines[0])["score"] == 90.95);
    Json failed = Json::parse(lines[1]);
    Json error = {{"file", misspelt}, {"line", 5}, {"column", 17}, {"severity", "error"}, {"rule", "invalid-rating"},
                  {"message", misspelt_error.substr(misspelt_error.find("item 6.2.1.2"),
                                                     misspelt_error.find(" [invalid-rating]") -
                                                         misspelt_error.find("item 6.2.1.2"))}};
    CHECK(failed == Json{{"file", misspelt}, {"errors", Json::array({error})}});
    CHECK(Json::parse(lines[2])["score"] == 66.43);
  }
  SECTION("json: an array with the error object in its place") {
    auto result = run_cli({"score", yunxi, misspelt, baishi, "--format", "json"});
    CHECK(result.exit_code == exit_invalid_input);
    Json array = Json::parse(result.out);
    REQUIRE(array.is_array());
    REQUIRE(array.size() == 3);
    CHECK(array[0]["assessment"]["city"] == "云溪市");
    CHECK(array[1]["file"] == misspelt);
    CHECK(array[1]["errors"].size() == 1);
    CHECK(array[2]["assessment"]["city"] == "白石市");
  }
  SECTION("text: each report headed by its file, the broken one says why") {
    auto result = run_cli({"score", yunxi, misspelt, baishi});
    CHECK(result.exit_code == exit_invalid_input);
    CHECK(result.out.find("==> " + misspelt + " <==\nnot scored: 1 error (see the messages above)\n\n==> " + baishi) !=
          std::string::npos);
    CHECK(result.out.starts_with("==> " + yunxi + " <==\n"));
  }
}

TEST_CASE("batch: jsonl is one line per file, for one file too", "[batch]") {
  auto one = run_cli({"score", yunxi, "--format", "jsonl"});
  CHECK(one.exit_code == exit_ok);
  REQUIRE(split_lines(one.out).size() == 1);
  CHECK(one.out.back() == '\n');
  Json line = Json::parse(one.out);
  // The same object as --format json gives for one file.
  CHECK(line == Json::parse(run_cli({"score", yunxi, "--format", "json"}).out));
  auto broken = run_cli({"score", misspelt, "--format", "jsonl"});
  CHECK(broken.exit_code == exit_invalid_input);
  REQUIRE(split_lines(broken.out).size() == 1);
  CHECK(Json::parse(broken.out)["file"] == misspelt);
}

// --- Tables ------------------------------------------------------------------------------

TEST_CASE("batch: csv quotes a city name with a comma and a quote, and defuses formulas", "[batch]") {
  TempDir dir;
  dir.write("a.yaml", yunxi_as("city: 'Foo, \"Bar\"'"));
  dir.write("b.yaml", yunxi_as("city: \"=HYPERLINK(1)\""));
  auto result = run_cli({"score", dir.file("a.yaml"), dir.file("b.yaml"), "--format", "csv", "--columns", "city,score"});
  CHECK(result.exit_code == exit_ok);
  CHECK(result.out == "city,score\r\n\"Foo, \"\"Bar\"\"\",90.95\r\n'=HYPERLINK(1),90.95\r\n");
}

TEST_CASE("batch: tsv and markdown", "[batch]") {
  TempDir dir;
  dir.write("a.yaml", yunxi_as("city: \"A|B\tC\""));
  auto tsv = run_cli({"score", dir.file("a.yaml"), "--format", "tsv", "--columns", "city,score,grade"});
  CHECK(tsv.out == "city\tscore\tgrade\nA|B C\t90.95\texcellent\n");
  auto markdown = run_cli({"score", dir.file("a.yaml"), yunxi, "--format", "markdown", "--columns", "city,score,grade,9"});
  CHECK(markdown.out ==
        "| city | score | grade | 9 |\n"
        "| --- | ---: | --- | ---: |\n"
        "| A\\|B C | 90.95 | excellent | 10.82 |\n"
        "| 云溪市 | 90.95 | excellent | 10.82 |\n");
}

TEST_CASE("batch: --bom starts a csv with the byte-order mark Excel needs", "[batch]") {
  auto result = run_cli({"score", yunxi, "--format", "csv", "--bom", "--columns", "score"});
  CHECK(result.out == "\xEF\xBB\xBFscore\r\n90.95\r\n");
}

TEST_CASE("batch: --level 2 gives the level-2 columns", "[batch]") {
  auto result = run_cli({"score", yunxi, "--format", "csv", "--level", "2"});
  std::vector<std::string> rows = split_lines(result.out, "\r\n");
  REQUIRE(rows.size() == 2);
  // Table B.1's level-2 indicators: 6.1-6.5, 7.1-7.6, 8.1-8.3, 9.1-9.3, 10.1-10.4.
  CHECK(rows[0] ==
        "file,city,period,scheme,score,grade,6.1,6.2,6.3,6.4,6.5,7.1,7.2,7.3,7.4,7.5,7.6,8.1,8.2,8.3,9.1,9.2,9.3,10.1,"
        "10.2,10.3,10.4,error");
}

TEST_CASE("batch: different schemes keep only the columns they share, with a warning", "[batch]") {
  auto result = run_cli({"score", yunxi, "examples/lanting-district-2025.yaml", "--format", "csv"});
  CHECK(result.exit_code == exit_ok);
  CHECK(result.err ==
        "cityseceval: warning: the assessments use different schemes (city-cybersecurity 1.0, municipal-infosec-work "
        "1.0); only the columns they share are written\n");
  std::vector<std::string> rows = split_lines(result.out, "\r\n");
  REQUIRE(rows.size() == 3);
  // municipal-infosec-work's sections 6, 7 and 8 are not the standard's dimensions 6, 7 and 8.
  CHECK(rows[0] == "file,city,period,scheme,score,grade,error");
  // The sheet has no grades: an empty grade cell. Its total 1317/20 = 65.85 is reported 65.9.
  CHECK(rows[2] == "examples/lanting-district-2025.yaml,蘭亭區,2025,municipal-infosec-work,65.9,,");
}

TEST_CASE("batch: an unknown column is a usage error", "[batch]") {
  auto result = run_cli({"score", yunxi, "--format", "csv", "--columns", "city,scroe"});
  CHECK(result.exit_code == exit_usage);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "cityseceval: error: unknown column \"scroe\" (did you mean \"score\"?); a column is one of file, city, "
        "period, scheme, score, grade, error, or an indicator ID of the schemes scored\n");
}

// --- Directories -----------------------------------------------------------------------------

TEST_CASE("batch: a directory is scanned recursively in sorted order, skipping what is not an assessment", "[batch]") {
  TempDir dir;
  dir.write("b.yaml", source_text(baishi));
  std::filesystem::create_directories(dir.file("a"));
  dir.write("a/z.yml", source_text(yunxi));
  dir.write("c.yaml", source_text(heting));
  dir.write("tree.yaml", source_text("tests/data/trees/small-ten.yaml"));  // a tree: not scored
  dir.write("notes.txt", "not an assessment\n");
  std::filesystem::create_directories(dir.file(".git"));
  dir.write(".git/x.yaml", "ratings: {}\n");  // hidden: not entered
  auto result = run_cli({"score", dir.path(), "--format", "csv", "--columns", "file,score"});
  CHECK(result.exit_code == exit_ok);
  CHECK(result.err.empty());
  CHECK(result.out == "file,score\r\n" + dir.file("a/z.yml") + ",90.95\r\n" + dir.file("b.yaml") + ",66.43\r\n" +
                          dir.file("c.yaml") + ",47.99\r\n");
  // A directory always gives a JSON array, even of one file.
  TempDir one;
  one.write("only.yaml", source_text(yunxi));
  Json array = Json::parse(run_cli({"score", one.path(), "--format", "json"}).out);
  CHECK(array.is_array());
  CHECK(array.size() == 1);
}

// --- --jobs -----------------------------------------------------------------------------------

TEST_CASE("batch: --jobs 4 writes exactly what --jobs 1 writes, on 200 files", "[batch]") {
  TempDir dir;
  const std::vector<std::string> sources = {yunxi, baishi, heting, misspelt, "examples/linjiang-2025.yaml"};
  for (int i = 0; i < 200; ++i) {
    dir.write(numbered(i), source_text(sources[static_cast<std::size_t>(i) % sources.size()]));
  }
  for (const std::string format : {"jsonl", "csv", "text"}) {
    auto one = run_cli({"score", dir.path(), "--format", format, "--jobs", "1"});
    auto four = run_cli({"score", dir.path(), "--format", format, "--jobs", "4"});
    CHECK(one.exit_code == exit_invalid_input);  // 40 of them are misspelt
    CHECK(four.exit_code == one.exit_code);
    CHECK(four.out == one.out);
    CHECK(four.err == one.err);
    if (std::string(format) == "jsonl") CHECK(split_lines(one.out).size() == 200);
  }
}

TEST_CASE("batch: --jobs takes a number of threads", "[batch]") {
  for (const std::string bad : {"0", "x", "-1", "1000"}) {
    auto result = run_cli({"score", yunxi, "--jobs", bad});
    CHECK(result.exit_code == exit_usage);
    CHECK(result.err == "cityseceval: error: --jobs takes a whole number of threads from 1 to 256, got \"" + bad +
                            "\"\n");
  }
}

// --- Gates ----------------------------------------------------------------------------------------

TEST_CASE("batch: a score exactly at --fail-under passes; one below exits 3 after writing", "[batch][gate]") {
  auto at = run_cli({"score", yunxi, "--fail-under", "90.95", "--format", "jsonl"});
  CHECK(at.exit_code == exit_ok);
  auto above = run_cli({"score", yunxi, baishi, "--fail-under", "66.44", "--format", "csv", "--columns", "city"});
  CHECK(above.exit_code == 3);
  CHECK(above.out == "city\r\n云溪市\r\n白石市\r\n");
  CHECK(above.err == "cityseceval: " + baishi + ": 白石市 scored 66.43, below the gate 66.44\n");
}

TEST_CASE("batch: --min-grade judges the grade of the reported score", "[batch][gate]") {
  auto passes = run_cli({"score", yunxi, baishi, "--min-grade", "qualified", "--format", "jsonl"});
  CHECK(passes.exit_code == exit_ok);
  auto below = run_cli({"score", yunxi, baishi, heting, "--min-grade", "good", "--format", "jsonl"});
  CHECK(below.exit_code == 3);
  CHECK(split_lines(below.out).size() == 3);
  CHECK(below.err == "cityseceval: " + baishi + ": 白石市 is graded Qualified, below the minimum grade Good\n"
                     "cityseceval: " + heting + ": 鹤汀市 is graded Unqualified, below the minimum grade Good\n");
  auto chinese = run_cli({"score", baishi, "--min-grade", "good", "--lang", "zh", "--format", "jsonl"});
  CHECK(chinese.err == "cityseceval: " + baishi + "：白石市 的等级为合格，低于最低等级良好\n");
}

TEST_CASE("batch: an error outranks a gate: exit 1, not 3", "[batch][gate]") {
  auto result = run_cli({"score", baishi, misspelt, "--fail-under", "90", "--format", "jsonl"});
  CHECK(result.exit_code == exit_invalid_input);
  CHECK(split_lines(result.out).size() == 2);
  CHECK(result.err.find("cityseceval: " + baishi + ": 白石市 scored 66.43, below the gate 90\n") != std::string::npos);
}

TEST_CASE("batch: --min-grade that is no grade of the scheme", "[batch][gate]") {
  SECTION("with --scheme: a usage error before anything is scored") {
    auto result = run_cli({"score", yunxi, "--scheme", "city-cybersecurity", "--min-grade", "superb"});
    CHECK(result.exit_code == exit_usage);
    CHECK(result.out.empty());
    CHECK(result.err == "cityseceval: error: --min-grade superb is not a grade of scheme city-cybersecurity; its "
                        "grades are excellent, good, qualified, unqualified\n");
  }
  SECTION("a scheme with no grades: an error for that file, exit 1") {
    auto result =
        run_cli({"score", "examples/lanting-district-2025.yaml", "--min-grade", "good", "--format", "jsonl"});
    CHECK(result.exit_code == exit_invalid_input);
    CHECK(split_lines(result.out).size() == 1);
    CHECK(result.err == "cityseceval: error: examples/lanting-district-2025.yaml: --min-grade good cannot be "
                        "applied: scheme municipal-infosec-work defines no grades\n");
  }
}

// --- Options that go together ------------------------------------------------------------------

TEST_CASE("batch: table options with a format that has no table are usage errors", "[batch]") {
  auto bom = run_cli({"score", yunxi, "--bom"});
  CHECK(bom.exit_code == exit_usage);
  CHECK(bom.err == "cityseceval: error: --bom is for --format csv or tsv (spreadsheets); the format is text\n");
  auto columns = run_cli({"score", yunxi, "--format", "jsonl", "--columns", "city"});
  CHECK(columns.exit_code == exit_usage);
  CHECK(columns.err ==
        "cityseceval: error: --columns chooses the columns of --format csv, tsv or markdown; the format is jsonl\n");
  auto both = run_cli({"score", yunxi, "--format", "csv", "--columns", "city", "--level", "2"});
  CHECK(both.exit_code == exit_usage);
  CHECK(both.err == "cityseceval: error: give --columns or --level, not both\n");
}

TEST_CASE("batch: --format xlsx without -o FILE is a usage error, and nothing is written", "[batch][workbook]") {
  const std::string refusal =
      "cityseceval: error: a workbook is binary and is not written to standard output: give -o FILE.xlsx\n";
  auto absent = run_cli({"score", yunxi, "--format", "xlsx"});
  CHECK(absent.exit_code == exit_usage);
  CHECK(absent.err == refusal);
  CHECK(absent.out.empty());
  auto dash = run_cli({"score", yunxi, "--format", "xlsx", "-o", "-"});
  CHECK(dash.exit_code == exit_usage);
  CHECK(dash.err == refusal);
  CHECK(dash.out.empty());
  // The workbook's columns are its own: --columns and --level are for the text tables.
  TempDir dir;
  auto columns = run_cli({"score", yunxi, "--format", "xlsx", "-o", dir.file("r.xlsx"), "--columns", "city"});
  CHECK(columns.exit_code == exit_usage);
  CHECK(columns.err ==
        "cityseceval: error: --columns chooses the columns of --format csv, tsv or markdown; the format is xlsx\n");
  CHECK(dir.list().empty());
}

TEST_CASE("batch: --format xlsx writes a workbook to -o, with a file that failed, exit 1", "[batch][workbook]") {
  TempDir dir;
  auto result = run_cli({"score", yunxi, misspelt, "--format", "xlsx", "-o", dir.file("results.xlsx")});
  CHECK(result.exit_code == exit_invalid_input);
  CHECK(result.out.empty());
  std::optional<std::string> bytes = read_bytes(dir.file("results.xlsx"));
  REQUIRE(bytes);
  // A ZIP archive (what is in it: tests/workbook/results_test.py).
  CHECK(bytes->starts_with("PK\x03\x04"));
  // A run that scored nothing leaves -o as it was, as with every format.
  const std::string old = dir.write("old.xlsx", "old");
  CHECK(run_cli({"score", misspelt, "--format", "xlsx", "-o", old}).exit_code == exit_invalid_input);
  CHECK(read_bytes(old) == "old");
}

TEST_CASE("batch: -o is left alone when nothing could be scored, written when something was", "[batch]") {
  TempDir dir;
  const std::string output = dir.write("scores.csv", "old\n");
  auto none = run_cli({"score", misspelt, "--format", "csv", "-o", output});
  CHECK(none.exit_code == exit_invalid_input);
  CHECK(read_bytes(output) == "old\n");
  auto some = run_cli({"score", misspelt, yunxi, "--format", "csv", "--columns", "file,city", "-o", output});
  CHECK(some.exit_code == exit_invalid_input);
  CHECK(read_bytes(output) == "file,city\r\n" + misspelt + ",\r\n" + yunxi + ",云溪市\r\n");
}

// --- check takes directories too ---------------------------------------------------------------

TEST_CASE("batch: check lints every YAML and CSV file of a directory as what it is", "[batch][check]") {
  TempDir dir;
  dir.write("tree.yaml", source_text("tests/data/trees/small-ten.yaml"));
  dir.write("city.yaml", source_text(yunxi));
  dir.write("broken.yaml", source_text(misspelt));
  auto result = run_cli({"check", dir.path()});
  CHECK(result.exit_code == exit_invalid_input);
  CHECK(result.out.find(dir.file("broken.yaml") + ":5:17: error: item 6.2.1.2: unknown rating") != std::string::npos);
  CHECK(result.out.ends_with("1 error, 0 warnings in 3 files\n"));
  TempDir empty;
  auto nothing = run_cli({"check", empty.path()});
  CHECK(nothing.exit_code == exit_invalid_input);
  CHECK(nothing.out.starts_with(empty.path() + ":1:1: error: no *.yaml, *.yml or *.csv files in the directory " +
                                empty.path() + " [file-unreadable]\n"));
}

// --- A scheme that does not load, named by several files -------------------------------------

TEST_CASE("batch: every file naming a tree that does not load gets its problems, printed once", "[batch]") {
  TempDir dir;
  dir.write("bad-tree.yaml", source_text("tests/data/broken-trees/duplicate-id.yaml"));
  const std::string first = dir.write("a.yaml", "scheme: bad-tree.yaml\ncity: 甲\nratings: {}\n");
  const std::string second = dir.write("b.yaml", "scheme: bad-tree.yaml\ncity: 乙\nratings: {}\n");
  // On two threads either file may load the tree first; the output is the same.
  for (const std::string jobs : {"1", "2"}) {
    auto result = run_cli({"score", first, second, "--format", "jsonl", "--jobs", jobs});
    CHECK(result.exit_code == exit_invalid_input);
    std::vector<std::string> lines = split_lines(result.out);
    REQUIRE(lines.size() == 2);
    // Neither file passes as valid: each has the tree's errors, at the tree's lines.
    Json first_errors = Json::parse(lines[0])["errors"];
    REQUIRE_FALSE(first_errors.empty());
    CHECK(first_errors == Json::parse(lines[1])["errors"]);
    CHECK(first_errors[0]["file"] == dir.file("bad-tree.yaml"));
    CHECK(first_errors[0]["rule"] == "duplicate-id");
    // On stderr the tree's problems are printed once.
    std::vector<std::string> headlines = headline_lines(result.err);
    CHECK(headlines.size() == first_errors.size());
  }
}

// --- Every message above in Chinese too --------------------------------------------------------

namespace {

// `arguments` run in Chinese: the line of stderr (or stdout) that answers
// `english` is its pinned Chinese.
void check_chinese_run(const std::vector<std::string>& arguments, const std::string& english,
                       bool on_stdout = false, std::size_t line = 0) {
  RunOptions options;
  options.environment["CITYSECEVAL_LANG"] = "zh";
  auto result = run_cli(arguments, options);
  std::vector<std::string> lines = split_lines(on_stdout ? result.out : result.err);
  REQUIRE(lines.size() > line);
  check_chinese(english, lines[line]);
}

}  // namespace

TEST_CASE("batch: the new messages are pinned in Chinese", "[batch][messages]") {
  check_chinese_run({"score", yunxi, "--jobs", "0"},
                    "cityseceval: error: --jobs takes a whole number of threads from 1 to 256, got \"0\"");
  check_chinese_run({"score", yunxi, "--bom"},
                    "cityseceval: error: --bom is for --format csv or tsv (spreadsheets); the format is text");
  check_chinese_run({"score", yunxi, "--format", "jsonl", "--columns", "city"},
                    "cityseceval: error: --columns chooses the columns of --format csv, tsv or markdown; the format "
                    "is jsonl");
  check_chinese_run({"score", yunxi, "--format", "xlsx"},
                    "cityseceval: error: a workbook is binary and is not written to standard output: give -o FILE.xlsx");
  check_chinese_run({"score", yunxi, "--format", "csv", "--columns", "city", "--level", "2"},
                    "cityseceval: error: give --columns or --level, not both");
  check_chinese_run({"score", yunxi, "--format", "csv", "--columns", "city,scroe"},
                    "cityseceval: error: unknown column \"scroe\" (did you mean \"score\"?); a column is one of file, "
                    "city, period, scheme, score, grade, error, or an indicator ID of the schemes scored");
  check_chinese_run({"score", yunxi, "examples/lanting-district-2025.yaml", "--format", "csv"},
                    "cityseceval: warning: the assessments use different schemes (city-cybersecurity 1.0, "
                    "municipal-infosec-work 1.0); only the columns they share are written");
  check_chinese_run({"score", yunxi, "--scheme", "city-cybersecurity", "--min-grade", "superb"},
                    "cityseceval: error: --min-grade superb is not a grade of scheme city-cybersecurity; its grades "
                    "are excellent, good, qualified, unqualified");
  check_chinese_run({"score", "examples/lanting-district-2025.yaml", "--min-grade", "good", "--format", "jsonl"},
                    "cityseceval: error: examples/lanting-district-2025.yaml: --min-grade good cannot be applied: "
                    "scheme municipal-infosec-work defines no grades");
  {
    RunOptions options;
    options.environment["CITYSECEVAL_LANG"] = "zh";
    std::vector<std::string> lines = split_lines(run_cli({"score", yunxi, misspelt}, options).out);
    auto heading = std::find(lines.begin(), lines.end(), "==> " + misspelt + " <==");
    REQUIRE(heading + 1 < lines.end());
    check_chinese("not scored: 1 error (see the messages above)", *(heading + 1));
  }
  {
    // Run where the directory is, so the message names it the same every time.
    TempDir dir;
    std::filesystem::create_directories(dir.file("empty"));
    RunOptions options;
    options.environment["CITYSECEVAL_LANG"] = "zh";
    options.working_directory = dir.path();
    check_chinese("empty:1:1: error: no *.yaml, *.yml or *.csv files in the directory empty [file-unreadable]",
                  run_cli({"score", "empty"}, options).first_error_line());
  }
  check_chinese_run({"score", "--plan", "examples/plan-yunxi-2025.yaml", "--format", "csv"},
                    "cityseceval: error: --plan reports in text or json; the format is csv");
  check_chinese_run({"score", "--plan", "examples/plan-yunxi-2025.yaml", "--min-grade", "good"},
                    "cityseceval: error: --min-grade applies to assessments, not to a plan's progress; use "
                    "--fail-under with --plan");
  check_chinese_run({"rank", yunxi, "--by", "11"},
                    "cityseceval: error: --by 11 is not an indicator of the schemes scored (city-cybersecurity 1.0)");
  check_chinese_run({"rank", "examples/xiling-2025-special.yaml", "--by", "9"},
                    "cityseceval: warning: examples/xiling-2025-special.yaml: no score for 9 (not in its scheme, or "
                    "not evaluated); listed last, unranked");
  check_chinese_run({"trend", yunxi, baishi},
                    "cityseceval: error: the assessments are of different cities (云溪市, 白石市); a trend follows "
                    "one city: give one city's files, or --any-city");
}

TEST_CASE("batch: plan runs refuse the batch-only options", "[batch][plan]") {
  auto csv = run_cli({"score", "--plan", "examples/plan-yunxi-2025.yaml", "--format", "csv"});
  CHECK(csv.exit_code == exit_usage);
  CHECK(csv.err == "cityseceval: error: --plan reports in text or json; the format is csv\n");
  auto grade = run_cli({"score", "--plan", "examples/plan-yunxi-2025.yaml", "--min-grade", "good"});
  CHECK(grade.exit_code == exit_usage);
  CHECK(grade.err == "cityseceval: error: --min-grade applies to assessments, not to a plan's progress; use "
                     "--fail-under with --plan\n");
}
