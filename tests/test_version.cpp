// The version a run reports: --version names the tool's version, set in one
// place (CMakeLists.txt's project()), and each built-in scheme with the
// digest of the tree file compiled in, so a result can be traced to exactly
// what produced it.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iterator>
#include <regex>
#include <string>
#include <vector>

#include "cityseceval/load.h"
#include "cityseceval/version.h"
#include "run_binary.h"
#include "support.h"

using cityseceval::testing::exit_ok;
using cityseceval::testing::run_cli;
using cityseceval::testing::source_path;
using cityseceval::testing::source_text;

namespace {

// The VERSION of CMakeLists.txt's project(): the one place the version is set.
std::string project_version() {
  std::smatch match;
  std::string cmake = source_text("CMakeLists.txt");
  REQUIRE(std::regex_search(cmake, match, std::regex(R"(project\(cityseceval VERSION ([0-9.]+))")));
  return match[1];
}

// The SHA-256 of a file as sha256sum(1) gives it: computed by another
// program than the build's, so the digest in --version is checked, not echoed.
std::string sha256sum(const std::string& path) {
  std::string command = "sha256sum '" + path + "'";
  FILE* pipe = ::popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char digest[65] = {};
  REQUIRE(std::fread(digest, 1, 64, pipe) == 64);
  ::pclose(pipe);
  return digest;
}

}  // namespace

TEST_CASE("the version is set in one place and the library reports it") {
  CHECK(cityseceval::tool_version() == project_version());
  CHECK(cityseceval::tool_name_and_version() == "cityseceval " + project_version());
}

TEST_CASE("version: --version prints the tool's version, then each built-in scheme's id, version and digest") {
  auto result = run_cli({"--version"});
  CHECK(result.exit_code == exit_ok);
  CHECK(result.err.empty());
  // Both trees declare version: "1.0" (indicators/*.yaml).
  std::string expected = "cityseceval " + project_version() + "\n" +
                         "scheme city-cybersecurity 1.0 sha256:" +
                         sha256sum(source_path("indicators/city-cybersecurity.yaml")).substr(0, 12) + "\n" +
                         "scheme municipal-infosec-work 1.0 sha256:" +
                         sha256sum(source_path("indicators/municipal-infosec-work.yaml")).substr(0, 12) + "\n";
  CHECK(result.out == expected);
}

TEST_CASE("each built-in scheme carries the digest of the tree file it was compiled from") {
  for (const cityseceval::BuiltinScheme& scheme : cityseceval::builtin_schemes()) {
    CAPTURE(scheme.id);
    CHECK(scheme.sha256 == sha256sum(source_path(std::string(scheme.path))));
  }
}

TEST_CASE("every JSON report names its generator: cityseceval and the version --version prints") {
  const nlohmann::ordered_json generator = {{"name", "cityseceval"}, {"version", project_version()}};
  const std::vector<std::vector<std::string>> reports = {
      {"score", "examples/yunxi-2025.yaml", "--format", "json"},
      {"score", "examples/yunxi-2025.yaml", "--format", "jsonl"},
      {"score", "--plan", "examples/plan-yunxi-2025.yaml", "examples/yunxi-2025-stage1.yaml", "--format", "json"},
      {"compare", "examples/yunxi-2025-stage1.yaml", "examples/yunxi-2025.yaml", "--format", "json"},
      {"gaps", "examples/yunxi-2025.yaml", "--format", "json"},
      {"explain", "examples/yunxi-2025.yaml", "7.6.3", "--format", "json"},
      {"rank", "examples/yunxi-2025.yaml", "examples/baishi-2025.yaml", "--format", "json"},
      {"trend", "examples/yunxi-2025-stage1.yaml", "examples/yunxi-2025-stage2.yaml", "--format", "json"},
  };
  for (const std::vector<std::string>& arguments : reports) {
    CAPTURE(arguments);
    auto result = run_cli(arguments);
    REQUIRE(result.exit_code == exit_ok);
    const auto report = nlohmann::ordered_json::parse(result.out);
    // The last key, so the keys a script already reads keep their places.
    REQUIRE(report.is_object());
    CHECK(report.back() == generator);
    CHECK(std::prev(report.end()).key() == "generator");
  }
  // Several files in json: each object of the array carries it.
  auto several = run_cli({"score", "examples/yunxi-2025.yaml", "examples/baishi-2025.yaml", "--format", "json"});
  for (const auto& object : nlohmann::ordered_json::parse(several.out)) CHECK(object["generator"] == generator);
}
