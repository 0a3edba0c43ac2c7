// The shared checks of the fuzz targets (fuzz_support.h).
#include "fuzz_support.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>

#include "cityseceval/compare.h"
#include "cityseceval/explain.h"
#include "cityseceval/gaps.h"
#include "cityseceval/load.h"
#include "cityseceval/render_markdown.h"
#include "cityseceval/render_tree.h"
#include "cityseceval/template.h"
#include "cityseceval/render.h"
#include "cityseceval/render_compare.h"
#include "cityseceval/render_diagnostics.h"
#include "cityseceval/render_explain.h"
#include "cityseceval/render_gaps.h"
#include "cityseceval/render_report.h"
#include "cityseceval/render_table.h"
#include "cityseceval/summary.h"
#include "cityseceval/summary_table.h"

namespace cityseceval::fuzz {

namespace {

constexpr Language both_languages[] = {Language::zh, Language::en};

// A JSON output parses back (nlohmann throws on what a reader would refuse).
void expect_json(const std::string& json, std::string_view what) {
  if (!nlohmann::json::accept(json)) fail("output is not JSON", what);
}

void render_tables(const ScoreResult& result) {
  std::vector<SummaryRow> rows;
  rows.push_back({result.file, summarize(result, indicator_ids_at_level(*result.scheme, 1)), {}});
  for (int level : {1, 2}) {
    const std::vector<std::string> names = default_summary_columns(rows, level).names;
    const Table table = summary_table(rows, names);
    for (TableFormat format : {TableFormat::csv, TableFormat::tsv, TableFormat::markdown, TableFormat::text}) {
      render_table(table, format);
    }
  }
}

void render_explanations(const ScoreResult& result) {
  // The composite, then every indicator the result has (explain ID).
  std::vector<std::string> ids = {""};
  for (const IndicatorResult& indicator : result.indicators) ids.push_back(indicator.indicator->id);
  for (const std::string& id : ids) {
    std::optional<Explanation> explanation = explain(result, id);
    if (!explanation) fail("explain refused an indicator of the result", id);
    for (Language language : both_languages) {
      render_explain_text(*explanation, language);
      render_explain_markdown(*explanation, language);
    }
    expect_json(render_explain_json(*explanation), "explain json");
  }
}

}  // namespace

std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

void fail(std::string_view what, std::string_view detail) {
  std::fprintf(stderr, "\n==== fuzz invariant broken: %.*s\n%.*s\n", static_cast<int>(what.size()), what.data(),
               static_cast<int>(detail.size()), detail.data());
  std::fflush(stderr);
  std::abort();
}

void expect_consistent(bool loaded, const Diagnostics& diagnostics, std::string_view source,
                       std::string_view loader) {
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    for (Language language : both_languages) {
      format_diagnostic(diagnostic, language);
      format_diagnostic_with_source(diagnostic, source, language);
    }
  }
  if (loaded && diagnostics.has_errors()) {
    fail("a loader returned a value and an error", std::string(loader) + ": " +
                                                        format_diagnostic(diagnostics.all().front(), Language::en));
  }
  if (!loaded && !diagnostics.has_errors()) fail("a loader refused its input without an error", loader);
}

const std::vector<std::string>& builtin_ids() {
  static const std::vector<std::string> ids = builtin_scheme_ids();
  return ids;
}

SchemeCache& schemes() {
  static SchemeCache cache;
  return cache;
}

SchemeChoice scheme_choice(const std::string& id) {
  SchemeChoice choice;
  choice.scheme_id = id;
  return choice;
}

std::optional<LoadedAssessment> load_checked(std::string_view text, const std::string& file,
                                             const std::string& scheme_id, const ReadOptions& options) {
  Diagnostics diagnostics;
  std::optional<LoadedAssessment> loaded =
      load_assessment(text, file, scheme_choice(scheme_id), schemes(), diagnostics, options);
  expect_consistent(loaded.has_value(), diagnostics, text_as_read(std::string(text), file), "load_assessment");
  if (loaded) check_result(score(*loaded->scheme, loaded->assessment));
  return loaded;
}

void check_scheme(const Scheme& scheme, std::string_view what) {
  Diagnostics checks;
  check_tree(scheme, checks);
  if (checks.has_errors()) {
    fail("a scheme that loaded breaks check_tree", std::string(what) + ": " +
                                                       format_diagnostic(checks.all().front(), Language::en));
  }
  for (PointsForm form : {PointsForm::points, PointsForm::weights}) {
    const std::optional<std::string> file = render_tree_yaml(scheme, form);
    if (!file) continue;  // a points-sum scheme is not written
    Diagnostics diagnostics;
    const std::optional<Scheme> again = load_tree(*file, "rendered-tree.yaml", diagnostics);
    if (!again) {
      fail("a scheme written as a tree does not load back",
           std::string(what) + ": " + format_diagnostic(diagnostics.all().front(), Language::en) + "\n" + *file);
    }
    if (render_tree_yaml(*again, form) != file) fail("a scheme written as a tree loads back to another", *file);
  }
  for (Language language : both_languages) {
    render_markdown(scheme, language, "tree.yaml");
    render_template_yaml(scheme, language, "assessment.schema.json");
    if (csv_template_supported(scheme)) render_template_csv(scheme, language);
  }
}

void check_result(const ScoreResult& result) {
  const Scheme& scheme = *result.scheme;
  // The most any assessment can give: max_points plus the bonus caps, never
  // above the total cap (gaps.h).
  const Rational highest = highest_composite(scheme);
  if (result.composite < Rational(0) || result.composite > highest) {
    fail("composite outside [0, highest]", result.composite.exact_string() + " not in [0, " + highest.exact_string() + "]");
  }
  if (result.reported != scheme.precision.round(result.composite)) {
    fail("reported value is not the composite rounded", result.reported.exact_string());
  }
  if (!scheme.grades.empty() && !result.grade) fail("no grade for a scheme with grade bands");
  if (result.max != scheme.max_points) fail("result max is not the scheme's max_points");
  const EvaluatedPart& part = result.evaluated;
  if (part.earned < Rational(0) || part.earned > part.max || part.max > part.scope_max ||
      part.scope_max > scheme.max_points) {
    fail("evaluated part out of order", part.earned.exact_string() + " / " + part.max.exact_string() + " / " +
                                            part.scope_max.exact_string());
  }
}

void render_everything(const Scheme& scheme, const Assessment& assessment, const ScoreResult& result) {
  for (Language language : both_languages) render_text(result, TextOptions{language, false});
  expect_json(render_json(result), "json");
  const std::string line = render_json_line(result);
  if (line.empty() || line.back() != '\n' || line.find('\n') != line.size() - 1) fail("jsonl is not one line", line);
  expect_json(line, "jsonl");
  expect_json(render_json(std::vector<ScoreResult>{result}), "json array");
  render_tables(result);
  render_explanations(result);

  const Gaps gaps = find_gaps(scheme, assessment, result);
  const Comparison changes = compare(result, result);
  if (changes.delta != Rational(0)) fail("a result compared with itself changed");
  const ReportInput report{result, &changes, &gaps, {}, ChineseScript::own};
  for (Language language : both_languages) {
    render_gaps_text(gaps, language);
    render_gaps_markdown(gaps, language);
    render_compare_text(changes, language);
    render_compare_markdown(changes, language);
    render_report_html(report, language);
    render_report_markdown(report, language);
  }
  expect_json(render_gaps_json(gaps), "gaps json");
  expect_json(render_compare_json(changes), "compare json");
}

}  // namespace cityseceval::fuzz
