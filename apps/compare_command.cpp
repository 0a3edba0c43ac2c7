// cityseceval compare OLD NEW : what changed between two assessments of a city.
#include <memory>

#include "cityseceval/compare.h"
#include "cityseceval/input.h"
#include "cityseceval/load.h"
#include "cityseceval/messages.h"
#include "cityseceval/render_compare.h"
#include "cityseceval/score.h"
#include "assessment_files.h"
#include "cli.h"
#include "commands.h"
#include "help_language.h"
#include "option_values.h"

namespace cityseceval::cli {

namespace {

struct CompareCommandOptions {
  std::vector<std::string> files;  // OLD and NEW
  SchemeChoice scheme;
  ReadOptions read;  // --lenient, --require-evidence
  CompareOptions compare;
  bool allow_different_trees = false;
  std::string format = "text";
  std::string language;
  std::string output;
};

// Usage errors, before any file is read: two files, stdin at most once,
// -o over neither input.
bool usage_ok(const CompareCommandOptions& options) {
  if (options.files.size() != 2) {
    print_error(message(MessageId::compare_two_files, {options.files.size()}));
    return false;
  }
  if (!stdin_at_most_once(options.files)) return false;
  for (const std::string& file : options.files) {
    if (!output_spares(options.output, file, MessageId::overwrite_input)) return false;
  }
  return output_spares(options.output, options.scheme.weights_file, MessageId::overwrite_input) &&
         output_spares(options.output, options.scheme.tree_file, MessageId::overwrite_tree);
}

std::string report(const CompareCommandOptions& options, const Comparison& comparison) {
  if (options.format == "json") return render_compare_json(comparison);
  if (options.format == "markdown") return render_compare_markdown(comparison, language());
  return render_compare_text(comparison, language());
}

int run_compare(CompareCommandOptions options) {
  use_language(options.language);
  if (!usage_ok(options)) return exit_usage;
  if (!read_weights(options.scheme)) return exit_invalid_input;
  SchemeCache schemes;
  if (!preload_choice(options.scheme, schemes)) return exit_invalid_input;
  auto loaded = load_assessment_files(options.files, options.scheme, options.read, schemes);
  if (!loaded) return exit_invalid_input;
  const ScoreResult old = score(*(*loaded)[0].scheme, (*loaded)[0].assessment);
  const ScoreResult now = score(*(*loaded)[1].scheme, (*loaded)[1].assessment);
  if (auto mismatch = tree_mismatch(old, now); mismatch && !options.allow_different_trees) {
    print_error(*mismatch);
    return exit_invalid_input;
  }
  const Comparison comparison = compare(old, now, options.compare);
  for (const Text& caveat : comparison.caveats) print_warning(caveat);
  return write_output(options.output, report(options, comparison)) ? exit_ok : exit_invalid_input;
}

}  // namespace

Runner setup_compare(CLI::App& app) {
  auto options = std::make_shared<CompareCommandOptions>();
  CLI::App* command = app.add_subcommand("compare", said("比较一个城市的两次评估：哪些有变化，变化多少", "Compare two assessments of a city: what changed, and by how much"));
  command->footer(said(R"(示例：
  cityseceval compare city-2024.yaml city-2025.yaml
  cityseceval compare city-2024.yaml city-2025.yaml --all --lang en
  cityseceval compare old.yaml new.yaml --format json -o changes.json
  cityseceval compare base-tree.yaml tailored.yaml --allow-different-trees

每个文件都像 'score' 那样加载和计分。报告给出前后两次的综合得分和等级、已
评分指标中得分增减最多者、得分有变化的每个指标（使用 --all 时为每个指标），
以及评分或事实有变化的每个评价内容项。用不同指标树（评价体系编号或版本）计分
的两个评估文件会被拒绝，除非使用 --allow-different-trees：此时比较两者共有的
编号，并列出其余编号。两个城市、两个评价范围或两组权重照常比较，并在标准错误
上给出警告。

退出码：0 已比较，1 输入无效或指标树不同，2 用法错误。)",
                       R"(Examples:
  cityseceval compare city-2024.yaml city-2025.yaml
  cityseceval compare city-2024.yaml city-2025.yaml --all --lang en
  cityseceval compare old.yaml new.yaml --format json -o changes.json
  cityseceval compare base-tree.yaml tailored.yaml --allow-different-trees

Each file is loaded and scored as 'score' does. The report gives the
composite and grade before and after, the biggest gains and losses among the
rated indicators, every indicator whose points changed (every one with
--all) and every item whose rating or fact changed. Two assessments scored
with different trees (scheme id or version) are refused unless
--allow-different-trees, which compares the IDs present in both and lists
the others. Two cities, two scopes or two sets of weights are compared, with
a warning on stderr.

Exit codes: 0 compared, 1 invalid input or different trees, 2 usage error.)"));
  // No CLI11 file validators and no fixed count: a missing file is invalid
  // input with a FILE:LINE:COL message, and a wrong count is said in words.
  takes_file(command->add_option("files", options->files, said("OLD 和 NEW：两个评估文件；'-' 读取标准输入", "OLD and NEW: two assessments; '-' reads standard input"))
      ->type_name("FILE"), assessment_file());
  add_scheme_options(*command, options->scheme,
                     said("评估文件必须指定的内置评价体系（也用于未指定评价体系的评估文件）", "Built-in scheme the assessments must name (and the one for those naming none)"),
                     said("为两者计分所用的指标树文件（优先于 'scheme:'）", "Indicator-tree file to score both against (overrides 'scheme:')"));
  add_lenient_flag(*command, options->read);
  add_require_evidence_flag(*command, options->read, Severity::error);
  command->add_flag("--all", options->compare.all, said("列出每个指标，而不只是有变化的", "List every indicator, not only those that changed"));
  command->add_flag("--allow-different-trees", options->allow_different_trees,
                    said("比较两个指标树的评估：只比较两者共有的编号，并列出其余编号", "Compare assessments of two trees: only the IDs present in both, listing the others"));
  add_report_options(*command, options->format, options->language, options->output);
  return [options] { return run_compare(*options); };
}

}  // namespace cityseceval::cli
