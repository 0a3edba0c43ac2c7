// Reading assessments through the API: parse_assessment + resolve_assessment
// on text (no files), against the built-in scheme. Each bad input is checked
// by its exact first diagnostic line and by the number of diagnostics, since a
// message is part of the interface and a cascade of follow-up errors is a bug
// of its own. Positions are counted by hand: line 1-based, column in code
// points; the comment next to each expectation shows the count.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "assessment_document.h"
#include "cityseceval/assessment.h"
#include "cityseceval/load.h"
#include "run_binary.h"
#include "support.h"

using namespace cityseceval;
using namespace cityseceval::testing;

namespace {

// The 53 rated (level-3) indicators of Table B.1 with their number of
// evaluation-content items (144 in all), typed from the standard, so that a
// tree file that lost or gained an item is caught here too.
struct RatedIndicator {
  const char* id;
  int items;
};
constexpr RatedIndicator table_b1[] = {
    {"6.1.1", 5}, {"6.2.1", 3}, {"6.2.2", 2}, {"6.3.1", 3}, {"6.3.2", 2}, {"6.3.3", 2},
    {"6.4.1", 3}, {"6.4.2", 2}, {"6.4.3", 2}, {"6.4.4", 2}, {"6.5.1", 3}, {"6.5.2", 2},
    {"7.1.1", 2}, {"7.1.2", 2}, {"7.2.1", 3}, {"7.2.2", 3}, {"7.3.1", 4}, {"7.3.2", 3},
    {"7.3.3", 4}, {"7.4.1", 3}, {"7.4.2", 3}, {"7.5.1", 2}, {"7.5.2", 2}, {"7.5.3", 3},
    {"7.5.4", 2}, {"7.6.1", 3}, {"7.6.2", 5}, {"7.6.3", 3}, {"7.6.4", 2}, {"8.1.1", 4},
    {"8.1.2", 2}, {"8.2.1", 2}, {"8.2.2", 3}, {"8.3.1", 6}, {"8.3.2", 4}, {"9.1.1", 1},
    {"9.1.2", 2}, {"9.1.3", 1}, {"9.2.1", 2}, {"9.2.2", 3}, {"9.2.3", 3}, {"9.2.4", 3},
    {"9.3.1", 3}, {"9.3.2", 2}, {"10.1.1", 3}, {"10.1.2", 4}, {"10.2.1", 2}, {"10.2.2", 3},
    {"10.3.1", 3}, {"10.3.2", 2}, {"10.4.1", 2}, {"10.4.2", 2}, {"10.4.3", 2},
};

// The tail of every invalid-rating message for the built-in scale.
const std::string expected_scale =
    "expected full (全部满足, 1), mostly (大部分满足, 0.8), partly (部分满足, 0.5) or none (不满足, 0)";


// "  ID: [full, ...]" lines for every rated indicator not in `except`.
std::string full_ratings_except(std::initializer_list<std::string_view> except = {}) {
  std::string out;
  for (const RatedIndicator& rated : table_b1) {
    if (std::find(except.begin(), except.end(), rated.id) != except.end()) continue;
    out += std::string("  ") + rated.id + ": [full";
    for (int i = 1; i < rated.items; ++i) out += ", full";
    out += "]\n";
  }
  return out;
}

// Line 1 "city: 苏州", line 2 "ratings:", then `lines` from line 3 on, then
// every other indicator fully satisfied.
std::string assessment_with(const std::string& lines, std::initializer_list<std::string_view> except) {
  return "city: 苏州\nratings:\n" + lines + full_ratings_except(except);
}

struct Outcome {
  std::optional<AssessmentDocument> document;
  std::optional<Assessment> assessment;
  Diagnostics diagnostics;

