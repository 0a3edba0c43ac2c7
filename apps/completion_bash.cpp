// The bash completion script. It needs bash alone, not the bash-completion
// package: it reads COMP_WORDS itself (joining what bash split at '=', so
// --lang=zh is one word), offers words with a prefix match and files with
// compgen -f, filtering extensions itself so that .YAML counts as .yaml.
#include <fmt/format.h>

#include "completion.h"

namespace cityseceval::cli {

namespace {

using completion::names_of;
using completion::single_quoted;
using completion::takes_value;

std::string quoted_words(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) out += " " + single_quoted(word);
  return out;
}

// What completes a value: its words, the files of its kind, or nothing (a
// number, an id, a list: no file would be right).
std::string value_action(const OptionValues& values) {
  if (!values.words.empty()) return "_cityseceval_words" + quoted_words(values.words);
  if (values.files) return "_cityseceval_files" + quoted_words(values.files->extensions);
  return ":";
}

// One entry per option: its names, '|', and whether it is a flag, takes a
// value, or takes values (may be given again).
std::string option_entries(const CommandUsage& command) {
  std::vector<std::string> entries;
  for (const OptionUsage& option : command.options) {
    std::string names;
    for (const std::string& name : names_of(option)) names += (names.empty() ? "" : " ") + name;
    std::string kind = !takes_value(option) ? "flag" : option.repeatable ? "values" : "value";
    entries.push_back(names + "|" + kind);
  }
  return quoted_words(entries);
}

std::string options_cases(const CommandLineUsage& usage) {
  std::string cases = fmt::format("    '') _cityseceval_opts=({}) ;;\n", option_entries(usage.top).substr(1));
  for (const CommandUsage& command : usage.commands) {
    cases += fmt::format("    {}) _cityseceval_opts=({}) ;;\n", single_quoted(command.name), option_entries(command).substr(1));
  }
  return cases;
}

std::string option_value_cases(const CommandLineUsage& usage) {
  std::string cases;
  for (const CommandUsage& command : usage.commands) {
    for (const OptionUsage& option : command.options) {
      // A value with nothing to offer needs no case: none completes nothing.
      if (!takes_value(option) || (option.values.words.empty() && !option.values.files)) continue;
      std::string patterns;
      for (const std::string& name : names_of(option)) {
        patterns += (patterns.empty() ? "" : "|") + single_quoted(command.name + " " + name);
      }
      cases += fmt::format("    {}) {} ;;\n", patterns, value_action(option.values));
    }
  }
  return cases;
}

// Positional N (from 0) of a command; the last one, when it repeats, takes
// every later word too.
std::string positional_cases(const CommandLineUsage& usage) {
  std::string cases;
  for (const CommandUsage& command : usage.commands) {
    for (std::size_t i = 0; i < command.positionals.size(); ++i) {
      const OptionUsage& positional = command.positionals[i];
      bool rest = positional.repeatable && i + 1 == command.positionals.size();
      std::string pattern = single_quoted(command.name + " " + (rest ? "" : std::to_string(i))) + (rest ? "*" : "");
      cases += fmt::format("    {}) {} ;;\n", pattern, value_action(positional.values));
    }
  }
  return cases;
}

std::string command_names(const CommandLineUsage& usage) {
  std::vector<std::string> names;
  for (const CommandUsage& command : usage.commands) names.push_back(command.name);
  return quoted_words(names);
}

constexpr const char* script = R"(
# The options of a command ('' for the program's own): each entry is its
# names, '|', and flag, value (takes one) or values (takes one, may repeat).
_cityseceval_options() {{
  case $1 in
{}    *) return 1 ;;
  esac
}}

# Completes the value of option $2 of command $1.
_cityseceval_option_values() {{
  case "$1 $2" in
{}  esac
}}

# Completes positional $2 (from 0) of command $1; 1 when it has none.
_cityseceval_positional_values() {{
  case "$1 $2" in
{}    *) return 1 ;;
  esac
}}

# Offers the words given that start with the word completed.
_cityseceval_words() {{
  local word
  for word; do
    [[ $word == "$_cityseceval_cur"* ]] && COMPREPLY+=("$word")
  done
}}

