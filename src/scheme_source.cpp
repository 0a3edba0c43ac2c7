// Where trees and assessments come from: the built-in trees, files on disk
// and standard input. The only file reading in the library.
#include <fmt/format.h>

#include <sys/stat.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "builtin_trees_data.h"
#include "cityseceval/input.h"
#include "cityseceval/load.h"
#include "cityseceval/messages.h"
#include "cityseceval/suggest.h"
#include "cityseceval/tailoring.h"
#include "scheme_archive.h"

namespace cityseceval {

const std::vector<BuiltinScheme>& builtin_schemes() {
  static const std::vector<BuiltinScheme> schemes = [] {
    std::vector<BuiltinScheme> list;
    for (const detail::EmbeddedTree& tree : detail::embedded_trees()) list.push_back({tree.id, tree.path, tree.text, tree.sha256});
    return list;
  }();
  return schemes;
}

const BuiltinScheme* find_builtin_scheme(std::string_view id) {
  for (const BuiltinScheme& scheme : builtin_schemes()) {
    if (scheme.id == id) return &scheme;
  }
  return nullptr;
}

std::vector<std::string> builtin_scheme_ids() {
  std::vector<std::string> ids;
  for (const BuiltinScheme& scheme : builtin_schemes()) ids.emplace_back(scheme.id);
  return ids;
}

namespace {

// A file that names a scheme holds a tree or a tailoring of one, told apart
// by content as `check` does (detect_input_kind).
std::optional<Scheme> load_tree_or_tailoring(std::string_view text, const std::string& file,
                                             Diagnostics& diagnostics) {
  if (detect_input_kind(text, file) != InputKind::tailoring) return load_tree(text, file, diagnostics);
  std::optional<TailoredScheme> tailored = load_tailoring(text, file, diagnostics);
  if (!tailored) return std::nullopt;
  return std::move(tailored->scheme);
}

std::optional<std::string> read_stream(std::istream& in, const std::string& name, Diagnostics& diagnostics,
                                       std::size_t max_bytes) {
  std::string text;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > max_bytes) {
      diagnostics.error({name, 1, 1}, message(MessageId::file_too_large_more, {max_bytes, max_bytes}),
                        RuleId::file_too_large);
      return std::nullopt;
    }
  }
  if (in.bad()) {
    diagnostics.error({name, 1, 1}, message(MessageId::cannot_read, {message(MessageId::read_error)}),
                      RuleId::file_unreadable);
    return std::nullopt;
  }
  return text;
}

}  // namespace

Text system_error_text(int number) {
  switch (number) {
    case ENOENT:
      return message(MessageId::no_such_file);
    case EACCES:
    case EPERM:
      return message(MessageId::permission_denied);
    case EROFS:
      return message(MessageId::read_only_file_system);
    case EISDIR:
      return message(MessageId::is_directory);
    case ENOTDIR:
      return message(MessageId::not_a_directory);
    case ENOSPC:
    case EDQUOT:
      return message(MessageId::no_space_left);
    default:
      return Text::both(std::strerror(number));
  }
}

std::optional<std::string> read_input_file(const std::string& path, Diagnostics& diagnostics, std::size_t max_bytes) {
  if (path == "-") return read_stream(std::cin, "<stdin>", diagnostics, max_bytes);
  // Asked before the file is opened: opening a pipe waits for a writer,
  // forever, and a file's size is known without reading it.
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0) {
    diagnostics.error({path, 1, 1}, message(MessageId::cannot_read, {system_error_text(errno)}),
                      RuleId::file_unreadable);
    return std::nullopt;
  }
  if (S_ISDIR(status.st_mode)) {
    diagnostics.error({path, 1, 1}, message(MessageId::cannot_read, {message(MessageId::is_directory)}),
                      RuleId::file_unreadable);
    return std::nullopt;
  }
  if (!S_ISREG(status.st_mode)) {
    diagnostics.error({path, 1, 1}, message(MessageId::cannot_read, {message(MessageId::not_regular_file)}),
                      RuleId::file_unreadable);
    return std::nullopt;
  }
  if (static_cast<std::uintmax_t>(status.st_size) > max_bytes) {
    diagnostics.error({path, 1, 1},
                      message(MessageId::file_too_large, {static_cast<std::uintmax_t>(status.st_size), max_bytes}),
                      RuleId::file_too_large);
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.error({path, 1, 1}, message(MessageId::cannot_read, {system_error_text(errno)}),
                      RuleId::file_unreadable);
    return std::nullopt;
  }
  // A file growing while it is read is still held to the limit.
  return read_stream(in, path, diagnostics, max_bytes);
}

