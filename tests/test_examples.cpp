// The example assessments in examples/ score to the composites worked out by
// hand in their header comments (the derivations are there, indicator by
// indicator; the totals are repeated here).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "cityseceval/assessment.h"
#include "cityseceval/input.h"
#include "cityseceval/load.h"
#include "cityseceval/plan.h"
#include "cityseceval/progress.h"
#include "cityseceval/score.h"
#include "run_binary.h"
#include "support.h"

using namespace cityseceval;
using namespace cityseceval::testing;

namespace {

struct Example {
  const char* file;
  const char* city;
  const char* exact;     // the hand-worked composite, p/q
  const char* reported;  // rounded half up to 2 decimals
  const char* grade;
};


// Scores an example the way the CLI does: the scheme is the one it names,
// which must be the built-in city-cybersecurity (the same tree as `scheme`).
ScoreResult score_example(const Scheme& scheme, const std::string& relative) {
  SchemeCache schemes;
  Diagnostics diagnostics;
  auto loaded = load_assessment(read_source_file(relative), relative, {}, schemes, diagnostics);
  INFO((diagnostics.all().empty() ? std::string() : format_diagnostic(diagnostics.all()[0], Language::en)));
  REQUIRE(loaded);
  REQUIRE(loaded->scheme->id == "city-cybersecurity");
  CHECK(diagnostics.empty());
  // Scored against the caller's copy of the tree, so results outlive the cache.
  auto assessment = read_assessment(read_source_file(relative), relative, scheme, diagnostics);
  REQUIRE(assessment);
  return score(scheme, *assessment);
}

}  // namespace

TEST_CASE("each example scores to the composite worked out in its header", "[examples]") {
  const Scheme& scheme = builtin_scheme();

  // Dimension sums 6 / 7 / 8 / 9 / 10, from the headers:
  //   yunxi:   2899/150 + 2147/75 + 287/20 + 649/60 + 107/6 = 13643/150 = 90.9533...
  //   qinglan: 5389/300 + 1471/60 + 194/15 + 59/6 + 443/30 = 6001/75 = 80.0133...
  //            (10.3.1 earns 3 by the direct-score rule, not 23/10)
  //   baishi:  2309/150 + 1999/100 + 1253/120 + 189/20 + 223/20 = 2657/40 = 66.425 (a tie: half up 66.43)
  //   heting:  47/4 + 1069/75 + 127/20 + 29/5 + 59/6 = 3599/75 = 47.9866...
  const Example examples[] = {
      {"examples/yunxi-2025.yaml", "云溪市", "13643/150", "90.95", "excellent"},
      {"examples/qinglan-2025.yaml", "青岚市", "6001/75", "80.01", "good"},
      {"examples/baishi-2025.yaml", "白石市", "2657/40", "66.43", "qualified"},
      {"examples/heting-2025.yaml", "鹤汀市", "3599/75", "47.99", "unqualified"},
  };
  for (const Example& example : examples) {
    SECTION(example.file) {
      ScoreResult result = score_example(scheme, example.file);
      CHECK(result.city == example.city);
      CHECK(result.period == "2025");
      CHECK(result.composite.exact_string() == example.exact);
      CHECK(result.format(result.reported) == example.reported);
      REQUIRE(result.grade != nullptr);
      CHECK(result.grade->id == example.grade);
    }
  }
}

// The three stages of examples/plan-yunxi-2025.yaml, each a special evaluation
// with yunxi-2025's ratings for its dimensions (the sums above), from their headers:
//   stage 1 (6, 7):  2899/150 + 4294/150 = 7193/150 of 50; 7193/150 / 50 * 100 = 7193/75 = 95.9066... -> 95.91
//   stage 2 (8, 9):  861/60 + 649/60 = 151/6 of 30;        151/6 / 30 * 100 = 755/9 = 83.888... -> 83.89
//   stage 3 (10):    107/6 of 20;                          107/6 / 20 * 100 = 535/6 = 89.166... -> 89.17
TEST_CASE("the stage examples score to the composites worked out in their headers", "[examples]") {
  struct Stage {
    const char* file;
    const char* period;
    Rational earned;
    Rational max;
    const char* exact;
    const char* reported;
    const char* grade;
  };
  const Stage stages[] = {
      {"examples/yunxi-2025-stage1.yaml", "2025-06", Rational(7193, 150), Rational(50), "7193/75", "95.91", "excellent"},
      {"examples/yunxi-2025-stage2.yaml", "2025-12", Rational(151, 6), Rational(30), "755/9", "83.89", "good"},
      {"examples/yunxi-2025-stage3.yaml", "2026-06", Rational(107, 6), Rational(20), "535/6", "89.17", "excellent"},
  };
  for (const Stage& stage : stages) {
    SECTION(stage.file) {
      ScoreResult result = score_example(builtin_scheme(), stage.file);
      CHECK(result.city == "云溪市");
      CHECK(result.period == stage.period);
      CHECK(result.evaluated.earned == stage.earned);
      CHECK(result.evaluated.max == stage.max);
      CHECK(result.composite.exact_string() == stage.exact);
      CHECK(result.format(result.reported) == stage.reported);
      REQUIRE(result.grade != nullptr);
      CHECK(result.grade->id == stage.grade);
    }
  }
}

