// Results as an Excel workbook (`score FILE... --format xlsx`, `rank ...
// --format xlsx`; layout in docs/workbook-format.md, "Results"): the same rows
// and values as the csv table and the ranking, for an office that works in
// Excel or WPS. Numbers are stored as numbers (the reported value: rounded
// with the scheme's precision), shown with two decimals (more when a scheme
// reports more); the grade cell is filled with its band's colour; each sheet
// has a frozen header row with filters and columns as wide as their cells.
//
// Both return the workbook's bytes (.xlsx, binary): apps/ writes them with -o
// only. `language` chooses the headings, sheet names and grade names; every
// Chinese text (headings, names, cities, messages) is then written in
// `script`, except file paths, which must keep naming real files.
#pragma once

#include <string>
#include <vector>

#include "cityseceval/chinese_script.h"
#include "cityseceval/language.h"
#include "cityseceval/rank.h"
#include "cityseceval/summary_table.h"

namespace cityseceval {

// score's workbook. Sheet 1 (结果 / Results): one row per row of `rows`, in
// order: file, city, period, scheme, score, grade, one column per level-1
// indicator of every scheme scored (every_indicator: an indicator a row's
// scheme lacks is an empty cell), error (the first error of a file not
// scored). Sheet 2 (二级指标 / Level 2): one row per level-2 indicator of each
// scored row that its summary holds (file, city, period, scheme, level-1
// indicator, ID, name, score, points): summaries made with the indicators of
// levels 1 and 2 give both sheets in full.
std::string render_results_workbook(const std::vector<SummaryRow>& rows, Language language, ChineseScript script);

// rank's workbook. Sheet 1 (排名 / Ranking): rank's own columns (rank, city,
// period, the --by indicator, score, grade, the dimensions, file), in rank
// order; sheet 2 as above, in rank order.
std::string render_rank_workbook(const Ranking& ranking, Language language, ChineseScript script);

}  // namespace cityseceval
