// The steps a scoring rule (rules.h) offers from a recorded fact: the next
// one, the smallest change of the fact that earns the item more points, and
// the fact at the rule's maximum. The improvement priorities (gaps.h)
// re-score an assessment with either in place of the fact.
//
// Every step keeps what the fact says beyond what it changes (note,
// evidence, a ratio's denominator), so that a step is a fact the assessor
// could have written. docs/gaps.md lists each rule's next step.
#pragma once

#include <optional>

#include "cityseceval/language.h"
#include "cityseceval/rational.h"
#include "cityseceval/rules.h"

namespace cityseceval {

struct RuleStep {
  Fact fact;  // the fact after the step
  // The step in the rule's own words: what changes, then the rule's
  // explanation of the new fact ("再有 1 件：4 件 × 0.5，上限 2 → 2" /
  // "one more: 4 × 0.5, capped at 2 → 2").
  Text words;
  // Only a source outside the city can take it (an `external` rule, or a
  // composite whose every part that can still rise is one).
  bool external = false;
};

// The most points an item under `rule` can earn: the rule's maximum, or for
// a rule with none (a per-count without a cap, in a bonus section) `ceiling`,
// the cap of the section that bounds it.
Rational rule_ceiling(const Rule& rule, const Rational& ceiling);

// The next step from `fact`; nullopt when the fact already earns the most
// (rule_ceiling()).
std::optional<RuleStep> next_rule_step(const Rule& rule, const Fact& fact, const Rational& ceiling);

// The fact at the rule's maximum. A composite's parts set by an outside
// source stay as they are unless no other part can rise (then `external`).
RuleStep full_rule_step(const Rule& rule, const Fact& fact, const Rational& ceiling);

}  // namespace cityseceval
