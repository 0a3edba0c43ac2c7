// The scheme: an indicator tree with its rating scale, grade bands and
// reported precision, as declared in an indicator-tree file (indicators/*.yaml).
//
// Nothing about a particular scheme lives in C++: the city cybersecurity
// standard's 100 points, Table A.1's scale and Table B.2's grades all come from
// indicators/city-cybersecurity.yaml. A tree file with other points, scale or
// bands scores correctly with no code change.
//
// Vocabulary. Indicators nest to any depth (the standard has three levels).
// An indicator that carries evaluation-content items is a *rated indicator*
// (the standard's level 3): the assessor rates each of its items, and its
// earned points are X x points where X is the A.4 mean of the item ratings.
// Every other indicator earns the sum of its children's points.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include "cityseceval/diagnostic.h"
#include "cityseceval/language.h"
#include "cityseceval/rational.h"
#include "cityseceval/rules.h"

namespace cityseceval {

// One step of the rating scale (Table A.1): an assessment may name it by its
// id ("full"), its Chinese word ("全部满足") or its value (1).
struct RatingLevel {
  std::string id;       // English word used in assessments and JSON: "full"
  std::string name;     // Chinese word: "全部满足"
  std::string name_en;  // English phrase: "fully satisfied"
  Rational value;       // the rating y, within [0, 1]
  SourceLocation location;

  const std::string& display_name(Language language) const { return localized(language, name, name_en); }
};

// The words an assessor writes for an item that does not apply to the city
// (`{rating: na, reason: ...}`), in English and in Chinese, simplified or
// traditional (the tool's own word, so both spellings are known: no
// conversion is needed to read it). No scale level may be named by any
// [scale-duplicate].
inline constexpr std::string_view not_applicable_word = "na";
inline constexpr std::string_view not_applicable_word_zh = "不适用";
inline constexpr std::string_view not_applicable_word_zh_hant = "不適用";
inline bool is_not_applicable_word(std::string_view word) {
  return word == not_applicable_word || word == not_applicable_word_zh || word == not_applicable_word_zh_hant;
}

class RatingScale {
 public:
  std::vector<RatingLevel> levels;

  // The level named `word` by id or Chinese word, or null. The Chinese word
  // may be written in either script (全部满足 or 全部滿足): when no level has
  // `word` exactly, both are compared in simplified characters, so a file
  // written in the scheme's own script never needs a conversion.
  const RatingLevel* find_word(std::string_view word) const;
  // The level whose value is exactly `value`, or null.
  const RatingLevel* find_value(const Rational& value) const;
};

// A grade band (Table B.2): scores from min to max, each bound's inclusion
// stated explicitly in the tree file.
struct GradeBand {
  std::string id;       // stable id for JSON: "excellent"
  std::string name;     // "优秀"
  std::string name_en;  // "Excellent"
  Rational min;
  bool min_inclusive = true;
  Rational max;
  bool max_inclusive = false;
  SourceLocation location;

  bool contains(const Rational& score) const;
  const std::string& display_name(Language language) const { return localized(language, name, name_en); }
};

// How scores are reported. Scores are computed exactly; only what is shown is
// rounded, and the grade is decided on the shown composite.
struct Precision {
  int decimals = 2;
  Rounding rounding = Rounding::half_up;

