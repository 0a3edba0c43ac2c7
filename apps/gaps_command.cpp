// cityseceval gaps FILE : where an assessment loses points, and what it takes
// to reach the next grade (or a --target score).
#include <memory>

#include "assessment_files.h"
#include "cityseceval/gaps.h"
#include "cityseceval/input.h"
#include "cityseceval/load.h"
#include "cityseceval/messages.h"
#include "cityseceval/render_gaps.h"
#include "cityseceval/score.h"
#include "cli.h"
#include "commands.h"
#include "help_language.h"
#include "option_values.h"

namespace cityseceval::cli {

namespace {

struct GapsCommandOptions {
  std::vector<std::string> files;  // exactly one
  SchemeChoice scheme;
  ReadOptions read;     // --lenient
  std::size_t top = 0;  // 0: every item
  bool by_dimension = false;
  std::string target;  // as written; empty: the next grade
  std::string format = "text";
  std::string language;
  std::string output;
};

// Usage errors, before any file is read: one file, a --target that is a
// score, -o not over an input.
bool usage_ok(const GapsCommandOptions& options, std::optional<Rational>& target) {
  if (options.files.size() != 1) {
    print_error(message(MessageId::gaps_one_file, {options.files.size()}));
    return false;
  }
  if (!options.target.empty()) {
    target = Rational::parse_decimal(options.target, true);
    if (!target) {
      print_error(message(MessageId::gaps_target_not_number, {options.target}));
      return false;
    }
  }
  return output_spares(options.output, options.files[0], MessageId::overwrite_input) &&
         output_spares(options.output, options.scheme.weights_file, MessageId::overwrite_input) &&
         output_spares(options.output, options.scheme.tree_file, MessageId::overwrite_tree);
}

std::string report(const GapsCommandOptions& options, const Gaps& gaps) {
  GapRenderOptions render;
  if (options.top > 0) render.top = options.top;
  render.by_dimension = options.by_dimension;
  if (options.format == "json") return render_gaps_json(gaps, render);
  if (options.format == "markdown") return render_gaps_markdown(gaps, language(), render);
  return render_gaps_text(gaps, language(), render);
}

int run_gaps(GapsCommandOptions options) {
  use_language(options.language);
  GapOptions gap_options;
  if (!usage_ok(options, gap_options.target)) return exit_usage;
  if (!read_weights(options.scheme)) return exit_invalid_input;
  SchemeCache schemes;
  if (!preload_choice(options.scheme, schemes)) return exit_invalid_input;
  auto loaded = load_assessment_files(options.files, options.scheme, options.read, schemes);
  if (!loaded) return exit_invalid_input;
  const Scheme& scheme = *(*loaded)[0].scheme;
  const Assessment& assessment = (*loaded)[0].assessment;
  // Only the scheme tells how high a target may be.
  if (gap_options.target) {
    if (std::optional<Text> problem = target_problem(scheme, *gap_options.target)) {
      print_error(*problem);
      return exit_usage;
    }
  }
  const ScoreResult now = score(scheme, assessment);
  const Gaps gaps = find_gaps(scheme, assessment, now, gap_options);
  return write_output(options.output, report(options, gaps)) ? exit_ok : exit_invalid_input;
}

}  // namespace

Runner setup_gaps(CLI::App& app) {
  auto options = std::make_shared<GapsCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "gaps", said("整改优先级：低于满分的评价内容项，以及达到下一等级需要什么", "Improvement priorities: the items below their maximum, and what it takes to reach the next grade"));
  command->footer(said(R"(示例：
  cityseceval gaps examples/yunxi-2025.yaml
  cityseceval gaps examples/baishi-2025.yaml --top 10 --lang en
  cityseceval gaps city.yaml --by-dimension --format markdown -o gaps.md
  cityseceval gaps examples/lanting-district-2025.yaml --target 80
  cityseceval gaps city.yaml --format json | jq '.plan.items'

文件像 'score' 那样加载和计分。列出评价部分中低于满分的每个评价内容项，增益
最大的在前：现状、其规则给出的下一步（评分项：评分等级的最高级）、这一步和
满分分别为报告得分增加多少分，每个都通过重新计分得出。然后是提升计划：提升到
满分即可达到下一等级的最少评价内容项，超出最少者优先；使用 --target 时，改为
要达到的得分（对没有等级的评价体系，这是唯一的计划）。

退出码：0 完成，1 输入无效，2 用法错误（不是一个文件、--target 不正确、-o 指向
输入文件）。)",
                       R"(Examples:
  cityseceval gaps examples/yunxi-2025.yaml
  cityseceval gaps examples/baishi-2025.yaml --top 10 --lang en
  cityseceval gaps city.yaml --by-dimension --format markdown -o gaps.md
  cityseceval gaps examples/lanting-district-2025.yaml --target 80
  cityseceval gaps city.yaml --format json | jq '.plan.items'

The file is loaded and scored as 'score' does. Every item of the evaluated
part below its maximum is listed, the largest gain first: what it has now,
the next step its rule offers (a rated item: the top of the scale), the
points that step and the maximum add to the reported score, each found by
re-scoring. Then the plan: the fewest items that, raised to their maximum,
reach the next grade, with the least overshoot; with --target, the score
to reach instead (the only plan for a scheme with no grades).

Exit codes: 0 done, 1 invalid input, 2 usage error (not one file, a bad
--target, -o naming an input).)"));
  takes_file(command->add_option("files", options->files, said("FILE：评估文件；'-' 读取标准输入", "FILE: the assessment; '-' reads standard input"))->type_name("FILE"), assessment_file());
  add_scheme_options(*command, options->scheme,
                     said("评估文件必须指定的内置评价体系（也用于未指定评价体系的评估文件）", "Built-in scheme the assessment must name (and the one for one naming none)"),
                     said("为其计分所用的指标树文件（优先于 'scheme:'）", "Indicator-tree file to score it against (overrides 'scheme:')"));
  add_lenient_flag(*command, options->read);
  add_require_evidence_flag(*command, options->read, Severity::error);
  command->add_option("--top", options->top, said("最多列出 N 个评价内容项（使用 --by-dimension 时：每个维度 N 个）", "List at most N items (with --by-dimension: N in each dimension)"))
      ->type_name("N")
      ->check(CLI::PositiveNumber);
  command->add_flag("--by-dimension", options->by_dimension, said("按维度分组列出评价内容项，按指标树顺序", "Group the items by dimension, in tree order"));
  command->add_option("--target", options->target, said("计划必须达到的报告得分，代替下一等级", "The reported score the plan must reach, instead of the next grade"))
      ->type_name("SCORE");
  add_report_options(*command, options->format, options->language, options->output);
  return [options] { return run_gaps(*options); };
}

}  // namespace cityseceval::cli
