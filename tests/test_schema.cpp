// The JSON Schemas the binary carries (cityseceval/schemas.h) and `cityseceval
// schema`. Whether the shipped files validate against them is tested by
// tests/schema/validate.py (ctest: schema_validation), which needs Python.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <vector>

#include "cityseceval/load.h"
#include "cityseceval/schemas.h"
#include "run_binary.h"

using cityseceval::testing::run_cli;
using cityseceval::testing::source_text;
using cityseceval::testing::exit_ok;
using cityseceval::testing::exit_usage;
using cityseceval::testing::read_bytes;
using cityseceval::testing::RunOptions;
using cityseceval::testing::RunResult;
using cityseceval::testing::source_path;
using cityseceval::testing::TempDir;
using Json = nlohmann::json;

namespace {


Json schema_json(const std::string& relative) { return Json::parse(source_text(relative)); }

// JSON pointers of the property schemas under `node` that have no title or no
// description, which editors show on hover. A bare {"$ref": ...} takes both
// from the definition it names, which is checked where it is defined.
void find_undescribed(const Json& node, const std::string& where, std::vector<std::string>& missing) {
  if (!node.is_object()) return;
  for (const char* key : {"properties", "$defs"}) {
    if (!node.contains(key)) continue;
    for (const auto& [name, property] : node[key].items()) {
      bool bare_ref = property.is_object() && property.size() == 1 && property.contains("$ref");
      // `false` forbids a key in one variant (direct_score in a points-sum
      // tree): there is nothing to describe, the key is described where allowed.
      bool forbidden = property.is_boolean() && !property.get<bool>();
      if (!bare_ref && !forbidden && !(property.contains("title") && property.contains("description"))) {
        missing.push_back(where + "/" + key + "/" + name);
      }
    }
  }
  for (const auto& [key, child] : node.items()) {
    if (child.is_object()) find_undescribed(child, where + "/" + key, missing);
    if (child.is_array()) {
      for (std::size_t i = 0; i < child.size(); ++i) {
        find_undescribed(child[i], where + "/" + key + "/" + std::to_string(i), missing);
      }
    }
  }
}

}  // namespace

TEST_CASE("the binary carries every schema byte for byte", "[schema]") {
  const auto& schemas = cityseceval::json_schemas();
  REQUIRE(schemas.size() == 5);
  CHECK(schemas[0].name == "tree");
  CHECK(schemas[0].path == "docs/schema/indicator-tree.schema.json");
  CHECK(schemas[0].text == source_text("docs/schema/indicator-tree.schema.json"));
  CHECK(schemas[1].name == "assessment");
  CHECK(schemas[1].path == "docs/schema/assessment.schema.json");
  CHECK(schemas[1].text == source_text("docs/schema/assessment.schema.json"));
  CHECK(schemas[2].name == "tailoring");
  CHECK(schemas[2].path == "docs/schema/tailoring.schema.json");
  CHECK(schemas[2].text == source_text("docs/schema/tailoring.schema.json"));
  CHECK(schemas[3].name == "weights");
  CHECK(schemas[3].path == "docs/schema/weight-profile.schema.json");
  CHECK(schemas[3].text == source_text("docs/schema/weight-profile.schema.json"));
  CHECK(schemas[4].name == "plan");
  CHECK(schemas[4].path == "docs/schema/plan.schema.json");
  CHECK(schemas[4].text == source_text("docs/schema/plan.schema.json"));
  CHECK(cityseceval::find_json_schema("assessment") == &schemas[1]);
  CHECK(cityseceval::find_json_schema("indicator-tree") == nullptr);
}

TEST_CASE("schema tree prints docs/schema/indicator-tree.schema.json exactly", "[schema]") {
  RunResult result = run_cli({"schema", "tree"});
  CHECK(result.exit_code == exit_ok);
  CHECK(result.err.empty());
  CHECK(result.out == source_text("docs/schema/indicator-tree.schema.json"));
}

