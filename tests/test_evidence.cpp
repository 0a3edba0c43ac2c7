// Evidence on ratings and facts (src/evidence.h, docs/assessment-format.md
// "Evidence"): how it is read from YAML and from a CSV evidence column, every
// bad shape with its exact message and place, what claims points, the
// `--require-evidence` diagnostics (a warning in check, an error where a file
// is scored), and the reports that list it. Positions are counted by hand:
// line 1-based, column in code points; the comment next to each shows the count.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "assessment_document.h"
#include "cityseceval/assessment.h"
#include "cityseceval/input.h"
#include "cityseceval/render.h"
#include "cityseceval/rules.h"
#include "cityseceval/score.h"
#include "run_binary.h"
#include "support.h"

using namespace cityseceval;
using namespace cityseceval::testing;
using Json = nlohmann::json;

namespace {

struct Outcome {
  std::optional<Assessment> assessment;
  Diagnostics diagnostics;

  std::vector<std::string> lines() const { return pinned_lines(diagnostics); }
};

Outcome read(const Scheme& scheme, const std::string& text, std::optional<Severity> require = std::nullopt,
             const std::string& file = "f.yaml") {
  Outcome outcome;
  ReadOptions options;
  options.require_evidence = require;
  outcome.assessment = read_assessment(text, file, scheme, outcome.diagnostics, options);
  outcome.diagnostics.sort_by_location();
  return outcome;
}

// Line 3 rates 1.1 with `rating`; 1.2 and 2.1 are rated plainly on lines 4 and 5.
std::string rating_11(const std::string& rating) {
  return "city: 苏州\nratings:\n  \"1.1\": [" + rating + "]\n  \"1.2\": [good, fair]\n  \"2.1\": [good, good, poor]\n";
}

// `  "1.1": [{rating: good, evidence: ` is 35 characters: the evidence starts at column 36.
std::string evidence_11(const std::string& evidence) { return rating_11("{rating: good, evidence: " + evidence + "}"); }

// The single diagnostic a bad evidence of 1.1 gives.
std::string evidence_error(const std::string& evidence) {
  Outcome outcome = read(small_ten(), evidence_11(evidence));
  INFO(evidence);
  CHECK_FALSE(outcome.assessment);
  std::vector<std::string> lines = outcome.lines();
  REQUIRE(lines.size() == 1);
  return lines[0];
}

const Item& item(const Scheme& scheme, const std::string& id) {
  const Item* found = scheme.find_item(id);
  REQUIRE(found);
  return *found;
}

const std::vector<std::string>& rating_evidence(const Assessment& assessment, const std::string& id) {
  const ItemRecord* record = assessment.find(item(small_ten(), id));
  REQUIRE(record);
  return std::get<Rating>(record->value).evidence;
}

const Fact& fact_of(const Assessment& assessment, const std::string& id) {
  const ItemRecord* record = assessment.find(item(rules_small(), id));
  REQUIRE(record);
  return std::get<Fact>(record->value);
}

using Pieces = std::vector<std::string>;

// The first line of stderr in English, and its Chinese (the same run with --lang zh) pinned.
std::string first_error_pinned(const TempDir& directory, std::vector<std::string> arguments) {
  RunResult en = run_in(directory, arguments);
  arguments.insert(arguments.end(), {"--lang", "zh"});
  check_chinese(en.first_error_line(), run_in(directory, arguments).first_error_line());
  return en.first_error_line();
}

// An assessment of small-ten (the tree copied beside it) in which 1.2.2 is
// rated fair with no evidence and everything else that claims points names
// some; `fixed` names evidence for 1.2.2 too. 1.1 good, 1.2 good + fair,
// 2.1 na + good + poor: 2.5 + 3.5 × 1.5/2 + 4 × 1/2 = 2.5 + 2.625 + 2 = 57/8 = 7.125, reported 7.1.
std::string small_assessment(const std::string& period, bool fixed) {
  return "scheme: small-ten.yaml\ncity: 苏州市\nperiod: \"" + period +
         "\"\n"
         "ratings:\n"
         "  \"1.1\": [{rating: good, evidence: [\"苏网信〔2025〕7号\"]}]\n"
         "  \"1.2\": [{rating: good, evidence: 人员名册.xlsx}, " +
         (fixed ? "{rating: fair, evidence: [培训签到表.pdf]}" : "fair") +
         "]\n"
         "  \"2.1\": [{rating: na, reason: 本市未部署边界设备}, {rating: good, evidence: [扫描报告.pdf]}, poor]\n";
}

void write_small(const TempDir& directory) {
  directory.write("small-ten.yaml", source_text("tests/data/trees/small-ten.yaml"));
  directory.write("a.yaml", small_assessment("2024", false));
  directory.write("b.yaml", small_assessment("2025", true));
}

// a.yaml line 6 is `  "1.2": [{rating: good, evidence: 人员名册.xlsx}, fair]`: `  "1.2": [` is 10
// characters, the mapping 35 (人员名册.xlsx is 9), then ", ": fair is at column 48.
const std::string a_missing =
    "a.yaml:6:48: error: item 1.2.2 is rated fair but names no evidence; name what backs it up: "
    "{rating: fair, evidence: [\"document number, file or URL\"]} [missing-evidence]";

}  // namespace

