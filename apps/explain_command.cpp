// cityseceval explain FILE [ID] : how one number of a score was obtained,
// every step and every number, for an auditor to follow by hand.
#include <memory>

#include "cityseceval/explain.h"
#include "cityseceval/input.h"
#include "cityseceval/messages.h"
#include "cityseceval/render_explain.h"
#include "cityseceval/score.h"
#include "assessment_files.h"
#include "cli.h"
#include "commands.h"
#include "help_language.h"
#include "option_values.h"

namespace cityseceval::cli {

namespace {

struct ExplainOptions {
  std::string file;
  std::string id;  // empty: the composite
  SchemeChoice scheme;
  ReadOptions read;  // --lenient
  std::string format = "text";
  std::string language;
  std::string output;
};

// Usage errors before any file is read: -o over none of the inputs.
bool usage_ok(const ExplainOptions& options) {
  return output_spares(options.output, options.file, MessageId::overwrite_input) &&
         output_spares(options.output, options.scheme.weights_file, MessageId::overwrite_input) &&
         output_spares(options.output, options.scheme.tree_file, MessageId::overwrite_tree);
}

std::string report(const ExplainOptions& options, const Explanation& explanation) {
  if (options.format == "json") return render_explain_json(explanation);
  if (options.format == "markdown") return render_explain_markdown(explanation, language());
  return render_explain_text(explanation, language());
}

int run_explain(ExplainOptions options) {
  use_language(options.language);
  if (!usage_ok(options)) return exit_usage;
  if (!read_weights(options.scheme)) return exit_invalid_input;
  SchemeCache schemes;
  if (!preload_choice(options.scheme, schemes)) return exit_invalid_input;
  auto loaded = load_assessment_files({options.file}, options.scheme, options.read, schemes);
  if (!loaded) return exit_invalid_input;
  const ScoreResult result = score(*loaded->front().scheme, loaded->front().assessment);
  // The ID is checked against the scheme the file is scored with, which is
  // known only once the file is loaded; a wrong ID is still a usage error.
  std::optional<Explanation> explanation = explain(result, options.id);
  if (!explanation) {
    print_error(unknown_explain_id(result, options.id));
    return exit_usage;
  }
  return write_output(options.output, report(options, *explanation)) ? exit_ok : exit_invalid_input;
}

}  // namespace

Runner setup_explain(CLI::App& app) {
  auto options = std::make_shared<ExplainOptions>();
  CLI::App* command = app.add_subcommand("explain", said("逐步展示得分是怎样得出的，每个数都列出", "Show how a score was obtained, step by step, every number"));
  command->footer(said(R"(示例：
  cityseceval explain examples/yunxi-2025.yaml              （综合得分及每个维度）
  cityseceval explain examples/yunxi-2025.yaml 7.6.3        （一个三级指标：其评分，A.4）
  cityseceval explain examples/yunxi-2025.yaml 9.2.4.2      （一个评价内容项：其在平均值中的份额）
  cityseceval explain examples/lanting-district-2025.yaml 3.1.1 --lang en
  cityseceval explain city.yaml 7 --format markdown -o 7.md

不给编号时解释综合得分：一级指标之和、任何折算（评价范围、不适用项）、加分和
上限、舍入为报告得分，以及等级区间。给出指标编号时：其下级指标之和，或其评分的
A.4 平均值（及直接得分规则）和 X x 分值，或其规则项之和；下限或上限；舍入。
给出评价内容项编号时：其评分及在平均值中的份额，或其事实、规则和分值。
结果写作分数和小数：13643/150 = 90.953333...（省略号：小数还有后续位；显示
前六位，截断）。

退出码：0 已解释，1 输入无效，2 用法错误（编号不是该评价体系的指标或评价内容
项）。)",
                       R"(Examples:
  cityseceval explain examples/yunxi-2025.yaml              (the composite, and each dimension)
  cityseceval explain examples/yunxi-2025.yaml 7.6.3        (a level-3 indicator: its ratings, A.4)
  cityseceval explain examples/yunxi-2025.yaml 9.2.4.2      (one item: its share of the mean)
  cityseceval explain examples/lanting-district-2025.yaml 3.1.1 --lang en
  cityseceval explain city.yaml 7 --format markdown -o 7.md

Without an ID the composite is explained: the sum of the level-1
indicators, any scaling (a scope, na items), bonus and caps, the rounding to
the reported score and the grade band. With an indicator ID: the sum of its
children, or the A.4 mean of its ratings (and the direct-score rule) and
X x points, or the sum of its rule items; a floor or cap; the rounding. With
an item ID: its rating and share of the mean, or its fact, rule and points.
Results are written as a fraction and a decimal: 13643/150 = 90.953333...
(the dots: the decimal goes on; its first six places are shown, cut).

Exit codes: 0 explained, 1 invalid input, 2 usage error (an ID that is not
an indicator or item of the scheme).)"));
  takes_file(command->add_option("file", options->file, said("评估文件；'-' 读取标准输入", "The assessment; '-' reads standard input"))
      ->required()
      ->type_name("FILE"), assessment_file());
  command->add_option("id", options->id, said("指标或评价内容项编号（7、7.6、7.6.3、7.6.3.2；3.1.1）；不给：综合得分", "An indicator or item ID (7, 7.6, 7.6.3, 7.6.3.2; 3.1.1); none: the composite"))
      ->type_name("ID");
  add_scheme_options(*command, options->scheme,
                     said("评估文件必须指定的内置评价体系（也用于未指定评价体系的评估文件）", "Built-in scheme the assessment must name (and the one if it names none)"),
                     said("计分所用的指标树文件（优先于 'scheme:'）", "Indicator-tree file to score against (overrides 'scheme:')"));
  add_lenient_flag(*command, options->read);
  add_require_evidence_flag(*command, options->read, Severity::error);
  one_of(command->add_option("--format", options->format, said("输出格式", "Output format"))->type_name("FORMAT"), {"text", "json", "markdown"})
      ->capture_default_str();
  add_language_option(*command, options->language, said("解释和消息的语言", "Language of the explanation and of messages"));
  add_output_option(*command, options->output);
  return [options] { return run_explain(*options); };
}

}  // namespace cityseceval::cli