TEST_CASE("schema assessment prints docs/schema/assessment.schema.json exactly", "[schema]") {
  RunResult result = run_cli({"schema", "assessment"});
  CHECK(result.exit_code == exit_ok);
  CHECK(result.err.empty());
  CHECK(result.out == source_text("docs/schema/assessment.schema.json"));
}

TEST_CASE("schema tailoring prints docs/schema/tailoring.schema.json exactly", "[schema]") {
  RunResult result = run_cli({"schema", "tailoring"});
  CHECK(result.exit_code == exit_ok);
  CHECK(result.err.empty());
  CHECK(result.out == source_text("docs/schema/tailoring.schema.json"));
}

TEST_CASE("schema weights prints docs/schema/weight-profile.schema.json exactly", "[schema]") {
  RunResult result = run_cli({"schema", "weights"});
  CHECK(result.exit_code == exit_ok);
  CHECK(result.err.empty());
  CHECK(result.out == source_text("docs/schema/weight-profile.schema.json"));
}

TEST_CASE("schema plan prints docs/schema/plan.schema.json exactly", "[schema]") {
  RunResult result = run_cli({"schema", "plan"});
  CHECK(result.exit_code == exit_ok);
  CHECK(result.err.empty());
  CHECK(result.out == source_text("docs/schema/plan.schema.json"));
}

TEST_CASE("schema -o writes the schema to a file and nothing else", "[schema]") {
  TempDir directory;
  RunResult result = run_cli({"schema", "assessment", "-o", directory.file("assessment.schema.json")});
  CHECK(result.exit_code == exit_ok);
  CHECK(result.out.empty());
  CHECK(result.err.empty());
  CHECK(directory.list() == std::vector<std::string>{"assessment.schema.json"});
  CHECK(read_bytes(directory.file("assessment.schema.json")) == source_text("docs/schema/assessment.schema.json"));
}

TEST_CASE("schema -o into a missing directory fails and writes nothing", "[schema]") {
  TempDir directory;
  std::string target = directory.file("missing/assessment.schema.json");
  RunResult result = run_cli({"schema", "assessment", "-o", target});
  CHECK(result.exit_code == 1);
  CHECK(result.out.empty());
  CHECK(result.err == "cityseceval: error: cannot write " + target + ": No such file or directory\n");
  CHECK(directory.list().empty());
}

TEST_CASE("schema with an unknown name is a usage error naming the schemas", "[schema]") {
  RunResult result = run_cli({"schema", "tre"});
  CHECK(result.exit_code == exit_usage);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "cityseceval: error: unknown schema \"tre\" (did you mean \"tree\"?); expected one of: tree, assessment, "
        "tailoring, weights, plan\n");

  result = run_cli({"schema", "score"});
  CHECK(result.exit_code == exit_usage);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "cityseceval: error: unknown schema \"score\"; expected one of: tree, assessment, tailoring, weights, plan\n");
}

TEST_CASE("schema without a name is a usage error", "[schema]") {
  RunResult result = run_cli({"schema"});
  CHECK(result.exit_code == exit_usage);
  CHECK(result.out.empty());
  CHECK_THAT(result.err, Catch::Contains("name is required"));
}

TEST_CASE("every schema is draft 2020-12 with a stable $id", "[schema]") {
  for (const auto& [file, id] : std::vector<std::pair<std::string, std::string>>{
           {"docs/schema/indicator-tree.schema.json", "https://cityseceval.invalid/schema/indicator-tree.schema.json"},
           {"docs/schema/assessment.schema.json", "https://cityseceval.invalid/schema/assessment.schema.json"},
           {"docs/schema/tailoring.schema.json", "https://cityseceval.invalid/schema/tailoring.schema.json"},
           {"docs/schema/weight-profile.schema.json", "https://cityseceval.invalid/schema/weight-profile.schema.json"},
           {"docs/schema/plan.schema.json", "https://cityseceval.invalid/schema/plan.schema.json"}}) {
    INFO(file);
    Json schema = schema_json(file);
    CHECK(schema["$schema"] == "https://json-schema.org/draft/2020-12/schema");
    CHECK(schema["$id"] == id);
    CHECK(schema["additionalProperties"] == false);
  }
}

