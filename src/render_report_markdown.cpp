// The Markdown report (render_report.h): the HTML report's content as
// GitHub-flavoured Markdown. The radar becomes the dimensions table, and the
// level-2 bar charts are left out: each dimension's table holds their
// numbers. The content comes from report_content.h and compare_markdown.h.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "cityseceval/render_report.h"
#include "compare_markdown.h"
#include "markdown_text.h"
#include "report_content.h"

namespace cityseceval {

namespace {

const std::vector<std::string> row_alignment = {"---", "---", "---", "---:", "---:", "---:", "---"};

class MarkdownReport {
 public:
  MarkdownReport(const ReportInput& input, Language language)
      : input_(input), result_(input.result), language_(language), labels_(report_labels(language)) {}

  std::string render() const {
    std::string out = overview();
    // What to fix first comes right after the overview, before the details.
    if (input_.gaps) {
      GapRenderOptions shown = input_.shown;
      shown.header = false;
      out += "\n" + render_gaps_markdown(*input_.gaps, language_, shown, 2);
    }
    if (input_.changes) out += fmt::format("\n## {}\n\n", labels_.changes) + compare_markdown_body(*input_.changes, language_, 3);
    for (const IndicatorResult& dimension : result_.indicators) out += dimension_section(dimension);
    return out + fmt::format("\n---\n\n*{}*\n", escape_inline(fmt::format(fmt::runtime(labels_.footer), report_generator())));
  }

 private:
  std::string overview() const {
    std::string out = fmt::format("# {}\n\n*{}*\n\n", escape_inline(report_title(result_, language_)),
                                  escape_inline(result_.scheme->display_name(language_)));
    for (const auto& [label, value] : report_header(result_, language_)) out += markdown_field(label, value, language_);
    out += markdown_field(labels_.score, score_text(result_), language_);
    out += markdown_field(labels_.grade, result_.grade ? result_.grade->display_name(language_) : labels_.no_grade,
                          language_);
    for (const auto& [label, value] : bonus_lines(result_, language_)) out += markdown_field(label, value, language_);
    for (const std::string& note : normalisation_notes(result_, language_)) out += "\n> " + escape_inline(note) + "\n";
    return out + grade_scale() + dimensions() + deductions();
  }

  std::string grade_scale() const {
    std::vector<BandRow> bands = band_rows(result_, language_);
    if (bands.empty()) return "";
    std::string out = fmt::format("\n## {}\n\n", labels_.grade_scale) +
                      markdown_heading({labels_.band, labels_.range, labels_.this_result}, {"---", "---", "---"});
    for (const BandRow& band : bands) {
      out += markdown_row({band.name, band.range,
                           band.current ? labels_.this_result : ""});
    }
    return out;
  }

  std::string dimensions() const {
    std::string out = fmt::format("\n## {}\n\n", labels_.dimensions) +
                      markdown_heading({labels_.dimension, labels_.points, labels_.max, labels_.percent},
                                       {"---", "---:", "---:", "---:"});
    for (const IndicatorFigure& figure : dimension_figures(result_, language_)) {
      out += markdown_row({figure.label, figure.earned, figure.max, figure.evaluated ? figure.percent : figure.status});
    }
    return out;
  }

  std::string deductions() const {
    std::vector<ReportRow> rows = deduction_rows(result_, language_);
    if (rows.empty()) return "";
    return fmt::format("\n## {}\n\n{}\n\n", labels_.deductions, labels_.deductions_note) + table(rows);
  }

  std::string dimension_section(const IndicatorResult& dimension) const {
    const IndicatorFigure figure = indicator_figure(result_, dimension, language_);
    std::string score = figure.evaluated ? fmt::format("{} / {} ({})", figure.earned, figure.max, figure.percent)
                                         : figure.status;
    std::string out = fmt::format("\n## {} — {}\n\n", escape_inline(figure.label), score);
    if (std::string note = dimension_status_note(dimension, language_); !note.empty()) {
      out += "> " + escape_inline(note) + "\n\n";
    }
    if (dimension.indicator->bonus) {
      for (const auto& [label, value] : bonus_lines(result_, language_)) out += markdown_field(label, value, language_);
      out += "\n";
    }
    if (dimension.status == Status::out_of_scope) return out;
    return out + table(dimension_rows(result_, dimension, language_));
  }

  std::string table(const std::vector<ReportRow>& rows) const {
    std::string out = markdown_heading(table_columns(*result_.scheme, language_), row_alignment);
    for (const ReportRow& row : rows) {
      out += markdown_row({row.id, row.name, row.assessed, row.points, row.max, row.percent, remarks(row)});
    }
    return out;
  }

  std::string remarks(const ReportRow& row) const {
    std::vector<std::string> parts = row.remarks;
    if (!row.evidence.empty()) {
      parts.push_back(labels_.evidence + fmt::format("{}", fmt::join(row.evidence, labels_.list_separator)));
    }
    return fmt::format("{}", fmt::join(parts, labels_.remark_separator));
  }

  const ReportInput& input_;
  const ScoreResult& result_;
  Language language_;
  const ReportLabels& labels_;
};

}  // namespace

std::string render_report_markdown(const ReportInput& input, Language language) {
  return MarkdownReport(input, language).render();
}

}  // namespace cityseceval
