#include "completion.h"

#include <fmt/format.h>

namespace cityseceval::cli {

namespace {

std::string joined(const std::vector<std::string>& words, std::string_view prefix = "") {
  std::string text;
  for (const std::string& word : words) text += (text.empty() ? "" : " ") + std::string(prefix) + word;
  return text;
}

std::string option_words(const CommandUsage& command) {
  std::vector<std::string> names;
  for (const OptionUsage& option : command.options) {
    for (const std::string& name : option.short_names) names.push_back("-" + name);
    for (const std::string& name : option.long_names) names.push_back("--" + name);
  }
  return joined(names);
}

std::string bash_script(const CommandLineUsage& usage) {
  std::vector<std::string> names;
  for (const CommandUsage& command : usage.commands) names.push_back(command.name);
  std::string cases;
  for (const CommandUsage& command : usage.commands) {
    cases += fmt::format("    {}) options='{}' ;;\n", command.name, option_words(command));
  }
  return fmt::format(R"(# bash completion for cityseceval
_cityseceval() {{
  local cur=${{COMP_WORDS[COMP_CWORD]}} command=${{COMP_WORDS[1]}} options
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W '{} {}' -- "$cur"))
    return
  fi
  case $command in
{}  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}}
complete -o filenames -F _cityseceval cityseceval
)",
                     joined(names), option_words(usage.top), cases);
}

}  // namespace

std::string render_completion(const CommandLineUsage& usage, Shell shell) {
  switch (shell) {
    case Shell::bash:
    case Shell::zsh:
    case Shell::fish:
      break;
  }
  return bash_script(usage);
}

}  // namespace cityseceval::cli
