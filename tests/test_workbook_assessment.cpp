// Filled workbooks read as assessments (src/assessment_xlsx.h,
// src/workbook_facts.h): header fields and columns found by their labels,
// ratings and facts read from the cells as the YAML would give them, and
// every problem at its cell ("cell G12: "). The workbooks are made byte by
// byte (workbook_bytes.h) for the small test trees, whose items fit in a
// test; numbers are worked out by hand from the trees.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "cityseceval/assessment.h"
#include "cityseceval/input.h"
#include "cityseceval/load.h"
#include "cityseceval/score.h"
#include "run_binary.h"
#include "support.h"
#include "workbook_bytes.h"
#include "xlsx_cells.h"

using namespace cityseceval;
using namespace cityseceval::testing;

namespace {

// Row `number` with a text cell per non-empty entry, from column A.
std::string text_row(int number, const std::vector<std::string>& texts) {
  std::vector<std::string> cells;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (texts[i].empty()) continue;
    cells.push_back(text_cell(xlsx::cell_reference({number, static_cast<int>(i) + 1}), texts[i]));
  }
  return row(number, cells);
}

struct Outcome {
  std::optional<Assessment> assessment;
  Diagnostics diagnostics;
  std::vector<std::string> lines() const { return pinned_lines(diagnostics); }
};

Outcome read(const std::string& sheet_data, const Scheme& scheme) {
  Outcome outcome;
  outcome.assessment =
      read_assessment(zip_archive(workbook_parts(sheet_data)), "a.xlsx", scheme, outcome.diagnostics, {});
  outcome.diagnostics.sort_by_location();
  return outcome;
}

const Rating& rating_of(const Assessment& assessment, const std::string& id) {
  for (const ItemRecord& record : assessment.records()) {
    if (record.item->id == id) return std::get<Rating>(record.value);
  }
  FAIL("no record for " << id);
  throw;
}

const Fact& fact_of(const Assessment& assessment, const std::string& id) {
  for (const ItemRecord& record : assessment.records()) {
    if (record.item->id == id) return std::get<Fact>(record.value);
  }
  FAIL("no record for " << id);
  throw;
}

// The rules-small header: the input columns in traditional script, the
// columns of the rule's words left out (they are not read).
const std::string rules_header = text_row(1, {"方案", "rules-small"}) + text_row(2, {"城市", "蘇州"}) +
                                 text_row(5, {"編號", "分項", "填寫值", "分子", "分母", "缺少項", "說明", "佐證材料"});

}  // namespace

TEST_CASE("workbook: ratings by English labels, columns moved, numbers, Chinese words and na", "[workbook]") {
  // Header fields with a colon after the label, the period a number; the
  // header row in English, ID fourth, an extra column "Reviewer".
  const std::string data =
      text_row(1, {"Scheme:", "small-ten"}) + text_row(2, {"City:", "苏州"}) +
      row(3, {text_cell("A3", "Period"), number_cell("B3", "2025")}) +
      text_row(5, {"Note", "Rating", "Reviewer", "ID", "Evidence"}) + text_row(6, {"", "good", "王", "1.1.1"}) +
      text_row(7, {"人员兼职", "fair", "", "1.2.1"}) +
      row(8, {number_cell("B8", "1.0"), text_cell("D8", "1.2.2")}) +  // 1, the value of good
      text_row(9, {"", "好", "", "2.1.1"}) + row(10, {number_cell("B10", "0"), text_cell("D10", "2.1.2")}) +
      text_row(11, {"本市无日志系统", "na", "", "2.1.3", "日志制度.docx\n审计报告.pdf"});
  Outcome outcome = read(data, small_ten());
  INFO(outcome.lines().size());
  REQUIRE(outcome.lines().empty());
  REQUIRE(outcome.assessment);
  const Assessment& assessment = *outcome.assessment;
  CHECK(assessment.city == "苏州");
  CHECK(assessment.period == "2025");
  CHECK(rating_of(assessment, "1.1.1").level->id == "good");
  CHECK(rating_of(assessment, "1.2.1").level->id == "fair");
  CHECK(rating_of(assessment, "1.2.1").note == "人员兼职");
  CHECK(rating_of(assessment, "1.2.2").level->id == "good");
  CHECK(rating_of(assessment, "2.1.1").level->id == "good");
  CHECK(rating_of(assessment, "2.1.2").level->id == "poor");
  const Rating& na = rating_of(assessment, "2.1.3");
  CHECK_FALSE(na.applicable());
  CHECK(na.reason == "本市无日志系统");
  CHECK(na.evidence == std::vector<std::string>{"日志制度.docx", "审计报告.pdf"});
  // 1.1 2.5 × 1 = 2.5; 1.2 3.5 × (0.5 + 1)/2 = 2.625; 2.1 4 × (1 + 0)/2 = 2 (2.1.3 na, out
  // of the mean; the indicator counts whole): 7.125 = 57/8 of 10, one decimal half-even 7.1.
  ScoreResult result = score(small_ten(), assessment);
  CHECK(result.composite == Rational(57, 8));
  CHECK(result.format(result.reported) == "7.1");
}

