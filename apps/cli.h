// What every subcommand shares: exit codes, printing diagnostics, writing output.
// The CLI is thin: it parses options, calls the library, and decides what is
// printed where and which exit code follows.
#pragma once

#include <sys/stat.h>

#include <optional>
#include <string>
#include <vector>

#include "cityseceval/chinese_script.h"
#include "cityseceval/diagnostic.h"
#include "cityseceval/input.h"
#include "cityseceval/language.h"
#include "cityseceval/messages.h"
#include "cityseceval/plan.h"
#include "cityseceval/tree.h"

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

// Remembers the text of an input so print_diagnostics can quote it, and
// forgets it (a batch of thousands keeps only the file being reported). A
// workbook's bytes are never quoted.
void remember_source(const std::string& file, const std::string& text);
void forget_source(const std::string& file);

// The text a diagnostic points into: a remembered input, a built-in tree, or
// a tree file read again from disk; empty when none can be found.
std::string_view source_of(const std::string& file);

// "cityseceval: error: MESSAGE" on stderr, in the language of this run, for
// problems that are not about a place in a file (an output that cannot be written).
void print_error(const Text& message);

// "cityseceval: warning: MESSAGE" on stderr, likewise, for what a run does
// anyway but a reader must know (two cities compared).
void print_warning(const Text& message);

// "cityseceval: MESSAGE" on stderr, likewise, for what is neither (a result
// below a gate, diagnostics past the limit).
void print_note(const Text& message);

// What an output holds: text is written in the run's script (in_run_script),
// bytes (a workbook) exactly as given.
enum class Content { text, bytes };

// What -o does with a file already at its path.
enum class Existing {
  replace,  // write over it (every command)
  refuse,   // keep it: `template` without --force, so a filled-in template is never lost
};

// Output to stdout (path empty or "-"), or to `path` atomically: written to a
// temporary file in the same directory, flushed, and renamed over `path` only
// by commit(), so readers never see a half-written file and a failure (or no
// commit) leaves any old file untouched and no temporary behind.
// A symbolic link at `path` is written through: the file it points to is
// replaced (the temporary goes beside it) and the link stays. A file replaced
// keeps its permission bits (and, for root, its owner and group). open()
// refuses a file the user may not write, a directory, a device and a pipe.
class Output {
 public:
  explicit Output(std::string path, Existing existing = Existing::replace, Content content = Content::text);
  ~Output();
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  // Each returns false after printing why when it could not.
  bool open();
  bool write(std::string_view text);
  bool commit();

 private:
  // Whether the file `old` found at the target may be replaced; false after printing why.
  bool may_replace(const struct stat& old) const;

  std::string path_;    // as given: what messages name
  std::string target_;  // path_ with symbolic links followed: the file replaced
  Existing existing_;
  Content content_;
  std::string temporary_;
  int fd_ = -1;
};

// open, write, commit: the whole of `text` to stdout or atomically to `path`.
bool write_output(const std::string& path, const std::string& text, Existing existing = Existing::replace,
                  Content content = Content::text);

// False, after printing the usage error, when "-" (standard input) is among
// `files` more than once: it can be read only once.
bool stdin_at_most_once(const std::vector<std::string>& files);

// False, after printing the usage error, when `output` (-o) names the same
// file as `input`, which must not be overwritten; `id` says which input it is
// (MessageId::overwrite_input or MessageId::overwrite_tree). Standard input
// and output ("-" or empty) are never the same file.
bool output_spares(const std::string& output, const std::string& input, MessageId id);

// False, after printing the usage error, when a workbook (--format xlsx)
// would go to standard output: `output` (-o) is empty or "-". A binary
// workbook is of no use on a terminal or in a pipe of text.
bool workbook_output_given(const std::string& output);

// The lower-case extension of `path`'s file name, with its dot ("report.HTML"
// gives ".html"); "" for none. Commands whose --format may follow -o's name
// (report, template) read it from here.
std::string extension_of(const std::string& path);

// The name an input file is shown by in messages and reports: "<stdin>" for "-".
std::string shown_name(const std::string& path);

// For --plan (score, check): the plan file `path`, read and loaded with the
// scheme `choice` gives; nullopt after adding why to `diagnostics`. Its text
// is remembered for the messages.
std::optional<Plan> load_plan_file(const std::string& path, const SchemeChoice& choice, SchemeCache& schemes,
                                   Diagnostics& diagnostics);

// One stage file of a plan, read and loaded as an assessment; its text is
// remembered, since matching it to a stage may report on it after it loaded.
std::optional<LoadedAssessment> load_stage_file(const std::string& path, const SchemeChoice& choice,
                                                const ReadOptions& read, SchemeCache& schemes,
                                                Diagnostics& diagnostics);

// Colour policy: "always", "never", or "auto" (stdout is a terminal, NO_COLOR
// is unset or empty, TERM is not "dumb", and output goes to stdout).
bool use_color(const std::string& policy, bool writing_to_file);

// The scheme `choice` names (--scheme ID or --tree FILE, else the default
// scheme), or nullopt after printing why: exit 1 then, as for any input that
// does not exist or is invalid.
std::optional<Scheme> load_chosen(const SchemeChoice& choice);

// Reads the --weights profile, when given, into `choice.weights`. False
// after printing why it cannot be used.
bool read_weights(SchemeChoice& choice);

// For commands that read assessments: when --scheme or --tree was given,
// loads that scheme into `schemes` once, before any file is read, so an
// unknown id or a broken tree is reported once. False after printing why.
bool preload_choice(const SchemeChoice& choice, SchemeCache& schemes);

// The language of everything this run prints: `option` (--lang) when it is
// zh, en, zh-Hans or zh-Hant, else CITYSECEVAL_LANG when it is, else Chinese. Set
// once the command line is read; until then CITYSECEVAL_LANG decides. Tags
// are matched ignoring case, as BCP 47 tags are ("zh-hant" is zh-Hant).
Language use_language(const std::string& option);
Language language();

// The script of the Chinese this run prints, chosen with the language:
// `own` for zh (each text in the script it is written in) and for en,
// `simplified` for zh-Hans, `traditional` for zh-Hant.
ChineseScript script();

// `text` as this run prints it: its Chinese in script(), except the names of
// the files the run reads and writes (keep_file_name), which must go on
// naming real files, and the lines of files quoted under diagnostics
// (keep_quoted). Every text output goes through it once, at the edge: Output
// (stdout and -o) and the print_ functions (stderr).
std::string in_run_script(std::string_view text);

// A file name this run shows (an input, an output, a tree), in every form
// the outputs write one; shown_name() and Output register theirs. Nothing
// is kept in a run with the scheme's own script (nothing is converted).
void keep_file_name(const std::string& name);

// A file's own text quoted in an output (a line under a diagnostic), which
// shows the file as it is.
void keep_quoted(std::string_view text);

}  // namespace cityseceval::cli
