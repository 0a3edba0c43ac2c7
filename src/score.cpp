#include "cityseceval/score.h"

#include "overloaded.h"
#include "points_sum.h"
#include "rating_mean.h"

namespace cityseceval {

namespace {

class Scorer {
 public:
  Scorer(const Scheme& scheme, const Assessment& assessment) : scheme_(scheme), assessment_(assessment) {}

  IndicatorResult score(const Indicator& indicator) const {
    IndicatorResult result;
    result.indicator = &indicator;
    result.max = indicator.points;
    if (indicator.is_rated()) {
      std::visit(overloaded{[&](const RatingMean& kind) {
                              score_rated_indicator(indicator, kind, assessment_, result);
                            },
                            [&](const PointsSum& kind) {
                              score_rule_indicator(indicator, kind, assessment_, result);
                            }},
                 scheme_.aggregation);
    } else {
      result.children.reserve(indicator.children.size());
      for (const Indicator& child : indicator.children) {
        result.children.push_back(score(child));
        result.earned += result.children.back().earned;
      }
    }
    result.raw = result.earned;
    // A section's deductions never reach below its floor (a declared
    // decision); a bonus section adds at most its cap.
    if (indicator.floor && result.earned < *indicator.floor) {
      result.limit = Limit{Limit::Kind::floor, *indicator.floor};
    } else if (indicator.bonus && indicator.level == 1 && result.earned > bonus_cap(indicator)) {
      result.limit = Limit{Limit::Kind::cap, bonus_cap(indicator)};
    }
    if (result.limit) result.earned = result.limit->value;
    return result;
  }

 private:
  const Scheme& scheme_;
  const Assessment& assessment_;
};

// The total of a scheme with a bonus section: the main sections, plus the
// bonus up to its cap, and the whole up to the total cap.
Rational total(const Scheme& scheme, ScoreResult& result) {
  Rational sum;
  BonusResult bonus;
  for (const IndicatorResult& node : result.indicators) {
    sum += node.earned;
    if (!node.indicator->bonus) {
      bonus.sections += node.earned;
    } else {
      bonus.raw += node.raw;
      bonus.capped += node.earned;
    }
  }
  if (std::optional<Rational> cap = bonus_cap(scheme)) {
    bonus.cap = *cap;
    bonus.total_before_cap = sum;
    result.bonus = std::move(bonus);
  }
  if (scheme.total_cap && sum > *scheme.total_cap) return *scheme.total_cap;
  return sum;
}

}  // namespace

Rational IndicatorResult::percent() const {
  if (max == Rational(0)) return Rational(0);
  return earned / max * Rational(100);
}

std::string ScoreResult::format(const Rational& value) const {
  return value.decimal_string(scheme->precision.decimals, scheme->precision.rounding);
}

Rational bonus_cap(const Indicator& section) { return section.cap.value_or(section.points); }

std::optional<Rational> bonus_cap(const Scheme& scheme) {
  std::optional<Rational> cap;
  for (const Indicator& indicator : scheme.indicators) {
    if (indicator.bonus) cap = cap.value_or(Rational(0)) + bonus_cap(indicator);
  }
  return cap;
}

ScoreResult score(const Scheme& scheme, const Assessment& assessment) {
  ScoreResult result;
  result.scheme = &scheme;
  result.file = assessment.file;
  result.city = assessment.city;
  result.period = assessment.period;
  result.max = scheme.max_points;
  Scorer scorer(scheme, assessment);
  result.indicators.reserve(scheme.indicators.size());
  for (const Indicator& indicator : scheme.indicators) result.indicators.push_back(scorer.score(indicator));
  result.composite = total(scheme, result);
  result.reported = result.composite.rounded(scheme.precision.decimals, scheme.precision.rounding);
  result.grade = scheme.grade_for(result.reported);
  return result;
}

}  // namespace cityseceval
