// The CSV template, for assessors who work in a spreadsheet: one row per item.
// Written the way Excel and WPS read UTF-8 without asking (a byte-order mark)
// and the way Excel itself writes CSV (CRLF), so a file saved back from them
// reads with parse_assessment_csv.
#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "cityseceval/template.h"
#include "csv.h"
#include "encoding.h"
#include "overloaded.h"

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
    std::vector<const Indicator*> path;
    for (const Indicator& indicator : scheme_.indicators) {
      if (scope_.empty() || std::find(scope_.begin(), scope_.end(), &indicator) != scope_.end()) write(indicator, path);
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

  // The names columns: level1 the top-level indicator, level3 the rated one,
  // level2 whatever lies between (joined with " / " in deeper trees, empty in
  // shallower ones). A rated top-level indicator fills level3 only.
  void write(const Indicator& indicator, std::vector<const Indicator*>& path) {
    if (!indicator.is_rated()) {
      path.push_back(&indicator);
      for (const Indicator& child : indicator.children) write(child, path);
      path.pop_back();
      return;
    }
    std::string level1 = path.empty() ? "" : path.front()->display_name(language_);
    std::string level2;
    for (std::size_t i = 1; i < path.size(); ++i) {
      if (i > 1) level2 += " / ";
      level2 += path[i]->display_name(language_);
    }
    for (const Item& item : indicator.items) {
      row({item.id, level1, level2, indicator.display_name(language_), item.text, indicator.points.short_string(),
           "todo", "", ""});
    }
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