// --- Reading evidence of ratings ------------------------------------------------------

TEST_CASE("evidence: a list, one text, or none; kept in order on the rating, na ratings too", "[evidence]") {
  Outcome outcome = read(small_ten(),
                         "city: 苏州\nratings:\n"
                         "  \"1.1\": [{rating: good, evidence: [\"苏网信〔2025〕7号\", 制度汇编.pdf, \"https://example.gov.cn/zd\"]}]\n"
                         "  \"1.2\": [{rating: fair, note: 缺一年, evidence: 培训记录-2024.pdf}, {rating: poor, evidence: []}]\n"
                         "  \"2.1\": [{rating: na, reason: 本市未部署边界设备, evidence: [工信局说明.pdf]}, good, "
                         "{rating: good, evidence: [2025012, \"yes\"]}]\n");
  REQUIRE(outcome.assessment);
  CHECK(outcome.diagnostics.empty());
  CHECK(rating_evidence(*outcome.assessment, "1.1.1") ==
        Pieces{"苏网信〔2025〕7号", "制度汇编.pdf", "https://example.gov.cn/zd"});
  // One text is a list of one; [] names none; a plain rating has none.
  CHECK(rating_evidence(*outcome.assessment, "1.2.1") == Pieces{"培训记录-2024.pdf"});
  CHECK(rating_evidence(*outcome.assessment, "1.2.2").empty());
  CHECK(rating_evidence(*outcome.assessment, "2.1.2").empty());
  // An na rating may say what shows it does not apply.
  CHECK(rating_evidence(*outcome.assessment, "2.1.1") == Pieces{"工信局说明.pdf"});
  // A number is its text; a quoted "yes" is a text (only a plain yes is a boolean).
  CHECK(rating_evidence(*outcome.assessment, "2.1.3") == Pieces{"2025012", "yes"});
}

TEST_CASE("evidence: each bad shape is an invalid-evidence error where it is written", "[evidence]") {
  const std::string list = "must be a list of texts (document numbers, file names, URLs), such as "
                           "[\"audit-report-2025.pdf\"]";
  SECTION("not a list of texts: a mapping, an empty value") {
    CHECK(evidence_error("{file: a.pdf}") ==
          "f.yaml:3:36: error: \"evidence\" in a rating of 1.1 " + list + ", got a mapping [invalid-evidence]");
    CHECK(evidence_error("~") ==
          "f.yaml:3:36: error: \"evidence\" in a rating of 1.1 " + list + ", got an empty value [invalid-evidence]");
  }
  SECTION("a piece that is not a text: at the piece, column 37") {
    CHECK(evidence_error("[{a: 1}]") ==
          "f.yaml:3:37: error: each piece of evidence in a rating of 1.1 must be a text (a document number, a file "
          "name, a URL), got a mapping [invalid-evidence]");
    CHECK(evidence_error("[[a.pdf, b.pdf]]") ==
          "f.yaml:3:37: error: each piece of evidence in a rating of 1.1 must be a text (a document number, a file "
          "name, a URL), got a list [invalid-evidence]");
  }
  SECTION("an empty or blank piece") {
    // [ at 36, "a.pdf" at 37-43, ", " at 44-45: the empty "" at 46.
    CHECK(evidence_error("[\"a.pdf\", \"\"]") ==
          "f.yaml:3:46: error: a piece of evidence in a rating of 1.1 is empty; write a document number, a file name "
          "or a URL, or remove it [invalid-evidence]");
    CHECK(evidence_error("\"   \"") ==
          "f.yaml:3:36: error: a piece of evidence in a rating of 1.1 is empty; write a document number, a file name "
          "or a URL, or remove it [invalid-evidence]");
  }
  SECTION("a plain boolean names nothing") {
    CHECK(evidence_error("yes") ==
          "f.yaml:3:36: error: a piece of evidence in a rating of 1.1 is the word yes, which names nothing; write the "
          "document number, file name or URL that backs it up [invalid-evidence]");
    CHECK(evidence_error("[a.pdf, true]") ==
          "f.yaml:3:44: error: a piece of evidence in a rating of 1.1 is the word true, which names nothing; write "
          "the document number, file name or URL that backs it up [invalid-evidence]");
  }
  SECTION("control characters: a tab, a line separator") {
    CHECK(evidence_error("\"a.pdf\\tb.pdf\"") ==
          "f.yaml:3:36: error: a piece of evidence in a rating of 1.1 contains a control character (U+0009); write "
          "each piece as one line of plain text, and several pieces as several entries [invalid-evidence]");
    CHECK(evidence_error("[\"第一页\\u2028第二页\"]") ==
          "f.yaml:3:37: error: a piece of evidence in a rating of 1.1 contains a control character (U+2028); write "
          "each piece as one line of plain text, and several pieces as several entries [invalid-evidence]");
  }
  SECTION("a piece twice, however it is quoted") {
    // [ at 36, a.pdf at 37-41, ", " at 42-43: the second at 44.
    CHECK(evidence_error("[a.pdf, \"a.pdf\"]") ==
          "f.yaml:3:44: error: the evidence in a rating of 1.1 lists \"a.pdf\" twice; list each piece once "
          "[invalid-evidence]");
  }
  SECTION("at most 100 pieces") {
    auto pieces = [](int count) {
      std::string out = "[";
      for (int i = 1; i <= count; ++i) out += (i > 1 ? ", " : "") + std::string("p") + std::to_string(i);
      return out + "]";
    };
    CHECK(evidence_error(pieces(101)) ==
          "f.yaml:3:36: error: the evidence in a rating of 1.1 lists 101 pieces; at most 100 are allowed: list the "
          "ones that matter, and a folder or an index for the rest [invalid-evidence]");
    Outcome hundred = read(small_ten(), evidence_11(pieces(100)));
    REQUIRE(hundred.assessment);
    CHECK(rating_evidence(*hundred.assessment, "1.1.1").size() == 100);
    CHECK(rating_evidence(*hundred.assessment, "1.1.1").back() == "p100");
  }
  SECTION("a misspelt key is named with the keys a rating has") {
    // `  "1.1": [{rating: good, ` is 25 characters: "evidense" at 26.
    CHECK(read(small_ten(), rating_11("{rating: good, evidense: [a.pdf]}")).lines() ==
          std::vector<std::string>{"f.yaml:3:26: error: unknown key \"evidense\" in a rating of 1.1 (did you mean "
                                   "\"evidence\"?); expected one of: rating, note, reason, evidence [unknown-key]"});
  }
}

