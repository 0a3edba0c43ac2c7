// cityseceval check FILE... : lint indicator trees and assessments, for CI and editors.
//
// The diagnostics are what this command produces, so they go to stdout (text,
// JSON or GitHub workflow commands) where they can be piped and redirected;
// the JSON format's summary line goes to stderr so stdout stays one JSON value.
#include <cstdio>
#include <memory>

#include "cityseceval/check.h"
#include "cityseceval/load.h"
#include "cityseceval/render_diagnostics.h"
#include "batch.h"
#include "cli.h"
#include "commands.h"
#include "help_language.h"
#include "option_values.h"

namespace cityseceval::cli {

namespace {

struct CheckCommandOptions {
  std::vector<std::string> files;
  SchemeChoice scheme;
  std::string format = "text";
  bool strict = false;
  std::string language;
  ReadOptions read;  // --lenient, --require-evidence
  std::string plan;  // --plan: the files are the stages of this phased plan
};

// check --plan PLAN FILE...: the plan, each file as one of its stages, and
// which stage each file is for, as `score --plan` checks them. The problems
// of matching are each about one file, and are reported with it.
void check_plan(const CheckCommandOptions& options, SchemeCache& schemes, CheckReport& report) {
  Diagnostics plan_problems;
  std::optional<Plan> plan = load_plan_file(options.plan, options.scheme, schemes, plan_problems);
  report.add(shown_name(options.plan), std::move(plan_problems));
  std::vector<Diagnostics> problems(options.files.size());
  std::vector<LoadedAssessment> loaded;
  for (std::size_t i = 0; i < options.files.size(); ++i) {
    auto assessment = load_stage_file(options.files[i], options.scheme, options.read, schemes, problems[i]);
    if (assessment) loaded.push_back(std::move(*assessment));
  }
  Diagnostics matching;
  if (plan) match_stages(*plan, loaded, matching);
  for (const Diagnostic& problem : matching.all()) {
    for (std::size_t i = 0; i < options.files.size(); ++i) {
      if (shown_name(options.files[i]) == problem.location.file) {
        problems[i].add(problem);
        break;
      }
    }
  }
  for (std::size_t i = 0; i < options.files.size(); ++i) {
    report.add(shown_name(options.files[i]), std::move(problems[i]));
  }
}

// A file as it is: a tree, a plan or an assessment (detect_input_kind).
Diagnostics check_file(const std::string& path, const CheckOptions& options, SchemeCache& schemes) {
  Diagnostics diagnostics;
  // A file that cannot be read is one more problem of this run, not a usage error.
  if (auto text = read_input_file(path, diagnostics)) {
    remember_source(shown_name(path), *text);
    check_text(*text, shown_name(path), options, schemes, diagnostics);
  }
  return diagnostics;
}

// The report goes out in the run's script (in_run_script), but for the names
// of the files, and the lines the text format quotes, which show each file
// as it is.
void keep_names_and_quotes(const CheckReport& report, Language language) {
  if (script() == ChineseScript::own) return;
  for (const FileCheck& file : report.files()) {
    keep_file_name(file.file);
    for (const Diagnostic& d : file.diagnostics) {
      keep_file_name(d.location.file);
      const std::size_t own = format_diagnostic(d, language).size();
      keep_quoted(format_diagnostic_with_source(d, source_of(d.location.file), language).substr(own));
    }
  }
}

int run_check(CheckCommandOptions options) {
  Language language = use_language(options.language);
  if (!read_weights(options.scheme)) return exit_invalid_input;
  std::vector<std::string> inputs = options.files;
  if (!options.plan.empty()) inputs.push_back(options.plan);
  if (!stdin_at_most_once(inputs)) return exit_usage;
  CheckOptions check_options;
  check_options.scheme = options.scheme;
  check_options.read = options.read;
  // A scheme --scheme or --tree names that does not load is reported once,
  // with the first file's problems, like any problem of this run.
  SchemeCache schemes;
  CheckReport report;
  if (!options.plan.empty()) {
    check_plan(options, schemes, report);
  } else {
    // A directory gives its *.yaml, *.yml, *.csv and *.xlsx files, each checked as what it is.
    Diagnostics expansion;
    std::vector<InputPath> inputs = expand_inputs(options.files, expansion);
    for (const Diagnostic& problem : expansion.all()) {
      Diagnostics one;
      one.add(problem);
      report.add(problem.location.file, std::move(one));
    }
    for (const InputPath& input : inputs) {
      report.add(shown_name(input.path), check_file(input.path, check_options, schemes));
    }
  }
  keep_names_and_quotes(report, language);
  std::string text;
  if (options.format == "json") {
    text = render_diagnostics_json(report, language);
  } else if (options.format == "github") {
    text = render_diagnostics_github(report, language);
  } else {
    text = render_diagnostics_text(report, source_of, language);
  }
  if (!write_output("", text)) return exit_invalid_input;
  if (options.format == "json") std::fputs(in_run_script(check_summary(report, language) + "\n").c_str(), stderr);
  bool failed = report.errors() > 0 || (options.strict && report.warnings() > 0);
  return failed ? exit_invalid_input : exit_ok;
}

}  // namespace

Runner setup_check(CLI::App& app) {
  auto options = std::make_shared<CheckCommandOptions>();
  CLI::App* command =
      app.add_subcommand("check", said("检查指标树、评价计划和评估文件，报告每个问题", "Check indicator-tree, plan and assessment files and report every problem"));
  command->footer(said(R"(每个文件按以下规则识别：名为 .xlsx（或 .xls）或为 ZIP 压缩包的是填好的
工作簿；名为 .csv 或首行以 '#scheme,' 开头的是 CSV 评估文件；有顶层
'indicators:' 键的是指标树；有顶层 'stages:' 键的是分阶段评价计划；其余为
YAML 评估文件（见 docs/check.md）。工作簿中的问题指明其单元格：
FILE:ROW:COL: error: cell G12: MESSAGE [rule-id]。使用 --plan PLAN 时，各文件为
各阶段的评估文件，并像 'score --plan' 那样与评价计划的阶段对应。每个文件的每个
问题都在标准输出上报告：
  text    FILE:LINE:COL: error|warning: MESSAGE [rule-id]，该行和一个脱字符
  json    [{"file", "line", "column", "severity", "rule", "message"}, ...]
  github  ::error file=F,line=L,col=C,title=RULE::MESSAGE（GitHub Actions）
最后是一行汇总（"3 个文件中有 2 个错误、1 个警告"；json 格式时在标准错误上）。

示例：
  cityseceval check indicators/ examples/        （目录：其中的 YAML、CSV 和 .xlsx 文件）
  cityseceval check my-city.xlsx                 （填好的工作簿模板）
  cityseceval check my-tree.yaml --strict --format github
  cityseceval check - < assessment.yaml
  cityseceval check --plan plan.yaml stage1.yaml stage2.yaml

退出码：0 没有错误（可以有警告），1 发现错误（或使用 --strict 时有警告），
2 用法错误。)",
                       R"(Each file is a filled workbook when it is named .xlsx (or .xls) or is a ZIP
archive, a CSV assessment when named .csv or its first line starts with
'#scheme,', an indicator tree when it has a top-level 'indicators:' key, a
phased evaluation plan when it has a top-level 'stages:' key, and a YAML
assessment otherwise (docs/check.md). A workbook's problems name their cell:
FILE:ROW:COL: error: cell G12: MESSAGE [rule-id]. With --plan PLAN, the files are the stages' assessments and
are also matched to the plan's stages, as 'score --plan' does. Every problem of
every file is reported, on stdout:
  text    FILE:LINE:COL: error|warning: MESSAGE [rule-id], the line and a caret
  json    [{"file", "line", "column", "severity", "rule", "message"}, ...]
  github  ::error file=F,line=L,col=C,title=RULE::MESSAGE (GitHub Actions)
then a summary line ("2 errors, 1 warning in 3 files"; on stderr for json).

Examples:
  cityseceval check indicators/ examples/        (directories: their YAML, CSV and .xlsx files)
  cityseceval check my-city.xlsx                 (a filled workbook template)
  cityseceval check my-tree.yaml --strict --format github
  cityseceval check - < assessment.yaml
  cityseceval check --plan plan.yaml stage1.yaml stage2.yaml

Exit codes: 0 no errors (warnings allowed), 1 errors found (or warnings with
--strict), 2 usage error.)"));
  // No CLI11 file validators: a missing file is one of the problems found (exit 1).
  takes_file(command->add_option("files", options->files,
                      said("指标树、评价计划和评估文件（YAML、CSV 或 .xlsx），或含有它们的目录；'-' 读取标准输入", "Tree, plan and assessment files (YAML, CSV or .xlsx), or directories of them; '-' reads "
                      "standard input"))
      ->required()
      ->type_name("FILE"), assessment_files());
  takes_file(command->add_option("--plan", options->plan,
                      said("分阶段评价计划：检查它，并将各文件作为其阶段的评估文件检查", "A phased evaluation plan: check it, and the files as its stages' assessments"))
      ->type_name("PLAN"), yaml_files());
  add_max_files_option(*command);
  one_of(command->add_option("--format", options->format, said("输出格式", "Output format"))->type_name("FORMAT"), {"text", "json", "github"})
      ->capture_default_str();
  command->add_flag("--strict", options->strict, said("有警告时也失败（退出码 1）", "Fail (exit 1) on warnings too"));
  add_lenient_flag(*command, options->read);
  add_require_evidence_flag(*command, options->read, Severity::warning);
  add_language_option(*command, options->language, said("消息的语言", "Language of the messages"));
  add_scheme_options(*command, options->scheme, said("评估文件必须指定的内置评价体系（也用于未指定评价体系的评估文件）", "Built-in scheme the assessments must name (and the one for those naming none)"),
                     said("按此指标树文件检查评估文件，而不是按其 'scheme:'", "Check assessments against this tree file instead of their 'scheme:'"));
  return [options] { return run_check(*options); };
}

}  // namespace cityseceval::cli
