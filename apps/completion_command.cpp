// cityseceval completion SHELL: the completion script for bash, zsh or fish,
// written from the command line itself (the .deb installs each where its
// shell looks).
#include <map>
#include <memory>

#include "cli.h"
#include "command_line.h"
#include "commands.h"
#include "completion.h"
#include "help_language.h"
#include "option_values.h"

namespace cityseceval::cli {

Runner setup_completion(CLI::App& app) {
  struct Options {
    std::string shell;
    std::string language;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command = app.add_subcommand(
      "completion", said("输出 bash、zsh 或 fish 的 Tab 补全脚本", "Print the shell completion script for bash, zsh or fish"));
  command->footer(said(R"(示例：
  source <(cityseceval completion bash)
  cityseceval completion zsh > "${fpath[1]}/_cityseceval"
  cityseceval completion fish > ~/.config/fish/completions/cityseceval.fish

安装 .deb 后各脚本已在各 shell 的默认位置。退出码：0 成功，1 输出无法写入，2 用法错误。)",
                       R"(Examples:
  source <(cityseceval completion bash)
  cityseceval completion zsh > "${fpath[1]}/_cityseceval"
  cityseceval completion fish > ~/.config/fish/completions/cityseceval.fish

The .deb installs each script where its shell looks. Exit codes: 0 ok, 1 the
output cannot be written, 2 usage error.)"));
  one_of(command->add_option("shell", options->shell, said("bash、zsh 或 fish", "bash, zsh or fish"))
             ->required()
             ->type_name("SHELL"),
         {"bash", "zsh", "fish"});
  // The descriptions in the script are --help's, in the run's language.
  add_language_option(*command, options->language, said("脚本中说明文字的语言", "Language of the descriptions"));
  return [options, &app] {
    static const std::map<std::string, Shell> shells = {
        {"bash", Shell::bash}, {"zsh", Shell::zsh}, {"fish", Shell::fish}};
    return write_output("", render_completion(describe(app), shells.at(options->shell))) ? exit_ok : exit_invalid_input;
  };
}

}  // namespace cityseceval::cli
