// Shell completion scripts, written from the command line's own description
// (command_line.h): subcommands, their options, the values each option takes
// (formats, languages, scheme ids, grade ids) and the files each reads.
#pragma once

#include <string>

#include "command_line.h"

namespace cityseceval::cli {

enum class Shell { bash, zsh, fish };

std::string render_completion(const CommandLineUsage& usage, Shell shell);

}  // namespace cityseceval::cli
