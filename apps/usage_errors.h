// A command-line error as the run's language says it. CLI11 words its errors
// in English only; the shapes CLI11 2.1 gives them are recognised here and
// said in Chinese too (an unknown shape keeps CLI11's words after a Chinese
// lead). The English is CLI11's own, unchanged: scripts may match it.
#pragma once

#include <CLI/CLI.hpp>

#include "cityseceval/language.h"

namespace cityseceval::cli {

// The error's line: CLI11's what() in English.
Text usage_error_text(const CLI::ParseError& error);

// The line under it: "Run with --help for more information." in English.
Text usage_error_hint();

}  // namespace cityseceval::cli