// --- Requiring evidence of ratings -----------------------------------------------------

namespace {

// Line 5: `  "2.1": [` is 10 characters, so fair is at 11; `fair, ` 11-16, the
// mapping at 17 with good at 26 (`{rating: ` 17-25); that mapping is 28
// characters (17-44), `, ` 45-46, the next mapping at 47 with its 1 at 56.
const std::string claims =
    "city: 苏州\nratings:\n"
    "  \"1.1\": [{rating: good, evidence: [制度汇编.pdf]}]\n"
    "  \"1.2\": [{rating: na, reason: 本市无专职人员编制}, poor]\n"
    "  \"2.1\": [fair, {rating: good, evidence: []}, {rating: 1, note: 已部署}]\n";

std::string claim_line(int column, const std::string& item, const std::string& level, const std::string& severity) {
  return "f.yaml:5:" + std::to_string(column) + ": " + severity + ": item " + item + " is rated " + level +
         " but names no evidence; name what backs it up: {rating: " + level +
         ", evidence: [\"document number, file or URL\"]} [missing-evidence]";
}

}  // namespace

TEST_CASE("require evidence: every rating above 0 names some; none (0) and na do not need any", "[evidence]") {
  SECTION("not required: no diagnostic") {
    Outcome outcome = read(small_ten(), claims);
    CHECK(outcome.assessment);
    CHECK(outcome.diagnostics.empty());
  }
  SECTION("a warning where a file is checked: the assessment still reads") {
    Outcome outcome = read(small_ten(), claims, Severity::warning);
    CHECK(outcome.assessment);
    CHECK(outcome.diagnostics.error_count() == 0);
    // 1.1.1 names evidence, 1.2.1 is na, 1.2.2 is poor (0): none of them is reported.
    // 2.1.3 is written 1, which is good on the scale.
    CHECK(outcome.lines() == std::vector<std::string>{claim_line(11, "2.1.1", "fair", "warning"),
                                                      claim_line(26, "2.1.2", "good", "warning"),
                                                      claim_line(56, "2.1.3", "good", "warning")});
  }
  SECTION("an error where it is scored: nothing of the file is read") {
    Outcome outcome = read(small_ten(), claims, Severity::error);
    CHECK_FALSE(outcome.assessment);
    CHECK(outcome.lines() == std::vector<std::string>{claim_line(11, "2.1.1", "fair", "error"),
                                                      claim_line(26, "2.1.2", "good", "error"),
                                                      claim_line(56, "2.1.3", "good", "error")});
  }
}

// --- Facts -----------------------------------------------------------------------------

