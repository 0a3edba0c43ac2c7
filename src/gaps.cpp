#include "cityseceval/gaps.h"

#include <algorithm>
#include <stdexcept>

#include "cityseceval/messages.h"
#include "grade_plan.h"
#include "overloaded.h"
#include "rule_steps.h"

namespace cityseceval {

namespace {

const RatingLevel& top_level(const RatingScale& scale) {
  const RatingLevel* top = &scale.levels.front();
  for (const RatingLevel& level : scale.levels) {
    if (level.value > top->value) top = &level;
  }
  return *top;
}

Text words_of(const RatingLevel& level) { return {level.name, level.display_name(Language::en)}; }

// The most a rule without a maximum of its own (a per-count with no cap)
// can matter: the item's points, or the cap of its bonus section.
Rational ceiling_of(const Scheme& scheme, const Indicator& indicator, const RuleItem& item) {
  if (item.points) return *item.points;
  const Indicator& dimension = scheme.dimension_of(indicator);
  return dimension.bonus ? bonus_cap(dimension) : indicator.points;
}

class GapFinder {
 public:
  GapFinder(const Scheme& scheme, const Assessment& assessment, const ScoreResult& now)
      : scheme_(scheme), assessment_(assessment), now_(now) {}

  std::vector<ItemGap> items() {
    std::vector<ItemGap> gaps;
    for (const IndicatorResult& node : now_.indicators) visit(node, gaps);
    // The largest full gain first, then the largest next step, then tree order.
    std::stable_sort(gaps.begin(), gaps.end(), [](const ItemGap& a, const ItemGap& b) {
      if (a.full.gain != b.full.gain) return a.full.gain > b.full.gain;
      return a.next.gain > b.next.gain;
    });
    return gaps;
  }

  // The assessment with `records` in place of the items' own, scored.
  ScoreResult rescore(const std::vector<const ItemRecord*>& records) const {
    Assessment changed = assessment_;
    for (const ItemRecord* record : records) {
      if (!changed.replace(*record)) throw std::logic_error("gaps: an item raised has no record");
    }
    return score(scheme_, changed);
  }

 private:
  void visit(const IndicatorResult& node, std::vector<ItemGap>& gaps) const {
    if (node.status != Status::evaluated) return;
    for (const IndicatorResult& child : node.children) visit(child, gaps);
    for (const ItemResult& item : node.items) {
      std::optional<ItemGap> gap =
          std::visit(overloaded{[&](const RatedItemResult& rated) { return rated_gap(*node.indicator, item, rated); },
                                [&](const RuleItemResult& rule) { return rule_gap(*node.indicator, item, rule); }},
                     item.outcome);
      if (gap) gaps.push_back(std::move(*gap));
    }
  }

  std::optional<ItemGap> rated_gap(const Indicator& indicator, const ItemResult& item,
                                   const RatedItemResult& rated) const {
    if (!rated.rating) return std::nullopt;  // na: not evaluated
    const RatingLevel& top = top_level(std::get<RatingMean>(scheme_.aggregation).scale);
    if (rated.rating->value >= top.value) return std::nullopt;
    ItemGap gap = start(indicator, item, words_of(*rated.rating), rated.rating->value);
    ItemRecord raised = gap.record;
    std::get<Rating>(raised.value).level = &top;
    gap.next = step(std::move(raised), words_of(top), top.value);
    gap.full = gap.next;
    return gap;
  }

  std::optional<ItemGap> rule_gap(const Indicator& indicator, const ItemResult& item,
                                  const RuleItemResult& result) const {
    const RuleItem& rule_item = std::get<RuleItem>(item.item->kind);
    const Rational ceiling = ceiling_of(scheme_, indicator, rule_item);
    std::optional<RuleStep> next = next_rule_step(rule_item.rule, *result.fact, ceiling);
    if (!next) return std::nullopt;
    RuleStep full = full_rule_step(rule_item.rule, *result.fact, ceiling);
    ItemGap gap = start(indicator, item, result.explanation, result.points);
    gap.next = rule_step(item, std::move(*next));
    gap.full = rule_step(item, full);
    gap.deduction = result.points < Rational(0);
    gap.external = full.external;
    return gap;
  }

  ItemGap start(const Indicator& indicator, const ItemResult& item, Text now, Rational value) const {
    ItemGap gap;
    gap.item = item.item;
    gap.indicator = &indicator;
    gap.dimension = &scheme_.dimension_of(indicator);
    gap.record = *assessment_.find(*item.item);
    gap.now = std::move(now);
    gap.value = std::move(value);
    return gap;
  }

  GapStep rule_step(const ItemResult& item, RuleStep raised) const {
    const Rule& rule = std::get<RuleItem>(item.item->kind).rule;
    Rational points = evaluate(rule, raised.fact).points;
    return step(ItemRecord{item.item, std::move(raised.fact)}, std::move(raised.words), std::move(points));
  }

  GapStep step(ItemRecord record, Text words, Rational value) const {
    const ScoreResult after = rescore({&record});
    GapStep raised;
    raised.words = std::move(words);
    raised.value = std::move(value);
    raised.composite = after.composite;
    raised.reported = after.reported;
    raised.gain = after.composite - now_.composite;
    raised.reported_gain = after.reported - now_.reported;
    raised.record = std::move(record);
    return raised;
  }

