// Diagnostics: the one shape every problem with an input file takes.
//
// Loaders and checks never print and never throw for bad input; they append
// Diagnostic values to a Diagnostics list and carry on, so one run reports all
// the problems it can find. Only the CLI (apps/) decides what to print and
// which exit code follows. Every diagnostic is printed through
// format_diagnostic(), so all messages look alike:
//
//   FILE:LINE:COL: error: MESSAGE [rule-id]
//
// LINE and COL are 1-based; COL counts Unicode code points, not bytes, so a
// caret lands under the right character in a line of Chinese text.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/language.h"

namespace cityseceval {

// A place in an input file. line/column 1-based; column in code points.
struct SourceLocation {
  std::string file;
  int line = 1;
  int column = 1;
};

enum class Severity { error, warning };

// The rules a diagnostic can report, each with a stable kebab-case name
// ("duplicate-key") that scripts and editors may match on: never rename one.
// Every rule is listed with an example in docs/check.md, and
// tests/test_check_rules.cpp has a file that breaks each of them.
enum class RuleId {
  file_too_large,
  file_unreadable,
  invalid_utf8,
  empty_file,
  yaml_syntax,
  multiple_documents,
  duplicate_key,
  too_deep,
  too_many_aliases,
  value_too_long,
  wrong_type,
  unknown_key,
  missing_key,
  unknown_scheme,
  scheme_mismatch,
  indicator_shape,
  precision,
  duplicate_id,
  id_parent,
  item_id,
  no_items,
  points_sum,
  points_total,
  scale_value,
  scale_duplicate,
  grade_bands,
  grade_duplicate,
  direct_score,
  missing_english,
  bonus_cap,
  rule_type,
  rule_parameter,
  invalid_scope,
  out_of_scope,
  nothing_evaluated,
  plan_overlap,
  plan_date,
  plan_stage_name,
  plan_coverage,
  plan_match,
  plan_city,
  unknown_indicator,
  missing_indicator,
  rating_count,
  invalid_rating,
  unrated_items,
  unfilled_field,
  unknown_item,
  missing_item,
  invalid_fact,
  invalid_evidence,
  missing_evidence,
  csv_syntax,
  csv_header,
  xlsx_not_zip,
  xlsx_old_format,
  xlsx_encrypted,
  xlsx_too_large,
  xlsx_unsafe_entry,
  xlsx_doctype,
  xlsx_xml,
  xlsx_part,
  xlsx_header,
  xlsx_formula,
  xlsx_cell_error,
  csv_gb18030,
  tailoring_base,
  tailoring_duplicate,
  tailoring_reason,
  tailoring_level,
  tailoring_points,
  tailoring_no_items,
  weight_value,
  weights_sum,
  count_  // not a rule: the number of rules
};
std::string_view rule_name(RuleId rule);
std::string_view severity_name(Severity severity);

struct Diagnostic {
  Severity severity = Severity::error;
  SourceLocation location;
  Text message;  // in both languages (messages.h); the edge picks one
  // The name of the rule that was broken (rule_name()): "duplicate-key".
  std::string rule;
};

// "FILE:LINE:COL: error: MESSAGE [rule]", the message in `language`. No
// trailing newline. A diagnostic with no file is about the command line:
// "cityseceval: error: MESSAGE [rule]".
std::string format_diagnostic(const Diagnostic& diagnostic, Language language);

// The first line as above, then the offending source line and a caret under
// the column, like a compiler:
//   a.yaml:3:10: error: ... [rule]
//       3 |   6.2.1: [full, ful]
//         |                 ^
// `source` is the whole text of the file; no excerpt is added when the line is
// not in it. Ends without a newline.
std::string format_diagnostic_with_source(const Diagnostic& diagnostic, std::string_view source, Language language);

// An ordered list of diagnostics with a cap: past `limit` errors further ones
// are counted but not stored, so a hostile or hopeless file cannot flood the
// output. One run reports up to the limit, then says how many more there were.
class Diagnostics {
 public:
  static constexpr std::size_t default_limit = 50;
  explicit Diagnostics(std::size_t limit = default_limit) : limit_(limit) {}

  void add(Diagnostic diagnostic);
  void error(SourceLocation location, Text message, RuleId rule);
  void warning(SourceLocation location, Text message, RuleId rule);
  void append(const Diagnostics& other);
  // Changes every diagnostic kept, in place: for a reader that says where a
  // problem is in its format's own words (a workbook names the cell).
  void rewrite(const std::function<void(Diagnostic&)>& change);
  // Orders the list by file (in order of first appearance), then line and
  // column, keeping the order of diagnostics at the same place: a reader goes
  // through a file top to bottom, whichever check found each problem.
  void sort_by_location();

  const std::vector<Diagnostic>& all() const { return list_; }
  bool has_errors() const { return error_count_ > 0; }
  std::size_t error_count() const { return error_count_; }
  std::size_t warning_count() const { return warning_count_; }
  // How many diagnostics were dropped because the limit was reached.
  std::size_t dropped() const { return dropped_; }
  bool empty() const { return list_.empty() && dropped_ == 0; }

 private:
  std::size_t limit_;
  std::vector<Diagnostic> list_;
  std::size_t error_count_ = 0;
  std::size_t warning_count_ = 0;
  std::size_t dropped_ = 0;
};

}  // namespace cityseceval
