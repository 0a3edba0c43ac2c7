// The workbook template (render_template_xlsx, `template --format xlsx`): what
// the command refuses and how -o chooses the format, and that every text is
// written in the Chinese script asked for. The cells, validations and
// protection are read back by a real reader, openpyxl, in
// tests/workbook/template_test.py.
#include <catch2/catch.hpp>

#include <zip.h>

#include <memory>
#include <string>
#include <vector>

#include "cityseceval/template.h"
#include "run_binary.h"
#include "support.h"

using namespace cityseceval;
using namespace cityseceval::testing;

namespace {

// The bytes of the entry `name` of the ZIP archive `archive` (an .xlsx is one).
std::string zip_entry(const std::string& archive, const std::string& name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(archive.data(), archive.size(), 0, &error);
  REQUIRE(source != nullptr);
  zip_t* zip = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (zip == nullptr) zip_source_free(source);
  REQUIRE(zip != nullptr);
  std::unique_ptr<zip_t, int (*)(zip_t*)> closing(zip, zip_close);
  zip_stat_t stat;
  REQUIRE(zip_stat(zip, name.c_str(), 0, &stat) == 0);
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen(zip, name.c_str(), 0), zip_fclose);
  REQUIRE(file != nullptr);
  std::string bytes(stat.size, '\0');
  REQUIRE(zip_fread(file.get(), bytes.data(), stat.size) == static_cast<zip_int64_t>(stat.size));
  return bytes;
}

// The text a reader sees of a workbook: its sheet names, the shared strings
// (every text cell) and the first sheet (its data validations' lists).
std::string workbook_text(const std::string& workbook) {
  return zip_entry(workbook, "xl/workbook.xml") + zip_entry(workbook, "xl/sharedStrings.xml") +
         zip_entry(workbook, "xl/worksheets/sheet1.xml");
}

constexpr std::string_view zip_magic = "PK\x03\x04";

RunResult run_chinese(const std::vector<std::string>& arguments) {
  RunOptions options;
  options.environment["CITYSECEVAL_LANG"] = "zh";
  return run_cli(arguments, options);
}

}  // namespace

TEST_CASE("template xlsx: a workbook is never written to standard output", "[template][xlsx]") {
  // The message score and rank give too (apps/cli.h, workbook_output_given).
  const std::string english =
      "cityseceval: error: a workbook is binary and is not written to standard output: give -o FILE.xlsx";
  const std::string chinese = "cityseceval: error: 工作簿是二进制文件，不写到标准输出：请用 -o 文件.xlsx 指定输出文件";
  for (const std::vector<std::string>& output : {std::vector<std::string>{}, std::vector<std::string>{"-o", "-"}}) {
    std::vector<std::string> arguments = {"template", "--format", "xlsx"};
    arguments.insert(arguments.end(), output.begin(), output.end());
    INFO("output: " << (output.empty() ? "none" : "-"));
    auto result = run_cli(arguments);
    CHECK(result.exit_code == exit_usage);
    CHECK(result.out.empty());
    CHECK(result.err == english + "\n");
    auto zh = run_chinese(arguments);
    CHECK(zh.exit_code == exit_usage);
    CHECK(zh.out.empty());
    CHECK(zh.err == chinese + "\n");
    check_chinese(english, chinese);
  }
  // Refused before the scheme is read: a usage error, whatever the scheme.
  auto municipal = run_cli({"template", "--scheme", "municipal-infosec-work", "--format", "xlsx"});
  CHECK(municipal.exit_code == exit_usage);
  CHECK(municipal.err == english + "\n");
}

TEST_CASE("template xlsx: without --format, -o's extension chooses the format", "[template][xlsx]") {
  TempDir dir;
  auto xlsx = run_in(dir, {"template", "-o", "city.XLSX"});
  CHECK(xlsx.exit_code == exit_ok);
  CHECK(xlsx.err.empty());
  auto workbook = read_bytes(dir.file("city.XLSX"));
  REQUIRE(workbook);
  CHECK(workbook->starts_with(zip_magic));

  auto csv = run_in(dir, {"template", "-o", "city.csv"});
  CHECK(csv.exit_code == exit_ok);
  CHECK(read_bytes(dir.file("city.csv")) == render_template_csv(builtin_scheme(), Language::en));

  // Anything else is YAML, as before -o's name counted; --format wins over the name.
  auto yaml = run_in(dir, {"template", "-o", "city.txt"});
  CHECK(yaml.exit_code == exit_ok);
  CHECK(read_bytes(dir.file("city.txt")) == render_template_yaml(builtin_scheme(), Language::en, "assessment.schema.json"));
  auto forced = run_in(dir, {"template", "--format", "yaml", "-o", "named.xlsx"});
  CHECK(forced.exit_code == exit_ok);
  CHECK(read_bytes(dir.file("named.xlsx")) ==
        render_template_yaml(builtin_scheme(), Language::en, "assessment.schema.json"));

  // A points-sum scheme has no CSV template, whichever way CSV was chosen.
  auto facts = run_in(dir, {"template", "--scheme", "municipal-infosec-work", "-o", "sheet.csv"});
  CHECK(facts.exit_code == exit_usage);
  CHECK(facts.err ==
        "cityseceval: error: CSV templates are for rating schemes; scheme municipal-infosec-work records facts: use "
        "--format yaml or --format xlsx\n");
  auto facts_zh = run_chinese({"template", "--scheme", "municipal-infosec-work", "--format", "csv"});
  CHECK(facts_zh.exit_code == exit_usage);
  check_chinese(facts.err.substr(0, facts.err.size() - 1), facts_zh.err.substr(0, facts_zh.err.size() - 1));
  CHECK(dir.list() == std::vector<std::string>{"city.XLSX", "city.csv", "city.txt", "named.xlsx"});
}

