// The -o output file, the same for every command (apps/cli.cpp, class Output):
// written atomically, through a symbolic link, keeping the permissions of the
// file it replaces, refusing a file the user may not write and a directory,
// and never leaving a temporary file behind. `schema assessment` is the
// command used where any would do: it reads no input.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "run_binary.h"

using cityseceval::testing::as_unprivileged_user;
using cityseceval::testing::exit_invalid_input;
using cityseceval::testing::exit_ok;
using cityseceval::testing::read_bytes;
using cityseceval::testing::run_cli;
using cityseceval::testing::RunOptions;
using cityseceval::testing::RunResult;
using cityseceval::testing::source_text;
using cityseceval::testing::TempDir;

namespace fs = std::filesystem;

namespace {

const std::string schema_file = "docs/schema/assessment.schema.json";

// What `schema assessment -o path` writes.
RunResult write_schema(const std::string& path, RunOptions options = {}) {
  return run_cli({"schema", "assessment", "-o", path}, std::move(options));
}

struct stat status_of(const std::string& path) {
  struct stat status {};
  REQUIRE(::lstat(path.c_str(), &status) == 0);
  return status;
}

mode_t permissions_of(const std::string& path) { return status_of(path).st_mode & 07777; }

// A refused -o: exit 1, the one line on stderr, nothing on stdout.
void check_refused(const RunResult& result, const std::string& error_line) {
  CHECK(result.exit_code == exit_invalid_input);
  CHECK(result.out.empty());
  CHECK(result.err == error_line + "\n");
}
}  // namespace

TEST_CASE("the output file (-o) behind a symbolic link: the file it points to is replaced and the link stays", "[output]") {
  TempDir dir;
  fs::create_directory(dir.file("reports"));
  SECTION("a link to a file in another directory") {
    const std::string target = dir.write("reports/schema.json", "old\n");
    fs::create_symlink("reports/schema.json", dir.file("latest.json"));
    RunResult result = write_schema(dir.file("latest.json"));
    CHECK(result.exit_code == exit_ok);
    CHECK(result.err.empty());
    CHECK(fs::is_symlink(dir.file("latest.json")));
    CHECK(fs::read_symlink(dir.file("latest.json")) == "reports/schema.json");
    CHECK(read_bytes(target) == source_text(schema_file));
    // The temporary file was made beside the target, and is gone.
    CHECK(dir.list() == std::vector<std::string>{"latest.json", "reports"});
    CHECK(std::distance(fs::directory_iterator(dir.file("reports")), fs::directory_iterator()) == 1);
  }
  SECTION("a link to a link") {
    const std::string target = dir.write("reports/schema.json", "old\n");
    fs::create_symlink(target, dir.file("reports/current.json"));
    fs::create_symlink("reports/current.json", dir.file("latest.json"));
    CHECK(write_schema(dir.file("latest.json")).exit_code == exit_ok);
    CHECK(fs::is_symlink(dir.file("latest.json")));
    CHECK(fs::is_symlink(dir.file("reports/current.json")));
    CHECK(read_bytes(target) == source_text(schema_file));
  }
  SECTION("a link to a file not yet there creates it") {
    fs::create_symlink("reports/new.json", dir.file("latest.json"));
    CHECK(write_schema(dir.file("latest.json")).exit_code == exit_ok);
    CHECK(fs::is_symlink(dir.file("latest.json")));
    CHECK(read_bytes(dir.file("reports/new.json")) == source_text(schema_file));
  }
  SECTION("links that loop are refused") {
    fs::create_symlink("b", dir.file("a"));
    fs::create_symlink("a", dir.file("b"));
    check_refused(write_schema(dir.file("a")),
                  "cityseceval: error: cannot write " + dir.file("a") + ": Too many levels of symbolic links");
    CHECK(dir.list() == std::vector<std::string>{"a", "b", "reports"});
  }
}

TEST_CASE("the output file (-o) keeps the permission bits of the file it replaces, and root keeps its owner", "[output]") {
  TempDir dir;
  const std::string output = dir.write("schema.json", "old\n");
  fs::permissions(output, fs::perms(0640));
  const bool root = ::geteuid() == 0;
  if (root) REQUIRE(::chown(output.c_str(), 65534, 65534) == 0);
  CHECK(write_schema(output).exit_code == exit_ok);
  CHECK(read_bytes(output) == source_text(schema_file));
  CHECK(permissions_of(output) == 0640);
  if (root) {
    CHECK(status_of(output).st_uid == 65534);
    CHECK(status_of(output).st_gid == 65534);
  }
  CHECK(dir.list() == std::vector<std::string>{"schema.json"});
}

