// A usage error in the run's language: CLI11's English words unchanged (exit
// 2, the hint line under them), and in Chinese the same error in Chinese, each
// pinned against its English line (tests/data/messages/zh.txt).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "run_binary.h"
#include "support.h"

using cityseceval::testing::check_chinese;
using cityseceval::testing::exit_usage;
using cityseceval::testing::run_cli;
using cityseceval::testing::RunOptions;

namespace {

RunOptions in_language(const std::string& tag) {
  RunOptions options;
  options.environment["CITYSECEVAL_LANG"] = tag;
  return options;
}

}  // namespace

TEST_CASE("usage errors: CLI11's English, and the same error in Chinese") {
  // {arguments, the English line as CLI11 2.1 words it}
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"score", "--format", "xml"}, "--format: xml not in {text,json,jsonl,csv,tsv,markdown,xlsx}"},
      {{"score", "--bogus"}, "The following argument was not expected: --bogus"},
      {{"schema"}, "name is required"},
      {{"completion"}, "shell is required"},
      {{"score", "--scheme", "a", "--tree", "b.yaml"}, "--scheme excludes --tree"},
      {{"score", "--level", "5"}, "--level: Value 5 not in range 1 to 3"},
      {{"score", "--format"}, "--format: 1 required FORMAT:{text,json,jsonl,csv,tsv,markdown,xlsx} missing"},
      {{"--bogus"}, "A subcommand is required"},
  };
  for (const auto& [arguments, english] : cases) {
    CAPTURE(arguments);
    auto en = run_cli(arguments, in_language("en"));
    CHECK(en.exit_code == exit_usage);
    CHECK(en.out.empty());
    CHECK(en.err == english + "\nRun with --help for more information.\n");
    auto zh = run_cli(arguments, in_language("zh"));
    CHECK(zh.exit_code == exit_usage);
    CHECK(zh.out.empty());
    std::string first = zh.err.substr(0, zh.err.find('\n'));
    check_chinese(english, first);
    CHECK(zh.err == first + "\n运行时加 --help 查看用法。\n");
  }
}

TEST_CASE("usage errors: --lang on the command line chooses, zh-Hant in traditional characters") {
  auto en = run_cli({"score", "--lang", "en", "--bogus"}, in_language("zh"));
  CHECK(en.err == "The following argument was not expected: --bogus\nRun with --help for more information.\n");
  auto hant = run_cli({"score", "--lang", "zh-Hant", "--bogus"});
  CHECK(hant.exit_code == exit_usage);
  CHECK(hant.err == "多餘的參數：--bogus\n運行時加 --help 查看用法。\n");
}
