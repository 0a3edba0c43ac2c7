// What every template format (YAML, CSV, the workbook) writes alike: its
// heading and its summary sentence, the dimensions a template for a scope
// covers, and the items it lists with the names of the indicators above each.
// One wording and one walk of the tree, so the formats never disagree.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/language.h"
#include "cityseceval/tree.h"

namespace cityseceval {

// Whether a template for `scope` (empty: a full evaluation) covers the
// top-level indicator `dimension`.
bool template_covers(const std::vector<const Indicator*>& scope, const Indicator& dimension);

// One item as a template lists it, with the names above it in `language`:
// `level1` the top-level indicator's (empty when the rated indicator is itself
// at the top level), `level2` those between it and the rated indicator, joined
// with " / " (empty in a three-level tree's shallower branches).
struct TemplateItem {
  const Item* item = nullptr;
  const Indicator* indicator = nullptr;  // the rated indicator holding it
  std::string level1;
  std::string level2;
};

// Every item of the dimensions `scope` covers, in tree order.
std::vector<TemplateItem> template_items(const Scheme& scheme, Language language,
                                         const std::vector<const Indicator*>& scope);

// The heading: "评价表模板：TITLE（ID，版本 V）" / "Assessment template: TITLE (ID, version V)".
std::string template_heading(const Scheme& scheme, Language language);

// Before the text of a direct-score item (直接得分项): "[直接得分项] " / "[direct score] ".
std::string_view direct_score_mark(Language language);

// What the scheme holds, in one sentence. Rating schemes: "共 144 个评价内容，分属
// 52 个评分指标，满分 100 分。" / "144 items in 52 rated indicators; 100 points in
// all."; points-sum schemes also say that each item is scored by its rule, and
// the bonus cap and the total cap when there are any.
std::string template_summary(const Scheme& scheme, Language language);

}  // namespace cityseceval
