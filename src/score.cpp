#include "cityseceval/score.h"

namespace cityseceval {

namespace {

class Scorer {
 public:
  explicit Scorer(const Assessment& assessment) : assessment_(assessment) {}

  IndicatorResult score(const Indicator& indicator) const {
    IndicatorResult result;
    result.indicator = &indicator;
    result.max = indicator.points;
    if (indicator.is_rated()) {
      score_rated(indicator, result);
    } else {
      for (const Indicator& child : indicator.children) {
        result.children.push_back(score(child));
        result.earned += result.children.back().earned;
      }
    }
    return result;
  }

 private:
  void score_rated(const Indicator& indicator, IndicatorResult& result) const {
    const IndicatorRatings* ratings = assessment_.find(indicator.id);
    // resolve_assessment guarantees one rating per item; an empty list cannot
    // reach here, but dividing by it must not be possible either.
    if (!ratings || ratings->items.empty()) return;
    Rational sum;
    const RatingLevel* direct = nullptr;
    for (const ItemRating& rating : ratings->items) {
      sum += rating.level->value;
      if (rating.item->direct_score) direct = rating.level;
      result.items.push_back({rating.item, rating.level, rating.note});
    }
    result.mean = sum / Rational(static_cast<long>(ratings->items.size()));
    result.satisfaction = result.mean;
    if (direct && direct->value > result.mean) {
      result.satisfaction = direct->value;
      result.direct_score_applied = true;
    }
    result.earned = result.satisfaction * indicator.points;
  }

  const Assessment& assessment_;
};

}  // namespace

Rational IndicatorResult::percent() const {
  if (max == Rational(0)) return Rational(0);
  return earned / max * Rational(100);
}

std::string ScoreResult::format(const Rational& value) const {
  return value.decimal_string(scheme->precision.decimals, scheme->precision.rounding);
}

ScoreResult score(const Scheme& scheme, const Assessment& assessment) {
  ScoreResult result;
  result.scheme = &scheme;
  result.file = assessment.file;
  result.city = assessment.city;
  result.period = assessment.period;
  result.max = scheme.max_points;
  Scorer scorer(assessment);
  for (const Indicator& indicator : scheme.indicators) {
    result.indicators.push_back(scorer.score(indicator));
    result.composite += result.indicators.back().earned;
  }
  result.reported = result.composite.rounded(scheme.precision.decimals, scheme.precision.rounding);
  result.grade = scheme.grade_for(result.reported);
  return result;
}

}  // namespace cityseceval
