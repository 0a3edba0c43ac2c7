// The command line's own words (each subcommand's description, each option's
// help, each footer, and CLI11's labels) in the run's language. --help is
// printed while the command line is parsed, so the language is chosen from
// the raw arguments before the app is built; every declaration then says its
// words in both languages with said().
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace cityseceval::cli {

// Chooses the run's language from `--lang X` or `--lang=X` anywhere among the
// arguments, else CITYSECEVAL_LANG, else Chinese (use_language in cli.h).
void use_language_of_arguments(int argc, char** argv);

// `zh` or `en`, whichever the run speaks. A Chinese text is written in
// simplified characters; zh-Hant is made when printed (in_run_script).
std::string said(const char* zh, const char* en);

// CLI11's words (Usage, Options, Positionals, REQUIRED, Excludes, the --help
// flag's help) in the run's language. Call it before any subcommand is added:
// a subcommand copies its parent's formatter, option defaults and help flag.
void use_cli11_words(CLI::App& app);

// The heading the program's --help lists its subcommands under, and each
// subcommand's --help flag in the options' group (a subcommand copies the
// flag before the option defaults); call it once every subcommand is added.
void finish_cli11_words(CLI::App& app);

// The text CLI11 prints for --help, --version or a parse error, written to
// stdout or stderr in the run's script, and the exit code CLI11 gives it.
int print_cli11_exit(const CLI::App& app, const CLI::ParseError& error);

}  // namespace cityseceval::cli
