// cityseceval trend FILE... : one city's assessments in period order, each
// with its change from the period before.
#include <map>
#include <memory>
#include <set>

#include "cityseceval/render_rank.h"
#include "cityseceval/trend.h"
#include "cli.h"
#include "commands.h"
#include "help_language.h"
#include "summary_command.h"

namespace cityseceval::cli {

namespace {

struct TrendOptions {
  SummaryCommandOptions common;
  bool any_city = false;
};

// The summaries with a period; each without one is reported and left out.
std::vector<ResultSummary> with_periods(std::vector<ResultSummary> summaries, bool& failed) {
  std::vector<ResultSummary> kept;
  for (ResultSummary& summary : summaries) {
    if (summary.period.empty()) {
      print_error(message(MessageId::trend_no_period, {summary.file}));
      failed = true;
    } else {
      kept.push_back(std::move(summary));
    }
  }
  return kept;
}

// False after the error, when the files are of several cities and --any-city was not given.
bool one_city(const std::vector<ResultSummary>& summaries, bool any_city) {
  std::vector<std::string> cities;
  for (const ResultSummary& summary : summaries) {
    if (std::find(cities.begin(), cities.end(), summary.city) == cities.end()) cities.push_back(summary.city);
  }
  if (cities.size() <= 1 || any_city) return true;
  print_error(message(MessageId::trend_cities, {join_all(cities)}));
  return false;
}

void warn_same_periods(const Trend& trend) {
  for (std::size_t i = 1; i < trend.points.size(); ++i) {
    const ResultSummary& before = trend.points[i - 1].summary;
    const ResultSummary& now = trend.points[i].summary;
    if (before.city == now.city && compare_periods(before.period, now.period) == 0) {
      print_warning(message(MessageId::trend_same_period, {now.city, now.period, before.file, now.file}));
    }
  }
}

int run_trend(const TrendOptions& options) {
  use_language(options.common.language);
  int exit_code = exit_ok;
  std::optional<Summaries> summaries = summarize_files(options.common, {}, exit_code);
  if (!summaries) return exit_code;
  bool failed = summaries->collected.failed;
  std::vector<ResultSummary> dated = with_periods(std::move(summaries->collected.summaries), failed);
  if (!one_city(dated, options.any_city)) return exit_invalid_input;
  if (summaries->schemes.size() > 1) {
    print_warning(message(MessageId::trend_mixed_schemes, {join_all(summaries->schemes)}));
  }
  Trend trend = trend_of(std::move(dated), summaries->dimensions);
  warn_same_periods(trend);
  const std::string& format = options.common.format;
  std::string text = format == "json" ? render_trend_json(trend)
                                      : render_trend_table(trend, *table_format(format), language(), options.common.bom);
  return write_summary_report(options.common, failed, text);
}

}  // namespace

Runner setup_trend(CLI::App& app) {
  auto options = std::make_shared<TrendOptions>();
  CLI::App* command = app.add_subcommand("trend", said("一个城市按评价期排列的各次评估，及每期的变化", "One city's assessments in period order, with the change each period"));
  command->footer(said(R"(示例：
  cityseceval trend yunxi-2023.yaml yunxi-2024.yaml yunxi-2025.yaml
  cityseceval trend history/yunxi/ --format csv -o yunxi-trend.csv
  cityseceval trend history/ --any-city            （每个城市，各按评价期顺序）

评价期按所写的文字比较，其中的数字按数值比较：2024 < 2025 < 2025H2。变化量
为报告得分之差，因此输出的数字可以相加对上。不同城市的文件会被拒绝，除非使用
--any-city；没有评价期的评估文件被略去（退出码 1），无法计分的文件也是如此。

退出码：0 成功，1 有文件未计分或没有评价期，或未使用 --any-city 却有多个城市，
2 用法错误。)",
                       R"(Examples:
  cityseceval trend yunxi-2023.yaml yunxi-2024.yaml yunxi-2025.yaml
  cityseceval trend history/yunxi/ --format csv -o yunxi-trend.csv
  cityseceval trend history/ --any-city            (every city, each in period order)

Periods are compared as written, numbers numerically: 2024 < 2025 < 2025H2.
The change is that of the reported scores, so the printed numbers add up.
Files of different cities are refused unless --any-city; an assessment with
no period is left out (exit 1), as is a file that cannot be scored.

Exit codes: 0 ok, 1 a file not scored or without a period, or several
cities without --any-city, 2 usage error.)"));
  add_summary_options(*command, options->common, false);
  command->add_flag("--any-city", options->any_city, said("允许多个城市的文件：每个城市各按评价期排列", "Allow files of several cities: each city's periods in order"));
  return [options] { return run_trend(*options); };
}

}  // namespace cityseceval::cli
