// Weights (A.1-A.3): trees given by weights, weight profiles, and the tree
// writer's two forms, through the public API and the built binary. Every
// expected number is worked out by hand from Table B.1 (the points in
// indicators/city-cybersecurity.yaml) in the comment beside it.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <string>

#include "cityseceval/input.h"
#include "cityseceval/load.h"
#include "cityseceval/render_tree.h"
#include "cityseceval/score.h"
#include "cityseceval/weights.h"
#include "run_binary.h"
#include "scoring_support.h"
#include "support.h"

using namespace cityseceval;
using namespace cityseceval::testing;

namespace {

// The built-in scheme with a profile of tests/data/weights applied.
Scheme builtin_with_profile(const std::string& name) {
  const BuiltinScheme* builtin = find_builtin_scheme("city-cybersecurity");
  REQUIRE(builtin);
  Diagnostics diagnostics;
  std::optional<Scheme> scheme = load_tree(builtin->text, std::string(builtin->path), diagnostics);
  REQUIRE(scheme);
  std::string file = "tests/data/weights/" + name;
  std::optional<WeightProfile> profile = read_weight_profile(read_source_file(file), file, diagnostics);
  REQUIRE(profile);
  bool applied = apply_weight_profile(*profile, *scheme, diagnostics);
  INFO((diagnostics.all().empty() ? std::string() : format_diagnostic(diagnostics.all()[0], Language::en)));
  REQUIRE(applied);
  return std::move(*scheme);
}

// Loads a tree from text, which must load cleanly.
Scheme load_text(const std::string& text, const std::string& name) {
  Diagnostics diagnostics;
  std::optional<Scheme> scheme = load_tree(text, name, diagnostics);
  INFO((diagnostics.all().empty() ? std::string() : format_diagnostic(diagnostics.all()[0], Language::en)));
  REQUIRE(scheme);
  CHECK_FALSE(diagnostics.has_errors());
  return std::move(*scheme);
}

// The English lines of everything `check` says about a file, Chinese pinned.
std::vector<std::string> check_lines(const std::string& file) {
  RunResult run = run_cli({"check", file});
  RunResult zh = run_cli({"check", "--lang", "zh", file});
  std::vector<std::string> en_lines, out;
  for (const std::string& line : lines_of(run.out)) {
    if (line.find(": error: ") != std::string::npos) en_lines.push_back(line);
  }
  std::vector<std::string> zh_lines;
  for (const std::string& line : lines_of(zh.out)) {
    if (line.find(": error: ") != std::string::npos) zh_lines.push_back(line);
  }
  REQUIRE(en_lines.size() == zh_lines.size());
  for (std::size_t i = 0; i < en_lines.size(); ++i) check_chinese(en_lines[i], zh_lines[i]);
  CHECK(run.exit_code == exit_invalid_input);
  return en_lines;
}

}  // namespace

// --- Trees given by weights ---------------------------------------------------------------

TEST_CASE("weights: a tree given by weights has the points of its weights", "[weights]") {
  // small-ten-weights: 1 alpha 0.6 of 10 = 6; 1.1 5/12 of 6 = 2.5; 1.2 7/12 of 6 = 3.5;
  // 2 alpha 0.4 of 10 = 4; 2.1 1 of 4 = 4. The points of small-ten.yaml.
  Scheme weights = load_test_tree("tests/data/trees/small-ten-weights.yaml");
  CHECK(weights.form == PointsForm::weights);
  CHECK(weights.find_indicator("1")->points == Rational(6));
  CHECK(weights.find_indicator("1.1")->points == Rational(5, 2));
  CHECK(weights.find_indicator("1.2")->points == Rational(7, 2));
  CHECK(weights.find_indicator("2")->points == Rational(4));
  CHECK(weights.find_indicator("2.1")->points == Rational(4));
  CHECK(weights.weight_of(*weights.find_indicator("1.1")) == Rational(5, 12));
  CHECK(weights.weight_of(*weights.find_indicator("2")) == Rational(2, 5));
}

