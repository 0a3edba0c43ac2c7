// The encodings inputs may have (src/encoding.h, docs/assessment-format.md,
// "Encodings"): a CSV that is not UTF-8 but is GB18030 (what Excel and WPS
// save as "CSV" on Chinese Windows) is read, with a warning [csv-gb18030];
// anything else that is not UTF-8 is refused, and YAML is UTF-8 only. Positions
// are counted by hand in code points of the decoded text.
#include <catch2/catch.hpp>

#include <iconv.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "assessment_document.h"
#include "cityseceval/assessment.h"
#include "cityseceval/input.h"
#include "encoding.h"
#include "run_binary.h"
#include "support.h"

using namespace cityseceval;
using namespace cityseceval::testing;

namespace {

// `text` (UTF-8) encoded as GB18030 by glibc's iconv, as a spreadsheet would save it.
std::string to_gb18030(const std::string& text) {
  iconv_t descriptor = iconv_open("GB18030", "UTF-8");
  REQUIRE(descriptor != reinterpret_cast<iconv_t>(-1));
  std::string out(text.size() * 2 + 4, '\0');
  char* in = const_cast<char*>(text.data());
  std::size_t in_left = text.size();
  char* to = out.data();
  std::size_t out_left = out.size();
  const std::size_t converted = iconv(descriptor, &in, &in_left, &to, &out_left);
  iconv_close(descriptor);
  REQUIRE(converted != static_cast<std::size_t>(-1));
  out.resize(out.size() - out_left);
  return out;
}

const std::string warning_en =
    "the file is GB18030, not UTF-8 (what Excel and WPS save as \"CSV\" on Chinese Windows), and was read as "
    "GB18030; to silence this warning, save it as \"CSV UTF-8\" (in Excel or WPS: Save As, type \"CSV UTF-8 (Comma "
    "delimited)\") [csv-gb18030]";
const std::string warning_zh =
    "文件不是 UTF-8 而是 GB18030 编码（中文 Windows 上 Excel 和 WPS 另存的“CSV”就是这种编码），已按 GB18030 读取；"
    "要消除此警告，请另存为“CSV UTF-8”（Excel 或 WPS：另存为，文件类型选“CSV UTF-8(逗号分隔)”） [csv-gb18030]";

// The CSV template of the standard, filled as an assessor would: the city, the
// period, and every item 大部分满足 (0.8) with a note.
std::string filled_template() {
  RunResult made = run_cli({"template", "--format", "csv", "--lang", "zh"});
  REQUIRE(made.exit_code == exit_ok);
  std::string filled;
  int item = 0;
  for (std::string line : lines_of(made.out)) {
    if (line.ends_with('\r')) line.pop_back();  // the template's lines end in CRLF, as spreadsheets write them
    if (line == "#city,") line = "#city,兰亭区";
    if (line == "#period,") line = "#period,2025年";
    if (line.ends_with(",todo,,")) {
      line.replace(line.size() - 7, 7, ",大部分满足,第" + std::to_string(++item) + "项：制度已建立，执行待加强,");
    }
    filled += line + "\r\n";
  }
  REQUIRE(item == 144);  // every item of the standard
  return filled;
}

}  // namespace

TEST_CASE("encoding: GB18030 decodes only when every byte does", "[encoding]") {
  // 苏州 (CB D5 D6 DD); é € 𠀀: two-, two- and four-byte characters.
  CHECK(decode_gb18030("#city,\xCB\xD5\xD6\xDD") == "#city,苏州");
  CHECK(decode_gb18030("\xA8\xA6\xA2\xE3\x95\x32\x82\x36") == "é€𠀀");
  CHECK(decode_gb18030("\x80\xFF") == std::nullopt);  // 0x80 and 0xFF start no character
  CHECK(decode_gb18030("\xCB\xD5\xD6") == std::nullopt);  // cut short
}

TEST_CASE("encoding: a GB18030 CSV is read, its warning and positions in the decoded text", "[encoding]") {
  // Lines 1-4 of a filled small-ten template (tests/test_csv.cpp), then item 2.1.1 rated 好x:
  // "2.1.1,技术,,防护,部署防火墙。,4," is 6 + 3 + 1 + 3 + 7 + 2 = 22 code points, so the
  // rating is column 23 of line 5 (in bytes it would be column 32).
  const std::string utf8_text =
      "#scheme,small-ten\n#city,苏州\n#period,2025\nid,level1,level2,level3,item,points,rating,note\n"
      "2.1.1,技术,,防护,部署防火墙。,4,好x,\n";
  Diagnostics diagnostics;
  std::optional<AssessmentDocument> document = parse_assessment_csv(to_gb18030(utf8_text), "a.csv", diagnostics);
  REQUIRE(document);
  resolve_assessment(*document, load_test_tree("tests/data/trees/small-ten.yaml"), {}, diagnostics);
  diagnostics.sort_by_location();
  const std::vector<std::string> lines = pinned_lines(diagnostics);
  // The warning at the first character outside ASCII: 苏, line 2, column 7; then the
  // two missing indicators (4:1) and 2.1's one rating of three (5:1) before it.
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] == "a.csv:2:7: warning: " + warning_en);
  CHECK(lines[3] == "a.csv:5:23: error: item 2.1.1: unknown rating \"好x\" (did you mean \"好\"?); expected good (好, 1), "
                    "fair (一般, 0.5) or poor (差, 0) [invalid-rating]");
}

