// What every subcommand shares: exit codes, printing diagnostics, writing output.
// The CLI is thin: it parses options, calls the library, and decides what is
// printed where and which exit code follows.
#pragma once

#include <string>

#include "cityseceval/diagnostic.h"

namespace cityseceval::cli {

// Exit codes, the same for every subcommand (README, --help).
enum ExitCode : int {
  exit_ok = 0,
  exit_invalid_input = 1,  // unreadable or invalid input, or check errors
  exit_usage = 2,          // unknown option, missing argument, bad option value
  exit_below_gate = 3,     // a result below a requested gate
};

// Prints every diagnostic to stderr in file and line order: the first line
// FILE:LINE:COL: ..., then the source line with a caret when the file's text
// can be found, and a closing line when some were dropped past the limit.
void print_diagnostics(Diagnostics diagnostics);

// Remembers the text of an input so print_diagnostics can quote it.
void remember_source(const std::string& file, const std::string& text);

// "cityseceval: error: MESSAGE" on stderr, for problems that are not about a
// place in a file (an output that cannot be written).
void print_error(const std::string& message);

// Writes `text` to stdout, or to `path` atomically: a temporary file in the
// same directory, flushed, then renamed over `path`, so readers never see a
// half-written file and a failure leaves any old file untouched. Returns false
// after printing why when it could not.
bool write_output(const std::string& path, const std::string& text);

// Whether `output` names the same file as `input` (which must not be overwritten).
bool same_file(const std::string& output, const std::string& input);

// Colour policy: "always", "never", or "auto" (stdout is a terminal, NO_COLOR
// is unset or empty, TERM is not "dumb", and output goes to stdout).
bool use_color(const std::string& policy, bool writing_to_file);

}  // namespace cityseceval::cli
