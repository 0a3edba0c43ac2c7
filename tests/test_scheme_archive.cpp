// The compiled built-in trees (src/scheme_archive.h): a run restores each
// built-in scheme from the form the build stored instead of parsing its YAML,
// so the restored scheme must be the loaded one in everything an output or a
// diagnostic can show.
#include <catch2/catch.hpp>

#include <string>

#include "builtin_trees_data.h"
#include "cityseceval/load.h"
#include "cityseceval/render.h"
#include "cityseceval/render_markdown.h"
#include "cityseceval/render_tree.h"
#include "cityseceval/template.h"
#include "scheme_archive.h"
#include "scoring_support.h"
#include "support.h"

using namespace cityseceval;
using namespace cityseceval::testing;

namespace {

Scheme parsed(const detail::EmbeddedTree& tree) {
  Diagnostics diagnostics;
  std::optional<Scheme> scheme = load_tree(tree.text, std::string(tree.path), diagnostics);
  REQUIRE(scheme);
  REQUIRE(diagnostics.empty());
  return std::move(*scheme);
}

Scheme restored(const detail::EmbeddedTree& tree) {
  Diagnostics diagnostics;
  std::optional<Scheme> scheme = load_builtin_scheme(std::string(tree.id), {}, diagnostics);
  REQUIRE(scheme);
  REQUIRE(diagnostics.empty());
  return std::move(*scheme);
}

}  // namespace

TEST_CASE("every built-in tree has a compiled form made from its current text") {
  for (const detail::EmbeddedTree& tree : detail::embedded_trees()) {
    INFO(tree.path);
    CHECK(tree.sha256.size() == 64);
    bool found = false;
    for (const detail::CompiledTree& compiled : detail::compiled_trees()) {
      if (compiled.id == tree.id) found = compiled.sha256 == tree.sha256;
    }
    CHECK(found);
  }
}

TEST_CASE("a restored built-in scheme is the scheme loaded from its YAML") {
  for (const detail::EmbeddedTree& tree : detail::embedded_trees()) {
    INFO(tree.path);
    Scheme from_yaml = parsed(tree);
    Scheme compiled = restored(tree);
    CHECK(detail::save_scheme(compiled) == detail::save_scheme(from_yaml));
    CHECK(compiled.file == std::string(tree.path));
    CHECK(compiled.item_count() == from_yaml.item_count());
    CHECK(compiled.rated_indicators().size() == from_yaml.rated_indicators().size());
    for (Language language : {Language::zh, Language::en}) {
      CHECK(render_markdown(compiled, language, tree.path) == render_markdown(from_yaml, language, tree.path));
      CHECK(render_template_yaml(compiled, language, "s.json") == render_template_yaml(from_yaml, language, "s.json"));
    }
    CHECK(render_tree_yaml(compiled) == render_tree_yaml(from_yaml));
    // Locations survive: diagnostics about a built-in tree point at its lines.
    const Indicator& first = compiled.indicators.front();
    CHECK(first.location.file == std::string(tree.path));
    CHECK(first.location.line == from_yaml.indicators.front().location.line);
    CHECK(first.location.column == from_yaml.indicators.front().location.column);
  }
}

TEST_CASE("an example scores the same against the restored and the loaded scheme") {
  const detail::EmbeddedTree* city = nullptr;
  for (const detail::EmbeddedTree& tree : detail::embedded_trees()) {
    if (tree.id == default_scheme_id) city = &tree;
  }
  REQUIRE(city);
  Scheme from_yaml = parsed(*city);
  Scheme compiled = restored(*city);
  std::string text = read_source_file("examples/yunxi-2025.yaml");
  CHECK(render_json(score_text(compiled, text)) == render_json(score_text(from_yaml, text)));
}

TEST_CASE("restore_scheme refuses bytes that are not a whole stored scheme") {
  const detail::EmbeddedTree& tree = detail::embedded_trees().front();
  std::string bytes = detail::save_scheme(parsed(tree));
  CHECK(detail::restore_scheme(bytes));
  CHECK_FALSE(detail::restore_scheme(std::string_view(bytes).substr(0, bytes.size() / 2)));
  CHECK_FALSE(detail::restore_scheme(bytes + "x"));
  CHECK_FALSE(detail::restore_scheme(""));
}