  std::size_t count() const { return diagnostics.all().size(); }
  // The i-th diagnostic in English; its Chinese must be the pinned one.
  std::string line(std::size_t i) const {
    REQUIRE(i < diagnostics.all().size());
    std::string en = format_diagnostic(diagnostics.all()[i], Language::en);
    check_chinese(en, format_diagnostic(diagnostics.all()[i], Language::zh));
    return en;
  }
  std::string first() const { return line(0); }
};

// What the CLI does with one file: parse, and resolve what could be parsed.
Outcome read(std::string_view text) {
  Outcome outcome;
  outcome.document = parse_assessment(text, "a.yaml", outcome.diagnostics);
  if (outcome.document) {
    outcome.assessment = resolve_assessment(*outcome.document, builtin_scheme(), {}, outcome.diagnostics);
  }
  // The CLI prints in file order; the checks themselves find problems in their own order.
  outcome.diagnostics.sort_by_location();
  return outcome;
}

// The rating of item number `item` (0-based) of a rated indicator.
const Rating& rating_of(const Assessment& assessment, std::string_view indicator, std::size_t item) {
  const Item* found = builtin_scheme().find_item(std::string(indicator) + "." + std::to_string(item + 1));
  REQUIRE(found);
  const ItemRecord* record = assessment.find(*found);
  REQUIRE(record);
  const Rating* rating = std::get_if<Rating>(&record->value);
  REQUIRE(rating);
  return *rating;
}

}  // namespace

// --- The fixture itself --------------------------------------------------------

TEST_CASE("the built-in scheme has Table B.1's 53 rated indicators and 144 items", "[assessment]") {
  const Scheme& scheme = builtin_scheme();
  REQUIRE(scheme.rated_indicators().size() == std::size(table_b1));
  int items = 0;
  for (std::size_t i = 0; i < std::size(table_b1); ++i) {
    CHECK(scheme.rated_indicators()[i]->id == table_b1[i].id);
    CHECK(scheme.rated_indicators()[i]->items.size() == static_cast<std::size_t>(table_b1[i].items));
    items += table_b1[i].items;
  }
  CHECK(items == 144);
  CHECK(scheme.item_count() == 144);
}

TEST_CASE("a complete assessment resolves with no diagnostics", "[assessment]") {
  auto outcome = read(assessment_with("", {}));
  CHECK(outcome.diagnostics.empty());
  REQUIRE(outcome.assessment);
  CHECK(outcome.assessment->city == "苏州");
  CHECK(outcome.assessment->records().size() == 144);
  CHECK(outcome.assessment->records().back().item->id == "10.4.3.2");
  CHECK(rating_of(*outcome.assessment, "10.4.3", 1).level->id == "full");
}

// --- Accepted forms -------------------------------------------------------------

TEST_CASE("ratings may be English words, Chinese words or scale values", "[assessment]") {
  auto outcome = read(assessment_with("  6.2.1: [全部满足, 大部分满足, 部分满足]\n"
                                      "  6.2.2: [不满足, 1.0]\n"
                                      "  6.3.1: [0.80, \"0.8\", 0.5]\n"
                                      "  6.3.2: [0, \"1\"]\n"
                                      "  6.3.3: [mostly, none]\n",
                                      {"6.2.1", "6.2.2", "6.3.1", "6.3.2", "6.3.3"}));
  CHECK(outcome.diagnostics.empty());
  REQUIRE(outcome.assessment);
  const Assessment& a = *outcome.assessment;
  CHECK(rating_of(a, "6.2.1", 0).level->id == "full");
  CHECK(rating_of(a, "6.2.1", 1).level->id == "mostly");
  CHECK(rating_of(a, "6.2.1", 2).level->id == "partly");
  CHECK(rating_of(a, "6.2.2", 0).level->id == "none");
  CHECK(rating_of(a, "6.2.2", 1).level->id == "full");
  CHECK(rating_of(a, "6.3.1", 0).level->id == "mostly");
  CHECK(rating_of(a, "6.3.1", 1).level->id == "mostly");
  CHECK(rating_of(a, "6.3.1", 2).level->id == "partly");
  CHECK(rating_of(a, "6.3.2", 0).level->id == "none");
  CHECK(rating_of(a, "6.3.2", 1).level->id == "full");
  CHECK(rating_of(a, "6.3.3", 0).level->id == "mostly");
  CHECK(rating_of(a, "6.3.3", 1).level->id == "none");
  // The location of a rating is where it was written: "  6.3.1: [0.80, " puts "0.8" at column 17 of line 5.
  CHECK(rating_of(a, "6.3.1", 1).location.line == 5);
  CHECK(rating_of(a, "6.3.1", 1).location.column == 17);
}

