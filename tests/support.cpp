#include "support.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "cityseceval/load.h"

namespace cityseceval::testing {

namespace {

Scheme load_or_fail(std::string_view text, const std::string& name) {
  Diagnostics diagnostics;
  auto scheme = load_tree(text, name, diagnostics);
  INFO((diagnostics.all().empty() ? std::string() : format_diagnostic(diagnostics.all()[0], Language::en)));
  REQUIRE(scheme);
  CHECK_FALSE(diagnostics.has_errors());
  return std::move(*scheme);
}

Scheme load_builtin_or_fail(std::string_view id) {
  const BuiltinScheme* builtin = find_builtin_scheme(id);
  REQUIRE(builtin != nullptr);
  return load_or_fail(builtin->text, std::string(builtin->path));
}

}  // namespace

const Scheme& builtin_scheme() {
  static const Scheme scheme = load_builtin_or_fail("city-cybersecurity");
  return scheme;
}

const Scheme& municipal_scheme() {
  static const Scheme scheme = load_builtin_or_fail("municipal-infosec-work");
  return scheme;
}

std::string read_source_file(const std::string& relative) {
  std::ifstream in(std::string(CITYSECEVAL_SOURCE_DIR) + "/" + relative, std::ios::binary);
  INFO(relative);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::string squeezed_line(const std::string& text, const std::string& start) {
  for (const std::string& line : lines_of(text)) {
    std::string out;
    for (char c : line) {
      if (c != ' ' || (!out.empty() && out.back() != ' ')) out += c;
    }
    if (out.starts_with(start)) return out;
  }
  return "";
}

std::vector<std::string> headline_lines(const std::string& text) {
  std::vector<std::string> headlines;
  for (const std::string& line : lines_of(text)) {
    if (!line.empty() && line[0] != ' ') headlines.push_back(line);
  }
  return headlines;
}

Scheme load_test_tree(const std::string& relative) { return load_or_fail(read_source_file(relative), relative); }

const Scheme& small_ten() {
  static const Scheme scheme = load_test_tree("tests/data/trees/small-ten.yaml");
  return scheme;
}

const Scheme& rules_small() {
  static const Scheme scheme = load_test_tree("tests/data/trees/rules-small.yaml");
  return scheme;
}

namespace {

const std::map<std::string, std::string>& pinned_chinese() {
  static const std::map<std::string, std::string> pinned = [] {
    std::map<std::string, std::string> pairs;
    std::vector<std::string> lines = lines_of(read_source_file("tests/data/messages/zh.txt"));
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
      if (lines[i].empty() || lines[i].starts_with("#")) continue;
      pairs[lines[i]] = lines[i + 1];
      ++i;
    }
    return pairs;
  }();
  return pinned;
}

}  // namespace

void check_chinese(const std::string& en, const std::string& zh) {
  const auto& pinned = pinned_chinese();
  auto found = pinned.find(en);
  if (found == pinned.end()) {
    if (const char* capture = std::getenv("CITYSECEVAL_PIN_CHINESE")) {
      std::ofstream(capture, std::ios::app) << en << "\n" << zh << "\n\n";
      return;
    }
    FAIL("no Chinese is pinned for: " << en << "\n(it is: " << zh << ")");
  }
  INFO("the Chinese of: " << en);
  CHECK(zh == found->second);
}

std::vector<std::string> pinned_lines(const Diagnostics& diagnostics) {
  std::vector<std::string> lines;
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    lines.push_back(format_diagnostic(diagnostic, Language::en));
    check_chinese(lines.back(), format_diagnostic(diagnostic, Language::zh));
  }
  return lines;
}

}  // namespace cityseceval::testing
