// The layout of a workbook template (docs/workbook-format.md): the labels of
// its header fields and columns, shared by the writer (template_xlsx.cpp) and
// the reader of a filled one (assessment_xlsx.cpp), so what one writes the
// other finds. The reader locates everything by these labels, never by
// position: a column may be moved, and a label may be in either language and
// either Chinese script, or the column's key itself.
#pragma once

#include <array>
#include <string_view>

namespace cityseceval::workbook {

struct Label {
  std::string_view key;      // also accepted as a label: "rating"
  std::string_view hans;     // simplified Chinese: "评分"
  std::string_view hant;     // traditional Chinese: "評分"
  std::string_view english;  // "Rating" (matched ignoring case, as the key is)
};

// The header fields, above the header row: a label cell with the value in the
// cell to its right.
inline constexpr Label scheme_field = {"scheme", "方案", "方案", "Scheme"};
inline constexpr Label city_field = {"city", "城市", "城市", "City"};
inline constexpr Label period_field = {"period", "评估期间", "評估期間", "Period"};
// Only in a template for some dimensions (`template --scope`): their ids,
// separated by commas, as `scope:` lists them in YAML.
inline constexpr Label scope_field = {"scope", "评估范围", "評估範圍", "Scope"};

// Columns of a rating-mean scheme's sheet (the same keys as the CSV template's
// header, csv::template_columns).
inline constexpr std::array<Label, 9> rating_columns = {{
    {"id", "编号", "編號", "ID"},
    {"level1", "一级指标", "一級指標", "Level 1"},
    {"level2", "二级指标", "二級指標", "Level 2"},
    {"level3", "三级指标", "三級指標", "Level 3"},
    {"item", "评估内容", "評估內容", "Item"},
    {"indicator_points", "指标分值", "指標分值", "Indicator points"},
    {"rating", "评分", "評分", "Rating"},
    {"note", "说明", "說明", "Note"},
    {"evidence", "佐证材料", "佐證材料", "Evidence"},
}};

// Columns of a points-sum scheme's sheet. `part` names the part of a
// composite rule (one row per part, the item's id repeated); empty otherwise.
// Which input cells a row uses depends on its rule's fact (docs/workbook-format.md).
inline constexpr std::array<Label, 13> rule_columns = {{
    {"id", "编号", "編號", "ID"},
    {"part", "分项", "分項", "Part"},
    {"level1", "一级指标", "一級指標", "Level 1"},
    {"level2", "二级指标", "二級指標", "Level 2"},
    {"item", "评估内容", "評估內容", "Item"},
    {"rule", "评分规则", "評分規則", "Scoring rule"},
    {"points", "分值", "分值", "Points"},
    {"value", "填写值", "填寫值", "Value"},
    {"numerator", "分子", "分子", "Numerator"},
    {"denominator", "分母", "分母", "Denominator"},
    {"missing", "缺少项", "缺少項", "Missing"},
    {"note", "说明", "說明", "Note"},
    {"evidence", "佐证材料", "佐證材料", "Evidence"},
}};

// The yes/no words of a boolean fact's dropdown. The reader also takes
// true/false, TRUE/FALSE and Excel's own booleans.
inline constexpr Label yes_word = {"yes", "是", "是", "yes"};
inline constexpr Label no_word = {"no", "否", "否", "no"};

}  // namespace cityseceval::workbook