TEST_CASE("the long form with rating and note carries the note", "[assessment]") {
  auto outcome = read(assessment_with("  6.2.1: [{rating: full, note: 有记录}, full, {rating: 部分满足, note: \"缺 2023\"}]\n",
                                      {"6.2.1"}));
  CHECK(outcome.diagnostics.empty());
  REQUIRE(outcome.assessment);
  CHECK(rating_of(*outcome.assessment, "6.2.1", 0).level->id == "full");
  CHECK(rating_of(*outcome.assessment, "6.2.1", 0).note == "有记录");
  CHECK(rating_of(*outcome.assessment, "6.2.1", 1).note.empty());
  CHECK(rating_of(*outcome.assessment, "6.2.1", 2).level->id == "partly");
  CHECK(rating_of(*outcome.assessment, "6.2.1", 2).note == "缺 2023");
}

TEST_CASE("the scheme and the period are read as written", "[assessment]") {
  auto outcome = read("scheme: trees/my-tree.yaml\nperiod: 2024年度\n" + assessment_with("", {}));
  CHECK(outcome.diagnostics.empty());
  REQUIRE(outcome.document);
  REQUIRE(outcome.document->scheme);
  CHECK(*outcome.document->scheme == "trees/my-tree.yaml");
  CHECK(outcome.document->scheme_location.line == 1);
  CHECK(outcome.document->scheme_location.column == 9);  // "scheme: " is 8 characters
  CHECK(outcome.document->period == "2024年度");
}

// --- YAML-level problems ----------------------------------------------------------

TEST_CASE("a YAML syntax error is reported where it is", "[assessment]") {
  // "  6.2.1: [full, full}": '[' is column 10, "full, full" 11-20, '}' 21.
  auto outcome = read(assessment_with("  6.2.1: [full, full}\n", {"6.2.1"}));
  CHECK_FALSE(outcome.document);
  CHECK(outcome.count() == 1);
  CHECK(outcome.first() == "a.yaml:3:21: error: invalid YAML: illegal flow end [yaml-syntax]");
}

TEST_CASE("an empty file is refused", "[assessment]") {
  const std::string expected = "a.yaml:1:1: error: the file is empty; expected a YAML document [empty-file]";
  SECTION("no bytes") {
    auto outcome = read("");
    CHECK_FALSE(outcome.document);
    CHECK(outcome.count() == 1);
    CHECK(outcome.first() == expected);
  }
  SECTION("only comments and blank lines") {
    auto outcome = read("# 苏州 assessment\n\n   \n# nothing yet\n");
    CHECK_FALSE(outcome.document);
    CHECK(outcome.count() == 1);
    CHECK(outcome.first() == expected);
  }
}

TEST_CASE("two YAML documents in one file are refused", "[assessment]") {
  auto outcome = read("city: 苏州\n---\ncity: 无锡\n");
  CHECK_FALSE(outcome.document);
  CHECK(outcome.count() == 1);
  CHECK(outcome.first() ==
        "a.yaml:2:1: error: expected a single YAML document, found another one here [multiple-documents]");
}

TEST_CASE("invalid UTF-8 is refused at the bad byte", "[assessment]") {
  // "city: 苏" is 7 code points, so the stray byte is column 8.
  auto outcome = read("city: 苏\xFF\nratings: {}\n");
  CHECK_FALSE(outcome.document);
  CHECK(outcome.count() == 1);
  CHECK(outcome.first() == "a.yaml:1:8: error: invalid UTF-8 (byte 0xFF); the file must be encoded in UTF-8; save it as "
                           "UTF-8 in your editor (Save As, encoding \"UTF-8\") [invalid-utf8]");
}

