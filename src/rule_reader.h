// Reading an item's scoring rule (from a tree file) and the fact an assessor
// recorded for it (from an assessment) out of our YAML tree, with diagnostics.
//
// Rule ids, besides the shared missing-key / unknown-key / wrong-type of
// yaml_fields.h:
//   rule-type       the `type` is not one of rule_type_names()
//   rule-parameter  a parameter that is the right kind of value but wrong for
//                   the rule: thresholds not ascending, tiers not descending,
//                   a cap or the rule's maximum above the item's points, a
//                   positive deduction, duplicate ids, min above max, a step
//                   that does not divide the range, decimals or rounding
//   invalid-fact    a fact of the wrong shape or outside what the rule allows;
//                   the message names the item, what the rule expects and
//                   what was given
//   invalid-evidence  a fact's `evidence:` that is not a list of texts (evidence.h)
// Exact messages are in tests/test_rules.cpp.
#pragma once

#include <optional>
#include <string>

#include "cityseceval/diagnostic.h"
#include "cityseceval/rational.h"
#include "cityseceval/rules.h"
#include "yaml_reader.h"

namespace cityseceval {

// A rule mapping such as {type: per-count, each: 0.5, cap: 2}. `item_points`
// is the item's maximum: the default points of present and proportional, and
// the bound that a cap and the rule's maximum must not exceed. An item of a
// bonus section has no maximum of its own (nullopt: the section's cap bounds
// it), so its rule is not bounded and must state its points. Returns nullopt
// when any error was reported.
std::optional<Rule> read_rule(const yaml::Node& node, const std::string& file,
                              const std::optional<Rational>& item_points, Diagnostics& diagnostics);

// The fact for `rule`, in the shape fact_kind(rule) names: true/false (plain),
// a whole count, a ratio ({numerator: N, denominator: D} or a decimal from 0
// to 1; where scores_existence(rule), also {exists: true|false} with or
// without the counts, never false beside a ratio above 0), an outcome id, a
// score, a list of missing ids, or a mapping of part name to part fact. A
// scalar or list fact may be written {value: X, note: "..", evidence: [..]};
// a ratio or composite mapping may carry an extra `note:` and `evidence:`
// (evidence.h), and so may each part of a composite. Returns nullopt when any
// error was reported.
std::optional<Fact> read_fact(const yaml::Node& node, const Rule& rule, const std::string& file,
                              const std::string& item_id, Diagnostics& diagnostics);

}  // namespace cityseceval
