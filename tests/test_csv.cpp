// CSV: the RFC 4180 reader and writer (src/csv.h), and filled CSV templates
// read as assessments (parse_assessment_csv, then the resolver) against the
// small ten-point tree, whose 6 items fit in a test. Positions are counted by
// hand: line 1-based, column in code points (a Chinese character is one).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "assessment_document.h"
#include "cityseceval/assessment.h"
#include "cityseceval/input.h"
#include "csv.h"
#include "run_binary.h"
#include "support.h"

using namespace cityseceval;
using namespace cityseceval::testing;

namespace {

// --- Test data: small-ten (tests/data/trees/small-ten.yaml) ---
// Lines 1-4 are these; item rows start at line 5. The header names the points
// column "points", as templates before 0.2 did: it must still be read.
const std::string top =
    "#scheme,small-ten\n"
    "#city,苏州\n"
    "#period,2025\n"
    "id,level1,level2,level3,item,points,rating,note\n";
const std::string row_111 = "1.1.1,管理,,制度,有书面制度。,2.5,good,\n";
const std::string row_121 = "1.2.1,管理,,人员,有专职人员。,3.5,fair,\n";
const std::string row_122 = "1.2.2,管理,,人员,人员每年培训。,3.5,1,\n";
const std::string row_211 = "2.1.1,技术,,防护,部署防火墙。,4,好,\n";
const std::string row_212 = "2.1.2,技术,,防护,定期漏洞扫描。,4,0,\n";
const std::string row_213 = "2.1.3,技术,,防护,日志留存六个月。,4,0.50,\n";
const std::string all_rows = row_111 + row_121 + row_122 + row_211 + row_212 + row_213;

struct Outcome {
  std::optional<AssessmentDocument> document;
  std::optional<Assessment> assessment;
  Diagnostics diagnostics;

