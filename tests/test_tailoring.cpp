// Tailoring (docs/tailoring.md): a tailoring file resolved against its base;
// the IDs it retires and gives; Table B.1's rules, each broken by a file in
// tests/data/tailoring/ with its exact diagnostic in both languages; the
// record the tailored scheme keeps; and the tailored scheme used where a tree
// is (`--tree`, `scheme:`, `docs`, `score` text and JSON, `tailor`).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "cityseceval/check.h"
#include "cityseceval/input.h"
#include "cityseceval/load.h"
#include "cityseceval/score.h"
#include "cityseceval/tailoring.h"
#include "run_binary.h"
#include "support.h"
#include "utf8.h"

using namespace cityseceval;
using namespace cityseceval::testing;
using Json = nlohmann::json;

namespace {

const std::string data = "tests/data/tailoring/";
const std::string example = "examples/chenghu-2025.tailoring.yaml";

// A tailoring file of the repository, resolved; fails the test unless it
// loads. Named by its full path, as its base is read relative to it.
TailoredScheme load_tailoring_file(const std::string& relative, Diagnostics& diagnostics) {
  auto tailored = load_tailoring(read_source_file(relative), source_path(relative), diagnostics);
  INFO((diagnostics.all().empty() ? std::string() : format_diagnostic(diagnostics.all()[0], Language::en)));
  REQUIRE(tailored);
  return std::move(*tailored);
}

// The diagnostics of loading `text` as a tailoring file named `file`, in English.
std::vector<std::string> problems(const std::string& text, const std::string& file = "t.tailoring.yaml") {
  Diagnostics diagnostics;
  CHECK_FALSE(load_tailoring(text, file, diagnostics));
  std::vector<std::string> lines;
  for (const Diagnostic& diagnostic : diagnostics.all()) lines.push_back(format_diagnostic(diagnostic, Language::en));
  return lines;
}

std::vector<std::string> item_ids(const Indicator& indicator) {
  std::vector<std::string> ids;
  for (const Item& item : indicator.items) ids.push_back(item.id);
  return ids;
}

std::vector<std::string> headlines(const std::string& out) {
  std::vector<std::string> lines;
  for (const std::string& line : lines_of(out)) {
    if (!line.empty() && line[0] != ' ') lines.push_back(line);
  }
  return lines;
}

}  // namespace

// --- Resolving: what the example changes -------------------------------------------------

TEST_CASE("the example tailoring retires removed IDs and numbers added items after the highest", "[tailoring]") {
  Diagnostics diagnostics;
  TailoredScheme tailored = load_tailoring_file(example, diagnostics);
  CHECK(diagnostics.empty());
  const Scheme& scheme = tailored.scheme;
  CHECK(scheme.id == "chenghu-2025");
  CHECK(scheme.title == "澄湖市 2025 年城市网络安全评价指标（裁剪）");
  CHECK(scheme.version == "2025.1");
  CHECK(scheme.file == source_path(example));
  CHECK(tailored.base_file.empty());  // a built-in base
  CHECK(scheme.item_count() == 144 - 3 + 2);

  const Indicator* review = scheme.find_indicator("6.4.3");
  REQUIRE(review);
  // 6.4.3.2 is retired, so the added item is 6.4.3.3, not a second 6.4.3.2.
  CHECK(item_ids(*review) == std::vector<std::string>{"6.4.3.1", "6.4.3.3"});
  CHECK(review->retired_items == std::vector<std::string>{"6.4.3.2"});
  CHECK(review->items[1].text == "对外资参股本市关键信息基础设施运营者的情况开展网络安全、数据安全风险评估。");
  CHECK(review->items[1].location.file == source_path(example));

  const Indicator* monitoring = scheme.find_indicator("7.5.2");
  REQUIRE(monitoring);
  CHECK(item_ids(*monitoring) == std::vector<std::string>{"7.5.2.1", "7.5.2.2", "7.5.2.3"});
  CHECK(monitoring->items[0].text.find("电信网络诈骗") != std::string::npos);
  CHECK(monitoring->retired_items.empty());

  const Indicator* education = scheme.find_indicator("8.3.1");
  REQUIRE(education);
  CHECK(item_ids(*education) == std::vector<std::string>{"8.3.1.3", "8.3.1.4", "8.3.1.5", "8.3.1.6"});
  CHECK(education->retired_items == std::vector<std::string>{"8.3.1.1", "8.3.1.2"});

  // No points moved: every indicator keeps Table B.1's points.
  const Scheme& base = builtin_scheme();
  for (const Indicator* rated : base.rated_indicators()) {
    INFO(rated->id);
    CHECK(scheme.find_indicator(rated->id)->points == rated->points);
  }
  CHECK(scheme.find_item("6.4.3.2") == nullptr);
}

