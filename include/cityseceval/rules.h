// Scoring rules: how one item of a points-sum scheme turns a recorded fact
// into points (docs/design/rule-based-schemes.md, "Rule primitives").
//
// An assessment sheet such as the municipal information-security one gives
// each item its own rule: "1 point if the document exists", "0.5 per
// meeting, at most 2", "70% or more: 1, 90% or more: 2". The rule lives in
// the tree file, the assessor records only the fact (true, 3, 699/1000,
// "drill"), and evaluate() computes the exact points together with a short
// explanation in Chinese and English, so an auditor can redo every number
// by hand.
//
// Rules and facts are read from YAML by src/rule_reader.h, which enforces the
// invariants stated below; code that builds them by hand must keep them too.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "cityseceval/diagnostic.h"
#include "cityseceval/language.h"
#include "cityseceval/rational.h"

namespace cityseceval {

// ---- Rules -----------------------------------------------------------------

// `present`: `points` when the fact is true, else `absent` (0, or a deduction).
struct PresentRule {
  Rational points;
  Rational absent;  // <= 0
};

// `per-count`: count × each, never more than `cap` when one is given.
struct PerCountRule {
  Rational each;                // > 0
  std::optional<Rational> cap;  // <= the item's points
};

// One step of a ratio-thresholds rule: met when ratio >= at (inclusive) or
// ratio > at (not inclusive). "70%以上" is {at: 0.7, inclusive: true}.
struct RatioThreshold {
  Rational at;  // in [0, 1]
  bool inclusive = true;
  Rational points;
};

// `ratio-thresholds`: the points of the highest threshold met; otherwise `any`
// when it is given and the thing exists at all; otherwise 0.
//
// `any` is the sheet's "有即得1分" (4.3.1): points for having one at all,
// whatever the ratio. The base of the ratio (the list of important systems)
// is the base of the ratio only: a district with a plan but no list, or with
// plans for none of the listed systems, still has one. Its fact may say so
// apart from the ratio (Fact::exists); a ratio above 0 says so by itself.
struct RatioThresholdsRule {
  std::vector<RatioThreshold> thresholds;  // strictly ascending by `at`, not empty
  std::optional<Rational> any;
};

// One tier of a count-tiers rule: met when count >= min.
struct CountTier {
  Rational min;  // a whole number >= 1
  Rational points;
};

// `count-tiers`: the first tier met; a count of 0 earns `zero` (may be
// negative); a positive count that meets no tier earns 0.
struct CountTiersRule {
  std::vector<CountTier> tiers;  // strictly descending by `min`, not empty
  Rational zero;
};

// `proportional`: points × ratio, rounded to `decimals` places.
struct ProportionalRule {
  Rational points;
  int decimals = 1;  // 0..10
  Rounding rounding = Rounding::half_up;
};

struct ChoiceOutcome {
  std::string id;
  std::string name;  // for people; the id when the file gives none
  Rational points;
};

// `choice`: the points of the outcome the fact names.
struct ChoiceRule {
  std::vector<ChoiceOutcome> outcomes;  // ids unique, not empty
  const ChoiceOutcome* find(std::string_view id) const;
};

// Something whose absence a per-missing rule deducts for ("portal").
struct MissingCandidate {
  std::string id;
  std::string name;  // the id when the file gives none
};

// `per-missing`: (number of ids listed) × each.
struct PerMissingRule {
  Rational each;                     // < 0
  std::vector<MissingCandidate> of;  // ids unique, not empty
  const MissingCandidate* find(std::string_view id) const;
};

// `add-on`: `points` when the fact is true, else 0.
struct AddOnRule {
  Rational points;
};

// `external`: a score given by someone else (`source`), taken as it is.
struct ExternalRule {
  Rational min;
  Rational max;  // >= min
  std::string source;
};

// `judgement`: an assessor's score on the scale min, min + step, ..., max;
// the fact must carry a note saying why.
struct JudgementRule {
  Rational min;
  Rational max;   // >= min
  Rational step;  // > 0 and divides max - min
};

struct RulePart;

// `composite`: the sum of its parts, each a rule of its own with its own fact.
struct CompositeRule {
  std::vector<RulePart> parts;  // names unique, in file order, not empty
};

struct Rule {
  std::variant<PresentRule, PerCountRule, RatioThresholdsRule, CountTiersRule, ProportionalRule, ChoiceRule,
               PerMissingRule, AddOnRule, ExternalRule, JudgementRule, CompositeRule>
      spec;
  // Where the rule's mapping starts in its file (for later diagnostics).
  SourceLocation location;
};

struct RulePart {
  std::string name;
  Rule rule;
};

// The `type` of the rule as written in tree files: "per-count", "composite"...
std::string_view rule_type_name(const Rule& rule);
// Every type name, in the order of the design's table.
const std::vector<std::string>& rule_type_names();

// The rule in words, for documents and templates:
//   "有一件得 0.5 分，加满 2 分止" / "0.5 per occurrence, at most 2".
Text describe(const Rule& rule);

// The highest and the lowest points any fact can earn under the rule (a
// composite: the sums over its parts). nullopt when there is no bound, which
// only a per-count rule without a cap (or, built by hand, with each <= 0) has.
std::optional<Rational> rule_max(const Rule& rule);
std::optional<Rational> rule_min(const Rule& rule);

// ---- Facts -----------------------------------------------------------------

// Which shape of fact a rule reads.
enum class FactKind {
  boolean,  // present, add-on
  count,    // per-count, count-tiers
  ratio,    // ratio-thresholds, proportional
  choice,   // choice
  score,    // external, judgement
  missing,  // per-missing
  parts,    // composite
};
FactKind fact_kind(const Rule& rule);

// Whether the rule gives points for the thing existing at all (a
// ratio-thresholds rule with `any`), so that its fact may say `exists`.
bool scores_existence(const Rule& rule);

struct FactPart;

// What the assessor recorded for one item. Only the members of `kind` matter.
struct Fact {
  FactKind kind = FactKind::boolean;
  bool yes = false;  // boolean
  // count: a whole number >= 0; ratio: its value in [0, 1]; score: the score.
  Rational number;
  // ratio, when written as {numerator, denominator}: whole, 0 <= n <= d, d > 0.
  std::optional<Rational> numerator;
  std::optional<Rational> denominator;
  // ratio, for a rule that scores_existence(): whether the thing exists at
  // all, when the assessor said so ({exists: true}, with or without the
  // counts). Never false with a ratio above 0. Unsaid, it exists exactly when
  // the ratio is above 0.
  std::optional<bool> exists;
  std::string outcome;               // choice: an outcome id
  std::vector<std::string> missing;  // per-missing: ids, no repeats
  std::vector<FactPart> parts;       // composite: one per part, in the rule's order
  // Why: required for a judgement, allowed on every fact.
  std::string note;
  // What backs the fact up (`evidence:`): file names, document numbers, URLs,
  // as written, in order; each a non-empty line of text, none twice. A part of
  // a composite has its own; evidence_of() gathers an item's.
  std::vector<std::string> evidence;
  SourceLocation location;

