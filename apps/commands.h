// The subcommand table: each subcommand is a pair of functions in its own
// file, setup_X() declaring its options on the CLI11 app and run_X() doing the
// work once the command line has parsed. main.cpp only wires them together.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string_view>

#include <CLI/CLI.hpp>

#include "cityseceval/assessment.h"
#include "cityseceval/input.h"

namespace cityseceval::cli {

// Declares the subcommand and returns the function that runs it.
using Runner = std::function<int()>;

// --scheme ID and --tree FILE, the same on every command that takes a scheme
// (only one of them may be given), with each command's own help text.
void add_scheme_options(CLI::App& command, SchemeChoice& choice, const std::string& scheme_help,
                        const std::string& tree_help);

// --lang zh|en, the same on every command: the language of messages and
// reports (empty when not given: use_language() then decides).
void add_language_option(CLI::App& command, std::string& language, const std::string& help);

// --format text|json|markdown (default: `format` as it is), --lang and -o
// FILE, the same on the reports about a few assessments (compare, gaps).
void add_report_options(CLI::App& command, std::string& format, std::string& language, std::string& output);

// -o FILE, --output FILE: where a command writes instead of standard output.
void add_output_option(CLI::App& command, std::string& output);

// --lenient on the commands that read assessments: records outside an
// assessment's scope become warnings and are not counted.
void add_lenient_flag(CLI::App& command, ReadOptions& read);

// --max-file-size SIZE on every command that reads inputs (add_scheme_options
// adds it, and `tailor`): the largest input file of the run, in bytes or with
// a K, M or G suffix for KiB, MiB or GiB (limits.h; default 8M).
void add_max_file_size_option(CLI::App& command);

// --max-files N on the commands that expand directories (score, check, rank,
// trend): the most assessment files one directory may give, and ten times as
// many entries visited (limits.h; default 10000).
void add_max_files_option(CLI::App& command);

// Sets the run's limits (set_input_limits) from --max-file-size and
// --max-files when given: main.cpp calls it once the command line has parsed,
// before the command runs. False after printing the usage error.
bool apply_limit_options();

// "8388608", "512K", "20M", "1G" (either case): bytes, KiB, MiB, GiB; 1 or
// more. nullopt for anything else, or a size that does not fit.
std::optional<std::size_t> parse_size(std::string_view text);

// --require-evidence on the commands that read assessments: every rating or
// fact that claims points must name its evidence, or it is a missing-evidence
// diagnostic of `severity`: a warning for `check`, an error (the file is not
// scored) for the commands that score.
void add_require_evidence_flag(CLI::App& command, ReadOptions& read, Severity severity);

// Writes `scheme` as a tree file (render_tree.h) to `output`, for `tailor`
// and `tree`; a points-sum scheme cannot be written. Returns the exit code.
int write_tree(const Scheme& scheme, PointsForm form, const std::string& output);

Runner setup_score(CLI::App& app);      // score_command.cpp
Runner setup_check(CLI::App& app);      // check_command.cpp
Runner setup_template(CLI::App& app);   // template_command.cpp
Runner setup_schema(CLI::App& app);     // schema_command.cpp
Runner setup_docs(CLI::App& app);       // docs_command.cpp
Runner setup_schemes(CLI::App& app);    // schemes_command.cpp
Runner setup_tailor(CLI::App& app);     // tailor_command.cpp
Runner setup_tree(CLI::App& app);       // tree_command.cpp
Runner setup_compare(CLI::App& app);    // compare_command.cpp
Runner setup_gaps(CLI::App& app);       // gaps_command.cpp
Runner setup_rank(CLI::App& app);       // rank_command.cpp
Runner setup_trend(CLI::App& app);      // trend_command.cpp
Runner setup_report(CLI::App& app);     // report_command.cpp
Runner setup_explain(CLI::App& app);    // explain_command.cpp
Runner setup_manpage(CLI::App& app);    // manpage_command.cpp
Runner setup_completion(CLI::App& app); // completion_command.cpp

}  // namespace cityseceval::cli
