// The command line described: every subcommand with its options and
// positionals, their help and the values they take, read from the CLI11 app
// that parses it. The man page and the shell completions are written from
// this, so they say what --help says and what the parser accepts.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "option_values.h"

namespace cityseceval::cli {

struct OptionUsage {
  std::vector<std::string> short_names;  // "o" for -o
  std::vector<std::string> long_names;   // "output" for --output
  std::string positional;                // "files" for a positional; empty for an option
  std::string value_name;                // "FILE"; empty for a flag
  std::string help;                      // the --help text, in the run's language
  std::string default_value;             // shown in --help as [default]; may be empty
  bool required = false;
  bool repeatable = false;  // a positional or option that takes many values
  OptionValues values;
};

struct CommandUsage {
  std::string name;    // "score"; empty for the program itself
  std::string help;    // the one-line description --help gives
  std::string footer;  // the examples and notes under the options
  std::vector<OptionUsage> options;      // in --help's order, --help first
  std::vector<OptionUsage> positionals;  // in order
};

struct CommandLineUsage {
  std::string program;                  // "cityseceval"
  CommandUsage top;                     // --help, --version; the program's description and footer
  std::vector<CommandUsage> commands;   // in --help's order
};

// Reads `app` once every subcommand is declared (hidden ones are left out).
CommandLineUsage describe(const CLI::App& app);

}  // namespace cityseceval::cli
