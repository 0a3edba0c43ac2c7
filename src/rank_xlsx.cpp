// rank --format xlsx: the ranking in rank's own columns (rank_columns) as a
// workbook, and the level-2 sheet in rank order.
#include "cityseceval/render_rank.h"
#include "cityseceval/render_workbook.h"
#include "results_sheets.h"

namespace cityseceval {

namespace {

// The indicator `id` as the first entry whose scheme has it names it (the
// dimensions are shared by every scheme ranked, the --by indicator by some).
const Indicator* named_indicator(const Ranking& ranking, const std::string& id) {
  for (const RankedEntry& entry : ranking.entries) {
    if (const Indicator* indicator = entry.summary.scheme->find_indicator(id)) return indicator;
  }
  return nullptr;
}

std::string heading(const Ranking& ranking, const std::string& name, Language language) {
  if (name == "rank" || is_fixed_summary_column(name)) return summary_column_label(name, language);
  const Indicator* indicator = named_indicator(ranking, name);
  return indicator ? indicator_heading(*indicator, language) : name;
}

SheetCell entry_cell(const RankedEntry& entry, const std::string& name, Language language) {
  const ResultSummary& summary = entry.summary;
  const Scheme& scheme = *summary.scheme;
  if (name == "rank") return entry.rank ? SheetCell::of_whole(*entry.rank) : SheetCell();
  if (name == "city") return SheetCell::of_text(summary.city);
  if (name == "period") return SheetCell::of_text(summary.period);
  if (name == "score") return SheetCell::of_reported(summary.reported, scheme.precision);
  if (name == "grade") return SheetCell::of_grade(summary.grade, scheme, language);
  if (name == "file") return SheetCell::of_path(summary.file);
  const IndicatorCell* cell = summary.indicator(name);
  return cell && cell->earned ? SheetCell::of_reported(*cell->earned, scheme.precision) : SheetCell();
}

Sheet ranking_sheet(const Ranking& ranking, Language language) {
  const std::vector<std::string> names = rank_columns(ranking);
  Sheet sheet;
  sheet.name = result_words(language).ranking;
  for (const std::string& name : names) sheet.headings.push_back(heading(ranking, name, language));
  for (const RankedEntry& entry : ranking.entries) {
    std::vector<SheetCell> cells;
    for (std::size_t i = 0; i < names.size(); ++i) {
      bool by_column = !ranking.by.empty() && i == rank_by_column;
      if (by_column) {
        cells.push_back(entry.value ? SheetCell::of_reported(*entry.value, entry.summary.scheme->precision)
                                    : SheetCell());
      } else {
        cells.push_back(entry_cell(entry, names[i], language));
      }
    }
    sheet.rows.push_back(std::move(cells));
  }
  return sheet;
}

}  // namespace

std::string render_rank_workbook(const Ranking& ranking, Language language, ChineseScript script) {
  std::vector<const ResultSummary*> ranked;
  for (const RankedEntry& entry : ranking.entries) ranked.push_back(&entry.summary);
  ResultsWorkbook workbook(script);
  workbook.add(ranking_sheet(ranking, language));
  workbook.add(level_two_sheet(ranked, language));
  return workbook.finish();
}

}  // namespace cityseceval
