#include "scoring_support.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include "cityseceval/assessment.h"
#include "cityseceval/input.h"

namespace cityseceval::testing {

std::string assessment_text(const Scheme& scheme, const std::string& word,
                            const std::map<std::string, std::string>& overrides, const std::string& extra) {
  std::string text = "city: 测试市\nperiod: \"2025\"\n" + extra + "ratings:\n";
  for (const Indicator* rated : scheme.rated_indicators()) {
    auto it = overrides.find(rated->id);
    std::string list;
    if (it != overrides.end()) {
      if (it->second.empty()) continue;
      list = it->second;
    } else {
      for (std::size_t i = 0; i < rated->items.size(); ++i) list += (i ? ", " : "") + word;
      list = "[" + list + "]";
    }
    text += "  " + rated->id + ": " + list + "\n";
  }
  return text;
}

std::map<std::string, std::string> only_in(const Scheme& scheme, const std::vector<std::string>& dimensions,
                                           std::map<std::string, std::string> overrides) {
  for (const Indicator* rated : scheme.rated_indicators()) {
    const std::string& dimension = scheme.dimension_of(*rated).id;
    if (std::find(dimensions.begin(), dimensions.end(), dimension) == dimensions.end()) overrides[rated->id] = "";
  }
  return overrides;
}

ScoreResult score_text(const Scheme& scheme, const std::string& text) {
  Diagnostics diagnostics;
  auto assessment = read_assessment(text, "test.yaml", scheme, diagnostics);
  INFO((diagnostics.all().empty() ? std::string() : format_diagnostic(diagnostics.all()[0], Language::en)));
  REQUIRE(assessment);
  REQUIRE_FALSE(diagnostics.has_errors());
  return score(scheme, *assessment);
}

ScoreResult score_all(const Scheme& scheme, const std::string& word,
                      const std::map<std::string, std::string>& overrides) {
  return score_text(scheme, assessment_text(scheme, word, overrides));
}

const IndicatorResult* find_result(const std::vector<IndicatorResult>& results, std::string_view id) {
  for (const IndicatorResult& result : results) {
    if (result.indicator->id == id) return &result;
    if (const IndicatorResult* found = find_result(result.children, id)) return found;
  }
  return nullptr;
}

const IndicatorResult& result_for(const ScoreResult& result, std::string_view id) {
  const IndicatorResult* found = find_result(result.indicators, id);
  INFO("indicator " << id);
  REQUIRE(found != nullptr);
  return *found;
}

const MeanOfRatings& mean_of(const IndicatorResult& rated) {
  REQUIRE(rated.aggregate);
  const auto* mean = std::get_if<MeanOfRatings>(&*rated.aggregate);
  REQUIRE(mean);
  return *mean;
}

const RatedItemResult& rated_item(const ItemResult& item) {
  const auto* rated = std::get_if<RatedItemResult>(&item.outcome);
  REQUIRE(rated);
  return *rated;
}

std::vector<std::string> ids_of(const std::vector<const Indicator*>& indicators) {
  std::vector<std::string> ids;
  for (const Indicator* indicator : indicators) ids.push_back(indicator->id);
  return ids;
}

std::string grade_of(const ScoreResult& result) { return result.grade ? result.grade->id : "(none)"; }

}  // namespace cityseceval::testing
