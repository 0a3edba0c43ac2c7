// Test helpers for running the built cityseceval binary (CITYSECEVAL_BINARY)
// the way a user or a script does: arguments, standard input, environment,
// working directory; capturing stdout, stderr and the exit code. A run that
// does not finish within its timeout is killed, so a hanging binary fails a
// test instead of hanging the suite.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cityseceval::testing {

struct RunOptions {
  // Standard input; nullopt gives /dev/null, so the binary never waits on a terminal.
  std::optional<std::string> stdin_text;
  // Changes to the inherited environment: a value sets the variable, nullopt unsets it.
  std::map<std::string, std::optional<std::string>> environment;
  // Working directory of the child; empty keeps the current one.
  std::string working_directory;
  std::chrono::milliseconds timeout{std::chrono::seconds(30)};
  // Connect stdout to a pseudo-terminal instead of a file, for what the binary
  // does only on a terminal (colour). The terminal turns "\n" into "\r\n".
  bool stdout_is_terminal = false;
  // A command the binary is started by, its program given by an absolute path
  // ({"/usr/bin/setpriv", "--reuid=65534", ...}); empty runs the binary itself.
  std::vector<std::string> run_under;
};

struct RunResult {
  // The exit status; 128 + signal when killed by a signal; -1 when the run
  // could not start or timed out.
  int exit_code = -1;
  bool timed_out = false;
  std::string out;
  std::string err;

  // The first line of stderr, without its newline: the diagnostic's summary.
  std::string first_error_line() const;
};

// How to run the binary as a user who may not write a read-only file or
// directory: as it is when we are not root, else as nobody (65534) through
// setpriv, since root may write anything. nullopt when we are root and
// setpriv is missing.
std::optional<RunOptions> as_unprivileged_user();

// Runs CITYSECEVAL_BINARY with `arguments` (not including argv[0]).
RunResult run_binary(const std::vector<std::string>& arguments, const RunOptions& options = {});

// A fresh directory under $TMPDIR (or /tmp), removed with its content when
// the object goes away. Tests run in parallel under ctest, so every test
// that writes files gets its own.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  // path() + "/" + name
  std::string file(const std::string& name) const;
  // Writes `content` to path()/name and returns the full path.
  std::string write(const std::string& name, const std::string& content) const;
  // The names in the directory, sorted.
  std::vector<std::string> list() const;

 private:
  std::string path_;
};

// The whole content of a file as bytes; nullopt when it cannot be read.
std::optional<std::string> read_bytes(const std::string& path);

// CITYSECEVAL_SOURCE_DIR + "/" + relative
std::string source_path(const std::string& relative);

// The exit codes every subcommand documents.
constexpr int exit_ok = 0;
constexpr int exit_invalid_input = 1;
constexpr int exit_usage = 2;

// Runs the built binary from the repository root (unless options say
// otherwise), with CITYSECEVAL_LANG=en unless `options.environment` sets it,
// and fails the test if it had to be killed.
RunResult run_cli(const std::vector<std::string>& arguments, RunOptions options = {});

// run_cli in `directory`, whose files the arguments name relatively, so that
// messages (which name the files as given) do not depend on where it is.
RunResult run_in(const TempDir& directory, const std::vector<std::string>& arguments);

// A repository file's bytes; fails the test when it cannot be read.
std::string source_text(const std::string& relative);

}  // namespace cityseceval::testing
