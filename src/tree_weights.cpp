#include "tree_weights.h"

#include "cityseceval/messages.h"

namespace cityseceval {

namespace {

bool any_weight(const std::vector<Indicator>& indicators) {
  for (const Indicator& indicator : indicators) {
    if (indicator.weight || any_weight(indicator.children)) return true;
  }
  return false;
}

class WeightDeriver {
 public:
  explicit WeightDeriver(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

  // Every group of siblings, each on its own: all problems at once.
  // `parent` is null at the top level.
  void check(const std::vector<Indicator>& group, const Indicator* parent) {
    Rational sum;
    const Indicator* first = nullptr;
    bool valid = true;
    for (const Indicator& indicator : group) {
      if (!check_weight(indicator)) {
        valid = false;
      } else if (indicator.weight) {
        sum += *indicator.weight;
        // Reported where a weight was written: a profile writes only some.
        if (!first || (first->weight_location.file.empty() && !indicator.weight_location.file.empty())) {
          first = &indicator;
        }
      }
      check(indicator.children, &indicator);
    }
    if (valid && first && sum != Rational(1)) report_sum(*first, parent, sum);
  }

  // Once every group sums to 1: each indicator's points from its parent's.
  static void derive(std::vector<Indicator>& group, const Rational& whole) {
    for (Indicator& indicator : group) {
      if (indicator.bonus) continue;
      indicator.points = *indicator.weight * whole;
      derive(indicator.children, indicator.points);
    }
  }

 private:
  // One weight on its own: present on every indicator but a bonus section
  // (the loader reported a missing one), above 0 and at most 1.
  bool check_weight(const Indicator& indicator) {
    if (indicator.bonus) {
      if (!indicator.weight) return true;
      diagnostics_.error(indicator.weight_location, message(MessageId::weight_bonus, {indicator.id}),
                         RuleId::weight_value);
      return false;
    }
    if (!indicator.weight) return false;
    if (*indicator.weight == Rational(0) || *indicator.weight > Rational(1)) {
      diagnostics_.error(indicator.weight_location,
                         message(MessageId::weight_range, {indicator.id, indicator.weight->exact_text()}),
                         RuleId::weight_value);
      return false;
    }
    return true;
  }

  void report_sum(const Indicator& first, const Indicator* parent, const Rational& sum) {
    // Close to 1 but not 1: a share such as 1/3 was rounded to a decimal.
    Rational off = sum > Rational(1) ? sum - Rational(1) : Rational(1) - sum;
    Text hint = off < Rational(1, 100) ? message(MessageId::weights_fraction_hint) : Text{};
    Text problem = parent ? message(MessageId::weights_sum_children, {parent->id, sum.exact_text(), hint})
                          : message(MessageId::weights_sum_top, {sum.exact_text(), hint});
    diagnostics_.error(first.weight_location, problem, RuleId::weights_sum);
  }

  Diagnostics& diagnostics_;
};

}  // namespace

void derive_points_from_weights(Scheme& scheme, Diagnostics& diagnostics) {
  if (!any_weight(scheme.indicators)) return;
  if (std::holds_alternative<PointsSum>(scheme.aggregation)) {
    // Points-sum indicators add up their items' points: a weight has no meaning there.
    for (const Indicator& indicator : scheme.indicators) {
      if (!indicator.weight) continue;
      diagnostics.error(indicator.weight_location, message(MessageId::weight_points_sum, {indicator.id}),
                        RuleId::weight_value);
      return;
    }
    return;
  }
  std::size_t errors_before = diagnostics.error_count();
  WeightDeriver(diagnostics).check(scheme.indicators, nullptr);
  if (diagnostics.error_count() == errors_before) WeightDeriver::derive(scheme.indicators, scheme.max_points);
}

}  // namespace cityseceval
