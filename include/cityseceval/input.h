// Reading any input file the way every subcommand does: telling trees,
// plans and assessments apart, YAML from CSV, and choosing the scheme an
// assessment (or a plan) is scored against. `score` and `check` share this, so they accept and refuse exactly
// the same files with exactly the same messages.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "cityseceval/assessment.h"
#include "cityseceval/diagnostic.h"
#include "cityseceval/messages.h"
#include "cityseceval/tree.h"
#include "cityseceval/weights.h"

namespace cityseceval {

enum class InputKind {
  tree,             // a YAML mapping with "indicators"
  plan,             // a YAML mapping with "stages": a phased evaluation plan (plan.h)
  assessment_yaml,  // a YAML mapping with "ratings" or "facts" (or anything else YAML)
  assessment_csv,   // a filled CSV template
  assessment_xlsx,  // a filled workbook (.xlsx), or what claims to be one (.xls, a ZIP or OLE2 file)
  tailoring,        // a YAML mapping with "base" (and no "indicators"): a tailoring file
  weight_profile,   // a YAML mapping with "weights" (and neither of those): weights.h
};

// What a file is. A file named *.xlsx or *.xls, or starting with the
// signature of a ZIP archive ("PK\x03\x04") or of an OLE2 file (an old .xls,
// an encrypted .xlsx), is a workbook assessment: its reader says what is
// wrong with one it cannot read. A file named *.csv is a CSV assessment, and so is one whose
// first line is a "#scheme," row (after an optional byte-order mark), whatever
// its name; a YAML document with a top-level "indicators:" key is a tree, one
// with a top-level "base:" key a tailoring file (tailoring.h), one with a
// top-level "weights:" key a weight profile (weights.h), one with a top-level
// "stages:" key a plan (plan.h); everything else is read as a YAML assessment
// (and its errors say so).
InputKind detect_input_kind(std::string_view text, std::string_view file = {});

// An input's text as the readers read it, which the lines and columns of its
// diagnostics count in (and which apps/ quotes under them): a CSV assessment
// that is GB18030 rather than UTF-8 decoded (docs/assessment-format.md,
// "Encodings"); nothing of a workbook, whose bytes are no lines to quote
// (its diagnostics name the cell); any other text as it is.
std::string text_as_read(std::string text, std::string_view file);

// How a command chooses the scheme, the same on every command:
//   --scheme ID   a built-in scheme. Assessments that name no scheme are
//                 scored with it; one that names another is an error.
//   --tree FILE   a tree file. Assessments are scored against it, whatever
//                 they name.
//   neither       an assessment's own `scheme:`, else the default scheme.
//   --weights FILE  a weight profile (weights.h) applied to whichever scheme
//                 is chosen, for this run.
struct SchemeChoice {
  std::string scheme_id;
  std::string tree_file;
  std::string weights_file;                      // --weights, as given
  std::shared_ptr<const WeightProfile> weights;  // read from it (read_weight_profile); null: the tree's own weights
};

// Schemes loaded once per distinct source: a batch of assessments of one
// scheme parses its tree once. Failed loads are remembered too, and their
// problems given to every file naming them (a batch prints each once).
// Safe to share between threads (score --jobs): a scheme, once loaded, is
// never changed or moved, so the pointers it hands out stay valid.
class SchemeCache {
 public:
  // The scheme a command chose (SchemeChoice): the tree file, else the
  // built-in id, else the default scheme. Unknown ids and unreadable or
  // invalid trees are reported [unknown-scheme, file-unreadable, ...].
  const Scheme* chosen(const SchemeChoice& choice, Diagnostics& diagnostics);
  // What an assessment's `scheme:` names (load_scheme()), written at `where`.
  // With `weights`, the profile is applied to it.
  const Scheme* named(const std::string& reference, const std::string& base_directory, const SourceLocation& where,
                      const WeightProfile* weights, Diagnostics& diagnostics);

 private:
  // Keeps `scheme` (or that it failed to load), with `weights` applied.
  const Scheme* remember(const std::string& key, std::optional<Scheme> scheme, const WeightProfile* weights,
                         Diagnostics& diagnostics);

  // What a scheme that did not load reported, given again to each file naming it.
  struct Failure {
    Diagnostics problems;
    std::string file;  // the file whose `scheme:` loaded it first
  };
  static void repeat_failure(const Failure& failure, const SourceLocation& where, Diagnostics& diagnostics);

  std::mutex mutex_;  // guards the maps; held while a scheme loads, so each loads once
  std::map<std::string, std::unique_ptr<Scheme>> schemes_;
  std::map<std::string, Failure> failures_;
};

// The scheme of a file that may name its own (an assessment's or a plan's
// `scheme:`): `written` is its value and `where` its place (`where.file` is
// empty when the file has no such key; a key with a wrong value was reported
// when the file was read, and gives null here). Chosen as `choice` says, a
// path relative to `file`'s directory. A file naming another scheme than
// --scheme is reported at `where` with `mismatch` [scheme-mismatch]. Null
// after reporting why.
const Scheme* scheme_for(const std::optional<std::string>& written, const SourceLocation& where,
                         const std::string& file, const SchemeChoice& choice, SchemeCache& schemes,
                         Diagnostics& diagnostics, MessageId mismatch);

// Whether the scheme --scheme or --tree names, if any, loads, whatever the
// files name: false after reporting why (once per cache).
bool chosen_scheme_loads(const SchemeChoice& choice, SchemeCache& schemes, Diagnostics& diagnostics);

// The dimensions `ids` name in `scheme`, checked as an assessment's
// `scope:` is (each a level-1 indicator, once, no bonus section); nullopt
// after reporting why not, with no place: the IDs come from the command line
// (`template --scope`) [invalid-scope].
std::optional<std::vector<const Indicator*>> scope_of(const Scheme& scheme, const std::vector<std::string>& ids,
                                                      Diagnostics& diagnostics);

// The scheme `choice` names, loaded and checked, with its weight profile
// applied; nullopt after reporting why not.
std::optional<Scheme> load_chosen_scheme(const SchemeChoice& choice, Diagnostics& diagnostics);

// Parses `text` (YAML, CSV or a workbook's bytes) as an assessment against
// `scheme`, whatever scheme the file names. Returns nullopt after reporting every problem found.
std::optional<Assessment> read_assessment(std::string_view text, const std::string& file, const Scheme& scheme,
                                          Diagnostics& diagnostics, const ReadOptions& options = {});

struct LoadedAssessment {
  const Scheme* scheme = nullptr;  // owned by the SchemeCache
  Assessment assessment;
};

// Parses `text` (YAML, CSV or a workbook's bytes) as an assessment of the file `file`, picks its
// scheme as `choice` says (a file naming another scheme than --scheme is a
// [scheme-mismatch] error), and resolves it. Returns nullopt after reporting
// every problem found. A workbook's problems located in it name their cell:
// "a.xlsx:12:7: error: cell G12: ..." (docs/workbook-format.md).
std::optional<LoadedAssessment> load_assessment(std::string_view text, const std::string& file,
                                                const SchemeChoice& choice, SchemeCache& schemes,
                                                Diagnostics& diagnostics, const ReadOptions& options = {});

}  // namespace cityseceval
