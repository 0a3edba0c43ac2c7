// The scoring engine: Annex A's formulas, and the rule-based sheets' sums,
// over a scheme and an assessment.
//
// A rated indicator earns its points by its scheme's kind (tree.h):
//   rating-mean  X = (1/m) * sum(y_i)                                   (A.4)
//                X = max(X, y_d) when item d is the direct-score item   (直接得分项)
//                earned = X * points                                    (Table B.1)
//   points-sum   earned = the sum of what each item's rule gives for its fact
// Every other indicator earns the sum of its children's earned points
// (A.3, A.2), never below its `floor`; a bonus section adds at most its
// `cap`; the composite M is the sum over the top level (A.1), never above the
// scheme's `total_cap`. With weights equal to point shares, A.1-A.3's weighted
// sums are exactly these sums of points, so one computation serves both forms.
//
// Everything is exact (Rational) and computed here once: renderers only show
// what a ScoreResult holds. Only the reported composite is rounded, to the
// scheme's Precision, and the grade is decided on that reported value, so the
// printed score and the printed grade always agree.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "cityseceval/assessment.h"
#include "cityseceval/language.h"
#include "cityseceval/rational.h"
#include "cityseceval/tree.h"

namespace cityseceval {

// ---- Items: what scoring one item gives, by kind (see tree.h) -------------------

// A rated item: the rating given, or null when the item does not apply
// (na: it leaves the indicator's mean), with the reason.
struct RatedItemResult {
  const RatingLevel* rating = nullptr;
  std::string note;
  std::string reason;                 // why it does not apply (na)
  std::vector<std::string> evidence;  // the rating's evidence, as written
};

// A rule item: the fact given, the points its rule gives and how.
struct RuleItemResult {
  const Fact* fact = nullptr;
  Rational points;
  Text explanation;  // "3 件 × 0.5，上限 2 → 1.5" / "3 × 0.5, capped at 2 → 1.5"
  std::string note;                   // the fact's note
  std::vector<std::string> evidence;  // the fact's evidence and its parts' (evidence_of)
};

struct ItemResult {
  const Item* item = nullptr;
  std::variant<RatedItemResult, RuleItemResult> outcome;
};

// ---- Indicators ----------------------------------------------------------------

// How a rated indicator's items made its points, by kind.
struct MeanOfRatings {
  std::size_t rated = 0;  // m: the items that apply (not na)
  Rational sum;           // the sum of their ratings, sum(y_i)
  Rational mean;          // the A.4 mean of their ratings: sum / m
  Rational satisfaction;  // X: the mean, or the direct-score item's rating when higher
  bool direct_score_applied = false;  // the direct-score item raised X above the mean
};
struct SumOfPoints {};
using ItemAggregate = std::variant<MeanOfRatings, SumOfPoints>;

// A floor or a cap of the tree that changed an indicator's sum.
struct Limit {
  enum class Kind { floor, cap };
  Kind kind = Kind::cap;
  Rational value;
};

// Whether an indicator counts in this assessment.
enum class Status {
  evaluated,       // it counts (perhaps only partly: see IndicatorResult::evaluated)
  out_of_scope,    // a dimension the assessment's scope leaves out
  not_applicable,  // every item under it is na
};

// The status as JSON reports write it: "evaluated", "out-of-scope", "not-applicable".
std::string_view status_id(Status status);

struct IndicatorResult {
  const Indicator* indicator = nullptr;
  Status status = Status::evaluated;
  Rational earned;     // exact points earned, after the floor and (bonus) cap
  Rational raw;        // the sum before the floor or cap
  Rational max;        // the indicator's points
  Rational evaluated;  // the points that count: max, less what is na or out of scope (0 when not evaluated)
  std::optional<Limit> limit;              // set exactly when raw != earned
  std::optional<ItemAggregate> aggregate;  // rated indicators only
  std::vector<IndicatorResult> children;
  std::vector<ItemResult> items;

  // earned / evaluated * 100, exact; 0 when nothing is evaluated.
  Rational percent() const;
};

// ---- The whole ------------------------------------------------------------------

// How the total came about in a scheme with bonus sections.
struct BonusResult {
  Rational sections;           // the main sections' sum
  Rational raw;                // the bonus sections before their caps
  Rational capped;             // ... and after them: what the bonus adds
  Rational cap;                // bonus_cap(scheme)
  Rational total_before_cap;   // sections + capped, before the scheme's total_cap
};

// The part of a scheme an assessment evaluated: all of it in a full
// evaluation with every item applicable; less with a scope (a special or
// phased evaluation) or indicators whose items are all na. When it is not the
// whole, the composite is earned / max of this part, scaled to the scheme's
// max_points (docs/scoring.md). The main sections only: a bonus is added after.
struct EvaluatedPart {
  Rational earned;     // the points earned
  Rational max;        // the points that count
  Rational scope_max;  // the points of the dimensions in scope (max_points without a scope)
  Rational scaled;     // the main sections' score: earned, or earned / max * max_points when not the whole
};

struct ScoreResult {
  const Scheme* scheme = nullptr;
  std::string file;
  std::string city;
  std::string period;
  Rational composite;  // exact M, normalised to max_points when part was not evaluated (after any bonus and total cap)
  Rational reported;   // M rounded to the scheme's precision
  Rational max;        // the scheme's max_points
  std::vector<const Indicator*> scope;           // the assessment's scope; empty: a full evaluation
  std::vector<const Indicator*> not_applicable;  // indicators left out because all their items are na, tree order
  EvaluatedPart evaluated;

  // Whether part of the scheme was not evaluated, so the composite is scaled.
  bool normalised() const { return evaluated.max != max; }
  const GradeBand* grade = nullptr;  // for `reported`; null when the scheme has no bands
  std::vector<IndicatorResult> indicators;
  std::optional<BonusResult> bonus;  // schemes with a bonus section

  // A value rounded and written with the scheme's decimals: "85.50".
  std::string format(const Rational& value) const;
};

// The most one bonus section (a top-level indicator with `bonus: true`) can
// add: its cap, which check_tree requires (its points default to it).
Rational bonus_cap(const Indicator& section);
// The most a scheme's bonus sections can add: their caps added up; nullopt
// when the scheme has no bonus section. The one definition every output uses.
std::optional<Rational> bonus_cap(const Scheme& scheme);

// Scores a resolved assessment. Cannot fail: resolving it has already
// refused everything that could make a score wrong.
ScoreResult score(const Scheme& scheme, const Assessment& assessment);

}  // namespace cityseceval