TEST_CASE("evidence of facts: least points and what claims them, rule by rule", "[evidence][rules]") {
  // rules-small.yaml: 1.1.1 present 1; 1.1.2 present 2, absent -2; 1.1.3 per-count 0.5 cap 2;
  // 1.2.1 choice drill 3 / training 1 / none -1; 2.1.1 proportional 1; 2.1.2 composite:
  // systems per-count 0.5 cap 1 (least 0) + missing per-missing -0.5 of portal, mail
  // (least -1) = -1; 3.1.1 per-count 2 without a cap: no rule_min, least 0.
  const Scheme& scheme = rules_small();
  auto least = [&](const std::string& id) { return least_points(std::get<RuleItem>(item(scheme, id).kind).rule); };
  CHECK(least("1.1.1") == Rational(0));
  CHECK(least("1.1.2") == Rational(-2));
  CHECK(least("1.1.3") == Rational(0));
  CHECK(least("1.2.1") == Rational(-1));
  CHECK(least("2.1.1") == Rational(0));
  CHECK(least("2.1.2") == Rational(-1));
  CHECK_FALSE(rule_min(std::get<RuleItem>(item(scheme, "3.1.1").kind).rule));
  CHECK(least("3.1.1") == Rational(0));

  auto claims = [&](const std::string& id, const Fact& fact) {
    return claims_points(std::get<RuleItem>(item(scheme, id).kind).rule, fact);
  };
  Fact no;
  no.kind = FactKind::boolean;
  Fact yes = no;
  yes.yes = true;
  CHECK_FALSE(claims("1.1.1", no));  // 0, the least
  CHECK(claims("1.1.1", yes));       // 1
  CHECK_FALSE(claims("1.1.2", no));  // -2, the least
  CHECK(claims("1.1.2", yes));       // 2
  CHECK_FALSE(claims("1.2.1", Fact::choice("none")));  // -1, the least
  CHECK(claims("1.2.1", Fact::choice("training")));    // 1
  CHECK_FALSE(claims("1.1.3", Fact::count(Rational(0))));
  CHECK(claims("3.1.1", Fact::count(Rational(1))));  // 2 > 0
  // The composite: 0 systems (0) and nothing missing (0) avoid the deduction: 0 > -1.
  Fact parts;
  parts.kind = FactKind::parts;
  Fact none_missing;
  none_missing.kind = FactKind::missing;
  parts.parts = {{"systems", Fact::count(Rational(0))}, {"missing", none_missing}};
  CHECK(claims("2.1.2", parts));
  Fact both_missing = none_missing;
  both_missing.missing = {"portal", "mail"};
  parts.parts[1].fact = both_missing;  // 0 - 1 = -1, the least
  CHECK_FALSE(claims("2.1.2", parts));
}

TEST_CASE("evidence of facts: every mapping form takes it, and a composite's parts too", "[evidence][rules]") {
  Outcome outcome = read(rules_small(),
                         "city: 青石区\nfacts:\n"
                         "  1.1.1: {value: true, evidence: [\"青网信〔2025〕3号\"]}\n"
                         "  1.1.2: true\n"
                         "  1.1.3: {value: 3, note: 三次会议, evidence: [会议纪要-1.pdf, 会议纪要-2.pdf]}\n"
                         "  1.2.1: {value: drill, evidence: 演练总结.docx}\n"
                         "  2.1.1: {numerator: 1, denominator: 4, evidence: [自查报告汇总.xlsx]}\n"
                         "  2.1.2: {systems: {value: 2, evidence: [名录.xlsx, 清查报告.pdf]}, missing: [mail], "
                         "evidence: [清查报告.pdf]}\n"
                         "  3.1.1: {value: 1, evidence: [\"https://example.gov.cn/notice/2025-3\"]}\n");
  REQUIRE(outcome.assessment);
  CHECK(outcome.diagnostics.empty());
  const Assessment& assessment = *outcome.assessment;
  CHECK(fact_of(assessment, "1.1.1").evidence == Pieces{"青网信〔2025〕3号"});
  CHECK(fact_of(assessment, "1.1.2").evidence.empty());
  CHECK(fact_of(assessment, "1.1.3").evidence == Pieces{"会议纪要-1.pdf", "会议纪要-2.pdf"});
  CHECK(fact_of(assessment, "1.1.3").note == "三次会议");
  CHECK(fact_of(assessment, "1.2.1").evidence == Pieces{"演练总结.docx"});
  CHECK(fact_of(assessment, "2.1.1").evidence == Pieces{"自查报告汇总.xlsx"});
  const Fact& composite = fact_of(assessment, "2.1.2");
  CHECK(composite.evidence == Pieces{"清查报告.pdf"});
  REQUIRE(composite.parts.size() == 2);
  CHECK(composite.parts[0].fact.evidence == Pieces{"名录.xlsx", "清查报告.pdf"});
  // The item's evidence: the whole fact's first, then each part's, each piece once.
  CHECK(evidence_of(composite) == Pieces{"清查报告.pdf", "名录.xlsx"});

  // The item results carry it, the composite's gathered.
  ScoreResult result = score(rules_small(), assessment);
  std::vector<std::string> listed;
  for (const IndicatorResult& section : result.indicators) {
    for (const IndicatorResult& indicator : section.children) {
      for (const ItemResult& outcome_of_item : indicator.items) {
        const auto& rule_item = std::get<RuleItemResult>(outcome_of_item.outcome);
        if (!rule_item.evidence.empty()) listed.push_back(outcome_of_item.item->id + "=" + rule_item.evidence.back());
      }
    }
  }
  CHECK(listed == std::vector<std::string>{"1.1.1=青网信〔2025〕3号", "1.1.3=会议纪要-2.pdf", "1.2.1=演练总结.docx",
                                           "2.1.1=自查报告汇总.xlsx", "2.1.2=名录.xlsx",
                                           "3.1.1=https://example.gov.cn/notice/2025-3"});
}