TEST_CASE("weights: the same ratings score the same in the points form and the weights form", "[weights]") {
  // 1.1 [good]: 2.5; 1.2 [fair, poor]: X = 1/4, 7/8; 2.1 [good, fair, poor]: X = 1/2, 2.
  //   M = 5/2 + 7/8 + 2 = 43/8 = 5.375 -> 5.4 (one decimal, half-even); as weights
  //   M/max = 0.6*(5/12*1 + 7/12*1/4) + 0.4*(1*1/2) = 0.6*(27/48) + 0.2 = 43/80, times 10.
  const std::string text = "city: 苏州市\nratings:\n  \"1.1\": [good]\n  \"1.2\": [fair, poor]\n"
                           "  \"2.1\": [good, fair, poor]\n";
  Scheme points = load_test_tree("tests/data/trees/small-ten.yaml");
  Scheme weights = load_test_tree("tests/data/trees/small-ten-weights.yaml");
  ScoreResult by_points = score_text(points, text);
  ScoreResult by_weights = score_text(weights, text);
  CHECK(by_points.composite == Rational(43, 8));
  CHECK(by_weights.composite == Rational(43, 8));
  CHECK(by_weights.composite / by_weights.max == Rational(43, 80));
  CHECK(by_weights.format(by_weights.reported) == "5.4");
}

TEST_CASE("weights: Table B.1 written as weights has its shares exactly, and scores every example the same",
          "[weights]") {
  const Scheme& points = builtin_scheme();
  std::optional<std::string> written = render_tree_yaml(points, PointsForm::weights);
  REQUIRE(written);
  Scheme weights = load_text(*written, "city-cybersecurity.weights.yaml");
  CHECK(weights.form == PointsForm::weights);
  // Shares that no decimal holds: 6.3.1 is 2 of 6.3's 6 points (1/3), 7.5.1 is
  // 1 of 7.5's 6 (1/6), 9.2.1 is 2 of 9.2's 7 (2/7); alpha of 8 is 15/100.
  CHECK(weights.weight_of(*weights.find_indicator("6.3.1")) == Rational(1, 3));
  CHECK(weights.weight_of(*weights.find_indicator("7.5.1")) == Rational(1, 6));
  CHECK(weights.weight_of(*weights.find_indicator("9.2.1")) == Rational(2, 7));
  CHECK(weights.weight_of(*weights.find_indicator("8")) == Rational(3, 20));
  CHECK(written->find("weight: 1/3\n") != std::string::npos);
  CHECK(written->find("weight: 1/6\n") != std::string::npos);
  CHECK(written->find("weight: 2/7\n") != std::string::npos);
  CHECK(written->find("weight: 0.15\n") != std::string::npos);
  CHECK(written->find(" points:") == std::string::npos);  // "max_points:" starts its line
  for (const Indicator* rated : points.rated_indicators()) {
    CHECK(weights.find_indicator(rated->id)->points == rated->points);
  }
  // Every shipped example of the standard: the same composite, exactly.
  for (const auto& entry : std::filesystem::directory_iterator(source_path("examples"))) {
    std::string name = "examples/" + entry.path().filename().string();
    std::string text = read_source_file(name);
    if (detect_input_kind(text, name) != InputKind::assessment_yaml ||
        text.find("scheme: city-cybersecurity") == std::string::npos) {
      continue;
    }
    INFO(name);
    Diagnostics diagnostics;
    auto by_points = read_assessment(text, name, points, diagnostics);
    auto by_weights = read_assessment(text, name, weights, diagnostics);
    REQUIRE(by_points);
    REQUIRE(by_weights);
    CHECK(score(weights, *by_weights).composite == score(points, *by_points).composite);
  }
}

TEST_CASE("weights: written back as points, a tree given by weights is the points tree again", "[weights]") {
  Scheme weights = load_test_tree("tests/data/trees/small-ten-weights.yaml");
  std::optional<std::string> written = render_tree_yaml(weights, PointsForm::points);
  REQUIRE(written);
  Scheme points = load_text(*written, "small-ten-points.yaml");
  CHECK(points.form == PointsForm::points);
  CHECK(written->find("points: 2.5\n") != std::string::npos);
  CHECK(written->find("points: 3.5\n") != std::string::npos);
  CHECK(written->find("weight:") == std::string::npos);
}

