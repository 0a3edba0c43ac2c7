// Step 1 of reading an assessment: the file's own shape (format:
// docs/assessment-format.md). Ratings are kept as written; the scale is
// applied in assessment_resolver.cpp once the scheme is known.
#include <fmt/format.h>

#include "cityseceval/assessment.h"
#include "yaml_fields.h"
#include "yaml_reader.h"

namespace cityseceval {

namespace {

class AssessmentParser {
 public:
  AssessmentParser(const std::string& file, Diagnostics& diagnostics) : file_(file), diagnostics_(diagnostics) {}

  // False when the root is not a mapping: nothing of an assessment to keep.
  bool read(const yaml::Node& root, AssessmentDocument& document) {
    document.ratings_location = yaml::location_of(root, file_);
    if (root.kind != yaml::NodeKind::mapping) {
      diagnostics_.error(yaml::location_of(root, file_),
                         fmt::format("expected an assessment: a mapping with \"city\" and \"ratings\", got {}",
                                     yaml::describe(root)),
                         "wrong-type");
      return false;
    }
    MappingReader top(root, file_, diagnostics_, "the assessment");
    top.allow_only({"scheme", "city", "period", "ratings", "facts"});
    document.city = top.text("city", true).value_or("");
    document.period = top.text("period", false).value_or("");
    if (!document.city.empty()) document.city_location = yaml::location_of(*top.optional("city"), file_);
    if (!document.period.empty()) document.period_location = yaml::location_of(*top.optional("period"), file_);
    if (const yaml::Node* scheme = top.optional("scheme")) {
      document.scheme_location = yaml::location_of(*scheme, file_);
      document.scheme = top.text("scheme", false);
    }
    for (const auto& [key, value] : root.entries) {
      if (key->kind == yaml::NodeKind::scalar && key->value == "ratings") {
        document.ratings_location = yaml::location_of(*key, file_);
      }
      if (key->kind == yaml::NodeKind::scalar && key->value == "facts") {
        document.facts_location = yaml::location_of(*key, file_);
      }
    }
    // Rule-based schemes take `facts:` instead; which one the scheme needs is
    // checked when the scheme is known (assessment_resolver.cpp).
    document.has_facts_key = top.optional("facts") != nullptr;
    document.has_ratings_key = top.optional("ratings") != nullptr;
    if (const yaml::Node* facts = top.optional("facts")) read_facts(*facts, document);
    if (!document.has_facts_key || document.has_ratings_key) {
      if (const yaml::Node* ratings = top.required("ratings")) read_ratings(*ratings, document);
    }
    return true;
  }

 private:
  // Facts stay YAML until the item's rule says what shape they must have.
  void read_facts(const yaml::Node& facts, AssessmentDocument& document) {
    if (facts.kind != yaml::NodeKind::mapping) {
      diagnostics_.error(yaml::location_of(facts, file_),
                         fmt::format("\"facts\" must be a mapping from item IDs to facts, got {}",
                                     yaml::describe(facts)),
                         "wrong-type");
      return;
    }
    document.facts_read = true;
    for (const auto& [key, value] : facts.entries) {
      auto id = scalar_key(*key, file_, diagnostics_);
      if (id) document.facts.push_back({*id, yaml::location_of(*key, file_), value});
    }
  }

  void read_ratings(const yaml::Node& ratings, AssessmentDocument& document) {
    if (ratings.kind != yaml::NodeKind::mapping) {
      diagnostics_.error(yaml::location_of(ratings, file_),
                         fmt::format("\"ratings\" must be a mapping from indicator IDs to lists of ratings, got {}",
                                     yaml::describe(ratings)),
                         "wrong-type");
      return;
    }
    document.ratings_read = true;
    for (const auto& [key, value] : ratings.entries) {
      auto id = scalar_key(*key, file_, diagnostics_);
      if (!id) continue;
      WrittenIndicator indicator;
      indicator.id = *id;
      indicator.location = yaml::location_of(*key, file_);
      indicator.list_location = yaml::location_of(*value, file_);
      if (value->kind == yaml::NodeKind::sequence) {
        for (const yaml::NodePtr& item : value->items) indicator.ratings.push_back(read_rating(*item, *id));
      } else {
        indicator.is_list = false;
        diagnostics_.error(indicator.list_location,
                           fmt::format("the ratings of {} must be a list with one rating per item, got {}", *id,
                                       yaml::describe(*value)),
                           "wrong-type");
      }
      document.indicators.push_back(std::move(indicator));
    }
  }

  WrittenRating read_rating(const yaml::Node& node, const std::string& indicator_id) {
    if (node.kind != yaml::NodeKind::mapping) return written(node);
    // The long form: {rating: full, note: "..."}. Later formats add keys here.
    MappingReader fields(node, file_, diagnostics_, fmt::format("a rating of {}", indicator_id));
    fields.allow_only({"rating", "note"});
    const yaml::Node* rating = fields.required("rating");
    WrittenRating result = rating ? written(*rating) : WrittenRating{};
    if (!rating) result.kind = WrittenRating::Kind::reported;
    result.location = rating ? yaml::location_of(*rating, file_) : fields.location();
    if (fields.optional("note")) result.note = fields.text("note", false).value_or("");
    return result;
  }

  WrittenRating written(const yaml::Node& node) {
    WrittenRating rating;
    rating.location = yaml::location_of(node, file_);
    rating.text = node.value;
    rating.plain = node.plain;
    switch (node.kind) {
      case yaml::NodeKind::null: rating.kind = WrittenRating::Kind::empty; break;
      case yaml::NodeKind::scalar: rating.kind = WrittenRating::Kind::scalar; break;
      case yaml::NodeKind::sequence: rating.kind = WrittenRating::Kind::list; break;
      case yaml::NodeKind::mapping: rating.kind = WrittenRating::Kind::mapping; break;
    }
    return rating;
  }

  const std::string& file_;
  Diagnostics& diagnostics_;
};

}  // namespace

std::optional<AssessmentDocument> parse_assessment(std::string_view text, const std::string& file,
                                                   Diagnostics& diagnostics) {
  yaml::NodePtr root = yaml::read_yaml(text, file, diagnostics);
  if (!root) return std::nullopt;
  AssessmentDocument document;
  document.file = file;
  std::size_t errors_before = diagnostics.error_count();
  if (!AssessmentParser(file, diagnostics).read(*root, document)) return std::nullopt;
  document.valid = diagnostics.error_count() == errors_before;
  return document;
}

}  // namespace cityseceval