  const Scheme& scheme_;
  const Assessment& assessment_;
  const ScoreResult& now_;
};

// The band above the reported composite with the lowest minimum; null in the top band.
const GradeBand* next_band(const Scheme& scheme, const Rational& reported) {
  const GradeBand* next = nullptr;
  for (const GradeBand& band : scheme.grades) {
    const bool above = band.min > reported || (band.min == reported && !band.min_inclusive);
    if (above && (!next || band.min < next->min)) next = &band;
  }
  return next;
}

// The lowest exact composite whose reported value is at least `target`
// (above it when `strict`): the smallest reported value that qualifies is a
// multiple m of the reported unit; rounding gives m from m − unit/2 on, or
// only above it when that tie rounds down.
CompositeThreshold threshold_for(const Precision& precision, const Rational& target, bool strict) {
  Rational unit(1);
  for (int i = 0; i < precision.decimals; ++i) unit = unit / Rational(10);
  mpz_class units;
  const mpq_class ratio = (target / unit).mpq();
  mpz_cdiv_q(units.get_mpz_t(), ratio.get_num_mpz_t(), ratio.get_den_mpz_t());
  Rational reported = Rational(mpq_class(units)) * unit;
  if (strict && reported == target) reported = reported + unit;
  const Rational tie = reported - unit / Rational(2);
  return {tie, !(precision.round(tie) >= reported)};
}

class Planner {
 public:
  Planner(const Scheme& scheme, const ScoreResult& now, const GapFinder& finder, const std::vector<ItemGap>& items)
      : scheme_(scheme), now_(now), finder_(finder), items_(items) {}

  GradePlan plan(PlanGoal goal, const GradeBand* band, const Rational& target) const {
    GradePlan plan;
    plan.goal = goal;
    plan.band = band;
    plan.target = target;
    const bool strict = band && !band->min_inclusive;
    const CompositeThreshold threshold = threshold_for(scheme_.precision, target, strict);
    plan.threshold = threshold.value;
    plan.threshold_strict = threshold.strict;
    if (threshold.met_by(now_.composite)) {
      plan.reached = true;
      finish(plan, {});
      return plan;
    }
    // The items the city can raise, in tree order.
    std::vector<std::size_t> raisable;
    for (std::size_t i = 0; i < items_.size(); ++i) {
      if (!items_[i].external) raisable.push_back(i);
    }
    std::sort(raisable.begin(), raisable.end(),
              [&](std::size_t a, std::size_t b) { return items_[a].item->position < items_[b].item->position; });
    std::vector<PlanCandidate> candidates;
    for (std::size_t i : raisable) candidates.push_back({items_[i].item, items_[i].full.value - items_[i].value});
    const PlanSearch search = search_plan(scheme_, now_, candidates, threshold);
    std::vector<std::size_t> chosen;
    for (std::size_t c : search.chosen) chosen.push_back(raisable[c]);
    plan.reachable = search.reachable;
    finish(plan, chosen);
    // The search and score() must agree; a difference is a bug, never a plan.
    if (plan.composite != search.composite || threshold.met_by(plan.composite) != search.reachable) {
      throw std::logic_error("gaps: the plan's composite differs from its score");
    }
    return plan;
  }

 private:
  // The plan's items re-scored together.
  void finish(GradePlan& plan, std::vector<std::size_t> chosen) const {
    std::vector<const ItemRecord*> records;
    for (std::size_t i : chosen) records.push_back(&items_[i].full.record);
    const ScoreResult after = finder_.rescore(records);
    plan.items = std::move(chosen);
    plan.composite = after.composite;
    plan.reported = after.reported;
    plan.gain = after.composite - now_.composite;
    plan.reported_gain = after.reported - now_.reported;
    plan.overshoot = after.composite - plan.target;
    plan.reported_overshoot = after.reported - plan.target;
  }

  const Scheme& scheme_;
  const ScoreResult& now_;
  const GapFinder& finder_;
  const std::vector<ItemGap>& items_;
};

}  // namespace

Rational highest_composite(const Scheme& scheme) {
  Rational highest = scheme.max_points + bonus_cap(scheme).value_or(Rational(0));
  if (scheme.total_cap && highest > *scheme.total_cap) return *scheme.total_cap;
  return highest;
}

std::optional<Text> target_problem(const Scheme& scheme, const Rational& target) {
  const Rational highest = highest_composite(scheme);
  const std::string shown = target.short_string(12);
  if (target < Rational(0)) return message(MessageId::gaps_target_negative, {shown, highest.short_string(12)});
  if (target > highest) {
    return message(MessageId::gaps_target_above_max, {shown, highest.short_string(12), scheme.id});
  }
  return std::nullopt;
}

Gaps find_gaps(const Scheme& scheme, const Assessment& assessment, const ScoreResult& now, const GapOptions& options) {
  Gaps gaps;
  gaps.result = &now;
  GapFinder finder(scheme, assessment, now);
  gaps.items = finder.items();
  const Planner planner(scheme, now, finder, gaps.items);
  if (options.target) {
    gaps.plan = planner.plan(PlanGoal::target, nullptr, *options.target);
  } else if (scheme.grades.empty()) {
    gaps.no_plan = NoPlan::no_grades;
  } else if (const GradeBand* band = next_band(scheme, now.reported)) {
    gaps.plan = planner.plan(PlanGoal::next_grade, band, band->min);
  } else {
    gaps.no_plan = NoPlan::top_grade;
  }
  return gaps;
}

}  // namespace cityseceval