TEST_CASE("weights: points that no decimal holds are written as fractions and read back", "[weights]") {
  // Three children of 10 points with weight 1/3 each: 10/3 points each.
  const std::string tree = R"(id: thirds
title: 三等分
max_points: 10
precision: {decimals: 2, rounding: half-up}
scale:
  - {id: yes, name: 是, name_en: yes, value: 1}
  - {id: no, name: 否, name_en: no, value: 0}
indicators:
  - id: "1"
    name: 全部
    name_en: All
    weight: 1
    children:
      - {id: "1.1", name: 甲, name_en: A, weight: 1/3, items: [{id: "1.1.1", text: 甲项}]}
      - {id: "1.2", name: 乙, name_en: B, weight: "1/3", items: [{id: "1.2.1", text: 乙项}]}
      - {id: "1.3", name: 丙, name_en: C, weight: 1/3, items: [{id: "1.3.1", text: 丙项}]}
)";
  Scheme thirds = load_text(tree, "thirds.yaml");
  CHECK(thirds.find_indicator("1.2")->points == Rational(10, 3));
  std::optional<std::string> as_points = render_tree_yaml(thirds, PointsForm::points);
  REQUIRE(as_points);
  CHECK(as_points->find("points: 10/3\n") != std::string::npos);
  Scheme again = load_text(*as_points, "thirds-points.yaml");
  CHECK(again.find_indicator("1.3")->points == Rational(10, 3));
  // [yes], [no], [yes]: M = 20/3 = 6.666... -> 6.67 in both forms.
  const std::string ratings = "city: 苏州市\nratings:\n  \"1.1\": [yes]\n  \"1.2\": [no]\n  \"1.3\": [yes]\n";
  CHECK(score_text(thirds, ratings).composite == Rational(20, 3));
  CHECK(score_text(again, ratings).composite == Rational(20, 3));
}

// --- Weight profiles -------------------------------------------------------------------------

TEST_CASE("weights: a profile changes alpha and every point below follows", "[weights][profile]") {
  Scheme risk = builtin_with_profile("risk.yaml");
  // 7: alpha 0.35 of 100 = 35; 7.1 keeps its share 4/30 of 7: 14/3; 7.1.1 half of it: 7/3.
  // 6: 15; 6.1 keeps 3/20 of 6: 9/4.
  CHECK(risk.find_indicator("7")->points == Rational(35));
  CHECK(risk.find_indicator("7.1")->points == Rational(14, 3));
  CHECK(risk.find_indicator("7.1.1")->points == Rational(7, 3));
  CHECK(risk.find_indicator("6.1")->points == Rational(9, 4));
  REQUIRE(risk.weight_profile);
  CHECK(risk.weight_profile->name == "侧重风险控制");
  CHECK(risk.weight_profile->name_en == "Risk-weighted");
  CHECK(risk.weighted());
  // Everything full but 7.1.1 [none, none]: M = 100 - 7/3 = 293/3 = 97.666... -> 97.67
  // (with Table B.1's weights: 100 - 2 = 98).
  ScoreResult result = score_all(risk, "full", {{"7.1.1", "[none, none]"}});
  CHECK(result.composite == Rational(293, 3));
  CHECK(result.format(result.reported) == "97.67");
  CHECK(score_all(builtin_scheme(), "full", {{"7.1.1", "[none, none]"}}).composite == Rational(98));
}

TEST_CASE("weights: a profile may change weights below level 1, as fractions", "[weights][profile]") {
  // 9.2 (7 points): 9.2.1 5/28 -> 5/4 points, 9.2.3 1/4 -> 7/4; 9.2.2 and 9.2.4 keep 2/7 -> 2.
  // The four add up to 5/28 + 8/28 + 7/28 + 8/28 = 1.
  Scheme deep = builtin_with_profile("deep.yaml");
  CHECK(deep.find_indicator("9.2.1")->points == Rational(5, 4));
  CHECK(deep.find_indicator("9.2.3")->points == Rational(7, 4));
  CHECK(deep.find_indicator("9.2.2")->points == Rational(2));
  CHECK(deep.find_indicator("9.2")->points == Rational(7));
  // Everything full but 9.2.3 [none, none, none]: M = 100 - 7/4 = 393/4 = 98.25.
  CHECK(score_all(deep, "full", {{"9.2.3", "[none, none, none]"}}).composite == Rational(393, 4));
}