  // ratio: whether a ratio was given. {exists: true} alone gives none: there
  // is no base to count against (no list of important systems).
  bool has_ratio() const { return !exists || numerator.has_value(); }

  static Fact count(const Rational& count);
  static Fact ratio(long numerator, long denominator);
  static Fact ratio(const Rational& value);
  static Fact choice(std::string outcome);
};

struct FactPart {
  std::string name;
  Fact fact;
};

// ---- Evaluation ------------------------------------------------------------

struct RuleOutcome {
  Rational points;  // exact; rounding for display is the caller's business
  // How the points came about, every number shown:
  //   "3 件 × 0.5，上限 2 → 1.5" / "3 × 0.5, capped at 2 → 1.5"
  Text explanation;
};

// The least points any fact can earn under `rule`: rule_min(), or 0 where
// the rule has none (a per-count without a cap, whose least is 0 for each > 0);
// a composite's is the sum of its parts'.
Rational least_points(const Rule& rule);

// Whether `fact` claims points under `rule`, which is what `--require-evidence`
// asks evidence for: it earns more than least_points(rule), so it earns
// something or avoids a deduction (a present rule's `absent`, a per-missing
// rule's deductions, a count-tiers rule's `zero`). A composite claims points
// exactly when one of its parts does.
bool claims_points(const Rule& rule, const Fact& fact);

// Everything that backs an item's fact up: the fact's own evidence, then each
// part's (a composite), in order, each piece once.
std::vector<std::string> evidence_of(const Fact& fact);

// The points `fact` earns under `rule`. The fact must be of fact_kind(rule)
// and keep the invariants above (read_fact guarantees both); a fact of the
// wrong shape is a programming error and throws std::invalid_argument.
RuleOutcome evaluate(const Rule& rule, const Fact& fact);

}  // namespace cityseceval
