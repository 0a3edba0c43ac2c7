// The workbook template's own words, in Chinese and English (src/template_xlsx.h).
#include "template_xlsx.h"

namespace cityseceval {

namespace {

const TemplateWords zh_words = {
    .fill_sheet = "评价表",
    .instructions_sheet = "说明",
    .choose_from_list = "请从下拉列表中选择。",
    .type_listed_word = "填写“说明”工作表所列的词之一。",
    .whole_number = "请填写 {0} 或以上的整数。",
    .number_between = "请填写 {0} 到 {1} 之间的数。",
    .rating_input = "从下拉列表选择评分；选“{0}”时须在“说明”列写明理由。",
    .yes_no_input = "填写值：从下拉列表选择“{0}”或“{1}”",
    .count_input = "填写值：0 或以上的整数",
    .ratio_input = "分子、分母：整数，分子不大于分母，分母大于 0",
    .exists_input = "；存在但没有计算比例的基数时，填写值选“{0}”，分子、分母留空",
    .choice_input = "填写值：从下拉列表选择结果编号：{0}",
    .choice_input_short = "填写值：从下拉列表选择结果编号（各编号的含义见“说明”工作表）",
    .external_input = "填写值：{0} 到 {1} 之间的数{2}",
    .source = "（{0}）",
    .judgement_input = "填写值：{0} 至 {1} 分，以 {2} 分为一档；酌情评分须在“说明”列写明理由",
    .missing_input = "缺少项：缺少的编号，以逗号或换行分隔；可填 {0}",
    .missing_input_short = "缺少项：缺少的编号，以逗号或换行分隔（可填的编号见“说明”工作表）",
    .outcome = "{0}（{1}，{2} 分）",
    .candidate = "{0}（{1}）",
    .instructions_title = "填写说明",
    .scheme_version = "方案版本",
    .tool_version = "工具版本",
    .how_to_fill = "填写方法",
    .opening_step = "在“城市”右侧填写城市名称，在“评估期间”右侧填写评价周期（如 2025）。",
    .rating_steps = {"在“评分”列为每个评价内容从下拉列表选择评分；评价内容不适用于本市时选“{0}”，并在“说明”列写明理由。",
                     "“说明”列可写评分理由；“佐证材料”列列出证明材料（文号、文件名、网址），每行一项（单元格内换行：Alt+Enter）。",
                     "评分指标得分 = 其各评价内容评分的平均值 × 指标分值。"},
    .direct_score_step = "标有“{0}”的评价内容：指标按平均值与该项评分中的较大者得分。",
    .rule_steps = {"每个评分项按其计分规则（“评分规则”列）由填写的事实计分；各项填写的内容见下表。",
                   "组合规则的每个分项占一行（“分项”列为分项名）；该项的说明和佐证材料写在其第一行。",
                   "“说明”列可写理由，酌情评分必须写；“佐证材料”列列出证明材料（文号、文件名、网址），每行一项（单元格内换行：Alt+Enter）。"},
    .closing_steps = {"只有底色的单元格可以填写；工作表受保护（无密码），请勿改动编号和列标题。",
                      "输入单元格全部为空的项视为尚未填写，计分时报告还剩多少项。",
                      "检查：cityseceval check 文件名.xlsx；计分：cityseceval score 文件名.xlsx"},
    .scale_heading = "评分等级",
    .meaning = "含义",
    .value = "分值",
    .not_applicable_meaning = "不适用于本市",
    .not_applicable_value = "不计入；须在“说明”列写明理由",
    .rules_heading = "各项填写内容",
    .what_to_fill = "填写内容",
};

const TemplateWords en_words = {
    .fill_sheet = "Assessment",
    .instructions_sheet = "Instructions",
    .choose_from_list = "Choose one from the dropdown list.",
    .type_listed_word = "Type one of the words the Instructions sheet lists.",
    .whole_number = "Enter a whole number, {0} or more.",
    .number_between = "Enter a number from {0} to {1}.",
    .rating_input = "Choose the rating from the list; for {0}, give the reason in the Note column.",
    .yes_no_input = "Value: {0} or {1}, from the list",
    .count_input = "Value: a whole number, 0 or more",
    .ratio_input = "Numerator and denominator: whole numbers, the numerator not above the denominator, the "
                   "denominator above 0",
    .exists_input = "; when it exists with no base to count against: Value {0}, numerator and denominator empty",
    .choice_input = "Value: an outcome id from the list: {0}",
    .choice_input_short = "Value: an outcome id from the list (what each means: the Instructions sheet)",
    .external_input = "Value: a number from {0} to {1}{2}",
    .source = " ({0})",
    .judgement_input = "Value: a number from {0} to {1} in steps of {2}; a judgement needs its reason in the Note column",
    .missing_input = "Missing: the ids missing, separated by commas or line breaks, from {0}",
    .missing_input_short = "Missing: the ids missing, separated by commas or line breaks (the ids allowed: the "
                           "Instructions sheet)",
    .outcome = "{0} ({1}, {2} point{3})",
    .candidate = "{0} ({1})",
    .instructions_title = "How to fill in this workbook",
    .scheme_version = "Scheme version",
    .tool_version = "Tool version",
    .how_to_fill = "How to fill it in",
    .opening_step = "Write the city's name to the right of City, and the period assessed (e.g. 2025) to the right of "
                    "Period.",
    .rating_steps = {"Choose each item's rating in the Rating column, from the list; for an item that does not apply "
                     "to the city, choose {0} and give the reason in the Note column.",
                     "The Note column may say why; the Evidence column lists what backs the rating up (document "
                     "numbers, file names, URLs), one per line (a new line in a cell: Alt+Enter).",
                     "A rated indicator earns the mean of its items' ratings times its points."},
    .direct_score_step = "An item marked {0}: its indicator earns the greater of the mean and that item's rating.",
    .rule_steps = {"Each item is scored by its rule (the Scoring rule column) from the fact you record; what each "
                   "item takes is listed below.",
                   "A composite rule has one row per part (its name in the Part column); the item's note and evidence "
                   "go on its first row.",
                   "The Note column may say why, and must for a judgement; the Evidence column lists what backs the "
                   "fact up (document numbers, file names, URLs), one per line (a new line in a cell: Alt+Enter)."},
    .closing_steps = {"Only the shaded cells can be filled in; the sheet is protected (no password): do not change "
                      "the ids or the column labels.",
                      "An item whose input cells are all empty is not yet recorded; scoring reports how many are left.",
                      "Check it with: cityseceval check FILE.xlsx; score it with: cityseceval score FILE.xlsx"},
    .scale_heading = "Rating scale",
    .meaning = "Meaning",
    .value = "Value",
    .not_applicable_meaning = "does not apply to the city",
    .not_applicable_value = "left out; give the reason in the Note column",
    .rules_heading = "What each item takes",
    .what_to_fill = "What to fill in",
};

}  // namespace

const TemplateWords& template_words(Language language) { return language == Language::en ? en_words : zh_words; }

}  // namespace cityseceval