  // `value` as reported: rounded to these decimals, and written with exactly them ("85.50").
  Rational round(const Rational& value) const { return value.rounded(decimals, rounding); }
  std::string text(const Rational& value) const { return value.decimal_string(decimals, rounding); }
};

// ---- The two kinds of scheme ---------------------------------------------------
//
// A scheme's kind decides how its rated indicators earn their points, what an
// assessor records for each item and what scoring an item gives. Each kind is
// a set of types, one per stage, and every stage holds them in a std::variant
// in the same order, so code that handles one kind is made to handle all by
// the compiler (std::visit):
//
//   kind         scheme (Aggregation)  item (Item::kind)  assessment (ItemRecord)  result (ItemResult)
//   rating-mean  RatingMean            RatedItem          Rating                   RatedItemResult
//   points-sum   PointsSum             RuleItem           Fact                     RuleItemResult
//
// The loader guarantees that every item of a scheme is of the scheme's kind.

// `aggregation: rating-mean`, the standard's A.4: items are rated on the
// scale, X = the mean of the ratings (or the direct-score item's rating),
// earned = X x points.
struct RatingMean {
  RatingScale scale;
};

// `aggregation: points-sum`, rule-based sheets: each item earns points by its
// rule from the fact the assessor recorded; an indicator earns their sum
// (docs/design/rule-based-schemes.md).
struct PointsSum {};

using Aggregation = std::variant<RatingMean, PointsSum>;

// An item of a rating-mean scheme.
struct RatedItem {
  // 直接得分项: when set, the indicator's X is max(A.4 mean, this item's
  // rating), so a fully satisfied direct-score item earns the full points.
  bool direct_score = false;
};

// An item of a points-sum scheme.
struct RuleItem {
  // The item's maximum; absent for items of a bonus section (only the
  // section's cap bounds them).
  std::optional<Rational> points;
  Rule rule;             // turns the assessor's fact into points
  std::string basis;     // the sheet's scoring note, verbatim
  std::string decision;  // how the project reads a gap in the sheet's wording
};

// An evaluation-content item (评价内容) of a rated indicator.
struct Item {
  std::string id;    // "<indicator id>.<n>", e.g. "6.2.1.3"
  std::string text;  // the item's full text, Chinese
  std::variant<RatedItem, RuleItem> kind;
  SourceLocation location;
  // The item's place among all the scheme's items in tree order, from 0
  // (set by Scheme::build_index): a cheap key for per-item tables.
  std::size_t position = 0;
};

struct Indicator {
  std::string id;           // clause number: "6", "6.2", "6.2.1"
  int level = 1;            // 1 for the top level
  std::string name;         // Chinese name as in the points table
  std::string heading;      // clause heading where it differs from name, else empty
  std::string name_en;      // English name
  std::string description;  // the clause's descriptive paragraph, may be empty
  Rational points;          // maximum points (for a bonus section: its cap)
  // As written in a tree given by weights (A.1-A.3: alpha for level 1, a
  // share of the parent below): the loader derives `points` from it, which
  // is all the engine uses. Unset in a tree given by points.
  std::optional<Rational> weight;
  SourceLocation weight_location;
  // A section subtotal never below `floor` (may be unset).
  std::optional<Rational> floor;
  // Part of a bonus section: added after the main sections, not part of
  // max_points. `cap` is the bonus section's own maximum.
  bool bonus = false;
  std::optional<Rational> cap;
  std::vector<Indicator> children;
  std::vector<Item> items;  // non-empty exactly for rated indicators
  // Item IDs a tailoring removed (`retired_items:`): never given to another
  // item, so every other item keeps its ID and assessments stay comparable.
  // The item-id check skips their numbers (docs/tailoring.md).
  std::vector<std::string> retired_items;
  SourceLocation location;

