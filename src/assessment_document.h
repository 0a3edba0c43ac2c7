// An assessment as written, before it is checked against a scheme: the two
// steps behind read_assessment() and load_assessment() (input.h).
//
//   1. parse_assessment() (YAML) or parse_assessment_csv() (a filled CSV
//      template) reads the file into an AssessmentDocument: the header fields
//      and everything recorded, as written, with its location. Only the
//      file's own shape is checked here (keys, lists, mappings).
//   2. resolve_assessment() checks the document against a Scheme and yields
//      an Assessment the engine can score. Each kind of scheme resolves what
//      it reads: ratings (rating_items.h) or facts (rule_items.h).
//
// A filled workbook (assessment_xlsx.h) gives the same AssessmentDocument,
// its step 1 split in two around choosing the scheme.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "cityseceval/assessment.h"
#include "cityseceval/diagnostic.h"
#include "cityseceval/messages.h"
#include "cityseceval/tree.h"
#include "scope.h"
#include "yaml_reader.h"

namespace cityseceval {

// One rating exactly as written, not yet checked against a scale.
struct WrittenRating {
  // `reported`: a malformed long form the parser has already reported.
  enum class Kind { scalar, empty, list, mapping, reported };
  Kind kind = Kind::scalar;
  std::string text;    // the scalar's text ("full", "0.8", "全部满足")
  bool plain = true;   // unquoted: only then can it be a YAML boolean or null
  std::string note;    // from the mapping form {rating: ..., note: ...}
  // From the mapping form {rating: na, reason: ...}; `reason_location` has an
  // empty file when no reason was written.
  std::string reason;
  SourceLocation reason_location;
  // From `evidence:` of the mapping form, or a CSV row's evidence cell,
  // already checked (evidence.h).
  std::vector<std::string> evidence;
  SourceLocation location;
  // A CSV row names its item, so its rating goes to that item, not to a
  // position; the rows a CSV skips between two are kept as `row_missing`
  // placeholders (kind `reported`). The resolver matches both to the
  // scheme's items, whose numbers a tailoring may skip (Indicator::retired_items).
  // Empty and false in YAML, whose ratings go by position.
  std::string item_id;
  bool row_missing = false;
};

// The ratings of one rated indicator, as written under `ratings:`.
struct WrittenIndicator {
  std::string id;
  SourceLocation location;         // the key
  SourceLocation list_location;    // the value
  bool is_list = true;             // false when the value was not a list (already reported)
  std::vector<WrittenRating> ratings;
};

// `ratings:` (rating-mean schemes), or the rows of a CSV template.
struct WrittenRatings {
  SourceLocation location;  // the key (a CSV: its header row)
  bool is_mapping = true;   // false when it was not a mapping (already reported)
  std::vector<WrittenIndicator> indicators;
};

// The fact recorded for one item under `facts:`, kept as written until the
// item's rule says what shape it must have.
struct WrittenFact {
  std::string item_id;
  SourceLocation location;  // the key
  yaml::NodePtr value;
  // A fact the reader already reported as unreadable (a workbook cell
  // holding an error value): counted as given, never read, so one problem
  // gives one message. Always false in YAML.
  bool reported = false;
};

// `facts:` (points-sum schemes).
struct WrittenFacts {
  SourceLocation location;  // the key
  bool is_mapping = true;   // false when it was not a mapping (already reported)
  std::vector<WrittenFact> facts;
};

// What an assessment records, by the kind of scheme it is written for.
using WrittenRecords = std::variant<WrittenRatings, WrittenFacts>;

struct AssessmentDocument {
  std::string file;
  std::string city;
  std::string period;
  std::optional<std::string> scheme;  // as written: a built-in id or a path
  SourceLocation scheme_location;     // file empty when there is no `scheme:`
  // Where the city and the period were written (file empty when they were
  // not): an unfilled template's `todo` there is reported at that place.
  SourceLocation city_location;
  SourceLocation period_location;
  SourceLocation start;  // the document itself: where a missing key is reported
  std::optional<WrittenScope> scope;  // none: a full evaluation (scope.h)
  // Every `ratings:` and `facts:` section, in file order; at most one of
  // each. A scheme reads its own kind and reports the other as misplaced.
  std::vector<WrittenRecords> records;
  // False when parsing reported any error: such a document is never
  // resolved into an Assessment, though resolving it still reports its other problems.
  bool valid = true;
};

// Step 1 for YAML. `text` is the file's content, `file` its name for messages.
// Returns nullopt when the file cannot be read as an assessment at all.
std::optional<AssessmentDocument> parse_assessment(std::string_view text, const std::string& file,
                                                   Diagnostics& diagnostics);

// Step 1 for a filled CSV template (docs/assessment-format.md, "Templates and CSV").
std::optional<AssessmentDocument> parse_assessment_csv(std::string_view text, const std::string& file,
                                                       Diagnostics& diagnostics);

// Step 2. Returns nullopt, with every problem found in `diagnostics`, unless
// the document is a complete valid assessment for `scheme`. The result points
// into `scheme`, which must outlive it.
std::optional<Assessment> resolve_assessment(const AssessmentDocument& document, const Scheme& scheme,
                                             const ReadOptions& options, Diagnostics& diagnostics);

// A record written for `id`, an indicator or item outside the assessment's
// scope (its dimension `dimension` is not evaluated): an error, a warning
// with --lenient; never counted [out-of-scope].
void report_out_of_scope(const SourceLocation& where, std::string_view id, const Indicator& dimension,
                         const ReadOptions& options, Diagnostics& diagnostics);

// The section of kind T, or null when the document has none.
template <class T>
const T* find_records(const AssessmentDocument& document) {
  for (const WrittenRecords& records : document.records) {
    if (const T* found = std::get_if<T>(&records)) return found;
  }
  return nullptr;
}

// What every kind's resolver does first: reports each section that is not
// of kind T (written for another kind of scheme) with `misplaced` [wrong-type],
// and `key` as missing when the document has no section at all [missing-key].
// Returns the section of kind T, or null.
template <class T>
const T* own_records(const AssessmentDocument& document, std::string_view key, const Text& misplaced,
                     Diagnostics& diagnostics) {
  for (const WrittenRecords& records : document.records) {
    if (std::holds_alternative<T>(records)) continue;
    std::visit([&](const auto& other) { diagnostics.error(other.location, misplaced, RuleId::wrong_type); }, records);
  }
  if (document.records.empty()) {
    diagnostics.error(document.start, message(MessageId::missing_key, {message(MessageId::the_assessment), key}),
                      RuleId::missing_key);
  }
  return find_records<T>(document);
}

// An assessment with the document's header fields, `scope`, and no records yet.
Assessment assessment_of(const AssessmentDocument& document, std::vector<const Indicator*> scope);

}  // namespace cityseceval
