// Every rule id the code can report (RuleId) is broken by a fixture, checked
// through the built binary, and listed in docs/check.md. A new rule id
// without a fixture here, or without its line in the documentation, fails.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "cityseceval/diagnostic.h"
#include "run_binary.h"
#include "support.h"
#include "workbook_bytes.h"

using namespace cityseceval;
using namespace cityseceval::testing;

namespace {

// How to break one rule: the arguments of `check` after "check" (paths from
// the repository root, or from the test's own directory for a file made
// there), and the exit code. Warnings pass --strict to fail.
struct Breaker {
  std::vector<std::string> arguments;
  int exit_code = exit_invalid_input;
  bool made_here = false;  // the file is made in the test's directory, and named from it
};

const std::string rules = "tests/data/rules/";
const std::string broken = "tests/data/broken-trees/";
const std::string bad = "tests/data/bad/";
const std::string tailoring = "tests/data/tailoring/";

// A filled workbook's problems, each in a workbook made byte by byte
// (workbook_bytes.h) in `dir`, named from there so the pinned lines hold no
// temporary path.
std::map<std::string, Breaker> workbook_breakers(const TempDir& dir) {
  auto made = [&](const std::string& name, const std::string& bytes) {
    dir.write(name, bytes);
    return Breaker{{name}, exit_invalid_input, true};
  };
  const std::string header = row(1, {text_cell("A1", "方案"), text_cell("B1", "city-cybersecurity")}) +
                             row(2, {text_cell("A2", "城市"), text_cell("B2", "苏州")}) +
                             row(4, {text_cell("A4", "编号"), text_cell("B4", "评分")});
  std::vector<ZipEntry> encrypted = workbook_parts(header);
  encrypted[1].encrypted = true;  // xl/workbook.xml
  std::vector<ZipEntry> many;
  for (int i = 0; i <= 10'000; ++i) many.push_back({"xl/media/" + std::to_string(i) + ".bin", ""});
  std::vector<ZipEntry> outside = workbook_parts(header);
  outside.push_back({"../evil.sh", "rm -rf /"});
  std::vector<ZipEntry> doctype = workbook_parts(header);
  doctype[1].content = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><workbook>&a;</workbook>";
  std::vector<ZipEntry> malformed = workbook_parts(header);
  malformed[1].content = "<workbook><sheets></workbook>";
  std::vector<ZipEntry> no_workbook = workbook_parts(header);
  no_workbook.erase(no_workbook.begin() + 1);
  // A header field whose value cell is a formula never calculated, or an error value.
  const std::string formula_header = row(1, {text_cell("A1", "方案"), formula_cell("B1", "LOWER(A9)", "")}) +
                                     row(2, {text_cell("A2", "城市"), text_cell("B2", "苏州")}) +
                                     row(4, {text_cell("A4", "编号"), text_cell("B4", "评分")});
  const std::string error_header = row(1, {text_cell("A1", "方案"), text_cell("B1", "city-cybersecurity")}) +
                                   row(2, {text_cell("A2", "城市"), error_cell("B2", "#N/A")}) +
                                   row(4, {text_cell("A4", "编号"), text_cell("B4", "评分")});
  return {
      {"xlsx-not-zip", made("text.xlsx", "scheme: small-ten\ncity: 苏州\n")},
      {"xlsx-old-format", made("old.xls", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0'))},
      {"xlsx-encrypted", made("encrypted.xlsx", zip_archive(encrypted))},
      {"xlsx-too-large", made("many.xlsx", zip_archive(many))},
      {"xlsx-unsafe-entry", made("outside.xlsx", zip_archive(outside))},
      {"xlsx-doctype", made("doctype.xlsx", zip_archive(doctype))},
      {"xlsx-xml", made("malformed.xlsx", zip_archive(malformed))},
      {"xlsx-part", made("no-workbook.xlsx", zip_archive(no_workbook))},
      {"xlsx-header", made("no-header.xlsx", zip_archive(workbook_parts(row(1, {text_cell("A1", "城市")}))))},
      {"xlsx-formula", made("formula.xlsx", zip_archive(workbook_parts(formula_header)))},
      {"xlsx-cell-error", made("error-value.xlsx", zip_archive(workbook_parts(error_header)))},
  };
}

std::map<std::string, Breaker> breakers(const TempDir& dir) {
  // A file one byte over the 8 MiB every input may have, made here rather than committed.
  std::string big = dir.file("file-too-large.yaml");
  std::ofstream(big) << "city: 苏州\n# " << std::string(8 * 1024 * 1024, 'x') << "\n";
  // A value one character over Excel's 32767 for one cell, named from the test's directory.
  std::ofstream(dir.file("value-too-long.yaml")) << "city: " << std::string(32768, 'x') << "\n";
  std::map<std::string, Breaker> table = {
      {"file-too-large", {{big}}},
      {"file-unreadable", {{rules + "no-such-file.yaml"}}},
      {"invalid-utf8", {{rules + "invalid-utf8.yaml"}}},
      {"empty-file", {{rules + "empty-file.yaml"}}},
      {"yaml-syntax", {{bad + "syntax.yaml"}}},
      {"multiple-documents", {{rules + "multiple-documents.yaml"}}},
      {"duplicate-key", {{rules + "duplicate-key.yaml"}}},
      {"too-deep", {{rules + "too-deep.yaml"}}},
      {"too-many-aliases", {{rules + "too-many-aliases.yaml"}}},
      {"value-too-long", {{"value-too-long.yaml"}, exit_invalid_input, true}},
      {"wrong-type", {{rules + "wrong-type.yaml"}}},
      {"unknown-key", {{bad + "three-mistakes.yaml"}}},
      {"missing-key", {{rules + "missing-key.yaml"}}},
      {"unknown-scheme", {{bad + "unknown-scheme.yaml"}}},
      {"scheme-mismatch", {{"examples/qingyi-district-2025.yaml", "--scheme", "city-cybersecurity"}}},
      {"indicator-shape", {{rules + "indicator-shape.yaml"}}},
      {"precision", {{broken + "unknown-rounding.yaml"}}},
      {"duplicate-id", {{broken + "duplicate-id.yaml"}}},
      {"id-parent", {{broken + "id-parent.yaml"}}},
      {"item-id", {{broken + "item-order.yaml"}}},
      {"no-items", {{broken + "no-items.yaml"}}},
      {"points-sum", {{broken + "points-sum.yaml"}}},
      {"points-total", {{broken + "points-total.yaml"}}},
      {"scale-value", {{broken + "scale-value.yaml"}}},
      {"scale-duplicate", {{broken + "scale-duplicate-value.yaml"}}},
      {"grade-bands", {{broken + "bands-gap.yaml"}}},
      {"grade-duplicate", {{broken + "grade-duplicate.yaml"}}},
      {"direct-score", {{broken + "direct-score-twice.yaml"}}},
      {"missing-english", {{"--strict", broken + "missing-english.yaml"}}},
      {"bonus-cap", {{rules + "bonus-cap.yaml"}}},
      {"rule-type", {{broken + "rule-unknown-type.yaml"}}},
      {"rule-parameter", {{broken + "rule-cap-above-points.yaml"}}},
      {"unknown-indicator", {{bad + "unknown-indicator.yaml"}}},
      {"missing-indicator", {{rules + "missing-indicator.yaml"}}},
      {"rating-count", {{bad + "three-mistakes.yaml"}}},
      {"invalid-rating", {{bad + "rating-misspelt.yaml"}}},
      {"unrated-items", {{rules + "unrated-items.yaml"}}},
      {"unfilled-field", {{rules + "unfilled-field.yaml"}}},
      {"unknown-item", {{rules + "unknown-item.yaml"}}},
      {"missing-item", {{rules + "missing-item.yaml"}}},
      {"invalid-fact", {{bad + "municipal-bad-facts.yaml"}}},
      {"invalid-evidence", {{rules + "invalid-evidence.yaml"}}},
      {"missing-evidence", {{"--strict", "--require-evidence", rules + "missing-evidence.yaml"}}},
      {"invalid-scope", {{rules + "invalid-scope.yaml"}}},
      {"weight-value", {{rules + "weight-value.yaml"}}},
      {"weights-sum", {{rules + "weights-sum.yaml"}}},
      {"out-of-scope", {{rules + "out-of-scope.yaml"}}},
      {"nothing-evaluated", {{rules + "nothing-evaluated.yaml"}}},
      {"plan-overlap", {{rules + "plan-overlap.yaml"}}},
      {"plan-date", {{rules + "plan-date.yaml"}}},
      {"plan-stage-name", {{rules + "plan-stage-name.yaml"}}},
      {"plan-coverage", {{"--strict", rules + "plan-coverage.yaml"}}},
      {"plan-match", {{"--plan", rules + "plan-small-ten.yaml", rules + "plan-match.yaml"}}},
      {"plan-city", {{"--plan", rules + "plan-small-ten.yaml", rules + "plan-city.yaml"}}},
      {"csv-syntax", {{"tests/data/csv/unterminated-quote.csv"}}},
      {"csv-header", {{rules + "csv-header.csv"}}},
      {"csv-gb18030", {{"--strict", rules + "csv-gb18030.csv"}}},
      {"tailoring-base", {{tailoring + "points-sum-base.tailoring.yaml"}}},
      {"tailoring-duplicate", {{tailoring + "changed-twice.tailoring.yaml"}}},
      {"tailoring-reason", {{tailoring + "no-reason.tailoring.yaml"}}},
      {"tailoring-level", {{tailoring + "add-to-level-two.tailoring.yaml"}}},
      {"tailoring-points", {{"--strict", tailoring + "points-moved.tailoring.yaml"}}},
      {"tailoring-no-items", {{tailoring + "all-removed.tailoring.yaml"}}},
  };
  table.merge(workbook_breakers(dir));
  return table;
}

}  // namespace

TEST_CASE("every rule id has a file that breaks it, reported by check through the binary", "[check]") {
  TempDir dir;
  const std::map<std::string, Breaker> table = breakers(dir);
  for (int i = 0; i < static_cast<int>(RuleId::count_); ++i) {
    const std::string rule(rule_name(static_cast<RuleId>(i)));
    INFO("rule " << rule);
    auto found = table.find(rule);
    REQUIRE(found != table.end());  // a rule id without a fixture
    std::vector<std::string> arguments = {"check", "--format", "json"};
    arguments.insert(arguments.end(), found->second.arguments.begin(), found->second.arguments.end());
    RunOptions options;
    if (found->second.made_here) options.working_directory = dir.path();
    RunResult result = run_cli(arguments, options);
    CHECK(result.exit_code == found->second.exit_code);
    CHECK_THAT(result.out, Catch::Contains("\"rule\":\"" + rule + "\""));
    // The first problem, in English and in Chinese.
    arguments[2] = "text";
    std::string en = lines_of(run_cli(arguments, options).out).at(0);
    arguments.insert(arguments.end(), {"--lang", "zh"});
    if (rule != "file-too-large") check_chinese(en, lines_of(run_cli(arguments, options).out).at(0));
  }
  CHECK(table.size() == static_cast<std::size_t>(RuleId::count_));  // no fixture for a rule that is gone
}

TEST_CASE("docs/check.md lists every rule id", "[check]") {
  const std::string page = source_text("docs/check.md");
  for (int i = 0; i < static_cast<int>(RuleId::count_); ++i) {
    const std::string rule(rule_name(static_cast<RuleId>(i)));
    INFO("rule " << rule);
    CHECK_THAT(page, Catch::Contains("`" + rule + "`"));
  }
}
