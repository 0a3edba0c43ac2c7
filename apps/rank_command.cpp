// cityseceval rank FILE... : assessments ordered by their composite (or one
// indicator), ties sharing a rank.
#include <algorithm>
#include <memory>

#include "cityseceval/rank.h"
#include "cityseceval/render_rank.h"
#include "cityseceval/render_workbook.h"
#include "cli.h"
#include "commands.h"
#include "help_language.h"
#include "summary_command.h"

namespace cityseceval::cli {

namespace {

struct RankOptions {
  SummaryCommandOptions common;
  std::string by;  // --by ID; empty: the composite
};

// Whether some scored scheme has indicator `by`; false after the usage error.
bool by_known(const std::string& by, const Summaries& summaries) {
  if (by.empty()) return true;
  const std::vector<ResultSummary>& scored = summaries.collected.summaries;
  if (scored.empty() || std::any_of(scored.begin(), scored.end(), [&](const ResultSummary& summary) {
        return summary.scheme->find_indicator(by) != nullptr;
      })) {
    return true;
  }
  print_error(message(MessageId::by_unknown, {by, join_all(summaries.schemes)}));
  return false;
}

int run_rank(const RankOptions& options) {
  use_language(options.common.language);
  int exit_code = exit_ok;
  std::vector<std::string> extra;
  if (!options.by.empty()) extra.push_back(options.by);
  std::optional<Summaries> summaries = summarize_files(options.common, extra, exit_code);
  if (!summaries) return exit_code;
  if (!by_known(options.by, *summaries)) return exit_usage;
  if (summaries->schemes.size() > 1) print_warning(message(MessageId::mixed_schemes, {join_all(summaries->schemes)}));
  Ranking ranking = rank_summaries(std::move(summaries->collected.summaries), options.by, summaries->dimensions);
  for (const RankedEntry& entry : ranking.entries) {
    if (!entry.rank) print_warning(message(MessageId::by_unranked, {entry.summary.file, options.by}));
  }
  const std::string& format = options.common.format;
  std::string text = format == "json"   ? render_rank_json(ranking)
                     : format == "xlsx" ? render_rank_workbook(ranking, language(), script())
                                        : render_rank_table(ranking, *table_format(format), language(), options.common.bom);
  return write_summary_report(options.common, summaries->collected.failed, text);
}

}  // namespace

Runner setup_rank(CLI::App& app) {
  auto options = std::make_shared<RankOptions>();
  CLI::App* command = app.add_subcommand("rank", said("按综合得分（或一个指标的得分）为评估排名", "Rank assessments by their composite score (or one indicator)"));
  command->footer(said(R"(示例：
  cityseceval rank cities/                          （cities/ 下的每个评估文件）
  cityseceval rank cities/*.yaml --by 7 --lang en   （按维度 7 的得分排名）
  cityseceval rank cities/ --format csv --bom -o ranking.csv
  cityseceval rank cities/ --format xlsx -o ranking.xlsx   （工作簿：必须给出 -o）

按报告的（舍入后的）得分排名，高者在前；得分相同者名次相同（1, 2, 2, 4），
按城市名称排列。无法计分的文件在标准错误上报告并被略去（退出码 1）；其余文件
照常排名。

退出码：0 成功，1 有文件未计分（输入无效），2 用法错误。)",
                       R"(Examples:
  cityseceval rank cities/                          (every assessment under cities/)
  cityseceval rank cities/*.yaml --by 7 --lang en   (ranked on dimension 7's points)
  cityseceval rank cities/ --format csv --bom -o ranking.csv
  cityseceval rank cities/ --format xlsx -o ranking.xlsx   (a workbook: -o required)

Ranked on the reported (rounded) score, highest first; ties share a rank
(1, 2, 2, 4) and are listed by city name. A file that cannot be scored is
reported on stderr and left out (exit 1); the others are still ranked.

Exit codes: 0 ok, 1 a file not scored (invalid input), 2 usage error.)"));
  add_summary_options(*command, options->common, true);
  command->add_option("--by", options->by, said("按此指标的得分排名（指标编号，如 7 或 7.1）", "Rank on this indicator's points (an indicator ID, e.g. 7 or 7.1)"))
      ->type_name("ID");
  return [options] { return run_rank(*options); };
}

}  // namespace cityseceval::cli
