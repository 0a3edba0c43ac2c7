#include "cityseceval/tree.h"

namespace cityseceval {

const RatingLevel* RatingScale::find_word(std::string_view word) const {
  for (const RatingLevel& level : levels) {
    if (level.id == word || level.name == word) return &level;
  }
  return nullptr;
}

const RatingLevel* RatingScale::find_value(const Rational& value) const {
  for (const RatingLevel& level : levels) {
    if (level.value == value) return &level;
  }
  return nullptr;
}

bool GradeBand::contains(const Rational& score) const {
  bool above_min = min_inclusive ? score >= min : score > min;
  bool below_max = max_inclusive ? score <= max : score < max;
  return above_min && below_max;
}

namespace {

void index_subtree(const Indicator& indicator, std::unordered_map<std::string, const Indicator*>& by_id,
                   std::vector<const Indicator*>& rated) {
  by_id.emplace(indicator.id, &indicator);
  if (indicator.is_rated()) rated.push_back(&indicator);
  for (const Indicator& child : indicator.children) index_subtree(child, by_id, rated);
}

}  // namespace

void Scheme::build_index() {
  by_id_.clear();
  rated_.clear();
  for (const Indicator& indicator : indicators) index_subtree(indicator, by_id_, rated_);
}

const Indicator* Scheme::find_indicator(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : it->second;
}

std::size_t Scheme::item_count() const {
  std::size_t count = 0;
  for (const Indicator* indicator : rated_) count += indicator->items.size();
  return count;
}

const GradeBand* Scheme::grade_for(const Rational& reported) const {
  for (const GradeBand& band : grades) {
    if (band.contains(reported)) return &band;
  }
  return nullptr;
}

}  // namespace cityseceval