TEST_CASE("a file over the size limit is refused", "[assessment]") {
  SECTION("by read_input_file, before it is parsed") {
    testing::TempDir dir;
    const std::string path = dir.write("big.yaml", "city: 苏州市\n");  // 6 + 9 + 1 = 16 bytes
    Diagnostics diagnostics;
    CHECK_FALSE(read_input_file(path, diagnostics, 10));
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(format_diagnostic(diagnostics.all()[0], Language::en) ==
          path + ":1:1: error: file is too large: 16 bytes; the limit is 10 bytes [file-too-large]");

    Diagnostics at_limit;
    CHECK(read_input_file(path, at_limit, 16) == "city: 苏州市\n");
    CHECK(at_limit.empty());
  }
  SECTION("by the YAML reader, 8 MiB") {
    std::string text = "city: 苏州\n# " + std::string(8 * 1024 * 1024, 'x') + "\n";
    auto outcome = read(text);
    CHECK_FALSE(outcome.document);
    CHECK(outcome.count() == 1);
    // "city: 苏州\n" is 6 + 6 + 1 = 13 bytes, then "# " 2, 8388608 x and "\n": 8388624.
    CHECK(outcome.first() ==
          "a.yaml:1:1: error: file is too large: 8388624 bytes; the limit is 8388608 bytes [file-too-large]");
  }
}

TEST_CASE("deep nesting is refused, not a stack overflow", "[assessment]") {
  // Depth 1 is the top mapping, 2 the ratings mapping, so the 63rd '[' opens
  // level 65. "  6.2.1: " is 9 characters: the n-th '[' is column 9 + n = 72.
  std::string text = assessment_with("  6.2.1: " + std::string(200, '[') + std::string(200, ']') + "\n", {"6.2.1"});
  auto outcome = read(text);
  CHECK_FALSE(outcome.document);
  CHECK(outcome.count() == 1);
  CHECK(outcome.first() == "a.yaml:3:72: error: nesting deeper than 64 levels; the limit is 64 [too-deep]");
}

TEST_CASE("a billion-laughs file is refused quickly", "[assessment]") {
  // Nodes so far, counting keys: root 1, line 1 two, line 2 key + list + 9 = 11
  // (a expands to 10), line 3 2 + 9*10 (b: 91), line 4 2 + 9*91 (c: 820),
  // d 7381, e 66430, f 597871: 672612 nodes after line 7. Line 8's key and
  // list make 672614, and its first *f would add 597871 > 1000000.
  const std::string text =
      "city: 苏州\n"
      "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
      "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
      "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
      "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
      "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
      "i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]\n"
      "ratings: *i\n";
  auto outcome = read(text);
  CHECK_FALSE(outcome.document);
  CHECK(outcome.count() == 1);
  CHECK(outcome.first() == "a.yaml:8:8: error: aliases expand to more than 1000000 nodes; the limit is 1000000 [too-many-aliases]");
}

// --- Shape of the assessment ------------------------------------------------------

TEST_CASE("a duplicate indicator key names both lines", "[assessment]") {
  auto outcome = read(assessment_with("  6.2.1: [full, full, full]\n"
                                      "  6.2.1: [none, none, none]\n",
                                      {"6.2.1"}));
  CHECK(outcome.count() == 1);
  CHECK(outcome.first() == "a.yaml:4:3: error: duplicate key \"6.2.1\"; first defined at line 3 [duplicate-key]");
}

TEST_CASE("the root must be a mapping", "[assessment]") {
  auto outcome = read("- city\n- ratings\n");
  // Nothing of an assessment can be read from a list: parse_assessment's
  // contract is nullopt, and no follow-up "missing ratings" noise.
  CHECK_FALSE(outcome.document);
  CHECK(outcome.count() == 1);
  CHECK(outcome.first() ==
        "a.yaml:1:1: error: expected an assessment: a mapping with \"city\" and \"ratings\", got a list [wrong-type]");
}

TEST_CASE("ratings must be a mapping of indicator IDs", "[assessment]") {
  // "ratings: " is 9 characters: the list starts at column 10.
  auto outcome = read("city: 苏州\nratings: [a, b]\n");
  CHECK_FALSE(outcome.assessment);
  CHECK(outcome.first() ==
        "a.yaml:2:10: error: \"ratings\" must be a mapping from indicator IDs to lists of ratings, got a list "
        "[wrong-type]");
  // One mistake, one message: not also "missing ratings for 53 indicators".
  CHECK(outcome.count() == 1);
}

