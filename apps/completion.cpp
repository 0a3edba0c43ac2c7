#include "completion.h"

#include <fmt/format.h>

namespace cityseceval::cli {

std::string render_completion(const CommandLineUsage& usage, Shell shell) {
  switch (shell) {
    case Shell::bash:
      return bash_completion(usage);
    case Shell::zsh:
      return zsh_completion(usage);
    case Shell::fish:
      return fish_completion(usage);
  }
  return {};
}

namespace completion {

std::string one_line(std::string_view help) {
  std::string line;
  for (char c : help) {
    bool space = c == '\n' || c == '\t' || c == ' ';
    if (space && (line.empty() || line.back() == ' ')) continue;
    line += space ? ' ' : c;
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line;
}

std::string single_quoted(std::string_view text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

bool takes_value(const OptionUsage& option) { return !option.value_name.empty(); }

std::vector<std::string> names_of(const OptionUsage& option) {
  std::vector<std::string> names;
  for (const std::string& name : option.short_names) names.push_back("-" + name);
  for (const std::string& name : option.long_names) names.push_back("--" + name);
  return names;
}

std::string script_header(std::string_view shell) {
  return fmt::format(
      "# {} completion for cityseceval, written by `cityseceval completion {}` from the\n"
      "# command line's own description: regenerate it rather than edit it.\n",
      shell, shell);
}

}  // namespace completion

}  // namespace cityseceval::cli
