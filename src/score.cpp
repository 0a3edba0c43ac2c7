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
    if (indicator.level == 1 && !assessment_.in_scope(indicator)) {
      result.status = Status::out_of_scope;
      return result;
    }
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
      bool any_evaluated = false;
      bool all_evaluated = true;
      for (const Indicator& child : indicator.children) {
        const IndicatorResult& scored = result.children.emplace_back(score(child));
        result.earned += scored.earned;
        result.evaluated += scored.evaluated;
        any_evaluated = any_evaluated || scored.status == Status::evaluated;
        all_evaluated = all_evaluated && scored.status == Status::evaluated && scored.evaluated == scored.max;
      }
      if (!any_evaluated) result.status = Status::not_applicable;
      // Whole, it counts its own points: a bonus section's children may add
      // up to more than its cap.
      if (all_evaluated) result.evaluated = indicator.points;
    }
    result.raw = result.earned;
    if (result.status != Status::evaluated) return result;
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

// The main sections' score: the points earned, scaled to max_points when
// part of the scheme was not evaluated (a scope, or indicators all na).
Rational sections(const Scheme& scheme, ScoreResult& result) {
  EvaluatedPart& part = result.evaluated;
  for (const IndicatorResult& node : result.indicators) {
    if (node.indicator->bonus) continue;
    part.earned += node.earned;
    part.max += node.evaluated;
    if (node.status != Status::out_of_scope) part.scope_max += node.max;
  }
  // Resolving refuses an assessment with nothing to evaluate, so part.max > 0.
  part.scaled = part.max == scheme.max_points ? part.earned : part.earned / part.max * scheme.max_points;
  return part.scaled;
}

// The composite: the main sections, plus the bonus up to its cap, and the
// whole up to the total cap.
Rational total(const Scheme& scheme, ScoreResult& result) {
  BonusResult bonus;
  bonus.sections = sections(scheme, result);
  Rational sum = bonus.sections;
  for (const IndicatorResult& node : result.indicators) {
    if (!node.indicator->bonus) continue;
    sum += node.earned;
    bonus.raw += node.raw;
    bonus.capped += node.earned;
  }
  if (std::optional<Rational> cap = bonus_cap(scheme)) {
    bonus.cap = *cap;
    bonus.total_before_cap = sum;
    result.bonus = std::move(bonus);
  }
  if (scheme.total_cap && sum > *scheme.total_cap) return *scheme.total_cap;
  return sum;
}

// The rated indicators left out because all their items are na, in tree order.
void collect_not_applicable(const IndicatorResult& node, std::vector<const Indicator*>& out) {
  if (node.status == Status::not_applicable && node.indicator->is_rated()) out.push_back(node.indicator);
  for (const IndicatorResult& child : node.children) collect_not_applicable(child, out);
}

}  // namespace

Rational IndicatorResult::percent() const {
  if (sgn(evaluated.mpq()) == 0) return Rational(0);
  static const Rational hundred(100);
  return earned / evaluated * hundred;
}

std::string ScoreResult::format(const Rational& value) const {
  return scheme->precision.text(value);
}

std::string_view status_id(Status status) {
  switch (status) {
    case Status::evaluated: return "evaluated";
    case Status::out_of_scope: return "out-of-scope";
    case Status::not_applicable: return "not-applicable";
  }
  return "";
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
  result.scope = assessment.scope;
  for (const IndicatorResult& node : result.indicators) collect_not_applicable(node, result.not_applicable);
  result.composite = total(scheme, result);
  result.reported = scheme.precision.round(result.composite);
  result.grade = scheme.grade_for(result.reported);
  return result;
}

}  // namespace cityseceval