TEST_CASE("evidence of facts: bad evidence in a fact and in a part", "[evidence][rules]") {
  // `  1.1.1: {value: true, evidence: ` is 33 characters: the evidence at 34.
  Outcome outcome = read(rules_small(),
                         "city: 青石区\nfacts:\n"
                         "  1.1.1: {value: true, evidence: {a: 1}}\n"
                         "  1.1.2: true\n"
                         "  1.1.3: 3\n"
                         "  1.2.1: drill\n"
                         "  2.1.1: {numerator: 1, denominator: 4, evidence: [a.pdf, a.pdf]}\n"
                         "  2.1.2: {systems: {value: 2, evidence: no}, missing: []}\n"
                         "  3.1.1: 1\n");
  CHECK_FALSE(outcome.assessment);
  // Line 7: `  2.1.1: {numerator: 1, denominator: 4, evidence: [` is 51 characters, a.pdf 52-56,
  // ", " 57-58: the second a.pdf at 59. Line 8: `  2.1.2: {systems: {value: 2, evidence: ` is 40: no at 41.
  CHECK(outcome.lines() ==
        std::vector<std::string>{
            "f.yaml:3:34: error: \"evidence\" in the fact of item 1.1.1 must be a list of texts (document numbers, "
            "file names, URLs), such as [\"audit-report-2025.pdf\"], got a mapping [invalid-evidence]",
            "f.yaml:7:59: error: the evidence in the fact of item 2.1.1 lists \"a.pdf\" twice; list each piece once "
            "[invalid-evidence]",
            "f.yaml:8:41: error: a piece of evidence in the fact of item 2.1.2 (systems) is the word no, which names "
            "nothing; write the document number, file name or URL that backs it up [invalid-evidence]"});
}

TEST_CASE("require evidence: a fact claims points when it earns more than its rule's least", "[evidence][rules]") {
  // Line 4 1.1.2 true: 2 > -2. Line 8 2.1.2: 0 systems and nothing missing earn 0, above the
  // least -1: the fact avoids a deduction, which is a claim too. 1.1.1 false (0) and 1.2.1
  // none (-1) are at their least; the others name evidence. Each fact starts at column 10.
  const std::string text =
      "city: 青石区\nfacts:\n"
      "  1.1.1: false\n"
      "  1.1.2: true\n"
      "  1.1.3: {value: 3, evidence: [会议纪要.pdf]}\n"
      "  1.2.1: none\n"
      "  2.1.1: {numerator: 1, denominator: 4, evidence: 自查报告汇总.xlsx}\n"
      "  2.1.2: {systems: 0, missing: []}\n"
      "  3.1.1: {value: 1, evidence: [表彰通报.pdf]}\n";
  const std::string how = "name what backs it up: add evidence: [\"document number, file or URL\"] to the fact (a fact "
                          "written as a plain value becomes {value: ..., evidence: [...]}) [missing-evidence]";
  Outcome warned = read(rules_small(), text, Severity::warning);
  CHECK(warned.assessment);
  CHECK(warned.lines() ==
        std::vector<std::string>{
            "f.yaml:4:10: warning: item 1.1.2: its fact earns 2, above the least its rule can give (-2), but names "
            "no evidence; " + how,
            "f.yaml:8:10: warning: item 2.1.2: its fact earns 0, above the least its rule can give (-1), but names "
            "no evidence; " + how});
  Outcome refused = read(rules_small(), text, Severity::error);
  CHECK_FALSE(refused.assessment);
  CHECK(refused.diagnostics.error_count() == 2);

  // Evidence on one part covers the composite item.
  std::string covered = text;
  covered.replace(covered.find("{systems: 0,"), 12, "{systems: {value: 0, evidence: 名录.xlsx},");
  covered.replace(covered.find("  1.1.2: true"), 13, "  1.1.2: {value: true, evidence: 应急预案.pdf}");
  Outcome clean = read(rules_small(), covered, Severity::error);
  CHECK(clean.assessment);
  CHECK(clean.diagnostics.empty());
}

// --- CSV -------------------------------------------------------------------------------

namespace {

const std::string csv_top =
    "#scheme,small-ten\n#city,苏州\n"
    "id,level1,level2,level3,item,indicator_points,rating,note,evidence\n";

// Rows from line 4. The evidence cell of 1.1.1: `1.1.1,管理,,制度,有书面制度。,2.5,good,,` is
// 6 + 3 + 1 + 3 + 7 + 4 + 5 + 1 = 30 characters, so the cell starts at column 31.
std::string csv_rows(const std::string& evidence_111) {
  return "1.1.1,管理,,制度,有书面制度。,2.5,good,," + evidence_111 + "\n" +
         "1.2.1,管理,,人员,有专职人员。,3.5,fair,,\" ; \"\n"
         "1.2.2,管理,,人员,人员每年培训。,3.5,good,,\n"
         "2.1.1,技术,,防护,部署防火墙。,4,poor,,\n"
         "2.1.2,技术,,防护,定期漏洞扫描。,4,na,本市未部署扫描设备,扫描设备清单.xlsx\n"
         "2.1.3,技术,,防护,日志留存六个月。,4,poor,,\n";
}

}  // namespace