TEST_CASE("workbook: facts by traditional labels, a composite item in rows, the item's note on its first row",
          "[workbook]") {
  const std::string data =
      rules_header + text_row(6, {"1.1.1", "", "是"}) + text_row(7, {"1.1.2", "", "否", "", "", "", "預案未發文"}) +
      row(8, {text_cell("A8", "1.1.3"), number_cell("C8", "3")}) + text_row(9, {"1.2.1", "", "training"}) +
      row(10, {text_cell("A10", "2.1.1"), number_cell("D10", "2"), number_cell("E10", "3")}) +
      row(11, {text_cell("A11", "2.1.2"), text_cell("B11", "systems"), number_cell("C11", "1"),
               text_cell("G11", "名錄1家"), text_cell("H11", "名錄.xlsx")}) +
      text_row(12, {"2.1.2", "missing", "", "", "", "mail"}) +
      row(13, {text_cell("A13", "3.1.1"), boolean_cell("B13", false), number_cell("C13", "1")});
  Outcome outcome = read(data, rules_small());
  CHECK(outcome.lines() ==
        std::vector<std::string>{"a.xlsx:13:2: error: cell B13: item 3.1.1 is not scored in parts; leave its part "
                                 "cell empty [invalid-fact]"});
  // Without the stray part cell it reads.
  const std::string fixed = data.substr(0, data.find("<row r=\"13\">")) +
                            row(13, {text_cell("A13", "3.1.1"), number_cell("C13", "1")});
  outcome = read(fixed, rules_small());
  REQUIRE(outcome.lines().empty());
  REQUIRE(outcome.assessment);
  const Assessment& assessment = *outcome.assessment;
  CHECK(assessment.city == "蘇州");
  CHECK(fact_of(assessment, "1.1.1").yes);
  CHECK_FALSE(fact_of(assessment, "1.1.2").yes);
  CHECK(fact_of(assessment, "1.1.2").note == "預案未發文");
  CHECK(fact_of(assessment, "1.2.1").outcome == "training");
  CHECK(*fact_of(assessment, "2.1.1").numerator == Rational(2));
  const Fact& composite = fact_of(assessment, "2.1.2");
  CHECK(composite.note == "名錄1家");
  CHECK(composite.evidence == std::vector<std::string>{"名錄.xlsx"});
  REQUIRE(composite.parts.size() == 2);
  CHECK(composite.parts[1].fact.missing == std::vector<std::string>{"mail"});
  // 1: 1.1.1 present 1; 1.1.2 absent -2; 1.1.3 3 × 0.5 = 1.5; 1.2.1 training 1: 1.5.
  // 2: 2.1.1 1 × 2/3 = 0.666... -> 0.7 (1 decimal, half-up); 2.1.2 systems 1 × 0.5 = 0.5,
  //    missing [mail] -0.5: 0; 0.7. Bonus 3.1.1 1 × 2 = 2 (cap 3). 1.5 + 0.7 + 2 = 4.2.
  ScoreResult result = score(rules_small(), assessment);
  CHECK(result.composite == Rational(21, 5));
  CHECK(result.format(result.reported) == "4.2");
}

TEST_CASE("workbook: 无 says nothing is missing; an empty item is not recorded yet", "[workbook]") {
  const std::string data =
      rules_header + text_row(6, {"1.1.1", "", "yes"}) + text_row(7, {"1.1.2", "", "TRUE"}) +
      row(8, {text_cell("A8", "1.1.3"), number_cell("C8", "0")}) + text_row(9, {"1.2.1", "", "drill"}) +
      text_row(10, {"2.1.1"}) +  // nothing written: not recorded yet
      row(11, {text_cell("A11", "2.1.2"), text_cell("B11", "systems"), number_cell("C11", "2")}) +
      text_row(12, {"2.1.2", "missing", "", "", "", "无"}) + row(13, {text_cell("A13", "3.1.1"), number_cell("C13", "0")});
  Outcome outcome = read(data, rules_small());
  CHECK(outcome.lines() == std::vector<std::string>{"a.xlsx:5:1: error: cell A5: 1 item is not filled in (todo); record "
                                                    "each item's fact [unrated-items]"});
  const std::string filled = data.substr(0, data.find("<row r=\"10\">")) +
                             row(10, {text_cell("A10", "2.1.1"), number_cell("D10", "3"), number_cell("E10", "3")}) +
                             data.substr(data.find("<row r=\"11\">"));
  outcome = read(filled, rules_small());
  REQUIRE(outcome.lines().empty());
  CHECK(fact_of(*outcome.assessment, "2.1.2").parts[1].fact.missing.empty());
  // 1: 1 + 2 + 0 + 3 = 6; 2: 2.1.1 3/3 -> 1, 2.1.2 2 × 0.5 = 1, nothing missing: 2; bonus 0: 8.
  CHECK(score(rules_small(), *outcome.assessment).composite == Rational(8));
}

