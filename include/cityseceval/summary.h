// What a batch keeps of each scored assessment: one line of a table (score,
// rank, trend). A ScoreResult holds every indicator and item and points into
// its assessment; a batch of thousands keeps only this, so its memory does not
// grow with the size of the results.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cityseceval/rational.h"
#include "cityseceval/score.h"
#include "cityseceval/tree.h"

namespace cityseceval {

// One indicator's points in one assessment.
struct IndicatorCell {
  std::string id;
  // The exact points earned; nullopt when the indicator is not in the scheme
  // or was not evaluated (out of scope, every item na).
  std::optional<Rational> earned;
};

struct ResultSummary {
  const Scheme* scheme = nullptr;  // owned by the SchemeCache, which outlives the batch
  std::string file;
  std::string city;
  std::string period;
  Rational composite;  // exact
  Rational reported;   // rounded to the scheme's precision: what is shown, ranked and gated
  const GradeBand* grade = nullptr;
  bool normalised = false;  // part of the scheme was not evaluated (ScoreResult::normalised)
  std::vector<IndicatorCell> indicators;  // those asked for, in the order asked

  // A value written with the scheme's decimals and rounding: "85.50".
  std::string format(const Rational& value) const;
  // The cell of indicator `id`, or null when it was not asked for.
  const IndicatorCell* indicator(const std::string& id) const;
};

// What a table shows of `result`: its header values and the points of the
// indicators `ids` (any level; an ID the scheme lacks gives an empty cell).
ResultSummary summarize(const ScoreResult& result, const std::vector<std::string>& ids);

// The IDs of a scheme's indicators of `level` (1: the dimensions), in tree
// order, bonus sections included.
std::vector<std::string> indicator_ids_at_level(const Scheme& scheme, int level);

}  // namespace cityseceval
