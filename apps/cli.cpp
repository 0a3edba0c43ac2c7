#include "cli.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "cityseceval/load.h"
#include "suggest.h"

namespace cityseceval::cli {

namespace {

std::map<std::string, std::string>& sources() {
  static std::map<std::string, std::string> texts;
  return texts;
}

bool write_all(int fd, std::string_view text) {
  const char* data = text.data();
  std::size_t left = text.size();
  while (left > 0) {
    ssize_t written = ::write(fd, data, left);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    data += written;
    left -= static_cast<std::size_t>(written);
  }
  return true;
}

}  // namespace

void remember_source(const std::string& file, const std::string& text) { sources()[file] = text; }

// The text is read again from disk only for a tree file that was not remembered.
std::string_view source_of(const std::string& file) {
  if (auto it = sources().find(file); it != sources().end()) return it->second;
  for (const BuiltinScheme& scheme : builtin_schemes()) {
    if (scheme.path == file) return scheme.text;
  }
  Diagnostics ignored;
  auto text = file == "<stdin>" ? std::nullopt : read_input_file(file, ignored);
  return sources().emplace(file, text.value_or("")).first->second;
}

void print_diagnostics(Diagnostics diagnostics) {
  diagnostics.sort_by_location();
  for (const Diagnostic& d : diagnostics.all()) {
    std::fputs(format_diagnostic_with_source(d, source_of(d.location.file)).c_str(), stderr);
    std::fputc('\n', stderr);
  }
  if (diagnostics.dropped() > 0) {
    std::fprintf(stderr, "cityseceval: %zu more problems not shown (the limit is %zu)\n", diagnostics.dropped(),
                 Diagnostics::default_limit);
  }
}

void print_error(const std::string& message) { std::fprintf(stderr, "cityseceval: error: %s\n", message.c_str()); }

Output::Output(std::string path) : path_(path == "-" ? "" : std::move(path)) {}

Output::~Output() {
  if (fd_ >= 0) ::close(fd_);
  if (!temporary_.empty()) std::remove(temporary_.c_str());
}

bool Output::open() {
  if (path_.empty()) return true;
  temporary_ = path_ + ".tmp.XXXXXX";
  fd_ = ::mkstemp(temporary_.data());
  if (fd_ < 0) {
    print_error(fmt::format("cannot write {}: {}", path_, std::strerror(errno)));
    temporary_.clear();
    return false;
  }
  // mkstemp creates 0600; give the file the permissions a plain create would.
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd_, 0666 & ~mask);
  return true;
}

bool Output::write(std::string_view text) {
  if (path_.empty()) return std::fwrite(text.data(), 1, text.size(), stdout) == text.size();
  if (write_all(fd_, text)) return true;
  print_error(fmt::format("cannot write {}: {}", path_, std::strerror(errno)));
  return false;
}

bool Output::commit() {
  if (path_.empty()) return std::fflush(stdout) == 0;
  bool ok = ::fsync(fd_) == 0;
  int error = ok ? 0 : errno;
  if (::close(fd_) != 0 && ok) {
    ok = false;
    error = errno;
  }
  fd_ = -1;
  if (ok && std::rename(temporary_.c_str(), path_.c_str()) != 0) {
    ok = false;
    error = errno;
  }
  if (ok) {
    temporary_.clear();
    return true;
  }
  print_error(fmt::format("cannot write {}: {}", path_, std::strerror(error)));
  return false;
}

bool write_output(const std::string& path, const std::string& text) {
  Output output(path);
  return output.open() && output.write(text) && output.commit();
}

SelectedScheme load_selected_scheme(const std::string& scheme_id, const std::string& tree_file) {
  Diagnostics diagnostics;
  SelectedScheme selected;
  if (tree_file.empty()) {
    std::string id = scheme_id.empty() ? std::string(default_scheme_id) : scheme_id;
    const BuiltinScheme* builtin = find_builtin_scheme(id);
    if (!builtin) {
      std::vector<std::string> ids = builtin_scheme_ids();
      print_error(fmt::format("unknown scheme \"{}\"{}; built-in schemes: {} (use --tree FILE for a tree file)", id,
                              did_you_mean(id, ids), fmt::join(ids, ", ")));
      selected.exit_code = exit_usage;
      return selected;
    }
    selected.scheme = load_tree(builtin->text, std::string(builtin->path), diagnostics);
  } else if (auto text = read_input_file(tree_file, diagnostics)) {
    remember_source(tree_file, *text);
    selected.scheme = load_tree(*text, tree_file, diagnostics);
  }
  print_diagnostics(diagnostics);
  if (!selected.scheme) selected.exit_code = exit_invalid_input;
  return selected;
}

Language parse_language(const std::string& name) { return name == "en" ? Language::en : Language::zh; }

bool stdin_at_most_once(const std::vector<std::string>& files) {
  if (std::count(files.begin(), files.end(), "-") <= 1) return true;
  print_error("standard input ('-') can be read only once");
  return false;
}

bool same_file(const std::string& output, const std::string& input) {
  std::error_code ec;
  return std::filesystem::equivalent(output, input, ec) && !ec;
}

bool use_color(const std::string& policy, bool writing_to_file) {
  if (policy == "always") return true;
  if (policy == "never" || writing_to_file) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string_view(term) == "dumb") return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

}  // namespace cityseceval::cli