TEST_CASE("workbook: a row's mistakes are reported at their cells with the resolver's messages", "[workbook]") {
  const std::string data =
      rules_header + text_row(6, {"1.1.1", "", "是"}) + text_row(7, {"1.1.2", "", "否"}) +
      text_row(8, {"1.1.2", "", "是"}) +  // a second row
      row(9, {text_cell("A9", "1.1.3"), number_cell("C9", "2")}) + text_row(10, {"1.2.1", "", "drils"}) +
      row(11, {text_cell("A11", "2.1.1"), number_cell("D11", "5"), number_cell("E11", "4")}) +
      row(12, {text_cell("A12", "2.1.2"), text_cell("B12", "systems"), number_cell("C12", "2")}) +
      text_row(13, {"2.1.2", "", "", "", "", "mail"}) +  // which part?
      row(14, {text_cell("A14", "3.1.1"), number_cell("C14", "1")}) + text_row(15, {"3.1.9", "", "1"});
  Outcome outcome = read(data, rules_small());
  CHECK(outcome.lines() ==
        std::vector<std::string>{
            "a.xlsx:8:1: error: cell A8: duplicate row for item 1.1.2; first given in row 7 [duplicate-key]",
            "a.xlsx:10:3: error: cell C10: item 1.2.1: unknown outcome \"drils\" (did you mean \"drill\"?); expected "
            "drill, training or none [invalid-fact]",
            "a.xlsx:11:4: error: cell D11: item 2.1.1: the numerator 5 is above the denominator 4; a ratio is at most 1 "
            "[invalid-fact]",
            "a.xlsx:13:2: error: cell B13: item 2.1.2 is scored in parts (systems and missing): give each part a row "
            "of its own, with the part's name in the part column [invalid-fact]",
            "a.xlsx:15:1: error: cell A15: unknown item \"3.1.9\" (did you mean \"3.1.1\"?) [unknown-item]"});
  CHECK_FALSE(outcome.assessment);
}

TEST_CASE("workbook: a composite's part twice or unknown, and a column the rules need", "[workbook]") {
  const std::string rows =
      text_row(6, {"1.1.1", "", "是"}) + text_row(7, {"1.1.2", "", "是"}) +
      row(8, {text_cell("A8", "1.1.3"), number_cell("C8", "2")}) + text_row(9, {"1.2.1", "", "drill"}) +
      row(10, {text_cell("A10", "2.1.1"), number_cell("D10", "1"), number_cell("E10", "2")}) +
      row(11, {text_cell("A11", "2.1.2"), text_cell("B11", "systems"), number_cell("C11", "2")}) +
      row(12, {text_cell("A12", "2.1.2"), text_cell("B12", "systems"), number_cell("C12", "3")}) +
      row(13, {text_cell("A13", "3.1.1"), number_cell("C13", "1")});
  CHECK(read(rules_header + rows, rules_small()).lines() ==
        std::vector<std::string>{"a.xlsx:12:2: error: cell B12: item 2.1.2: part systems has a second row; first given "
                                 "in row 11 [duplicate-key]"});
  const std::string unknown = rules_header + rows.substr(0, rows.find("<row r=\"12\">")) +
                              text_row(12, {"2.1.2", "mising", "", "", "", "mail"}) +
                              row(13, {text_cell("A13", "3.1.1"), number_cell("C13", "1")});
  CHECK(read(unknown, rules_small()).lines() ==
        std::vector<std::string>{"a.xlsx:11:1: error: cell A11: item 2.1.2: part \"missing\" is missing; the parts are "
                                 "systems and missing [invalid-fact]",
                                 "a.xlsx:12:2: error: cell B12: item 2.1.2: unknown part \"mising\" (did you mean "
                                 "\"missing\"?); the parts are systems and missing [invalid-fact]"});
  // Without a missing column, which 2.1.2's rule reads.
  const std::string no_missing = text_row(1, {"方案", "rules-small"}) + text_row(2, {"城市", "蘇州"}) +
                                 text_row(5, {"id", "part", "value", "numerator", "denominator"}) + rows;
  CHECK(read(no_missing, rules_small()).lines() ==
        std::vector<std::string>{"a.xlsx:5:1: error: cell A5: the header row has no \"missing\" column; label one 缺少项, "
                                 "缺少項 or Missing [xlsx-header]"});
}

