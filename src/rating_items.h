// Loading the rating-mean kind (tree.h): its items in a tree file, its
// `ratings:` in an assessment, and those ratings checked against the scale.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "assessment_document.h"
#include "cityseceval/assessment.h"
#include "cityseceval/diagnostic.h"
#include "cityseceval/tree.h"
#include "yaml_fields.h"
#include "yaml_reader.h"

namespace cityseceval {

// Reports every key an item of a rating-mean tree may not have [unknown-key].
void allow_rated_item_keys(MappingReader& fields);

// The kind's own fields of an item mapping (`direct_score`).
RatedItem read_rated_item(MappingReader& fields);

// `ratings:` as written: a mapping from rated-indicator IDs to lists of
// ratings, each a word, a number or {rating: ..., note: ...} [wrong-type].
WrittenRatings parse_written_ratings(const yaml::Node& key, const yaml::Node& value, const std::string& file,
                                     Diagnostics& diagnostics);

// Every written rating checked against `scheme`'s scale: known rated
// indicators, one rating per item, each on the scale. Returns nullopt, with
// every problem in `diagnostics`, unless the document is complete and valid.
// Rule ids: unknown-indicator, missing-indicator, rating-count,
// invalid-rating, unrated-items, unfilled-field, missing-key, wrong-type
// (`facts:` given to a rating scheme).
std::optional<Assessment> resolve_ratings(const AssessmentDocument& document, const Scheme& scheme,
                                          const RatingMean& kind, std::vector<const Indicator*> scope,
                                          const ReadOptions& options, Diagnostics& diagnostics);

}  // namespace cityseceval
