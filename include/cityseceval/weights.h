// Weight profiles: other weights (A.1-A.3) for one run, without editing the
// tree (`--weights FILE`; format in docs/scoring.md, "Weights"):
//
//   profile: 侧重风险控制            # required: named in every output
//   profile_en: Risk-weighted        # optional
//   scheme: city-cybersecurity       # optional: the scheme id it is written for
//   weights:                         # required: indicator ID -> weight
//     "6": 0.15                      # alpha of dimension 6
//     "7": 0.35
//     "7.6": "1/3"                   # the share of 7.6 within 7
//
// An indicator the profile leaves out keeps its share of its parent from the
// tree. Each group of siblings must still sum to exactly 1, and every
// indicator's points become its weight times its parent's points, so the
// engine scores a profile exactly like a tree given by those weights.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/diagnostic.h"
#include "cityseceval/rational.h"
#include "cityseceval/tree.h"

namespace cityseceval {

struct WeightProfile {
  std::string file;
  std::string name;
  std::string name_en;
  std::string scheme;  // empty: any scheme
  SourceLocation scheme_location;
  SourceLocation start;  // where problems of the whole profile are reported
  struct Weight {
    std::string id;
    Rational weight;
    SourceLocation location;  // the value
  };
  std::vector<Weight> weights;  // in file order
};

// Reads a weight profile's text (named `file` in messages). nullopt after
// reporting every problem of its form [missing-key, unknown-key, wrong-type, ...].
std::optional<WeightProfile> read_weight_profile(std::string_view text, const std::string& file,
                                                 Diagnostics& diagnostics);

// Applies `profile` to `scheme` (a rating-mean scheme): its weights replace
// the tree's for the indicators it names, and every indicator's points are
// derived again. Rule ids: weight-value, weights-sum, unknown-indicator,
// scheme-mismatch. On false the problems are reported and `scheme` must not
// be used: some points may have changed.
bool apply_weight_profile(const WeightProfile& profile, Scheme& scheme, Diagnostics& diagnostics);

}  // namespace cityseceval
