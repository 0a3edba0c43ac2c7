// The facts of a points-sum scheme's items, read from the rows of a filled
// workbook (docs/workbook-format.md, "Points-sum schemes"): each item's
// input cells become the YAML node its `facts:` entry would be (a yes/no,
// a count, {numerator, denominator}, {exists: true}, an outcome id, a
// score, a list of missing ids, a mapping of parts, with `note` and
// `evidence`), each node located at its cell, so the resolver
// (rule_items.h, rule_reader.h) checks them with the messages it gives a
// YAML file. What the cells mean depends on the item's rule, which is why
// the scheme is known here.
//
// Reported here (the rest is the resolver's):
//   duplicate-key  a second row for an item, or for a part of one
//   invalid-fact   a part cell filled for an item not scored in parts, or
//                  left empty for one that is
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "assessment_document.h"
#include "cityseceval/diagnostic.h"
#include "cityseceval/tree.h"
#include "workbook_table.h"

namespace cityseceval {

// The keys of the columns `scheme`'s rules read: `value`, `numerator` and
// `denominator`, `missing`, `part`, as its items' facts need them.
std::vector<std::string_view> fact_columns(const Scheme& scheme);

// The facts of `table`'s rows, one per item id in order of first
// appearance. An item whose input cells are all blank is unrecorded, given
// as the placeholder `todo` [unrated-items]; one whose dimension is outside
// `scope` (when the workbook has one) is then left out altogether, as a
// template for every dimension leaves the others' rows empty.
WrittenFacts read_workbook_facts(const WorkbookTable& table, const Scheme& scheme,
                                 const std::optional<WrittenScope>& scope, Diagnostics& diagnostics);

// Whether `item_id` belongs to a dimension `scope` does not list (false
// without a scope, or for an id `scheme` does not know).
bool outside_written_scope(const Scheme& scheme, const std::optional<WrittenScope>& scope, const std::string& item_id);

}  // namespace cityseceval
