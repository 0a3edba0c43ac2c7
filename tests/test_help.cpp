// --help in the run's language (apps/help_language.h): Chinese by default,
// English with --lang en, --lang=en or CITYSECEVAL_LANG=en, traditional
// characters with zh-Hant, CLI11's own words included. The expected lines are
// the declarations' words as written in apps/*_command.cpp and apps/cli.cpp,
// laid out as CLI11 does: two spaces, the names, padded to column 30.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "run_binary.h"

using namespace cityseceval::testing;

namespace {

// `score --help` with the environment's language set to `environment`
// (nullopt: unset) and `extra` arguments.
RunResult score_help(std::optional<std::string> environment, std::vector<std::string> extra = {}) {
  RunOptions options;
  options.environment["CITYSECEVAL_LANG"] = std::move(environment);
  std::vector<std::string> arguments = {"score", "--help"};
  arguments.insert(arguments.end(), extra.begin(), extra.end());
  return run_cli(arguments, options);
}

}  // namespace

TEST_CASE("--help: Chinese by default, CLI11's words too", "[cli][help]") {
  RunResult help = score_help(std::nullopt);
  CHECK(help.exit_code == exit_ok);
  CHECK_THAT(help.out, Catch::StartsWith("为评估文件计分，输出综合得分、等级和各项得分\n"
                                         "用法: cityseceval score [选项] [files...]\n\n位置参数:\n"));
  CHECK_THAT(help.out, Catch::Contains("\n  -h,--help                   显示本帮助信息并退出\n"));
  CHECK_THAT(help.out, Catch::Contains("\n  -o,--output FILE            写入 FILE（原子写入），而不是标准输出\n"));
  CHECK_THAT(help.out, Catch::Contains("\n  --scheme ID 不能与之同用: --tree\n"));
  CHECK_THAT(help.out, Catch::Contains("\n退出码：0 成功，1 有文件未计分（输入无效），2 用法错误，3 报告的得分低于\n"));
  CHECK(help.out.find("Options") == std::string::npos);
}

TEST_CASE("--help: English with --lang en, --lang=en or CITYSECEVAL_LANG=en", "[cli][help]") {
  const std::string output = "\n  -o,--output FILE            Write to FILE (atomically) instead of standard output\n";
  const std::string usage = "Score assessments and print the composite, grade and breakdown\n"
                            "Usage: cityseceval score [OPTIONS] [files...]\n\nPositionals:\n";
  for (const RunResult& help : {score_help(std::nullopt, {"--lang", "en"}), score_help(std::nullopt, {"--lang=en"}),
                                score_help("en"), score_help("zh", {"--lang", "EN"})}) {
    CHECK(help.exit_code == exit_ok);
    CHECK_THAT(help.out, Catch::StartsWith(usage));
    CHECK_THAT(help.out, Catch::Contains(output));
    CHECK_THAT(help.out, Catch::Contains("\n  -h,--help                   Print this help message and exit\n"));
  }
  // --lang says more than the environment: Chinese though CITYSECEVAL_LANG=en.
  CHECK_THAT(score_help("en", {"--lang", "zh"}).out, Catch::StartsWith("为评估文件计分"));
}

TEST_CASE("--help: zh-Hant in traditional characters", "[cli][help]") {
  for (const RunResult& help : {score_help(std::nullopt, {"--lang", "zh-Hant"}), score_help("zh-hant")}) {
    CHECK(help.exit_code == exit_ok);
    CHECK_THAT(help.out, Catch::StartsWith("爲評估文件計分，輸出綜合得分、等級和各項得分\n"
                                           "用法: cityseceval score [選項] [files...]\n"));
    CHECK_THAT(help.out, Catch::Contains("\n  -o,--output FILE            寫入 FILE（原子寫入），而不是標準輸出\n"));
  }
}

TEST_CASE("--help of the program: its commands under 子命令, --version in Chinese", "[cli][help]") {
  RunOptions options;
  options.environment["CITYSECEVAL_LANG"] = std::nullopt;
  RunResult help = run_cli({"--help"}, options);
  CHECK(help.exit_code == exit_ok);
  CHECK_THAT(help.out, Catch::StartsWith("cityseceval：城市网络安全评价计分\n用法: cityseceval [选项] 子命令\n\n选项:\n"));
  CHECK_THAT(help.out, Catch::Contains("\n  --version                   显示 cityseceval 及每个内置评价体系的版本，然后退出\n"));
  CHECK_THAT(help.out, Catch::Contains("\n子命令:\n  score                       为评估文件计分，输出综合得分、等级和各项得分\n"));
  CHECK_THAT(help.out, Catch::Contains("\n退出码：\n  0  成功\n  1  输入无效"));
}
