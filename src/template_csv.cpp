// The CSV template, for assessors who work in a spreadsheet: one row per item.
// Written the way Excel and WPS read UTF-8 without asking (a byte-order mark)
// and the way Excel itself writes CSV (CRLF), so a file saved back from them
// reads with parse_assessment_csv.
#include <fmt/format.h>

#include <stdexcept>

#include "cityseceval/template.h"
#include "csv.h"
#include "encoding.h"
#include "overloaded.h"
#include "template_content.h"

namespace cityseceval {

namespace {

constexpr std::string_view line_end = "\r\n";

class CsvTemplate {
 public:
  CsvTemplate(const Scheme& scheme, Language language, const std::vector<const Indicator*>& scope)
      : language_(language), scheme_(scheme), scope_(scope) {}

  std::string render(std::string_view reference) {
    out_ = std::string(byte_order_mark);
    row({"#scheme", template_scheme_reference(scheme_, reference)});
    row({"#city", ""});
    row({"#period", ""});
    if (!scope_.empty()) {
      std::vector<std::string> cells = {"#scope"};
      for (const Indicator* dimension : scope_) cells.push_back(dimension->id);
      row(cells);
    }
    row(std::vector<std::string>(csv::template_columns.begin(), csv::template_columns.end()));
    for (const TemplateItem& at : template_items(scheme_, language_, scope_)) {
      row({at.item->id, at.level1, at.level2, at.indicator->display_name(language_), at.item->text,
           at.indicator->points.short_string(), "todo", "", ""});
    }
    return out_;
  }

 private:
  void row(const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i > 0) out_ += ',';
      out_ += csv::quote(fields[i]);
    }
    out_ += line_end;
  }

  Language language_;
  const Scheme& scheme_;
  const std::vector<const Indicator*>& scope_;  // empty: a full evaluation
  std::string out_;
};

}  // namespace

std::string render_template_csv(const Scheme& scheme, Language language, std::string_view scheme_reference,
                                const std::vector<const Indicator*>& scope) {
  // One rating column cannot hold a points-sum scheme's facts; the CLI refuses
  // with a usage error before getting here (apps/template_command.cpp).
  return std::visit(
      overloaded{[&](const RatingMean&) { return CsvTemplate(scheme, language, scope).render(scheme_reference); },
                 [&](const PointsSum&) -> std::string {
                   throw std::invalid_argument("render_template_csv: scheme " + scheme.id +
                                               " records facts, not ratings");
                 }},
      scheme.aggregation);
}

}  // namespace cityseceval

namespace cityseceval {

bool csv_template_supported(const Scheme& scheme) {
  return std::visit(overloaded{[](const RatingMean&) { return true; }, [](const PointsSum&) { return false; }},
                    scheme.aggregation);
}

}  // namespace cityseceval
