// What the HTML and the Markdown report (render_report.h) show alike: their
// words in both languages and every line, row and cell, as plain text. Each
// report only lays these out and escapes them (html_text.h, markdown_text.h);
// neither computes or words a thing itself, so the two always say the same.
//
// Every number is written with ScoreResult::format(); the doubles below are
// for the charts' geometry only, never printed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cityseceval/language.h"
#include "cityseceval/score.h"
#include "text_table.h"

namespace cityseceval {

// The words around the numbers, in both languages. "{0}" and "{1}" are
// filled with fmt.
struct ReportLabels {
  const char* title;  // "{0}网络安全评价报告" / "Cybersecurity evaluation report: {0}", {0} the city
  const char* contents;
  const char* overview;
  const char* scheme;
  const char* version;
  const char* source;
  const char* base_scheme;  // a tailored scheme's base
  const char* weight_profile;
  const char* city;
  const char* period;
  const char* scope;
  const char* every_dimension;
  const char* file;
  const char* score;
  const char* grade;
  const char* no_grade;
  const char* grade_scale;
  const char* band;
  const char* range;
  const char* score_symbol;  // the variable in a band's range: "85.00 ≤ 得分 ≤ 100.00"
  const char* this_result;   // the city's band, marked
  const char* normalised;    // {0} earned, {1} evaluated, {2} the maximum
  const char* scope_note;    // {0} the dimensions of a scope
  const char* na_note;       // {0} the indicators all na, {1} their points
  const char* sections;
  const char* bonus;
  const char* total;
  const char* cap;
  const char* floor;
  const char* deductions;
  const char* deductions_note;
  const char* dimensions;  // the radar's heading
  const char* radar_caption;
  const char* radar_title;  // the SVG's title, for screen readers
  const char* dimension;
  const char* indicators_chart;  // {0} the dimension: the bar chart's title
  const char* id;
  const char* indicator_or_item;
  const char* rating;  // the assessed column of a rating-mean scheme
  const char* fact;    // ... of a points-sum scheme
  const char* points;
  const char* max;
  const char* percent;
  const char* remarks;
  const char* note;         // "备注：{0}"
  const char* reason;       // "不适用理由：{0}"
  const char* rule;         // "规则：{0}"
  const char* explanation;  // "计分：{0}"
  const char* evidence;     // before the list of evidence
  const char* satisfaction;  // a rated indicator's X: "X = {0}（{1} 项平均）"
  const char* direct;        // the direct-score item raised X
  const char* partly_na;     // {0}: the points left out
  const char* out_of_scope;  // in place of a score
  const char* not_applicable;
  const char* out_of_scope_dimension;  // instead of a dimension's table
  const char* na_dimension;
  const char* changes;  // the changes section's heading
  const char* footer;   // {0}: "cityseceval 0.1.0"
  const char* list_separator;
  const char* remark_separator;  // between remarks on one line (Markdown): "；" / "; "
};

const ReportLabels& report_labels(Language language);

// "cityseceval 0.1.0": the tool and version that wrote a report.
std::string report_generator();

// The report's title: the city's in `labels.title`.
std::string report_title(const ScoreResult& result, Language language);

// The overview's lines: scheme, version, source, base scheme, weight profile,
// city, period, scope, file. Values are as written (not one_line'd).
LabelledLines report_header(const ScoreResult& result, Language language);

// "90.95 / 100.00".
std::string score_text(const ScoreResult& result);

// How the composite was scaled when part of the scheme was not evaluated,
// each a sentence; empty for a full evaluation with every item applicable.
std::vector<std::string> normalisation_notes(const ScoreResult& result, Language language);

// How a bonus made the total: sections, bonus before → after its cap, total
// before → after the total cap; empty without a bonus section.
LabelledLines bonus_lines(const ScoreResult& result, Language language);

// One grade band of the scheme, highest first.
struct BandRow {
  const GradeBand* band = nullptr;
  std::string name;
  std::string range;  // "75.00 ≤ 得分 < 85.00"
  bool current = false;  // the city's grade
};
std::vector<BandRow> band_rows(const ScoreResult& result, Language language);

// An indicator as a chart and the dimensions table show it.
struct IndicatorFigure {
  const IndicatorResult* node = nullptr;
  std::string label;    // "6 政策规范实施"
  std::string earned;   // "19.33", or "—" when not evaluated
  std::string max;      // the points that count ("20.00"), or its points when not evaluated
  std::string percent;  // "96.63%", or "" when not evaluated
  std::string status;   // "" when evaluated, else "未评价" / "不适用"
  bool evaluated = false;
  // Geometry only: earned, the points that count, and earned / those points.
  double earned_value = 0;
  double max_value = 0;
  double share = 0;
};
IndicatorFigure indicator_figure(const ScoreResult& result, const IndicatorResult& node, Language language);

// The dimensions a radar shows: the top level, without bonus sections (they
// add points on top of the maximum, so "a share of the maximum" means nothing
// for them).
std::vector<IndicatorFigure> radar_figures(const ScoreResult& result, Language language);
// Every top-level indicator, bonus sections included, for the dimensions table.
std::vector<IndicatorFigure> dimension_figures(const ScoreResult& result, Language language);

// A row of a dimension's table: an indicator or an item.
struct ReportRow {
  bool item = false;
  int level = 1;  // an item: one below its indicator
  std::string id;
  std::string name;      // an indicator's name or an item's text, as written
  std::string assessed;  // an item's rating word or fact; a rated indicator's X
  std::string points;    // an indicator's earned points; a rule item's points
  std::string max;
  std::string percent;
  std::vector<std::string> remarks;  // note, na reason, rule, explanation, limits: each a line
  std::vector<std::string> evidence;  // as written, in order
  bool evaluated = true;
  bool deduction = false;  // a rule item that took points away
};

// The table's column headings; the third is "评分" or "事实" by the scheme's kind.
std::vector<std::string> table_columns(const Scheme& scheme, Language language);
// The dimension and everything under it, in tree order: an indicator's row,
// its items, then its children.
std::vector<ReportRow> dimension_rows(const ScoreResult& result, const IndicatorResult& dimension,
                                      Language language);

// Every item that took points away (a deduction of a points-sum scheme), in
// tree order: its row, whose remarks hold the rule's explanation.
std::vector<ReportRow> deduction_rows(const ScoreResult& result, Language language);

// What a dimension's section says instead of a table when it is not
// evaluated; "" when it is.
std::string dimension_status_note(const IndicatorResult& dimension, Language language);

}  // namespace cityseceval
