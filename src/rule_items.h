// Loading the points-sum kind (tree.h): its items in a tree file (points,
// rule, basis, decision), its `facts:` in an assessment, and those facts read
// against their items' rules.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "assessment_document.h"
#include "cityseceval/assessment.h"
#include "cityseceval/diagnostic.h"
#include "cityseceval/tree.h"
#include "yaml_fields.h"
#include "yaml_reader.h"

namespace cityseceval {

// Reports every key an item of a points-sum tree may not have [unknown-key].
void allow_rule_item_keys(MappingReader& fields);

// The kind's own fields of the item mapping `node`, whose id is `item_id`,
// in `indicator`: `points` (required outside a bonus section), `rule`
// (read_rule), `basis`, `decision`.
RuleItem read_rule_item(const yaml::Node& node, const Indicator& indicator, const std::string& item_id,
                        const std::string& file, Diagnostics& diagnostics);

// `facts:` as written: a mapping from item IDs to facts, kept as YAML until
// each item's rule says what shape its fact must have [wrong-type].
WrittenFacts parse_written_facts(const yaml::Node& key, const yaml::Node& value, const std::string& file,
                                 Diagnostics& diagnostics);

// Every written fact read against its item's rule. Returns nullopt, with
// every problem in `diagnostics`, unless the document gives a valid fact for
// every item of `scheme`. Rule ids: unknown-item (with did you mean),
// missing-item (one diagnostic listing them), invalid-fact (from read_fact),
// unrated-items (facts still `todo`), unfilled-field, missing-key, wrong-type
// (`ratings:` given to a rule-based scheme).
std::optional<Assessment> resolve_facts(const AssessmentDocument& document, const Scheme& scheme,
                                        const PointsSum& kind, std::vector<const Indicator*> scope,
                                        const ReadOptions& options, Diagnostics& diagnostics);

}  // namespace cityseceval
