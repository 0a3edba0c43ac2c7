// Comparing two assessments of one city (`cityseceval compare OLD NEW`): the
// composite and grade before and after, the delta of every indicator, the
// items whose rating or fact changed, and the rated indicators that gained
// and lost the most. Issue #10; the report is specified in docs/cli.md and
// docs/json-output.md.
//
// A comparison is built from two ScoreResults and adds no scoring of its
// own: every delta is the difference of numbers the engine already computed,
// exactly (Rational), never in floating point. Each delta is carried twice:
// exact, and as the difference of the two reported (rounded) values, which is
// what a report prints so that "old + delta = new" holds for the printed
// numbers (99.53 → 100.00 is +0.47, though the exact delta is 7/15 = 0.4666…).
//
// Indicators and items are matched by ID, the stable key of a tree
// (docs/domain.md): two assessments of the same tree have the same IDs. Two
// trees may be compared too (a tailored tree, a newer version): then only
// the IDs present in both are compared, and the others are listed. Whether
// two results may be compared at all is the caller's decision
// (tree_mismatch()); compare() itself works on any two results.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "cityseceval/language.h"
#include "cityseceval/rational.h"
#include "cityseceval/score.h"
#include "cityseceval/tree.h"

namespace cityseceval {

struct CompareOptions {
  // Every indicator present in both trees in `Comparison::indicators`, not
  // only those that changed (`--all`).
  bool all = false;
  // How many rated indicators `gains` and `losses` each hold at most.
  std::size_t top = 5;
};

// What one indicator earned in one of the two assessments.
struct IndicatorSide {
  // out_of_scope also for an indicator under a dimension outside the scope,
  // which has no IndicatorResult of its own.
  Status status = Status::evaluated;
  std::optional<Rational> earned;    // exact points; set exactly when evaluated
  std::optional<Rational> reported;  // `earned` rounded to that scheme's precision
  Rational max;                      // the indicator's points in that scheme

  bool evaluated() const { return earned.has_value(); }
};

// One indicator in both assessments.
struct IndicatorDelta {
  const Indicator* indicator = nullptr;  // in NEW's scheme: its name, level and place
  IndicatorSide before;                  // in OLD
  IndicatorSide after;                   // in NEW
  // after - before, exact and of the reported values; unset unless both
  // sides are evaluated (an indicator not evaluated has no points to subtract).
  std::optional<Rational> delta;
  std::optional<Rational> reported_delta;
  // The earned points changed, or the status did (evaluated, out of scope,
  // not applicable): an indicator that became na has no delta but changed.
  bool changed = false;
};

// An item whose rating or fact changed. A note or an na reason that changed
// alone is no change: the item scores the same.
struct ItemChange {
  const Item* item = nullptr;            // in NEW's scheme
  const Indicator* indicator = nullptr;  // the rated indicator it belongs to, in NEW's scheme
  const ItemResult* before = nullptr;    // in OLD's result
  const ItemResult* after = nullptr;     // in NEW's result
};

struct Comparison {
  // The two results compared; both must outlive the comparison.
  const ScoreResult* before = nullptr;  // OLD
  const ScoreResult* after = nullptr;   // NEW

  Rational delta;           // after.composite - before.composite, exact
  Rational reported_delta;  // after.reported - before.reported: what reports print
  // Decimals the deltas are written with: the larger of the two schemes'
  // precisions, so a difference of two reported values is written exactly.
  int decimals = 2;

  // Indicators present in both trees, in NEW's tree order, every level: those
  // that changed, or every one with CompareOptions::all (`all_indicators`).
  std::vector<IndicatorDelta> indicators;
  bool all_indicators = false;
  // Rated indicators that gained (delta > 0), largest gain first, and that
  // lost (delta < 0), largest loss first; ties in tree order; at most
  // CompareOptions::top each. An indicator not evaluated on either side has
  // no delta and is in neither.
  std::vector<IndicatorDelta> gains;
  std::vector<IndicatorDelta> losses;
  // Items present in both trees, rated (or given a fact) in both
  // assessments, whose rating or fact changed, in NEW's tree order. An item
  // outside either assessment's scope is not listed: its dimension shows the
  // change of status.
  std::vector<ItemChange> items;
  // IDs in one tree only, in that tree's order: an indicator stands for
  // everything under it, so its items are not listed again. Empty when both
  // were scored with the same tree.
  std::vector<std::string> only_before;
  std::vector<std::string> only_after;
  // What makes the comparison less than like for like, each a warning in
  // both languages: two cities, two scopes, two sets of weights.
  std::vector<Text> caveats;

  // No indicator or item changed and the composite is the same.
  bool nothing_changed() const;
  // A reported delta with its sign and `decimals` places: "+2.35", "-1.10", "0.00".
  std::string format_delta(const Rational& reported) const;
};

// Whether the two were scored with the same tree: the same scheme id and the
// same version (a tailored tree has an id of its own).
bool same_tree(const Scheme& a, const Scheme& b);

// Why `old` and `now` are not compared as they are: they were scored with
// different trees, named with their files, schemes and versions, pointing to
// --allow-different-trees. nullopt when they share a tree.
std::optional<Text> tree_mismatch(const ScoreResult& old, const ScoreResult& now);

// The comparison of `old` (before) with `now` (after).
Comparison compare(const ScoreResult& old, const ScoreResult& now, const CompareOptions& options = {});

}  // namespace cityseceval
