// An assessment: what an assessor recorded about one city, item by item.
//
// Reading one happens in two steps, because the file itself names the scheme
// it is scored against:
//   1. parse_assessment() reads the file into an AssessmentDocument: the
//      header fields and every rating as written, with its location. Only the
//      file's own shape is checked here (keys, lists, mappings).
//   2. resolve_assessment() checks that document against a Scheme (known IDs,
//      one rating per item, every rating on the scale) and yields an
//      Assessment the engine can score.
// Other front ends (a CSV template, later) produce the same AssessmentDocument.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cityseceval/diagnostic.h"
#include "cityseceval/rational.h"
#include "cityseceval/tree.h"

namespace cityseceval {

namespace yaml {
struct Node;
}

// One rating exactly as written, not yet checked against a scale.
struct WrittenRating {
  // `reported`: a malformed long form the parser has already reported.
  enum class Kind { scalar, empty, list, mapping, reported };
  Kind kind = Kind::scalar;
  std::string text;    // the scalar's text ("full", "0.8", "全部满足")
  bool plain = true;   // unquoted: only then can it be a YAML boolean or null
  std::string note;    // from the mapping form {rating: ..., note: ...}
  SourceLocation location;
};

// The ratings of one rated indicator, as written under `ratings:`.
struct WrittenIndicator {
  std::string id;
  SourceLocation location;         // the key
  SourceLocation list_location;    // the value
  bool is_list = true;             // false when the value was not a list (already reported)
  std::vector<WrittenRating> ratings;
};

// The fact recorded for one item under `facts:` (points-sum schemes), kept as
// written until the item's rule is known.
struct WrittenFact {
  std::string item_id;
  SourceLocation location;  // the key
  std::shared_ptr<const yaml::Node> value;
};

struct AssessmentDocument {
  std::string file;
  std::string city;
  std::string period;
  std::optional<std::string> scheme;  // as written: a built-in id or a path
  SourceLocation scheme_location;
  // Where the city and the period were written (file empty when they were
  // not): an unfilled template's `todo` there is reported at that place.
  SourceLocation city_location;
  SourceLocation period_location;
  SourceLocation ratings_location;    // the `ratings` key, or the document start
  // Whether `ratings` was read as a mapping: only then can indicators be missing.
  bool ratings_read = false;
  // False when parse_assessment reported any error: such a document is never
  // resolved into an Assessment, though resolving it still reports its other problems.
  bool valid = true;
  std::vector<WrittenIndicator> indicators;
  // `facts:`, for points-sum schemes; `facts_read` when it was a mapping.
  std::vector<WrittenFact> facts;
  SourceLocation facts_location;
  bool facts_read = false;
  bool has_ratings_key = false;
  bool has_facts_key = false;
};

// A rating checked against the scheme's scale.
struct ItemRating {
  const Item* item = nullptr;
  const RatingLevel* level = nullptr;
  std::string note;
  SourceLocation location;
};

struct IndicatorRatings {
  const Indicator* indicator = nullptr;
  std::vector<ItemRating> items;  // one per item, in the indicator's item order
};

// A complete, valid assessment against one scheme: every rated indicator of
// the scheme has exactly one on-scale rating per item.
// A fact checked against its item's rule.
struct ItemFact {
  const Item* item = nullptr;
  Fact fact;
};

struct Assessment {
  std::string file;
  std::string city;
  std::string period;
  std::vector<IndicatorRatings> indicators;  // rating-mean: in the scheme's tree order
  std::vector<ItemFact> facts;               // points-sum: every item, in tree order

  const IndicatorRatings* find(std::string_view indicator_id) const;
  const ItemFact* find_fact(std::string_view item_id) const;
};

// Step 1. `text` is the file's content, `file` its name for messages.
// Returns nullopt when the file cannot be read as an assessment at all.
std::optional<AssessmentDocument> parse_assessment(std::string_view text, const std::string& file,
                                                   Diagnostics& diagnostics);

// Step 2. Returns nullopt, with every problem found in `diagnostics`, unless
// the document is a complete valid assessment for `scheme`. The result points
// into `scheme`, which must outlive it.
std::optional<Assessment> resolve_assessment(const AssessmentDocument& document, const Scheme& scheme,
                                             Diagnostics& diagnostics);

}  // namespace cityseceval