# Offers directories (with a '/', to descend into) and the files whose
# extension, in any case, is one of those given (any file when none is).
_cityseceval_files() {{
  local file extension wanted
  _cityseceval_dequote "$_cityseceval_cur"
  compopt -o filenames 2>/dev/null
  while IFS= read -r file; do
    if [[ -d $file ]]; then
      COMPREPLY+=("${{file%/}}/")
    elif (($# == 0)); then
      COMPREPLY+=("$file")
    elif [[ $file == *.* ]]; then
      extension=${{file##*.}}
      for wanted; do
        if [[ ${{extension,,}} == "$wanted" ]]; then
          COMPREPLY+=("$file")
          break
        fi
      done
    fi
  done < <(compgen -f -- "$REPLY")
}}

# Sets REPLY to word $1 as the shell will read it: quotes and backslashes
# removed, so a name with spaces being typed still matches its file.
_cityseceval_dequote() {{
  local word=$1 quote= char i
  REPLY=
  for ((i = 0; i < ${{#word}}; i++)); do
    char=${{word:i:1}}
    if [[ $quote ]]; then
      [[ $char == "$quote" ]] && quote= || REPLY+=$char
    elif [[ $char == [\'\"] ]]; then
      quote=$char
    elif [[ $char == \\ ]]; then
      ((i++))
      REPLY+=${{word:i:1}}
    else
      REPLY+=$char
    fi
  done
}}

# Sets _cityseceval_kind to the kind of option $1 (flag, value, values) of
# the options read last; 1 when there is no such option.
_cityseceval_kind_of() {{
  local entry name
  for entry in "${{_cityseceval_opts[@]}}"; do
    for name in ${{entry%|*}}; do
      if [[ $name == "$1" ]]; then
        _cityseceval_kind=${{entry##*|}}
        return 0
      fi
    done
  done
  return 1
}}

# Offers the option names that start with the word completed, except those
# of an option already given that may not be given again.
_cityseceval_option_names() {{
  local entry name given
  for entry in "${{_cityseceval_opts[@]}}"; do
    if [[ ${{entry##*|}} != values ]]; then
      for name in ${{entry%|*}}; do
        for given in "$@"; do
          [[ $name == "$given" ]] && continue 3
        done
      done
    fi
    for name in ${{entry%|*}}; do
      [[ $name == "$_cityseceval_cur"* ]] && COMPREPLY+=("$name")
    done
  done
}}

_cityseceval() {{
  COMPREPLY=()
  # The words up to the cursor, with what bash split at '=' joined again.
  local -a words=() given=()
  local i word glue= cur command expects= ended= name positionals=0 prefix=
  for ((i = 0; i <= COMP_CWORD; i++)); do
    word=${{COMP_WORDS[i]}}
    if [[ $glue ]]; then
      words[-1]+=$word
      glue=
    elif [[ $word == = && ${{#words[@]}} -gt 1 && ${{words[-1]}} == --?* && ${{words[-1]}} != *=* ]]; then
      words[-1]+=$word
      glue=1
    else
      words+=("$word")
    fi
  done
  cur=${{words[-1]}}
  _cityseceval_cur=$cur
  if ((${{#words[@]}} <= 2)); then
    _cityseceval_options ''
    if [[ $cur == -* ]]; then
      _cityseceval_option_names
    else
      _cityseceval_words{}
    fi
    return 0
  fi
  command=${{words[1]}}
  _cityseceval_options "$command" || return 0
  # What the words before the cursor are: options (and their values), the
  # positionals, and '--', after which every word is a positional.
  for ((i = 2; i < ${{#words[@]}} - 1; i++)); do
    word=${{words[i]}}
    if [[ $expects ]]; then
      expects=
    elif [[ $ended || $word != -?* ]]; then
      ((positionals++))
    elif [[ $word == -- ]]; then
      ended=1
    else
      name=${{word%%=*}}
      [[ $name != --* ]] && name=${{word:0:2}}
      given+=("$name")
      if _cityseceval_kind_of "$name" && [[ $_cityseceval_kind != flag && $word == "$name" ]]; then
        expects=$name
      fi
    fi
  done
  if [[ $expects ]]; then
    _cityseceval_option_values "$command" "$expects"
  elif [[ ! $ended && $cur == --*=* ]]; then
    # The value after '='. Bash completes only that part when it split the
    # word at '=' (COMP_WORDBREAKS), else the whole word, option included.
    [[ ${{COMP_WORDS[COMP_CWORD]}} == --*=* ]] && prefix=${{cur%%=*}}=
    _cityseceval_cur=${{cur#*=}}
    _cityseceval_option_values "$command" "${{cur%%=*}}"
    [[ $prefix ]] && COMPREPLY=("${{COMPREPLY[@]/#/$prefix}}")
  elif [[ ! $ended && $cur == -* ]]; then
    _cityseceval_option_names "${{given[@]}}"
  elif ! _cityseceval_positional_values "$command" "$positionals" && [[ ! $ended ]]; then
    _cityseceval_option_names "${{given[@]}}"
  fi
  return 0
}}

complete -F _cityseceval cityseceval
)";

}  // namespace

std::string bash_completion(const CommandLineUsage& usage) {
  return completion::script_header("bash") + "# Needs bash alone (not the bash-completion package).\n" +
         fmt::format(script, options_cases(usage), option_value_cases(usage), positional_cases(usage),
                     command_names(usage));
}

}  // namespace cityseceval::cli
