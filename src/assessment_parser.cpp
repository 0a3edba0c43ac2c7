// Step 1 of reading an assessment: the file's own shape (format:
// docs/assessment-format.md). What is recorded is kept as written; each kind
// of scheme parses its own section (rating_items.h, rule_items.h), and it is
// checked against the scheme in resolve_assessment() once the scheme is known.
#include <fmt/format.h>

#include "assessment_document.h"
#include "cityseceval/messages.h"
#include "rating_items.h"
#include "rule_items.h"
#include "yaml_fields.h"
#include "yaml_reader.h"

namespace cityseceval {

namespace {

class AssessmentParser {
 public:
  AssessmentParser(const std::string& file, Diagnostics& diagnostics) : file_(file), diagnostics_(diagnostics) {}

  // False when the root is not a mapping: nothing of an assessment to keep.
  bool read(const yaml::Node& root, AssessmentDocument& document) {
    document.start = yaml::location_of(root, file_);
    if (root.kind != yaml::NodeKind::mapping) {
      diagnostics_.error(document.start, message(MessageId::not_an_assessment, {yaml::describe(root)}),
                         RuleId::wrong_type);
      return false;
    }
    MappingReader top(root, file_, diagnostics_, message(MessageId::the_assessment));
    top.allow_only({"scheme", "city", "period", "scope", "ratings", "facts"});
    document.city = top.text("city", true).value_or("");
    document.period = top.text("period", false).value_or("");
    if (!document.city.empty()) document.city_location = yaml::location_of(*top.optional("city"), file_);
    if (!document.period.empty()) document.period_location = yaml::location_of(*top.optional("period"), file_);
    if (const yaml::Node* scheme = top.optional("scheme")) {
      document.scheme_location = yaml::location_of(*scheme, file_);
      document.scheme = top.text("scheme", false);
    }
    // Both sections are read; the scheme decides which one it takes, and
    // which one is there by mistake (resolve_assessment).
    for (const auto& [key, value] : root.entries) {
      if (key->kind != yaml::NodeKind::scalar) continue;
      if (key->value == "ratings") {
        document.records.emplace_back(parse_written_ratings(*key, *value, file_, diagnostics_));
      } else if (key->value == "facts") {
        document.records.emplace_back(parse_written_facts(*key, *value, file_, diagnostics_));
      } else if (key->value == "scope") {
        document.scope = read_scope(*key, *value, file_, diagnostics_);
      }
    }
    return true;
  }

 private:
  const std::string& file_;
  Diagnostics& diagnostics_;
};

}  // namespace

std::optional<AssessmentDocument> parse_assessment(std::string_view text, const std::string& file,
                                                   Diagnostics& diagnostics) {
  // Counted before reading: the reader reports a duplicate key and still
  // returns the tree (keeping the first entry), and such a file must not score.
  const std::size_t errors_before = diagnostics.error_count();
  yaml::NodePtr root = yaml::read_yaml(text, file, diagnostics);
  if (!root) return std::nullopt;
  AssessmentDocument document;
  document.file = file;
  if (!AssessmentParser(file, diagnostics).read(*root, document)) return std::nullopt;
  document.valid = diagnostics.error_count() == errors_before;
  return document;
}

}  // namespace cityseceval