TEST_CASE("workbook: header fields and the header row: missing, twice, empty", "[workbook]") {
  const std::string items = text_row(6, {"1.1.1", "good"}) + text_row(7, {"1.2.1", "good"}) +
                            text_row(8, {"1.2.2", "good"}) + text_row(9, {"2.1.1", "good"}) +
                            text_row(10, {"2.1.2", "good"}) + text_row(11, {"2.1.3", "good"});
  // No city field, the scheme field twice and empty the second time.
  CHECK(read(text_row(1, {"方案", "small-ten"}) + text_row(3, {"SCHEME"}) + text_row(5, {"编号", "评分"}) + items,
             small_ten())
            .lines() ==
        std::vector<std::string>{
            "a.xlsx:3:1: error: cell A3: the field \"scheme\" is given twice; first in A1 [duplicate-key]",
            "a.xlsx:5:1: error: cell A5: the workbook has no city field: above the header row, a cell labelled 城市 or "
            "City, with the city's name in the cell to its right [missing-key]"});
  // A city field left empty is a template's unfilled city; two rating columns are one too many.
  CHECK(read(text_row(2, {"城市"}) + text_row(5, {"编号", "评分", "Rating"}) + items, small_ten()).lines() ==
        std::vector<std::string>{
            "a.xlsx:5:3: error: cell C5: two columns are labelled \"rating\": B5 and C5; keep one [xlsx-header]"});
  CHECK(read(text_row(2, {"城市"}) + text_row(5, {"编号", "评分"}) + items, small_ten()).lines() ==
        std::vector<std::string>{
            "a.xlsx:2:2: error: cell B2: the city is not filled in; write the city's name [unfilled-field]"});
  // No rating column.
  CHECK(read(text_row(2, {"城市", "苏州"}) + text_row(5, {"编号", "说明"}) + items, small_ten()).lines() ==
        std::vector<std::string>{"a.xlsx:5:1: error: cell A5: the header row has no \"rating\" column; label one 评分, 評分 "
                                 "or Rating [xlsx-header]"});
  // na with an empty note cell.
  CHECK(read(text_row(2, {"城市", "苏州"}) + text_row(5, {"编号", "评分", "说明"}) +
                 items.substr(0, items.find("<row r=\"11\">")) + text_row(11, {"2.1.3", "na"}),
             small_ten())
            .lines() == std::vector<std::string>{"a.xlsx:11:2: error: cell B11: item 2.1.3: na (not applicable) needs a "
                                                 "reason: write why the item does not apply in its note cell "
                                                 "[invalid-rating]"});
}

TEST_CASE("workbook: a scope field; the other dimensions' rows left empty are not read", "[workbook]") {
  const std::string data = text_row(1, {"城市", "苏州"}) + text_row(2, {"评估范围", "1"}) +
                           text_row(5, {"编号", "评分"}) + text_row(6, {"1.1.1", "good"}) +
                           text_row(7, {"1.2.1", "fair"}) + text_row(8, {"1.2.2", "good"}) + text_row(9, {"2.1.1"}) +
                           text_row(10, {"2.1.2"}) + text_row(11, {"2.1.3"});
  Outcome outcome = read(data, small_ten());
  REQUIRE(outcome.lines().empty());
  // Dimension 1 alone: 2.5 + 3.5 × 3/4 = 5.125 of 6, scaled to 10: 5.125 / 6 × 10 = 205/24.
  CHECK(score(small_ten(), *outcome.assessment).composite == Rational(205, 24));
  // A row of another dimension that is filled in is out of scope, as in YAML.
  const std::string filled = data.substr(0, data.find("<row r=\"11\">")) + text_row(11, {"2.1.3", "good"});
  CHECK(read(filled, small_ten()).lines() ==
        std::vector<std::string>{"a.xlsx:11:1: error: cell A11: 2.1 is outside the scope: dimension 2 (技术) is not "
                                 "evaluated in this assessment; remove it, or add \"2\" to the scope [out-of-scope]"});
}

