// The cityseceval binary as a user and a script see it: exit codes, the exact
// first line of stderr, what reaches stdout, and what is (not) left on disk.
// Every run starts in the repository root with relative paths, as an assessor
// would type them, so the file names in messages are the ones typed.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "run_binary.h"
#include "support.h"

using cityseceval::testing::run_cli;
using cityseceval::testing::source_text;
using cityseceval::testing::exit_ok;
using cityseceval::testing::exit_invalid_input;
using cityseceval::testing::exit_usage;
using cityseceval::testing::read_bytes;
using cityseceval::testing::RunOptions;
using cityseceval::testing::RunResult;
using cityseceval::testing::source_path;
using cityseceval::testing::TempDir;
using Json = nlohmann::json;

namespace {

const std::string all_full = "tests/data/good/all-full.yaml";
const std::string one_partial = "tests/data/good/one-partial.yaml";

const std::string expected_scale =
    "expected full (全部满足, 1), mostly (大部分满足, 0.8), partly (部分满足, 0.5) or none (不满足, 0)";


// The lines of stderr that start a diagnostic, skipping the source excerpts.
std::vector<std::string> diagnostic_lines(const std::string& err) { return cityseceval::testing::headline_lines(err); }

std::size_t count_lines(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

bool has_escape(const std::string& text) { return text.find('\x1b') != std::string::npos; }

// A failed run: the exit code, nothing on stdout, and the first stderr line.
void check_invalid(const RunResult& result, const std::string& first_line) {
  CHECK(result.exit_code == exit_invalid_input);
  CHECK(result.out.empty());
  CHECK(result.first_error_line() == first_line);
}

void check_usage_error(const RunResult& result, const std::string& mentioned) {
  CHECK(result.exit_code == exit_usage);
  CHECK(result.out.empty());
  CHECK_THAT(result.err, Catch::Contains(mentioned));
}

}  // namespace

// --- Success -----------------------------------------------------------------------

TEST_CASE("a valid assessment scores with exit 0 and a report on stdout", "[cli]") {
  // The default language, Chinese: no --lang and no CITYSECEVAL_LANG.
  RunOptions defaults;
  defaults.environment["CITYSECEVAL_LANG"] = std::nullopt;
  auto result = run_cli({"score", all_full}, defaults);
  CHECK(result.exit_code == exit_ok);
  CHECK(result.err.empty());
  // Labels are padded to the widest, 评价体系 and 综合得分 (8 columns), plus two spaces.
  const std::string header =
      "评价体系  数字政府 城市网络安全评价指标 (city-cybersecurity 1.0)\n"
      "城市      苏州市\n"
      "评价期    2024\n"
      "综合得分  100.00 / 100\n"
      "等级      优秀\n"
      "\n";
  CHECK(result.out.substr(0, header.size()) == header);
  // The header (5 lines and a blank one), the column titles, and one row for
  // each of the 5 + 21 + 53 indicators.
  CHECK(count_lines(result.out) == 6 + 1 + 79);
}

TEST_CASE("help and version: exit 0 and something useful", "[cli]") {
  SECTION("--help") {
    auto result = run_cli({"--help"});
    CHECK(result.exit_code == exit_ok);
    CHECK(result.err.empty());
    CHECK_THAT(result.out, Catch::Contains("Usage:") && Catch::Contains("score") && Catch::Contains("Exit codes:"));
  }
  SECTION("score --help") {
    auto result = run_cli({"score", "--help"});
    CHECK(result.exit_code == exit_ok);
    CHECK_THAT(result.out, Catch::Contains("--tree") && Catch::Contains("--format") && Catch::Contains("--lang") &&
                               Catch::Contains("--output") && Catch::Contains("--color"));
  }
  SECTION("the example files the help names exist") {
    std::set<std::string> named;
    const std::regex example("examples/[A-Za-z0-9_.-]+\\.yaml");
    for (const auto& arguments : {std::vector<std::string>{"--help"}, std::vector<std::string>{"score", "--help"}}) {
      std::string out = run_cli(arguments).out;
      for (std::sregex_iterator it(out.begin(), out.end(), example), end; it != end; ++it) named.insert(it->str());
    }
    CHECK_FALSE(named.empty());
    for (const std::string& path : named) {
      INFO(path);
      CHECK(read_bytes(source_path(path)));
    }
  }
}

TEST_CASE("score - reads the assessment from standard input", "[cli]") {
  RunOptions from_stdin;
  from_stdin.stdin_text = source_text(one_partial);
  SECTION("the same report as from the file") {
    auto piped = run_cli({"score", "-"}, from_stdin);
    CHECK(piped.exit_code == exit_ok);
    CHECK(piped.err.empty());
    CHECK(piped.out == run_cli({"score", one_partial}).out);
  }
  SECTION("named <stdin> in JSON") {
    auto piped = run_cli({"score", "-", "--format", "json"}, from_stdin);
    REQUIRE(piped.exit_code == exit_ok);
    CHECK(Json::parse(piped.out)["assessment"]["file"] == "<stdin>");
  }
  SECTION("and in messages") {
    RunOptions bad;
    bad.stdin_text = source_text("tests/data/bad/rating-misspelt.yaml");
    check_invalid(run_cli({"score", "-"}, bad),
                  "<stdin>:5:17: error: item 6.2.1.2: unknown rating \"ful\" (did you mean \"full\"?); " +
                      expected_scale + " [invalid-rating]");
  }
}

TEST_CASE("a scheme path is taken relative to the assessment wherever the run starts", "[cli]") {
  auto from_root = run_cli({"score", "tests/data/good/scheme-path.yaml", "--lang", "zh"});
  CHECK(from_root.exit_code == exit_ok);
  CHECK(from_root.err.empty());
  CHECK_THAT(from_root.out, Catch::Contains("城市      无锡市\n") && Catch::Contains("综合得分  100.00 / 100\n"));
  RunOptions in_tests;
  in_tests.working_directory = source_path("tests");
  auto from_tests = run_cli({"score", "data/good/scheme-path.yaml", "--lang", "zh"}, in_tests);
  CHECK(from_tests.exit_code == exit_ok);
  CHECK(from_tests.out == from_root.out);
}

TEST_CASE("the built-in tree given as a file with --tree gives the built-in result", "[cli]") {
  auto builtin = run_cli({"score", one_partial});
  auto from_file = run_cli({"score", one_partial, "--tree", "indicators/city-cybersecurity.yaml"});
  CHECK(from_file.exit_code == exit_ok);
  CHECK(from_file.err.empty());
  CHECK(from_file.out == builtin.out);
}

// --- Invalid input: exit 1 ---------------------------------------------------------

TEST_CASE("files that cannot be read", "[cli]") {
  SECTION("missing") {
    auto result = run_cli({"score", "tests/data/bad/no-such-file.yaml"});
    check_invalid(result,
                  "tests/data/bad/no-such-file.yaml:1:1: error: cannot read file: No such file or directory "
                  "[file-unreadable]");
    CHECK(count_lines(result.err) == 1);  // no source to quote
  }
  SECTION("a directory with no assessment in it") {
    TempDir dir;
    dir.write("notes.txt", "not an assessment\n");
    check_invalid(run_cli({"score", dir.path()}),
                  dir.path() + ":1:1: error: no *.yaml, *.yml or *.csv files in the directory " + dir.path() +
                      " [file-unreadable]");
  }
  SECTION("UTF-16, as some editors save") {
    TempDir dir;
    const std::string path = dir.write("utf16.yaml", std::string("\xFF\xFE" "c\0i\0t\0y\0", 10));
    check_invalid(run_cli({"score", path}),
                  path + ":1:1: error: the file is UTF-16 encoded; the file must be encoded in UTF-8; save it as UTF-8 in your "
                  "editor (Save As, encoding \"UTF-8\") [invalid-utf8]");
  }
}

TEST_CASE("invalid YAML", "[cli]") {
  check_invalid(run_cli({"score", "tests/data/bad/syntax.yaml"}),
                "tests/data/bad/syntax.yaml:5:27: error: invalid YAML: illegal flow end [yaml-syntax]");
}

TEST_CASE("a misspelt rating is quoted with a caret under it", "[cli]") {
  auto result = run_cli({"score", "tests/data/bad/rating-misspelt.yaml"});
  CHECK(result.exit_code == exit_invalid_input);
  CHECK(result.out.empty());
  // The gutter is the line number right-aligned in 5, then " | "; the caret
  // sits under column 17, after 16 spaces.
  CHECK(result.err ==
        "tests/data/bad/rating-misspelt.yaml:5:17: error: item 6.2.1.2: unknown rating \"ful\" (did you mean "
        "\"full\"?); " +
            expected_scale +
            " [invalid-rating]\n"
            "    5 |   6.2.1: [full, ful, full]\n"
            "      |                 ^\n");
}

TEST_CASE("an unknown indicator and the one it displaced are both reported", "[cli]") {
  auto result = run_cli({"score", "tests/data/bad/unknown-indicator.yaml"});
  CHECK(result.exit_code == exit_invalid_input);
  CHECK(result.out.empty());
  CHECK(diagnostic_lines(result.err) ==
        std::vector<std::string>{
            "tests/data/bad/unknown-indicator.yaml:3:1: error: missing ratings for indicator 6.2.1 (定级备案) "
            "[missing-indicator]",
            "tests/data/bad/unknown-indicator.yaml:5:3: error: unknown indicator \"6.2.9\" (did you mean \"6.2.1\"?) "
            "[unknown-indicator]"});
}

TEST_CASE("all the problems of a file are reported in one run", "[cli]") {
  auto result = run_cli({"score", "tests/data/bad/three-mistakes.yaml"});
  CHECK(result.exit_code == exit_invalid_input);
  CHECK(result.out.empty());
  CHECK(diagnostic_lines(result.err) ==
        std::vector<std::string>{
            "tests/data/bad/three-mistakes.yaml:4:1: error: unknown key \"perod\" in the assessment (did you mean "
            "\"period\"?); expected one of: scheme, city, period, scope, ratings, facts [unknown-key]",
            "tests/data/bad/three-mistakes.yaml:7:17: error: item 6.2.1.2: 0.7 is not on the rating scale; " +
                expected_scale + " [invalid-rating]",
            "tests/data/bad/three-mistakes.yaml:8:10: error: indicator 6.2.2 (测评整改) has 2 items, but 1 rating is "
            "given; its items, in order: 6.2.2.1 \"网络安全等级测评报告按照GB/T 284…\"; 6.2.2.2 \"区域相关部门，为运营者等级测评中发现的安…\" [rating-count]"});
}

TEST_CASE("the scheme an assessment names must exist", "[cli]") {
  SECTION("an unknown built-in id") {
    auto result = run_cli({"score", "tests/data/bad/unknown-scheme.yaml"});
    check_invalid(result,
                  "tests/data/bad/unknown-scheme.yaml:1:9: error: unknown scheme \"nope\"; built-in schemes: "
                  "city-cybersecurity, municipal-infosec-work (a tree file is named by its path: --tree FILE, or a "
                  "scheme: value that contains '/' or ends in .yaml) [unknown-scheme]");
    CHECK(diagnostic_lines(result.err).size() == 1);
  }
  SECTION("a misspelt built-in id") {
    check_invalid(run_cli({"score", "tests/data/bad/misspelt-scheme.yaml"}),
                  "tests/data/bad/misspelt-scheme.yaml:1:9: error: unknown scheme \"city-cybersecurty\" (did you mean "
                  "\"city-cybersecurity\"?); built-in schemes: city-cybersecurity, municipal-infosec-work (a tree file "
                  "is named by its path: --tree FILE, or a scheme: value that contains '/' or ends in .yaml) "
                  "[unknown-scheme]");
  }
  SECTION("a tree file that does not exist, relative to the assessment") {
    check_invalid(run_cli({"score", "tests/data/bad/scheme-missing-tree.yaml"}),
                  "tests/data/bad/scheme-missing-tree.yaml:1:9: error: tree file tests/data/bad/trees/missing.yaml: "
                  "cannot read file: No such file or directory [file-unreadable]");
  }
}

TEST_CASE("a broken tree file given with --tree scores nothing", "[cli]") {
  auto result = run_cli({"score", all_full, "--tree", "tests/data/bad/tree-points-sum.yaml"});
  CHECK(result.exit_code == exit_invalid_input);
  CHECK(result.out.empty());
  // Line 11 is `  - id: "1"`; the indicator's mapping starts at column 5.
  CHECK(result.err ==
        "tests/data/bad/tree-points-sum.yaml:11:5: error: indicator 1 has 3 points, but its children's points add up "
        "to 2.5 [points-sum]\n"
        "   11 |   - id: \"1\"\n"
        "      |     ^\n");
}

// --- Usage errors: exit 2 ----------------------------------------------------------

TEST_CASE("usage errors exit 2 and name the problem", "[cli]") {
  SECTION("no subcommand") { check_usage_error(run_cli({}), "subcommand"); }
  SECTION("an unknown subcommand is named") { check_usage_error(run_cli({"scroe", all_full}), "scroe"); }
  SECTION("an unknown option") { check_usage_error(run_cli({"score", all_full, "--bogus"}), "--bogus"); }
  SECTION("no file") { check_usage_error(run_cli({"score"}), "files"); }
  SECTION("an option without its value") { check_usage_error(run_cli({"score", all_full, "--tree"}), "--tree"); }
  SECTION("--format xml") { check_usage_error(run_cli({"score", all_full, "--format", "xml"}), "xml"); }
  SECTION("--lang fr") { check_usage_error(run_cli({"score", all_full, "--lang", "fr"}), "fr"); }
  SECTION("--color sometimes") { check_usage_error(run_cli({"score", all_full, "--color", "sometimes"}), "sometimes"); }
}

TEST_CASE("the output file (-o) never overwrites an input file", "[cli]") {
  TempDir dir;
  const std::string input = dir.write("a.yaml", source_text(one_partial));
  // Section names must not depend on the temporary directory, which is new on
  // every pass through the test case.
  const std::pair<const char*, std::string> spellings[] = {{"the same path", input},
                                                            {"another path to the same file", dir.path() + "/./a.yaml"}};
  for (const auto& [name, output] : spellings) {
    DYNAMIC_SECTION(name) {
      auto result = run_cli({"score", input, "-o", output});
      CHECK(result.exit_code == exit_usage);
      CHECK(result.out.empty());
      CHECK(result.first_error_line() ==
            "cityseceval: error: -o " + output + " would overwrite the input file " + input);
      CHECK(read_bytes(input) == source_text(one_partial));
      CHECK(dir.list() == std::vector<std::string>{"a.yaml"});
    }
  }
}

// --- Output -------------------------------------------------------------------------

TEST_CASE("the output file (-o) gets exactly what stdout would get and no temporary is left", "[cli]") {
  TempDir dir;
  for (const std::string format : {"text", "json"}) {
    DYNAMIC_SECTION(format) {
      auto printed = run_cli({"score", one_partial, "--format", format});
      REQUIRE(printed.exit_code == exit_ok);
      const std::string output = dir.file("report");
      auto written = run_cli({"score", one_partial, "--format", format, "-o", output});
      CHECK(written.exit_code == exit_ok);
      CHECK(written.out.empty());
      CHECK(written.err.empty());
      CHECK(read_bytes(output) == printed.out);
      // No temporary file is left beside it.
      CHECK(dir.list() == std::vector<std::string>{"report"});
    }
  }
}

TEST_CASE("the output file (-o) replaces an existing file only on success", "[cli]") {
  TempDir dir;
  const std::string output = dir.write("report.txt", "old report\n");
  SECTION("success replaces it") {
    CHECK(run_cli({"score", one_partial, "-o", output}).exit_code == exit_ok);
    CHECK(read_bytes(output) == run_cli({"score", one_partial}).out);
  }
  SECTION("invalid input leaves it alone") {
    auto result = run_cli({"score", "tests/data/bad/rating-misspelt.yaml", "-o", output});
    CHECK(result.exit_code == exit_invalid_input);
    CHECK(read_bytes(output) == "old report\n");
  }
  CHECK(dir.list() == std::vector<std::string>{"report.txt"});
}

TEST_CASE("the output file (-o) in a missing directory fails with exit 1 and creates nothing", "[cli]") {
  TempDir dir;
  const std::string output = dir.path() + "/missing/report.txt";
  auto result = run_cli({"score", one_partial, "-o", output});
  check_invalid(result, "cityseceval: error: cannot write " + output + ": No such file or directory");
  CHECK(dir.list().empty());
}

TEST_CASE("colour only when asked for", "[cli]") {
  // A terminal with colour, unless a test says otherwise.
  RunOptions terminal;
  terminal.stdout_is_terminal = true;
  terminal.environment["TERM"] = "xterm-256color";
  terminal.environment["NO_COLOR"] = std::nullopt;

  SECTION("on a terminal by default") {
    auto result = run_cli({"score", one_partial}, terminal);
    CHECK(result.exit_code == exit_ok);
    CHECK(has_escape(result.out));
  }
  SECTION("not with NO_COLOR set") {
    terminal.environment["NO_COLOR"] = "1";
    CHECK_FALSE(has_escape(run_cli({"score", one_partial}, terminal).out));
  }
  SECTION("NO_COLOR set but empty does not count (no-color.org)") {
    terminal.environment["NO_COLOR"] = "";
    CHECK(has_escape(run_cli({"score", one_partial}, terminal).out));
  }
  SECTION("not on a dumb terminal") {
    terminal.environment["TERM"] = "dumb";
    CHECK_FALSE(has_escape(run_cli({"score", one_partial}, terminal).out));
  }
  SECTION("not with --color never") {
    CHECK_FALSE(has_escape(run_cli({"score", one_partial, "--color", "never"}, terminal).out));
  }
  SECTION("not into a pipe or file") { CHECK_FALSE(has_escape(run_cli({"score", one_partial}).out)); }
  SECTION("--color always, even into a file") {
    auto result = run_cli({"score", one_partial, "--color", "always"});
    CHECK(result.exit_code == exit_ok);
    CHECK(has_escape(result.out));
  }
  SECTION("never in JSON") {
    CHECK_FALSE(has_escape(run_cli({"score", one_partial, "--format", "json", "--color", "always"}, terminal).out));
  }
  SECTION("never in messages") {
    auto result = run_cli({"score", "tests/data/bad/rating-misspelt.yaml", "--color", "always"}, terminal);
    CHECK(result.exit_code == exit_invalid_input);
    CHECK_FALSE(has_escape(result.err));
  }
}

TEST_CASE("JSON does not depend on --lang", "[cli]") {
  auto zh = run_cli({"score", one_partial, "--format", "json"});
  auto en = run_cli({"score", one_partial, "--format", "json", "--lang", "en"});
  CHECK(zh.exit_code == exit_ok);
  CHECK(en.out == zh.out);
}

// --- Several files ------------------------------------------------------------------

TEST_CASE("several files give a JSON array in the order given", "[cli]") {
  for (const auto& files : {std::vector<std::string>{all_full, one_partial}, std::vector<std::string>{one_partial, all_full}}) {
    DYNAMIC_SECTION(files[0]) {
      std::vector<std::string> arguments{"score", files[0], files[1], "--format", "json"};
      auto result = run_cli(arguments);
      REQUIRE(result.exit_code == exit_ok);
      Json array = Json::parse(result.out);
      REQUIRE(array.is_array());
      REQUIRE(array.size() == 2);
      for (std::size_t i = 0; i < 2; ++i) {
        CHECK(array[i]["assessment"]["file"] == files[i]);
        CHECK(array[i]["score_exact"] == (files[i] == all_full ? "100" : "1493/15"));
      }
    }
  }
}

TEST_CASE("several files in text are each headed by their file name", "[cli]") {
  auto both = run_cli({"score", all_full, one_partial});
  CHECK(both.exit_code == exit_ok);
  CHECK(both.out == "==> " + all_full + " <==\n" + run_cli({"score", all_full}).out + "\n==> " + one_partial +
                        " <==\n" + run_cli({"score", one_partial}).out);
}

TEST_CASE("scoring leaves the input file as it was", "[cli]") {
  TempDir dir;
  const std::string original = source_text(one_partial);
  const std::string input = dir.write("a.yaml", original);
  CHECK(run_cli({"score", input}).exit_code == exit_ok);
  CHECK(run_cli({"score", input, "--format", "json", "-o", dir.file("out.json")}).exit_code == exit_ok);
  CHECK(read_bytes(input) == original);
  CHECK(dir.list() == std::vector<std::string>{"a.yaml", "out.json"});
}

// 白石市's composite is 2657/40 = 66.425, reported 66.43 (examples/baishi-2025.yaml).
TEST_CASE("a composite below --fail-under exits 3 after writing the report", "[cli]") {
  auto below = run_cli({"score", "examples/baishi-2025.yaml", "--fail-under", "75"});
  CHECK(below.exit_code == 3);
  CHECK(below.out == run_cli({"score", "examples/baishi-2025.yaml"}).out);
  CHECK(below.err == "cityseceval: examples/baishi-2025.yaml: 白石市 scored 66.43, below the gate 75\n");
  // The gate compares the reported value: 66.43 is not below 66.43.
  CHECK(run_cli({"score", "examples/baishi-2025.yaml", "--fail-under", "66.43"}).exit_code == exit_ok);
  CHECK(run_cli({"score", "examples/baishi-2025.yaml", "--fail-under", "66.44"}).exit_code == 3);
}

TEST_CASE("the fail-under gate takes a plain decimal", "[cli]") {
  auto result = run_cli({"score", "examples/baishi-2025.yaml", "--fail-under", "sixty"});
  CHECK(result.exit_code == exit_usage);
  CHECK(result.out.empty());
  CHECK(result.err == "cityseceval: error: --fail-under takes a plain decimal score such as 60 or 72.5, got \"sixty\"\n");
}

// Line and column counted by hand in tests/data/bad/municipal-bad-facts.yaml: the
// facts of examples/qingyi-district-2025.yaml with three mistakes.
TEST_CASE("bad facts of a rule-based scheme are all reported with the item and what its rule expects", "[cli]") {
  auto result = run_cli({"score", "tests/data/bad/municipal-bad-facts.yaml"});
  CHECK(result.exit_code == exit_invalid_input);
  CHECK(result.out.empty());
  CHECK(diagnostic_lines(result.err) ==
        std::vector<std::string>{
            "tests/data/bad/municipal-bad-facts.yaml:13:10: error: item 1.3.1: the numerator 21 is above the "
            "denominator 20; a ratio is at most 1 [invalid-fact]",
            "tests/data/bad/municipal-bad-facts.yaml:32:10: error: item 4.3.2: unknown outcome \"drills\" (did you "
            "mean \"drill\"?); expected drill, training or none [invalid-fact]",
            "tests/data/bad/municipal-bad-facts.yaml:53:3: error: unknown item \"9.9.9\" [unknown-item]"});
}

TEST_CASE("the municipal examples score through the binary with no grade", "[cli]") {
  auto result = run_cli({"score", "examples/qingyi-district-2025.yaml", "--format", "json"});
  CHECK(result.exit_code == exit_ok);
  Json json = Json::parse(result.out);
  CHECK(json["scheme"]["id"] == "municipal-infosec-work");
  CHECK(json["score_exact"] == "100");  // 93.5 + min(13, 10) = 103.5, capped to 100
  CHECK(json["grade"].is_null());
}

TEST_CASE("an unknown --scheme exits 1 with the same words on every command", "[cli]") {
  const std::string expected =
      "cityseceval: error: unknown scheme \"city-cybersecurty\" (did you mean \"city-cybersecurity\"?); built-in "
      "schemes: city-cybersecurity, municipal-infosec-work (a tree file is named by its path: --tree FILE, or a "
      "scheme: value that contains '/' or ends in .yaml) [unknown-scheme]";
  const std::vector<std::vector<std::string>> commands = {
      {"score", "examples/yunxi-2025.yaml", "--scheme", "city-cybersecurty"},
      {"check", "examples/yunxi-2025.yaml", "--scheme", "city-cybersecurty"},
      {"template", "--scheme", "city-cybersecurty"},
      {"docs", "--scheme", "city-cybersecurty"},
      {"explain", "examples/yunxi-2025.yaml", "--scheme", "city-cybersecurty"},
  };
  for (const auto& arguments : commands) {
    INFO(arguments[0]);
    RunResult result = run_cli(arguments);
    CHECK(result.exit_code == exit_invalid_input);
    // check reports on stdout, like every problem it finds; the others on stderr.
    if (arguments[0] == "check") {
      CHECK(cityseceval::testing::lines_of(result.out).at(0) == expected);
    } else {
      CHECK(result.out.empty());
      CHECK(result.first_error_line() == expected);
    }
  }
}

TEST_CASE("the --tree option names a file, and a built-in id given there is pointed to --scheme", "[cli]") {
  for (const std::string command : {"score", "template", "docs"}) {
    INFO(command);
    std::vector<std::string> arguments = {command, "--tree", "city-cybersecurity"};
    if (command == "score") arguments.insert(arguments.begin() + 1, "examples/yunxi-2025.yaml");
    RunResult result = run_cli(arguments);
    CHECK(result.exit_code == exit_invalid_input);
    CHECK(result.first_error_line() ==
          "city-cybersecurity:1:1: error: cannot read file: No such file or directory; city-cybersecurity is a "
          "built-in scheme: use --scheme city-cybersecurity [file-unreadable]");
  }
}

TEST_CASE("score --scheme is the scheme assessments must name", "[cli]") {
  SECTION("an assessment naming that scheme is scored") {
    RunResult result = run_cli({"score", "examples/yunxi-2025.yaml", "--scheme", "city-cybersecurity"});
    CHECK(result.exit_code == exit_ok);
  }
  SECTION("an assessment naming another one is refused where it names it") {
    RunResult result = run_cli({"score", "examples/qingyi-district-2025.yaml", "--scheme", "city-cybersecurity"});
    CHECK(result.exit_code == exit_invalid_input);
    CHECK(result.out.empty());
    // "scheme: municipal-infosec-work" is on line 55 of the example, its value at column 9.
    CHECK(result.first_error_line() ==
          "examples/qingyi-district-2025.yaml:55:9: error: the assessment names scheme \"municipal-infosec-work\", "
          "but --scheme city-cybersecurity was given; score it with its own scheme (leave out --scheme) or correct "
          "its scheme: line [scheme-mismatch]");
  }
  SECTION("an assessment naming none is scored with it") {
    TempDir dir;
    std::string text = read_bytes(source_path("examples/qingyi-district-2025.yaml")).value();
    std::size_t line = text.find("scheme: municipal-infosec-work");
    REQUIRE(line != std::string::npos);
    std::string path = dir.write("district.yaml", text.substr(0, line) + text.substr(text.find('\n', line) + 1));
    CHECK(run_cli({"score", path}).exit_code == exit_invalid_input);  // the default scheme reads ratings
    RunResult result = run_cli({"score", path, "--scheme", "municipal-infosec-work", "--format", "json"});
    CHECK(result.exit_code == exit_ok);
    CHECK(nlohmann::json::parse(result.out)["score"] == 100);
  }
}

TEST_CASE("the language of messages: --lang, else CITYSECEVAL_LANG, else Chinese", "[cli]") {
  const std::string file = "tests/data/bad/rating-misspelt.yaml";
  const std::string en =
      "tests/data/bad/rating-misspelt.yaml:5:17: error: item 6.2.1.2: unknown rating \"ful\" (did you mean \"full\"?); " +
      expected_scale + " [invalid-rating]";
  const std::string zh =
      "tests/data/bad/rating-misspelt.yaml:5:17: error: 评价内容项 6.2.1.2：未知的评分 \"ful\"（是否应为 \"full\"？）；应为 "
      "full（全部满足，1）、mostly（大部分满足，0.8）、partly（部分满足，0.5） 或 none（不满足，0） [invalid-rating]";
  auto with_environment = [](std::optional<std::string> value) {
    RunOptions options;
    options.environment["CITYSECEVAL_LANG"] = std::move(value);
    return options;
  };
  CHECK(run_cli({"score", file}, with_environment(std::nullopt)).first_error_line() == zh);
  CHECK(run_cli({"score", file}, with_environment("en")).first_error_line() == en);
  CHECK(run_cli({"score", file}, with_environment("zh")).first_error_line() == zh);
  // --lang wins over the environment; a value the tool does not know is ignored.
  CHECK(run_cli({"score", file, "--lang", "zh"}, with_environment("en")).first_error_line() == zh);
  CHECK(run_cli({"score", file, "--lang", "en"}, with_environment("zh")).first_error_line() == en);
  CHECK(run_cli({"score", file}, with_environment("fr")).first_error_line() == zh);
  // Messages of our own outside a file, and the usage error of an unknown command, follow it too.
  CHECK(run_cli({"scroe"}, with_environment("zh")).first_error_line() ==
        "cityseceval: error: 未知的命令 \"scroe\"（是否应为 \"score\"？）；运行 'cityseceval --help' 查看所有命令");
  CHECK(run_cli({"scroe"}).first_error_line() ==
        "cityseceval: error: unknown command \"scroe\" (did you mean \"score\"?); run 'cityseceval --help' for the "
        "list");
}

TEST_CASE("in Chinese, what CI and editors parse stays as it is", "[cli]") {
  const std::string file = "tests/data/bad/rating-misspelt.yaml";
  RunResult github = run_cli({"check", "--format", "github", "--lang", "zh", file});
  CHECK(github.exit_code == exit_invalid_input);
  CHECK_THAT(github.out, Catch::StartsWith("::error file=tests/data/bad/rating-misspelt.yaml,line=5,col=17,"
                                           "title=invalid-rating::评价内容项 6.2.1.2：未知的评分"));
  CHECK(cityseceval::testing::lines_of(github.out).back() == "1 个文件中有 1 个错误、0 个警告");
  RunResult json = run_cli({"check", "--format", "json", "--lang", "zh", file});
  Json problems = Json::parse(json.out);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0]["severity"] == "error");
  CHECK(problems[0]["rule"] == "invalid-rating");
  CHECK(problems[0]["line"] == 5);
  CHECK_THAT(problems[0]["message"].get<std::string>(), Catch::StartsWith("评价内容项 6.2.1.2："));
  // A score's JSON has the same keys whatever the language.
  CHECK(run_cli({"score", "examples/yunxi-2025.yaml", "--format", "json", "--lang", "zh"}).out ==
        run_cli({"score", "examples/yunxi-2025.yaml", "--format", "json", "--lang", "en"}).out);
}

