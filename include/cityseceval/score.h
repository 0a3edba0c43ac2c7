// The scoring engine: Annex A's formulas over a scheme and an assessment.
//
// For a rated indicator with items rated y_1..y_m (Table A.1 values):
//   X = (1/m) * sum(y_i)                                   (A.4)
//   X = max(X, y_d) when item d is the direct-score item   (直接得分项)
//   earned = X * points                                    (Table B.1)
// Every other indicator earns the sum of its children's earned points
// (A.3, A.2), and the composite M is the sum over the top level (A.1). With
// weights equal to point shares, A.1-A.3's weighted sums are exactly these
// sums of points, so one computation serves both forms.
//
// Everything is exact (Rational). Only the reported composite is rounded, to
// the scheme's Precision, and the grade is decided on that reported value, so
// the printed score and the printed grade always agree.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cityseceval/assessment.h"
#include "cityseceval/rational.h"
#include "cityseceval/tree.h"

namespace cityseceval {

struct ItemResult {
  const Item* item = nullptr;
  // rating-mean schemes: the rating given.
  const RatingLevel* rating = nullptr;
  std::string note;
  // points-sum schemes: the fact given, the points its rule gives and how.
  const Fact* fact = nullptr;
  Rational points;
  std::string explanation;     // Chinese
  std::string explanation_en;  // English
};

struct IndicatorResult {
  const Indicator* indicator = nullptr;
  Rational earned;   // exact points earned, after the floor and (bonus) cap
  Rational raw;      // the sum before the floor or cap (points-sum schemes)
  Rational max;      // the indicator's points
  // Rated indicators only: the A.4 mean, and X after the direct-score rule.
  Rational mean;
  Rational satisfaction;
  bool direct_score_applied = false;  // the direct-score item raised X above the mean
  std::vector<IndicatorResult> children;
  std::vector<ItemResult> items;

  // earned / max * 100, exact; 0 when max is 0.
  Rational percent() const;
};

struct ScoreResult {
  const Scheme* scheme = nullptr;
  std::string file;
  std::string city;
  std::string period;
  Rational composite;  // exact M (after any bonus and total cap)
  Rational reported;   // M rounded to the scheme's precision
  Rational max;        // the scheme's max_points
  const GradeBand* grade = nullptr;  // for `reported`; null when the scheme has no bands
  std::vector<IndicatorResult> indicators;
  // Schemes with a bonus section: the main sections' sum, the bonus before
  // and after its cap, and the total before the total cap.
  bool has_bonus = false;
  Rational sections;
  Rational bonus_raw;
  Rational bonus;
  Rational total_before_cap;

  // A value rounded and written with the scheme's decimals: "85.50".
  std::string format(const Rational& value) const;
};

// Scores a resolved assessment. Cannot fail: resolve_assessment() has already
// refused everything that could make a score wrong.
ScoreResult score(const Scheme& scheme, const Assessment& assessment);

}  // namespace cityseceval
