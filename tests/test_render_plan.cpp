// The reports of `score --plan` (render_plan.h), pinned whole through the
// built binary on the example examples/plan-yunxi-2025.yaml. The numbers are
// the ones worked out by hand in the headers of the plan and its stage files:
//   stage 1 (6, 7):  earned 7193/150 = 47.9533... -> 47.95 of 50; composite 7193/75 = 95.9066... -> 95.91, excellent
//   stage 2 (8, 9):  earned 151/6 = 25.1666... -> 25.17 of 30;    composite 755/9 = 83.8888... -> 83.89, good
//   stage 3 (10):    earned 107/6 = 17.8333... -> 17.83 of 20;    composite 535/6 = 89.1666... -> 89.17, excellent
//   stages 1 and 2:  1828/25 = 73.12 of 80;  scaled 457/5 = 91.40, excellent; left 10 (20 points)
//   all three:       13643/150 = 90.9533... -> 90.95 of 100; scaled the same, excellent; nothing left
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>

#include "cityseceval/version.h"
#include "run_binary.h"

using cityseceval::testing::exit_ok;
using cityseceval::testing::run_cli;
using cityseceval::testing::RunOptions;
using cityseceval::testing::RunResult;
using Json = nlohmann::json;

namespace {

const std::string plan = "examples/plan-yunxi-2025.yaml";
const std::string stage1 = "examples/yunxi-2025-stage1.yaml";
const std::string stage2 = "examples/yunxi-2025-stage2.yaml";
const std::string stage3 = "examples/yunxi-2025-stage3.yaml";

RunResult score_plan(std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), {"score", "--plan", plan});
  RunResult result = run_cli(arguments);
  CHECK(result.exit_code == exit_ok);
  CHECK(result.err.empty());
  return result;
}

}  // namespace

TEST_CASE("score --plan: two stages of three, in Chinese", "[plan][render]") {
  CHECK(score_plan({stage1, stage2, "--lang", "zh"}).out ==
        "评价计划  云溪市 2025—2026 年网络安全分阶段评价\n"
        "评价体系  数字政府 城市网络安全评价指标 (city-cybersecurity 1.0)\n"
        "城市      云溪市\n"
        "阶段      已评价 2 个，共 3 个\n"
        "\n"
        "阶段                          日期        维度        得分  折算得分  等级  文件\n"
        "第一阶段：政策规范与风险控制  2025-06-30  6、7  47.95 / 50     95.91  优秀  examples/yunxi-2025-stage1.yaml\n"
        "第二阶段：文化与创新          2025-12-31  8、9  25.17 / 30     83.89  良好  examples/yunxi-2025-stage2.yaml\n"
        "第三阶段：发展协同            2026-06-30  10        — / 20    待评价\n"
        "\n"
        "已评价维度  6 政策规范、7 风险控制、8 网络安全文化、9 研究创新（80 分）\n"
        "进度得分    73.12 / 80\n"
        "折算得分    91.40 / 100  优秀\n"
        "尚未评价    10 发展协同（20 分）\n");
}

TEST_CASE("score --plan: every stage, in English: complete", "[plan][render]") {
  CHECK(score_plan({stage1, stage2, stage3, "--lang", "en"}).out ==
        "Plan    Yunxi phased cybersecurity evaluation 2025-2026\n"
        "Scheme  Digital government: city cybersecurity evaluation indicators (city-cybersecurity 1.0)\n"
        "City    云溪市\n"
        "Stages  3 of 3 evaluated\n"
        "\n"
        "Stage                                 Date        Dimensions      Earned  Score  Grade      File\n"
        "Stage 1: policy and risk control      2025-06-30  6, 7        47.95 / 50  95.91  Excellent  "
        "examples/yunxi-2025-stage1.yaml\n"
        "Stage 2: culture and innovation       2025-12-31  8, 9        25.17 / 30  83.89  Good       "
        "examples/yunxi-2025-stage2.yaml\n"
        "Stage 3: development and cooperation  2026-06-30  10          17.83 / 20  89.17  Excellent  "
        "examples/yunxi-2025-stage3.yaml\n"
        "\n"
        "Dimensions evaluated  6 Policy and regulation implementation, 7 Risk control, 8 Cybersecurity culture, "
        "9 Research and innovation, 10 Development and cooperation (100 points)\n"
        "Score so far          90.95 / 100\n"
        "Scaled score          90.95 / 100  Excellent\n"
        "Left                  nothing: every dimension is evaluated\n");
}

