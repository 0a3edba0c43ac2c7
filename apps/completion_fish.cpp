// The fish completion script: `complete -c cityseceval` lines, each option
// with its description from --help, shown only after its subcommand
// (__fish_seen_subcommand_from) and only until it is given, unless it repeats.
#include <fmt/format.h>

#include "completion.h"

namespace cityseceval::cli {

namespace {

using completion::names_of;
using completion::one_line;
using completion::takes_value;

// `text` in fish's single quotes, where only \ and ' are special.
std::string fish_quoted(std::string_view text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\\' || c == '\'') out += '\\';
    out += c;
  }
  return out + "'";
}

// A word as one fish token: a backslash before whatever fish would read.
std::string token(std::string_view word) {
  std::string out;
  for (char c : word) {
    if (std::string_view(" \t'\"\\$*?~#()[]{}<>&|;").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// What follows an option or a positional: its words, files of its kind, or
// nothing (-x: a value, but no file would be right).
std::string value_flags(const OptionValues& values) {
  if (!values.words.empty()) {
    std::string words;
    for (const std::string& word : values.words) words += (words.empty() ? "" : " ") + token(word);
    return " -x -a " + fish_quoted(words);
  }
  if (values.files) {
    std::string extensions;
    for (const std::string& extension : values.files->extensions) extensions += " " + token(extension);
    return " -x -a " + fish_quoted("(__cityseceval_files" + extensions + ")");
  }
  return " -x";
}

std::string option_line(const std::string& condition, const OptionUsage& option) {
  std::string names;
  std::string given_names;
  for (const std::string& name : option.short_names) names += " -s " + token(name);
  for (const std::string& name : option.long_names) names += " -l " + token(name);
  for (const std::string& name : names_of(option)) given_names += " " + name;
  std::string unused = option.repeatable ? "" : "; and __cityseceval_unused " + std::string(takes_value(option) ? "value" : "flag") + given_names;
  std::string values = takes_value(option) ? value_flags(option.values) : "";
  return fmt::format("complete -c cityseceval -n {}{}{} -d {}\n", fish_quoted(condition + unused), names, values,
                     fish_quoted(one_line(option.help)));
}

// The names of the command's options that take a value: the word after one
// is its value, not a positional.
std::string value_option_names(const CommandUsage& command) {
  std::string names;
  for (const OptionUsage& option : command.options) {
    if (!takes_value(option)) continue;
    for (const std::string& name : names_of(option)) names += " " + name;
  }
  return names;
}

std::string command_lines(const CommandUsage& command) {
  std::string condition = "__fish_seen_subcommand_from " + command.name;
  std::string lines = "\n# " + command.name + "\n";
  for (const OptionUsage& option : command.options) lines += option_line(condition, option);
  // Positional N only where the N-th positional is being typed (the last,
  // when it repeats, from there on), so `explain FILE <Tab>` offers no file
  // for the ID.
  for (std::size_t i = 0; i < command.positionals.size(); ++i) {
    const OptionUsage& positional = command.positionals[i];
    if (positional.values.words.empty() && !positional.values.files) continue;
    bool rest = positional.repeatable && i + 1 == command.positionals.size();
    std::string at = fmt::format("; and __cityseceval_positional {} {}{}", i, rest ? "rest" : "one",
                                 value_option_names(command));
    lines += fmt::format("complete -c cityseceval -n {}{} -d {}\n", fish_quoted(condition + at),
                         value_flags(positional.values).replace(0, 3, " -f"), fish_quoted(one_line(positional.help)));
  }
  return lines;
}

constexpr const char* functions = R"(
# No file unless a command reads one.
complete -c cityseceval -f

# Directories (to descend into) and the files whose extension, in any case,
# is one of those given (any file when none is).
function __cityseceval_files
    set -l token (commandline -ct)
    for file in (complete -C "__fish_command_without_completions $token")
        set -l name (string split -m 1 \t -- $file)[1]
        if string match -q -- '*/' $name; or not set -q argv[1]
            echo $name
        else if set -l extension (string match -r -- '\.([^./]+)$' $name)
            contains -- (string lower -- $extension[2]) $argv; and echo $name
        end
    end
end

# True unless one of the option names given is on the command line already
# (for an option that takes a value, except just before the cursor: its value
# is being completed).
function __cityseceval_unused
    set -l kind $argv[1]
    set -l names $argv[2..-1]
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l count (count $tokens)
    for i in (seq $count)
        set -l name (string replace -r -- '=.*' '' $tokens[$i])
        string match -q -- '--*' $name; or set name (string sub -l 2 -- $name)
        test $tokens[$i] = --; and return 0
        if contains -- $name $names
            test $kind = value -a $i -eq $count -a $tokens[$i] = $name; or return 1
        end
    end
    return 0
end

# True when the word being completed is positional $argv[1] (from 0) of the
# command, or any from it on with "rest"; the other arguments name the
# command's options that take a value (the word after one is that value).
function __cityseceval_positional
    set -l index $argv[1]
    set -l mode $argv[2]
    set -l takes $argv[3..-1]
    set -l tokens (commandline -opc)
    set -l count 0
    set -l value 0
    set -l ended 0
    for token in $tokens[3..-1]
        if test $value = 1
            set value 0
        else if test $ended = 0 -a "$token" = --
            set ended 1
        else if test $ended = 0; and string match -q -- '-?*' $token
            contains -- $token $takes; and set value 1
        else
            set count (math $count + 1)
        end
    end
    test $value = 1; and return 1
    if test $mode = rest
        test $count -ge $index
    else
        test $count -eq $index
    end
end
)";

}  // namespace

std::string fish_completion(const CommandLineUsage& usage) {
  std::string script = completion::script_header("fish") + functions + "\n# The commands\n";
  for (const CommandUsage& command : usage.commands) {
    script += fmt::format("complete -c cityseceval -n __fish_use_subcommand -a {} -d {}\n", token(command.name),
                          fish_quoted(one_line(command.help)));
  }
  for (const OptionUsage& option : usage.top.options) script += option_line("__fish_use_subcommand", option);
  for (const CommandUsage& command : usage.commands) script += command_lines(command);
  return script;
}

}  // namespace cityseceval::cli