// The plan's header: the three stages together are 13643/150, yunxi-2025's composite.
TEST_CASE("the plan example with its three stages is the full example's composite", "[examples]") {
  SchemeCache schemes;
  Diagnostics diagnostics;
  const std::string file = "examples/plan-yunxi-2025.yaml";
  auto plan = load_plan(read_source_file(file), file, {}, schemes, diagnostics);
  REQUIRE(plan);
  CHECK(diagnostics.empty());
  std::vector<std::optional<ScoreResult>> results;
  for (const char* stage : {"examples/yunxi-2025-stage1.yaml", "examples/yunxi-2025-stage2.yaml",
                            "examples/yunxi-2025-stage3.yaml"}) {
    results.push_back(score_example(*plan->scheme, stage));
  }
  PlanProgress report = progress(*plan, std::move(results));
  CHECK(report.complete);
  REQUIRE(report.composite);
  CHECK(report.composite->exact_string() == "13643/150");
  CHECK(report.format(report.reported) == "90.95");
}

TEST_CASE("the examples' level-1 dimension sums match their headers", "[examples]") {
  const Scheme& scheme = builtin_scheme();
  struct Dimensions {
    const char* file;
    Rational sums[5];  // 6, 7, 8, 9, 10
  };
  const Dimensions cases[] = {
      {"examples/yunxi-2025.yaml",
       {Rational(2899, 150), Rational(2147, 75), Rational(287, 20), Rational(649, 60), Rational(107, 6)}},
      {"examples/qinglan-2025.yaml",
       {Rational(5389, 300), Rational(1471, 60), Rational(194, 15), Rational(59, 6), Rational(443, 30)}},
      {"examples/baishi-2025.yaml",
       {Rational(2309, 150), Rational(1999, 100), Rational(1253, 120), Rational(189, 20), Rational(223, 20)}},
      {"examples/heting-2025.yaml",
       {Rational(47, 4), Rational(1069, 75), Rational(127, 20), Rational(29, 5), Rational(59, 6)}},
  };
  for (const Dimensions& expected : cases) {
    SECTION(expected.file) {
      ScoreResult result = score_example(scheme, expected.file);
      REQUIRE(result.indicators.size() == 5);
      for (std::size_t i = 0; i < 5; ++i) {
        INFO("dimension " << result.indicators[i].indicator->id);
        CHECK(result.indicators[i].earned == expected.sums[i]);
      }
    }
  }
}

TEST_CASE("qinglan's 10.3.1 earns its full points through the direct-score item", "[examples]") {
  const Scheme& scheme = builtin_scheme();
  ScoreResult result = score_example(scheme, "examples/qinglan-2025.yaml");
  // 10.3.1 [部分满足, 大部分满足, 全部满足]: mean (0.5 + 0.8 + 1)/3 = 23/30; item 3 full -> X = 1, 3 points.
  const IndicatorResult& cooperation = result.indicators[4].children[2].children[0];
  REQUIRE(cooperation.indicator->id == "10.3.1");
  REQUIRE(cooperation.aggregate);
  const auto* mean = std::get_if<MeanOfRatings>(&*cooperation.aggregate);
  REQUIRE(mean);
  CHECK(mean->mean == Rational(23, 30));
  CHECK(mean->satisfaction == Rational(1));
  CHECK(mean->direct_score_applied);
  CHECK(cooperation.earned == Rational(3));
}

TEST_CASE("yunxi's long-form ratings keep their notes", "[examples]") {
  const Scheme& scheme = builtin_scheme();
  ScoreResult result = score_example(scheme, "examples/yunxi-2025.yaml");
  // 7.6.3 [mostly, {rating: partly, note: ...}, full]: (0.8 + 0.5 + 1)/3 * 1 point = 23/30.
  const IndicatorResult& circulation = result.indicators[1].children[5].children[2];
  REQUIRE(circulation.indicator->id == "7.6.3");
  REQUIRE(circulation.items.size() == 3);
  const auto* partly = std::get_if<RatedItemResult>(&circulation.items[1].outcome);
  REQUIRE(partly);
  CHECK(partly->rating->id == "partly");
  CHECK(partly->note == "加密传输要求已覆盖政务数据，尚未覆盖公共数据开放平台");
  CHECK(circulation.earned == Rational(23, 30));
}