// --- Text that is not UTF-8, and exceptions ------------------------------------------

TEST_CASE("a file name that is not UTF-8 is written in JSON with U+FFFD for each bad byte", "[cli]") {
  // Such a name used to make the JSON writer throw, and the run abort (exit 134).
  TempDir dir;
  dir.write("a\xff.yaml", source_text("examples/yunxi-2025.yaml"));
  RunOptions in_dir;
  in_dir.working_directory = dir.path();
  RunResult result = run_cli({"score", "--format", "json", "a\xff.yaml"}, in_dir);
  CHECK(result.exit_code == exit_ok);
  CHECK(result.err.empty());
  Json json = Json::parse(result.out);
  CHECK(json["assessment"]["file"] == "a\xEF\xBF\xBD.yaml");
}

TEST_CASE("an exception is an internal error to report with exit 1, not an abort", "[cli]") {
  // No input makes cityseceval throw; a working directory removed before the
  // run does: template asks std::filesystem where it is, which throws. It
  // stands for any bug that throws.
  TempDir dir;
  RunOptions removed_directory;
  removed_directory.environment["GONE"] = dir.file("gone");
  removed_directory.run_under = {"/bin/sh", "-c",
                                 "mkdir \"$GONE\" && cd \"$GONE\" && rmdir \"$GONE\" && exec \"$0\" \"$@\""};
  const std::string tree = source_path("tests/data/trees/small-ten.yaml");
  const std::string what = "filesystem error: cannot get current path: No such file or directory";
  SECTION("in English") {
    RunResult result = run_cli({"template", "--tree", tree}, removed_directory);
    check_invalid(result, "cityseceval: error: internal error: " + what +
                              "; please report it, with the command and the input that caused it");
    CHECK(count_lines(result.err) == 1);
  }
  SECTION("in Chinese") {
    RunResult result = run_cli({"template", "--tree", tree, "--lang", "zh"}, removed_directory);
    check_invalid(result, "cityseceval: error: 内部错误：" + what + "；请报告此问题，并附上所用的命令和输入文件");
  }
}
