// cityseceval score FILE... : score assessments and print the results.
#include <algorithm>
#include <charconv>
#include <cstdio>
#include <functional>
#include <memory>

#include <fmt/format.h>

#include "cityseceval/assessment.h"
#include "cityseceval/input.h"
#include "cityseceval/load.h"
#include "cityseceval/messages.h"
#include "cityseceval/plan.h"
#include "cityseceval/progress.h"
#include "cityseceval/render.h"
#include "cityseceval/render_diagnostics.h"
#include "cityseceval/render_plan.h"
#include "cityseceval/render_table.h"
#include "cityseceval/render_workbook.h"
#include "cityseceval/suggest.h"
#include "cityseceval/summary_table.h"
#include "cityseceval/score.h"
#include "batch.h"
#include "cli.h"
#include "gates.h"
#include "commands.h"
#include "help_language.h"
#include "option_values.h"

namespace cityseceval::cli {

namespace {

struct ScoreOptions {
  std::vector<std::string> files;
  std::string plan;  // --plan: the files are the stages of this phased plan
  SchemeChoice scheme;
  std::string format = "text";
  std::string language;
  std::string output;
  std::string color = "auto";
  std::string fail_under;  // the gate, a plain decimal; empty: none
  std::string min_grade;   // the other gate, a grade id; empty: none
  ReadOptions read;        // --lenient, --require-evidence
  std::string jobs;        // --jobs N; empty: the number of processors
  int level = 1;                     // --level: the indicators of the table's columns
  std::vector<std::string> columns;  // --columns: the table's columns, chosen
  bool bom = false;                  // --bom: a byte-order mark for spreadsheets
};

bool is_table_format(const std::string& format) { return table_format(format) && format != "text"; }

// --- What goes wrong or below a gate, over the whole batch ---------------------------

struct BatchOutcome {
  bool failed = false;            // some file was not scored, or a gate could not judge it: exit 1
  std::vector<Text> below_gate;   // exit 3, printed once everything is written
};

void judge_entry(const Gates& gates, const BatchEntry& entry, BatchOutcome& outcome) {
  if (entry.failed()) outcome.failed = true;
  if (!entry.summary || !gates.any()) return;
  GateVerdict verdict = judge(gates, *entry.summary);
  if (verdict.inapplicable) {
    print_error(*verdict.inapplicable);
    outcome.failed = true;
  }
  outcome.below_gate.insert(outcome.below_gate.end(), verdict.below.begin(), verdict.below.end());
}

// The first error of a file that was not scored, for a table's error column.
std::string first_error(const BatchEntry& entry) {
  for (const Diagnostic& d : entry.diagnostics.all()) {
    if (d.severity == Severity::error) return format_diagnostic(d, language());
  }
  return {};
}

// "1 error" / "2 errors", for a file that was not scored.
Text errors_counted(const Diagnostics& diagnostics) {
  std::size_t count = diagnostics.error_count();
  return count == 1 ? message(MessageId::errors_one) : message(MessageId::errors_many, {count});
}

// --- One report per file: text, json, jsonl -------------------------------------------

// Renders on the worker thread. A JSON array element is rendered as the
// second of its array (",\n  {...}"); the writer turns the first one's comma
// into "[": both openings are the same length.
std::function<void(BatchEntry&)> report_renderer(const ScoreOptions& options, bool several) {
  TextOptions text_options;
  text_options.language = language();
  text_options.color = use_color(options.color, !options.output.empty() && options.output != "-");
  return [format = options.format, text_options, several](BatchEntry& entry) {
    if (entry.skipped) return;
    const Language lang = text_options.language;
    if (format == "jsonl") {
      entry.rendered = entry.result ? render_json_line(*entry.result)
                                    : render_failed_file_json(entry.name, entry.diagnostics, lang, -1) + "\n";
    } else if (format == "json") {
      std::string object = entry.result ? render_json(*entry.result)
                                        : render_failed_file_json(entry.name, entry.diagnostics, lang, 2) + "\n";
      entry.rendered = several ? json_array_element(std::string_view(object).substr(0, object.size() - 1), 1) : object;
    } else if (entry.result) {
      entry.rendered = render_text(*entry.result, text_options);
    } else if (several) {
      // One file that failed prints nothing, as before; in a batch its place says why.
      entry.rendered = message(MessageId::not_scored, {errors_counted(entry.diagnostics)}).in(lang) + "\n";
    }
    entry.result.reset();  // rendered: keep only the summary
    entry.loaded.reset();
  };
}

int write_reports(const ScoreOptions& options, const std::vector<InputPath>& inputs, BatchOptions batch,
                  SchemeCache& schemes, const Gates& gates, BatchOutcome& outcome) {
  Output output(options.output);
  if (!output.open()) return exit_invalid_input;
  const bool several = inputs.size() > 1 ||
                       std::any_of(inputs.begin(), inputs.end(), [](const InputPath& in) { return in.from_directory; });
  batch.prepare = report_renderer(options, several);
  std::size_t written = 0;
  bool scored_any = false;
  bool ok = score_batch(inputs, batch, schemes, [&](BatchEntry& entry) {
    report_problems(entry);
    scored_any = scored_any || entry.summary;
    judge_entry(gates, entry, outcome);
    if (entry.skipped || entry.rendered.empty()) return true;
    std::string text = std::move(entry.rendered);
    if (options.format == "json" && several && written == 0) text[0] = '[';
    // Several text reports in one stream are told apart by their file, like head(1) does.
    if (options.format == "text" && several) text = (written ? "\n==> " : "==> ") + entry.name + " <==\n" + text;
    ++written;
    return output.write(text);
  });
  if (!ok) return exit_invalid_input;
  if (options.format == "json" && several && !output.write(json_array_close(written))) return exit_invalid_input;
  // A run that scored nothing leaves an -o file as it was: an old good report
  // is worth more than a report of nothing (standard output gets what there is).
  if (outcome.failed && !scored_any && !options.output.empty() && options.output != "-") return exit_invalid_input;
  return output.commit() ? exit_ok : exit_invalid_input;
}

// --- One table for the whole batch: csv, tsv, markdown ---------------------------------

// A table's columns depend on every scheme scored, so its rows (small: a
// summary each, not the results) are kept until the end. Problems are
// printed and judged as they come.
std::vector<SummaryRow> summary_rows(const std::vector<InputPath>& inputs, BatchOptions batch, SchemeCache& schemes,
                                     const Gates& gates, BatchOutcome& outcome) {
  batch.prepare = [](BatchEntry& entry) {
    entry.result.reset();
    entry.loaded.reset();
  };
  std::vector<SummaryRow> rows;
  score_batch(inputs, batch, schemes, [&](BatchEntry& entry) {
    report_problems(entry);
    judge_entry(gates, entry, outcome);
    if (!entry.skipped) rows.push_back({entry.name, std::move(entry.summary), first_error(entry)});
    return true;
  });
  return rows;
}

// A run that scored nothing leaves an -o file as it was: an old good report
// is worth more than a report of nothing (standard output gets what there is).
bool keep_old_output(const ScoreOptions& options, const std::vector<SummaryRow>& rows, const BatchOutcome& outcome) {
  const bool scored_any = std::any_of(rows.begin(), rows.end(), [](const SummaryRow& row) { return row.summary; });
  return outcome.failed && !scored_any && !options.output.empty() && options.output != "-";
}

int write_table(const ScoreOptions& options, const std::vector<InputPath>& inputs, BatchOptions batch,
                SchemeCache& schemes, const Gates& gates, BatchOutcome& outcome) {
  for (const std::string& name : options.columns) {
    if (!is_fixed_summary_column(name)) batch.summary_ids.push_back(name);
  }
  if (options.columns.empty()) batch.summary_levels = {options.level};
  std::vector<SummaryRow> rows = summary_rows(inputs, batch, schemes, gates, outcome);
  std::vector<std::string> names = options.columns;
  if (names.empty()) {
    SummaryColumns columns = default_summary_columns(rows, options.level);
    if (columns.schemes.size() > 1) print_warning(message(MessageId::mixed_schemes, {join_all(columns.schemes)}));
    names = std::move(columns.names);
  } else if (std::optional<std::string> unknown = unknown_summary_column(rows, names)) {
    std::vector<std::string> fixed(fixed_summary_columns.begin(), fixed_summary_columns.end());
    print_error(message(MessageId::unknown_column, {*unknown, did_you_mean(*unknown, fixed), join_all(fixed)}));
    return exit_usage;
  }
  if (keep_old_output(options, rows, outcome)) return exit_invalid_input;
  std::string text = render_table(summary_table(rows, names), *table_format(options.format), options.bom);
  return write_output(options.output, text) ? exit_ok : exit_invalid_input;
}

// --- One workbook for the whole batch: xlsx ------------------------------------------------

// The table's rows as a workbook: every scheme's level-1 indicators on the
// first sheet (so no warning about mixed schemes), the level-2 ones on the second.
int write_workbook(const ScoreOptions& options, const std::vector<InputPath>& inputs, BatchOptions batch,
                   SchemeCache& schemes, const Gates& gates, BatchOutcome& outcome) {
  batch.summary_levels = {1, 2};
  std::vector<SummaryRow> rows = summary_rows(inputs, batch, schemes, gates, outcome);
  if (keep_old_output(options, rows, outcome)) return exit_invalid_input;
  // Bytes, written as they are: the renderer writes its Chinese in the run's script.
  std::string workbook = render_results_workbook(rows, language(), script());
  return write_output(options.output, workbook, Existing::replace, Content::bytes) ? exit_ok : exit_invalid_input;
}

// Scores every file it can: one that fails is reported and the others are
// still scored and written, in input order.
int score_files(const ScoreOptions& options, SchemeCache& schemes, const Gates& gates, unsigned jobs) {
  Diagnostics expansion;
  std::vector<InputPath> inputs = expand_inputs(options.files, expansion);
  print_diagnostics(expansion);
  for (const InputPath& input : inputs) {
    if (!output_spares(options.output, input.path, MessageId::overwrite_input)) return exit_usage;
  }
  BatchOptions batch;
  batch.scheme = options.scheme;
  batch.read = options.read;
  batch.jobs = jobs;
  BatchOutcome outcome;
  outcome.failed = expansion.has_errors();
  int written = options.format == "xlsx"         ? write_workbook(options, inputs, batch, schemes, gates, outcome)
                : is_table_format(options.format) ? write_table(options, inputs, batch, schemes, gates, outcome)
                                                  : write_reports(options, inputs, batch, schemes, gates, outcome);
  if (written != exit_ok) return written;
  for (const Text& line : outcome.below_gate) print_note(line);
  if (outcome.failed) return exit_invalid_input;  // an error outranks a gate
  return outcome.below_gate.empty() ? exit_ok : exit_below_gate;
}

// --- score --plan -------------------------------------------------------------------

// Every stage file that loads; the others add why to `diagnostics`.
std::vector<LoadedAssessment> load_stage_files(const ScoreOptions& options, SchemeCache& schemes,
                                               Diagnostics& diagnostics) {
  std::vector<LoadedAssessment> loaded;
  for (const std::string& file : options.files) {
    auto assessment = load_stage_file(file, options.scheme, options.read, schemes, diagnostics);
    if (assessment) loaded.push_back(std::move(*assessment));
  }
  return loaded;
}

// Why the progress of the plan named `name` fails the gate, or nullopt when it passes.
std::optional<Text> gate_failure(const PlanProgress& report, const std::string& name, const Rational& gate) {
  const std::string& city = report.plan->city;
  if (!report.composite) return message(MessageId::gate_nothing_evaluated, {name, city, gate.short_string()});
  if (report.reported >= gate) return std::nullopt;
  return message(MessageId::below_gate, {name, city, report.format(report.reported), gate.short_string()});
}

// Each file's result in the place of its stage; none for a stage with no file.
std::vector<std::optional<ScoreResult>> stage_results(const Plan& plan, const std::vector<LoadedAssessment>& loaded,
                                                      const std::vector<std::size_t>& stages) {
  std::vector<std::optional<ScoreResult>> results(plan.stages.size());
  for (std::size_t i = 0; i < loaded.size(); ++i) results[stages[i]] = score(*loaded[i].scheme, loaded[i].assessment);
  return results;
}

std::string progress_report(const ScoreOptions& options, const PlanProgress& report) {
  if (options.format == "json") return render_plan_json(report);
  TextOptions text_options;
  text_options.language = language();
  return render_plan_text(report, text_options);
}

// A plan has a stage for each file, so everything is held at once: the plan,
// every file and the matching are checked before anything is printed, as
// for a batch; then the stages are scored and the progress is written.
int score_plan(const ScoreOptions& options, SchemeCache& schemes, const std::optional<Rational>& gate) {
  Diagnostics diagnostics;
  std::optional<Plan> plan = load_plan_file(options.plan, options.scheme, schemes, diagnostics);
  std::vector<LoadedAssessment> loaded = load_stage_files(options, schemes, diagnostics);
  std::optional<std::vector<std::size_t>> stages;
  if (plan && !diagnostics.has_errors()) stages = match_stages(*plan, loaded, diagnostics);
  print_diagnostics(diagnostics);
  if (!stages) return exit_invalid_input;
  const PlanProgress report = progress(*plan, stage_results(*plan, loaded, *stages));
  if (!write_output(options.output, progress_report(options, report))) return exit_invalid_input;
  std::optional<Text> failure = gate ? gate_failure(report, shown_name(options.plan), *gate) : std::nullopt;
  if (!failure) return exit_ok;
  print_note(*failure);
  return exit_below_gate;
}

// --- score ---------------------------------------------------------------------------

// The options that only make sense together, or in range; false after
// printing the usage error.
bool options_agree(const ScoreOptions& options) {
  if (options.format == "xlsx" && !workbook_output_given(options.output)) return false;
  if (options.bom && options.format != "csv" && options.format != "tsv") {
    print_error(message(MessageId::bom_format, {options.format}));
    return false;
  }
  const bool level_given = options.level != 1;
  if (!options.columns.empty() && level_given) {
    print_error(message(MessageId::columns_and_level));
    return false;
  }
  if ((!options.columns.empty() || level_given) && !is_table_format(options.format)) {
    print_error(message(MessageId::table_option_format,
                        {options.columns.empty() ? "--level" : "--columns", options.format}));
    return false;
  }
  return true;
}

int run_score(ScoreOptions options) {
  use_language(options.language);
  if (options.files.empty() && options.plan.empty()) {
    print_error(message(MessageId::files_required));
    return exit_usage;
  }
  std::vector<std::string> inputs_given = options.files;
  if (!options.plan.empty()) inputs_given.push_back(options.plan);
  if (!stdin_at_most_once(inputs_given)) return exit_usage;
  for (const std::string& file : inputs_given) {
    if (!output_spares(options.output, file, MessageId::overwrite_input)) return exit_usage;
  }
  if (!output_spares(options.output, options.scheme.weights_file, MessageId::overwrite_input)) return exit_usage;
  if (!options_agree(options)) return exit_usage;
  std::optional<unsigned> jobs = parse_jobs(options.jobs);
  if (!jobs) return exit_usage;
  Gates gates;
  gates.min_grade = options.min_grade;
  if (!options.fail_under.empty()) {
    gates.fail_under = Rational::parse_decimal(options.fail_under);
    if (!gates.fail_under) {
      print_error(message(MessageId::fail_under_value, {options.fail_under}));
      return exit_usage;
    }
  }
  if (!read_weights(options.scheme)) return exit_invalid_input;
  SchemeCache schemes;
  if (!preload_choice(options.scheme, schemes)) return exit_invalid_input;
  if (!options.scheme.scheme_id.empty() || !options.scheme.tree_file.empty()) {
    Diagnostics ignored;  // preload_choice reported any problem
    const Scheme* chosen = schemes.chosen(options.scheme, ignored);
    if (chosen && !min_grade_known(gates.min_grade, *chosen)) return exit_usage;
  }
  if (!options.plan.empty()) {
    if (!gates.min_grade.empty()) {
      print_error(message(MessageId::min_grade_plan));
      return exit_usage;
    }
    if (options.format != "text" && options.format != "json") {
      print_error(message(MessageId::plan_format, {options.format}));
      return exit_usage;
    }
    return score_plan(options, schemes, gates.fail_under);
  }
  return score_files(options, schemes, gates, *jobs);
}

}  // namespace

Runner setup_score(CLI::App& app) {
  auto options = std::make_shared<ScoreOptions>();
  CLI::App* command = app.add_subcommand("score", said("为评估文件计分，输出综合得分、等级和各项得分", "Score assessments and print the composite, grade and breakdown"));
  command->footer(said(R"(示例：
  cityseceval score examples/yunxi-2025.yaml
  cityseceval score cities/ --format jsonl               （供脚本使用：每个文件一行 JSON）
  cityseceval score cities/ --format csv --bom -o scores.csv   （供 Excel 或 WPS 使用的表格）
  cityseceval score cities/ --format xlsx -o results.xlsx      （供办公使用的工作簿）
  cityseceval score cities/*.yaml --fail-under 60 --min-grade qualified
  cityseceval score a.yaml --tree custom-tree.yaml --lang en -o report.txt
  cityseceval score --plan examples/plan-yunxi-2025.yaml examples/yunxi-2025-stage1.yaml

FILE 为 YAML、填好的 CSV 模板或填好的工作簿（.xlsx，见
docs/workbook-format.md），或一个目录：递归地按排序后的顺序为其中的 *.yaml、
*.yml、*.csv 和 *.xlsx 文件计分（其中的指标树、评价计划和权重配置跳过）。
无法计分的文件在标准错误上报告，其余文件照常计分并按输入顺序写出：在 jsonl
和 json 中其位置为 {"file", "errors"}，在表格中为带错误列的一行。

格式：text（每个文件一份报告）、json（一个文件：该对象；多个文件或目录：
数组）、jsonl（总是每个文件一行：脚本请用它）、csv、tsv、markdown（每个
文件一行：文件、城市、评价期、评价体系、得分、等级、一级指标、错误；用
--level 2 或 --columns 选择列）、xlsx（工作簿，必须给出 -o FILE.xlsx：同样
的行，数值为数字，等级着色，另有一张二级指标的工作表）。

评价体系取自 --tree，否则取自评估文件的 'scheme:' 键，否则取自 --scheme，
否则为内置的 'city-cybersecurity'；评估文件指定的评价体系与 --scheme 不同
时为错误。

使用 --plan PLAN（分阶段评估，见 docs/plan-format.md）时，每个 FILE 为一个
阶段的评估文件，其 'scope:' 为该阶段的范围；也可以一个都没有。报告为评价
计划的进度：每个阶段的得分、已评价的维度、已评价部分的得分与满分、折算为
满分后的得分及其等级，以及尚未评价的部分。此时 --fail-under 以折算后的得分
为门槛。

退出码：0 成功，1 有文件未计分（输入无效），2 用法错误，3 报告的得分低于
--fail-under 或等级低于 --min-grade（1 和 3 同时适用时为 1）。)",
                       R"(Examples:
  cityseceval score examples/yunxi-2025.yaml
  cityseceval score cities/ --format jsonl               (for scripts: one JSON line per file)
  cityseceval score cities/ --format csv --bom -o scores.csv   (a table for Excel or WPS)
  cityseceval score cities/ --format xlsx -o results.xlsx      (a workbook for an office)
  cityseceval score cities/*.yaml --fail-under 60 --min-grade qualified
  cityseceval score a.yaml --tree custom-tree.yaml --lang en -o report.txt
  cityseceval score --plan examples/plan-yunxi-2025.yaml examples/yunxi-2025-stage1.yaml

FILE is YAML, a filled CSV template or a filled workbook (.xlsx,
docs/workbook-format.md), or a directory: its *.yaml, *.yml, *.csv and *.xlsx
files are scored, recursively, in sorted order (trees, plans and profiles
among them are skipped). A file that cannot be scored is reported on stderr and the others
are still scored and written, in input order: in jsonl and json its place
holds {"file", "errors"}, in a table a row with the error column.

Formats: text (a report per file), json (one file: the object; several or a
directory: an array), jsonl (always one line per file: use it in scripts),
csv, tsv, markdown (one row per file: file, city, period, scheme, score,
grade, the level-1 indicators, error; --level 2 or --columns to choose),
xlsx (a workbook, -o FILE.xlsx required: the same rows with numbers as
numbers and grades coloured, and a sheet of the level-2 indicators).

The scheme is taken from --tree, else from the assessment's 'scheme:' key, else
from --scheme, else the built-in 'city-cybersecurity'; an assessment that names
another scheme than --scheme is an error.

With --plan PLAN (a phased evaluation, docs/plan-format.md) each FILE is one
stage's assessment, its 'scope:' that of its stage; there may be none. The
report is the plan's progress: each stage's score, the dimensions evaluated so
far, the points earned over the points evaluated, that scaled to the maximum
with its grade, and what is left. --fail-under then gates that scaled score.

Exit codes: 0 ok, 1 a file not scored (invalid input), 2 usage error, 3 a
reported score below --fail-under or a grade below --min-grade (when both 1
and 3 apply, 1).)"));
  // No CLI11 file validators: a missing input is invalid input (exit 1) with
  // a FILE:LINE:COL message, not a usage error. Files are required unless
  // --plan is given (run_score says so: a plan with no stage evaluated yet is
  // a valid report).
  takes_file(command->add_option("files", options->files,
                      said("评估文件（YAML、填好的 CSV 模板或工作簿）或含有它们的目录；'-' 读取标准输入", "Assessment files (YAML, a filled CSV template or workbook) or directories of them; '-' reads "
                      "standard input"))
      ->type_name("FILE"), assessment_files());
  takes_file(command->add_option("--plan", options->plan,
                      said("分阶段评价计划：将各文件作为其阶段计分，并报告其进度", "A phased evaluation plan: score the files as its stages and report its progress"))
      ->type_name("PLAN"), yaml_files());
  add_max_files_option(*command);
  add_scheme_options(*command, options->scheme, said("评估文件必须指定的内置评价体系（也用于未指定评价体系的评估文件）", "Built-in scheme the assessments must name (and the one for those naming none)"),
                     said("计分所用的指标树文件（优先于 'scheme:'）", "Indicator-tree file to score against (overrides 'scheme:')"));
  one_of(command->add_option("--format", options->format, said("输出格式", "Output format"))->type_name("FORMAT"), {"text", "json", "jsonl", "csv", "tsv", "markdown", "xlsx"})
      ->capture_default_str();
  add_language_option(*command, options->language, said("报告和消息的语言", "Language of the report and of messages"));
  add_output_option(*command, options->output);
  command->add_option("--fail-under", options->fail_under,
                      said("报告的综合得分低于 SCORE 时退出码为 3（报告照常写出）", "Exit 3 when a reported composite is below SCORE (the report is still written)"))
      ->type_name("SCORE");
  offers(command->add_option("--min-grade", options->min_grade,
                      said("评估的等级低于 GRADE（其评价体系的等级编号，如 qualified）时退出码为 3", "Exit 3 when an assessment's grade is below GRADE, a grade id of its scheme (e.g. qualified)"))
      ->type_name("GRADE"), builtin_grade_ids);
  command->add_option("-j,--jobs", options->jobs, said("用 N 个线程计分（默认：处理器个数）；输出顺序不变", "Score on N threads (default: the number of processors); output order is kept"))
      ->type_name("N");
  command->add_option("--level", options->level, said("表格：列出该级指标（默认 1）", "Tables: columns for the indicators of this level (default 1)"))
      ->check(CLI::Range(1, 3))
      ->type_name("N");
  command->add_option("--columns", options->columns,
                      said("表格：列出这些列，如 city,score,grade,7,7.1（file city period scheme score grade error，或指标编号）", "Tables: these columns, e.g. city,score,grade,7,7.1 (file city period scheme score grade error, or indicator IDs)"))
      ->delimiter(',')
      ->type_name("LIST");
  command->add_flag("--bom", options->bom, said("csv 和 tsv：以 UTF-8 字节顺序标记开头，供 Excel 和 WPS 使用", "csv and tsv: start with a UTF-8 byte-order mark, for Excel and WPS"));
  add_lenient_flag(*command, options->read);
  add_require_evidence_flag(*command, options->read, Severity::error);
  one_of(command->add_option("--color", options->color, said("text 输出中的颜色", "Colour in text output"))->type_name("WHEN"), {"auto", "always", "never"})
      ->capture_default_str();
  return [options] { return run_score(*options); };
}

}  // namespace cityseceval::cli
