// Scoring through the public API in tests: assessments written as YAML text
// for a scheme (read_assessment -> score), and the parts of a result to check.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/score.h"
#include "cityseceval/tree.h"

namespace cityseceval::testing {

// An assessment rating every item of every rated indicator `word`, except
// the indicators in `overrides`, whose value is the YAML list written for
// them. `extra` is written before `ratings:` (e.g. "scope: [\"6\"]\n"); an
// indicator whose override is empty is left out (outside a scope).
std::string assessment_text(const Scheme& scheme, const std::string& word,
                            const std::map<std::string, std::string>& overrides = {},
                            const std::string& extra = "");

// `overrides` for assessment_text() that also leaves out every rated
// indicator of the dimensions not in `dimensions`: the ratings of a scope.
std::map<std::string, std::string> only_in(const Scheme& scheme, const std::vector<std::string>& dimensions,
                                           std::map<std::string, std::string> overrides = {});

// Reads `text` against `scheme` (which must give no error) and scores it.
ScoreResult score_text(const Scheme& scheme, const std::string& text);

ScoreResult score_all(const Scheme& scheme, const std::string& word,
                      const std::map<std::string, std::string>& overrides = {});

// The result for indicator `id` anywhere in the result tree, or null.
const IndicatorResult* find_result(const std::vector<IndicatorResult>& results, std::string_view id);
// ... which must be there.
const IndicatorResult& result_for(const ScoreResult& result, std::string_view id);

// How a rated indicator of a rating-mean scheme made its points.
const MeanOfRatings& mean_of(const IndicatorResult& rated);
const RatedItemResult& rated_item(const ItemResult& item);

std::string grade_of(const ScoreResult& result);

// The IDs of `indicators`, in their order.
std::vector<std::string> ids_of(const std::vector<const Indicator*>& indicators);

}  // namespace cityseceval::testing