TEST_CASE("template xlsx: -o keeps an existing file unless --force is given", "[template][xlsx]") {
  TempDir dir;
  const std::string filled = "PK\x03\x04 an assessor's filled-in workbook";
  const std::string output = dir.write("city.xlsx", filled);
  auto refused = run_cli({"template", "--format", "xlsx", "-o", output});
  CHECK(refused.exit_code == exit_invalid_input);
  CHECK(refused.out.empty());
  CHECK(refused.err == "cityseceval: error: " + output + " already exists; use --force to overwrite it\n");
  CHECK(read_bytes(output) == filled);
  // The same with the format from the name.
  auto by_name = run_cli({"template", "--scheme", "municipal-infosec-work", "-o", output});
  CHECK(by_name.exit_code == exit_invalid_input);
  CHECK(read_bytes(output) == filled);

  auto replaced = run_cli({"template", "--scheme", "municipal-infosec-work", "-o", output, "--force"});
  CHECK(replaced.exit_code == exit_ok);
  CHECK(replaced.err.empty());
  auto workbook = read_bytes(output);
  REQUIRE(workbook);
  CHECK(workbook->starts_with(zip_magic));
  CHECK(zip_entry(*workbook, "xl/workbook.xml").find("<sheet name=\"Assessment\"") != std::string::npos);
  CHECK(dir.list() == std::vector<std::string>{"city.xlsx"});
}

TEST_CASE("template xlsx: every text is in the Chinese script asked for", "[template][xlsx]") {
  SECTION("as written: the tool's words simplified, the municipal sheet's traditional") {
    const std::string text = workbook_text(render_template_xlsx(municipal_scheme(), Language::zh, ChineseScript::own));
    CHECK(text.find("<sheet name=\"评价表\"") != std::string::npos);
    CHECK(text.find("<sheet name=\"说明\"") != std::string::npos);
    CHECK(text.find("评估期间") != std::string::npos);
    CHECK(text.find("缺少项") != std::string::npos);
    CHECK(text.find("成立和調整時的文件") != std::string::npos);  // item 1.1.1 as the sheet writes it
  }
  SECTION("simplified: the municipal sheet's texts too") {
    const std::string text =
        workbook_text(render_template_xlsx(municipal_scheme(), Language::zh, ChineseScript::simplified));
    CHECK(text.find("成立和调整时的文件") != std::string::npos);
    CHECK(text.find("成立和調整時的文件") == std::string::npos);
  }
  SECTION("traditional: the labels of the contract's traditional column, the dropdown's words") {
    const std::string text =
        workbook_text(render_template_xlsx(builtin_scheme(), Language::zh, ChineseScript::traditional));
    CHECK(text.find("<sheet name=\"評價表\"") != std::string::npos);
    CHECK(text.find("<sheet name=\"說明\"") != std::string::npos);
    CHECK(text.find("評估期間") != std::string::npos);
    CHECK(text.find("佐證材料") != std::string::npos);
    CHECK(text.find("<formula1>\"全部滿足,大部分滿足,部分滿足,不滿足,不適用\"</formula1>") != std::string::npos);
    CHECK(text.find("评估期间") == std::string::npos);
  }
  SECTION("English: the scheme's item texts stay Chinese, as written") {
    const std::string text = workbook_text(render_template_xlsx(builtin_scheme(), Language::en, ChineseScript::own));
    CHECK(text.find("<sheet name=\"Assessment\"") != std::string::npos);
    CHECK(text.find("<sheet name=\"Instructions\"") != std::string::npos);
    CHECK(text.find("<formula1>\"full,mostly,partly,none,na\"</formula1>") != std::string::npos);
  }
}

TEST_CASE("xlsx: a temporary file that cannot be made is the machine's problem, said plainly", "[template][xlsx]") {
  // libxlsxwriter writes through a temporary file in TMPDIR (src/workbook_file.h):
  // an unwritable TMPDIR is not a bug to report but a setting to change, and
  // nothing is written at -o.
  TempDir directory;
  RunOptions options;
  options.working_directory = directory.path();
  options.environment["TMPDIR"] = "/nonexistent-cityseceval-tmp";
  RunResult result = run_cli({"template", "-o", "t.xlsx"}, options);
  CHECK(result.exit_code == exit_invalid_input);
  CHECK(result.err ==
        "cityseceval: error: cannot make the workbook: no temporary file can be created in "
        "/nonexistent-cityseceval-tmp; set TMPDIR to a directory you may write to\n");
  CHECK(directory.list().empty());

  options.environment["CITYSECEVAL_LANG"] = "zh";
  result = run_cli({"score", source_path("examples/yunxi-2025.yaml"), "--format", "xlsx", "-o", "s.xlsx"},
                   options);
  CHECK(result.exit_code == exit_invalid_input);
  CHECK(result.err ==
        "cityseceval: error: 无法生成工作簿：无法在 /nonexistent-cityseceval-tmp 中创建临时文件；"
        "请将 TMPDIR 设为可写入的目录\n");
  CHECK(directory.list().empty());
}