TEST_CASE("the ratings of an indicator must be a list", "[assessment]") {
  struct Case {
    const char* name;
    const char* line;
    const char* expected;
  };
  // "  6.2.1: " is 9 characters: the value starts at column 10.
  const Case cases[] = {
      {"a mapping", "  6.2.1: {a: 1}\n",
       "a.yaml:3:10: error: the ratings of 6.2.1 must be a list with one rating per item, got a mapping [wrong-type]"},
      {"a single word", "  6.2.1: full\n",
       "a.yaml:3:10: error: the ratings of 6.2.1 must be a list with one rating per item, got \"full\" [wrong-type]"},
  };
  for (const Case& c : cases) {
    DYNAMIC_SECTION(c.name) {
      auto outcome = read(assessment_with(c.line, {"6.2.1"}));
      CHECK(outcome.count() == 1);
      CHECK(outcome.first() == c.expected);
      // resolve_assessment promises nullopt unless the assessment is complete and valid.
      CHECK_FALSE(outcome.assessment);
    }
  }
}

TEST_CASE("unknown top-level keys are reported with a suggestion", "[assessment]") {
  SECTION("rating for ratings") {
    auto outcome = read("city: 苏州\nrating:\n" + full_ratings_except());
    CHECK_FALSE(outcome.assessment);
    REQUIRE(outcome.count() >= 2);
    CHECK(outcome.line(0) == "a.yaml:1:1: error: the assessment is missing the required key \"ratings\" [missing-key]");
    CHECK(outcome.line(1) ==
          "a.yaml:2:1: error: unknown key \"rating\" in the assessment (did you mean \"ratings\"?); expected one of: "
          "scheme, city, period, scope, ratings, facts [unknown-key]");
    // The ratings are there, under the misspelt key: "missing ratings for 53
    // indicators" on top would send the assessor looking for the wrong thing.
    CHECK(outcome.count() == 2);
  }
  SECTION("perod for period") {
    auto outcome = read("city: 苏州\nperod: 2024\nratings:\n" + full_ratings_except());
    CHECK(outcome.count() == 1);
    CHECK(outcome.first() ==
          "a.yaml:2:1: error: unknown key \"perod\" in the assessment (did you mean \"period\"?); expected one of: "
          "scheme, city, period, scope, ratings, facts [unknown-key]");
  }
}

TEST_CASE("the city is required and must be a text", "[assessment]") {
  SECTION("missing") {
    auto outcome = read("period: 2024\nratings:\n" + full_ratings_except());
    CHECK(outcome.count() == 1);
    CHECK(outcome.first() == "a.yaml:1:1: error: the assessment is missing the required key \"city\" [missing-key]");
  }
  SECTION("empty") {
    auto outcome = read("city: \"\"\nratings:\n" + full_ratings_except());
    CHECK(outcome.count() == 1);
    CHECK(outcome.first() == "a.yaml:1:7: error: \"city\" in the assessment must be a text, got \"\" [wrong-type]");
  }
}

// --- Indicator IDs ------------------------------------------------------------------

TEST_CASE("an unknown indicator ID gets a did-you-mean", "[assessment]") {
  auto outcome = read(assessment_with("  6.2.9: [full, full, full]\n", {"6.2.1"}));
  REQUIRE(outcome.count() == 2);
  // 6.2.1 itself is then missing, reported at the "ratings" key (line 2, so first).
  CHECK(outcome.line(0) == "a.yaml:2:1: error: missing ratings for indicator 6.2.1 (定级备案) [missing-indicator]");
  CHECK(outcome.line(1) ==
        "a.yaml:3:3: error: unknown indicator \"6.2.9\" (did you mean \"6.2.1\"?) [unknown-indicator]");
}

TEST_CASE("a level-2 ID is not a rated indicator", "[assessment]") {
  auto outcome = read(assessment_with("  6.2: [full, full]\n", {}));
  CHECK(outcome.count() == 1);
  CHECK(outcome.first() ==
        "a.yaml:3:3: error: \"6.2\" is a level-2 indicator; ratings are given for each of its rated indicators: "
        "6.2.1, 6.2.2 [unknown-indicator]");
}

TEST_CASE("an item ID is not an indicator", "[assessment]") {
  auto outcome = read(assessment_with("  6.2.1.1: [full]\n", {}));
  CHECK(outcome.count() == 1);
  CHECK(outcome.first() ==
        "a.yaml:3:3: error: \"6.2.1.1\" is an item of 6.2.1; give its rating in the list under \"6.2.1\" "
        "[unknown-indicator]");
}

