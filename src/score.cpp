#include "cityseceval/score.h"

namespace cityseceval {

namespace {

class Scorer {
 public:
  Scorer(const Scheme& scheme, const Assessment& assessment) : scheme_(scheme), assessment_(assessment) {}

  IndicatorResult score(const Indicator& indicator) const {
    IndicatorResult result;
    result.indicator = &indicator;
    result.max = indicator.points;
    if (indicator.is_rated() && scheme_.aggregation == Aggregation::points_sum) {
      score_items(indicator, result);
    } else if (indicator.is_rated()) {
      score_rated(indicator, result);
    } else {
      result.children.reserve(indicator.children.size());
      for (const Indicator& child : indicator.children) {
        result.children.push_back(score(child));
        result.earned += result.children.back().earned;
      }
    }
    result.raw = result.earned;
    // A section's deductions never reach below its floor (a declared decision).
    if (indicator.floor && result.earned < *indicator.floor) result.earned = *indicator.floor;
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
      ItemResult item;
      item.item = rating.item;
      item.rating = rating.level;
      item.note = rating.note;
      result.items.push_back(std::move(item));
    }
    result.mean = sum / Rational(static_cast<long>(ratings->items.size()));
    result.satisfaction = result.mean;
    if (direct && direct->value > result.mean) {
      result.satisfaction = direct->value;
      result.direct_score_applied = true;
    }
    result.earned = result.satisfaction * indicator.points;
  }

  // points-sum: each item earns what its rule gives for the recorded fact.
  void score_items(const Indicator& indicator, IndicatorResult& result) const {
    for (const Item& item : indicator.items) {
      const ItemFact* fact = assessment_.find_fact(item.id);
      if (!fact || !item.rule) continue;  // resolve_assessment guarantees both
      RuleOutcome outcome = evaluate(*item.rule, fact->fact);
      ItemResult entry;
      entry.item = &item;
      entry.fact = &fact->fact;
      entry.note = fact->fact.note;
      entry.points = outcome.points;
      entry.explanation = std::move(outcome.explanation);
      entry.explanation_en = std::move(outcome.explanation_en);
      result.earned += entry.points;
      result.items.push_back(std::move(entry));
    }
  }

  const Scheme& scheme_;
  const Assessment& assessment_;
};

// The total of a scheme with a bonus section: the main sections, plus the
// bonus up to its cap, and the whole up to the total cap.
void apply_bonus(const Scheme& scheme, ScoreResult& result) {
  for (const IndicatorResult& node : result.indicators) {
    if (!node.indicator->bonus) {
      result.sections += node.earned;
      continue;
    }
    result.has_bonus = true;
    result.bonus_raw += node.raw;
    result.bonus += node.indicator->cap && node.raw > *node.indicator->cap ? *node.indicator->cap : node.raw;
  }
  result.total_before_cap = result.sections + result.bonus;
  result.composite = result.total_before_cap;
  if (scheme.total_cap && result.composite > *scheme.total_cap) result.composite = *scheme.total_cap;
}

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
  Scorer scorer(scheme, assessment);
  result.indicators.reserve(scheme.indicators.size());
  for (const Indicator& indicator : scheme.indicators) {
    result.indicators.push_back(scorer.score(indicator));
    // A bonus section's own cap: its earned points are what it adds.
    IndicatorResult& node = result.indicators.back();
    if (indicator.bonus && indicator.cap && node.earned > *indicator.cap) node.earned = *indicator.cap;
  }
  apply_bonus(scheme, result);
  result.reported = result.composite.rounded(scheme.precision.decimals, scheme.precision.rounding);
  result.grade = scheme.grade_for(result.reported);
  return result;
}

}  // namespace cityseceval
