// The consistency checks of an indicator tree. A tree that fails any error
// check is never used for scoring, so these are what stand between a typo in
// a published tree file and a wrong number in a report.
#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <unordered_map>

#include "cityseceval/load.h"
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
        error(indicator.location, fmt::format("bonus section {} must declare its \"cap\"", indicator.id),
              "bonus-cap");
      }
    }
    if (total != scheme_.max_points) {
      // At the declared maximum; a tree without one has already been refused.
      SourceLocation where = scheme_.max_points_location.file.empty() ? SourceLocation{scheme_.file, 1, 1}
                                                                        : scheme_.max_points_location;
      error(where,
            fmt::format("the top-level indicators' points add up to {}, but max_points is {}", total.short_string(),
                        scheme_.max_points.short_string()),
            "points-total");
    }
    if (scheme_.title_en.empty()) warning({scheme_.file, 1, 1}, "the scheme has no English title (title_en)");
    std::visit(overloaded{[&](const RatingMean& kind) { check_scale(kind.scale); }, [](const PointsSum&) {}},
               scheme_.aggregation);
    check_grades();
  }

 private:
  void error(SourceLocation where, std::string message, std::string rule) {
    diagnostics_.error(std::move(where), std::move(message), std::move(rule));
  }
  void warning(SourceLocation where, std::string message) {
    diagnostics_.warning(std::move(where), std::move(message), "missing-english");
  }

  void check_id(const std::string& id, const SourceLocation& where) {
    auto [it, inserted] = seen_ids_.emplace(id, where.line);
    if (!inserted) error(where, fmt::format("duplicate ID \"{}\"; first used at line {}", id, it->second), "duplicate-id");
  }

  void check_indicator(const Indicator& indicator, const Indicator* parent) {
    check_id(indicator.id, indicator.location);
    if (parent && !(indicator.id.starts_with(parent->id + ".") &&
                    is_positive_whole(std::string_view(indicator.id).substr(parent->id.size() + 1)))) {
      error(indicator.location,
            fmt::format("indicator {} is under {}; its ID must be \"{}.<n>\"", indicator.id, parent->id, parent->id),
            "id-parent");
    }
    // The same rule one level up: a top-level ID is the "<n>" its children extend.
    if (!parent && !indicator.id.empty() && !is_positive_whole(indicator.id)) {
      error(indicator.location,
            fmt::format("indicator {} is at the top level; its ID must be a whole number such as \"1\"", indicator.id),
            "id-parent");
    }
    if (indicator.name_en.empty()) {
      warning(indicator.location, fmt::format("indicator {} has no English name (name_en)", indicator.id));
    }
    if (indicator.children.empty() && indicator.items.empty()) {
      error(indicator.location, fmt::format("indicator {} has no items", indicator.id), "no-items");
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
              fmt::format("indicator {} has {} points, but its children's points add up to {}", indicator.id,
                          indicator.points.short_string(), sum.short_string()),
              "points-sum");
      }
    }
    check_items(indicator);
    if (indicator.is_rated()) {
      std::visit(overloaded{[&](const RatingMean&) { check_direct_score(indicator); },
                            [&](const PointsSum&) { check_item_points(indicator); }},
                 scheme_.aggregation);
    }
  }

  void check_items(const Indicator& indicator) {
    for (std::size_t n = 0; n < indicator.items.size(); ++n) {
      const Item& item = indicator.items[n];
      check_id(item.id, item.location);
      std::string expected = fmt::format("{}.{}", indicator.id, n + 1);
      if (item.id != expected) {
        error(item.location,
              fmt::format("item {} is item number {} of indicator {}; its ID must be \"{}\"", item.id, n + 1,
                          indicator.id, expected),
              "item-id");
      }
    }
  }

  // rating-mean: at most one direct-score item per indicator.
  void check_direct_score(const Indicator& indicator) {
    const Item* direct = nullptr;
    for (const Item& item : indicator.items) {
      if (!std::get<RatedItem>(item.kind).direct_score) continue;
      if (direct) {
        error(item.location,
              fmt::format("indicator {} has a second direct-score item {}; at most one is allowed (first: {})",
                          indicator.id, item.id, direct->id),
              "direct-score");
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
            fmt::format("indicator {} has {} points, but its items' points add up to {}", indicator.id,
                        indicator.points.short_string(), sum.short_string()),
            "points-sum");
    }
  }

  void check_scale(const RatingScale& scale) {
    const auto& levels = scale.levels;
    if (levels.empty()) error({scheme_.file, 1, 1}, "the rating scale has no levels", "scale-value");
    for (std::size_t i = 0; i < levels.size(); ++i) {
      const RatingLevel& level = levels[i];
      if (level.name_en.empty()) {
        warning(level.location, fmt::format("rating \"{}\" has no English name (name_en)", level.id));
      }
      if (level.value > Rational(1)) {
        error(level.location,
              fmt::format("rating \"{}\" has value {}; values must be within [0, 1]", level.id,
                          level.value.short_string()),
              "scale-value");
      }
      for (std::size_t j = 0; j < i; ++j) {
        const RatingLevel& other = levels[j];
        if (other.value == level.value) {
          error(level.location,
                fmt::format("ratings \"{}\" and \"{}\" have the same value {}", other.id, level.id,
                            level.value.short_string()),
                "scale-duplicate");
        }
        for (const std::string& word : {level.id, level.name}) {
          if (word == other.id || word == other.name) {
            error(level.location, fmt::format("the rating word \"{}\" is used twice in the scale", word),
                  "scale-duplicate");
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
        error(bands[i].location,
              fmt::format("grade bands must be listed from highest to lowest: \"{}\" comes after \"{}\"",
                          bands[i].id, bands[i - 1].id),
              "grade-bands");
        return;
      }
    }
    for (std::size_t i = 0; i < bands.size(); ++i) {
      const GradeBand& band = bands[i];
      if (band.min > band.max || (band.min == band.max && !(band.min_inclusive && band.max_inclusive))) {
        error(band.location, fmt::format("grade band \"{}\" is empty: min {} is not below max {}", band.id,
                                         band.min.short_string(), band.max.short_string()),
              "grade-bands");
        return;
      }
      if (i == 0) {
        if (band.max != scheme_.max_points || !band.max_inclusive) {
          error(band.location,
                fmt::format("the highest grade band \"{}\" must end at max_points {} inclusive", band.id,
                            scheme_.max_points.short_string()),
                "grade-bands");
        }
        continue;
      }
      check_adjacent(bands[i - 1], band);
    }
    if (!bands.empty() && (bands.back().min != Rational(0) || !bands.back().min_inclusive)) {
      error(bands.back().location,
            fmt::format("the lowest grade band \"{}\" must start at 0 inclusive", bands.back().id), "grade-bands");
    }
  }

  // A grade is reported by id in JSON and by name in text: two bands sharing
  // either would make two grades indistinguishable.
  void check_grade_names() {
    const auto& bands = scheme_.grades;
    for (std::size_t i = 0; i < bands.size(); ++i) {
      const GradeBand& band = bands[i];
      if (band.name_en.empty()) {
        warning(band.location, fmt::format("grade band \"{}\" has no English name (name_en)", band.id));
      }
      for (std::size_t j = 0; j < i; ++j) {
        const GradeBand& other = bands[j];
        if (band.id == other.id) {
          error(band.location,
                fmt::format("duplicate grade band ID \"{}\"; first used at line {}", band.id, other.location.line),
                "grade-duplicate");
        } else if (band.name == other.name) {
          error(band.location,
                fmt::format("grade bands \"{}\" and \"{}\" have the same name \"{}\"", other.id, band.id, band.name),
                "grade-duplicate");
        }
      }
    }
  }

  // `lower` comes right after `higher` and starts below it (check_grades).
  void check_adjacent(const GradeBand& higher, const GradeBand& lower) {
    auto where = lower.location;
    if (lower.max < higher.min) {
      error(where, fmt::format("gap between grade bands \"{}\" and \"{}\": scores between {} and {} have no grade",
                               lower.id, higher.id, lower.max.short_string(), higher.min.short_string()),
            "grade-bands");
    } else if (lower.max > higher.min) {
      error(where, fmt::format("grade bands \"{}\" and \"{}\" overlap between {} and {}", lower.id, higher.id,
                               higher.min.short_string(), lower.max.short_string()),
            "grade-bands");
    } else if (lower.max_inclusive == higher.min_inclusive) {
      error(where,
            fmt::format("the boundary {} between grade bands \"{}\" and \"{}\" must belong to exactly one of them",
                        higher.min.short_string(), lower.id, higher.id),
            "grade-bands");
    }
  }

  const Scheme& scheme_;
  Diagnostics& diagnostics_;
  std::unordered_map<std::string, int> seen_ids_;
};

}  // namespace

void check_tree(const Scheme& scheme, Diagnostics& diagnostics) { TreeChecker(scheme, diagnostics).run(); }

}  // namespace cityseceval
