// The tree writer (render_tree.h): a scheme written as a tree file loads back
// to the same scheme, field by field; the built-in tree written and loaded
// back scores every example exactly as the built-in does; hostile texts survive
// the YAML quoting; a tailored scheme keeps its record; points-sum schemes are
// refused.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "cityseceval/input.h"
#include "cityseceval/load.h"
#include "cityseceval/render.h"
#include "cityseceval/render_tree.h"
#include "cityseceval/score.h"
#include "cityseceval/tailoring.h"
#include "run_binary.h"
#include "support.h"

using namespace cityseceval;
using namespace cityseceval::testing;

namespace {

// `scheme` written and loaded back; fails the test unless it loads cleanly.
Scheme round_trip(const Scheme& scheme) {
  std::optional<std::string> text = render_tree_yaml(scheme);
  REQUIRE(text);
  Diagnostics diagnostics;
  std::optional<Scheme> loaded = load_tree(*text, "written.yaml", diagnostics);
  INFO(*text);
  INFO((diagnostics.all().empty() ? std::string() : format_diagnostic(diagnostics.all()[0], Language::en)));
  REQUIRE(loaded);
  CHECK(diagnostics.empty());
  return std::move(*loaded);
}

void check_same(const Indicator& a, const Indicator& b) {
  INFO("indicator " << a.id);
  CHECK(a.id == b.id);
  CHECK(a.level == b.level);
  CHECK(a.name == b.name);
  CHECK(a.heading == b.heading);
  CHECK(a.name_en == b.name_en);
  CHECK(a.description == b.description);
  CHECK(a.points == b.points);
  CHECK(a.floor == b.floor);
  CHECK(a.bonus == b.bonus);
  CHECK(a.cap == b.cap);
  CHECK(a.retired_items == b.retired_items);
  REQUIRE(a.items.size() == b.items.size());
  for (std::size_t i = 0; i < a.items.size(); ++i) {
    CHECK(a.items[i].id == b.items[i].id);
    CHECK(a.items[i].text == b.items[i].text);
    CHECK(std::get<RatedItem>(a.items[i].kind).direct_score == std::get<RatedItem>(b.items[i].kind).direct_score);
  }
  REQUIRE(a.children.size() == b.children.size());
  for (std::size_t i = 0; i < a.children.size(); ++i) check_same(a.children[i], b.children[i]);
}

void check_same(const Scheme& a, const Scheme& b) {
  CHECK(a.id == b.id);
  CHECK(a.title == b.title);
  CHECK(a.title_en == b.title_en);
  CHECK(a.source == b.source);
  CHECK(a.version == b.version);
  CHECK(a.max_points == b.max_points);
  CHECK(a.total_cap == b.total_cap);
  CHECK(a.precision.decimals == b.precision.decimals);
  CHECK(a.precision.rounding == b.precision.rounding);
  const auto& scale_a = std::get<RatingMean>(a.aggregation).scale.levels;
  const auto& scale_b = std::get<RatingMean>(b.aggregation).scale.levels;
  REQUIRE(scale_a.size() == scale_b.size());
  for (std::size_t i = 0; i < scale_a.size(); ++i) {
    CHECK(scale_a[i].id == scale_b[i].id);
    CHECK(scale_a[i].name == scale_b[i].name);
    CHECK(scale_a[i].name_en == scale_b[i].name_en);
    CHECK(scale_a[i].value == scale_b[i].value);
  }
  REQUIRE(a.grades.size() == b.grades.size());
  for (std::size_t i = 0; i < a.grades.size(); ++i) {
    const GradeBand& x = a.grades[i];
    const GradeBand& y = b.grades[i];
    CHECK(x.id == y.id);
    CHECK(x.name == y.name);
    CHECK(x.name_en == y.name_en);
    CHECK(x.min == y.min);
    CHECK(x.min_inclusive == y.min_inclusive);
    CHECK(x.max == y.max);
    CHECK(x.max_inclusive == y.max_inclusive);
  }
  REQUIRE(a.indicators.size() == b.indicators.size());
  for (std::size_t i = 0; i < a.indicators.size(); ++i) check_same(a.indicators[i], b.indicators[i]);
  REQUIRE(a.tailoring.has_value() == b.tailoring.has_value());
  if (!a.tailoring) return;
  CHECK(a.tailoring->base_id == b.tailoring->base_id);
  CHECK(a.tailoring->base_version == b.tailoring->base_version);
  REQUIRE(a.tailoring->changes.size() == b.tailoring->changes.size());
  for (std::size_t i = 0; i < a.tailoring->changes.size(); ++i) {
    const TailoringChange& x = a.tailoring->changes[i];
    const TailoringChange& y = b.tailoring->changes[i];
    INFO("change " << i);
    CHECK(x.kind == y.kind);
    CHECK(x.item == y.item);
    CHECK(x.indicator == y.indicator);
    CHECK(x.text == y.text);
    CHECK(x.from == y.from);
    CHECK(x.to == y.to);
    CHECK(x.reason == y.reason);
  }
}

Scheme load_small_ten() { return load_test_tree("tests/data/trees/small-ten.yaml"); }

}  // namespace

TEST_CASE("the built-in tree written and loaded back is the same scheme", "[render_tree]") {
  check_same(builtin_scheme(), round_trip(builtin_scheme()));
}

