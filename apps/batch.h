// Many assessments in one run (score, rank, trend): the files the command line
// names, directories expanded; each file read, loaded and scored on its own,
// so one broken file never stops the others; optionally on several threads,
// with the results handed back in input order and only a few in memory at once.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cityseceval/diagnostic.h"
#include "cityseceval/input.h"
#include "cityseceval/score.h"
#include "cityseceval/summary.h"

namespace cityseceval::cli {

// One input path after expanding the command line.
struct InputPath {
  std::string path;
  bool from_directory = false;  // found by scanning a directory the user named
};

// The command line's paths, each directory replaced by the *.yaml, *.yml and
// *.csv files under it, recursively, sorted by path (byte order), so a run
// is the same on every machine; entries whose names start with '.' are not
// entered. A directory with no such file, or one that cannot be read, is
// reported in `diagnostics` at DIR:1:1. "-" and files are kept as given.
std::vector<InputPath> expand_inputs(const std::vector<std::string>& paths, Diagnostics& diagnostics);

// --jobs N: a whole number from 1 to 256; empty gives the number of
// processors this process may run on. nullopt after printing why not.
std::optional<unsigned> parse_jobs(const std::string& text);

// One input of a batch, as it comes back to the caller.
struct BatchEntry {
  std::string name;         // as shown: "<stdin>" for "-"
  std::string text;         // the file's text, kept only when there are diagnostics to quote it
  Diagnostics diagnostics;  // everything found; errors mean it was not scored
  bool skipped = false;     // found in a directory but not an assessment (a tree, plan, profile)
  std::optional<LoadedAssessment> loaded;  // kept: the result points into it
  std::optional<ScoreResult> result;       // set when it scored
  // What `prepare` made of it, on the worker thread, which may then drop
  // `loaded` and `result` to keep the batch small.
  std::string rendered;
  std::optional<ResultSummary> summary;  // set when it scored

  bool failed() const { return !skipped && !summary; }
};

struct BatchOptions {
  SchemeChoice scheme;
  ReadOptions read;
  unsigned jobs = 1;  // threads scoring (parse_jobs)
  // The indicators each summary keeps (ResultSummary::indicators): those of
  // `summary_levels` in the entry's own scheme (1: the dimensions), level by
  // level, then these IDs.
  std::vector<int> summary_levels;
  std::vector<std::string> summary_ids;
  // Runs on the thread that scored the entry, after its summary is made and
  // before it is handed back: where the expensive rendering goes, so it runs
  // in parallel too.
  std::function<void(BatchEntry&)> prepare;
};

// Reads, loads and scores each input, then calls `each` with it on the
// calling thread, in input order; `each` returning false stops the batch
// (false is returned then). With jobs > 1, worker threads score ahead of the
// caller by at most a few entries per thread, so memory stays bounded however
// many files there are.
bool score_batch(const std::vector<InputPath>& inputs, const BatchOptions& options, SchemeCache& schemes,
                 const std::function<bool(BatchEntry&)>& each);

// An entry's diagnostics on stderr, quoting its lines; its text is then let go.
void report_problems(const BatchEntry& entry);

struct CollectedSummaries {
  std::vector<ResultSummary> summaries;  // of the files scored, in input order
  bool failed = false;                   // some file (or directory) could not be scored: exit 1
};

// Scores every file of `paths` (directories expanded) and keeps each one's
// summary, for commands that need them all before writing (rank, trend).
// Problems are printed to stderr as they come, in input order.
CollectedSummaries collect_summaries(const std::vector<std::string>& paths, BatchOptions options,
                                     SchemeCache& schemes);

}  // namespace cityseceval::cli
