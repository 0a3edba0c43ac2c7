#include "rating_mean.h"

namespace cityseceval {

void score_rated_indicator(const Indicator& indicator, const RatingMean&, const Assessment& assessment,
                           IndicatorResult& result) {
  MeanOfRatings aggregate;
  Rational sum;
  const RatingLevel* direct = nullptr;
  for (const Item& item : indicator.items) {
    // Resolving guarantees a rating for every item of a rating-mean scheme.
    const ItemRecord* record = assessment.find(item);
    const Rating* rating = record ? std::get_if<Rating>(&record->value) : nullptr;
    if (!rating || !rating->level) continue;
    sum += rating->level->value;
    if (std::get<RatedItem>(item.kind).direct_score) direct = rating->level;
    result.items.push_back({&item, RatedItemResult{rating->level, rating->note}});
  }
  // An indicator always has items, and every one is rated; dividing by an
  // empty list must not be possible all the same.
  if (!result.items.empty()) {
    aggregate.mean = sum / Rational(static_cast<long>(result.items.size()));
    aggregate.satisfaction = aggregate.mean;
  }
  if (direct && direct->value > aggregate.mean) {
    aggregate.satisfaction = direct->value;
    aggregate.direct_score_applied = true;
  }
  result.earned = aggregate.satisfaction * indicator.points;
  result.aggregate = aggregate;
}

}  // namespace cityseceval