TEST_CASE("missing indicators are reported once, at the ratings key", "[assessment]") {
  SECTION("one missing") {
    auto outcome = read(assessment_with("", {"7.3.2"}));
    CHECK(outcome.count() == 1);
    CHECK(outcome.first() == "a.yaml:2:1: error: missing ratings for indicator 7.3.2 (事件评估) [missing-indicator]");
  }
  SECTION("all but one missing: the first ten are named") {
    auto outcome = read("city: 苏州\nratings:\n  6.1.1: [full, full, full, full, full]\n");
    CHECK(outcome.count() == 1);
    CHECK(outcome.first() ==
          "a.yaml:2:1: error: missing ratings for 52 indicators: 6.2.1 (定级备案), 6.2.2 (测评整改), "
          "6.3.1 (识别认定), 6.3.2 (安全监督), 6.3.3 (自主可控), 6.4.1 (ICT供应链安全审查), "
          "6.4.2 (政府采购安全审查), 6.4.3 (外资并购安全审查), 6.4.4 (信息安全相关审查), 6.5.1 (应急预案) "
          "and 42 more [missing-indicator]");
  }
}

// --- Ratings ------------------------------------------------------------------------

TEST_CASE("the number of ratings must match the number of items", "[assessment]") {
  SECTION("too few") {
    auto outcome = read(assessment_with("  6.2.1: [full, full]\n", {"6.2.1"}));
    CHECK(outcome.count() == 1);
    CHECK(outcome.first() ==
          "a.yaml:3:10: error: indicator 6.2.1 (定级备案) has 3 items, but 2 ratings are given; its items, in order: 6.2.1.1 \"公安部门有完善的定级备案制度，对每一年度…\"; 6.2.1.2 \"定级过程中有相关专家参与，专家参与形式通…\"; 6.2.1.3 \"公安部门近两年开始，对区域内的云计算平台…\" [rating-count]");
  }
  SECTION("too many") {
    auto outcome = read(assessment_with("  6.2.1: [full, full, full, full]\n", {"6.2.1"}));
    CHECK(outcome.count() == 1);
    CHECK(outcome.first() ==
          "a.yaml:3:10: error: indicator 6.2.1 (定级备案) has 3 items, but 4 ratings are given; its items, in order: 6.2.1.1 \"公安部门有完善的定级备案制度，对每一年度…\"; 6.2.1.2 \"定级过程中有相关专家参与，专家参与形式通…\"; 6.2.1.3 \"公安部门近两年开始，对区域内的云计算平台…\" [rating-count]");
  }
  SECTION("none") {
    auto outcome = read(assessment_with("  9.1.1: []\n", {"9.1.1"}));
    CHECK(outcome.count() == 1);
    CHECK(outcome.first() ==
          "a.yaml:3:10: error: indicator 9.1.1 (政府网络安全创新经费支出) has 1 item, but 0 ratings are given; its items, in order: 9.1.1.1 \"区域政府为网络安全相关研发提供专项经费。\" [rating-count]");
  }
  SECTION("one too many") {
    auto outcome = read(assessment_with("  9.1.1: [full, full]\n", {"9.1.1"}));
    CHECK(outcome.count() == 1);
    CHECK(outcome.first() ==
          "a.yaml:3:10: error: indicator 9.1.1 (政府网络安全创新经费支出) has 1 item, but 2 ratings are given; its items, in order: 9.1.1.1 \"区域政府为网络安全相关研发提供专项经费。\" [rating-count]");
  }
}

