// What rank and trend share: they score many files (directories too), keep
// a summary of each, and write one table or one JSON document at the end.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "batch.h"
#include "cityseceval/render_table.h"

namespace cityseceval::cli {

struct SummaryCommandOptions {
  std::vector<std::string> files;
  SchemeChoice scheme;
  ReadOptions read;  // --lenient, --require-evidence
  std::string jobs;
  std::string format = "text";
  std::string language;
  std::string output;
  bool bom = false;
};

// FILE..., --scheme/--tree/--weights, --lenient, --jobs, --format
// text|csv|tsv|markdown|json (and xlsx when `offers_workbook`), --lang, -o, --bom.
void add_summary_options(CLI::App& command, SummaryCommandOptions& options, bool offers_workbook);

// The summaries of every file that scored, with the level-1 indicators
// (and `extra_ids`) kept, and the dimensions they share.
struct Summaries {
  std::unique_ptr<SchemeCache> cache;  // owns the schemes the summaries point to
  CollectedSummaries collected;
  std::vector<std::string> dimensions;  // shared by every scheme scored
  std::vector<std::string> schemes;     // the distinct schemes, "id version"
};

// Checks the options and scores the files; nullopt with `exit_code` set
// after printing why nothing can be scored.
std::optional<Summaries> summarize_files(const SummaryCommandOptions& options,
                                         const std::vector<std::string>& extra_ids, int& exit_code);

// Writes the report (a table in the chosen format, or `json`) and returns
// the exit code: 1 when a file could not be scored (the report of the
// others is still written), else 0.
int write_summary_report(const SummaryCommandOptions& options, bool failed, const std::string& table_or_json);

}  // namespace cityseceval::cli
