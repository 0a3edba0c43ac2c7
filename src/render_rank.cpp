#include "cityseceval/render_rank.h"

#include "cityseceval/summary_table.h"
#include "json_generator.h"
#include "json_number.h"

namespace cityseceval {

namespace {

// How the cells of one table are written: for people, or for programs.
struct CellStyle {
  TableFormat format;
  Language language;
  bool for_people() const { return format == TableFormat::text; }
};

std::vector<TableColumn> columns_of(const std::vector<std::string>& names, const CellStyle& style) {
  std::vector<TableColumn> columns;
  for (const std::string& name : names) {
    bool user_text = name == "file" || name == "city" || name == "period";
    bool numeric = !user_text && name != "grade" && name != "scheme";
    std::string heading = style.for_people() ? summary_column_label(name, style.language) : name;
    columns.push_back({heading, numeric, user_text});
  }
  return columns;
}

std::string grade_cell(const ResultSummary& summary, const CellStyle& style) {
  if (!summary.grade) return {};
  return style.for_people() ? summary.grade->display_name(style.language) : summary.grade->id;
}

std::string indicator_cell(const ResultSummary& summary, const std::string& id) {
  const IndicatorCell* cell = summary.indicator(id);
  return cell && cell->earned ? summary.format(*cell->earned) : std::string();
}

// The cells every row shares: city, period, score, grade, the dimensions, file.
std::string common_cell(const ResultSummary& summary, const std::string& name, const CellStyle& style) {
  if (name == "city") return summary.city;
  if (name == "period") return summary.period;
  if (name == "score") return summary.format(summary.reported);
  if (name == "grade") return grade_cell(summary, style);
  if (name == "file") return summary.file;
  if (name == "scheme") return summary.scheme->id;
  return indicator_cell(summary, name);
}

Json reported_json(const ResultSummary& summary, const Rational& value) {
  return rounded_number(value, summary.scheme->precision);
}

Json grade_json(const ResultSummary& summary) { return summary.grade ? Json(summary.grade->id) : Json(nullptr); }

// The summary's own keys, shared by rank and trend entries.
void summary_json(const ResultSummary& summary, Json& out) {
  out["file"] = summary.file;
  out["city"] = summary.city;
  out["period"] = summary.period;
  out["scheme"] = summary.scheme->id;
  out["score"] = reported_json(summary, summary.reported);
  out["score_exact"] = summary.composite.exact_string();
  out["grade"] = grade_json(summary);
}

Json indicator_json(const ResultSummary& summary, const std::string& id) {
  const IndicatorCell* cell = summary.indicator(id);
  bool evaluated = cell && cell->earned;
  Json out;
  out["id"] = id;
  out["score"] = evaluated ? reported_json(summary, *cell->earned) : Json(nullptr);
  out["score_exact"] = evaluated ? Json(cell->earned->exact_string()) : Json(nullptr);
  return out;
}

}  // namespace

std::vector<std::string> rank_columns(const Ranking& ranking) {
  std::vector<std::string> names = {"rank", "city", "period"};
  if (!ranking.by.empty()) names.push_back(ranking.by);
  names.insert(names.end(), {"score", "grade"});
  names.insert(names.end(), ranking.dimensions.begin(), ranking.dimensions.end());
  names.emplace_back("file");
  return names;
}

std::string signed_change(const ResultSummary& summary, const Rational& change) {
  std::string text = summary.format(change);
  return change > Rational(0) ? "+" + text : text;
}

std::string render_rank_table(const Ranking& ranking, TableFormat format, Language language, bool with_bom) {
  const CellStyle style{format, language};
  const std::vector<std::string> names = rank_columns(ranking);
  Table table{columns_of(names, style), {}};
  for (const RankedEntry& entry : ranking.entries) {
    std::vector<std::string> cells;
    for (std::size_t i = 0; i < names.size(); ++i) {
      // The --by column is the ranked indicator's own (it may be a dimension too).
      bool by_column = !ranking.by.empty() && i == rank_by_column;
      if (i == 0) {
        cells.push_back(entry.rank ? std::to_string(*entry.rank) : std::string());
      } else if (by_column) {
        cells.push_back(entry.value ? entry.summary.format(*entry.value) : std::string());
      } else {
        cells.push_back(common_cell(entry.summary, names[i], style));
      }
    }
    table.rows.push_back(std::move(cells));
  }
  return render_table(table, format, with_bom);
}

std::string render_rank_json(const Ranking& ranking) {
  Json entries = Json::array();
  for (const RankedEntry& entry : ranking.entries) {
    Json out;
    out["rank"] = entry.rank ? Json(*entry.rank) : Json(nullptr);
    summary_json(entry.summary, out);
    if (!ranking.by.empty()) {
      out["value"] = entry.value ? reported_json(entry.summary, *entry.value) : Json(nullptr);
      out["value_exact"] = entry.exact ? Json(entry.exact->exact_string()) : Json(nullptr);
    }
    Json indicators = Json::array();
    for (const std::string& id : ranking.dimensions) indicators.push_back(indicator_json(entry.summary, id));
    out["indicators"] = std::move(indicators);
    entries.push_back(std::move(out));
  }
  Json out;
  out["by"] = ranking.by.empty() ? std::string("score") : ranking.by;
  out["ranking"] = std::move(entries);
  out["generator"] = generator_json();
  return dump_json(out, 2) + "\n";
}

std::string render_trend_table(const Trend& trend, TableFormat format, Language language, bool with_bom) {
  const CellStyle style{format, language};
  std::vector<std::string> names = {"city", "period", "score", "change", "grade"};
  names.insert(names.end(), trend.dimensions.begin(), trend.dimensions.end());
  names.emplace_back("file");
  Table table{columns_of(names, style), {}};
  for (const TrendPoint& point : trend.points) {
    std::vector<std::string> cells;
    for (const std::string& name : names) {
      if (name == "change") {
        cells.push_back(point.change ? signed_change(point.summary, *point.change) : std::string());
      } else {
        cells.push_back(common_cell(point.summary, name, style));
      }
    }
    table.rows.push_back(std::move(cells));
  }
  return render_table(table, format, with_bom);
}

std::string render_trend_json(const Trend& trend) {
  Json points = Json::array();
  for (const TrendPoint& point : trend.points) {
    Json out;
    summary_json(point.summary, out);
    out["change"] = point.change ? reported_json(point.summary, *point.change) : Json(nullptr);
    out["change_exact"] = point.change_exact ? Json(point.change_exact->exact_string()) : Json(nullptr);
    Json indicators = Json::array();
    for (std::size_t i = 0; i < trend.dimensions.size(); ++i) {
      Json indicator = indicator_json(point.summary, trend.dimensions[i]);
      const std::optional<Rational>& change = point.dimension_changes[i];
      indicator["change"] = change ? reported_json(point.summary, *change) : Json(nullptr);
      indicators.push_back(std::move(indicator));
    }
    out["indicators"] = std::move(indicators);
    points.push_back(std::move(out));
  }
  Json out;
  out["periods"] = std::move(points);
  out["generator"] = generator_json();
  return dump_json(out, 2) + "\n";
}

}  // namespace cityseceval
