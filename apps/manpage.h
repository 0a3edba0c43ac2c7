// The man page cityseceval(1), in roff (man(7) macros), written from the
// command line's own description (command_line.h): every subcommand and
// option with the words --help gives them, the exit codes, the files and the
// environment.
#pragma once

#include <string>

#include "cityseceval/language.h"
#include "command_line.h"

namespace cityseceval::cli {

std::string render_manpage(const CommandLineUsage& usage, Language language);

}  // namespace cityseceval::cli