  bool is_rated() const { return !items.empty(); }
  const std::string& display_name(Language language) const { return localized(language, name, name_en); }
};

// ---- Tailoring ------------------------------------------------------------------
//
// A tailored scheme is a base scheme with items removed, reworded or added and
// level-3 points moved, as Table B.1's footer allows (docs/tailoring.md). It
// keeps where it comes from, so reports and published trees can show it.

// One change a tailoring made to its base.
struct TailoringChange {
  enum class Kind { remove, reword, add, points };
  Kind kind = Kind::remove;
  std::string item;       // remove, reword: the item; add: the ID the new item was given
  std::string indicator;  // add: the indicator the item was added to; points: the indicator
  std::string text;       // reword, add: the item's text in the tailored scheme
  Rational from;          // points: the base's points
  Rational to;            // points: the tailored scheme's points
  std::string reason;     // why; every removal has one, other changes may
};

// Where a tailored scheme comes from: the scheme first tailored (a tailoring
// of a tailored scheme keeps the first base) and every change since, in order.
struct Tailoring {
  std::string base_id;
  std::string base_version;
  std::vector<TailoringChange> changes;
};

// ---- Weights --------------------------------------------------------------------
//
// Annex A gives the composite as weighted sums (A.1-A.3); Table B.1 gives
// points. The two are one computation: an indicator's points are its weight
// times its parent's points (alpha times max_points at level 1), so a tree
// may be written either way (docs/scoring.md, "Weights").

// How a tree file gives the indicators' shares.
enum class PointsForm { points, weights };

// A weight profile applied for one run (`--weights FILE`, weights.h), named in
// every output so a result is never taken for one with the tree's own weights.
struct AppliedWeightProfile {
  std::string name;
  std::string name_en;
  std::string file;
};

// A whole scheme. Move-only: it keeps an index of pointers into its own tree.
class Scheme {
 public:
  std::string id;        // "city-cybersecurity"
  std::string title;     // Chinese title
  std::string title_en;
  std::string source;    // where the scheme comes from
  std::string version;
  std::string file;      // the tree file it was loaded from, for messages
  Rational max_points;
  SourceLocation max_points_location;  // the `max_points:` value, for messages about the total
  Aggregation aggregation;             // the scheme's kind; see above
  // The total after any bonus never exceeds this.
  std::optional<Rational> total_cap;
  Precision precision;
  std::vector<GradeBand> grades;  // highest first; may be empty (no grade printed)
  std::vector<Indicator> indicators;
  // Set for a tailored scheme (`tailoring:` in its tree file).
  std::optional<Tailoring> tailoring;
  PointsForm form = PointsForm::points;  // as the tree file gives them
  std::optional<AppliedWeightProfile> weight_profile;

  Scheme() = default;
  Scheme(Scheme&&) = default;
  Scheme& operator=(Scheme&&) = default;
  Scheme(const Scheme&) = delete;
  Scheme& operator=(const Scheme&) = delete;

  const std::string& display_name(Language language) const { return localized(language, title, title_en); }

  // Must be called once the tree is complete (the loader does it); numbers
  // the items (Item::position).
  void build_index();
  // Any indicator by id, or null.
  const Indicator* find_indicator(std::string_view id) const;
  // Any item by id, or null; and the rated indicator it belongs to.
  const Item* find_item(std::string_view id) const;
  const Indicator* item_owner(std::string_view id) const;
  // The top-level indicator (the standard's dimension) `indicator` belongs to.
  const Indicator& dimension_of(const Indicator& indicator) const;
  // The indicator `indicator` is a child of; null at the top level.
  const Indicator* parent_of(const Indicator& indicator) const;
  // Its weight (A.1-A.3): its points over its parent's (over max_points at
  // the top level). Exactly what a tree given by weights wrote for it.
  Rational weight_of(const Indicator& indicator) const;
  // Whether outputs show weights: the tree is given by weights, or a
  // weight profile changed them.
  bool weighted() const { return form == PointsForm::weights || weight_profile.has_value(); }
  // The rated indicators in tree order.
  const std::vector<const Indicator*>& rated_indicators() const { return rated_; }
  // Every item id of every rated indicator, in tree order.
  std::size_t item_count() const;
  // The indicators at every level.
  std::size_t indicator_count() const { return by_id_.size(); }
  // The band containing `reported`, or null (no bands, or a gap).
  const GradeBand* grade_for(const Rational& reported) const;

 private:
  std::unordered_map<std::string, const Indicator*> by_id_;
  std::unordered_map<std::string, std::pair<const Indicator*, const Item*>> items_by_id_;
  std::unordered_map<const Indicator*, const Indicator*> dimensions_;
  std::unordered_map<const Indicator*, const Indicator*> parents_;
  std::vector<const Indicator*> rated_;
};

}  // namespace cityseceval