TEST_CASE("every property of every schema has a title and a description", "[schema]") {
  for (const std::string file : {"docs/schema/indicator-tree.schema.json", "docs/schema/assessment.schema.json",
                                 "docs/schema/tailoring.schema.json", "docs/schema/weight-profile.schema.json",
                                 "docs/schema/plan.schema.json"}) {
    INFO(file);
    std::vector<std::string> missing;
    find_undescribed(schema_json(file), "", missing);
    CHECK(missing == std::vector<std::string>{});
  }
}

TEST_CASE("the tree schema knows every top-level key of the tree format", "[schema]") {
  Json properties = schema_json("docs/schema/indicator-tree.schema.json")["properties"];
  std::set<std::string> keys;
  for (const auto& [key, value] : properties.items()) keys.insert(key);
  // The keys src/tree_loader.cpp allows at the top (docs/tree-format.md).
  CHECK(keys == std::set<std::string>{"id", "title", "title_en", "source", "version", "max_points", "aggregation",
                                      "total_cap", "precision", "scale", "grades", "indicators", "tailoring"});
}

TEST_CASE("the plan schema knows every key of the plan format", "[schema]") {
  Json schema = schema_json("docs/schema/plan.schema.json");
  std::set<std::string> keys;
  for (const auto& [key, value] : schema["properties"].items()) keys.insert(key);
  std::set<std::string> stage_keys;
  for (const auto& [key, value] : schema["$defs"]["stage"]["properties"].items()) stage_keys.insert(key);
  // The keys src/plan_parser.cpp allows (docs/plan-format.md).
  CHECK(keys == std::set<std::string>{"plan", "plan_en", "scheme", "city", "stages"});
  CHECK(stage_keys == std::set<std::string>{"name", "name_en", "scope", "date"});
}

// The assessment schema spells out the built-in scale for editors; the tree
// file is the source of truth, so the two must not drift apart.
TEST_CASE("the assessment schema's rating words and values are the built-in scale's", "[schema]") {
  const cityseceval::BuiltinScheme* builtin = cityseceval::find_builtin_scheme("city-cybersecurity");
  REQUIRE(builtin);
  cityseceval::Diagnostics diagnostics;
  auto scheme = cityseceval::load_tree(builtin->text, std::string(builtin->path), diagnostics);
  REQUIRE(scheme);
  Json words = Json::array();
  Json values = Json::array();
  std::vector<std::string> chinese;
  for (const auto& level : std::get<cityseceval::RatingMean>(scheme->aggregation).scale.levels) {
    words.push_back(level.id);
    chinese.push_back(level.name);
    values.push_back(Json::parse(level.value.short_string()));
  }
  for (const std::string& name : chinese) words.push_back(name);

  Json rating = schema_json("docs/schema/assessment.schema.json")["$defs"]["builtinRating"]["anyOf"];
  CHECK(rating[0]["enum"] == words);
  CHECK(rating[1]["enum"] == values);
  Json long_form;
  for (const Json& form : rating) {
    if (form.value("title", "") == "Long form 详细形式") long_form = form["properties"]["rating"]["anyOf"];
  }
  REQUIRE(long_form.is_array());
  CHECK(long_form[0]["enum"] == words);
  CHECK(long_form[1]["enum"] == values);
  CHECK(values == Json::parse("[1, 0.8, 0.5, 0]"));
  // The words for an item that does not apply are the engine's.
  Json na = schema_json("docs/schema/assessment.schema.json")["$defs"]["notApplicable"]["properties"]["rating"]["enum"];
  CHECK(na == Json::array({std::string(cityseceval::not_applicable_word), std::string(cityseceval::not_applicable_word_zh)}));
}
