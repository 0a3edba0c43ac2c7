// cityseceval completion SHELL: the completion script for bash, zsh or fish,
// written from the command line itself (the .deb installs each where its
// shell looks).
#include <map>
#include <memory>

#include "cli.h"
#include "command_line.h"
#include "commands.h"
#include "completion.h"
#include "option_values.h"

namespace cityseceval::cli {

Runner setup_completion(CLI::App& app) {
  struct Options {
    std::string shell;
    std::string language;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command = app.add_subcommand("completion", "Print the shell completion script for bash, zsh or fish");
  command->footer(R"(Examples:
  source <(cityseceval completion bash)
  cityseceval completion zsh > "${fpath[1]}/_cityseceval"
  cityseceval completion fish > ~/.config/fish/completions/cityseceval.fish

Exit codes: 0 ok, 2 usage error.)");
  one_of(command->add_option("shell", options->shell, "bash, zsh or fish")->required()->type_name("SHELL"),
         {"bash", "zsh", "fish"});
  // The descriptions in the script are --help's, in the run's language.
  add_language_option(*command, options->language, "Language of the descriptions");
  return [options, &app] {
    static const std::map<std::string, Shell> shells = {
        {"bash", Shell::bash}, {"zsh", Shell::zsh}, {"fish", Shell::fish}};
    return write_output("", render_completion(describe(app), shells.at(options->shell))) ? exit_ok : exit_invalid_input;
  };
}

}  // namespace cityseceval::cli