TEST_CASE("workbook: score names the scheme from the scheme field and exits 0; check warns of a formula",
          "[workbook]") {
  TempDir dir;
  const std::string data =
      text_row(1, {"方案", "city-cybersecurity"}) + text_row(2, {"城市", "苏州"}) + text_row(5, {"编号", "评分"}) +
      row(6, {text_cell("A6", "6.1.1.1"), formula_cell("B6", "LOWER(\"FULL\")", "full")});
  dir.write("a.xlsx", zip_archive(workbook_parts(data)));
  RunResult result = run_in(dir, {"check", "a.xlsx"});
  CHECK(result.exit_code == exit_invalid_input);  // one item of 144 rated
  CHECK_THAT(result.out, Catch::Contains("\na.xlsx:6:2: warning: cell B6: holds a formula; the value it had when last "
                                         "calculated, \"full\", is read; type the value itself to be sure it is the "
                                         "one meant [xlsx-formula]\n"));
  // --scheme naming another scheme than the workbook's field: reported at the field's value.
  result = run_in(dir, {"score", "a.xlsx", "--scheme", "municipal-infosec-work"});
  CHECK(result.exit_code == exit_invalid_input);
  CHECK_THAT(result.first_error_line(),
             Catch::StartsWith("a.xlsx:1:2: error: cell B1: the assessment names scheme \"city-cybersecurity\", but "
                               "--scheme municipal-infosec-work was given"));
}

TEST_CASE("workbook: a part of a part, in a row named outer.inner as the template names it", "[workbook]") {
  // 1.1.1 (4 points): rules present 1; training a composite of staff (per-count 1, cap 2) and drill
  // (present 1). Its maximum 1 + 2 + 1 = 4 is the item's points.
  const std::string tree =
      "id: nested-parts\ntitle: 嵌套分项\ntitle_en: Nested parts\nversion: \"0.1\"\naggregation: points-sum\n"
      "max_points: 4\nprecision: {decimals: 1, rounding: half-up}\ngrades: []\nindicators:\n"
      "  - id: \"1\"\n    name: 管理\n    name_en: Management\n    points: 4\n    children:\n"
      "      - id: \"1.1\"\n        name: 制度\n        name_en: Rules\n        points: 4\n        items:\n"
      "          - id: \"1.1.1\"\n            text: 制度与培训。\n            points: 4\n            rule:\n"
      "              type: composite\n              parts:\n                rules: {type: present, points: 1}\n"
      "                training:\n                  type: composite\n                  parts:\n"
      "                    staff: {type: per-count, each: 1, cap: 2}\n"
      "                    drill: {type: present, points: 1}\n";
  Diagnostics problems;
  std::optional<Scheme> scheme = load_tree(tree, "nested.yaml", problems);
  REQUIRE(scheme);
  const std::string data = text_row(1, {"城市", "苏州"}) + text_row(3, {"id", "part", "value", "note"}) +
                           text_row(4, {"1.1.1", "rules", "是", "制度齐全"}) +
                           row(5, {text_cell("A5", "1.1.1"), text_cell("B5", "training.staff"), number_cell("C5", "2")}) +
                           text_row(6, {"1.1.1", "training.drill", "否"});
  Outcome outcome = read(data, *scheme);
  REQUIRE(outcome.lines().empty());
  const Fact& fact = fact_of(*outcome.assessment, "1.1.1");
  CHECK(fact.note == "制度齐全");
  REQUIRE(fact.parts.size() == 2);
  CHECK(fact.parts[0].fact.yes);
  REQUIRE(fact.parts[1].fact.parts.size() == 2);
  CHECK(fact.parts[1].fact.parts[0].fact.number == Rational(2));
  CHECK_FALSE(fact.parts[1].fact.parts[1].fact.yes);
  // rules 1 + staff 2 × 1 = 2 + drill 0: 3 of 4.
  CHECK(score(*scheme, *outcome.assessment).composite == Rational(3));
  // A name that is no part, at either depth, is the resolver's unknown part.
  const std::string wrong = data.substr(0, data.find("<row r=\"6\">")) + text_row(6, {"1.1.1", "training.dril", "否"});
  CHECK(read(wrong, *scheme).lines() ==
        std::vector<std::string>{
            "a.xlsx:5:2: error: cell B5: item 1.1.1 (training): part \"drill\" is missing; the parts are staff and "
            "drill [invalid-fact]",
            "a.xlsx:6:2: error: cell B6: item 1.1.1 (training): unknown part \"dril\" (did you mean \"drill\"?); the "
            "parts are staff and drill [invalid-fact]"});
}
