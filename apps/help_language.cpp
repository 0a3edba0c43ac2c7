#include "help_language.h"

#include <cstdio>
#include <sstream>
#include <string_view>

#include "cli.h"
#include "usage_errors.h"

namespace cityseceval::cli {

void use_language_of_arguments(int argc, char** argv) {
  std::string tag;
  for (int i = 1; i < argc; ++i) {
    std::string_view argument = argv[i];
    if (argument == "--") break;  // what follows is a file name
    if (argument == "--lang" && i + 1 < argc) {
      tag = argv[++i];
    } else if (argument.rfind("--lang=", 0) == 0) {
      tag = argument.substr(7);
    }
  }
  use_language(tag);
}

std::string said(const char* zh, const char* en) { return language() == Language::en ? en : zh; }

void use_cli11_words(CLI::App& app) {
  if (language() == Language::en) return;  // CLI11's own words are English
  auto formatter = app.get_formatter();
  formatter->label("Usage", "用法");
  formatter->label("OPTIONS", "选项");
  formatter->label("SUBCOMMAND", "子命令");
  formatter->label("SUBCOMMANDS", "子命令");
  formatter->label("Positionals", "位置参数");
  formatter->label("REQUIRED", "必需");
  formatter->label("Excludes", "不能与之同用");
  formatter->label("Needs", "需要");
  formatter->label("Env", "环境变量");
  app.option_defaults()->group("选项");
  app.set_help_flag("-h,--help", "显示本帮助信息并退出");
}

void finish_cli11_words(CLI::App& app) {
  for (CLI::App* command : app.get_subcommands([](const CLI::App* c) { return !c->get_group().empty(); })) {
    command->group(said("子命令", "Subcommands"));
    if (CLI::Option* help = command->get_help_ptr()) help->group(app.option_defaults()->get_group());
  }
}

int print_cli11_exit(const CLI::App& app, const CLI::ParseError& error) {
  if (error.get_exit_code() != 0 && language() != Language::en) {
    // CLI11 would print its English words: the error in the run's language.
    std::fputs(in_run_script(usage_error_text(error).zh + "\n" + usage_error_hint().zh + "\n").c_str(), stderr);
    return error.get_exit_code();
  }
  std::ostringstream out;
  std::ostringstream err;
  int code = app.exit(error, out, err);
  std::fputs(in_run_script(out.str()).c_str(), stdout);
  std::fputs(in_run_script(err.str()).c_str(), stderr);
  return code;
}

}  // namespace cityseceval::cli
