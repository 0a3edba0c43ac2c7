#include "run_binary.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace cityseceval::testing {

namespace {

namespace fs = std::filesystem;

std::string temp_root() {
  const char* tmpdir = std::getenv("TMPDIR");
  return tmpdir && *tmpdir ? tmpdir : "/tmp";
}

// The child's environment: ours with the requested changes applied.
std::vector<std::string> child_environment(const std::map<std::string, std::optional<std::string>>& changes) {
  std::vector<std::string> out;
  for (char** entry = environ; *entry; ++entry) {
    std::string text(*entry);
    std::string name = text.substr(0, text.find('='));
    if (!changes.contains(name)) out.push_back(text);
  }
  for (const auto& [name, value] : changes) {
    if (value) out.push_back(name + "=" + *value);
  }
  return out;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
  std::vector<char*> out;
  for (std::string& s : strings) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

// Only async-signal-safe calls between fork and exec; on any failure the
// child exits 127, which no test expects from the real binary.
[[noreturn]] void exec_child(int in, int out, int err, const char* terminal, const char* directory, char* const* argv,
                             char* const* envp) {
  if (terminal) out = ::open(terminal, O_RDWR | O_NOCTTY);
  if (out < 0) _exit(127);
  if (::dup2(in, STDIN_FILENO) < 0 || ::dup2(out, STDOUT_FILENO) < 0 || ::dup2(err, STDERR_FILENO) < 0) _exit(127);
  if (directory && ::chdir(directory) != 0) _exit(127);
  ::execve(argv[0], argv, envp);
  _exit(127);
}

// The parent's side of a pseudo-terminal: the child opens `slave_name`.
struct Terminal {
  int master = -1;
  std::string slave_name;
  std::string received;

  Terminal() {
    master = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0) return;
    if (const char* name = ::ptsname(master)) slave_name = name;
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
  }
  ~Terminal() {
    if (master >= 0) ::close(master);
  }
  Terminal(const Terminal&) = delete;
  Terminal& operator=(const Terminal&) = delete;

  // Reads what the child has written so far, so it never blocks on a full terminal.
  void drain() {
    char buffer[4096];
    ssize_t got = 0;
    while ((got = ::read(master, buffer, sizeof buffer)) > 0) received.append(buffer, static_cast<std::size_t>(got));
  }
};

// Waits for `pid` until `timeout`, then kills it; `terminal`, when given, is
// drained meanwhile. Returns the wait status, or nullopt when it was killed.
std::optional<int> wait_with_timeout(pid_t pid, std::chrono::milliseconds timeout, Terminal* terminal) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    if (terminal) terminal->drain();
    int status = 0;
    pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) {
      if (terminal) terminal->drain();
      return status;
    }
    if (done < 0 && errno != EINTR) return std::nullopt;
    if (std::chrono::steady_clock::now() >= deadline) {
      ::kill(pid, SIGKILL);
      while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
      return std::nullopt;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

}  // namespace

std::string RunResult::first_error_line() const { return err.substr(0, err.find('\n')); }

std::optional<RunOptions> as_unprivileged_user() {
  RunOptions options;
  if (::geteuid() != 0) return options;
  for (const char* setpriv : {"/usr/bin/setpriv", "/bin/setpriv"}) {
    if (::access(setpriv, X_OK) == 0) {
      options.run_under = {setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"};
      return options;
    }
  }
  return std::nullopt;
}

RunResult run_binary(const std::vector<std::string>& arguments, const RunOptions& options) {
  TempDir capture;
  const std::string in_path = capture.write("stdin", options.stdin_text.value_or(""));
  const std::string out_path = capture.file("stdout");
  const std::string err_path = capture.file("stderr");

  std::vector<std::string> argv_strings = options.run_under;
  argv_strings.push_back(CITYSECEVAL_BINARY);
  argv_strings.insert(argv_strings.end(), arguments.begin(), arguments.end());
  std::vector<std::string> env_strings = child_environment(options.environment);
  std::vector<char*> argv = pointers(argv_strings);
  std::vector<char*> envp = pointers(env_strings);

  int in = ::open(options.stdin_text ? in_path.c_str() : "/dev/null", O_RDONLY | O_CLOEXEC);
  int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  std::optional<Terminal> terminal;
  if (options.stdout_is_terminal) terminal.emplace();
  const bool terminal_ok = !terminal || !terminal->slave_name.empty();
  RunResult result;
  if (in >= 0 && out >= 0 && err >= 0 && terminal_ok) {
    const char* directory = options.working_directory.empty() ? nullptr : options.working_directory.c_str();
    const char* slave = terminal ? terminal->slave_name.c_str() : nullptr;
    pid_t pid = ::fork();
    if (pid == 0) exec_child(in, out, err, slave, directory, argv.data(), envp.data());
    if (pid > 0) {
      std::optional<int> status = wait_with_timeout(pid, options.timeout, terminal ? &*terminal : nullptr);
      result.timed_out = !status;
      if (status && WIFEXITED(*status)) result.exit_code = WEXITSTATUS(*status);
      if (status && WIFSIGNALED(*status)) result.exit_code = 128 + WTERMSIG(*status);
    }
  }
  for (int fd : {in, out, err}) {
    if (fd >= 0) ::close(fd);
  }
  result.out = terminal ? terminal->received : read_bytes(out_path).value_or("");
  result.err = read_bytes(err_path).value_or("");
  return result;
}

TempDir::TempDir() {
  std::string pattern = temp_root() + "/cityseceval-test.XXXXXX";
  if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed: " + std::string(std::strerror(errno)));
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

std::string TempDir::file(const std::string& name) const { return path_ + "/" + name; }

std::string TempDir::write(const std::string& name, const std::string& content) const {
  const std::string path = file(name);
  std::ofstream stream(path, std::ios::binary | std::ios::trunc);
  stream.write(content.data(), static_cast<std::streamsize>(content.size()));
  if (!stream) throw std::runtime_error("cannot write " + path);
  return path;
}

std::vector<std::string> TempDir::list() const {
  std::vector<std::string> names;
  for (const fs::directory_entry& entry : fs::directory_iterator(path_)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::optional<std::string> read_bytes(const std::string& path) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
}

std::string source_path(const std::string& relative) { return std::string(CITYSECEVAL_SOURCE_DIR) + "/" + relative; }

RunResult run_cli(const std::vector<std::string>& arguments, RunOptions options) {
  if (options.working_directory.empty()) options.working_directory = CITYSECEVAL_SOURCE_DIR;
  // Messages in English unless the test asks for a language (tests of the
  // Chinese messages set CITYSECEVAL_LANG or pass --lang zh).
  options.environment.try_emplace("CITYSECEVAL_LANG", "en");
  RunResult result = run_binary(arguments, options);
  REQUIRE_FALSE(result.timed_out);
  return result;
}

RunResult run_in(const TempDir& directory, const std::vector<std::string>& arguments) {
  RunOptions options;
  options.working_directory = directory.path();
  return run_cli(arguments, options);
}

std::string source_text(const std::string& relative) {
  auto bytes = read_bytes(source_path(relative));
  INFO(relative);
  REQUIRE(bytes);
  return *bytes;
}

}  // namespace cityseceval::testing
