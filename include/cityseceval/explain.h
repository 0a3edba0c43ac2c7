// How one number of a score was obtained (`cityseceval explain FILE [ID]`):
// the composite, an indicator's points or an item's, step by step with every
// number, so that an auditor can follow each one by hand (docs/explain.md).
//
// An Explanation is built from a ScoreResult and scores nothing itself: each
// step holds numbers the engine stored (IndicatorResult, MeanOfRatings,
// RuleItemResult, EvaluatedPart, BonusResult, the reported composite and its
// band). The only numbers it makes are named where they are made, and are a
// difference or a quotient of stored ones: the points a scope or na items
// leave out (two maxima subtracted), a rated item's share of its indicator's
// mean (its rating over m), and a value rounded to the scheme's precision
// (Precision::round). Renderers (render_explain.h) only format the steps.
//
// What is explained, and the steps, in order:
//   the composite      SumStep over the main sections (A.1 in a rating-mean
//                      scheme); ScaleStep when part was not evaluated;
//                      BonusStep when the scheme has a bonus section;
//                      TotalCapStep when it has a total cap; RoundStep; GradeStep
//   an indicator       WeightStep in a weighted scheme; then, when it is not
//                      evaluated, NotEvaluatedStep (after its items or
//                      children when it is na); otherwise
//                        rated, rating-mean: MeanStep (A.4), DirectScoreStep
//                          when it has a direct-score item, PointsStep
//                        rated, points-sum: ItemPointsStep
//                        other: SumStep over its children (A.2, A.3)
//                      then LimitStep when a floor or cap changed its sum, and RoundStep
//   a rated item       RatingShareStep (or NotEvaluatedStep out of scope)
//   a rule item        RuleStep, RoundStep (or NotEvaluatedStep out of scope)
// Every list (the terms of a sum, the items of a mean) is "one level down":
// the children of what is explained, each with its own points.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "cityseceval/language.h"
#include "cityseceval/rational.h"
#include "cityseceval/score.h"
#include "cityseceval/tree.h"

