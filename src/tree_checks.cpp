// The consistency checks of an indicator tree. A tree that fails any error
// check is never used for scoring, so these are what stand between a typo in
// a published tree file and a wrong number in a report.
#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <unordered_map>

#include "cityseceval/load.h"
#include "cityseceval/messages.h"
#include "overloaded.h"

namespace cityseceval {

namespace {

bool is_positive_whole(std::string_view text) {
  if (text.empty() || text.front() == '0') return false;
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

class TreeChecker {
 public:
  TreeChecker(const Scheme& scheme, Diagnostics& diagnostics) : scheme_(scheme), diagnostics_(diagnostics) {}

  void run() {
    Rational total;
    for (const Indicator& indicator : scheme_.indicators) {
      check_indicator(indicator, nullptr);
      // A bonus section is added on top of max_points, up to its cap.
      if (!indicator.bonus) total += indicator.points;
      if (indicator.bonus && !indicator.cap) {
        error(indicator.location, message(MessageId::bonus_cap, {indicator.id}), RuleId::bonus_cap);
      }
    }
    if (total != scheme_.max_points) {
      // At the declared maximum; a tree without one has already been refused.
      SourceLocation where = scheme_.max_points_location.file.empty() ? SourceLocation{scheme_.file, 1, 1}
                                                                        : scheme_.max_points_location;
      error(where, message(MessageId::points_total, {total.short_string(), scheme_.max_points.short_string()}),
            RuleId::points_total);
    }
    if (scheme_.title_en.empty()) warning({scheme_.file, 1, 1}, message(MessageId::no_title_en));
    std::visit(overloaded{[&](const RatingMean& kind) { check_scale(kind.scale); }, [](const PointsSum&) {}},
               scheme_.aggregation);
    check_grades();
  }

 private:
  void error(SourceLocation where, Text text, RuleId rule) { diagnostics_.error(std::move(where), std::move(text), rule); }
  void warning(SourceLocation where, Text text) {
    diagnostics_.warning(std::move(where), std::move(text), RuleId::missing_english);
  }

  void check_id(const std::string& id, const SourceLocation& where) {
    auto [it, inserted] = seen_ids_.emplace(id, where.line);
    if (!inserted) error(where, message(MessageId::duplicate_id, {id, it->second}), RuleId::duplicate_id);
  }

  void check_indicator(const Indicator& indicator, const Indicator* parent) {
    check_id(indicator.id, indicator.location);
    if (parent && !(indicator.id.starts_with(parent->id + ".") &&
                    is_positive_whole(std::string_view(indicator.id).substr(parent->id.size() + 1)))) {
      error(indicator.location, message(MessageId::id_under_parent, {indicator.id, parent->id}), RuleId::id_parent);
    }
    // The same rule one level up: a top-level ID is the "<n>" its children extend.
    if (!parent && !indicator.id.empty() && !is_positive_whole(indicator.id)) {
      error(indicator.location, message(MessageId::id_top_level, {indicator.id}), RuleId::id_parent);
    }
    if (indicator.name_en.empty()) {
      warning(indicator.location, message(MessageId::indicator_no_name_en, {indicator.id}));
    }
    if (indicator.children.empty() && indicator.items.empty()) {
      error(indicator.location, message(MessageId::no_items, {indicator.id}), RuleId::no_items);
    }
    if (!indicator.children.empty()) {
      Rational sum;
      for (const Indicator& child : indicator.children) {
        check_indicator(child, &indicator);
        sum += child.points;
      }
      // Bonus nodes may add up to more than their cap: the cap is the limit.
      if (sum != indicator.points && !indicator.bonus) {
        error(indicator.location,
              message(MessageId::children_points, {indicator.id, indicator.points.short_string(), sum.short_string()}),
              RuleId::points_sum);
      }
    }
    check_items(indicator);
    if (indicator.is_rated()) {
      std::visit(overloaded{[&](const RatingMean&) { check_direct_score(indicator); },
                            [&](const PointsSum&) { check_item_points(indicator); }},
                 scheme_.aggregation);
    }
  }

  // Items are numbered <indicator>.1, .2, ... in order, skipping the numbers
  // a tailoring retired (retired_numbers).
  void check_items(const Indicator& indicator) {
    std::set<unsigned long> retired = retired_numbers(indicator);
    unsigned long number = 0;
    for (std::size_t n = 0; n < indicator.items.size(); ++n) {
      const Item& item = indicator.items[n];
      check_id(item.id, item.location);
      ++number;
      while (retired.erase(number)) ++number;
      std::string expected = fmt::format("{}.{}", indicator.id, number);
      if (item.id != expected) {
        error(item.location, message(MessageId::item_number, {item.id, n + 1, indicator.id, expected}), RuleId::item_id);
      }
    }
    // A retired ID is one of the numbers the items skip or those right after
    // the last item (its removed last items): exactly the gaps, so an added
    // item's next number is never ambiguous.
    while (retired.erase(number + 1)) ++number;
    for (unsigned long left : retired) {
      std::string id = fmt::format("{}.{}", indicator.id, left);
      error(indicator.location, message(MessageId::retired_not_gap, {id, indicator.id}), RuleId::item_id);
    }
  }

  // The numbers of the indicator's retired item IDs; one that is not
  // "<indicator>.<n>" is reported here.
  std::set<unsigned long> retired_numbers(const Indicator& indicator) {
    std::set<unsigned long> numbers;
    for (const std::string& id : indicator.retired_items) {
      check_id(id, indicator.location);
      std::string_view number = std::string_view(id).substr(std::min(id.size(), indicator.id.size() + 1));
      if (id.starts_with(indicator.id + ".") && is_positive_whole(number) && number.size() < 10) {
        numbers.insert(std::stoul(std::string(number)));
      } else {
        error(indicator.location, message(MessageId::retired_not_gap, {id, indicator.id}), RuleId::item_id);
      }
    }
    return numbers;
  }

  // rating-mean: at most one direct-score item per indicator.
  void check_direct_score(const Indicator& indicator) {
    const Item* direct = nullptr;
    for (const Item& item : indicator.items) {
      if (!std::get<RatedItem>(item.kind).direct_score) continue;
      if (direct) {
        error(item.location, message(MessageId::second_direct_score, {indicator.id, item.id, direct->id}),
              RuleId::direct_score);
      } else {
        direct = &item;
      }
    }
  }

  // points-sum: an indicator's points are its items' maxima added up (a
  // bonus section's items need none: its cap bounds them).
  void check_item_points(const Indicator& indicator) {
    if (indicator.bonus) return;
    Rational sum;
    for (const Item& item : indicator.items) sum += std::get<RuleItem>(item.kind).points.value_or(Rational(0));
    if (sum != indicator.points) {
      error(indicator.location,
            message(MessageId::items_points, {indicator.id, indicator.points.short_string(), sum.short_string()}),
            RuleId::points_sum);
    }
  }

  void check_scale(const RatingScale& scale) {
    const auto& levels = scale.levels;
    if (levels.empty()) error({scheme_.file, 1, 1}, message(MessageId::scale_empty), RuleId::scale_value);
    for (std::size_t i = 0; i < levels.size(); ++i) {
      const RatingLevel& level = levels[i];
      if (level.name_en.empty()) {
        warning(level.location, message(MessageId::rating_no_name_en, {level.id}));
      }
      for (const std::string& word : {level.id, level.name}) {
        if (is_not_applicable_word(word)) {
          error(level.location, message(MessageId::scale_word_reserved, {word}), RuleId::scale_duplicate);
        }
      }
      if (level.value > Rational(1)) {
        error(level.location, message(MessageId::scale_value_range, {level.id, level.value.short_string()}),
              RuleId::scale_value);
      }
      for (std::size_t j = 0; j < i; ++j) {
        const RatingLevel& other = levels[j];
        if (other.value == level.value) {
          error(level.location, message(MessageId::scale_same_value, {other.id, level.id, level.value.short_string()}),
                RuleId::scale_duplicate);
        }
        for (const std::string& word : {level.id, level.name}) {
          if (word == other.id || word == other.name) {
            error(level.location, message(MessageId::scale_word_twice, {word}), RuleId::scale_duplicate);
          }
        }
      }
    }
  }

  // Bands are listed highest first and must tile [0, max_points]: each
  // boundary belongs to exactly one band, so every score has exactly one grade.
  void check_grades() {
    const auto& bands = scheme_.grades;
    check_grade_names();
    // Out of order, every later comparison would report a gap or an overlap
    // that is not there: the order is the one mistake worth reporting.
    for (std::size_t i = 1; i < bands.size(); ++i) {
      if (bands[i].min >= bands[i - 1].min) {
        error(bands[i].location, message(MessageId::bands_order, {bands[i].id, bands[i - 1].id}), RuleId::grade_bands);
        return;
      }
    }
    for (std::size_t i = 0; i < bands.size(); ++i) {
      const GradeBand& band = bands[i];
      if (band.min > band.max || (band.min == band.max && !(band.min_inclusive && band.max_inclusive))) {
        error(band.location, message(MessageId::band_empty, {band.id, band.min.short_string(), band.max.short_string()}),
              RuleId::grade_bands);
        return;
      }
      if (i == 0) {
        if (band.max != scheme_.max_points || !band.max_inclusive) {
          error(band.location, message(MessageId::band_top, {band.id, scheme_.max_points.short_string()}),
                RuleId::grade_bands);
        }
        continue;
      }
      check_adjacent(bands[i - 1], band);
    }
    if (!bands.empty() && (bands.back().min != Rational(0) || !bands.back().min_inclusive)) {
      error(bands.back().location, message(MessageId::band_bottom, {bands.back().id}), RuleId::grade_bands);
    }
  }

  // A grade is reported by id in JSON and by name in text: two bands sharing
  // either would make two grades indistinguishable.
  void check_grade_names() {
    const auto& bands = scheme_.grades;
    for (std::size_t i = 0; i < bands.size(); ++i) {
      const GradeBand& band = bands[i];
      if (band.name_en.empty()) {
        warning(band.location, message(MessageId::band_no_name_en, {band.id}));
      }
      for (std::size_t j = 0; j < i; ++j) {
        const GradeBand& other = bands[j];
        if (band.id == other.id) {
          error(band.location, message(MessageId::band_duplicate_id, {band.id, other.location.line}),
                RuleId::grade_duplicate);
        } else if (band.name == other.name) {
          error(band.location, message(MessageId::band_same_name, {other.id, band.id, band.name}),
                RuleId::grade_duplicate);
        }
      }
    }
  }

  // `lower` comes right after `higher` and starts below it (check_grades).
  void check_adjacent(const GradeBand& higher, const GradeBand& lower) {
    auto where = lower.location;
    if (lower.max < higher.min) {
      error(where,
            message(MessageId::band_gap, {lower.id, higher.id, lower.max.short_string(), higher.min.short_string()}),
            RuleId::grade_bands);
    } else if (lower.max > higher.min) {
      error(where,
            message(MessageId::band_overlap, {lower.id, higher.id, higher.min.short_string(), lower.max.short_string()}),
            RuleId::grade_bands);
    } else if (lower.max_inclusive == higher.min_inclusive) {
      error(where, message(MessageId::band_boundary, {higher.min.short_string(), lower.id, higher.id}),
            RuleId::grade_bands);
    }
  }

  const Scheme& scheme_;
  Diagnostics& diagnostics_;
  std::unordered_map<std::string, int> seen_ids_;
};

}  // namespace

void check_tree(const Scheme& scheme, Diagnostics& diagnostics) { TreeChecker(scheme, diagnostics).run(); }

}  // namespace cityseceval