TEST_CASE("evidence in CSV: the evidence column, several pieces in one cell", "[evidence][csv]") {
  SECTION("';', the full-width '；' and line breaks separate; spaces and empty pieces are dropped") {
    Outcome outcome = read(small_ten(),
                           csv_top + csv_rows("\"制度汇编.pdf; 苏网信〔2025〕7号；https://example.gov.cn/zd\n"
                                              " 人员名册.xlsx;\""),
                           std::nullopt, "a.csv");
    REQUIRE(outcome.assessment);
    CHECK(outcome.diagnostics.empty());
    CHECK(rating_evidence(*outcome.assessment, "1.1.1") ==
          Pieces{"制度汇编.pdf", "苏网信〔2025〕7号", "https://example.gov.cn/zd", "人员名册.xlsx"});
    CHECK(rating_evidence(*outcome.assessment, "1.2.1").empty());  // " ; ": nothing but separators
    CHECK(rating_evidence(*outcome.assessment, "1.2.2").empty());
    CHECK(rating_evidence(*outcome.assessment, "2.1.2") == Pieces{"扫描设备清单.xlsx"});  // an na row
  }
  SECTION("bad pieces are reported at the cell") {
    CHECK(read(small_ten(), csv_top + csv_rows("a.pdf;a.pdf"), std::nullopt, "a.csv").lines() ==
          std::vector<std::string>{"a.csv:4:31: error: the evidence in item 1.1.1 lists \"a.pdf\" twice; list each "
                                   "piece once [invalid-evidence]"});
    CHECK(read(small_ten(), csv_top + csv_rows("\"a.pdf\tb.pdf\""), std::nullopt, "a.csv").lines() ==
          std::vector<std::string>{"a.csv:4:31: error: a piece of evidence in item 1.1.1 contains a control "
                                   "character (U+0009); write each piece as one line of plain text, and several "
                                   "pieces as several entries [invalid-evidence]"});
    CHECK(read(small_ten(), csv_top + csv_rows("有"), std::nullopt, "a.csv").lines().empty());
    CHECK(read(small_ten(), csv_top + csv_rows("yes"), std::nullopt, "a.csv").lines() ==
          std::vector<std::string>{"a.csv:4:31: error: a piece of evidence in item 1.1.1 is the word yes, which "
                                   "names nothing; write the document number, file name or URL that backs it up "
                                   "[invalid-evidence]"});
  }
  SECTION("required: a row's rating cell is named, with the evidence column to fill in") {
    // 1.1.1 names evidence, 1.2.1's cell is only separators, 1.2.2 none: the rating cells of
    // line 5 (`1.2.1,管理,,人员,有专职人员。,3.5,` is 6 + 3 + 1 + 3 + 7 + 4 = 24 characters: 25)
    // and line 6 (the item text one character longer: 26). 2.1.x are poor or na.
    Outcome outcome = read(small_ten(), csv_top + csv_rows("制度汇编.pdf"), Severity::warning, "a.csv");
    CHECK(outcome.assessment);
    CHECK(outcome.lines() ==
          std::vector<std::string>{
              "a.csv:5:25: warning: item 1.2.1 is rated fair but names no evidence; write the document numbers, "
              "files or URLs that back it up in the evidence column of its row, separated by ';' [missing-evidence]",
              "a.csv:6:26: warning: item 1.2.2 is rated good but names no evidence; write the document numbers, "
              "files or URLs that back it up in the evidence column of its row, separated by ';' [missing-evidence]"});
  }
  SECTION("a CSV without the evidence column, from an older template, still reads") {
    const std::string old_csv =
        "#scheme,small-ten\n#city,苏州\n"
        "id,level1,level2,level3,item,indicator_points,rating,note\n"
        "1.1.1,管理,,制度,有书面制度。,2.5,good,\n"
        "1.2.1,管理,,人员,有专职人员。,3.5,fair,\n"
        "1.2.2,管理,,人员,人员每年培训。,3.5,poor,\n"
        "2.1.1,技术,,防护,部署防火墙。,4,poor,\n"
        "2.1.2,技术,,防护,定期漏洞扫描。,4,poor,\n"
        "2.1.3,技术,,防护,日志留存六个月。,4,poor,\n";
    Outcome outcome = read(small_ten(), old_csv, std::nullopt, "a.csv");
    REQUIRE(outcome.assessment);
    CHECK(outcome.diagnostics.empty());
    CHECK(rating_evidence(*outcome.assessment, "1.1.1").empty());
    // It scores: 2.5 × 1 + 3.5 × 0.5/2 + 0 = 2.5 + 0.875 = 27/8.
    CHECK(score(small_ten(), *outcome.assessment).composite == Rational(27, 8));
    // With --require-evidence its claims are named, with the column to add.
    Outcome required = read(small_ten(), old_csv, Severity::warning, "a.csv");
    CHECK(required.diagnostics.warning_count() == 2);  // 1.1.1 good, 1.2.1 fair
  }
}

