#include "cityseceval/diagnostic.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "utf8.h"

namespace cityseceval {

std::string_view severity_name(Severity severity) {
  return severity == Severity::error ? "error" : "warning";
}

std::string_view rule_name(RuleId rule) {
  switch (rule) {
    case RuleId::file_too_large:
      return "file-too-large";
    case RuleId::file_unreadable:
      return "file-unreadable";
    case RuleId::invalid_utf8:
      return "invalid-utf8";
    case RuleId::empty_file:
      return "empty-file";
    case RuleId::yaml_syntax:
      return "yaml-syntax";
    case RuleId::multiple_documents:
      return "multiple-documents";
    case RuleId::duplicate_key:
      return "duplicate-key";
    case RuleId::too_deep:
      return "too-deep";
    case RuleId::too_many_aliases:
      return "too-many-aliases";
    case RuleId::value_too_long:
      return "value-too-long";
    case RuleId::wrong_type:
      return "wrong-type";
    case RuleId::unknown_key:
      return "unknown-key";
    case RuleId::missing_key:
      return "missing-key";
    case RuleId::unknown_scheme:
      return "unknown-scheme";
    case RuleId::scheme_mismatch:
      return "scheme-mismatch";
    case RuleId::indicator_shape:
      return "indicator-shape";
    case RuleId::precision:
      return "precision";
    case RuleId::duplicate_id:
      return "duplicate-id";
    case RuleId::id_parent:
      return "id-parent";
    case RuleId::item_id:
      return "item-id";
    case RuleId::no_items:
      return "no-items";
    case RuleId::points_sum:
      return "points-sum";
    case RuleId::points_total:
      return "points-total";
    case RuleId::scale_value:
      return "scale-value";
    case RuleId::scale_duplicate:
      return "scale-duplicate";
    case RuleId::grade_bands:
      return "grade-bands";
    case RuleId::grade_duplicate:
      return "grade-duplicate";
    case RuleId::direct_score:
      return "direct-score";
    case RuleId::missing_english:
      return "missing-english";
    case RuleId::bonus_cap:
      return "bonus-cap";
    case RuleId::rule_type:
      return "rule-type";
    case RuleId::rule_parameter:
      return "rule-parameter";
    case RuleId::invalid_scope:
      return "invalid-scope";
    case RuleId::out_of_scope:
      return "out-of-scope";
    case RuleId::nothing_evaluated:
      return "nothing-evaluated";
    case RuleId::plan_overlap:
      return "plan-overlap";
    case RuleId::plan_date:
      return "plan-date";
    case RuleId::plan_stage_name:
      return "plan-stage-name";
    case RuleId::plan_coverage:
      return "plan-coverage";
    case RuleId::plan_match:
      return "plan-match";
    case RuleId::plan_city:
      return "plan-city";
    case RuleId::unknown_indicator:
      return "unknown-indicator";
    case RuleId::missing_indicator:
      return "missing-indicator";
    case RuleId::rating_count:
      return "rating-count";
    case RuleId::invalid_rating:
      return "invalid-rating";
    case RuleId::unrated_items:
      return "unrated-items";
    case RuleId::unfilled_field:
      return "unfilled-field";
    case RuleId::unknown_item:
      return "unknown-item";
    case RuleId::missing_item:
      return "missing-item";
    case RuleId::invalid_fact:
      return "invalid-fact";
    case RuleId::invalid_evidence:
      return "invalid-evidence";
    case RuleId::missing_evidence:
      return "missing-evidence";
    case RuleId::csv_syntax:
      return "csv-syntax";
    case RuleId::csv_header:
      return "csv-header";
    case RuleId::xlsx_not_zip:
      return "xlsx-not-zip";
    case RuleId::xlsx_old_format:
      return "xlsx-old-format";
    case RuleId::xlsx_encrypted:
      return "xlsx-encrypted";
    case RuleId::xlsx_too_large:
      return "xlsx-too-large";
    case RuleId::xlsx_unsafe_entry:
      return "xlsx-unsafe-entry";
    case RuleId::xlsx_doctype:
      return "xlsx-doctype";
    case RuleId::xlsx_xml:
      return "xlsx-xml";
    case RuleId::xlsx_part:
      return "xlsx-part";
    case RuleId::xlsx_header:
      return "xlsx-header";
    case RuleId::xlsx_formula:
      return "xlsx-formula";
    case RuleId::xlsx_cell_error:
      return "xlsx-cell-error";
    case RuleId::csv_gb18030:
      return "csv-gb18030";
    case RuleId::tailoring_base:
      return "tailoring-base";
    case RuleId::tailoring_duplicate:
      return "tailoring-duplicate";
    case RuleId::tailoring_reason:
      return "tailoring-reason";
    case RuleId::tailoring_level:
      return "tailoring-level";
    case RuleId::tailoring_points:
      return "tailoring-points";
    case RuleId::tailoring_no_items:
      return "tailoring-no-items";
    case RuleId::weight_value:
      return "weight-value";
    case RuleId::weights_sum:
      return "weights-sum";
    case RuleId::count_:
      break;
  }
  return {};
}

std::string format_diagnostic(const Diagnostic& d, Language language) {
  // A problem with no file is about the command line (an unknown --scheme).
  std::string line = d.location.file.empty()
                         ? fmt::format("cityseceval: {}: {}", severity_name(d.severity), d.message.in(language))
                         : fmt::format("{}:{}:{}: {}: {}", d.location.file, d.location.line, d.location.column,
                                       severity_name(d.severity), d.message.in(language));
  if (!d.rule.empty()) line += fmt::format(" [{}]", d.rule);
  return line;
}

namespace {

// The text of 1-based line `number`, without its line break, or nullopt.
std::optional<std::string_view> source_line(std::string_view source, int number) {
  std::size_t start = 0;
  for (int line = 1; line < number; ++line) {
    std::size_t newline = source.find('\n', start);
    if (newline == std::string_view::npos) return std::nullopt;
    start = newline + 1;
  }
  if (start >= source.size() && number > 1) return std::nullopt;
  std::size_t end = source.find('\n', start);
  std::string_view text = source.substr(start, end == std::string_view::npos ? source.size() - start : end - start);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

// The first `columns` code points of `text` (the part before the caret).
std::string_view prefix_code_points(std::string_view text, int columns) {
  std::size_t at = 0;
  for (int seen = 0; at < text.size() && seen < columns; ++seen) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  }
  return text.substr(0, at);
}

// A line quoted under a diagnostic shows at most this many code points on
// each side of the caret, "..." standing for the rest: a minified or hostile
// line of megabytes must not be printed whole.
constexpr int quoted_context = 80;

// The part of `text` quoted for a caret at 1-based `column`, and the caret's
// column within it.
std::pair<std::string, int> quoted_window(std::string_view text, int column) {
  if (text.size() <= 2 * static_cast<std::size_t>(quoted_context)) return {std::string(text), column};
  int first = std::max(0, column - 1 - quoted_context);
  std::size_t start = prefix_code_points(text, first).size();
  std::string_view rest = text.substr(start);
  std::size_t length = prefix_code_points(rest, column - 1 - first + quoted_context).size();
  std::string window = first > 0 ? "..." : "";
  window += rest.substr(0, length);
  if (length < rest.size()) window += "...";
  return {window, column - first + (first > 0 ? 3 : 0)};
}

}  // namespace

std::string format_diagnostic_with_source(const Diagnostic& d, std::string_view source, Language language) {
  std::string out = format_diagnostic(d, language);
  if (source.empty()) return out;
  auto text = source_line(source, d.location.line);
  if (!text || utf8::first_invalid_byte(*text)) return out;
  auto [quoted, column] = quoted_window(*text, d.location.column);
  // Under each tab a tab, under everything else as many spaces as it is wide,
  // so the caret lines up in a terminal whatever the line holds.
  std::string_view before = prefix_code_points(quoted, column - 1);
  std::string padding;
  std::size_t segment = 0;
  for (std::size_t i = 0; i <= before.size(); ++i) {
    if (i == before.size() || before[i] == '\t') {
      padding.append(utf8::display_width(before.substr(segment, i - segment)), ' ');
      if (i < before.size()) padding += '\t';
      segment = i + 1;
    }
  }
  std::string gutter = fmt::format("{:>5}", d.location.line);
  out += fmt::format("\n{} | {}\n{} | {}^", gutter, quoted, std::string(gutter.size(), ' '), padding);
  return out;
}

void Diagnostics::add(Diagnostic diagnostic) {
  if (diagnostic.severity == Severity::error) {
    ++error_count_;
  } else {
    ++warning_count_;
  }
  if (list_.size() >= limit_) {
    ++dropped_;
    return;
  }
  list_.push_back(std::move(diagnostic));
}

void Diagnostics::error(SourceLocation location, Text message, RuleId rule) {
  add({Severity::error, std::move(location), std::move(message), std::string(rule_name(rule))});
}

void Diagnostics::warning(SourceLocation location, Text message, RuleId rule) {
  add({Severity::warning, std::move(location), std::move(message), std::string(rule_name(rule))});
}

void Diagnostics::sort_by_location() {
  std::vector<std::string> files;
  auto file_rank = [&files](const std::string& file) {
    auto it = std::find(files.begin(), files.end(), file);
    return static_cast<std::size_t>(it - files.begin());
  };
  for (const Diagnostic& d : list_) {
    if (file_rank(d.location.file) == files.size()) files.push_back(d.location.file);
  }
  std::stable_sort(list_.begin(), list_.end(), [&](const Diagnostic& a, const Diagnostic& b) {
    auto key = [&](const Diagnostic& d) {
      return std::tuple(file_rank(d.location.file), d.location.line, d.location.column);
    };
    return key(a) < key(b);
  });
}

void Diagnostics::rewrite(const std::function<void(Diagnostic&)>& change) {
  for (Diagnostic& diagnostic : list_) change(diagnostic);
}

void Diagnostics::append(const Diagnostics& other) {
  std::size_t errors = 0;
  for (const Diagnostic& d : other.list_) {
    add(d);
    errors += d.severity == Severity::error ? 1 : 0;
  }
  // What `other` dropped still counts, by severity.
  error_count_ += other.error_count_ - errors;
  warning_count_ += other.warning_count_ - (other.list_.size() - errors);
  dropped_ += other.dropped_;
}

}  // namespace cityseceval