TEST_CASE("weights: check reports every mistake of a profile, in both languages", "[weights][profile]") {
  CHECK(check_lines("tests/data/weights/mistakes.yaml") ==
        std::vector<std::string>{
            "tests/data/weights/mistakes.yaml:4:10: error: unknown indicator \"6.9\" (did you mean \"6.1\"?) "
            "[unknown-indicator]",
            "tests/data/weights/mistakes.yaml:5:14: error: \"6.1.1.1\" is an item; weights are given to indicators "
            "(the items of a rated indicator count equally, A.4) [unknown-indicator]",
            "tests/data/weights/mistakes.yaml:6:10: error: the weight of indicator 7.1 is 1.5; a weight is above 0 "
            "and at most 1 [weight-value]"});
  CHECK(check_lines("tests/data/weights/sum-off.yaml") ==
        std::vector<std::string>{
            "tests/data/weights/sum-off.yaml:4:8: error: the level-1 weights (alpha) add up to 0.95; they must add "
            "up to exactly 1 [weights-sum]",
            "tests/data/weights/sum-off.yaml:5:12: error: the weights of indicator 6.3's children add up to 0.999; "
            "they must add up to exactly 1; a share a decimal cannot hold exactly is written as a fraction, such as "
            "\"1/3\" [weights-sum]"});
}

TEST_CASE("weights: score --weights names the profile in text and JSON", "[weights][profile][cli]") {
  RunResult text = run_cli({"score", "examples/yunxi-2025.yaml", "--weights", "tests/data/weights/risk.yaml"});
  REQUIRE(text.exit_code == exit_ok);
  CHECK(lines_of(text.out)[1] == "Weight profile  Risk-weighted (tests/data/weights/risk.yaml)");
  RunResult zh = run_cli({"score", "examples/yunxi-2025.yaml", "--weights", "tests/data/weights/risk.yaml", "--lang", "zh"});
  CHECK(lines_of(zh.out)[1] == "权重方案  侧重风险控制 (tests/data/weights/risk.yaml)");
  RunResult json = run_cli({"score", "examples/yunxi-2025.yaml", "--weights", "tests/data/weights/risk.yaml",
                            "--format", "json"});
  REQUIRE(json.exit_code == exit_ok);
  auto parsed = nlohmann::ordered_json::parse(json.out);
  CHECK(parsed["weights"] == nlohmann::ordered_json::parse(
                                 R"({"form": "points", "profile": {"name": "侧重风险控制", "name_en": "Risk-weighted",
                                     "file": "tests/data/weights/risk.yaml"}})"));
  CHECK(parsed["indicators"][1]["weight"] == 0.35);
  CHECK(parsed["indicators"][1]["weight_exact"] == "7/20");
  CHECK(parsed["indicators"][1]["max"] == 35);
  // Without a profile, and with the tree's points, there are no weights in the JSON.
  auto plain = nlohmann::ordered_json::parse(run_cli({"score", "examples/yunxi-2025.yaml", "--format", "json"}).out);
  CHECK_FALSE(plain.contains("weights"));
  CHECK_FALSE(plain["indicators"][0].contains("weight"));
}

TEST_CASE("weights: a broken or mismatched profile stops score with its diagnostics", "[weights][profile][cli]") {
  RunResult broken = run_cli({"score", "examples/yunxi-2025.yaml", "--weights", "tests/data/weights/sum-off.yaml"});
  CHECK(broken.exit_code == exit_invalid_input);
  CHECK(broken.out.empty());
  CHECK(broken.first_error_line() ==
        "tests/data/weights/sum-off.yaml:4:8: error: the level-1 weights (alpha) add up to 0.95; they must add up to "
        "exactly 1 [weights-sum]");
  RunResult other = run_cli({"score", "examples/yunxi-2025.yaml", "--weights", "tests/data/weights/other-scheme.yaml"});
  CHECK(other.exit_code == exit_invalid_input);
  const std::string mismatch =
      "tests/data/weights/other-scheme.yaml:3:9: error: the weight profile is for scheme \"small-ten\", but the "
      "scheme scored is \"city-cybersecurity\" [scheme-mismatch]";
  CHECK(other.first_error_line() == mismatch);
  RunResult other_zh = run_cli({"score", "examples/yunxi-2025.yaml", "--weights", "tests/data/weights/other-scheme.yaml",
                                "--lang", "zh"});
  check_chinese(mismatch, other_zh.first_error_line());
  RunResult missing = run_cli({"score", "examples/yunxi-2025.yaml", "--weights", "no-such-profile.yaml"});
  CHECK(missing.exit_code == exit_invalid_input);
  CHECK(missing.first_error_line().starts_with("no-such-profile.yaml:1:1: error: cannot read file"));
}

// --- cityseceval tree --------------------------------------------------------------------------