TEST_CASE("score --plan: with no stage file, nothing evaluated yet and no score", "[plan][render]") {
  CHECK(score_plan({"--lang", "zh"}).out ==
        "评价计划  云溪市 2025—2026 年网络安全分阶段评价\n"
        "评价体系  数字政府 城市网络安全评价指标 (city-cybersecurity 1.0)\n"
        "城市      云溪市\n"
        "阶段      已评价 0 个，共 3 个\n"
        "\n"
        "阶段                          日期        维度    得分  折算得分  等级  文件\n"
        "第一阶段：政策规范与风险控制  2025-06-30  6、7  — / 50    待评价\n"
        "第二阶段：文化与创新          2025-12-31  8、9  — / 30    待评价\n"
        "第三阶段：发展协同            2026-06-30  10    — / 20    待评价\n"
        "\n"
        "已评价维度  尚无\n"
        "进度得分    尚未评价任何阶段\n"
        "尚未评价    6 政策规范、7 风险控制、8 网络安全文化、9 研究创新、10 发展协同（100 分）\n");
  const std::string english = score_plan({"--lang", "en"}).out;
  CHECK_THAT(english, Catch::Contains("Dimensions evaluated  none yet\n"
                                      "Score so far          nothing evaluated yet\n"
                                      "Left                  6 Policy and regulation implementation, 7 Risk control, "
                                      "8 Cybersecurity culture, 9 Research and innovation, 10 Development and "
                                      "cooperation (100 points)\n"));
  CHECK_THAT(english, Catch::Contains("Stage 1: policy and risk control      2025-06-30  6, 7        — / 50  pending\n"));
}

TEST_CASE("score --plan --format json: the plan, its stages and the progress", "[plan][render][json]") {
  // The files in another order than the stages: the report follows the plan.
  const std::string out = score_plan({stage2, stage1, "--format", "json"}).out;
  CHECK(out ==
        R"({
  "plan": {
    "title": "云溪市 2025—2026 年网络安全分阶段评价",
    "title_en": "Yunxi phased cybersecurity evaluation 2025-2026",
    "city": "云溪市",
    "scheme": {
      "id": "city-cybersecurity",
      "title": "数字政府 城市网络安全评价指标",
      "version": "1.0"
    }
  },
  "stages": [
    {
      "name": "第一阶段：政策规范与风险控制",
      "name_en": "Stage 1: policy and risk control",
      "date": "2025-06-30",
      "scope": [
        "6",
        "7"
      ],
      "status": "evaluated",
      "file": "examples/yunxi-2025-stage1.yaml",
      "score": 95.91,
      "score_exact": "7193/75",
      "earned": 47.95,
      "earned_exact": "7193/150",
      "max": 50,
      "grade": {
        "id": "excellent",
        "name": "优秀",
        "name_en": "Excellent"
      }
    },
    {
      "name": "第二阶段：文化与创新",
      "name_en": "Stage 2: culture and innovation",
      "date": "2025-12-31",
      "scope": [
        "8",
        "9"
      ],
      "status": "evaluated",
      "file": "examples/yunxi-2025-stage2.yaml",
      "score": 83.89,
      "score_exact": "755/9",
      "earned": 25.17,
      "earned_exact": "151/6",
      "max": 30,
      "grade": {
        "id": "good",
        "name": "良好",
        "name_en": "Good"
      }
    },
    {
      "name": "第三阶段：发展协同",
      "name_en": "Stage 3: development and cooperation",
      "date": "2026-06-30",
      "scope": [
        "10"
      ],
      "status": "pending",
      "file": null,
      "score": null,
      "score_exact": null,
      "earned": null,
      "earned_exact": null,
      "max": 20,
      "grade": null
    }
  ],
  "progress": {
    "dimensions_evaluated": [
      "6",
      "7",
      "8",
      "9"
    ],
    "dimensions_left": [
      "10"
    ],
    "earned": 73.12,
    "earned_exact": "1828/25",
    "evaluated_max": 80,
    "score": 91.4,
    "score_exact": "457/5",
    "grade": {
      "id": "excellent",
      "name": "优秀",
      "name_en": "Excellent"
    },
    "max_left": 20,
    "complete": false
  },
  "generator": {
    "name": "cityseceval",
    "version": ")" + std::string(cityseceval::tool_version()) + R"("
  }
}
)");
  // The same whatever the language.
  CHECK(score_plan({stage2, stage1, "--format", "json", "--lang", "en"}).out == out);
}

TEST_CASE("score --plan --format json: complete, and nothing evaluated", "[plan][render][json]") {
  Json complete = Json::parse(score_plan({stage3, stage1, stage2, "--format", "json"}).out);
  CHECK(complete["progress"] == Json::parse(R"({"dimensions_evaluated": ["6", "7", "8", "9", "10"],
      "dimensions_left": [], "earned": 90.95, "earned_exact": "13643/150", "evaluated_max": 100,
      "score": 90.95, "score_exact": "13643/150",
      "grade": {"id": "excellent", "name": "优秀", "name_en": "Excellent"}, "max_left": 0, "complete": true})"));
  CHECK(complete["stages"][2]["earned_exact"] == "107/6");
  CHECK(complete["stages"][2]["score"] == 89.17);

  Json nothing = Json::parse(score_plan({"--format", "json"}).out);
  CHECK(nothing["progress"] == Json::parse(R"({"dimensions_evaluated": [], "dimensions_left": ["6", "7", "8", "9", "10"],
      "earned": 0, "earned_exact": "0", "evaluated_max": 0, "score": null, "score_exact": null, "grade": null,
      "max_left": 100, "complete": false})"));
  for (const Json& stage : nothing["stages"]) CHECK(stage["status"] == "pending");
}
