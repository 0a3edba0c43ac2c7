// Results as a workbook through the public API (render_workbook.h): every
// Chinese text in the chosen script, file paths as written; and the columns
// every_indicator() gives a batch of several schemes. What a reader sees of
// the whole workbook (numbers, fills, filters) is read back by openpyxl in
// tests/workbook/results_test.py.
#include <catch2/catch.hpp>

#include <zip.h>

#include <string>
#include <vector>

#include "cityseceval/render_workbook.h"
#include "cityseceval/summary.h"
#include "cityseceval/summary_table.h"
#include "scoring_support.h"
#include "support.h"

using namespace cityseceval;
using namespace cityseceval::testing;

namespace {

// The text of entry `name` of the ZIP archive `bytes` (an .xlsx is one).
std::string zip_entry(const std::string& bytes, const char* name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  REQUIRE(source != nullptr);
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  REQUIRE(archive != nullptr);
  zip_stat_t stat;
  REQUIRE(zip_stat(archive, name, 0, &stat) == 0);
  std::string text(stat.size, '\0');
  zip_file_t* file = zip_fopen(archive, name, 0);
  REQUIRE(file != nullptr);
  CHECK(zip_fread(file, text.data(), stat.size) == static_cast<zip_int64_t>(stat.size));
  zip_fclose(file);
  zip_close(archive);  // frees the source too
  return text;
}

// examples/yunxi-2025.yaml scored (90.95, excellent; its header), with the
// indicators of levels 1 and 2 kept, under the file name `file`.
SummaryRow yunxi_row(const std::string& file) {
  const Scheme& scheme = builtin_scheme();
  ScoreResult result = score_text(scheme, read_source_file("examples/yunxi-2025.yaml"));
  std::vector<std::string> ids = indicator_ids_at_level(scheme, 1);
  std::vector<std::string> level_two = indicator_ids_at_level(scheme, 2);
  ids.insert(ids.end(), level_two.begin(), level_two.end());
  return {file, summarize(result, ids), ""};
}

// A file that was not scored, with its first error naming it.
SummaryRow failed_row(const std::string& file) {
  return {file, std::nullopt, file + ":1:1: error: 评价文件缺少必需的键 \"city\" [missing-key]"};
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("results workbook: every Chinese text in the chosen script, file paths as written", "[workbook]") {
  // A path in simplified characters that OpenCC would change: 评价 -> 評價.
  const std::vector<SummaryRow> rows = {yunxi_row("评价/云溪.yaml"), failed_row("评价/坏.yaml")};
  std::string workbook = render_results_workbook(rows, Language::zh, ChineseScript::traditional);
  std::string sheets = zip_entry(workbook, "xl/workbook.xml");
  CHECK(contains(sheets, "name=\"結果\""));
  CHECK(contains(sheets, "name=\"二級指標\""));
  std::string strings = zip_entry(workbook, "xl/sharedStrings.xml");
  // Headings, the grade, the indicators' names: converted (云溪市 is the same in both scripts).
  CHECK(contains(strings, "<t>評價體系</t>"));
  CHECK(contains(strings, "<t>優秀</t>"));
  CHECK(contains(strings, "<t>6 政策規範</t>"));
  CHECK(contains(strings, "<t>基本制度規範</t>"));
  CHECK_FALSE(contains(strings, "基本制度规范"));
  // The paths as given, in the file column and where the message names its file;
  // the message itself converted.
  CHECK(contains(strings, "<t>评价/云溪.yaml</t>"));
  CHECK(contains(strings, "<t>评价/坏.yaml</t>"));
  CHECK(contains(strings, "<t>评价/坏.yaml:1:1: error: 評價文件缺少必需的鍵 \"city\" [missing-key]</t>"));
}

TEST_CASE("results workbook: the scheme's own script leaves every text as written", "[workbook]") {
  const std::vector<SummaryRow> rows = {yunxi_row("yunxi.yaml"), failed_row("坏.yaml")};
  std::string strings =
      zip_entry(render_results_workbook(rows, Language::zh, ChineseScript::own), "xl/sharedStrings.xml");
  CHECK(contains(strings, "<t>评价体系</t>"));
  CHECK(contains(strings, "<t>基本制度规范</t>"));
  CHECK(contains(strings, "<t>坏.yaml:1:1: error: 评价文件缺少必需的键 \"city\" [missing-key]</t>"));
  CHECK_FALSE(contains(strings, "基本制度規範"));
}

TEST_CASE("every_indicator: every scheme's indicators once, the same ID under the same name merged", "[workbook]") {
  const ScoreResult city = score_text(builtin_scheme(), read_source_file("examples/yunxi-2025.yaml"));
  const ScoreResult municipal = score_text(municipal_scheme(), read_source_file("examples/lanting-district-2025.yaml"));
  const ResultSummary city_summary = summarize(city, {});
  const ResultSummary municipal_summary = summarize(municipal, {});
  const ResultSummary again = summarize(city, {});
  std::vector<std::string> ids;
  std::vector<const Scheme*> schemes;
  for (const IndicatorColumn& column : every_indicator({&city_summary, &municipal_summary, &again}, 1)) {
    ids.push_back(column.indicator->id);
    schemes.push_back(column.scheme);
  }
  // Table B.1's dimensions 6-10, then the municipal sheet's sections 1-7 and its bonus 8: its
  // "6" (業務培訓) and "7" are not the standard's, so they are columns of their own.
  CHECK(ids == std::vector<std::string>{"6", "7", "8", "9", "10", "1", "2", "3", "4", "5", "6", "7", "8"});
  CHECK(schemes.front() == &builtin_scheme());
  CHECK(schemes.back() == &municipal_scheme());
}