TEST_CASE("tree: --as-weights and --as-points write trees that score the same", "[weights][cli]") {
  TempDir dir;
  std::string weights = dir.file("weights.yaml");
  std::string points = dir.file("points.yaml");
  REQUIRE(run_cli({"tree", "--as-weights", "-o", weights}).exit_code == exit_ok);
  REQUIRE(run_cli({"tree", "--tree", weights, "--as-points", "-o", points}).exit_code == exit_ok);
  CHECK(read_bytes(weights)->find("weight: 2/7\n") != std::string::npos);
  CHECK(read_bytes(points)->find("weight:") == std::string::npos);
  // yunxi scores 13643/150 (test_examples.cpp) against all three.
  for (const std::string& tree : {weights, points}) {
    RunResult run = run_cli({"score", "examples/yunxi-2025.yaml", "--tree", tree, "--format", "json"});
    REQUIRE(run.exit_code == exit_ok);
    CHECK(nlohmann::ordered_json::parse(run.out)["score_exact"] == "13643/150");
  }
  // The profile written into a tree: that tree scores like the profile.
  std::string risk = dir.file("risk.yaml");
  REQUIRE(run_cli({"tree", "--weights", "tests/data/weights/risk.yaml", "--as-weights", "-o", risk}).exit_code ==
          exit_ok);
  CHECK(read_bytes(risk)->find("weight: 0.35\n") != std::string::npos);
}

TEST_CASE("tree: usage errors and schemes it cannot write", "[weights][cli]") {
  CHECK(run_cli({"tree", "--as-weights", "--as-points"}).exit_code == exit_usage);
  RunResult rules = run_cli({"tree", "--scheme", "municipal-infosec-work"});
  CHECK(rules.exit_code == exit_invalid_input);
  CHECK(rules.err == "cityseceval: error: scheme municipal-infosec-work is a points-sum scheme; its rules cannot be "
                     "written as a tree file\n");
  TempDir dir;
  std::string tree = dir.write("t.yaml", read_source_file("tests/data/trees/small-ten.yaml"));
  RunResult overwrite = run_cli({"tree", "--tree", tree, "--as-weights", "-o", tree});
  CHECK(overwrite.exit_code == exit_usage);
  CHECK(*read_bytes(tree) == read_source_file("tests/data/trees/small-ten.yaml"));
}

TEST_CASE("weights: docs gives each indicator's weight beside its points, and names the profile", "[weights][cli]") {
  // 9.2.1 under deep.yaml: weight 5/28 of 9.2's 7 points = 5/4 = 1.25.
  RunResult en = run_cli({"docs", "--weights", "tests/data/weights/deep.yaml", "--lang", "en"});
  REQUIRE(en.exit_code == exit_ok);
  CHECK(en.out.find("\n##### 9.2.1 Cybersecurity innovation policy making and implementation (1.25 points, weight "
                    "5/28)\n") != std::string::npos);
  CHECK(en.out.find("from the weight profile 重视创新人才 (`tests/data/weights/deep.yaml`)") != std::string::npos);
  RunResult zh = run_cli({"docs", "--weights", "tests/data/weights/deep.yaml", "--lang", "zh"});
  CHECK(zh.out.find("\n### 6 政策规范（20 分，权重 0.2）\n") != std::string::npos);
  // The tree's own points and no profile: no weights at all.
  CHECK(run_cli({"docs", "--lang", "en"}).out.find("weight") == std::string::npos);
}

TEST_CASE("weights: a plan's progress names the weight profile too", "[weights][profile][cli]") {
  // Stage 1 of the example plan under the innovation profile: alpha 0.2 and 0.25 for 6 and 7.
  const std::vector<std::string> arguments = {"score", "--plan", "examples/plan-yunxi-2025.yaml",
                                              "examples/yunxi-2025-stage1.yaml", "--weights",
                                              "examples/innovation.weights.yaml"};
  std::vector<std::string> en = arguments;
  en.insert(en.end(), {"--lang", "en"});
  RunResult text = run_cli(en);
  REQUIRE(text.exit_code == exit_ok);
  CHECK(lines_of(text.out)[2] == "Weight profile  Innovation-weighted (examples/innovation.weights.yaml)");
  std::vector<std::string> json_arguments = arguments;
  json_arguments.insert(json_arguments.end(), {"--format", "json"});
  auto json = nlohmann::ordered_json::parse(run_cli(json_arguments).out);
  CHECK(json["plan"]["weights"]["profile"]["name"] == "侧重研究创新");
  // Stage 1's 50 points become 20 + 25 = 45.
  CHECK(json["stages"][0]["max"] == 45);
}