TEST_CASE("the tailored scheme records its base and every change with its reason", "[tailoring]") {
  Diagnostics diagnostics;
  TailoredScheme tailored = load_tailoring_file(example, diagnostics);
  REQUIRE(tailored.scheme.tailoring);
  const Tailoring& record = *tailored.scheme.tailoring;
  CHECK(record.base_id == "city-cybersecurity");
  CHECK(record.base_version == "1.0");
  REQUIRE(record.changes.size() == 6);
  using Kind = TailoringChange::Kind;
  // Removals, rewordings, additions, points changes, each in file order.
  CHECK(record.changes[0].kind == Kind::remove);
  CHECK(record.changes[0].item == "6.4.3.2");
  CHECK(record.changes[0].reason == "本市近三年无外资企业收购本市企业的活动，没有可评估的对象");
  CHECK(record.changes[2].item == "8.3.1.2");
  CHECK(record.changes[3].kind == Kind::reword);
  CHECK(record.changes[3].item == "7.5.2.1");
  CHECK(record.changes[4].kind == Kind::add);
  CHECK(record.changes[4].indicator == "6.4.3");
  CHECK(record.changes[4].item == "6.4.3.3");
  CHECK(record.changes[5].item == "7.5.2.3");
  CHECK(change_kind_name(Kind::points) == "points");
  CHECK(parse_change_kind("reword") == Kind::reword);
  CHECK_FALSE(parse_change_kind("rename"));
}

TEST_CASE("a tailoring of a tailored scheme keeps the first base and numbers after every retired ID",
          "[tailoring]") {
  Diagnostics diagnostics;
  TailoredScheme tailored = load_tailoring_file(data + "chained.tailoring.yaml", diagnostics);
  CHECK(diagnostics.empty());
  CHECK(tailored.base_file == source_path("tests/data/tailoring/../../../examples/chenghu-2025.tailoring.yaml"));
  const Indicator* review = tailored.scheme.find_indicator("6.4.3");
  REQUIRE(review);
  CHECK(item_ids(*review) == std::vector<std::string>{"6.4.3.1", "6.4.3.4"});
  CHECK(review->retired_items == std::vector<std::string>{"6.4.3.2", "6.4.3.3"});
  REQUIRE(tailored.scheme.tailoring);
  CHECK(tailored.scheme.tailoring->base_id == "city-cybersecurity");
  REQUIRE(tailored.scheme.tailoring->changes.size() == 8);
  CHECK(tailored.scheme.tailoring->changes[6].item == "6.4.3.3");
  CHECK(tailored.scheme.tailoring->changes[7].item == "6.4.3.4");
}

TEST_CASE("points moved within a level-2 indicator are recorded, each with a warning", "[tailoring]") {
  Diagnostics diagnostics;
  TailoredScheme tailored = load_tailoring_file(data + "points-moved.tailoring.yaml", diagnostics);
  REQUIRE(diagnostics.all().size() == 2);
  CHECK(diagnostics.error_count() == 0);
  CHECK(format_diagnostic(diagnostics.all()[0], Language::en) ==
        source_path(data) + "points-moved.tailoring.yaml:11:5: warning: the points of indicator 6.2.1 change from "
        "the base's 2 to 2.5; the standard recommends not changing level-3 indicators (Table B.1) "
        "[tailoring-points]");
  const Scheme& scheme = tailored.scheme;
  CHECK(scheme.find_indicator("6.2.1")->points == Rational(5, 2));
  CHECK(scheme.find_indicator("6.2.2")->points == Rational(3, 2));
  CHECK(scheme.find_indicator("6.2")->points == Rational(4));
  REQUIRE(scheme.tailoring);
  const TailoringChange& change = scheme.tailoring->changes.at(0);
  CHECK(change.kind == TailoringChange::Kind::points);
  CHECK(change.indicator == "6.2.1");
  CHECK(change.from == Rational(2));
  CHECK(change.to == Rational(5, 2));
  CHECK(change.reason == "本市定级备案工作量大，权重提高");
}

