// cityseceval manpage: the man page, written from the command line itself, so
// the installed page and --help cannot drift (the .deb installs its output).
#include <memory>

#include "cli.h"
#include "command_line.h"
#include "commands.h"
#include "help_language.h"
#include "manpage.h"

namespace cityseceval::cli {

Runner setup_manpage(CLI::App& app) {
  auto options = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand("manpage", said("以 roff 格式输出手册页 cityseceval(1)", "Print the man page cityseceval(1) in roff"));
  command->footer(said(R"(示例：
  cityseceval manpage | man -l -
  cityseceval manpage --lang zh > cityseceval.1

退出码：0 成功，1 输出无法写入，2 用法错误。)",
                       R"(Examples:
  cityseceval manpage | man -l -
  cityseceval manpage --lang zh > cityseceval.1

Exit codes: 0 ok, 1 the output cannot be written, 2 usage error.)"));
  add_language_option(*command, *options, said("手册页的语言", "Language of the page"));
  return [options, &app] {
    return write_output("", render_manpage(describe(app), use_language(*options))) ? exit_ok : exit_invalid_input;
  };
}

}  // namespace cityseceval::cli
