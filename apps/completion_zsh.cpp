// The zsh completion script: the autoload file _cityseceval (#compdef), one
// _arguments call per command with each option's description from --help,
// and _files -g for the files each option and positional reads (the
// extension in any case: .YAML too).
#include <fmt/format.h>

#include "completion.h"

namespace cityseceval::cli {

namespace {

using completion::names_of;
using completion::single_quoted;
using completion::one_line;
using completion::takes_value;

// `text` with a backslash before each of `special`.
std::string escaped(std::string_view text, std::string_view special) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || special.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// A word in an _arguments action list "(a b c)".
std::string listed_word(std::string_view word) { return escaped(word, " ()'\"`$:;&|<>*?[]{}#~"); }

// The action that completes a value: its words, files of its kind, or a
// bare message (a number, an id: nothing to offer).
std::string value_action(const OptionValues& values) {
  if (!values.words.empty()) {
    std::string words;
    for (const std::string& word : values.words) words += (words.empty() ? "" : " ") + listed_word(word);
    return "(" + words + ")";
  }
  if (values.files) {
    const std::vector<std::string>& extensions = values.files->extensions;
    if (extensions.empty()) return "_files";
    std::string alternatives;
    for (const std::string& extension : extensions) alternatives += (alternatives.empty() ? "" : "|") + extension;
    return "_files -g \"*.(#i)(" + alternatives + ")(-.)\"";
  }
  return " ";
}

// ":MESSAGE:ACTION" after an option or a positional number.
std::string argument(const OptionUsage& option) {
  std::string message = option.value_name.empty() ? option.positional : option.value_name;
  return ":" + escaped(message, ":") + ":" + value_action(option.values);
}

// One _arguments spec per name of the option: "(-o --output)-o+[help]:FILE:_files".
std::vector<std::string> option_specs(const OptionUsage& option) {
  std::vector<std::string> names = names_of(option);
  std::string exclusions;
  if (!option.repeatable) {
    for (const std::string& name : names) exclusions += (exclusions.empty() ? "" : " ") + name;
    exclusions = "(" + exclusions + ")";
  }
  std::string repeat = option.repeatable ? "*" : "";
  std::string help = "[" + escaped(one_line(option.help), "[]") + "]";
  std::vector<std::string> specs;
  for (const std::string& name : names) {
    std::string value_form = !takes_value(option) ? "" : name.size() == 2 ? "+" : "=";
    specs.push_back(exclusions + repeat + name + value_form + help + (takes_value(option) ? argument(option) : ""));
  }
  return specs;
}

// `positional` as "N:MESSAGE:ACTION" (or "*:..." for the last when it repeats),
// "N::..." when it may be left out.
std::string positional_spec(const OptionUsage& positional, std::size_t index, bool last) {
  std::string position = positional.repeatable && last ? "*" : std::to_string(index + 1);
  return position + (positional.required || position == "*" ? "" : ":") + argument(positional);
}

std::string arguments_call(const CommandUsage& command, std::string_view flags) {
  std::string call = fmt::format("  _arguments {}", flags);
  for (const OptionUsage& option : command.options) {
    for (const std::string& spec : option_specs(option)) call += " \\\n    " + single_quoted(spec);
  }
  for (std::size_t i = 0; i < command.positionals.size(); ++i) {
    call += " \\\n    " + single_quoted(positional_spec(command.positionals[i], i, i + 1 == command.positionals.size()));
  }
  return call;
}

std::string command_functions(const CommandLineUsage& usage) {
  std::string functions;
  for (const CommandUsage& command : usage.commands) {
    functions += fmt::format("\n_cityseceval_{}() {{\n{}\n}}\n", command.name, arguments_call(command, "-S"));
  }
  return functions;
}

std::string command_list(const CommandLineUsage& usage) {
  std::string list;
  for (const CommandUsage& command : usage.commands) {
    list += "\n      " + single_quoted(escaped(command.name, ":") + ":" + one_line(command.help));
  }
  return list;
}

std::string command_cases(const CommandLineUsage& usage) {
  std::string cases;
  for (const CommandUsage& command : usage.commands) {
    cases += fmt::format("        ({0}) _cityseceval_{0} && ret=0 ;;\n", command.name);
  }
  return cases;
}

constexpr const char* script = R"({}
_cityseceval() {{
  local curcontext=$curcontext state state_descr line ret=1
  typeset -A opt_args
{} \
    '1: :->command' \
    '*:: :->argument' && return 0
  case $state in
    (command)
      local -a commands=({}
      )
      _describe -t commands cityseceval commands && ret=0
      ;;
    (argument)
      curcontext=${{curcontext%:*:*}}:cityseceval-$words[1]:
      case $words[1] in
{}      esac
      ;;
  esac
  return ret
}}

# Autoloaded from $fpath: complete now. Sourced (after compinit): register.
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _cityseceval "$@"
else
  compdef _cityseceval cityseceval
fi
)";

}  // namespace

std::string zsh_completion(const CommandLineUsage& usage) {
  return "#compdef cityseceval\n" + completion::script_header("zsh") +
         fmt::format(script, command_functions(usage), arguments_call(usage.top, "-C"), command_list(usage),
                     command_cases(usage));
}

}  // namespace cityseceval::cli
