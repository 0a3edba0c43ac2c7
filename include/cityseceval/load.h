// Loading schemes: indicator-tree files, the built-in trees, and the scheme an
// assessment names.
//
// Loaders take the text and a display name (no file access), so tests and
// fuzzers call them directly; read_input_file() is the one place that reads a
// file from disk. Problems go to a Diagnostics list, never to stdout.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/diagnostic.h"
#include "cityseceval/limits.h"
#include "cityseceval/tree.h"

namespace cityseceval {

// Reads an indicator-tree file's text into a Scheme and checks it
// (check_tree). Returns nullopt when the text is not a usable tree or any
// check reports an error: a broken tree must never produce a score.
std::optional<Scheme> load_tree(std::string_view text, const std::string& file, Diagnostics& diagnostics);

// The consistency checks of a loaded tree, each with its rule id (all listed
// with examples in docs/check.md): duplicate-id, id-parent, item-id, no-items,
// points-sum, points-total, scale-value, scale-duplicate, grade-bands,
// grade-duplicate, direct-score, precision; and the warnings missing-english
// and precision (not declared). load_tree runs them; `check` reports them.
void check_tree(const Scheme& scheme, Diagnostics& diagnostics);

// A tree compiled into the binary from indicators/<id>.yaml.
struct BuiltinScheme {
  std::string_view id;
  std::string_view path;  // "indicators/<id>.yaml", the name used in messages
  std::string_view text;
  std::string_view sha256;  // of `text`, in hex: names exactly which tree a run used
};
const std::vector<BuiltinScheme>& builtin_schemes();
const BuiltinScheme* find_builtin_scheme(std::string_view id);
// The built-in ids, in order: for "did you mean" and for listing them in messages.
std::vector<std::string> builtin_scheme_ids();

// The scheme used when an assessment names none.
inline constexpr std::string_view default_scheme_id = "city-cybersecurity";

// Reads a whole file (or standard input for "-"). A file is asked about
// before it is opened: a directory, a pipe, a socket or a device is refused
// unread, and so is a file larger than max_bytes (by default the run's
// limit, limits.h); standard input is read up to max_bytes and no further.
// Errors are reported at FILE:1:1 [file-unreadable, file-too-large].
std::optional<std::string> read_input_file(const std::string& path, Diagnostics& diagnostics,
                                           std::size_t max_bytes = input_limits().file_bytes);

// A system error (an errno value) in both languages where the words are
// known (ENOENT, EACCES, EROFS, EISDIR, ENOTDIR, ENOSPC), else as the C
// library says it: why an input could not be read or an output written.
Text system_error_text(int error_number);

// Whether a scheme reference names a tree file rather than a built-in
// scheme: it contains '/' or ends in .yaml or .yml.
bool is_tree_path(std::string_view reference);

// A built-in scheme, loaded and checked; an unknown id is reported at `where`
// with the built-in ids and a "did you mean" [unknown-scheme].
std::optional<Scheme> load_builtin_scheme(const std::string& id, const SourceLocation& where,
                                          Diagnostics& diagnostics);

// A tree file, read and loaded; a file that cannot be read is reported at
// FILE:1:1, saying so when its name is a built-in scheme's id. A tailoring
// file (a top-level `base:`, tailoring.h) is resolved to its tailored scheme.
std::optional<Scheme> load_tree_file(const std::string& path, Diagnostics& diagnostics);

// Loads the scheme named by `reference`, written at `where`: a tree or
// tailoring file when is_tree_path() (relative paths are taken from
// `base_directory`), otherwise a built-in id [unknown-scheme].
std::optional<Scheme> load_scheme(const std::string& reference, const std::string& base_directory,
                                  const SourceLocation& where, Diagnostics& diagnostics);

}  // namespace cityseceval