// docs/scoring.md, "Tailored schemes": the hand-worked numbers of points-moved.yaml.
TEST_CASE("an assessment scores against its tailored scheme as worked out by hand", "[tailoring]") {
  const std::string file = data + "points-moved.yaml";
  SchemeCache schemes;
  Diagnostics diagnostics;
  auto loaded = load_assessment(read_source_file(file), source_path(file), {}, schemes, diagnostics);
  REQUIRE(loaded);
  CHECK(loaded->scheme->id == "points-moved");
  ScoreResult tailored = score(*loaded->scheme, loaded->assessment);
  const IndicatorResult& protection = tailored.indicators[0].children[1];
  REQUIRE(protection.indicator->id == "6.2");
  CHECK(protection.children[0].earned == Rational(23, 12));
  CHECK(protection.children[1].earned == Rational(3, 4));
  CHECK(protection.earned == Rational(8, 3));
  CHECK(protection.max == Rational(4));
  CHECK(tailored.indicators[0].earned == Rational(56, 3));
  CHECK(tailored.composite == Rational(296, 3));
  CHECK(tailored.format(tailored.reported) == "98.67");

  // The same ratings against the untailored standard.
  auto untailored = read_assessment(read_source_file(file), file, builtin_scheme(), diagnostics);
  REQUIRE(untailored);
  ScoreResult base = score(builtin_scheme(), *untailored);
  CHECK(base.indicators[0].children[1].earned == Rational(38, 15));
  CHECK(base.composite == Rational(1478, 15));
}

// --- Table B.1's rules, through the binary ------------------------------------------------

TEST_CASE("each broken tailoring gives its exact diagnostics in both languages", "[tailoring]") {
  struct Broken {
    std::string file;
    std::vector<std::string> diagnostics;  // without the file name
  };
  const std::vector<Broken> cases = {
      {"unknown-base.tailoring.yaml",
       {"2:7: error: unknown scheme \"city-cybersecurty\" (did you mean \"city-cybersecurity\"?); built-in schemes: "
        "city-cybersecurity, municipal-infosec-work (a tree file is named by its path: --tree FILE, or a scheme: "
        "value that contains '/' or ends in .yaml) [unknown-scheme]"}},
      {"points-sum-base.tailoring.yaml",
       {"2:7: error: scheme municipal-infosec-work is a points-sum scheme; only rating-mean schemes can be tailored "
        "[tailoring-base]"}},
      {"same-id.tailoring.yaml",
       {"2:7: error: the tailored scheme has its base's id \"city-cybersecurity\"; give it an id of its own, so "
        "that its results are not taken for the base's [tailoring-base]"}},
      {"own-base.tailoring.yaml",
       {"2:7: error: more than 8 tailorings in a row, each the base of the next; the limit is 8; does a "
        "tailoring name itself as its base? [tailoring-base]"}},
      {"unknown-item.tailoring.yaml",
       {"7:12: error: unknown item \"6.4.3.9\" (did you mean \"6.4.3.1\"?) [unknown-item]"}},
      {"unknown-indicator.tailoring.yaml",
       {"7:17: error: unknown indicator \"7.5.9\" (did you mean \"7.5.1\"?) [unknown-indicator]"}},
      {"changed-twice.tailoring.yaml",
       {"9:12: error: item 6.4.3.2 is already changed at line 7; change each item, and each indicator's points, "
        "once [tailoring-duplicate]"}},
      {"no-reason.tailoring.yaml",
       {"7:5: error: item 6.4.3.2 is removed without a \"reason\"; say why it does not apply, as Table B.1 asks of "
        "every tailoring [tailoring-reason]"}},
      {"add-to-level-two.tailoring.yaml",
       {"7:17: error: indicator 7.5 groups other indicators, and level-1 and level-2 indicators must not change "
        "(Table B.1); add items to, or change the points of, its rated indicators [tailoring-level]"}},
      {"points-between-level-two.tailoring.yaml",
       {"8:5: warning: the points of indicator 6.2.1 change from the base's 2 to 3; the standard recommends not "
        "changing level-3 indicators (Table B.1) [tailoring-points]",
        "8:5: error: indicator 6.2 has 4 points, but after the points changes its children's points add up to 5; "
        "level-1 and level-2 indicators must not change (Table B.1), so move points only between the rated "
        "indicators of one level-2 indicator [tailoring-level]",
        "9:5: warning: the points of indicator 6.3.1 change from the base's 2 to 1; the standard recommends not "
        "changing level-3 indicators (Table B.1) [tailoring-points]",
        "9:5: error: indicator 6.3 has 6 points, but after the points changes its children's points add up to 5; "
        "level-1 and level-2 indicators must not change (Table B.1), so move points only between the rated "
        "indicators of one level-2 indicator [tailoring-level]"}},
      {"all-removed.tailoring.yaml",
       {"8:5: error: every item of indicator 6.4.3 is removed, so nothing is left to rate; keep or add at least one "
        "item [tailoring-no-items]"}},
  };
  for (const Broken& broken : cases) {
    INFO(broken.file);
    RunResult en = run_cli({"check", data + broken.file});
    RunResult zh = run_cli({"check", data + broken.file, "--lang", "zh"});
    CHECK(en.exit_code == exit_invalid_input);
    std::vector<std::string> lines = headlines(en.out);
    std::vector<std::string> chinese = headlines(zh.out);
    REQUIRE(lines.size() == broken.diagnostics.size() + 1);  // and the summary
    REQUIRE(chinese.size() == lines.size());
    for (std::size_t i = 0; i < broken.diagnostics.size(); ++i) {
      CHECK(lines[i] == data + broken.file + ":" + broken.diagnostics[i]);
      check_chinese(lines[i], chinese[i]);
    }
  }
}