// The rule-based examples of municipal-infosec-work, through the same loader
// the CLI uses (the scheme is named by the file). Totals from the headers:
//   清漪區: sections 10.5 + 8.5 + 15.5 + 7 + 24.8 + 9.7 + 17.5 = 93.5; bonus 6 + 7 = 13,
//           capped to 10; 93.5 + 10 = 103.5, capped to 100.
//   蘭亭區: sections 7.5 + 8 + 0 (section 3 is -4, floored) + 7 + 12.9 + 8.7 + 15.75 = 59.85;
//           bonus 2 + 4 = 6; total 65.85 = 1317/20, reported 65.9 (a half-up tie). Section 4 is
//           2 + 1 + 1 + 0 + 1 + 2 = 7: 4.3.1 {exists: true} with no list earns 有即得 1.
//   (清漪區's section 4: -1 + 1 + 1 + 1 + 3 + 2 = 7 too, 4.3.1 by its rate 10/12 >= 80%.)
TEST_CASE("the municipal examples score to the totals worked out in their headers", "[examples]") {
  struct Municipal {
    const char* file;
    const char* city;
    const char* sections;
    const char* bonus_raw;
    const char* bonus;
    const char* total_before_cap;
    const char* composite;
    const char* reported;
    const char* section3;
    const char* section4;
  };
  const Municipal examples[] = {
      {"examples/qingyi-district-2025.yaml", "清漪區", "187/2", "13", "10", "207/2", "100", "100.0", "31/2", "7"},
      {"examples/lanting-district-2025.yaml", "蘭亭區", "1197/20", "6", "6", "1317/20", "1317/20", "65.9", "0",
       "7"},
  };
  for (const Municipal& example : examples) {
    SECTION(example.file) {
      SchemeCache schemes;
      Diagnostics diagnostics;
      auto loaded = load_assessment(read_source_file(example.file), example.file, {}, schemes, diagnostics);
      INFO((diagnostics.all().empty() ? std::string() : format_diagnostic(diagnostics.all()[0], Language::en)));
      REQUIRE(loaded);
      CHECK(loaded->scheme->id == "municipal-infosec-work");
      ScoreResult result = score(*loaded->scheme, loaded->assessment);
      CHECK(result.city == example.city);
      REQUIRE(result.bonus);
      CHECK(result.bonus->sections.exact_string() == example.sections);
      CHECK(result.bonus->raw.exact_string() == example.bonus_raw);
      CHECK(result.bonus->capped.exact_string() == example.bonus);
      CHECK(result.bonus->cap == Rational(10));
      CHECK(result.bonus->total_before_cap.exact_string() == example.total_before_cap);
      CHECK(result.composite.exact_string() == example.composite);
      CHECK(result.format(result.reported) == example.reported);
      CHECK(result.grade == nullptr);  // the sheet defines no grades
      REQUIRE(result.indicators.size() == 8);
      CHECK(result.indicators[2].earned.exact_string() == example.section3);
      CHECK(result.indicators[3].earned.exact_string() == example.section4);
    }
  }
}

// The example against a tailored scheme, through the same loader the CLI uses
// (the assessment names examples/chenghu-2025.tailoring.yaml by its path).
// From its header: 6 = 393/20, 7 = 148/5, 8 = 573/40, 9 = 29/2, 10 = 97/5;
// M = 3899/40 = 97.475, reported 97.48 (a half-up tie), excellent.
TEST_CASE("the tailored example scores to the composite worked out in its header", "[examples]") {
  const std::string file = "examples/chenghu-2025.yaml";
  SchemeCache schemes;
  Diagnostics diagnostics;
  auto loaded = load_assessment(read_source_file(file), source_path(file), {}, schemes, diagnostics);
  INFO((diagnostics.all().empty() ? std::string() : format_diagnostic(diagnostics.all()[0], Language::en)));
  REQUIRE(loaded);
  CHECK(diagnostics.empty());
  CHECK(loaded->scheme->id == "chenghu-2025");
  ScoreResult result = score(*loaded->scheme, loaded->assessment);
  CHECK(result.city == "澄湖市");
  const Rational sums[5] = {Rational(393, 20), Rational(148, 5), Rational(573, 40), Rational(29, 2), Rational(97, 5)};
  REQUIRE(result.indicators.size() == 5);
  for (std::size_t i = 0; i < 5; ++i) {
    INFO("dimension " << result.indicators[i].indicator->id);
    CHECK(result.indicators[i].earned == sums[i]);
  }
  CHECK(result.composite.exact_string() == "3899/40");
  CHECK(result.format(result.reported) == "97.48");
  REQUIRE(result.grade != nullptr);
  CHECK(result.grade->id == "excellent");
  // The tailored indicators, rated by the tailored tree's items.
  const IndicatorResult& review = result.indicators[0].children[3].children[2];
  REQUIRE(review.indicator->id == "6.4.3");
  REQUIRE(review.items.size() == 2);
  CHECK(review.items[1].item->id == "6.4.3.3");
  CHECK(review.earned == Rational(13, 20));
  const IndicatorResult& education = result.indicators[2].children[2].children[0];
  REQUIRE(education.indicator->id == "8.3.1");
  CHECK(education.items.size() == 4);
  CHECK(education.earned == Rational(93, 40));
}