TEST_CASE("the built-in tree written and loaded back scores every example identically", "[render_tree]") {
  const Scheme written = round_trip(builtin_scheme());
  int scored = 0;
  for (const auto& entry : std::filesystem::directory_iterator(source_path("examples"))) {
    std::string file = "examples/" + entry.path().filename().string();
    std::string text = read_source_file(file);
    if (!file.ends_with(".yaml") || detect_input_kind(text, file) != InputKind::assessment_yaml) continue;
    SchemeCache schemes;
    Diagnostics diagnostics;
    // By its full path: a scheme: path is read relative to the assessment.
    auto loaded = load_assessment(text, source_path(file), {}, schemes, diagnostics);
    REQUIRE(loaded);
    if (loaded->scheme->id != "city-cybersecurity") continue;
    INFO(file);
    auto again = read_assessment(text, source_path(file), written, diagnostics);
    REQUIRE(again);
    // The whole report, every number and name of it, is the same.
    CHECK(render_json(score(written, *again)) == render_json(score(*loaded->scheme, loaded->assessment)));
    ++scored;
  }
  CHECK(scored >= 6);  // the examples of the standard: the loop did run
}

TEST_CASE("a tailored scheme written and loaded back keeps its record and retired IDs", "[render_tree]") {
  const std::string example = "examples/chenghu-2025.tailoring.yaml";
  Diagnostics diagnostics;
  auto tailored = load_tailoring(read_source_file(example), example, diagnostics);
  REQUIRE(tailored);
  Scheme written = round_trip(tailored->scheme);
  check_same(tailored->scheme, written);
  CHECK(written.find_indicator("6.4.3")->retired_items == std::vector<std::string>{"6.4.3.2"});
  // Writing the loaded tree again gives the same bytes.
  CHECK(render_tree_yaml(written) == render_tree_yaml(tailored->scheme));
}

TEST_CASE("every text survives the YAML quoting", "[render_tree]") {
  const std::vector<std::string> hostile = {
      "He said \"yes\": done # not a comment",
      "- starts like a list entry",
      ": starts with a colon",
      "#starts with a hash",
      "line one\nline two\n",
      "windows\r\nline",
      "back\\slash and\ttab",
      "'single quotes' and `backticks`",
      "{flow: mapping}",
      "[flow, list]",
      "&anchor *alias !tag |literal >folded %directive @at",
      "  leading and trailing spaces  ",
      "true",
      "null",
      "~",
      "010",
      "1e3",
      "---",
      "...",
      "\x01 control \x1f characters \x7f",
      "line\u2028separator\u2029paragraph",
      "next\u0085line \u0080 C1",
      "\uFEFFbyte-order mark",
      "“全角引号”：冒号，# 井号 - 减号",
      "emoji 🙂 and 𝄞",
  };
  for (const std::string& text : hostile) {
    INFO("text: " << text);
    Scheme scheme = load_small_ten();
    scheme.title = text;
    scheme.title_en = text;
    scheme.source = text;
    scheme.version = text;
    Indicator& management = scheme.indicators[0];
    management.name = text;
    management.name_en = text;
    management.heading = text;
    management.description = text;
    for (Item& item : management.children[0].items) item.text = text;
    std::get<RatingMean>(scheme.aggregation).scale.levels[0].name = text;
    scheme.grades[0].name = text;
    scheme.tailoring = Tailoring{text, text, {}};
    TailoringChange change;
    change.kind = TailoringChange::Kind::reword;
    change.item = "1.1.1";
    change.text = text;
    change.reason = text;
    scheme.tailoring->changes.push_back(change);
    Scheme written = round_trip(scheme);
    check_same(scheme, written);
  }
}

TEST_CASE("numbers are written exactly, whatever their decimals", "[render_tree]") {
  Scheme scheme = load_small_ten();
  std::get<RatingMean>(scheme.aggregation).scale.levels[1].value = Rational(1234567, 10000000);  // 0.1234567
  scheme.indicators[0].children[0].points = Rational(25, 10) + Rational(1, 1000000000);
  scheme.indicators[0].children[1].points = Rational(35, 10) - Rational(1, 1000000000);
  std::optional<std::string> text = render_tree_yaml(scheme);
  REQUIRE(text);
  CHECK_THAT(*text, Catch::Contains("    value: 0.1234567\n"));
  CHECK_THAT(*text, Catch::Contains("        points: 2.500000001\n"));
  check_same(scheme, round_trip(scheme));
}

TEST_CASE("the writer's layout: quoted texts, plain numbers, a list entry per item", "[render_tree]") {
  Scheme scheme = load_small_ten();
  std::optional<std::string> text = render_tree_yaml(scheme);
  REQUIRE(text);
  std::vector<std::string> lines = lines_of(*text);
  CHECK(lines.at(0) == "# An indicator tree written by cityseceval (format: docs/tree-format.md).");
  CHECK(lines.at(1) == "id: \"small-ten\"");
  CHECK_THAT(*text, Catch::Contains("precision:\n  decimals: 1\n  rounding: half-even\n"));
  CHECK_THAT(*text, Catch::Contains("      - id: \"2.1\"\n        name: \"防护\"\n        name_en: \"Protection\"\n"
                                    "        points: 4\n        items:\n"
                                    "          - id: \"2.1.1\"\n            text: \"部署防火墙。\"\n"));
  CHECK_THAT(*text, !Catch::Contains("tailoring:"));
  CHECK_THAT(*text, !Catch::Contains("retired_items"));
}

TEST_CASE("a points-sum scheme is not written: its rules are not part of the writer", "[render_tree]") {
  CHECK_FALSE(render_tree_yaml(municipal_scheme()));
}
