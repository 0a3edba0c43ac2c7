// cityseceval check: the linter for indicator trees and assessments, as a CI
// job and an editor see it. Every broken tree in tests/data/broken-trees/ has
// one defect, named in its first comment line; its exact diagnostic, the
// summary line and the exit code are pinned here. Runs start in the repository
// root with relative paths, so messages name the files as typed.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "cityseceval/check.h"
#include "cityseceval/render_diagnostics.h"
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

using cityseceval::testing::headline_lines;
using cityseceval::testing::lines_of;
using cityseceval::testing::check_chinese;

namespace {

const std::string broken = "tests/data/broken-trees/";



std::string first_line(const std::string& out) {
  auto lines = lines_of(out);
  return lines.empty() ? std::string() : lines.front();
}

std::string last_line(const std::string& out) {
  auto lines = lines_of(out);
  return lines.empty() ? std::string() : lines.back();
}

// The repository files of `directory` whose names end in one of `extensions`,
// sorted: globbed at test time, so a file added later is covered too.
std::vector<std::string> files_in(const std::string& directory, const std::vector<std::string>& extensions) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(source_path(directory), ec)) {
    std::string name = entry.path().filename().string();
    for (const std::string& extension : extensions) {
      if (name.ends_with(extension)) files.push_back(directory + "/" + name);
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

struct BrokenTree {
  std::string file;   // in tests/data/broken-trees/
  std::string first;  // the first diagnostic line, without the "tests/data/broken-trees/FILE:" prefix
  std::string summary;
  int exit_code;
};

// Line numbers: every file starts with one comment line, then the tree of
// tests/data/trees/small-ten.yaml with its one defect. Its indicator 1 is at
// line 18, 1.1 at 23, 1.2 at 29, 2 at 36, 2.1 at 41, items 2.1.1..3 at 46..48;
// scale levels at 11..13; grade bands at 15 (pass) and 16 (fail).
const std::vector<BrokenTree> broken_trees = {
    {"points-sum.yaml",
     "18:5: error: indicator 1 has 6 points, but its children's points add up to 5.5 [points-sum]",
     "1 error, 0 warnings in 1 file", exit_invalid_input},
    {"points-total.yaml",
     "6:13: error: the top-level indicators' points add up to 10, but max_points is 12 [points-total]",
     "1 error, 0 warnings in 1 file", exit_invalid_input},
    {"duplicate-id.yaml", "36:5: error: duplicate ID \"1\"; first used at line 18 [duplicate-id]",
     "1 error, 0 warnings in 1 file", exit_invalid_input},
    {"id-parent.yaml", "41:9: error: indicator 1.3 is under 2; its ID must be \"2.<n>\" [id-parent]",
     "1 error, 0 warnings in 1 file", exit_invalid_input},
    {"top-level-id.yaml",
     "36:5: error: indicator 2.1 is at the top level; its ID must be a whole number such as \"1\" [id-parent]",
     "1 error, 0 warnings in 1 file", exit_invalid_input},
    // Both misnumbered items are reported; the first is the second item.
    {"item-order.yaml",
     "47:13: error: item 2.1.3 is item number 2 of indicator 2.1; its ID must be \"2.1.2\" [item-id]",
     "2 errors, 0 warnings in 1 file", exit_invalid_input},
    {"no-items.yaml", "23:9: error: indicator 1.1 has no items [no-items]", "1 error, 0 warnings in 1 file",
     exit_invalid_input},
    // A retired ID must be a number the items skip or one right after the last (docs/tailoring.md).
    {"retired-not-gap.yaml",
     "41:9: error: retired item ID \"2.1.5\" does not fit indicator 2.1: its items and retired item IDs together "
     "must be numbered \"2.1.1\", \"2.1.2\", ... without a gap [item-id]",
     "1 error, 0 warnings in 1 file", exit_invalid_input},
    {"direct-score-twice.yaml",
     "48:13: error: indicator 2.1 has a second direct-score item 2.1.3; at most one is allowed (first: 2.1.1) "
     "[direct-score]",
     "1 error, 0 warnings in 1 file", exit_invalid_input},
    {"scale-value.yaml",
     "11:5: error: rating \"good\" has value 1.2; values must be within [0, 1] [scale-value]",
     "1 error, 0 warnings in 1 file", exit_invalid_input},
    {"scale-duplicate-word.yaml", "12:5: error: the rating word \"好\" is used twice in the scale [scale-duplicate]",
     "1 error, 0 warnings in 1 file", exit_invalid_input},
    {"scale-reserved-word.yaml",
     "13:5: error: the rating word \"不适用\" is reserved for items that do not apply (na) [scale-duplicate]",
     "1 error, 0 warnings in 1 file", exit_invalid_input},
    {"scale-duplicate-value.yaml",
     "12:5: error: ratings \"good\" and \"fair\" have the same value 1 [scale-duplicate]",
     "1 error, 0 warnings in 1 file", exit_invalid_input},
    {"bands-overlap.yaml", "16:5: error: grade bands \"fail\" and \"pass\" overlap between 6 and 7 [grade-bands]",
     "1 error, 0 warnings in 1 file", exit_invalid_input},
    {"bands-gap.yaml",
     "16:5: error: gap between grade bands \"fail\" and \"pass\": scores between 5 and 6 have no grade "
     "[grade-bands]",
     "1 error, 0 warnings in 1 file", exit_invalid_input},
    {"boundary-in-both.yaml",
     "16:5: error: the boundary 6 between grade bands \"fail\" and \"pass\" must belong to exactly one of them "
     "[grade-bands]",
     "1 error, 0 warnings in 1 file", exit_invalid_input},
    {"boundary-in-neither.yaml",
     "16:5: error: the boundary 6 between grade bands \"fail\" and \"pass\" must belong to exactly one of them "
     "[grade-bands]",
     "1 error, 0 warnings in 1 file", exit_invalid_input},
    // Only the order is reported, not the gaps and overlaps it implies. Here
    // "pass" is the second band, at line 16.
    {"bands-order.yaml",
     "16:5: error: grade bands must be listed from highest to lowest: \"pass\" comes after \"fail\" [grade-bands]",
     "1 error, 0 warnings in 1 file", exit_invalid_input},
    {"grade-duplicate.yaml", "16:5: error: duplicate grade band ID \"pass\"; first used at line 15 [grade-duplicate]",
     "1 error, 0 warnings in 1 file", exit_invalid_input},
    {"missing-band-flag.yaml",
     "16:5: error: a grade band is missing the required key \"max_inclusive\" [missing-key]",
     "1 error, 0 warnings in 1 file", exit_invalid_input},
    {"unknown-rounding.yaml",
     "9:13: error: unknown rounding \"half-down\"; expected half-up or half-even [precision]",
     "1 error, 0 warnings in 1 file", exit_invalid_input},
    // Rule-based (points-sum) trees: indicator 1 at line 11, item 1.2's rule at line 23.
    {"rule-cap-above-points.yaml", "23:49: error: \"cap\" 3 is above the item's 2 points [rule-parameter]",
     "1 error, 0 warnings in 1 file", exit_invalid_input},
    {"rule-items-sum.yaml",
     "11:5: error: indicator 1 has 4 points, but its items' points add up to 3 [points-sum]",
     "1 error, 0 warnings in 1 file", exit_invalid_input},
    {"rule-unknown-type.yaml",
     "23:22: error: unknown rule type \"per-cont\" (did you mean \"per-count\"?); expected one of: present, "
     "per-count, ratio-thresholds, count-tiers, proportional, choice, per-missing, add-on, external, judgement, "
     "composite [rule-type]",
     "1 error, 0 warnings in 1 file", exit_invalid_input},
    // Warnings: exit 0 (see the --strict test for exit 1).
    {"missing-english.yaml", "29:9: warning: indicator 1.2 has no English name (name_en) [missing-english]",
     "0 errors, 1 warning in 1 file", exit_ok},
    {"no-precision.yaml",
     "1:1: warning: the tree declares no precision; scores are shown with 2 decimals, rounded half-up [precision]",
     "0 errors, 1 warning in 1 file", exit_ok},
};

}  // namespace

// --- The broken-tree corpus ---------------------------------------------------------

TEST_CASE("each broken tree gives its exact diagnostic and exit code", "[check]") {
  for (const BrokenTree& tree : broken_trees) {
    INFO(tree.file);
    auto result = run_cli({"check", broken + tree.file});
    CHECK(result.exit_code == tree.exit_code);
    check_chinese(first_line(result.out), first_line(run_cli({"check", broken + tree.file, "--lang", "zh"}).out));
    CHECK(result.err.empty());
    CHECK(first_line(result.out) == broken + tree.file + ":" + tree.first);
    CHECK(last_line(result.out) == tree.summary);
  }
}

TEST_CASE("every file in the broken-tree corpus is pinned by a test", "[check]") {
  std::vector<std::string> pinned;
  for (const BrokenTree& tree : broken_trees) pinned.push_back(broken + tree.file);
  std::sort(pinned.begin(), pinned.end());
  CHECK(files_in("tests/data/broken-trees", {".yaml"}) == pinned);
}

TEST_CASE("text output quotes the line and puts a caret under the column", "[check]") {
  auto result = run_cli({"check", broken + "points-sum.yaml"});
  CHECK(result.exit_code == exit_invalid_input);
  CHECK(result.out ==
        "tests/data/broken-trees/points-sum.yaml:18:5: error: indicator 1 has 6 points, but its children's points "
        "add up to 5.5 [points-sum]\n"
        "   18 |   - id: \"1\"\n"
        "      |     ^\n"
        "1 error, 0 warnings in 1 file\n");
  CHECK(result.err.empty());
}

TEST_CASE("every problem of a file is reported in line order", "[check]") {
  auto result = run_cli({"check", broken + "item-order.yaml"});
  CHECK(result.exit_code == exit_invalid_input);
  CHECK(headline_lines(result.out) ==
        std::vector<std::string>{
            broken + "item-order.yaml:47:13: error: item 2.1.3 is item number 2 of indicator 2.1; its ID must be "
                     "\"2.1.2\" [item-id]",
            broken + "item-order.yaml:48:13: error: item 2.1.2 is item number 3 of indicator 2.1; its ID must be "
                     "\"2.1.3\" [item-id]",
            "2 errors, 0 warnings in 1 file"});
}

namespace {

// tests/data/trees/small-ten.yaml with `from` replaced by `to`, checked from standard input.
RunResult check_small_ten_with(const std::string& from, const std::string& to) {
  std::string tree = source_text("tests/data/trees/small-ten.yaml");
  auto at = tree.find(from);
  REQUIRE(at != std::string::npos);
  tree.replace(at, from.size(), to);
  RunOptions options;
  options.stdin_text = tree;
  return run_cli({"check", "-"}, options);
}

}  // namespace

TEST_CASE("more tree rules: rounding and English names declared and grade names distinct", "[check]") {
  // small-ten.yaml: precision's mapping at line 12, column 3; scale levels at
  // lines 15..17 and grade bands at 19..20, each mapping at column 5.
  SECTION("a precision without rounding") {
    auto result = check_small_ten_with("  rounding: half-even\n", "");
    CHECK(result.exit_code == exit_ok);
    CHECK(headline_lines(result.out) ==
          std::vector<std::string>{
              "<stdin>:12:3: warning: the precision declares no rounding; scores are rounded half-up [precision]",
              "0 errors, 1 warning in 1 file"});
  }
  SECTION("a rating without English") {
    auto result = check_small_ten_with(", name_en: fair", "");
    CHECK(result.exit_code == exit_ok);
    CHECK(headline_lines(result.out) ==
          std::vector<std::string>{"<stdin>:16:5: warning: rating \"fair\" has no English name (name_en) "
                                   "[missing-english]",
                                   "0 errors, 1 warning in 1 file"});
  }
  SECTION("a grade band without English") {
    auto result = check_small_ten_with(", name_en: Fail", "");
    CHECK(result.exit_code == exit_ok);
    CHECK(headline_lines(result.out) ==
          std::vector<std::string>{"<stdin>:20:5: warning: grade band \"fail\" has no English name (name_en) "
                                   "[missing-english]",
                                   "0 errors, 1 warning in 1 file"});
  }
  SECTION("two grade bands with one name") {
    auto result = check_small_ten_with("name: 未通过", "name: 通过");
    CHECK(result.exit_code == exit_invalid_input);
    CHECK(headline_lines(result.out) ==
          std::vector<std::string>{"<stdin>:20:5: error: grade bands \"pass\" and \"fail\" have the same name "
                                   "\"通过\" [grade-duplicate]",
                                   "1 error, 0 warnings in 1 file"});
  }
}

// --- Output formats ------------------------------------------------------------------

TEST_CASE("json format: one object per diagnostic and the summary on stderr", "[check]") {
  auto result = run_cli({"check", "--format", "json", broken + "item-order.yaml"});
  CHECK(result.exit_code == exit_invalid_input);
  CHECK(result.out ==
        "[\n"
        "  {\"file\":\"tests/data/broken-trees/item-order.yaml\",\"line\":47,\"column\":13,\"severity\":\"error\","
        "\"rule\":\"item-id\",\"message\":\"item 2.1.3 is item number 2 of indicator 2.1; its ID must be "
        "\\\"2.1.2\\\"\"},\n"
        "  {\"file\":\"tests/data/broken-trees/item-order.yaml\",\"line\":48,\"column\":13,\"severity\":\"error\","
        "\"rule\":\"item-id\",\"message\":\"item 2.1.2 is item number 3 of indicator 2.1; its ID must be "
        "\\\"2.1.3\\\"\"}\n"
        "]\n");
  CHECK(result.err == "2 errors, 0 warnings in 1 file\n");
}

TEST_CASE("json format: no problems is an empty array", "[check]") {
  auto result = run_cli({"check", "--format", "json", "tests/data/trees/small-ten.yaml"});
  CHECK(result.exit_code == exit_ok);
  CHECK(result.out == "[]\n");
  CHECK(result.err == "no problems in 1 file\n");
}

TEST_CASE("github format: workflow commands for errors and warnings", "[check]") {
  auto result =
      run_cli({"check", "--format", "github", broken + "direct-score-twice.yaml", broken + "missing-english.yaml"});
  CHECK(result.exit_code == exit_invalid_input);
  CHECK(result.out ==
        "::error file=tests/data/broken-trees/direct-score-twice.yaml,line=48,col=13,title=direct-score::indicator "
        "2.1 has a second direct-score item 2.1.3; at most one is allowed (first: 2.1.1)\n"
        "::warning file=tests/data/broken-trees/missing-english.yaml,line=29,col=9,title=missing-english::indicator "
        "1.2 has no English name (name_en)\n"
        "1 error, 1 warning in 2 files\n");
  CHECK(result.err.empty());
}

TEST_CASE("an unknown format is a usage error", "[check]") {
  auto result = run_cli({"check", "--format", "xml", broken + "points-sum.yaml"});
  CHECK(result.exit_code == exit_usage);
  CHECK(result.out.empty());
  CHECK_THAT(result.err, Catch::Contains("--format"));
}

// --- Several files, standard input, unreadable files ---------------------------------

TEST_CASE("several files at once: all reported and counted", "[check]") {
  auto result = run_cli({"check", broken + "points-sum.yaml", "tests/data/trees/small-ten.yaml",
                     broken + "missing-english.yaml", broken + "item-order.yaml"});
  CHECK(result.exit_code == exit_invalid_input);
  CHECK(headline_lines(result.out) ==
        std::vector<std::string>{
            broken + "points-sum.yaml:18:5: error: indicator 1 has 6 points, but its children's points add up to 5.5 "
                     "[points-sum]",
            broken + "missing-english.yaml:29:9: warning: indicator 1.2 has no English name (name_en) "
                     "[missing-english]",
            broken + "item-order.yaml:47:13: error: item 2.1.3 is item number 2 of indicator 2.1; its ID must be "
                     "\"2.1.2\" [item-id]",
            broken + "item-order.yaml:48:13: error: item 2.1.2 is item number 3 of indicator 2.1; its ID must be "
                     "\"2.1.3\" [item-id]",
            "3 errors, 1 warning in 4 files"});
}

TEST_CASE("valid files: no problems and exit 0", "[check]") {
  auto result = run_cli({"check", "tests/data/trees/small-ten.yaml", "tests/data/good/all-full.yaml"});
  CHECK(result.exit_code == exit_ok);
  CHECK(result.out == "no problems in 2 files\n");
  CHECK(result.err.empty());
}

TEST_CASE("standard input is checked as <stdin>", "[check]") {
  SECTION("a broken tree") {
    RunOptions options;
    options.stdin_text = source_text(broken + "points-sum.yaml");
    auto result = run_cli({"check", "-"}, options);
    CHECK(result.exit_code == exit_invalid_input);
    CHECK(result.out ==
          "<stdin>:18:5: error: indicator 1 has 6 points, but its children's points add up to 5.5 [points-sum]\n"
          "   18 |   - id: \"1\"\n"
          "      |     ^\n"
          "1 error, 0 warnings in 1 file\n");
  }
  SECTION("a valid assessment together with a file") {
    RunOptions options;
    options.stdin_text = source_text("tests/data/good/one-partial.yaml");
    auto result = run_cli({"check", "tests/data/trees/small-ten.yaml", "-"}, options);
    CHECK(result.exit_code == exit_ok);
    CHECK(result.out == "no problems in 2 files\n");
  }
  SECTION("read only once") {
    auto result = run_cli({"check", "-", "-"});
    CHECK(result.exit_code == exit_usage);
    CHECK(result.out.empty());
    CHECK(result.err == "cityseceval: error: standard input ('-') can be read only once\n");
  }
}

TEST_CASE("a missing file is a problem of that file and not a usage error", "[check]") {
  auto result = run_cli({"check", "tests/data/no-such-file.yaml", "tests/data/trees/small-ten.yaml"});
  CHECK(result.exit_code == exit_invalid_input);
  CHECK(result.out ==
        "tests/data/no-such-file.yaml:1:1: error: cannot read file: No such file or directory [file-unreadable]\n"
        "1 error, 0 warnings in 2 files\n");
}

TEST_CASE("no file at all is a usage error", "[check]") {
  auto result = run_cli({"check"});
  CHECK(result.exit_code == exit_usage);
  CHECK(result.out.empty());
}

// --- Assessments -----------------------------------------------------------------------

TEST_CASE("an assessment with several mistakes: all of them reported", "[check]") {
  auto result = run_cli({"check", "tests/data/bad/three-mistakes.yaml"});
  CHECK(result.exit_code == exit_invalid_input);
  CHECK(headline_lines(result.out) ==
        std::vector<std::string>{
            "tests/data/bad/three-mistakes.yaml:4:1: error: unknown key \"perod\" in the assessment (did you mean "
            "\"period\"?); expected one of: scheme, city, period, scope, ratings, facts [unknown-key]",
            "tests/data/bad/three-mistakes.yaml:7:17: error: item 6.2.1.2: 0.7 is not on the rating scale; expected "
            "full (全部满足, 1), mostly (大部分满足, 0.8), partly (部分满足, 0.5) or none (不满足, 0) [invalid-rating]",
            "tests/data/bad/three-mistakes.yaml:8:10: error: indicator 6.2.2 (测评整改) has 2 items, but 1 rating is "
            "given; its items, in order: 6.2.2.1 \"网络安全等级测评报告按照GB/T 284…\"; 6.2.2.2 \"区域相关部门，为运营者等级测评中发现的安…\" [rating-count]",
            "3 errors, 0 warnings in 1 file"});
}

TEST_CASE("with --tree assessments are checked against another tree", "[check]") {
  RunOptions options;
  options.stdin_text = "city: 苏州\nratings:\n  1.1: [good]\n  1.2: [好, 差]\n  2.1: [good, 一般, 0]\n";
  SECTION("valid against the tree given") {
    auto result = run_cli({"check", "-", "--tree", "tests/data/trees/small-ten.yaml"}, options);
    CHECK(result.exit_code == exit_ok);
    CHECK(result.out == "no problems in 1 file\n");
  }
  SECTION("not against the default scheme") {
    auto result = run_cli({"check", "-"}, options);
    CHECK(result.exit_code == exit_invalid_input);
    auto headlines = headline_lines(result.out);
    REQUIRE(headlines.size() == 5);
    CHECK_THAT(headlines[0], Catch::StartsWith("<stdin>:2:1: error: missing ratings for 53 indicators: ") &&
                                 Catch::EndsWith("[missing-indicator]"));
    CHECK(headlines[1] == "<stdin>:3:3: error: unknown indicator \"1.1\" [unknown-indicator]");
    CHECK(headlines[4] == "4 errors, 0 warnings in 1 file");
  }
  SECTION("a broken tree is reported under its own name") {
    auto result = run_cli({"check", "-", "--tree", broken + "points-sum.yaml"}, options);
    CHECK(result.exit_code == exit_invalid_input);
    CHECK(headline_lines(result.out) ==
          std::vector<std::string>{broken + "points-sum.yaml:18:5: error: indicator 1 has 6 points, but its "
                                            "children's points add up to 5.5 [points-sum]",
                                   "1 error, 0 warnings in 1 file"});
  }
}

// --- Warnings and --strict ---------------------------------------------------------------

TEST_CASE("with --strict warnings are a failure", "[check]") {
  auto relaxed = run_cli({"check", broken + "missing-english.yaml"});
  auto strict = run_cli({"check", "--strict", broken + "missing-english.yaml"});
  CHECK(relaxed.exit_code == exit_ok);
  CHECK(strict.exit_code == exit_invalid_input);
  CHECK(strict.out == relaxed.out);
  CHECK(last_line(strict.out) == "0 errors, 1 warning in 1 file");
  CHECK(run_cli({"check", "--strict", "tests/data/trees/small-ten.yaml"}).exit_code == exit_ok);
}

// --- The shipped files pass (the CI proof) --------------------------------------------

TEST_CASE("every shipped tree and example passes check with no warning", "[check]") {
  std::vector<std::string> files = files_in("indicators", {".yaml"});
  std::vector<std::string> examples = files_in("examples", {".yaml", ".csv"});
  REQUIRE_FALSE(files.empty());
  REQUIRE_FALSE(examples.empty());
  files.insert(files.end(), examples.begin(), examples.end());
  // Shipped templates, if the repository has any.
  std::vector<std::string> templates = files_in("templates", {".yaml", ".csv"});
  files.insert(files.end(), templates.begin(), templates.end());
  std::vector<std::string> arguments = {"check", "--strict"};
  arguments.insert(arguments.end(), files.begin(), files.end());
  auto result = run_cli(arguments);
  INFO(result.out);
  CHECK(result.exit_code == exit_ok);
  CHECK(result.out == "no problems in " + std::to_string(files.size()) + " files\n");
  CHECK(result.err.empty());
}

// --- Generated templates: one diagnostic for the unrated items --------------------------

TEST_CASE("an unfilled template fails check with the one unrated-items diagnostic", "[check]") {
  TempDir directory;
  for (const std::string format : {"yaml", "csv"}) {
    INFO(format);
    std::string path = directory.file("template." + format);
    auto generated = run_cli({"template", "--format", format, "-o", path});
    REQUIRE(generated.exit_code == exit_ok);
    auto result = run_cli({"check", path});
    CHECK(result.exit_code == exit_invalid_input);
    auto headlines = headline_lines(result.out);
    REQUIRE(headlines.size() == 2);
    CHECK_THAT(headlines[0], Catch::StartsWith(path + ":") && Catch::Contains(": error: 144 items are unrated") &&
                                 Catch::EndsWith("[unrated-items]"));
    CHECK(headlines[1] == "1 error, 0 warnings in 1 file");
  }
}

// --- The library: summary wording, escaping, kinds ------------------------------------

namespace {

cityseceval::Diagnostics diagnostics_of(std::size_t errors, std::size_t warnings) {
  cityseceval::Diagnostics diagnostics;
  for (std::size_t i = 0; i < errors; ++i) {
    diagnostics.error({"a.yaml", 1, 1}, cityseceval::Text::both("bad"), cityseceval::RuleId::wrong_type);
  }
  for (std::size_t i = 0; i < warnings; ++i) {
    diagnostics.warning({"a.yaml", 1, 1}, cityseceval::Text::both("odd"), cityseceval::RuleId::missing_english);
  }
  return diagnostics;
}

}  // namespace

TEST_CASE("the summary line: singular and plural", "[check]") {
  using cityseceval::CheckReport;
  CheckReport none;
  CHECK(cityseceval::check_summary(none, cityseceval::Language::en) == "no problems in 0 files");
  CheckReport one_clean;
  one_clean.add("a.yaml", diagnostics_of(0, 0));
  CHECK(cityseceval::check_summary(one_clean, cityseceval::Language::en) == "no problems in 1 file");
  one_clean.add("b.yaml", diagnostics_of(0, 0));
  CHECK(cityseceval::check_summary(one_clean, cityseceval::Language::en) == "no problems in 2 files");
  CheckReport one_error;
  one_error.add("a.yaml", diagnostics_of(1, 0));
  CHECK(cityseceval::check_summary(one_error, cityseceval::Language::en) == "1 error, 0 warnings in 1 file");
  CheckReport one_warning;
  one_warning.add("a.yaml", diagnostics_of(0, 1));
  CHECK(cityseceval::check_summary(one_warning, cityseceval::Language::en) == "0 errors, 1 warning in 1 file");
  CheckReport mixed;
  mixed.add("a.yaml", diagnostics_of(2, 0));
  mixed.add("b.yaml", diagnostics_of(0, 1));
  mixed.add("c.yaml", diagnostics_of(0, 0));
  CHECK(cityseceval::check_summary(mixed, cityseceval::Language::en) == "2 errors, 1 warning in 3 files");
  CheckReport many;
  many.add("a.yaml", diagnostics_of(1, 2));
  CHECK(cityseceval::check_summary(many, cityseceval::Language::en) == "1 error, 2 warnings in 1 file");
}

TEST_CASE("problems past the limit are counted and said to be not shown", "[check]") {
  cityseceval::CheckReport report;
  report.add("a.yaml", diagnostics_of(cityseceval::Diagnostics::default_limit + 2, 0));
  const std::string text = cityseceval::render_diagnostics_text(report, nullptr, cityseceval::Language::en);
  CHECK(lines_of(text).size() == cityseceval::Diagnostics::default_limit + 2);
  CHECK_THAT(text, Catch::EndsWith("a.yaml: 2 more problems not shown (at most 50 are listed per file)\n"
                                   "52 errors, 0 warnings in 1 file\n"));
}

TEST_CASE("github escaping of messages and properties", "[check]") {
  CHECK(cityseceval::github_escape_message("100% sure: a, b\r\nnext") == "100%25 sure: a, b%0D%0Anext");
  CHECK(cityseceval::github_escape_property("a,b:c%d\ne") == "a%2Cb%3Ac%25d%0Ae");
  cityseceval::Diagnostics diagnostics;
  diagnostics.error({"dir,1/a:b.yaml", 2, 3}, cityseceval::Text::both("50% of\nitems"), cityseceval::RuleId::wrong_type);
  cityseceval::CheckReport report;
  report.add("dir,1/a:b.yaml", diagnostics);
  CHECK(cityseceval::render_diagnostics_github(report, cityseceval::Language::en) ==
        "::error file=dir%2C1/a%3Ab.yaml,line=2,col=3,title=wrong-type::50%25 of%0Aitems\n"
        "1 error, 0 warnings in 1 file\n");
}

TEST_CASE("check_text tells trees, plans and assessments apart", "[check]") {
  cityseceval::SchemeCache schemes;
  cityseceval::Diagnostics diagnostics;
  CHECK(cityseceval::check_text(source_text("tests/data/trees/small-ten.yaml"), "t.yaml", {}, schemes, diagnostics) ==
        cityseceval::InputKind::tree);
  CHECK(cityseceval::check_text(source_text("tests/data/good/all-full.yaml"), "a.yaml", {}, schemes, diagnostics) ==
        cityseceval::InputKind::assessment_yaml);
  CHECK(cityseceval::check_text(source_text("examples/plan-yunxi-2025.yaml"), "examples/plan-yunxi-2025.yaml", {},
                                schemes, diagnostics) == cityseceval::InputKind::plan);
  CHECK(diagnostics.empty());
  // A plan's problems are found by check_text as by score --plan.
  CHECK(cityseceval::check_text("plan: p\ncity: c\nstages:\n  - {name: a, scope: [\"6\"], date: 2025-02-30}\n",
                                "p.yaml", {}, schemes, diagnostics) == cityseceval::InputKind::plan);
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(diagnostics.all()[0].rule == "plan-date");
  diagnostics = cityseceval::Diagnostics();
  CHECK(cityseceval::check_text("#scheme,city-cybersecurity\n", "c.csv", {}, schemes, diagnostics) ==
        cityseceval::InputKind::assessment_csv);
  cityseceval::Diagnostics tailoring;
  CHECK(cityseceval::check_text(source_text("examples/chenghu-2025.tailoring.yaml"), "examples/t.tailoring.yaml", {},
                                schemes, tailoring) == cityseceval::InputKind::tailoring);
  CHECK(tailoring.empty());
}
