#include "cityseceval/tree.h"

#include <algorithm>

#include "cityseceval/chinese_script.h"

namespace cityseceval {

const RatingLevel* RatingScale::find_word(std::string_view word) const {
  for (const RatingLevel& level : levels) {
    if (level.id == word || level.name == word) return &level;
  }
  // Ids are ASCII, and ASCII is the same in both scripts.
  if (std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) return nullptr;
  const std::string simplified = in_script(word, ChineseScript::simplified);
  for (const RatingLevel& level : levels) {
    if (in_script(level.name, ChineseScript::simplified) == simplified) return &level;
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

}  // namespace

void Scheme::build_index() {
  by_id_.clear();
  items_by_id_.clear();
  dimensions_.clear();
  parents_.clear();
  rated_.clear();
  // Depth first, parents before children: rated_ and the items' positions
  // come out in tree order. Each entry carries its top-level ancestor.
  std::vector<std::pair<Indicator*, const Indicator*>> pending;
  for (auto it = indicators.rbegin(); it != indicators.rend(); ++it) pending.emplace_back(&*it, &*it);
  while (!pending.empty()) {
    auto [indicator, dimension] = pending.back();
    pending.pop_back();
    by_id_.emplace(indicator->id, indicator);
    dimensions_.emplace(indicator, dimension);
    if (indicator->is_rated()) rated_.push_back(indicator);
    for (Item& item : indicator->items) {
      item.position = items_by_id_.size();
      items_by_id_.emplace(item.id, std::pair{indicator, &item});
    }
    for (auto it = indicator->children.rbegin(); it != indicator->children.rend(); ++it) {
      pending.emplace_back(&*it, dimension);
      parents_.emplace(&*it, indicator);
    }
  }
}

const Indicator& Scheme::dimension_of(const Indicator& indicator) const { return *dimensions_.at(&indicator); }

const Indicator* Scheme::parent_of(const Indicator& indicator) const {
  auto it = parents_.find(&indicator);
  return it == parents_.end() ? nullptr : it->second;
}

Rational Scheme::weight_of(const Indicator& indicator) const {
  const Indicator* parent = parent_of(indicator);
  const Rational& whole = parent ? parent->points : max_points;
  return whole == Rational(0) ? Rational(0) : indicator.points / whole;
}

const Item* Scheme::find_item(std::string_view id) const {
  auto it = items_by_id_.find(std::string(id));
  return it == items_by_id_.end() ? nullptr : it->second.second;
}

const Indicator* Scheme::item_owner(std::string_view id) const {
  auto it = items_by_id_.find(std::string(id));
  return it == items_by_id_.end() ? nullptr : it->second.first;
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
