// cityseceval report FILE : the evaluation report for a city government, as
// one HTML file (to read, print to PDF or e-mail) or as Markdown.
#include <memory>
#include <optional>

#include "cityseceval/compare.h"
#include "cityseceval/gaps.h"
#include "cityseceval/input.h"
#include "cityseceval/load.h"
#include "cityseceval/messages.h"
#include "cityseceval/render_report.h"
#include "cityseceval/score.h"
#include "assessment_files.h"
#include "cli.h"
#include "commands.h"
#include "help_language.h"
#include "option_values.h"

namespace cityseceval::cli {

namespace {

struct ReportCommandOptions {
  std::string file;
  std::string previous;  // --compare OLD
  SchemeChoice scheme;
  ReadOptions read;  // --lenient
  bool allow_different_trees = false;
  std::size_t top = 10;  // --top: the improvement priorities shown; 0: every one
  std::string format;  // empty: from -o's extension, else html
  std::string language;
  std::string output;
};

// --format when given; else what -o's name says (.md and .markdown are
// Markdown, .html, .htm or no extension HTML); else HTML. nullopt, after
// saying why, for an -o whose extension is neither: writing HTML into
// "report.pdf" would only puzzle whoever opens it.
std::optional<std::string> chosen_format(const ReportCommandOptions& options) {
  if (!options.format.empty()) return options.format;
  if (options.output.empty() || options.output == "-") return "html";
  std::string extension = extension_of(options.output);
  if (extension == ".md" || extension == ".markdown") return "markdown";
  if (extension.empty() || extension == ".html" || extension == ".htm") return "html";
  print_error(message(MessageId::report_format_from_output, {options.output, extension}));
  return std::nullopt;
}

// Usage errors, before any file is read: stdin at most once, -o over no input.
bool usage_ok(const ReportCommandOptions& options) {
  std::vector<std::string> inputs = {options.file};
  if (!options.previous.empty()) inputs.push_back(options.previous);
  if (!stdin_at_most_once(inputs)) return false;
  for (const std::string& input : inputs) {
    if (!output_spares(options.output, input, MessageId::overwrite_input)) return false;
  }
  return output_spares(options.output, options.scheme.weights_file, MessageId::overwrite_input) &&
         output_spares(options.output, options.scheme.tree_file, MessageId::overwrite_tree);
}

int run_report(ReportCommandOptions options) {
  use_language(options.language);
  if (!usage_ok(options)) return exit_usage;
  const std::optional<std::string> format = chosen_format(options);
  if (!format) return exit_usage;
  if (!read_weights(options.scheme)) return exit_invalid_input;
  SchemeCache schemes;
  if (!preload_choice(options.scheme, schemes)) return exit_invalid_input;
  // The previous assessment first, as `compare OLD NEW` reads them.
  std::vector<std::string> files = {options.file};
  if (!options.previous.empty()) files.insert(files.begin(), options.previous);
  auto loaded = load_assessment_files(files, options.scheme, options.read, schemes);
  if (!loaded) return exit_invalid_input;
  const LoadedAssessment& now = loaded->back();
  const ScoreResult result = score(*now.scheme, now.assessment);
  std::optional<ScoreResult> old;
  std::optional<Comparison> changes;
  if (!options.previous.empty()) {
    old.emplace(score(*loaded->front().scheme, loaded->front().assessment));
    if (auto mismatch = tree_mismatch(*old, result); mismatch && !options.allow_different_trees) {
      print_error(*mismatch);
      return exit_invalid_input;
    }
    changes.emplace(compare(*old, result));
    for (const Text& caveat : changes->caveats) print_warning(caveat);
  }
  const Gaps gaps = find_gaps(*now.scheme, now.assessment, result, {});
  GapRenderOptions shown;
  if (options.top > 0) shown.top = options.top;
  const ReportInput input{result, changes ? &*changes : nullptr, &gaps, shown, script()};
  const std::string report =
      *format == "markdown" ? render_report_markdown(input, language()) : render_report_html(input, language());
  return write_output(options.output, report) ? exit_ok : exit_invalid_input;
}

}  // namespace

Runner setup_report(CLI::App& app) {
  auto options = std::make_shared<ReportCommandOptions>();
  CLI::App* command =
      app.add_subcommand("report", said("写出评估的评价报告：HTML（可打印为 PDF）或 Markdown", "Write the evaluation report of an assessment: HTML (print to PDF) or Markdown"));
  command->footer(said(R"(示例：
  cityseceval report city-2025.yaml -o city-2025.html
  cityseceval report city-2025.yaml --compare city-2024.yaml -o city-2025.html
  cityseceval report city-2025.yaml --lang en -o city-2025.en.html
  cityseceval report city-2025.yaml -o city-2025.md          （Markdown，由文件名决定）

报告给出综合得分、等级和等级划分，以雷达图展示各维度，以条形图展示每个维度的
指标，以及直到评价内容项的完整表格，含其评分或事实、备注和证据；整改优先级
（提升后增分最多的 --top 个评价内容项，以及达到下一等级的最少评价内容项，与
'gaps' 给出的相同）；使用 --compare 时，还有自上次评估以来的变化。HTML 是一个
自包含的文件：不加载任何内容，可离线使用，按 A4 打印（在浏览器中打开并打印为
PDF）。未给出 --format 时，格式由 -o 的文件名决定（.md 或 .markdown：Markdown；
.html、.htm 或无扩展名：HTML），标准输出得到 HTML。

退出码：0 已写出，1 输入无效或指标树不同，2 用法错误。)",
                       R"(Examples:
  cityseceval report city-2025.yaml -o city-2025.html
  cityseceval report city-2025.yaml --compare city-2024.yaml -o city-2025.html
  cityseceval report city-2025.yaml --lang en -o city-2025.en.html
  cityseceval report city-2025.yaml -o city-2025.md          (Markdown, from the name)

The report gives the composite, the grade and the grade bands, the
dimensions as a radar chart, each dimension's indicators as bars, and the
whole table down to the items with their ratings or facts, notes and
evidence; the improvement priorities (the --top items that add the most
when raised, and the fewest items that reach the next grade, as 'gaps'
gives them); with --compare, the changes since the previous assessment. The
HTML is one self-contained file: it loads nothing, works offline and
prints to A4 (open it in a browser and print to PDF). Without --format the
format follows -o's name (.md or .markdown: Markdown; .html, .htm or none:
HTML), and standard output gets HTML.

Exit codes: 0 written, 1 invalid input or different trees, 2 usage error.)"));
  takes_file(command->add_option("file", options->file, said("评估文件；'-' 读取标准输入", "The assessment; '-' reads standard input"))
      ->type_name("FILE")
      ->required(), assessment_file());
  takes_file(command->add_option("--compare", options->previous,
                      said("该城市的上一次评估：加上自那以来的变化", "The previous assessment of the city: add the changes since it"))
      ->type_name("OLD"), assessment_file());
  add_scheme_options(*command, options->scheme,
                     said("评估文件必须指定的内置评价体系（也用于未指定评价体系的评估文件）", "Built-in scheme the assessments must name (and the one for those naming none)"),
                     said("计分所用的指标树文件（优先于 'scheme:'）", "Indicator-tree file to score against (overrides 'scheme:')"));
  add_lenient_flag(*command, options->read);
  add_require_evidence_flag(*command, options->read, Severity::error);
  command->add_option("--top", options->top,
                      said("整改优先级：显示增分最多的 N 个评价内容项（0：全部）", "Improvement priorities: show the N items that add the most (0: every one)"))
      ->capture_default_str();
  command->add_flag("--allow-different-trees", options->allow_different_trees,
                    said("与 --compare 同用：比较两个指标树的评估，只比较两者共有的编号", "With --compare: compare assessments of two trees, only the IDs present in both"));
  one_of(command->add_option("--format", options->format, said("输出格式（默认：由 -o 的扩展名决定，否则为 html）", "Output format (default: from -o's extension, else html)"))->type_name("FORMAT"), {"html", "markdown"});
  add_language_option(*command, options->language, said("报告和消息的语言", "Language of the report and of messages"));
  add_output_option(*command, options->output);
  return [options] { return run_report(*options); };
}

}  // namespace cityseceval::cli
