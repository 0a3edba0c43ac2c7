// cityseceval: score city cybersecurity evaluations from YAML assessments.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <exception>
#include <map>

#include "cityseceval/messages.h"
#include "cityseceval/suggest.h"
#include "cityseceval/version.h"
#include "cityseceval/workbook_error.h"
#include "cli.h"
#include "commands.h"
#include "help_language.h"

namespace {

// The program's footer: the exit codes and a few examples.
constexpr const char* footer_zh = R"(退出码：
  0  成功
  1  输入无效：文件不存在或无法读取、YAML 错误，或任何未通过检查的内容
  2  用法错误：未知选项、缺少参数、选项值不正确
  3  结果低于所要求的门槛

示例：
  cityseceval score examples/yunxi-2025.yaml
  cityseceval score assessment.yaml --format json -o result.json
  cityseceval score assessment.yaml --tree my-tree.yaml --lang en
  cityseceval score --plan plan.yaml stage1.yaml stage2.yaml   （分阶段评估）
  cityseceval compare city-2024.yaml city-2025.yaml           （一年来的变化）
  cityseceval report city-2025.yaml -o city-2025.html         （交给城市的评估报告，可打印）
  cityseceval gaps examples/yunxi-2025.yaml                   （在哪里失分；下一等级）
  cityseceval explain examples/yunxi-2025.yaml 7.6.3          （一个数值是怎样得出的）

运行 'cityseceval COMMAND --help' 查看某个命令的选项。)";

constexpr const char* footer_en = R"(Exit codes:
  0  success
  1  invalid input: a missing or unreadable file, a YAML error, or anything the checks reject
  2  usage error: unknown option, missing argument, bad option value
  3  a result below a requested gate

Examples:
  cityseceval score examples/yunxi-2025.yaml
  cityseceval score assessment.yaml --format json -o result.json
  cityseceval score assessment.yaml --tree my-tree.yaml --lang en
  cityseceval score --plan plan.yaml stage1.yaml stage2.yaml   (a phased evaluation)
  cityseceval compare city-2024.yaml city-2025.yaml           (what changed in a year)
  cityseceval report city-2025.yaml -o city-2025.html         (the report for the city, to print)
  cityseceval gaps examples/yunxi-2025.yaml                   (where points are lost; the next grade)
  cityseceval explain examples/yunxi-2025.yaml 7.6.3          (how a number was obtained)

Run 'cityseceval COMMAND --help' for a command's options.)";

// Parses the command line and runs the subcommand it names.
int parse_and_run(int argc, char** argv) {
  using namespace cityseceval::cli;
  // --help is printed while parsing: its language is chosen first.
  use_language_of_arguments(argc, argv);
  CLI::App app{said("cityseceval：城市网络安全评价计分", "cityseceval: score city cybersecurity evaluations"),
               "cityseceval"};
  use_cli11_words(app);
  // The tool's version and each built-in scheme's (version.h), found only
  // when asked; CLI11 adds the last newline.
  app.set_version_flag(
      "--version",
      [] {
        std::string version = cityseceval::version_text();
        return version.substr(0, version.size() - 1);
      },
      said("显示 cityseceval 及每个内置评价体系的版本，然后退出",
           "Print the version of cityseceval and of each built-in scheme, then exit"));
  app.footer(said(footer_zh, footer_en));
  app.require_subcommand(1);
  // The subcommand table, in the order --help lists them.
  std::vector<std::pair<std::string, Runner (*)(CLI::App&)>> table = {
      {"score", setup_score}, {"check", setup_check},   {"template", setup_template},
      {"schema", setup_schema}, {"docs", setup_docs}, {"schemes", setup_schemes},
      {"tailor", setup_tailor}, {"tree", setup_tree}, {"compare", setup_compare},
      {"gaps", setup_gaps},     {"rank", setup_rank},     {"trend", setup_trend}, {"report", setup_report},
      {"explain", setup_explain}, {"manpage", setup_manpage}, {"completion", setup_completion}};
  std::map<CLI::App*, Runner> runners;
  for (const auto& [name, setup] : table) {
    Runner run = setup(app);
    runners[app.get_subcommand(name)] = std::move(run);
  }
  finish_cli11_words(app);
  // CLI11 would only say "A subcommand is required" for a misspelt command.
  std::vector<std::string> names;
  for (const auto& [command, run] : runners) names.push_back(command->get_name());
  if (argc > 1 && argv[1][0] != '-' && std::find(names.begin(), names.end(), argv[1]) == names.end()) {
    print_error(cityseceval::message(cityseceval::MessageId::unknown_command,
                                     {argv[1], cityseceval::did_you_mean(argv[1], names)}));
    return exit_usage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    // Help and --version exit 0; every other CLI11 error is a usage error.
    int code = print_cli11_exit(app, error);
    return code == 0 ? exit_ok : exit_usage;
  }
  for (auto& [command, run] : runners) {
    if (!command->parsed()) continue;
    // The limits hold before the command reads anything, and a bad one is
    // told in the language the command would speak.
    const CLI::Option* lang = command->get_option_no_throw("--lang");
    if (lang && lang->count() > 0) use_language(lang->as<std::string>());
    if (!apply_limit_options()) return exit_usage;
    return run();
  }
  return exit_usage;
}

}  // namespace

// No exception may end the program uncaught: std::terminate would abort with
// the C++ runtime's words and exit 134, without unwinding, so an -o temporary
// file would be left behind. An exception that reaches here is a bug.
int main(int argc, char** argv) {
  using namespace cityseceval;
  try {
    return parse_and_run(argc, argv);
  } catch (const WorkbookError& error) {
    // The machine's problem (TMPDIR, a full disk), not a bug: no -o file was opened yet.
    cli::print_error(error.message());
  } catch (const std::exception& error) {
    cli::print_error(message(MessageId::internal_error, {error.what()}));
  } catch (...) {
    cli::print_error(message(MessageId::internal_error, {message(MessageId::unknown_exception)}));
  }
  return cli::exit_invalid_input;
}
