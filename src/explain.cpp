#include "cityseceval/explain.h"

#include <algorithm>

#include "cityseceval/messages.h"
#include "cityseceval/suggest.h"
#include "overloaded.h"

namespace cityseceval {

namespace {

// The result of `indicator` anywhere in the tree of results; null below a
// dimension outside the scope, which the engine leaves unscored.
const IndicatorResult* find_node(const std::vector<IndicatorResult>& nodes, const Indicator* indicator) {
  for (const IndicatorResult& node : nodes) {
    if (node.indicator == indicator) return &node;
    if (const IndicatorResult* found = find_node(node.children, indicator)) return found;
  }
  return nullptr;
}

bool is_rating_mean(const Scheme& scheme) { return std::holds_alternative<RatingMean>(scheme.aggregation); }

ExplainedTerm term_of(const Scheme& scheme, const IndicatorResult& node) {
  ExplainedTerm term{node.indicator, &node, node.status, std::nullopt};
  if (scheme.weighted()) term.weight = scheme.weight_of(*node.indicator);
  return term;
}

RoundStep round_step(const Scheme& scheme, const Rational& exact) {
  return {exact, scheme.precision.round(exact), scheme.precision};
}

// The formula of Annex A an indicator's sum is: A.2 for a dimension (the sum
// of its level-2 indicators), A.3 for a level-2 indicator (of its level-3
// ones). The rule-based sheets are no part of Annex A.
std::string sum_formula(const Scheme& scheme, const Indicator& indicator) {
  if (!is_rating_mean(scheme)) return "";
  if (indicator.level == 1) return "A.2";
  if (indicator.level == 2) return "A.3";
  return "";
}

// ---- The composite ----------------------------------------------------------------

ScaleStep scale_step(const ScoreResult& result) {
  const EvaluatedPart& part = result.evaluated;
  ScaleStep step;
  step.earned = part.earned;
  step.counted = part.max;
  step.max_points = result.max;
  step.value = part.scaled;
  step.scope = result.scope;
  step.out_of_scope = result.max - part.scope_max;
  step.not_applicable = result.not_applicable;
  step.not_applicable_points = part.scope_max - part.max;
  return step;
}

void explain_composite(const ScoreResult& result, Explanation& out) {
  const Scheme& scheme = *result.scheme;
  SumStep sum;
  sum.formula = is_rating_mean(scheme) ? "A.1" : "";
  BonusStep bonus;
  for (const IndicatorResult& node : result.indicators) {
    (node.indicator->bonus ? bonus.sections : sum.terms).push_back(term_of(scheme, node));
  }
  sum.sum = result.evaluated.earned;
  sum.max = result.max;
  sum.counted = result.evaluated.max;
  sum.left_out = sum.max - sum.counted;
  out.steps.push_back(std::move(sum));
  if (result.normalised()) out.steps.push_back(scale_step(result));
  if (result.bonus) {
    bonus.bonus = *result.bonus;
    out.steps.push_back(std::move(bonus));
  }
  if (scheme.total_cap) {
    TotalCapStep cap{result.bonus ? result.bonus->total_before_cap : result.evaluated.scaled, *scheme.total_cap,
                     result.composite};
    cap.applied = cap.before != cap.after;
    out.steps.push_back(std::move(cap));
  }
  out.steps.push_back(RoundStep{result.composite, result.reported, scheme.precision});
  out.steps.push_back(GradeStep{result.reported, result.grade, !scheme.grades.empty()});
}

// ---- Indicators -------------------------------------------------------------------

WeightStep weight_step(const Scheme& scheme, const Indicator& indicator) {
  const Indicator* parent = scheme.parent_of(indicator);
  return {scheme.weight_of(indicator), parent, parent ? parent->points : scheme.max_points, indicator.points};
}

NotEvaluatedStep out_of_scope_step(const ScoreResult& result, const Indicator& indicator) {
  return {Status::out_of_scope, &result.scheme->dimension_of(indicator), result.scope, indicator.points};
}

// A.4, the direct-score rule and X × points.
void explain_mean(const IndicatorResult& node, const MeanOfRatings& mean, Explanation& out) {
  MeanStep step{{}, mean.rated, mean.sum, mean.mean};
  const ItemResult* direct = nullptr;
  for (const ItemResult& item : node.items) {
    step.items.push_back(&item);
    if (std::get<RatedItem>(item.item->kind).direct_score) direct = &item;
  }
  out.steps.push_back(std::move(step));
  if (node.status != Status::evaluated) return;
  if (direct) {
    const RatingLevel* level = std::get<RatedItemResult>(direct->outcome).rating;
    out.steps.push_back(DirectScoreStep{direct, level ? std::optional(level->value) : std::nullopt, mean.mean,
                                        mean.satisfaction, mean.direct_score_applied});
  }
  // Before any floor, which LimitStep then shows.
  out.steps.push_back(PointsStep{mean.satisfaction, node.max, node.raw});
}

void explain_items(const IndicatorResult& node, Explanation& out) {
  std::visit(overloaded{[&](const MeanOfRatings& mean) { explain_mean(node, mean, out); },
                        [&](const SumOfPoints&) {
                          ItemPointsStep step{{}, node.raw};
                          for (const ItemResult& item : node.items) step.items.push_back(&item);
                          out.steps.push_back(std::move(step));
                        }},
             *node.aggregate);
}

void explain_children(const Scheme& scheme, const IndicatorResult& node, Explanation& out) {
  SumStep step;
  step.formula = sum_formula(scheme, *node.indicator);
  for (const IndicatorResult& child : node.children) step.terms.push_back(term_of(scheme, child));
  step.sum = node.raw;
  step.max = node.max;
  step.counted = node.evaluated;
  step.left_out = node.max - node.evaluated;
  out.steps.push_back(std::move(step));
}

void explain_indicator(const ScoreResult& result, const Indicator& indicator, Explanation& out) {
  const Scheme& scheme = *result.scheme;
  if (scheme.weighted()) out.steps.push_back(weight_step(scheme, indicator));
  const IndicatorResult* node = find_node(result.indicators, &indicator);
  if (!node || node->status == Status::out_of_scope) {
    out.steps.push_back(out_of_scope_step(result, indicator));
    return;
  }
  if (node->aggregate) explain_items(*node, out);
  else explain_children(scheme, *node, out);
  if (node->status == Status::not_applicable) {
    out.steps.push_back(NotEvaluatedStep{Status::not_applicable, nullptr, {}, node->max});
    return;
  }
  if (node->limit) out.steps.push_back(LimitStep{*node->limit, node->raw, node->earned});
  out.steps.push_back(round_step(scheme, node->earned));
}

// ---- Items ------------------------------------------------------------------------

RatingShareStep share_step(const ItemResult& item, const MeanOfRatings& mean) {
  RatingShareStep step{&item, mean.rated, std::nullopt, std::nullopt,
                       std::get<RatedItem>(item.item->kind).direct_score};
  if (mean.rated == 0) return step;
  step.mean = mean.mean;
  if (const RatingLevel* level = std::get<RatedItemResult>(item.outcome).rating) {
    step.share = level->value / Rational(static_cast<long>(mean.rated));
  }
  return step;
}

void explain_item(const ScoreResult& result, const Item& item, const Indicator& owner, Explanation& out) {
  const IndicatorResult* node = find_node(result.indicators, &owner);
  const ItemResult* found = nullptr;
  if (node) {
    auto it = std::find_if(node->items.begin(), node->items.end(),
                           [&](const ItemResult& candidate) { return candidate.item == &item; });
    if (it != node->items.end()) found = &*it;
  }
  // Resolving gives every item in scope a record, so only an item outside the scope has no result.
  if (!found || !node->aggregate) {
    out.steps.push_back(out_of_scope_step(result, owner));
    return;
  }
  std::visit(overloaded{[&](const MeanOfRatings& mean) { out.steps.push_back(share_step(*found, mean)); },
                        [&](const SumOfPoints&) {
                          out.steps.push_back(RuleStep{found});
                          out.steps.push_back(
                              round_step(*result.scheme, std::get<RuleItemResult>(found->outcome).points));
                        }},
             *node->aggregate);
}

// Every indicator and item ID in tree order, for the suggestion.
void collect_ids(const std::vector<Indicator>& indicators, std::vector<std::string>& ids) {
  for (const Indicator& indicator : indicators) {
    ids.push_back(indicator.id);
    for (const Item& item : indicator.items) ids.push_back(item.id);
    collect_ids(indicator.children, ids);
  }
}

}  // namespace

std::optional<Explanation> explain(const ScoreResult& result, std::string_view id) {
  const Scheme& scheme = *result.scheme;
  Explanation out;
  out.result = &result;
  if (id.empty()) {
    explain_composite(result, out);
  } else if (const Indicator* indicator = scheme.find_indicator(id)) {
    out.indicator = indicator;
    explain_indicator(result, *indicator, out);
  } else if (const Item* item = scheme.find_item(id)) {
    out.item = item;
    out.indicator = scheme.item_owner(id);
    explain_item(result, *item, *out.indicator, out);
  } else {
    return std::nullopt;
  }
  return out;
}

Text unknown_explain_id(const ScoreResult& result, std::string_view id) {
  const Scheme& scheme = *result.scheme;
  std::vector<std::string> ids;
  collect_ids(scheme.indicators, ids);
  return message(MessageId::explain_unknown_id,
                 {std::string(id), scheme.id + " " + scheme.version, did_you_mean(id, ids)});
}

}  // namespace cityseceval
