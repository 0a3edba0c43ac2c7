// Shell completion scripts, written from the command line's own description
// (command_line.h): subcommands, their options, the values each option takes
// (formats, languages, scheme ids, grade ids) and the files each reads. No
// list of commands or options is kept here: a new option completes as soon
// as it is declared (with takes_file/offers/one_of for its values).
#pragma once

#include <string>
#include <string_view>

#include "command_line.h"

namespace cityseceval::cli {

enum class Shell { bash, zsh, fish };

// The whole script for `shell`: bash defines _cityseceval and registers it
// with `complete`; zsh is the autoload file _cityseceval (#compdef); fish is
// cityseceval.fish (`complete -c cityseceval` lines).
std::string render_completion(const CommandLineUsage& usage, Shell shell);

// The three writers, one file each (completion_bash.cpp, completion_zsh.cpp,
// completion_fish.cpp).
std::string bash_completion(const CommandLineUsage& usage);
std::string zsh_completion(const CommandLineUsage& usage);
std::string fish_completion(const CommandLineUsage& usage);

// What the writers share.
namespace completion {

// Help text as one line (a shell description never spans lines).
std::string one_line(std::string_view help);

// `text` in single quotes for bash or zsh: nothing inside is expanded.
std::string single_quoted(std::string_view text);

// True when the option is followed by a value (--format json); false for a flag.
bool takes_value(const OptionUsage& option);

// "-o", "--output": every name of the option, as typed.
std::vector<std::string> names_of(const OptionUsage& option);

// The script's first comment lines, after `comment_start` ("#compdef
// cityseceval" for zsh): what wrote it and that it is not to be edited.
std::string script_header(std::string_view shell);

}  // namespace completion

}  // namespace cityseceval::cli