TEST_CASE("evidence in CSV: the template's column, filled in a spreadsheet, reaches the JSON report",
          "[evidence][csv][cli]") {
  TempDir directory;
  directory.write("small-ten.yaml", source_text("tests/data/trees/small-ten.yaml"));
  RunResult made = run_in(directory, {"template", "--tree", "small-ten.yaml", "--format", "csv"});
  REQUIRE(made.exit_code == exit_ok);
  // Every row ends in ",todo,," (rating, note, evidence): each item good, with two pieces.
  std::string filled;
  for (std::string line : lines_of(made.out)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line == "#city,") line = "#city,苏州";
    if (line.ends_with(",todo,,")) {
      std::string id = line.substr(0, line.find(','));
      line = line.substr(0, line.size() - 6) + "good,," + id + "-记录.pdf; https://example.gov.cn/" + id;
    }
    filled += line + "\r\n";
  }
  directory.write("filled.csv", filled);
  RunResult scored = run_in(directory, {"score", "filled.csv", "--format", "json", "--require-evidence"});
  INFO(scored.err);
  REQUIRE(scored.exit_code == exit_ok);
  Json json = Json::parse(scored.out);
  CHECK(json["score_exact"] == "10");  // every item good: all 10 points
  const Json& item_212 = json["indicators"][1]["children"][0]["items"][1];
  CHECK(item_212["id"] == "2.1.2");
  CHECK(item_212["evidence"] == Json{"2.1.2-记录.pdf", "https://example.gov.cn/2.1.2"});
}

// --- Reports ---------------------------------------------------------------------------

TEST_CASE("evidence in reports: JSON always has the key, the text report lists it after the table",
          "[evidence][render]") {
  Outcome outcome = read(small_ten(), "city: 苏州\nratings:\n"
                                      "  \"1.1\": [{rating: good, evidence: [\"苏网信〔2025〕7号\", 制度汇编.pdf]}]\n"
                                      "  \"1.2\": [good, {rating: fair, evidence: 培训记录.pdf}]\n"
                                      "  \"2.1\": [good, good, poor]\n");
  REQUIRE(outcome.assessment);
  ScoreResult result = score(small_ten(), *outcome.assessment);
  Json json = Json::parse(render_json(result));
  const Json& rules = json["indicators"][0]["children"][0]["items"][0];
  CHECK(rules == Json::parse(R"({"id": "1.1.1", "rating": "good", "value": 1, "note": null,
                                 "evidence": ["苏网信〔2025〕7号", "制度汇编.pdf"]})"));
  CHECK(json["indicators"][0]["children"][1]["items"][0]["evidence"] == Json::array());
  CHECK(json["indicators"][0]["children"][1]["items"][1]["evidence"] == Json{"培训记录.pdf"});
  // One piece per line, the further ones under the first.
  CHECK_THAT(render_text(result, {Language::en, false}),
             Catch::EndsWith("\nEvidence:\n"
                             "  1.1.1  苏网信〔2025〕7号\n"
                             "         制度汇编.pdf\n"
                             "  1.2.2  培训记录.pdf\n"));
  CHECK_THAT(render_text(result, {Language::zh, false}), Catch::Contains("\n证明材料：\n  1.1.1  苏网信〔2025〕7号\n"));
  // No item names evidence: no list at all.
  Outcome bare = read(small_ten(), rating_11("good"));
  REQUIRE(bare.assessment);
  CHECK_THAT(render_text(score(small_ten(), *bare.assessment), {Language::en, false}),
             !Catch::Contains("Evidence"));
}

TEST_CASE("evidence in reports: the examples' evidence in score --format json", "[evidence][cli]") {
  Json yunxi = Json::parse(run_cli({"score", "examples/yunxi-2025.yaml", "--format", "json"}).out);
  const Json& items_611 = yunxi["indicators"][0]["children"][0]["children"][0]["items"];
  CHECK(items_611[0]["id"] == "6.1.1.1");
  CHECK(items_611[0]["evidence"] == Json{"云网信〔2025〕12号", "云溪市网络安全工作责任制实施办法.pdf"});
  CHECK(items_611[1]["evidence"] == Json::array());
  CHECK(items_611[4]["note"] == "考核结果未纳入部门年度绩效");
  CHECK(items_611[4]["evidence"] == Json{"2025年网络安全责任制考核通报.docx"});
  // Evidence changes no score: 13643/150 as the example works out.
  CHECK(yunxi["score_exact"] == "13643/150");

  Json lanting = Json::parse(run_cli({"score", "examples/lanting-district-2025.yaml", "--format", "json"}).out);
  const Json& bonus_item = lanting["indicators"][7]["children"][1]["items"][0];
  CHECK(bonus_item["id"] == "8.2.1");
  // The composite's own evidence, then its part's.
  CHECK(bonus_item["evidence"] == Json{"蘭亭區2025年網絡安全工作創新項目匯總.xlsx", "省級網絡安全工作創新案例通報.pdf"});
  CHECK(lanting["score_exact"] == "1317/20");
}

// --- Through the binary: check, score, a batch, and the other commands -----------------

