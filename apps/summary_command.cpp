#include "summary_command.h"

#include "cityseceval/summary_table.h"
#include "cli.h"
#include "commands.h"
#include "help_language.h"
#include "option_values.h"

namespace cityseceval::cli {

void add_summary_options(CLI::App& command, SummaryCommandOptions& options, bool offers_workbook) {
  std::vector<std::string> formats = {"text", "csv", "tsv", "markdown", "json"};
  if (offers_workbook) formats.emplace_back("xlsx");
  takes_file(command.add_option("files", options.files, said("评估文件或含有它们的目录；'-' 读取标准输入", "Assessment files or directories of them; '-' reads standard input"))
                 ->required()
                 ->type_name("FILE"),
             assessment_files());
  add_scheme_options(command, options.scheme, said("评估文件必须指定的内置评价体系（也用于未指定评价体系的评估文件）", "Built-in scheme the assessments must name (and the one for those naming none)"),
                     said("计分所用的指标树文件（优先于 'scheme:'）", "Indicator-tree file to score against (overrides 'scheme:')"));
  add_lenient_flag(command, options.read);
  add_require_evidence_flag(command, options.read, Severity::error);
  add_max_files_option(command);
  command.add_option("-j,--jobs", options.jobs, said("用 N 个线程计分（默认：处理器个数）", "Score on N threads (default: the number of processors)"))
      ->type_name("N");
  one_of(command.add_option("--format", options.format, said("输出格式", "Output format"))->type_name("FORMAT"), formats)
      ->capture_default_str();
  add_language_option(command, options.language, said("表格和消息的语言", "Language of the table and of messages"));
  add_output_option(command, options.output);
  command.add_flag("--bom", options.bom, said("csv 和 tsv：以 UTF-8 字节顺序标记开头，供 Excel 和 WPS 使用", "csv and tsv: start with a UTF-8 byte-order mark, for Excel and WPS"));
}

std::optional<Summaries> summarize_files(const SummaryCommandOptions& options,
                                         const std::vector<std::string>& extra_ids, int& exit_code) {
  exit_code = exit_usage;
  if (!stdin_at_most_once(options.files)) return std::nullopt;
  for (const std::string& file : options.files) {
    if (!output_spares(options.output, file, MessageId::overwrite_input)) return std::nullopt;
  }
  if (options.format == "xlsx" && !workbook_output_given(options.output)) return std::nullopt;
  if (options.bom && options.format != "csv" && options.format != "tsv") {
    print_error(message(MessageId::bom_format, {options.format}));
    return std::nullopt;
  }
  BatchOptions batch;
  std::optional<unsigned> jobs = parse_jobs(options.jobs);
  if (!jobs) return std::nullopt;
  batch.jobs = *jobs;
  batch.scheme = options.scheme;
  batch.read = options.read;
  // A workbook has a sheet of the level-2 indicators too.
  batch.summary_levels = options.format == "xlsx" ? std::vector<int>{1, 2} : std::vector<int>{1};
  batch.summary_ids = extra_ids;
  exit_code = exit_invalid_input;
  if (!read_weights(batch.scheme)) return std::nullopt;
  Summaries result;
  result.cache = std::make_unique<SchemeCache>();
  if (!preload_choice(batch.scheme, *result.cache)) return std::nullopt;
  result.collected = collect_summaries(options.files, batch, *result.cache);
  std::vector<const ResultSummary*> scored;
  for (const ResultSummary& summary : result.collected.summaries) scored.push_back(&summary);
  SummaryColumns shared = shared_indicators(scored, 1);
  result.dimensions = std::move(shared.names);
  result.schemes = std::move(shared.schemes);
  exit_code = exit_ok;
  return result;
}

int write_summary_report(const SummaryCommandOptions& options, bool failed, const std::string& table_or_json) {
  // A workbook is bytes, written as they are: its renderer writes its Chinese in the run's script.
  Content content = options.format == "xlsx" ? Content::bytes : Content::text;
  if (!write_output(options.output, table_or_json, Existing::replace, content)) return exit_invalid_input;
  return failed ? exit_invalid_input : exit_ok;
}

}  // namespace cityseceval::cli