TEST_CASE("the output file (-o), when new, gets the permissions of a plain create", "[output]") {
  TempDir dir;
  const mode_t mask = ::umask(0);
  ::umask(mask);
  CHECK(write_schema(dir.file("schema.json")).exit_code == exit_ok);
  CHECK(permissions_of(dir.file("schema.json")) == (0666 & ~mask));
}

TEST_CASE("the output file (-o) is refused when the user may not write it, and left as it was", "[output]") {
  std::optional<RunOptions> unprivileged = as_unprivileged_user();
  if (!unprivileged) {
    WARN("not checked: running as root without setpriv, so no user who may not write the file");
    return;
  }
  TempDir dir;
  // The directory is open to everyone: rename(2) could replace the file, so
  // only the check of the file's own permission refuses it.
  fs::permissions(dir.path(), fs::perms::all);
  const std::string output = dir.write("schema.json", "old\n");
  fs::permissions(output, fs::perms(0444));
  SECTION("in English") {
    check_refused(write_schema(output, *unprivileged),
                  "cityseceval: error: cannot write " + output + ": you may not write to the existing file");
  }
  SECTION("in Chinese") {
    RunResult result = run_cli({"schema", "assessment", "--lang", "zh", "-o", output}, *unprivileged);
    check_refused(result, "cityseceval: error: 无法写入 " + output + "：你没有写入该文件的权限");
  }
  CHECK(read_bytes(output) == "old\n");
  CHECK(permissions_of(output) == 0444);
  CHECK(dir.list() == std::vector<std::string>{"schema.json"});
}

TEST_CASE("the output file (-o), read-only, is replaced by root and stays read-only", "[output]") {
  if (::geteuid() != 0) {
    SUCCEED("not root: a read-only file is refused (the test above)");
    return;
  }
  TempDir dir;
  const std::string output = dir.write("schema.json", "old\n");
  fs::permissions(output, fs::perms(0444));
  CHECK(write_schema(output).exit_code == exit_ok);
  CHECK(read_bytes(output) == source_text(schema_file));
  CHECK(permissions_of(output) == 0444);
  CHECK(dir.list() == std::vector<std::string>{"schema.json"});
}

TEST_CASE("the output file (-o) must be a file, not a directory", "[output]") {
  TempDir dir;
  fs::create_directory(dir.file("reports"));
  // Section names must not depend on the temporary directory.
  const std::pair<const char*, std::string> directories[] = {
      {"an existing directory", dir.file("reports")},
      {"an existing directory with a slash", dir.file("reports/")},
      {"a missing directory with a slash", dir.file("missing/")},
      {"a file with a slash", dir.write("old.json", "old\n") + "/"}};
  for (const auto& [name, output] : directories) {
    DYNAMIC_SECTION(name) {
      check_refused(write_schema(output),
                    "cityseceval: error: cannot write " + output + ": -o takes the path of a file, not of a directory");
      RunResult zh = run_cli({"schema", "assessment", "--lang", "zh", "-o", output});
      check_refused(zh, "cityseceval: error: 无法写入 " + output + "：-o 需要文件路径，不能是目录");
    }
  }
  CHECK(dir.list() == std::vector<std::string>{"old.json", "reports"});
  CHECK(fs::is_empty(dir.file("reports")));
  CHECK(read_bytes(dir.file("old.json")) == "old\n");
}

TEST_CASE("the output file (-o) is never a device or a pipe, which a rename would replace", "[output]") {
  // As root, renaming over /dev/null would make it a plain file: a pipe shows the same, harmlessly.
  TempDir dir;
  const std::string pipe = dir.file("pipe");
  REQUIRE(::mkfifo(pipe.c_str(), 0644) == 0);
  check_refused(write_schema(pipe), "cityseceval: error: cannot write " + pipe +
                                        ": -o replaces only regular files, not a device or a pipe; leave out -o to "
                                        "write to standard output");
  RunResult zh = run_cli({"schema", "assessment", "--lang", "zh", "-o", pipe});
  check_refused(zh, "cityseceval: error: 无法写入 " + pipe +
                        "：-o 只替换普通文件，不替换设备或管道；不加 -o 即写到标准输出");
  CHECK(S_ISFIFO(status_of(pipe).st_mode));
  CHECK(dir.list() == std::vector<std::string>{"pipe"});
}