bool is_tree_path(std::string_view reference) {
  return reference.find('/') != std::string_view::npos || reference.ends_with(".yaml") ||
         reference.ends_with(".yml");
}

namespace {

// The tree compiled at build time from exactly this text, restored; nullopt
// when there is none (the tree compiler itself) or it was compiled from
// another text, so a stale compiled form can never stand in for the YAML.
std::optional<Scheme> restore_compiled(const detail::EmbeddedTree& tree) {
  for (const detail::CompiledTree& compiled : detail::compiled_trees()) {
    if (compiled.id == tree.id && compiled.sha256 == tree.sha256) return detail::restore_scheme(compiled.bytes);
  }
  return std::nullopt;
}

}  // namespace

std::optional<Scheme> load_builtin_scheme(const std::string& id, const SourceLocation& where,
                                          Diagnostics& diagnostics) {
  for (const detail::EmbeddedTree& tree : detail::embedded_trees()) {
    if (tree.id != id) continue;
    // The compiler loaded it with load_tree and refused it unless it gave
    // no diagnostic at all, so restoring it is loading it.
    if (std::optional<Scheme> scheme = restore_compiled(tree)) return scheme;
    return load_tree(tree.text, std::string(tree.path), diagnostics);
  }
  std::vector<std::string> ids = builtin_scheme_ids();
  diagnostics.error(where, message(MessageId::unknown_scheme, {id, did_you_mean(id, ids), join_all(ids)}),
                    RuleId::unknown_scheme);
  return std::nullopt;
}

std::optional<Scheme> load_tree_file(const std::string& path, Diagnostics& diagnostics) {
  Diagnostics read_problems;
  auto text = read_input_file(path, read_problems);
  if (!text) {
    for (Diagnostic d : read_problems.all()) {
      // `--tree city-cybersecurity` means the built-in scheme, which --scheme names.
      if (!is_tree_path(path) && find_builtin_scheme(path)) {
        Text hint = message(MessageId::builtin_not_file, {path});
        d.message.zh += hint.zh;
        d.message.en += hint.en;
      }
      diagnostics.add(std::move(d));
    }
    return std::nullopt;
  }
  return load_tree_or_tailoring(*text, path, diagnostics);
}

std::optional<Scheme> load_scheme(const std::string& reference, const std::string& base_directory,
                                  const SourceLocation& where, Diagnostics& diagnostics) {
  if (!is_tree_path(reference)) return load_builtin_scheme(reference, where, diagnostics);
  std::filesystem::path path(reference);
  if (path.is_relative() && !base_directory.empty()) path = std::filesystem::path(base_directory) / path;
  Diagnostics read_problems;
  auto text = read_input_file(path.string(), read_problems);
  if (!text) {
    // Name the tree file, but point at the place that asked for it.
    for (Diagnostic d : read_problems.all()) {
      d.location = where;
      d.message = message(MessageId::tree_file_problem, {path.string(), d.message});
      diagnostics.add(std::move(d));
    }
    return std::nullopt;
  }
  return load_tree_or_tailoring(*text, path.string(), diagnostics);
}

}  // namespace cityseceval