namespace {

// An example scored the way the CLI scores it, with an optional weight profile.
ScoreResult score_shipped(const std::string& file, SchemeCache& schemes, const SchemeChoice& choice = {}) {
  Diagnostics diagnostics;
  auto loaded = load_assessment(read_source_file(file), source_path(file), choice, schemes, diagnostics);
  INFO((diagnostics.all().empty() ? std::string() : format_diagnostic(diagnostics.all()[0], Language::en)));
  REQUIRE(loaded);
  CHECK(diagnostics.empty());
  return score(*loaded->scheme, loaded->assessment);
}

}  // namespace

// From its header: 6 = 94/5 of 19 (6.4.3 na), 7 = 593/20 of 30, 8 = 281/20 of 15,
// 9 = 14 of 15, 10 = 20 of 20; earned 193/2 of 99; M = 9650/99 = 97.4747..., 97.47.
TEST_CASE("the example with na items scores to the composite worked out in its header", "[examples][na]") {
  SchemeCache schemes;
  ScoreResult result = score_shipped("examples/linjiang-2025.yaml", schemes);
  const Rational earned[5] = {Rational(94, 5), Rational(593, 20), Rational(281, 20), Rational(14), Rational(20)};
  const Rational evaluated[5] = {Rational(19), Rational(30), Rational(15), Rational(15), Rational(20)};
  REQUIRE(result.indicators.size() == 5);
  for (std::size_t i = 0; i < 5; ++i) {
    INFO("dimension " << result.indicators[i].indicator->id);
    CHECK(result.indicators[i].earned == earned[i]);
    CHECK(result.indicators[i].evaluated == evaluated[i]);
  }
  CHECK(result.evaluated.earned == Rational(193, 2));
  CHECK(result.evaluated.max == Rational(99));
  CHECK(result.composite == Rational(9650, 99));
  CHECK(result.format(result.reported) == "97.47");
  REQUIRE(result.not_applicable.size() == 1);
  CHECK(result.not_applicable[0]->id == "6.4.3");
}

// From its header: 30 - 1 - 2/5 - 7/25 = 708/25 of 30; M = 472/5 = 94.4, 94.40.
TEST_CASE("the special evaluation example scores to the result worked out in its header", "[examples][scope]") {
  SchemeCache schemes;
  ScoreResult result = score_shipped("examples/xiling-2025-special.yaml", schemes);
  REQUIRE(result.scope.size() == 1);
  CHECK(result.scope[0]->id == "7");
  CHECK(result.evaluated.earned == Rational(708, 25));
  CHECK(result.evaluated.scope_max == Rational(30));
  CHECK(result.composite == Rational(472, 5));
  CHECK(result.format(result.reported) == "94.40");
  REQUIRE(result.grade);
  CHECK(result.grade->id == "excellent");
}

// From the profile's header: linjiang under it earns 3849/40 of 99;
// M = 6415/66 = 97.1969..., 97.20.
TEST_CASE("the weight profile example scores linjiang to the result worked out in its header",
          "[examples][weights]") {
  SchemeChoice choice;
  Diagnostics diagnostics;
  const std::string file = "examples/innovation.weights.yaml";
  auto profile = read_weight_profile(read_source_file(file), file, diagnostics);
  REQUIRE(profile);
  choice.weights = std::make_shared<const WeightProfile>(std::move(*profile));
  SchemeCache schemes;
  ScoreResult result = score_shipped("examples/linjiang-2025.yaml", schemes, choice);
  CHECK(result.evaluated.earned == Rational(3849, 40));
  CHECK(result.evaluated.max == Rational(99));
  CHECK(result.composite == Rational(6415, 66));
  CHECK(result.format(result.reported) == "97.20");
  REQUIRE(result.scheme->weight_profile);
  CHECK(result.scheme->weight_profile->name == "侧重研究创新");
}
