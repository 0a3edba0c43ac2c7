// The HTML report (render_report.h): one self-contained document, laid out
// for the screen and for A4 paper. The content comes from report_content.h
// and compare_cells.h; this file only lays it out and escapes it.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "cityseceval/render_report.h"
#include "compare_cells.h"
#include "gap_cells.h"
#include "html_text.h"
#include "report_content.h"
#include "svg_charts.h"

namespace cityseceval {

namespace {

// No fetch of any kind: a browser blocks (and reports) anything the report
// would load, so a mistake shows in the browser test instead of leaking a
// request from an e-mailed report. Styles are inline; images only data: URLs.
constexpr const char* content_security_policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

// Screen and print alike; the print rules make "print to PDF" a clean A4
// document: each dimension on a new page, table headers repeated on every
// page, no row split across pages, the charts' colours kept.
constexpr const char* style = R"(
:root { --ink: #1f2933; --muted: #6b7785; --rule: #d5dbe1; --accent: #1565c0; --fill: #1e88e5;
        --track: #e3e8ee; --bad: #c62828; --soft: #f4f6f8; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 1100px; padding: 24px 32px; color: var(--ink); line-height: 1.5; font-size: 14px;
       font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--accent);
     break-after: avoid; }
h3 { font-size: 16px; margin: 20px 0 8px; break-after: avoid; }
.subtitle { color: var(--muted); margin: 0 0 16px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0 0 16px; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.headline { display: flex; gap: 48px; align-items: baseline; margin: 12px 0; padding: 12px 16px;
            background: var(--soft); border-left: 4px solid var(--accent); break-inside: avoid; }
.headline .label { display: block; color: var(--muted); font-size: 13px; }
.headline .number { font-size: 34px; font-weight: 700; }
.headline .of { color: var(--muted); margin-left: 4px; }
.headline .grade-name { font-size: 28px; font-weight: 700; }
.note { color: var(--ink); background: #fff8e1; border-left: 4px solid #f9a825; padding: 6px 12px; margin: 8px 0; }
figure { margin: 8px 0 12px; break-inside: avoid; }
figcaption { color: var(--muted); font-size: 12px; }
svg.chart { display: block; width: 100%; height: auto; font-family: inherit; }
svg.radar { max-width: 560px; margin: 0 auto; }
svg.scale { max-width: 640px; }
svg.bars { max-width: 760px; }
table.indicators, table.deductions { table-layout: fixed; }
table.indicators th:nth-child(1), table.deductions th:nth-child(1) { width: 9%; }
table.indicators th:nth-child(2), table.deductions th:nth-child(2) { width: 34%; }
table.indicators th:nth-child(3), table.deductions th:nth-child(3) { width: 13%; }
table.indicators th:nth-child(n+4):nth-child(-n+6), table.deductions th:nth-child(n+4):nth-child(-n+6) { width: 8%; }
table.indicators th:nth-child(7), table.deductions th:nth-child(7) { width: 20%; }
table.rules th:nth-child(1) { width: 7%; }
table.rules th:nth-child(2) { width: 25%; }
table.rules th:nth-child(3) { width: 14%; }
table.rules th:nth-child(n+4):nth-child(-n+6) { width: 8%; }
table.rules th:nth-child(7) { width: 30%; }
svg .ring { fill: none; stroke: var(--rule); stroke-width: 1; }
svg .axis { stroke: #9aa5b1; stroke-width: 1; }
svg .muted { stroke-dasharray: 4 3; fill: var(--muted); }
svg .value { fill: rgba(30, 136, 229, 0.25); stroke: var(--fill); stroke-width: 2; }
svg text.value { fill: var(--ink); stroke: none; }
svg text.value.negative { fill: var(--bad); font-weight: 700; }
svg text.value.muted { fill: var(--muted); }
svg .dot { fill: var(--fill); }
svg text { font-size: 13px; fill: var(--ink); }
svg text.label.muted { fill: var(--muted); }
svg .track { fill: var(--track); }
svg .track.muted { fill: none; stroke: #9aa5b1; }
svg .fill { fill: var(--fill); }
svg .band { stroke: #fff; stroke-width: 1; }
svg .band.current { stroke: var(--ink); stroke-width: 3; }
svg text.band-name { fill: #fff; font-size: 12px; font-weight: 700; }
svg text.tick { font-size: 11px; fill: var(--muted); }
svg .marker { fill: var(--ink); }
svg text.marker-text { font-weight: 700; }
table { width: 100%; border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th { text-align: left; background: var(--soft); border-bottom: 2px solid var(--rule); padding: 4px 6px; }
td { border-bottom: 1px solid var(--rule); padding: 4px 6px; vertical-align: top; overflow-wrap: anywhere; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.id { white-space: nowrap; }
tr.indicator td { font-weight: 600; }
tr.level-1 td { background: #e8f0fb; }
tr.level-2 td { background: #f5f8fc; }
tr.level-2 td.name { padding-left: 18px; }
tr.level-3 td.name { padding-left: 30px; }
tr.level-4 td.name, tr.level-5 td.name { padding-left: 42px; }
tr.item td { font-weight: 400; }
tr.not-evaluated td { color: var(--muted); }
tr.deduction td.points { color: var(--bad); font-weight: 700; }
tr.current td { font-weight: 700; background: #e8f5e9; }
td.remarks p { margin: 0; white-space: pre-line; }
td.remarks .evidence { margin: 2px 0 0; }
td.remarks ul { margin: 0; padding-left: 18px; }
.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 6px; vertical-align: -1px; }
.section-score { font-size: 15px; font-weight: 400; color: var(--muted); margin-left: 12px; }
nav.contents ul { margin: 4px 0; padding-left: 4px; list-style: none; }
nav.contents a { color: var(--accent); text-decoration: none; }
footer { margin-top: 32px; padding-top: 8px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 12px; }
@page { size: A4; margin: 16mm 14mm 16mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 12px; }
  section.page { break-before: page; page-break-before: always; }
  h2 { margin-top: 0; }
  nav.contents a { color: var(--ink); }
  /* The contents list is short: kept whole, so no page holds a lone entry of it. */
  nav.contents { break-inside: avoid; page-break-inside: avoid; }
}
)";

// One section of the report: its anchor, its title in the contents and its
// HTML. Every section but the overview starts a page in print.
struct Section {
  std::string anchor;
  std::string title;
  std::string html;
};

std::string tag(const char* name, const std::string& escaped, const std::string& attributes = "") {
  return fmt::format("<{0}{1}>{2}</{0}>", name, attributes.empty() ? "" : " " + attributes, escaped);
}

std::string text_tag(const char* name, const std::string& text, const std::string& attributes = "") {
  return tag(name, html_text(text), attributes);
}

// A table with its header row in <thead>, which print repeats on every page.
// `numeric[i]` right-aligns column i.
std::string table(const std::vector<std::string>& columns, const std::vector<bool>& numeric, const std::string& rows,
                  const char* css_class) {
  std::string head;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    head += text_tag("th", columns[i], i < numeric.size() && numeric[i] ? "class=\"num\"" : "");
  }
  return fmt::format("<table class=\"{}\">\n<thead><tr>{}</tr></thead>\n<tbody>\n{}</tbody>\n</table>\n", css_class,
                     head, rows);
}

std::string cells(const std::vector<std::string>& values, const std::vector<bool>& numeric) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    out += text_tag("td", values[i], i < numeric.size() && numeric[i] ? "class=\"num\"" : "");
  }
  return out;
}

std::string facts(const LabelledLines& lines) {
  std::string out = "<dl class=\"facts\">\n";
  for (const auto& [label, value] : lines) out += text_tag("dt", label) + text_tag("dd", value) + "\n";
  return out + "</dl>\n";
}

class HtmlReport {
 public:
  HtmlReport(const ReportInput& input, Language language)
      : input_(input), result_(input.result), language_(language), labels_(report_labels(language)) {}

  std::string render() const {
    std::vector<Section> sections;
    // What to fix first comes right after the overview, before the details.
    if (input_.gaps) {
      sections.push_back({"priorities", gap_labels(language_).title, priorities_section(*input_.gaps)});
    }
    if (input_.changes) sections.push_back({"changes", labels_.changes, changes_section(*input_.changes)});
    for (std::size_t i = 0; i < result_.indicators.size(); ++i) {
      const IndicatorResult& dimension = result_.indicators[i];
      std::string anchor = fmt::format("dimension-{}", i + 1);
      sections.push_back({anchor, indicator_figure(result_, dimension, language_).label,
                          dimension_section(dimension, anchor)});
    }
    std::string body = overview(sections);
    for (const Section& section : sections) body += section.html;
    body += text_tag("footer", fmt::format(fmt::runtime(labels_.footer), report_generator())) + "\n";
    return document(body);
  }

 private:
  std::string document(const std::string& body) const {
    return fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta name=\"generator\" content=\"{}\">\n<title>{}</title>\n<style>{}</style>\n</head>\n"
                       "<body>\n{}</body>\n</html>\n",
                       language_tag(), content_security_policy,
                       html_text(report_generator()), html_text(report_title(result_, language_)), style, body);
  }

  // What `lang` says: browsers choose glyphs and fonts by it.
  const char* language_tag() const {
    if (language_ == Language::en) return "en";
    switch (input_.script) {
      case ChineseScript::simplified: return "zh-Hans";
      case ChineseScript::traditional: return "zh-Hant";
      case ChineseScript::own: break;
    }
    return "zh-CN";
  }

  // --- The overview ----------------------------------------------------------------

  std::string overview(const std::vector<Section>& sections) const {
    std::string out = "<section class=\"overview\" id=\"overview\">\n";
    out += text_tag("h1", report_title(result_, language_)) + "\n";
    out += text_tag("p", result_.scheme->display_name(language_), "class=\"subtitle\"") + "\n";
    out += facts(report_header(result_, language_));
    out += headline();
    for (const std::string& note : normalisation_notes(result_, language_)) out += text_tag("p", note, "class=\"note\"") + "\n";
    if (LabelledLines lines = bonus_lines(result_, language_); !lines.empty()) out += facts(lines);
    out += grade_scale() + dimensions() + deductions() + contents(sections);
    return out + "</section>\n";
  }

  std::string headline() const {
    std::string grade = result_.grade ? result_.grade->display_name(language_) : labels_.no_grade;
    return fmt::format("<div class=\"headline\">\n<div class=\"composite\">{}{}{}</div>\n"
                       "<div class=\"grade\">{}{}</div>\n</div>\n",
                       text_tag("span", labels_.score, "class=\"label\""),
                       text_tag("span", result_.format(result_.reported), "class=\"number\""),
                       text_tag("span", "/ " + result_.format(result_.max), "class=\"of\""),
                       text_tag("span", labels_.grade, "class=\"label\""),
                       text_tag("span", grade, result_.grade ? "class=\"grade-name\"" : "class=\"grade-none\""));
  }

  // Every band with its bounds, the city's marked, and where the score lies.
  std::string grade_scale() const {
    std::vector<BandRow> bands = band_rows(result_, language_);
    if (bands.empty()) return "";
    std::vector<ScaleBand> scale;
    std::string rows;
    for (std::size_t i = 0; i < bands.size(); ++i) {
      const BandRow& band = bands[i];
      scale.push_back({band.name, band.band->min.mpq().get_d(), band.band->max.mpq().get_d(),
                       result_.format(band.band->min), result_.format(band.band->max), band.current});
      std::string swatch = fmt::format("<span class=\"swatch\" style=\"background: {}\"></span>",
                                       band_colour(i, bands.size()));
      rows += fmt::format("<tr{}>{}{}{}</tr>\n", band.current ? " class=\"current\"" : "",
                          tag("td", swatch + html_text(band.name)), text_tag("td", band.range),
                          text_tag("td", band.current ? labels_.this_result : ""));
    }
    std::string svg = grade_scale_svg(scale, result_.max.mpq().get_d(), result_.reported.mpq().get_d(),
                                      result_.format(result_.reported), labels_.grade_scale);
    return text_tag("h2", labels_.grade_scale) + "\n" + tag("figure", svg) + "\n" +
           table({labels_.band, labels_.range, labels_.this_result}, {}, rows, "bands");
  }

  // The radar of the dimensions, and the same numbers as a table.
  std::string dimensions() const {
    std::vector<RadarAxis> axes;
    for (const IndicatorFigure& figure : radar_figures(result_, language_)) {
      axes.push_back({figure.label, figure.evaluated ? figure.percent : figure.status,
                      figure.evaluated ? std::optional<double>(figure.share) : std::nullopt});
    }
    std::string rows;
    for (const IndicatorFigure& figure : dimension_figures(result_, language_)) {
      rows += fmt::format("<tr{}>{}</tr>\n", figure.evaluated ? "" : " class=\"not-evaluated\"",
                          cells({figure.label, figure.earned, figure.max, figure.evaluated ? figure.percent : figure.status},
                                {false, true, true, true}));
    }
    return text_tag("h2", labels_.dimensions) + "\n" +
           tag("figure", radar_chart_svg(axes, labels_.radar_title) + "\n" + text_tag("figcaption", labels_.radar_caption)) +
           "\n" + table({labels_.dimension, labels_.points, labels_.max, labels_.percent}, {false, true, true, true}, rows,
                        "dimensions");
  }

  std::string deductions() const {
    std::vector<ReportRow> rows = deduction_rows(result_, language_);
    if (rows.empty()) return "";
    std::vector<std::string> columns = table_columns(*result_.scheme, language_);
    return text_tag("h2", labels_.deductions) + "\n" + text_tag("p", labels_.deductions_note) + "\n" +
           table(columns, {false, false, false, true, true, true, false}, table_rows(rows), "deductions rules");
  }

  std::string contents(const std::vector<Section>& sections) const {
    std::string items;
    for (const Section& section : sections) {
      items += tag("li", text_tag("a", section.title, fmt::format("href=\"#{}\"", section.anchor))) + "\n";
    }
    return fmt::format("<nav class=\"contents\">\n{}\n<ul>\n{}</ul>\n</nav>\n", text_tag("h2", labels_.contents), items);
  }

  // --- A dimension ------------------------------------------------------------------

  std::string dimension_section(const IndicatorResult& dimension, const std::string& anchor) const {
    const IndicatorFigure figure = indicator_figure(result_, dimension, language_);
    std::string score = figure.evaluated ? fmt::format("{} / {} ({})", figure.earned, figure.max, figure.percent)
                                         : figure.status;
    std::string out = fmt::format("<section class=\"page dimension\" id=\"{}\">\n", anchor);
    out += tag("h2", html_text(figure.label) + " " + text_tag("span", score, "class=\"section-score\"")) + "\n";
    if (std::string note = dimension_status_note(dimension, language_); !note.empty()) {
      out += text_tag("p", note, "class=\"note\"") + "\n";
    }
    if (dimension.indicator->bonus) out += facts(bonus_lines(result_, language_));
    if (dimension.status == Status::out_of_scope) return out + "</section>\n";
    if (!dimension.children.empty()) out += bars(dimension, figure.label);
    std::vector<ReportRow> rows = dimension_rows(result_, dimension, language_);
    out += table(table_columns(*result_.scheme, language_), {false, false, false, true, true, true, false},
                 table_rows(rows), rules_table() ? "indicators rules" : "indicators");
    return out + "</section>\n";
  }

  std::string bars(const IndicatorResult& dimension, const std::string& label) const {
    std::vector<Bar> bars;
    for (const IndicatorResult& child : dimension.children) {
      IndicatorFigure figure = indicator_figure(result_, child, language_);
      std::string value = figure.evaluated ? fmt::format("{} / {} ({})", figure.earned, figure.max, figure.percent)
                                           : figure.status;
      bars.push_back({figure.label, value, figure.evaluated, figure.earned_value, figure.max_value});
    }
    std::string title = fmt::format(fmt::runtime(labels_.indicators_chart), label);
    return tag("figure", bar_chart_svg(bars, title) + "\n" + text_tag("figcaption", title)) + "\n";
  }

  // A points-sum scheme's table: facts and the rules' explanations need
  // wider columns than a rating's word.
  bool rules_table() const { return std::holds_alternative<PointsSum>(result_.scheme->aggregation); }

  std::string table_rows(const std::vector<ReportRow>& rows) const {
    std::string out;
    for (const ReportRow& row : rows) {
      std::string classes = fmt::format("{} level-{}", row.item ? "item" : "indicator", std::min(row.level, 5));
      if (!row.evaluated) classes += " not-evaluated";
      if (row.deduction) classes += " deduction";
      out += fmt::format("<tr class=\"{}\">{}{}{}{}{}{}{}</tr>\n", classes, text_tag("td", row.id, "class=\"id\""),
                         text_tag("td", row.name, "class=\"name\""), text_tag("td", row.assessed),
                         text_tag("td", row.points, "class=\"num points\""), text_tag("td", row.max, "class=\"num\""),
                         text_tag("td", row.percent, "class=\"num\""), tag("td", remarks(row), "class=\"remarks\""));
    }
    return out;
  }

  // Each remark a paragraph, then the evidence as a list: as text, never as
  // links (an e-mailed report opens nothing by itself; docs/report.md).
  std::string remarks(const ReportRow& row) const {
    std::string out;
    for (const std::string& remark : row.remarks) out += text_tag("p", remark);
    if (row.evidence.empty()) return out;
    std::string items;
    for (const std::string& evidence : row.evidence) items += text_tag("li", evidence);
    return out + tag("div", html_text(labels_.evidence) + tag("ul", items), "class=\"evidence\"");
  }

  // --- The changes since the previous assessment ---------------------------------------

  // The improvement priorities: the items table (the words and cells of
  // `gaps`, gap_cells.h), what its markers mean, then the plan's sentences
  // and, when it lists items, their table.
  std::string priorities_section(const Gaps& gaps) const {
    const GapLabels& words = gap_labels(language_);
    std::string out = "<section class=\"page priorities\" id=\"priorities\">\n" + text_tag("h2", words.title) + "\n";
    const std::vector<ShownGroup> groups = shown_items(gaps, input_.shown);
    if (gaps.items.empty()) {
      out += text_tag("p", words.none_below, "class=\"note\"") + "\n";
    } else {
      // rank, item, indicator, now, raised to, gain, score after; a rule item's maximum adds one number
      std::vector<bool> numeric = {true, false, false, false, false, true, true, true};
      std::string rows;
      for (const ShownGroup& group : groups) {
        for (std::size_t i : group.items) rows += tag("tr", cells(item_row(gaps, i, language_), numeric)) + "\n";
      }
      out += table(item_heading(gaps, language_), numeric, rows, "priorities");
      for (const std::string& note : marker_notes(gaps, groups, language_)) {
        out += text_tag("p", note, "class=\"note\"") + "\n";
      }
    }
    out += text_tag("h3", plan_title(gaps, language_)) + "\n";
    const std::vector<std::string> sentences = plan_sentences(gaps, language_);
    const bool listed = gaps.plan && gaps.plan->reachable && !gaps.plan->reached;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      out += text_tag("p", sentences[i]) + "\n";
      if (listed && i == 1) out += plan_items(gaps);
    }
    return out + "</section>\n";
  }

  std::string plan_items(const Gaps& gaps) const {
    const std::vector<bool> numeric = {false, false, false, true};
    std::string rows;
    for (std::size_t i : gaps.plan->items) rows += tag("tr", cells(plan_item_row(gaps, i, language_), numeric)) + "\n";
    return table(plan_item_heading(language_), numeric, rows, "plan");
  }

  std::string changes_section(const Comparison& comparison) const {
    const CompareLabels& words = compare_labels(language_);
    std::string out = "<section class=\"page changes\" id=\"changes\">\n" + text_tag("h2", labels_.changes) + "\n";
    out += facts(compare_header(comparison, language_));
    if (comparison.nothing_changed()) {
      out += text_tag("p", words.nothing_changed, "class=\"note\"") + "\n";
      if (!comparison.indicators.empty()) out += changed_indicators(comparison);
    } else {
      out += ranking(comparison, words.gains, comparison.gains) + ranking(comparison, words.losses, comparison.losses);
      out += changed_indicators(comparison) + changed_items(comparison);
    }
    if (!comparison.only_before.empty() || !comparison.only_after.empty()) {
      out += text_tag("h3", words.not_compared) + "\n" +
             facts({{words.only_before, id_list(comparison.only_before, language_)},
                    {words.only_after, id_list(comparison.only_after, language_)}});
    }
    return out + "</section>\n";
  }

  std::string ranking(const Comparison& comparison, const char* title, const std::vector<IndicatorDelta>& entries) const {
    const CompareLabels& words = compare_labels(language_);
    std::string out = text_tag("h3", title) + "\n";
    if (entries.empty()) return out + text_tag("p", words.none) + "\n";
    std::string rows;
    for (const IndicatorDelta& entry : entries) {
      rows += tag("tr", cells({entry.indicator->id, entry.indicator->display_name(language_), delta_cell(comparison, entry)},
                              {false, false, true})) + "\n";
    }
    return out + table({words.id, words.indicator, words.delta}, {false, false, true}, rows, "ranking");
  }

  std::string changed_indicators(const Comparison& comparison) const {
    const CompareLabels& words = compare_labels(language_);
    const bool status = has_status_changes(comparison);
    std::vector<std::string> columns = {words.id, words.indicator, words.before, words.after, words.delta, words.max};
    std::vector<bool> numeric = {false, false, true, true, true, true, false};
    if (status) columns.push_back(words.status);
    std::string rows;
    for (const IndicatorDelta& entry : comparison.indicators) {
      std::vector<std::string> values = {entry.indicator->id, entry.indicator->display_name(language_),
                                         side_cell(*comparison.before, entry.before),
                                         side_cell(*comparison.after, entry.after), delta_cell(comparison, entry),
                                         max_cell(comparison, entry)};
      if (status) values.push_back(status_cell(entry, language_));
      rows += tag("tr", cells(values, numeric)) + "\n";
    }
    const char* title = comparison.all_indicators ? words.all_indicators : words.changed_indicators;
    return text_tag("h3", title) + "\n" + table(columns, numeric, rows, "changed-indicators");
  }

  std::string changed_items(const Comparison& comparison) const {
    const CompareLabels& words = compare_labels(language_);
    std::string out = text_tag("h3", words.changed_items) + "\n";
    if (comparison.items.empty()) return out + text_tag("p", words.none) + "\n";
    const bool points = has_rule_items(comparison);
    std::vector<std::string> columns = {words.item, words.indicator, words.change};
    std::vector<bool> numeric = {false, false, false, true};
    if (points) columns.push_back(words.points);
    std::string rows;
    for (const ItemChange& change : comparison.items) {
      std::vector<std::string> values = {change.item->id, indicator_label(*change.indicator, language_),
                                         item_change_cell(change, language_)};
      if (points) values.push_back(item_points_cell(comparison, change));
      rows += tag("tr", cells(values, numeric)) + "\n";
    }
    return out + table(columns, numeric, rows, "changed-items");
  }

  const ReportInput& input_;
  const ScoreResult& result_;
  Language language_;
  const ReportLabels& labels_;
};

}  // namespace

std::string render_report_html(const ReportInput& input, Language language) {
  return HtmlReport(input, language).render();
}

}  // namespace cityseceval