TEST_CASE("require evidence: check warns (exit 0), --strict fails, score refuses the file", "[evidence][cli]") {
  TempDir directory;
  write_small(directory);
  RunResult plain = run_in(directory, {"check", "a.yaml"});
  CHECK(plain.exit_code == exit_ok);
  CHECK(plain.out == "no problems in 1 file\n");

  RunResult checked = run_in(directory, {"check", "--require-evidence", "a.yaml"});
  CHECK(checked.exit_code == exit_ok);  // warnings only
  std::string warning = a_missing;
  warning.replace(warning.find(": error: "), 9, ": warning: ");
  CHECK(checked.out == warning + "\n"
                                 "    6 |   \"1.2\": [{rating: good, evidence: 人员名册.xlsx}, fair]\n"
                                 "      |                                                    ^\n"
                                 "0 errors, 1 warning in 1 file\n");
  CHECK(run_in(directory, {"check", "--require-evidence", "--strict", "a.yaml"}).exit_code == exit_invalid_input);
  CHECK(run_in(directory, {"check", "--require-evidence", "b.yaml"}).out == "no problems in 1 file\n");

  RunResult scored = run_in(directory, {"score", "--require-evidence", "a.yaml"});
  CHECK(scored.exit_code == exit_invalid_input);
  CHECK(scored.out.empty());
  CHECK(first_error_pinned(directory, {"score", "--require-evidence", "a.yaml"}) == a_missing);
  // Without the flag it scores: 57/8 = 7.125, one decimal half-even: 7.1.
  RunResult free = run_in(directory, {"score", "a.yaml", "--format", "json"});
  REQUIRE(free.exit_code == exit_ok);
  CHECK(Json::parse(free.out)["score_exact"] == "57/8");
}

TEST_CASE("require evidence: a batch reports the file and scores the others", "[evidence][cli][batch]") {
  TempDir directory;
  write_small(directory);
  RunResult result = run_in(directory, {"score", "--require-evidence", "a.yaml", "b.yaml", "--format", "jsonl"});
  CHECK(result.exit_code == exit_invalid_input);
  std::vector<std::string> lines = lines_of(result.out);
  REQUIRE(lines.size() == 2);
  Json refused = Json::parse(lines[0]);
  CHECK(refused["file"] == "a.yaml");
  REQUIRE(refused["errors"].size() == 1);
  CHECK(refused["errors"][0]["rule"] == "missing-evidence");
  CHECK(refused["errors"][0]["line"] == 6);
  CHECK(refused["errors"][0]["column"] == 48);
  Json scored = Json::parse(lines[1]);
  CHECK(scored["assessment"]["file"] == "b.yaml");
  CHECK(scored["score"] == 7.1);  // 57/8, as a.yaml without the flag
  CHECK_THAT(result.err, Catch::StartsWith(a_missing + "\n"));
}

TEST_CASE("require evidence: rank, trend and compare refuse such a file too", "[evidence][cli]") {
  TempDir directory;
  write_small(directory);
  RunResult ranked = run_in(directory, {"rank", "--require-evidence", "a.yaml", "b.yaml", "--format", "csv"});
  CHECK(ranked.exit_code == exit_invalid_input);
  CHECK_THAT(ranked.err, Catch::StartsWith(a_missing + "\n"));
  CHECK_THAT(ranked.out, Catch::Contains("b.yaml"));
  CHECK_THAT(ranked.out, !Catch::Contains("a.yaml"));
  CHECK(run_in(directory, {"rank", "a.yaml", "b.yaml", "--format", "csv"}).exit_code == exit_ok);

  RunResult trend = run_in(directory, {"trend", "--require-evidence", "a.yaml", "b.yaml", "--format", "csv"});
  CHECK(trend.exit_code == exit_invalid_input);
  CHECK_THAT(trend.err, Catch::StartsWith(a_missing + "\n"));
  CHECK_THAT(trend.out, Catch::Contains("2025"));
  CHECK_THAT(trend.out, !Catch::Contains("2024"));

  RunResult compared = run_in(directory, {"compare", "--require-evidence", "a.yaml", "b.yaml"});
  CHECK(compared.exit_code == exit_invalid_input);
  CHECK(compared.out.empty());
  CHECK_THAT(compared.err, Catch::StartsWith(a_missing + "\n"));
  CHECK(run_in(directory, {"compare", "a.yaml", "b.yaml"}).exit_code == exit_ok);
  // Evidence is not compared: only what scores is (docs/cli.md, compare).
  std::string renamed = small_assessment("2025", true);
  renamed.replace(renamed.find("扫描报告.pdf"), std::string("扫描报告.pdf").size(), "扫描报告-终版.pdf");
  directory.write("c.yaml", renamed);
  CHECK_THAT(run_in(directory, {"compare", "b.yaml", "c.yaml"}).out, Catch::Contains("Nothing changed"));
}

TEST_CASE("require evidence: report, gaps and explain refuse such a file too", "[evidence][cli]") {
  TempDir directory;
  write_small(directory);
  for (const std::string command : {"report", "gaps", "explain"}) {
    RunResult refused = run_in(directory, {command, "--require-evidence", "a.yaml"});
    CHECK(refused.exit_code == exit_invalid_input);
    CHECK(refused.out.empty());
    CHECK_THAT(refused.err, Catch::StartsWith(a_missing + "\n"));
    // b.yaml names evidence for every claim: the requirement holds.
    CHECK(run_in(directory, {command, "--require-evidence", "b.yaml"}).exit_code == exit_ok);
  }
}
