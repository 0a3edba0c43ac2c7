#include "support.h"

#include <catch2/catch.hpp>

#include <fstream>
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

Scheme load_test_tree(const std::string& relative) { return load_or_fail(read_source_file(relative), relative); }

}  // namespace cityseceval::testing