  std::vector<std::string> lines() const { return pinned_lines(diagnostics); }
};

Outcome read(const std::string& text) {
  Outcome outcome;
  outcome.document = parse_assessment_csv(text, "a.csv", outcome.diagnostics);
  if (outcome.document) outcome.assessment = resolve_assessment(*outcome.document, small_ten(), {}, outcome.diagnostics);
  outcome.diagnostics.sort_by_location();
  return outcome;
}

// "1.2.1=fair ..." for every rated item, to compare two readings.
std::string ratings_text(const Assessment& assessment) {
  std::string out;
  for (const ItemRecord& record : assessment.records()) {
    out += record.item->id + "=" + std::get<Rating>(record.value).level->id + " ";
  }
  return out;
}

const std::string expected_ratings = "1.1.1=good 1.2.1=fair 1.2.2=good 2.1.1=good 2.1.2=poor 2.1.3=fair ";

std::string crlf(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

}  // namespace

// --- The reader and the writer -----------------------------------------------------

TEST_CASE("csv: quoted fields keep commas quotes and line breaks and every field knows its place", "[csv]") {
  csv::Table table = csv::read("a,\"b,c\",\"d\"\"e\"\r\n\"f\r\ng\",h\n苏州,x\n");
  REQUIRE(table.errors.empty());
  REQUIRE(table.records.size() == 3);
  const auto& first = table.records[0].fields;
  REQUIRE(first.size() == 3);
  CHECK(first[0].text == "a");
  CHECK(first[1].text == "b,c");
  CHECK(first[1].column == 3);
  CHECK(first[2].text == "d\"e");
  CHECK(first[2].column == 9);  // a , " b , c " , -> the quote is the 9th code point
  const auto& second = table.records[1];
  CHECK(second.line == 2);
  CHECK(second.fields[0].text == "f\ng");  // CRLF inside quotes reads as LF
  CHECK(second.fields[1].text == "h");
  CHECK(second.fields[1].line == 3);    // after the quoted line break
  CHECK(second.fields[1].column == 4);  // g " , h
  CHECK(table.records[2].line == 4);
  CHECK(table.records[2].fields[1].column == 4);  // 苏 州 , x: columns count code points
}

TEST_CASE("csv: a byte-order mark is skipped and not counted; blank lines are skipped", "[csv]") {
  csv::Table table = csv::read("\xEF\xBB\xBFx,y\r\n\r\n\nz,\n");
  REQUIRE(table.errors.empty());
  REQUIRE(table.records.size() == 2);
  CHECK(table.records[0].fields[0].text == "x");
  CHECK(table.records[0].fields[1].column == 3);
  CHECK(table.records[1].line == 4);
  CHECK(table.records[1].fields.size() == 2);  // "z," has an empty last field
  CHECK(table.records[1].fields[1].text.empty());
}

TEST_CASE("csv: an unterminated quote and text after a closing quote are errors at their place", "[csv]") {
  csv::Table unterminated = csv::read("a,b\nc,\"d\ne\n");
  REQUIRE(unterminated.errors.size() == 1);
  CHECK(unterminated.errors[0].line == 2);
  CHECK(unterminated.errors[0].column == 3);
  CHECK(unterminated.errors[0].kind == csv::SyntaxError::Kind::unterminated);
  csv::Table garbage = csv::read("\"a\"b,c\nd,e\n");
  REQUIRE(garbage.errors.size() == 1);
  CHECK(garbage.errors[0].line == 1);
  CHECK(garbage.errors[0].column == 4);
  CHECK(garbage.errors[0].kind == csv::SyntaxError::Kind::after_quote);
  REQUIRE(garbage.records.size() == 2);  // reading goes on at the next line
  CHECK(garbage.records[1].fields[0].text == "d");
}

TEST_CASE("csv: quote() quotes only what needs it and doubles quotes", "[csv]") {
  CHECK(csv::quote("full") == "full");
  CHECK(csv::quote("") == "");
  CHECK(csv::quote("a,b") == "\"a,b\"");
  CHECK(csv::quote("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv::quote("two\nlines") == "\"two\nlines\"");
  csv::Table back = csv::read(csv::quote("a, \"b\"\r\nc") + "," + csv::quote("d") + "\n");
  REQUIRE(back.records.size() == 1);
  CHECK(back.records[0].fields[0].text == "a, \"b\"\nc");
  CHECK(back.records[0].fields[1].text == "d");
}

// --- Filled CSV assessments --------------------------------------------------------

TEST_CASE("csv: a filled CSV reads like the YAML assessment: words numbers and Chinese words", "[csv]") {
  Outcome outcome = read(top + all_rows);
  CHECK(outcome.lines().empty());
  REQUIRE(outcome.assessment);
  CHECK(outcome.document->scheme == std::optional<std::string>("small-ten"));
  CHECK(outcome.assessment->city == "苏州");
  CHECK(outcome.assessment->period == "2025");
  CHECK(ratings_text(*outcome.assessment) == expected_ratings);
}

TEST_CASE("csv: BOM and CRLF as Excel writes them and padded header rows read the same", "[csv]") {
  std::string excel = "\xEF\xBB\xBF#scheme,small-ten,,,,,,\n#city,苏州,,,,,,\n#period,2025,,,,,,\n" +
                      top.substr(top.find("id,")) + all_rows;
  Outcome outcome = read(crlf(excel));
  CHECK(outcome.lines().empty());
  REQUIRE(outcome.assessment);
  CHECK(outcome.assessment->city == "苏州");
  CHECK(ratings_text(*outcome.assessment) == expected_ratings);
}

TEST_CASE("csv: rows in any order and columns in any order", "[csv]") {
  SECTION("rows reversed") {
    Outcome outcome = read(top + row_213 + row_212 + row_211 + row_122 + row_121 + row_111);
    CHECK(outcome.lines().empty());
    REQUIRE(outcome.assessment);
    CHECK(ratings_text(*outcome.assessment) == expected_ratings);
  }
  SECTION("columns reordered") {
    Outcome outcome = read(
        "#scheme,small-ten\n#city,苏州\n"
        "rating,id,note,level1,level2,level3,item,indicator_points\n"
        "good,1.1.1,,,,,,\nfair,1.2.1,,,,,,\n1,1.2.2,,,,,,\ngood,2.1.1,,,,,,\npoor,2.1.2,,,,,,\nfair,2.1.3,,,,,,\n");
    CHECK(outcome.lines().empty());
    REQUIRE(outcome.assessment);
    CHECK(ratings_text(*outcome.assessment) == expected_ratings);
    CHECK(outcome.assessment->period.empty());  // no #period row: no period
  }
}

TEST_CASE("csv: a note with commas quotes and a line break reaches the rating", "[csv]") {
  // Row 1.1.1 takes lines 5 and 6; 1.2.1 with a misspelt rating is on line 7.
  Outcome outcome = read(top + "1.1.1,管理,,制度,有书面制度。,2.5,good,\"见附件3, \"\"制度汇编\"\"\n第2页\"\n" +
                         "1.2.1,管理,,人员,有专职人员。,3.5,fai,\n" + row_122 + row_211 + row_212 + row_213);
  REQUIRE(outcome.document);
  const WrittenRatings* written = find_records<WrittenRatings>(*outcome.document);
  REQUIRE(written);
  CHECK(written->indicators[0].ratings[0].note == "见附件3, \"制度汇编\"\n第2页");
  // 1.2.1 , 管 理 , , 人 员 , 有 专 职 人 员 。 , 3 . 5 , -> "fai" starts at column 25
  CHECK(outcome.lines() ==
        std::vector<std::string>{"a.csv:7:25: error: item 1.2.1: unknown rating \"fai\" (did you mean \"fair\"?); "
                                 "expected good (好, 1), fair (一般, 0.5) or poor (差, 0) [invalid-rating]"});
}

TEST_CASE("csv: missing unknown and duplicated rows", "[csv]") {
  SECTION("the last row of an indicator missing: the resolver's count") {
    Outcome outcome = read(top + row_111 + row_121 + row_211 + row_212 + row_213);
    CHECK(outcome.lines() == std::vector<std::string>{"a.csv:6:1: error: indicator 1.2 (人员) has 2 items, but 1 "
                                                      "rating is given; its items, in order: 1.2.1 \"有专职人员。\"; 1.2.2 \"人员每年培训。\" [rating-count]"});
  }
  SECTION("a row in the middle missing: named by item") {
    Outcome outcome = read(top + row_111 + row_122 + row_211 + row_212 + row_213);
    CHECK(outcome.lines() ==
          std::vector<std::string>{"a.csv:6:1: error: no row for item 1.2.1; every item needs a row [rating-count]"});
  }
  SECTION("every row of an indicator missing") {
    Outcome outcome = read(top + row_111 + row_121 + row_122);
    CHECK(outcome.lines() == std::vector<std::string>{"a.csv:4:1: error: missing ratings for indicator 2.1 (防护) "
                                                      "[missing-indicator]"});
  }
  SECTION("an unknown indicator, with did you mean") {
    Outcome outcome = read(top + all_rows + "2.l.1,,,,,,good,\n");
    CHECK(outcome.lines() == std::vector<std::string>{
                                 "a.csv:11:1: error: unknown indicator \"2.l\" (did you mean \"2.1\"?) [unknown-indicator]"});
  }
  SECTION("an id that is no item id") {
    Outcome outcome = read(top + all_rows + "总计,,,,,,good,\n");
    CHECK(outcome.lines() == std::vector<std::string>{"a.csv:11:1: error: \"总计\" is not an item id: expected "
                                                      "<indicator id>.<item number>, e.g. 6.2.1.3 [unknown-item]"});
  }
  SECTION("a duplicated row") {
    Outcome outcome = read(top + all_rows + row_111);
    CHECK(outcome.lines() == std::vector<std::string>{
                                 "a.csv:11:1: error: duplicate row for item 1.1.1; first given at line 5 [duplicate-key]"});
  }
}

TEST_CASE("csv: malformed files are csv-syntax or csv-header errors", "[csv]") {
  SECTION("an unterminated quote") {
    // 1.2.1 , 管 理 , , 人 员 , 有 专 职 人 员 。 , 3 . 5 , f a i r , -> the quote is column 30
    Outcome outcome = read(top + row_111 + "1.2.1,管理,,人员,有专职人员。,3.5,fair,\"no end\n" + row_122);
    CHECK_FALSE(outcome.document);
    CHECK(outcome.lines() == std::vector<std::string>{"a.csv:6:30: error: unterminated quoted field: the quote opened "
                                                      "here is never closed [csv-syntax]"});
  }
  SECTION("a row with a field too few") {
    Outcome outcome = read(top + row_111 + "1.2.1,管理,人员,有专职人员。,3.5,fair,\n" + row_122);
    CHECK_FALSE(outcome.document);
    CHECK(outcome.lines() == std::vector<std::string>{"a.csv:6:1: error: this row has 7 fields, but the header row has "
                                                      "8; quote a field that contains a comma [csv-syntax]"});
  }
  SECTION("a misspelt column name") {
    Outcome outcome = read("#scheme,small-ten\n#city,苏州\nid,level1,level2,level3,item,points,ratng,note\n" + all_rows);
    CHECK_FALSE(outcome.document);
    // i d , l e v e l 1 , ... p o i n t s , -> "ratng" starts at column 37
    CHECK(outcome.lines() ==
          std::vector<std::string>{"a.csv:3:37: error: wrong header row: unknown column \"ratng\" (did you mean "
                                   "\"rating\"?), column \"rating\" is missing; expected "
                                   "id,level1,level2,level3,item,indicator_points,rating,note,evidence (in any order) [csv-header]"});
  }
  SECTION("no header row") {
    Outcome outcome = read("#scheme,small-ten\n#city,苏州\n");
    CHECK_FALSE(outcome.document);
    CHECK(outcome.lines() == std::vector<std::string>{
                                 "a.csv:2:1: error: no header row; expected id,level1,level2,level3,item,indicator_points,rating,"
                                 "note,evidence [csv-header]"});
  }
}

TEST_CASE("csv: the header rows: unknown or repeated or missing", "[csv]") {
  SECTION("a misspelt row name") {
    Outcome outcome = read("#scheme,small-ten\n#city,苏州\n#peroid,2025\n" + top.substr(top.find("id,")) + all_rows);
    CHECK(outcome.lines() ==
          std::vector<std::string>{"a.csv:3:1: error: unknown row \"#peroid\" (did you mean \"#period\"?); the rows "
                                   "before the header are #scheme, #city, #period and #scope [unknown-key]"});
    CHECK_FALSE(outcome.assessment);
  }
  SECTION("#city twice") {
    Outcome outcome = read("#scheme,small-ten\n#city,苏州\n#city,无锡\n" + top.substr(top.find("id,")) + all_rows);
    CHECK(outcome.lines() ==
          std::vector<std::string>{"a.csv:3:1: error: duplicate row \"#city\"; first given at line 2 [duplicate-key]"});
  }
  SECTION("no #city row") {
    Outcome outcome = read("#scheme,small-ten\n" + top.substr(top.find("id,")) + all_rows);
    CHECK(outcome.lines() == std::vector<std::string>{"a.csv:1:1: error: the CSV assessment has no #city row; add "
                                                      "\"#city,<the city's name>\" [missing-key]"});
  }
  SECTION("an empty #city once every item is rated") {
    Outcome outcome = read("#scheme,small-ten\n#city,\n" + top.substr(top.find("id,")) + all_rows);
    CHECK(outcome.lines() == std::vector<std::string>{
                                 "a.csv:2:7: error: the city is not filled in; write the city's name [unfilled-field]"});
  }
}

TEST_CASE("csv: cells are rated like YAML: empty cells and booleans and todo", "[csv]") {
  const std::string scale = "expected good (好, 1), fair (一般, 0.5) or poor (差, 0)";
  // 1.1.1 , 管 理 , , 制 度 , 有 书 面 制 度 。 , 2 . 5 , -> the rating cell is column 25
  SECTION("an empty rating cell") {
    Outcome outcome = read(top + "1.1.1,管理,,制度,有书面制度。,2.5,,\n" + row_121 + row_122 + row_211 + row_212 + row_213);
    CHECK(outcome.lines() ==
          std::vector<std::string>{"a.csv:5:25: error: item 1.1.1: the rating is empty; " + scale + " [invalid-rating]"});
  }
  SECTION("a boolean") {
    Outcome outcome = read(top + "1.1.1,管理,,制度,有书面制度。,2.5,yes,\n" + row_121 + row_122 + row_211 + row_212 + row_213);
    CHECK(outcome.lines() ==
          std::vector<std::string>{"a.csv:5:25: error: item 1.1.1: yes is a boolean, not a rating; " + scale +
                                   " [invalid-rating]"});
  }
  SECTION("one todo left") {
    Outcome outcome = read(top + "1.1.1,管理,,制度,有书面制度。,2.5,todo,\n" + row_121 + row_122 + row_211 + row_212 + row_213);
    CHECK(outcome.lines() == std::vector<std::string>{"a.csv:4:1: error: 1 item is unrated (todo); rate each item "
                                                      "good, fair or poor [unrated-items]"});
  }
}

// --- Through the binary ------------------------------------------------------------

TEST_CASE("csv: score reads a filled CSV from a file and from standard input", "[csv]") {
  // tests/data/csv/small-ten-filled.csv: BOM, CRLF, #scheme naming ../trees/small-ten.yaml.
  // good, fair, good | good, poor, fair: 1.1 2.5*1 = 2.5; 1.2 3.5*(0.5+1)/2 = 2.625;
  // 2.1 4*(1+0+0.5)/3 = 2; total 7.125 = 57/8 -> one decimal, half-even: 7.1, pass.
  RunOptions options;
  options.working_directory = CITYSECEVAL_SOURCE_DIR;
  auto scored = run_binary({"score", "tests/data/csv/small-ten-filled.csv", "--format", "json"}, options);
  REQUIRE(scored.exit_code == 0);
  CHECK(scored.err.empty());
  auto json = nlohmann::json::parse(scored.out);
  CHECK(json["score_exact"] == "57/8");
  CHECK(json["score"] == 7.1);
  CHECK(json["grade"]["id"] == "pass");
  CHECK(json["assessment"]["city"] == "苏州市");
  CHECK(json["indicators"][0]["children"][0]["items"][0]["note"] == "制度汇编, 第3页");

  options.stdin_text = read_source_file("tests/data/csv/small-ten-filled.csv");
  auto piped = run_binary({"score", "-", "--tree", "tests/data/trees/small-ten.yaml", "--format", "json"}, options);
  REQUIRE(piped.exit_code == 0);
  auto piped_json = nlohmann::json::parse(piped.out);
  CHECK(piped_json["score_exact"] == "57/8");
}

TEST_CASE("csv: a broken CSV fed to score exits 1 with its diagnostic and source line", "[csv]") {
  auto scored = run_cli({"score", "tests/data/csv/unterminated-quote.csv"});
  CHECK(scored.exit_code == 1);
  CHECK(scored.out.empty());
  CHECK(scored.first_error_line() == "tests/data/csv/unterminated-quote.csv:6:30: error: unterminated quoted field: "
                                     "the quote opened here is never closed [csv-syntax]");
}

// --- Files named .csv that are not filled templates --------------------------------

TEST_CASE("csv: a file named .csv is read as CSV and says what it lacks", "[csv]") {
  auto lines_of_reading = [](const std::string& text) {
    Diagnostics diagnostics;
    CHECK_FALSE(read_assessment(text, "a.csv", small_ten(), diagnostics));
    return pinned_lines(diagnostics);
  };
  SECTION("0 bytes, or only a byte-order mark") {
    const std::vector<std::string> empty = {
        "a.csv:1:1: error: empty CSV file; expected a filled CSV template: the #scheme, #city and #period rows, the "
        "header row and one row per item [empty-file]"};
    CHECK(lines_of_reading("") == empty);
    CHECK(lines_of_reading("\xEF\xBB\xBF") == empty);
  }
  SECTION("fields separated by semicolons") {
    CHECK(lines_of_reading("#scheme;small-ten\n#city;苏州\nid;level1;level2;level3;item;points;rating;note\n") ==
          std::vector<std::string>{"a.csv:1:1: error: the fields are separated by ';', not commas; save it as \"CSV "
                                   "UTF-8 (Comma delimited)\" [csv-syntax]"});
  }
  SECTION("no #scheme row: a YAML assessment saved under a .csv name, or a header first") {
    const std::vector<std::string> no_scheme = {
        "a.csv:1:1: error: the CSV assessment has no #scheme row; its first line must be \"#scheme,<a built-in "
        "scheme id or a tree file>\" [missing-key]"};
    CHECK(lines_of_reading("city: 苏州\nratings: {}\n") == no_scheme);
    CHECK(lines_of_reading("id,level1,level2,level3,item,points,rating,note\n" + all_rows) == no_scheme);
  }
  SECTION("#city first and no #scheme row at all") {
    std::vector<std::string> lines = lines_of_reading("#city,苏州\n#period,2025\nid,level1,level2,level3,item,points,rating,note\n" + all_rows);
    REQUIRE_FALSE(lines.empty());
    CHECK(lines[0] == "a.csv:1:1: error: the CSV assessment has no #scheme row; its first line must be \"#scheme,<a "
                      "built-in scheme id or a tree file>\" [missing-key]");
  }
  SECTION("neither UTF-8 nor GB18030: how to save it as CSV UTF-8") {
    // "#city," then 0x80 0xFF: 0x80 starts no character in either, at line 2, column 7.
    CHECK(lines_of_reading("#scheme,small-ten\n#city,\x80\xFF\n") ==
          std::vector<std::string>{"a.csv:2:7: error: invalid UTF-8 (byte 0x80); the file must be encoded in UTF-8; "
                                   "save it as \"CSV UTF-8\" (in Excel or WPS: Save As, type \"CSV UTF-8 (Comma "
                                   "delimited)\") [invalid-utf8]"});
  }
}

TEST_CASE("csv: the template's points column and the older name both read", "[csv]") {
  // `top` names it "points" (templates before 0.2); the template writes "indicator_points".
  Outcome old_name = read(top + all_rows);
  std::string renamed = top;
  renamed.replace(renamed.find(",points,"), 8, ",indicator_points,");
  Outcome new_name = read(renamed + all_rows);
  REQUIRE(old_name.assessment);
  REQUIRE(new_name.assessment);
  CHECK(ratings_text(*old_name.assessment) == expected_ratings);
  CHECK(ratings_text(*new_name.assessment) == expected_ratings);
}

TEST_CASE("csv: a #scope row lists the dimensions of a special evaluation, one per cell", "[csv][scope]") {
  const std::string header = top.substr(top.find("id,"));
  SECTION("#scope,2 and only dimension 2's rows: a complete assessment of dimension 2") {
    // Padded like a spreadsheet pads rows to the widest: the empty cells are not dimensions.
    Outcome outcome = read("#scheme,small-ten\n#city,苏州\n#period,2025\n#scope,2,,\n" + header + row_211 + row_212 +
                           row_213);
    CHECK(outcome.lines().empty());
    REQUIRE(outcome.assessment);
    REQUIRE(outcome.assessment->scope.size() == 1);
    CHECK(outcome.assessment->scope[0]->id == "2");
  }
  SECTION("a row of dimension 1 outside the scope is reported at its id cell") {
    Outcome outcome = read("#scheme,small-ten\n#city,苏州\n#scope,2\n" + header + row_111 + row_211 + row_212 + row_213);
    CHECK(outcome.lines() ==
          std::vector<std::string>{"a.csv:5:1: error: 1.1 is outside the scope: dimension 1 (管理) is not evaluated in "
                                   "this assessment; remove it, or add \"1\" to the scope [out-of-scope]"});
    CHECK_FALSE(outcome.assessment);
  }
  SECTION("an unknown dimension is reported at its cell, and nothing else is checked") {
    Outcome outcome = read("#scheme,small-ten\n#city,苏州\n#scope,2,3\n" + header + row_211 + row_212 + row_213);
    CHECK(outcome.lines() ==
          std::vector<std::string>{"a.csv:3:10: error: unknown dimension \"3\" (did you mean \"1\"?) in the scope; the "
                                   "level-1 indicators are 1, 2 [invalid-scope]"});
    CHECK_FALSE(outcome.assessment);
  }
  SECTION("a #scope row with no dimension") {
    Outcome outcome = read("#scheme,small-ten\n#city,苏州\n#scope,,\n" + header + all_rows);
    CHECK(outcome.lines() ==
          std::vector<std::string>{"a.csv:3:1: error: the scope lists no dimension; list the level-1 indicators "
                                   "evaluated, or leave \"scope\" out for a full evaluation [invalid-scope]"});
  }
}

TEST_CASE("csv: na in the rating cell, with the reason in the note cell", "[csv][na]") {
  const std::string na_row = "2.1.1,技术,,防护,部署防火墙。,4,na,本市无自建机房\n";
  SECTION("the note is the reason; the item does not apply") {
    Outcome outcome = read(top + row_111 + row_121 + row_122 + na_row + row_212 + row_213);
    CHECK(outcome.lines().empty());
    REQUIRE(outcome.assessment);
    const ItemRecord* record = outcome.assessment->find(*small_ten().find_item("2.1.1"));
    REQUIRE(record);
    const Rating& rating = std::get<Rating>(record->value);
    CHECK_FALSE(rating.applicable());
    CHECK(rating.reason == "本市无自建机房");
    CHECK(rating.note.empty());
  }
  SECTION("不适用 reads as na") {
    Outcome outcome = read(top + row_111 + row_121 + row_122 + "2.1.1,技术,,防护,部署防火墙。,4,不适用,无机房\n" +
                           row_212 + row_213);
    REQUIRE(outcome.assessment);
    CHECK_FALSE(std::get<Rating>(outcome.assessment->find(*small_ten().find_item("2.1.1"))->value).applicable());
  }
  SECTION("na with an empty note cell is reported at the rating cell") {
    Outcome outcome = read(top + row_111 + row_121 + row_122 + "2.1.1,技术,,防护,部署防火墙。,4,na,\n" + row_212 + row_213);
    CHECK(outcome.lines() ==
          std::vector<std::string>{"a.csv:8:23: error: item 2.1.1: na (not applicable) needs a reason: write why the "
                                   "item does not apply in its note cell [invalid-rating]"});
    CHECK_FALSE(outcome.assessment);
  }
}
