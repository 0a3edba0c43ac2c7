#include "rating_mean.h"

#include <utility>

namespace cityseceval {

void score_rated_indicator(const Indicator& indicator, const RatingMean&, const Assessment& assessment,
                           IndicatorResult& result) {
  MeanOfRatings aggregate;
  Rational sum;
  const RatingLevel* direct = nullptr;
  result.items.reserve(indicator.items.size());
  for (const Item& item : indicator.items) {
    // Resolving guarantees a rating for every item in scope of a rating-mean scheme.
    const ItemRecord* record = assessment.find(item);
    const Rating* rating = record ? std::get_if<Rating>(&record->value) : nullptr;
    if (!rating) continue;
    result.items.push_back({&item, RatedItemResult{rating->level, rating->note, rating->reason, rating->evidence}});
    // An item that does not apply leaves the mean: m counts the others (A.4).
    if (!rating->applicable()) continue;
    ++aggregate.rated;
    sum += rating->level->value;
    if (std::get<RatedItem>(item.kind).direct_score) direct = rating->level;
  }
  // Every item na: the indicator leaves the earned points and the maximum alike.
  if (aggregate.rated == 0) {
    result.status = Status::not_applicable;
    result.aggregate = std::move(aggregate);
    return;
  }
  aggregate.sum = sum;
  aggregate.mean = sum / Rational(static_cast<long>(aggregate.rated));
  aggregate.satisfaction = aggregate.mean;
  if (direct && direct->value > aggregate.mean) {
    aggregate.satisfaction = direct->value;
    aggregate.direct_score_applied = true;
  }
  result.earned = aggregate.satisfaction * indicator.points;
  result.evaluated = indicator.points;
  result.aggregate = std::move(aggregate);
}

}  // namespace cityseceval