namespace cityseceval {

// One child in a sum: a main section of the composite, a child indicator.
struct ExplainedTerm {
  const Indicator* indicator = nullptr;
  // Its result: earned, max, evaluated, limit. Null for an indicator below
  // a dimension outside the scope, which the engine does not score.
  const IndicatorResult* result = nullptr;
  Status status = Status::evaluated;
  // In a weighted scheme (Scheme::weighted): α at the top level, else its share of its parent.
  std::optional<Rational> weight;
};

// A sum of children's earned points: the composite's main sections (A.1),
// an indicator's children (A.2 at level 1, A.3 at level 2 of a rating-mean
// scheme). Terms that do not count (out of scope, na) add nothing.
struct SumStep {
  std::string formula;               // "A.1", "A.2", "A.3", or "" (a points-sum scheme, a deeper level)
  std::vector<ExplainedTerm> terms;  // every child, in tree order
  Rational sum;                      // of the terms that count: EvaluatedPart::earned, IndicatorResult::raw
  Rational max;                      // the whole's points (the scheme's max_points for the composite)
  Rational counted;                  // the points that count: EvaluatedPart::max, IndicatorResult::evaluated
  Rational left_out;                 // max - counted: out of scope or na
};

// Part of the scheme was not evaluated, so the main sections' score is
// scaled to the scheme's maximum (docs/scoring.md): value = earned / counted × max_points.
struct ScaleStep {
  Rational earned;      // EvaluatedPart::earned
  Rational counted;     // EvaluatedPart::max: V, or S in a special evaluation
  Rational max_points;  // the scheme's
  Rational value;       // EvaluatedPart::scaled
  // The dimensions evaluated (empty: all of them) and the points of those left out.
  std::vector<const Indicator*> scope;
  Rational out_of_scope;  // max_points - EvaluatedPart::scope_max
  // The rated indicators whose items are all na, and the points they leave out.
  std::vector<const Indicator*> not_applicable;
  Rational not_applicable_points;  // EvaluatedPart::scope_max - EvaluatedPart::max
};

// The bonus sections added after the main sections (BonusResult).
struct BonusStep {
  std::vector<ExplainedTerm> sections;  // the bonus sections, each after its own cap
  BonusResult bonus;                    // sections, raw, capped, cap, total_before_cap
};

// The scheme's total cap: the composite is never above it.
struct TotalCapStep {
  Rational before;  // BonusResult::total_before_cap, or EvaluatedPart::scaled without a bonus
  Rational cap;     // Scheme::total_cap
  Rational after;   // the composite
  bool applied = false;
};

// A value rounded to the scheme's precision: what reports show.
struct RoundStep {
  Rational exact;
  Rational reported;  // ScoreResult::reported for the composite, else Precision::round(exact)
  Precision precision;
};

// The grade band the reported composite falls in (Table B.2).
struct GradeStep {
  Rational reported;
  const GradeBand* band = nullptr;  // null: the scheme has no grades (or a gap between bands)
  bool scheme_has_grades = false;
};

// An indicator of a weighted scheme: its points are its weight times its
// parent's points (α times max_points at the top level).
struct WeightStep {
  Rational weight;                    // Scheme::weight_of
  const Indicator* parent = nullptr;  // null at the top level
  Rational base;                      // the parent's points, or the scheme's max_points
  Rational points;                    // the indicator's points
};

// An indicator or item that does not count.
struct NotEvaluatedStep {
  Status status = Status::out_of_scope;  // out_of_scope or not_applicable
  // out_of_scope: the dimension outside the scope (itself, or the one above
  // it) and the scope of the assessment.
  const Indicator* dimension = nullptr;
  std::vector<const Indicator*> scope;
  Rational max;  // the points left out
};

// A floor or cap of the tree changed the sum (IndicatorResult::limit).
struct LimitStep {
  Limit limit;
  Rational raw;     // the sum before it
  Rational earned;  // after it
};

// The A.4 mean of a rated indicator's ratings (rating-mean schemes).
struct MeanStep {
  std::vector<const ItemResult*> items;  // every item in tree order, na ones included with their reasons
  std::size_t rated = 0;                 // m: the items that apply
  Rational sum;                          // MeanOfRatings::sum: sum(y_i) over those m
  Rational mean;                         // MeanOfRatings::mean: sum / m
};

// The direct-score rule (直接得分项): X = max(mean, y_d).
struct DirectScoreStep {
  const ItemResult* item = nullptr;  // the direct-score item
  std::optional<Rational> rating;    // y_d; unset when the item is na (it raises nothing)
  Rational mean;
  Rational satisfaction;  // X
  bool applied = false;   // MeanOfRatings::direct_score_applied: y_d > mean
};

// earned = X × points (Table B.1).
struct PointsStep {
  Rational satisfaction;  // X
  Rational points;
  Rational earned;
};

// A rated indicator of a points-sum scheme: the sum of its items' points.
struct ItemPointsStep {
  std::vector<const ItemResult*> items;  // in tree order
  Rational sum;                          // IndicatorResult::raw
};

// A rule item: the fact as written, the rule and its parameters, how
// evaluate() turned the one into points under the other, and the points.
struct RuleStep {
  const ItemResult* item = nullptr;  // outcome: RuleItemResult; item->kind: RuleItem
};

// A rated item: its rating and its share of its indicator's mean.
struct RatingShareStep {
  const ItemResult* item = nullptr;  // outcome: RatedItemResult
  std::size_t rated = 0;             // m of its indicator
  std::optional<Rational> share;     // y / m; unset for an na item (it is not in the mean)
  std::optional<Rational> mean;      // the indicator's mean; unset when every item is na
  bool direct_score = false;         // it is its indicator's direct-score item
};

using ExplainStep = std::variant<SumStep, ScaleStep, BonusStep, TotalCapStep, RoundStep, GradeStep, WeightStep,
                                 NotEvaluatedStep, LimitStep, MeanStep, DirectScoreStep, PointsStep, ItemPointsStep,
                                 RuleStep, RatingShareStep>;

struct Explanation {
  const ScoreResult* result = nullptr;  // must outlive the explanation
  // What is explained: the composite (both null), an indicator, or an item
  // (`item` set, `indicator` the rated indicator it belongs to).
  const Indicator* indicator = nullptr;
  const Item* item = nullptr;
  std::vector<ExplainStep> steps;

  bool explains_composite() const { return !indicator; }
};

// How `result` obtained the number `id` names: the composite when `id` is
// empty, else the indicator or the item with that ID. nullopt when the
// scheme has neither (unknown_explain_id() says so).
std::optional<Explanation> explain(const ScoreResult& result, std::string_view id = {});

// "7.9 is not an indicator or an item of the scheme scored (city-cybersecurity
// 1.0) (did you mean "7.1"?)": the usage error for an ID explain() does not
// know, with the closest indicator or item ID of the scheme.
Text unknown_explain_id(const ScoreResult& result, std::string_view id);

}  // namespace cityseceval
