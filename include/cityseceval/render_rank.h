// Renderers of rank and trend: a Ranking or a Trend in, text out (contract:
// docs/cli.md and docs/json-output.md). Tables for people (text) have
// headings in the report's language and grade names; csv, tsv and markdown
// keep the stable column names and grade ids, as `score` tables do.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "cityseceval/language.h"
#include "cityseceval/rank.h"
#include "cityseceval/render_table.h"
#include "cityseceval/trend.h"

namespace cityseceval {

// The names of rank's columns: rank, city, period, [the --by indicator],
// score, grade, the dimensions (indicator IDs), file. The --by column, when
// there is one, is at `rank_by_column`; it holds the value ranked on, which
// the indicator's own column (when it is a dimension too) repeats.
std::vector<std::string> rank_columns(const Ranking& ranking);
inline constexpr std::size_t rank_by_column = 3;

// A table of rank_columns().
std::string render_rank_table(const Ranking& ranking, TableFormat format, Language language, bool with_bom = false);
// {"by": "score" or the ID, "ranking": [{"rank", "file", "city", "period", "scheme", "score",
//  "score_exact", "grade", ["value", "value_exact"], "indicators": [{"id", "score", "score_exact"}]}]}
std::string render_rank_json(const Ranking& ranking);

// city, period, score, change, grade, the dimensions, file.
std::string render_trend_table(const Trend& trend, TableFormat format, Language language, bool with_bom = false);
// {"periods": [{"city", "period", "file", "scheme", "score", "score_exact", "change",
//  "change_exact", "grade", "indicators": [{"id", "score", "score_exact", "change"}]}]}
std::string render_trend_json(const Trend& trend);

// A change as the tables write it, signed: "+2.35", "-1.10", "0.00".
std::string signed_change(const ResultSummary& summary, const Rational& change);

}  // namespace cityseceval