TEST_CASE("problems of the base are reported in the base's file, once", "[tailoring]") {
  TempDir directory;
  std::string tree = read_source_file("tests/data/broken-trees/points-sum.yaml");
  directory.write("base.yaml", tree);
  std::string tailoring = directory.write("t.tailoring.yaml",
                                          "base: base.yaml\nid: t\ntitle: 裁剪\ntitle_en: Tailored\n");
  Diagnostics diagnostics;
  CHECK_FALSE(load_tailoring(read_bytes(tailoring).value(), tailoring, diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(format_diagnostic(diagnostics.all()[0], Language::en) ==
        directory.file("base.yaml") +
            ":18:5: error: indicator 1 has 6 points, but its children's points add up to 5.5 [points-sum]");
}

TEST_CASE("a tailoring file's own shape is checked with the shared field messages", "[tailoring]") {
  CHECK(problems("base: city-cybersecurity\ntitle: 裁剪\nremoved: []\n") ==
        std::vector<std::string>{
            "t.tailoring.yaml:3:1: error: unknown key \"removed\" in the tailoring (did you mean \"remove\"?); expected "
            "one of: base, id, title, title_en, version, remove, reword, add, points [unknown-key]",
            "t.tailoring.yaml:1:1: error: the tailoring is missing the required key \"id\" [missing-key]"});
  CHECK(problems("base: city-cybersecurity\nid: t\ntitle: 裁剪\nreword:\n  - {item: \"7.5.2.1\"}\n") ==
        std::vector<std::string>{
            "t.tailoring.yaml:5:5: error: an entry of \"reword\" is missing the required key \"text\" [missing-key]"});
  CHECK(problems("base: city-cybersecurity\nid: t\ntitle: 裁剪\npoints:\n  - {indicator: \"6.2.1\", points: -1}\n") ==
        std::vector<std::string>{"t.tailoring.yaml:5:34: error: \"points\" in an entry of \"points\" must be a plain "
                                 "decimal number, not negative, got \"-1\" [wrong-type]"});
  CHECK(problems("base: city-cybersecurity\nid: t\ntitle: 裁剪\nadd: 7.5.2\n") ==
        std::vector<std::string>{
            "t.tailoring.yaml:4:6: error: \"add\" in the tailoring must be a list, got \"7.5.2\" [wrong-type]"});
}

TEST_CASE("a tailored scheme without an English title is warned about in the tailoring file", "[tailoring]") {
  Diagnostics diagnostics;
  auto tailored = load_tailoring("base: city-cybersecurity\nid: t\ntitle: 裁剪\n", "t.tailoring.yaml", diagnostics);
  REQUIRE(tailored);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(format_diagnostic(diagnostics.all()[0], Language::en) ==
        "t.tailoring.yaml:1:1: warning: the scheme has no English title (title_en) [missing-english]");
  REQUIRE(tailored->scheme.tailoring);
  CHECK(tailored->scheme.tailoring->changes.empty());
}

TEST_CASE("a rated indicator may lose all its items when one is added", "[tailoring]") {
  Diagnostics diagnostics;
  auto tailored = load_tailoring(
      "base: city-cybersecurity\nid: t\ntitle: 裁剪\ntitle_en: Tailored\nremove:\n"
      "  - {item: \"9.1.3.1\", reason: 本市没有网络安全企业}\n"
      "add:\n  - {indicator: \"9.1.3\", text: 本市政府委托的网络安全研发项目有专项经费。}\n",
      "t.tailoring.yaml", diagnostics);
  REQUIRE(tailored);
  CHECK(diagnostics.empty());
  CHECK(item_ids(*tailored->scheme.find_indicator("9.1.3")) == std::vector<std::string>{"9.1.3.2"});
}

// --- The record in a tree file, and retired IDs ------------------------------------------

TEST_CASE("a tree's retired item IDs are the gaps its item-id check accepts", "[tailoring]") {
  // small-ten's indicator 2.1 (at line 45), its items (lines 50 to 52) numbered 2.1.1, 2.1.3, 2.1.4,
  // then its retired IDs (line 53).
  auto tree_with = [](const std::string& retired) {
    std::string tree = read_source_file("tests/data/trees/small-ten.yaml");
    const std::string items = "          - {id: \"2.1.1\", text: 部署防火墙。}\n"
                              "          - {id: \"2.1.2\", text: 定期漏洞扫描。}\n"
                              "          - {id: \"2.1.3\", text: 日志留存六个月。}\n";
    std::size_t at = tree.find(items);
    REQUIRE(at != std::string::npos);
    tree.replace(at, items.size(),
                 "          - {id: \"2.1.1\", text: 部署防火墙。}\n"
                 "          - {id: \"2.1.3\", text: 定期漏洞扫描。}\n"
                 "          - {id: \"2.1.4\", text: 日志留存六个月。}\n" +
                     (retired.empty() ? "" : "        retired_items: " + retired + "\n"));
    return tree;
  };
  auto first_problem = [](const std::string& text) {
    Diagnostics diagnostics;
    bool loaded = load_tree(text, "t.yaml", diagnostics).has_value();
    return loaded ? std::string("loaded")
                  : format_diagnostic(diagnostics.all().at(0), Language::en);
  };
  CHECK(first_problem(tree_with("")) ==
        "t.yaml:51:13: error: item 2.1.3 is item number 2 of indicator 2.1; its ID must be \"2.1.2\" [item-id]");
  CHECK(first_problem(tree_with("[\"2.1.2\"]")) == "loaded");
  // Retired after the last item too (its last items were removed), but never beyond a gap.
  CHECK(first_problem(tree_with("[\"2.1.2\", \"2.1.5\", \"2.1.6\"]")) == "loaded");
  CHECK(first_problem(tree_with("[\"2.1.2\", \"2.1.6\"]")) ==
        "t.yaml:45:9: error: retired item ID \"2.1.6\" does not fit indicator 2.1: its items and retired item IDs "
        "together must be numbered \"2.1.1\", \"2.1.2\", ... without a gap [item-id]");
  CHECK(first_problem(tree_with("[\"2.1.2\", \"1.1.9\"]")) ==
        "t.yaml:45:9: error: retired item ID \"1.1.9\" does not fit indicator 2.1: its items and retired item IDs "
        "together must be numbered \"2.1.1\", \"2.1.2\", ... without a gap [item-id]");
  // An item may not take a retired ID: retired IDs are registered first.
  CHECK(first_problem(tree_with("[\"2.1.2\", \"2.1.3\"]")) ==
        "t.yaml:51:13: error: duplicate ID \"2.1.3\"; first used at line 45 [duplicate-id]");
  CHECK(first_problem(tree_with("[\"2.1.2\", [x]]")) ==
        "t.yaml:53:34: error: \"retired_items\" in indicator 2.1 must be a list of item IDs, got a list "
        "[wrong-type]");
}

TEST_CASE("the tailoring record of a tree file is read and checked", "[tailoring]") {
  const std::string tree = read_source_file("tests/data/trees/small-ten.yaml");
  std::string with_record = tree + "tailoring:\n  base: {id: small, version: \"1\"}\n  changes:\n"
                                   "    - {kind: remove, item: \"2.1.4\", reason: 不适用}\n"
                                   "    - {kind: points, indicator: \"1.1\", from: 2, to: 2.5}\n";
  Diagnostics diagnostics;
  auto scheme = load_tree(with_record, "t.yaml", diagnostics);
  REQUIRE(scheme);
  REQUIRE(scheme->tailoring);
  CHECK(scheme->tailoring->base_id == "small");
  REQUIRE(scheme->tailoring->changes.size() == 2);
  CHECK(scheme->tailoring->changes[1].from == Rational(2));
  CHECK(scheme->tailoring->changes[1].to == Rational(5, 2));

  std::string misspelt = tree + "tailoring:\n  base: {id: small}\n  changes:\n    - {kind: rename, item: \"2.1.1\"}\n";
  Diagnostics problems;
  CHECK_FALSE(load_tree(misspelt, "t.yaml", problems));
  REQUIRE_FALSE(problems.all().empty());
  CHECK(format_diagnostic(problems.all()[0], Language::en) ==
        "t.yaml:" + std::to_string(lines_of(tree).size() + 4) +
            ":14: error: unknown kind of change \"rename\"; expected remove, reword, add or points [wrong-type]");
}

// --- Used where a tree is -----------------------------------------------------------------

TEST_CASE("the example assessment names its tailoring file and scores through the binary", "[tailoring]") {
  RunResult result = run_cli({"score", "examples/chenghu-2025.yaml", "--format", "json"});
  REQUIRE(result.exit_code == exit_ok);
  CHECK(result.err.empty());
  Json report = Json::parse(result.out);
  CHECK(report["scheme"]["id"] == "chenghu-2025");
  CHECK(report["score_exact"] == "3899/40");
  CHECK(report["tailoring"]["base"] == Json::parse(R"({"id": "city-cybersecurity", "version": "1.0"})"));
  REQUIRE(report["tailoring"]["changes"].size() == 6);
  CHECK(report["tailoring"]["changes"][0] ==
        Json::parse(R"({"kind": "remove", "item": "6.4.3.2", "reason": "本市近三年无外资企业收购本市企业的活动，没有可评估的对象"})"));
  CHECK(report["tailoring"]["changes"][4]["kind"] == "add");
  CHECK(report["tailoring"]["changes"][4]["indicator"] == "6.4.3");
  CHECK(report["tailoring"]["changes"][4]["item"] == "6.4.3.3");
  // Right after "scheme".
  CHECK(result.out.find("\"tailoring\"") > result.out.find("\"scheme\""));
  CHECK(result.out.find("\"tailoring\"") < result.out.find("\"assessment\""));

  RunResult points = run_cli({"score", data + "points-moved.yaml", "--format", "json"});
  REQUIRE(points.exit_code == exit_ok);
  CHECK(Json::parse(points.out)["tailoring"]["changes"][0] ==
        Json::parse(R"({"kind": "points", "indicator": "6.2.1", "from": 2, "to": 2.5, "reason": "本市定级备案工作量大，权重提高"})"));
}

TEST_CASE("the text report names the base and summarises the tailoring in its header", "[tailoring]") {
  RunResult en = run_cli({"score", data + "points-moved.yaml", "--lang", "en"});
  REQUIRE(en.exit_code == exit_ok);
  std::vector<std::string> lines = lines_of(en.out);
  REQUIRE(lines.size() > 4);
  CHECK(lines[0] == "Scheme       Level-3 points moved within a level-2 indicator (points-moved 1)");
  CHECK(lines[1] == "Base scheme  city-cybersecurity 1.0");
  CHECK(lines[2] == "Tailoring    points 6.2.1 2 → 2.5, 6.2.2 2 → 1.5");
  CHECK(lines[3] == "City         测试市");
  // The scheme's warnings go with the other diagnostics, to stderr.
  CHECK_THAT(en.err, Catch::Contains("[tailoring-points]"));

  RunResult zh = run_cli({"score", "examples/chenghu-2025.yaml", "--lang", "zh"});
  REQUIRE(zh.exit_code == exit_ok);
  lines = lines_of(zh.out);
  CHECK(lines[1] == "基准体系  city-cybersecurity 1.0");
  CHECK(lines[2] == "裁剪      删除 6.4.3.2、8.3.1.1、8.3.1.2；改写 7.5.2.1；新增 6.4.3.3、7.5.2.3");
}

TEST_CASE("score --tree takes a tailoring file, and docs lists every change with its reason", "[tailoring]") {
  RunResult scored = run_cli({"score", "examples/chenghu-2025.yaml", "--tree", example, "--format", "json"});
  REQUIRE(scored.exit_code == exit_ok);
  CHECK(Json::parse(scored.out)["score_exact"] == "3899/40");

  RunResult docs = run_cli({"docs", "--tree", data + "points-moved.tailoring.yaml", "--lang", "en"});
  REQUIRE(docs.exit_code == exit_ok);
  CHECK_THAT(docs.out, Catch::Contains("\n## Tailoring\n\n"
                                       "This scheme is the base scheme `city-cybersecurity` 1.0 tailored with 2 "
                                       "changes:\n\n"
                                       "1. Points of `6.2.1`: 2 → 2.5\n"
                                       "   - Reason: 本市定级备案工作量大，权重提高\n"
                                       "2. Points of `6.2.2`: 2 → 1.5\n"
                                       "   - Reason: 测评整改由上级统一组织，权重降低\n\n"
                                       "## Level-1 indicators\n"));
  RunResult zh = run_cli({"docs", "--tree", example, "--lang", "zh"});
  REQUIRE(zh.exit_code == exit_ok);
  CHECK_THAT(zh.out, Catch::Contains("\n## 裁剪\n\n本体系由基准体系 `city-cybersecurity` 1.0 裁剪而来，共 6 项变更：\n\n"
                                     "1. 删除 `6.4.3.2`\n"
                                     "   - 理由：本市近三年无外资企业收购本市企业的活动，没有可评估的对象\n"));
  CHECK_THAT(zh.out, Catch::Contains("5. 新增 `6.4.3.3`（指标 `6.4.3`）\n"
                                     "   - 内容：对外资参股本市关键信息基础设施运营者的情况开展网络安全、数据安全风险评估。\n"));
  // An untailored scheme has no such section.
  CHECK_THAT(run_cli({"docs"}).out, !Catch::Contains("## 裁剪"));
}

TEST_CASE("a filled CSV template of a tailored scheme matches its rows to the items by ID", "[tailoring]") {
  TempDir directory;
  directory.write("chenghu.tailoring.yaml", read_source_file(example));
  RunOptions inside;
  inside.working_directory = directory.path();
  REQUIRE(run_cli({"template", "--tree", "chenghu.tailoring.yaml", "--format", "csv", "-o", "blank.csv"}, inside)
              .exit_code == exit_ok);
  std::vector<std::string> rows = lines_of(read_bytes(directory.file("blank.csv")).value());
  for (std::string& row : rows) {
    if (row.starts_with("#city,")) row = "#city,测试市\r";
    if (auto at = row.find(",todo,"); at != std::string::npos) row.replace(at, 6, ",full,");
  }
  auto csv = [](const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& line : lines) text += line + "\n";
    return text;
  };
  directory.write("filled.csv", csv(rows));
  RunResult scored = run_cli({"score", "filled.csv", "--format", "json"}, inside);
  REQUIRE(scored.exit_code == exit_ok);
  CHECK(Json::parse(scored.out)["score_exact"] == "100");

  // 6.4.3's rows are 6.4.3.1 (line 27) and 6.4.3.3: 6.4.3.2 is retired, not missing.
  auto first = std::find_if(rows.begin(), rows.end(), [](const std::string& row) { return row.starts_with("6.4.3.1,"); });
  REQUIRE(first != rows.end());
  REQUIRE(first - rows.begin() == 26);
  REQUIRE(rows[27].starts_with("6.4.3.3,"));
  // A row for the retired item, as a template of the base has it, is refused,
  // not given to 6.4.3.3: its rating cell is after the text and the points.
  std::vector<std::string> with_retired = rows;
  with_retired.insert(with_retired.begin() + 27, "6.4.3.2" + first->substr(7));
  directory.write("retired.csv", csv(with_retired));
  std::size_t column = utf8::code_points(first->substr(0, first->find(",full,"))) + 2;
  RunResult retired = run_cli({"score", "retired.csv"}, inside);
  CHECK(retired.exit_code == exit_invalid_input);
  CHECK(retired.first_error_line() == "retired.csv:28:" + std::to_string(column) +
                                          ": error: item 6.4.3.2 is retired: the scheme's tailoring removed it, so it "
                                          "is not rated; delete its row [unknown-item]");
  RunOptions chinese = inside;
  chinese.environment["CITYSECEVAL_LANG"] = "zh";
  check_chinese(retired.first_error_line(), run_cli({"score", "retired.csv"}, chinese).first_error_line());
  // A row missing before 6.4.3.3 is named.
  std::vector<std::string> missing = rows;
  missing.erase(missing.begin() + 26);
  directory.write("missing.csv", csv(missing));
  CHECK(run_cli({"score", "missing.csv"}, inside).first_error_line() ==
        "missing.csv:27:1: error: no row for item 6.4.3.1; every item needs a row [rating-count]");
}

// --- cityseceval tailor ---------------------------------------------------------------------

TEST_CASE("tailor writes the resolved tree, which loads back to the tailored scheme", "[tailoring]") {
  TempDir directory;
  std::string tree = directory.file("chenghu-tree.yaml");
  RunResult written = run_cli({"tailor", example, "-o", tree});
  CHECK(written.exit_code == exit_ok);
  CHECK(written.out.empty());
  CHECK(written.err.empty());
  RunResult printed = run_cli({"tailor", example});
  CHECK(printed.exit_code == exit_ok);
  CHECK(read_bytes(tree) == printed.out);

  // The published tree scores the example exactly as the tailoring file does.
  RunResult scored = run_cli({"score", "examples/chenghu-2025.yaml", "--tree", tree, "--format", "json"});
  REQUIRE(scored.exit_code == exit_ok);
  Json report = Json::parse(scored.out);
  CHECK(report["score_exact"] == "3899/40");
  CHECK(report["tailoring"]["changes"].size() == 6);
  CHECK(run_cli({"check", "--strict", tree}).exit_code == exit_ok);
  // A tailoring can name the published tree as its base, and keeps numbering after its retired IDs.
  std::string next = directory.write(
      "next.tailoring.yaml",
      "base: chenghu-tree.yaml\nid: next\ntitle: 再裁剪\ntitle_en: Tailored again\n"
      "add:\n  - {indicator: \"8.3.1\", text: 本市职业院校开设网络安全课程。}\n");
  Diagnostics diagnostics;
  auto again = load_tailoring(read_bytes(next).value(), next, diagnostics);
  REQUIRE(again);
  CHECK(again->base_file == tree);
  CHECK(item_ids(*again->scheme.find_indicator("8.3.1")).back() == "8.3.1.7");
}

TEST_CASE("tailor writes nothing when the tailoring has errors, and shows its warnings", "[tailoring]") {
  TempDir directory;
  std::string out = directory.file("tree.yaml");
  RunResult broken = run_cli({"tailor", data + "no-reason.tailoring.yaml", "-o", out});
  CHECK(broken.exit_code == exit_invalid_input);
  CHECK(broken.out.empty());
  CHECK(headlines(broken.err) ==
        std::vector<std::string>{data + "no-reason.tailoring.yaml:7:5: error: item 6.4.3.2 is removed without a "
                                        "\"reason\"; say why it does not apply, as Table B.1 asks of every tailoring "
                                        "[tailoring-reason]"});
  CHECK(directory.list().empty());

  RunResult warned = run_cli({"tailor", data + "points-moved.tailoring.yaml", "-o", out});
  CHECK(warned.exit_code == exit_ok);
  CHECK(headlines(warned.err).size() == 2);
  CHECK(directory.list() == std::vector<std::string>{"tree.yaml"});

  RunResult missing = run_cli({"tailor", data + "no-such.tailoring.yaml"});
  CHECK(missing.exit_code == exit_invalid_input);
  CHECK(missing.first_error_line() ==
        data + "no-such.tailoring.yaml:1:1: error: cannot read file: No such file or directory [file-unreadable]");
}

TEST_CASE("tailor -o refuses to overwrite the tailoring file or its base", "[tailoring]") {
  TempDir directory;
  directory.write("base.yaml", read_source_file("tests/data/trees/small-ten.yaml"));
  directory.write("t.tailoring.yaml", "base: base.yaml\nid: t\ntitle: 裁剪\ntitle_en: Tailored\n");
  RunOptions inside;
  inside.working_directory = directory.path();
  RunResult itself = run_cli({"tailor", "t.tailoring.yaml", "-o", "t.tailoring.yaml"}, inside);
  CHECK(itself.exit_code == exit_usage);
  CHECK(itself.err == "cityseceval: error: -o t.tailoring.yaml would overwrite the input file t.tailoring.yaml\n");
  RunResult over_base = run_cli({"tailor", "t.tailoring.yaml", "-o", "./base.yaml"}, inside);
  CHECK(over_base.exit_code == exit_usage);
  CHECK(over_base.err == "cityseceval: error: -o ./base.yaml would overwrite the base base.yaml of the tailoring\n");
  RunResult zh = run_cli({"tailor", "t.tailoring.yaml", "-o", "./base.yaml", "--lang", "zh"}, inside);
  check_chinese(lines_of(over_base.err).at(0), lines_of(zh.err).at(0));
  CHECK(read_bytes(directory.file("base.yaml")) == read_source_file("tests/data/trees/small-ten.yaml"));
  CHECK(directory.list() == std::vector<std::string>{"base.yaml", "t.tailoring.yaml"});
  // From standard input, the base is named relative to the working directory.
  RunOptions from_stdin = inside;
  from_stdin.stdin_text = "base: base.yaml\nid: t\ntitle: 裁剪\ntitle_en: Tailored\n";
  RunResult piped = run_cli({"tailor", "-"}, from_stdin);
  CHECK(piped.exit_code == exit_ok);
  CHECK_THAT(piped.out, Catch::Contains("tailoring:\n  base:\n    id: \"small-ten\"\n"));
}

TEST_CASE("tailor is listed in --help", "[tailoring]") {
  RunResult help = run_cli({"--help"});
  CHECK_THAT(help.out, Catch::Contains("tailor"));
  RunResult own = run_cli({"tailor", "--help"});
  CHECK(own.exit_code == exit_ok);
  CHECK_THAT(own.out, Catch::Contains("--output") && Catch::Contains("--lang"));
}