TEST_CASE("ratings off the scale are refused with the reason", "[assessment]") {
  struct Case {
    const char* written;  // the second rating of 6.2.1, at line 3 column 17
    const char* reason;
  };
  // "  6.2.1: [full, " is 16 characters.
  const Case cases[] = {
      {"ful", "unknown rating \"ful\" (did you mean \"full\"?)"},
      {"全部满", "unknown rating \"全部满\" (did you mean \"全部满足\"?)"},
      {"0.7", "0.7 is not on the rating scale"},
      {"1.5", "1.5 is not on the rating scale"},
      {"-0.5", "-0.5 is negative, not on the rating scale"},
      {".nan", "\".nan\" is not a plain decimal number"},
      {".inf", "\".inf\" is not a plain decimal number"},
      {"true", "true is a boolean, not a rating"},
      {"yes", "yes is a boolean, not a rating"},
      {"\"true\"", "unknown rating \"true\""},
      {"null", "the rating is empty"},
      {"~", "the rating is empty"},
      {"010", "\"010\" is not a plain decimal number"},
      {"00.5", "\"00.5\" is not a plain decimal number"},
      {"1e0", "\"1e0\" is not a plain decimal number"},
      {"+1", "\"+1\" is not a plain decimal number"},
      {"[full]", "a rating must be a word or a number, got a list"},
  };
  for (const Case& c : cases) {
    DYNAMIC_SECTION(c.written) {
      auto outcome = read(assessment_with(std::string("  6.2.1: [full, ") + c.written + ", full]\n", {"6.2.1"}));
      CHECK_FALSE(outcome.assessment);
      CHECK(outcome.count() == 1);
      CHECK(outcome.first() ==
            "a.yaml:3:17: error: item 6.2.1.2: " + std::string(c.reason) + "; " + expected_scale + " [invalid-rating]");
    }
  }
}

// An empty value is reported where it would have been written: right after
// its "-" or "key:" on the same line, never on the next line (where the caret
// would point at a valid entry) or past the end of the file.
TEST_CASE("empty values are reported on their own line", "[assessment]") {
  SECTION("an empty entry in a block list") {
    // The bare "-" is line 5, column 5; the missing rating would start at column 6.
    auto outcome = read(assessment_with("  6.2.1:\n"
                                        "    - full\n"
                                        "    -\n"
                                        "    - full\n",
                                        {"6.2.1"}));
    CHECK(outcome.count() == 1);
    CHECK(outcome.first() == "a.yaml:5:6: error: item 6.2.1.2: the rating is empty; " + expected_scale +
                                 " [invalid-rating]");
  }
  SECTION("an empty entry in a flow list") {
    // "  6.2.1: [full, " is 16 characters: the empty entry is at column 17.
    auto outcome = read(assessment_with("  6.2.1: [full, , full]\n", {"6.2.1"}));
    CHECK(outcome.count() == 1);
    CHECK(outcome.first() == "a.yaml:3:17: error: item 6.2.1.2: the rating is empty; " + expected_scale +
                                 " [invalid-rating]");
  }
  SECTION("an empty city") {
    // "city:" is 5 characters: the value would start at column 6.
    auto outcome = read("city:\nratings:\n" + full_ratings_except());
    CHECK(outcome.count() == 1);
    CHECK(outcome.first() ==
          "a.yaml:1:6: error: \"city\" in the assessment must be a text, got an empty value [wrong-type]");
  }
  SECTION("an empty list of ratings on the last line") {
    // "  10.4.3:" is 9 characters: lines 3 to 54 hold the other 52: the value would start at line 55, column 10.
    auto outcome = read(assessment_with("", {"10.4.3"}) + "  10.4.3:\n");
    CHECK(outcome.count() == 1);
    CHECK(outcome.first() ==
          "a.yaml:55:10: error: the ratings of 10.4.3 must be a list with one rating per item, got an empty value "
          "[wrong-type]");
  }
}

TEST_CASE("a rating beyond the item count is named by its position", "[assessment]") {
  // "  9.1.1: [full, " is 16 characters: "fulll" starts at column 17.
  auto outcome = read(assessment_with("  9.1.1: [full, fulll]\n", {"9.1.1"}));
  REQUIRE(outcome.count() == 2);
  CHECK(outcome.line(0) ==
        "a.yaml:3:10: error: indicator 9.1.1 (政府网络安全创新经费支出) has 1 item, but 2 ratings are given; its items, in order: 9.1.1.1 \"区域政府为网络安全相关研发提供专项经费。\" [rating-count]");
  CHECK(outcome.line(1) == "a.yaml:3:17: error: rating 2 of 9.1.1: unknown rating \"fulll\" (did you mean \"full\"?); " +
                               expected_scale + " [invalid-rating]");
}