TEST_CASE("encoding: a GB18030 CSV scores exactly as its UTF-8 twin, with the warning", "[encoding]") {
  TempDir dir;
  const std::string filled = filled_template();
  dir.write("utf8.csv", filled);
  // Excel's "CSV" has no byte-order mark; the template's UTF-8 one is dropped.
  dir.write("gb18030.csv", to_gb18030(filled.substr(3)));
  RunResult utf8 = run_in(dir, {"score", "utf8.csv", "--format", "json"});
  RunResult gb18030 = run_in(dir, {"score", "gb18030.csv", "--format", "json"});
  REQUIRE(utf8.exit_code == exit_ok);
  REQUIRE(gb18030.exit_code == exit_ok);
  nlohmann::json a = nlohmann::json::parse(utf8.out);
  nlohmann::json b = nlohmann::json::parse(gb18030.out);
  // Every item 0.8: each indicator earns 0.8 of its points, 0.8 * 100 = 80, 良好 (75 <= 80 < 85).
  CHECK(a["score_exact"] == "80");
  CHECK(a["assessment"]["city"] == "兰亭区");
  CHECK(a["assessment"]["period"] == "2025年");
  a["assessment"].erase("file");
  b["assessment"].erase("file");
  CHECK(a == b);
  CHECK(utf8.err.empty());
  // The warning, with the decoded line quoted under it (#city is line 2; 兰 is column 7).
  CHECK(lines_of(gb18030.err) ==
        std::vector<std::string>{"gb18030.csv:2:7: warning: " + warning_en, "    2 | #city,兰亭区", "      |       ^"});
  RunOptions zh;
  zh.environment["CITYSECEVAL_LANG"] = "zh";
  zh.working_directory = dir.path();
  RunResult chinese = run_cli({"check", "gb18030.csv"}, zh);
  CHECK(chinese.exit_code == exit_ok);
  CHECK(lines_of(chinese.out).at(0) == "gb18030.csv:2:7: warning: " + warning_zh);
  check_chinese("gb18030.csv:2:7: warning: " + warning_en, lines_of(chinese.out).at(0));
  // The notes, decoded: the 7th item's.
  RunResult text = run_in(dir, {"score", "gb18030.csv", "--format", "json"});
  CHECK(text.out.find("第7项：制度已建立，执行待加强") != std::string::npos);
}

TEST_CASE("encoding: a CSV that is neither UTF-8 nor GB18030 is refused as before", "[encoding]") {
  TempDir dir;
  dir.write("bad.csv", "#scheme,city-cybersecurity\n#city,\x80\xFF\n");
  RunResult bad = run_in(dir, {"check", "bad.csv"});
  CHECK(bad.exit_code == exit_invalid_input);
  CHECK(lines_of(bad.out).at(0) ==
        "bad.csv:2:7: error: invalid UTF-8 (byte 0x80); the file must be encoded in UTF-8; save it as \"CSV UTF-8\" "
        "(in Excel or WPS: Save As, type \"CSV UTF-8 (Comma delimited)\") [invalid-utf8]");
}

TEST_CASE("encoding: a GB18030 YAML file is refused, with how to save it as UTF-8", "[encoding]") {
  TempDir dir;
  // "city: " then 兰亭区 in GB18030 (C0 BC ...): 0xC0 is not UTF-8, at line 1, column 7.
  dir.write("gb18030.yaml", to_gb18030("city: 兰亭区\nperiod: \"2025\"\nratings: {}\n"));
  RunResult en = run_in(dir, {"check", "gb18030.yaml"});
  CHECK(en.exit_code == exit_invalid_input);
  const std::string en_line =
      "gb18030.yaml:1:7: error: invalid UTF-8 (byte 0xC0); the file must be encoded in UTF-8; it looks like GB18030 "
      "(GBK): save it as UTF-8 in your editor (Save As, encoding \"UTF-8\"), or convert it with iconv -f GB18030 -t "
      "UTF-8 [invalid-utf8]";
  CHECK(lines_of(en.out).at(0) == en_line);
  RunOptions zh;
  zh.environment["CITYSECEVAL_LANG"] = "zh";
  zh.working_directory = dir.path();
  const std::string zh_line =
      "gb18030.yaml:1:7: error: 不是有效的 UTF-8（字节 0xC0）；文件必须使用 UTF-8 编码；文件看来是 GB18030（GBK）编码："
      "请在编辑器中另存为 UTF-8（“另存为”时编码选“UTF-8”），或用 iconv -f GB18030 -t UTF-8 转换 [invalid-utf8]";
  CHECK(lines_of(run_cli({"check", "gb18030.yaml"}, zh).out).at(0) == zh_line);
  check_chinese(en_line, zh_line);
}