TEST_CASE("the long form of a rating", "[assessment]") {
  SECTION("an unknown key gets a did-you-mean") {
    // "  6.2.1: [{rating: full, " is 25 characters: "notes" is column 26.
    auto outcome = read(assessment_with("  6.2.1: [{rating: full, notes: x}, full, full]\n", {"6.2.1"}));
    CHECK(outcome.count() == 1);
    CHECK(outcome.first() ==
          "a.yaml:3:26: error: unknown key \"notes\" in a rating of 6.2.1 (did you mean \"note\"?); expected one of: "
          "rating, note, reason, evidence [unknown-key]");
  }
  SECTION("the rating key is required") {
    // "  6.2.1: [full, " is 16 characters: the mapping starts at column 17 with '{'.
    auto outcome = read(assessment_with("  6.2.1: [full, {note: x}, full]\n", {"6.2.1"}));
    REQUIRE(outcome.count() >= 1);
    CHECK(outcome.first() ==
          "a.yaml:3:17: error: a rating of 6.2.1 is missing the required key \"rating\" [missing-key]");
    // One mistake, one message: not also "item 6.2.1.2: the rating is empty" at the same place.
    CHECK(outcome.count() == 1);
  }
  SECTION("the rating inside is checked like any other") {
    // "  6.2.1: [full, {rating: " is 25 characters: "0.7" is column 26.
    auto outcome = read(assessment_with("  6.2.1: [full, {rating: 0.7, note: x}, full]\n", {"6.2.1"}));
    CHECK(outcome.count() == 1);
    CHECK(outcome.first() == "a.yaml:3:26: error: item 6.2.1.2: 0.7 is not on the rating scale; " + expected_scale +
                                 " [invalid-rating]");
  }
}

// --- One run reports everything -------------------------------------------------------

TEST_CASE("every problem of a file is reported in one run, in line order", "[assessment]") {
  SECTION("mistakes from top to bottom") {
    auto outcome = read("city: 苏州\n"
                        "perod: 2024\n"
                        "ratings:\n"
                        "  6.2.1: [full, ful, full]\n"
                        "  6.2.2: [full]\n" +
                        full_ratings_except({"6.2.1", "6.2.2"}));
    CHECK_FALSE(outcome.assessment);
    REQUIRE(outcome.count() == 3);
    CHECK(outcome.line(0) ==
          "a.yaml:2:1: error: unknown key \"perod\" in the assessment (did you mean \"period\"?); expected one of: "
          "scheme, city, period, scope, ratings, facts [unknown-key]");
    CHECK(outcome.line(1) == "a.yaml:4:17: error: item 6.2.1.2: unknown rating \"ful\" (did you mean \"full\"?); " +
                                 expected_scale + " [invalid-rating]");
    CHECK(outcome.line(2) ==
          "a.yaml:5:10: error: indicator 6.2.2 (测评整改) has 2 items, but 1 rating is given; its items, in order: 6.2.2.1 \"网络安全等级测评报告按照GB/T 284…\"; 6.2.2.2 \"区域相关部门，为运营者等级测评中发现的安…\" [rating-count]");
  }
  SECTION("a misspelt key below the ratings comes last") {
    std::string text = "city: 苏州\n"
                       "ratings:\n"
                       "  6.2.1: [full, 0.7, full]\n" +
                       full_ratings_except({"6.2.1", "10.4.3"}) + "perod: 2024\n";
    // Lines 3 to 54 hold the 52 indicators written, so the misspelt key is line 55.
    auto outcome = read(text);
    REQUIRE(outcome.count() == 3);
    CHECK(outcome.line(0) == "a.yaml:2:1: error: missing ratings for indicator 10.4.3 (供应链安全) [missing-indicator]");
    CHECK(outcome.line(1) == "a.yaml:3:17: error: item 6.2.1.2: 0.7 is not on the rating scale; " + expected_scale +
                                 " [invalid-rating]");
    CHECK(outcome.line(2) ==
          "a.yaml:55:1: error: unknown key \"perod\" in the assessment (did you mean \"period\"?); expected one of: "
          "scheme, city, period, scope, ratings, facts [unknown-key]");
  }
}
