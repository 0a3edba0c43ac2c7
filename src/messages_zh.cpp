// The Chinese catalogue of messages (include/cityseceval/messages.h), in simplified
// characters, the language of the tool's own words whatever the scheme's script.
// Every MessageId has a case here: the switch has no default, so a new id
// without its Chinese text fails the build (-Wswitch).
#include "messages_catalogue.h"

namespace cityseceval {

std::string_view chinese_pattern(MessageId id) {
  switch (id) {
    // Words and lists used inside other messages
    case MessageId::node_empty:
      return "空值";
    case MessageId::node_mapping:
      return "映射";
    case MessageId::node_list:
      return "列表";
    case MessageId::in_quotes:
      return "带引号的{0}";
    case MessageId::did_you_mean:
      return "（是否应为 \"{0}\"？）";
    case MessageId::list_separator:
      return "、";
    case MessageId::clause_separator:
      return "；";
    case MessageId::list_or:
      return "{0} 或 {1}";
    case MessageId::list_and:
      return "{0} 和 {1}";
    case MessageId::list_and_more:
      return "{0}，另有 {1} 项";
    case MessageId::label_with_name:
      return "{0}（{1}）";
    case MessageId::label_with_text:
      return "{0}“{1}”";
    case MessageId::the_assessment:
      return "评价文件";
    case MessageId::the_plan:
      return "评价计划";
    case MessageId::stage_n:
      return "第 {0} 个阶段";
    case MessageId::stage_with_scope:
      return "“{0}”（{1}）";
    case MessageId::the_indicator_tree:
      return "指标树";
    case MessageId::an_indicator_tree_file:
      return "指标树文件";
    case MessageId::the_precision:
      return "精度设置";
    case MessageId::a_rating_scale_level:
      return "评分等级";
    case MessageId::a_grade_band:
      return "等级区间";
    case MessageId::an_indicator:
      return "指标";
    case MessageId::indicator_n:
      return "指标 {0}";
    case MessageId::an_item:
      return "评价内容项";
    case MessageId::item_n:
      return "评价内容项 {0}";
    case MessageId::a_rating_of:
      return "{0} 的一个评分";
    case MessageId::quoted_key:
      return "\"{0}\"";
    case MessageId::a_text:
      return "文本";
    case MessageId::a_plain_decimal:
      return "普通十进制数";
    case MessageId::a_plain_decimal_not_negative:
      return "非负的普通十进制数";
    case MessageId::a_whole_number_from_to:
      return "介于 {0} 到 {1} 之间的整数";
    case MessageId::true_or_false:
      return "布尔值 true 或 false";
    case MessageId::a_list:
      return "列表";
    case MessageId::yaml_unknown_error:
      return "未知错误";
    // The YAML reader and the text encoding
    case MessageId::file_too_large:
      return "文件过大：{0} 字节；上限为 {1} 字节";
    case MessageId::file_too_large_more:
      return "文件过大：超过 {0} 字节；上限为 {1} 字节";
    case MessageId::utf16:
      return "文件是 UTF-16 编码；文件必须使用 UTF-8 编码{0}";
    case MessageId::invalid_utf8:
      return "不是有效的 UTF-8（字节 0x{0}）；文件必须使用 UTF-8 编码{1}";
    case MessageId::csv_save_as_utf8:
      return "；请另存为“CSV UTF-8”（Excel 或 WPS：另存为，文件类型选“CSV UTF-8(逗号分隔)”）";
    case MessageId::yaml_save_as_utf8:
      return "；请在编辑器中另存为 UTF-8（“另存为”时编码选“UTF-8”）";
    case MessageId::yaml_gb18030_save_as_utf8:
      return "；文件看来是 GB18030（GBK）编码：请在编辑器中另存为 UTF-8（“另存为”时编码选“UTF-8”），"
             "或用 iconv -f GB18030 -t UTF-8 转换";
    case MessageId::csv_gb18030:
      return "文件不是 UTF-8 而是 GB18030 编码（中文 Windows 上 Excel 和 WPS 另存的“CSV”就是这种编码），已按 GB18030 读取；"
             "要消除此警告，请另存为“CSV UTF-8”（Excel 或 WPS：另存为，文件类型选“CSV UTF-8(逗号分隔)”）";
    case MessageId::nul_byte:
      return "含有 NUL 字节（0x00）；文件必须是 UTF-8 文本（不支持 UTF-16 和二进制文件）";
    case MessageId::too_many_aliases:
      return "别名（alias）超过 {0} 个；上限为 {0}";
    case MessageId::aliases_expand:
      return "别名展开后超过 {0} 个节点；上限为 {0}";
    case MessageId::too_deep:
      return "嵌套超过 {0} 层；上限为 {0}";
    case MessageId::value_too_long:
      return "值过长：{0} 个字符；上限为 {1}（Excel 单元格的上限）";
    case MessageId::unterminated_quote:
      return "带引号的字符串没有结束：此处开始的引号没有闭合";
    case MessageId::duplicate_key:
      return "键 \"{0}\" 重复；第 {1} 行已定义";
    case MessageId::multiple_documents:
      return "应为单个 YAML 文档，此处又开始了一个文档";
    case MessageId::empty_file:
      return "文件为空；应为一个 YAML 文档";
    case MessageId::yaml_syntax:
      return "YAML 语法错误：{0}";
    case MessageId::yaml_tab_indentation:
      return "此处用了制表符（Tab）缩进；YAML 只能用空格缩进：请把制表符换成空格";
    case MessageId::yaml_end_of_map:
      return "映射没有正确结束（检查缩进和括号）";
    case MessageId::yaml_end_of_map_flow:
      return "缺少映射的右花括号 }}";
    case MessageId::yaml_end_of_seq:
      return "列表没有正确结束（检查缩进和括号）";
    case MessageId::yaml_end_of_seq_flow:
      return "缺少列表的右方括号 ]";
    case MessageId::yaml_flow_end:
      return "括号不配对：多了 ] 或 }}";
    case MessageId::yaml_block_entry:
      return "列表项“-”的位置不对（检查缩进）";
    case MessageId::yaml_map_key:
      return "映射的键的位置不对";
    case MessageId::yaml_map_value:
      return "此处不能有映射值（检查冒号和缩进）";
    case MessageId::yaml_eof_in_scalar:
      return "文件在字符串中途结束";
    case MessageId::yaml_char_in_scalar:
      return "字符串中有非法字符";
    case MessageId::yaml_unknown_token:
      return "无法识别的符号";
    case MessageId::yaml_char_in_block:
      return "块字符串中有意外的字符";
    case MessageId::yaml_undefined_anchor:
      return "引用的锚点（anchor）没有定义";
    case MessageId::yaml_alias_not_found:
      return "* 之后缺少别名";
    case MessageId::yaml_anchor_not_found:
      return "& 之后缺少锚点名";
    case MessageId::yaml_unknown_escape:
      return "未知的转义字符：{0}";
    case MessageId::yaml_invalid_unicode:
      return "无效的 Unicode 转义：{0}";
    case MessageId::yaml_unknown_tag:
      return "未知的标签 \"{0}\"；此类文件只用 !!str 一种标签：请删除它（给值加引号即成为文本）";
    case MessageId::yaml_multiple_anchors:
      return "同一个节点不能有多个锚点（&）";
    case MessageId::yaml_multiple_tags:
      return "同一个节点不能有多个标签（!）";
    case MessageId::yaml_alias_content:
      return "别名（*）不能带有内容，标签也不行";
    case MessageId::yaml_invalid_hex:
      return "转义序列的十六进制数中有非法字符";
    case MessageId::yaml_zero_indentation:
      return "块字符串（| 或 >）的缩进不能设为 0";
    case MessageId::yaml_document_in_scalar:
      return "字符串中不能有文档标记（行首的 --- 或 ...）";
    case MessageId::yaml_directive_arguments:
      return "%YAML 指令必须恰好有一个参数";
    case MessageId::yaml_bad_version:
      return "YAML 版本号无效：{0}";
    case MessageId::yaml_major_version:
      return "YAML 主版本号过大";
    case MessageId::yaml_repeated_directive:
      return "%YAML 指令重复";
    case MessageId::yaml_tag_directive_arguments:
      return "%TAG 指令必须恰好有两个参数";
    case MessageId::yaml_repeated_tag_directive:
      return "%TAG 指令重复";
    case MessageId::yaml_char_in_tag_handle:
      return "标签前缀中有非法字符";
    case MessageId::yaml_tag_without_suffix:
      return "标签前缀之后缺少标签名";
    case MessageId::yaml_verbatim_tag_end:
      return "原样标签（!<...>）缺少结尾的 >";
    case MessageId::yaml_char_in_alias:
      return "别名中有非法字符";
    case MessageId::yaml_char_in_anchor:
      return "锚点名中有非法字符";
    // Typed fields of every YAML file
    case MessageId::unknown_key:
      return "{1}中有未知的键 \"{0}\"{2}；可用的键：{3}";
    case MessageId::missing_key:
      return "{0}缺少必需的键 \"{1}\"";
    case MessageId::wrong_type_field:
      return "{1}中的 \"{0}\" 应为{2}，实际是{3}";
    case MessageId::must_be_mapping:
      return "{0}应为映射，实际是{1}";
    case MessageId::key_not_text:
      return "键必须是普通文本，实际是{0}";
    // Reading files and choosing the scheme
    case MessageId::cannot_read:
      return "无法读取文件：{0}";
    case MessageId::read_error:
      return "读取出错";
    case MessageId::is_directory:
      return "这是一个目录";
    case MessageId::no_such_file:
      return "文件或目录不存在";
    case MessageId::permission_denied:
      return "没有权限";
    case MessageId::read_only_file_system:
      return "文件系统是只读的";
    case MessageId::not_a_directory:
      return "路径中有一部分不是目录";
    case MessageId::no_space_left:
      return "磁盘空间不足";
    case MessageId::not_regular_file:
      return "它是管道或设备，不是普通文件；要读取标准输入，请用 -";
    case MessageId::unknown_scheme:
      return "未知的评价体系 \"{0}\"{1}；内置评价体系：{2}（指标树文件用路径指定：--tree 文件，或 scheme: 的值含有“/”或以 .yaml 结尾）";
    case MessageId::builtin_not_file:
      return "；{0} 是内置评价体系：请用 --scheme {0}";
    case MessageId::tree_file_problem:
      return "指标树文件 {0}：{1}";
    case MessageId::scheme_mismatch:
      return "评价文件指定的评价体系是 \"{0}\"，但命令给出了 --scheme {1}；请按其自身的评价体系计分（去掉 --scheme），或改正其 scheme: 行";
    // Assessments: the header fields and placeholders
    case MessageId::not_an_assessment:
      return "应为评价文件：含有 \"city\" 和 \"ratings\" 的映射，实际是{0}";
    case MessageId::scope_not_list:
      return "\"scope\" 应为一级指标编号（所评价的维度）的列表，实际是{0}";
    case MessageId::scope_empty:
      return "评价范围没有列出任何维度；请列出所评价的一级指标，全面评价时删去 \"scope\"";
    case MessageId::scope_unknown:
      return "评价范围中有未知的维度 \"{0}\"{1}；一级指标为 {2}";
    case MessageId::scope_not_dimension:
      return "\"{0}\" 是 {1} 级指标；评价范围只列一级指标（维度）：{2}";
    case MessageId::scope_twice:
      return "\"{0}\" 在评价范围中列出了两次";
    case MessageId::scope_bonus:
      return "\"{0}\" 是加分项，只在全面评价中计入；评价范围只列各主要部分";
    case MessageId::out_of_scope:
      return "{0} 不在评价范围内：本次评价不含维度 {1}（{2}）；请删去它，或把 \"{1}\" 加入评价范围";
    case MessageId::out_of_scope_ignored:
      return "{0} 不在评价范围内：本次评价不含维度 {1}（{2}），因此不计入";
    case MessageId::nothing_evaluated:
      return "评价范围内的评价内容项都是 na（不适用）：没有可计分的内容";
    case MessageId::also_fill_city:
      return "；另请填写城市";
    case MessageId::also_fill_period:
      return "；另请填写评价期";
    case MessageId::also_fill_both:
      return "；另请填写城市和评价期";
    case MessageId::city_unfilled:
      return "城市未填写；请填写城市名称";
    case MessageId::period_unfilled:
      return "评价期未填写；请填写评价期（如 2025），或删除该行";
    // Assessments of rating-mean schemes
    case MessageId::ratings_not_mapping:
      return "\"ratings\" 应为从指标编号到评分列表的映射，实际是{0}";
    case MessageId::ratings_not_list:
      return "{0} 的评分应为列表，每个评价内容项一个评分，实际是{1}";
    case MessageId::facts_in_rating_scheme:
      return "评价体系 {0} 按评分等级计分，不使用事实（facts）：请写 \"ratings:\"";
    case MessageId::indicator_not_rated:
      return "\"{0}\" 是 {1} 级指标；评分应分别写在其下各评分指标中：{2}";
    case MessageId::item_not_indicator:
      return "\"{0}\" 是 {1} 的评价内容项；请在 \"{1}\" 下的列表中给出其评分";
    case MessageId::unknown_indicator:
      return "未知的指标 \"{0}\"{1}";
    case MessageId::unrated_one:
      return "有 {0} 个评价内容项未评分（todo）；请为每项评分：{1}";
    case MessageId::unrated_many:
      return "有 {0} 个评价内容项未评分（todo）；请为每项评分：{1}";
    case MessageId::missing_indicator_one:
      return "缺少指标 {0}的评分";
    case MessageId::missing_indicator_many:
      return "缺少 {0} 个指标的评分：{1}";
    case MessageId::items_one:
      return "1 个评价内容项";
    case MessageId::items_many:
      return "{0} 个评价内容项";
    case MessageId::ratings_given_one:
      return "只给出了 1 个评分";
    case MessageId::ratings_given_many:
      return "给出了 {0} 个评分";
    case MessageId::rating_count:
      return "指标 {0}（{1}）有 {2}，但{3}；其评价内容依次为：{4}";
    case MessageId::invalid_rating:
      return "{0}：{1}；应为 {2}";
    case MessageId::rating_n_of:
      return "{1} 的第 {0} 个评分";
    case MessageId::scale_level:
      return "{0}（{1}，{2}）";
    case MessageId::rating_empty:
      return "评分为空";
    case MessageId::rating_is_list:
      return "评分应为词语或数值，实际是列表";
    case MessageId::rating_is_mapping:
      return "评分应为词语或数值，实际是映射";
    case MessageId::rating_boolean:
      return "{0} 是布尔值，不是评分";
    case MessageId::rating_off_scale:
      return "{0} 不在评分等级中";
    case MessageId::rating_negative:
      return "{0} 是负数，不在评分等级中";
    case MessageId::rating_not_decimal:
      return "\"{0}\" 不是普通十进制数";
    case MessageId::rating_unknown:
      return "未知的评分 \"{0}\"{1}";
    case MessageId::na_needs_reason:
      return "na（不适用）必须写明理由：写作 {{rating: na, reason: \"不适用的理由\"}}";
    case MessageId::reason_without_na:
      return "reason 只用于 na（不适用）；支撑评分的说明请写在 note 中";
    // Assessments of points-sum schemes
    case MessageId::facts_not_mapping:
      return "\"facts\" 应为从评价内容项编号到事实的映射，实际是{0}";
    case MessageId::ratings_in_fact_scheme:
      return "评价体系 {0} 按事实计分，不使用评分（ratings）：请写 \"facts:\"，每个评价内容项一条";
    case MessageId::unknown_item:
      return "未知的评价内容项 \"{0}\"{1}";
    case MessageId::missing_fact_one:
      return "缺少评价内容项 {0}的事实";
    case MessageId::missing_fact_many:
      return "缺少 {0} 个评价内容项的事实：{1}";
    case MessageId::facts_unfilled_one:
      return "有 {0} 个评价内容项未填写（todo）；请填写每项的事实";
    case MessageId::facts_unfilled_many:
      return "有 {0} 个评价内容项未填写（todo）；请填写每项的事实";
    // Rules in tree files
    case MessageId::a_rule:
      return "计分规则";
    case MessageId::the_rule:
      return "计分规则{0}";
    case MessageId::the_type_rule:
      return "{0} 规则{1}";
    case MessageId::of_part:
      return "（部分 \"{0}\"）";
    case MessageId::a_threshold:
      return "阈值";
    case MessageId::a_tier:
      return "档位";
    case MessageId::an_outcome:
      return "结果";
    case MessageId::an_entry_of_of:
      return "\"of\" 的条目";
    case MessageId::outcome_id:
      return "结果编号";
    case MessageId::id_word:
      return "编号";
    case MessageId::unknown_rule_type:
      return "未知的规则类型 \"{0}\"{1}；可用的类型：{2}";
    case MessageId::absent_positive:
      return "\"absent\" 必须为 0 或负数（扣分），实际是 {0}";
    case MessageId::each_zero:
      return "\"each\" 必须大于 0，实际是 0";
    case MessageId::cap_above_points:
      return "\"cap\" {0} 超过了该项的分值 {1}";
    case MessageId::no_thresholds:
      return "ratio-thresholds 规则至少需要一个阈值";
    case MessageId::at_range:
      return "\"at\" 必须是 0 到 1 之间的比例，实际是 {0}";
    case MessageId::at_never:
      return "高于 1（不含 1）的阈值永远无法达到";
    case MessageId::thresholds_ascend:
      return "阈值必须按 \"at\" 升序排列：{0} 排在了 {1} 之后";
    case MessageId::no_tiers:
      return "count-tiers 规则至少需要一个档位";
    case MessageId::tier_min:
      return "档位的 \"min\" 必须是 1 或以上的整数，实际是 {0}（数量为 0 时按 \"zero\" 计分）";
    case MessageId::tiers_descend:
      return "档位必须按 \"min\" 降序排列：{0} 排在了 {1} 之后";
    case MessageId::decimals_range:
      return "\"decimals\" 必须是 0 到 10 之间的整数，实际是 {0}";
    case MessageId::unknown_rounding_name:
      return "未知的舍入方式 \"{0}\"{1}；应为 half-up 或 half-even";
    case MessageId::used_twice:
      return "{0} \"{1}\" 重复使用（第 {2} 行已使用）";
    case MessageId::no_outcomes:
      return "choice 规则至少需要一个结果";
    case MessageId::each_negative:
      return "\"each\" 必须小于 0（每缺一项扣的分数），实际是 {0}";
    case MessageId::no_of:
      return "per-missing 规则的 \"of\" 至少需要一个条目";
    case MessageId::min_above_max:
      return "\"min\" {0} 大于 \"max\" {1}";
    case MessageId::step_zero:
      return "\"step\" 必须大于 0，实际是 0";
    case MessageId::step_divides:
      return "步长 {0} 不能整除范围 {1} 到 {2}";
    case MessageId::no_parts:
      return "composite 规则至少需要一个部分";
    case MessageId::part_reserved:
      return "部分不能命名为 \"{0}\"";
    case MessageId::rule_no_max:
      return "该规则没有上限（per-count 规则未设 \"cap\"），可能给出超过该项分值 {0} 的分数";
    case MessageId::rule_max_above:
      return "该规则最多可给 {0} 分，超过了该项的分值 {1}";
    // Facts in assessments
    case MessageId::the_fact_of_item:
      return "评价内容项 {0} 的事实";
    case MessageId::fact_problem:
      return "评价内容项 {0}：{1}";
    case MessageId::expected_boolean:
      return "应为 true 或 false，实际是{0}";
    case MessageId::expected_count:
      return "应为 0 或以上的整数，实际是{0}";
    case MessageId::too_many_digits:
      return "{0} 的有效数字超过 {1} 位；上限为 {1} 位（电子表格只保留 {1} 位）";
    case MessageId::count_too_large:
      return "{0} 超过可接受的最大计数；上限为 {1}";
    case MessageId::expected_occurrences:
      return "应为次数（0 或以上的整数），实际是{0}";
    case MessageId::expected_ratio:
      return "应为比例（{{numerator: N, denominator: D}} 或 0 到 1 之间的小数），实际是{0}";
    case MessageId::expected_ratio_or_exists:
      return "应为比例（{{numerator: N, denominator: D}} 或 0 到 1 之间的小数）或 {{exists: true}} / "
             "{{exists: false}}（是否有），实际是{0}";
    case MessageId::numerator_bad:
      return "\"numerator\" 必须是 0 或以上的整数，实际是{0}";
    case MessageId::denominator_bad:
      return "\"denominator\" 必须是大于 0 的整数，实际是{0}";
    case MessageId::numerator_above:
      return "分子 {0} 大于分母 {1}；比例最大为 1";
    case MessageId::exists_not_scored:
      return "\"exists\" 只用于有即得分的规则（带 \"any\" 的 ratio-thresholds）；该项的规则不是，只填比例即可";
    case MessageId::exists_contradicts:
      return "\"exists: false\"（一个也没有）与大于 0 的比例 {0}/{1} 矛盾";
    case MessageId::expected_outcome:
      return "应为一个结果（{0}），实际是{1}";
    case MessageId::unknown_outcome:
      return "未知的结果 \"{0}\"{1}；应为 {2}";
    case MessageId::expected_score_range:
      return "应为 {0} 到 {1} 之间的分数，实际是{2}";
    case MessageId::judgement_scale:
      return "{0} 到 {1}，步长 {2}";
    case MessageId::expected_judgement:
      return "应为评定分（{0}），实际是{1}";
    case MessageId::not_on_judgement_scale:
      return "{0} 不在评定分的刻度上（{1}）";
    case MessageId::judgement_note:
      return "评定分必须附理由（note）";
    case MessageId::expected_missing_list:
      return "应为缺少项的列表，取值为 {0}（没有缺少时写 []），实际是{1}";
    case MessageId::expected_one_of:
      return "应为 {0} 之一，实际是{1}";
    case MessageId::unknown_missing:
      return "未知的 \"{0}\"{1}；应为 {2}";
    case MessageId::listed_twice:
      return "\"{0}\" 列出了两次";
    case MessageId::expected_parts:
      return "应为各部分（{0}）的映射，实际是{1}";
    case MessageId::unknown_part:
      return "未知的部分 \"{0}\"{1}；各部分为 {2}";
    case MessageId::part_missing:
      return "缺少部分 \"{0}\"；各部分为 {1}";
    // Evidence of ratings and facts
    case MessageId::evidence_not_list:
      return "{0}中的 \"evidence\" 应为文本列表（文号、文件名、网址），如 [\"云网信〔2025〕12号\"]，实际是{1}";
    case MessageId::evidence_piece_not_text:
      return "{0}中的每项证明材料都应为文本（文号、文件名、网址），实际是{1}";
    case MessageId::evidence_piece_boolean:
      return "{0}中有一项证明材料只写了 {1}，未指明任何材料；请写出作为依据的文号、文件名或网址";
    case MessageId::evidence_piece_empty:
      return "{0}中有一项证明材料为空；请写出文号、文件名或网址，或将其删除";
    case MessageId::evidence_piece_control:
      return "{0}中有一项证明材料含有控制字符（U+{1}）；每项证明材料应为一行普通文本，多项请分别列出";
    case MessageId::evidence_piece_twice:
      return "{0}中的证明材料 \"{1}\" 列出了两次；每项只列一次";
    case MessageId::evidence_too_many:
      return "{0}中的证明材料列出了 {1} 项；最多 {2} 项：请列出关键材料，其余写明所在的文件夹或清单";
    case MessageId::evidence_required_rating:
      return "评价内容项 {0} 评为 {1}，但未列出证明材料；请写明依据：{{rating: {1}, evidence: [\"文号、文件名或网址\"]}}";
    case MessageId::evidence_required_cell:
      return "评价内容项 {0} 评为 {1}，但未列出证明材料；请在该行的 evidence 列写明依据的文号、文件名或网址，多项以 \";\" 分隔";
    case MessageId::evidence_required_fact:
      return "评价内容项 {0}：其事实得 {1} 分，高于该规则的最低分（{2}），但未列出证明材料；请写明依据：在事实中加上 evidence: [\"文号、文件名或网址\"]（只写一个值的事实改写为 {{value: ..., evidence: [...]}}）";
    // Phased evaluation plans, and the stage files scored with them
    case MessageId::not_a_plan:
      return "应为分阶段评价计划：含有 \"plan\"、\"city\" 和 \"stages\" 的映射，实际是{0}";
    case MessageId::plan_not_assessment:
      return "此文件是分阶段评价计划（含有 \"stages\"），不是评价文件：请用 score --plan {0} 阶段文件... 为各阶段计分";
    case MessageId::plan_no_stages:
      return "评价计划没有列出任何阶段；请在 \"stages\" 下列出每个阶段的名称（name）和评价范围（scope）";
    case MessageId::plan_date_form:
      return "日期 \"{0}\" 不是 YYYY-MM-DD 格式，应写作如 2025-06-30";
    case MessageId::plan_date_month:
      return "日期 \"{0}\" 不存在：没有 {1} 月";
    case MessageId::plan_date_day:
      return "日期 \"{0}\" 不存在：{2} 年 {1} 月只有 {3} 天";
    case MessageId::plan_stage_name_twice:
      return "有两个阶段都名为 \"{0}\"（第一个在第 {1} 行）；每个阶段的名称必须各不相同";
    case MessageId::plan_overlap:
      return "维度 {0}既在阶段“{1}”中，又在阶段“{2}”中；每个维度只在一个阶段中评价";
    case MessageId::plan_coverage:
      return "没有阶段评价 {0}，因此本计划只覆盖 {2} 分中的 {1} 分；若要评价整个指标体系，请把每个维度都放入某个阶段";
    case MessageId::plan_no_scope:
      return "评价文件没有评价范围（scope），是全面评价而不是计划中的阶段；请写明其所属阶段的评价范围：{0}";
    case MessageId::plan_no_stage:
      return "计划中没有恰好评价 {0} 的阶段；各阶段为：{1}";
    case MessageId::plan_stage_twice:
      return "阶段“{0}”已由 {1} 评价；每个阶段只给出一个文件";
    case MessageId::plan_city:
      return "评价文件的城市是 \"{0}\"，但计划的城市是 \"{1}\"";
    case MessageId::plan_scheme:
      return "评价文件按评价体系 \"{0}\"（版本 {1}）计分，但计划的评价体系是 \"{2}\"（版本 {3}）；各阶段都应按计划的评价体系计分";
    case MessageId::plan_scheme_option:
      return "评价计划指定的评价体系是 \"{0}\"，但命令给出了 --scheme {1}；请去掉 --scheme，或改正计划的 scheme: 行";
    // Tree files: loading
    case MessageId::no_precision:
      return "指标树未声明精度（precision）；得分按 2 位小数显示，四舍五入";
    case MessageId::unknown_aggregation:
      return "未知的计分方式 {0}；应为 rating-mean 或 points-sum";
    case MessageId::no_rounding:
      return "精度设置未声明舍入方式（rounding）；得分四舍五入";
    case MessageId::unknown_rounding:
      return "未知的舍入方式 {0}；应为 half-up 或 half-even";
    case MessageId::children_and_items:
      return "指标 {0} 同时有 \"children\" 和 \"items\"；指标要么包含下级指标，要么由评价内容项评分";
    case MessageId::no_children_nor_items:
      return "指标 {0} 既没有 \"children\" 也没有 \"items\"";
    case MessageId::indicators_too_deep:
      return "指标嵌套超过 {0} 层；上限为 {0}";
    // Tree files: consistency checks
    case MessageId::bonus_cap:
      return "加分项 {0} 必须声明加分上限 \"cap\"";
    case MessageId::points_total:
      return "一级指标的分值之和为 {0}，但 max_points 为 {1}";
    case MessageId::no_title_en:
      return "评价体系没有英文名称（title_en）";
    case MessageId::duplicate_id:
      return "编号 \"{0}\" 重复；第 {1} 行已使用";
    case MessageId::id_under_parent:
      return "指标 {0} 位于 {1} 之下；其编号应为 \"{1}.<n>\"";
    case MessageId::id_top_level:
      return "指标 {0} 是一级指标；其编号应为整数，如 \"1\"";
    case MessageId::indicator_no_name_en:
      return "指标 {0} 没有英文名称（name_en）";
    case MessageId::no_items:
      return "指标 {0} 没有评价内容项";
    case MessageId::children_points:
      return "指标 {0} 的分值为 {1}，但其下级指标的分值之和为 {2}";
    case MessageId::item_number:
      return "评价内容项 {0} 是指标 {2} 的第 {1} 项；其编号应为 \"{3}\"";
    case MessageId::second_direct_score:
      return "指标 {0} 有第二个直接得分项 {1}；最多只能有一个（第一个：{2}）";
    case MessageId::items_points:
      return "指标 {0} 的分值为 {1}，但其评价内容项的分值之和为 {2}";
    case MessageId::scale_empty:
      return "评分等级表为空";
    case MessageId::rating_no_name_en:
      return "评分等级 \"{0}\" 没有英文名称（name_en）";
    case MessageId::scale_value_range:
      return "评分等级 \"{0}\" 的分值为 {1}；分值必须在 [0, 1] 之内";
    case MessageId::scale_same_value:
      return "评分等级 \"{0}\" 和 \"{1}\" 的分值都是 {2}";
    case MessageId::scale_word_twice:
      return "评分词 \"{0}\" 在评分等级表中出现了两次";
    case MessageId::scale_word_reserved:
      return "评分词 \"{0}\" 保留给不适用的评价内容项（na）";
    case MessageId::bands_order:
      return "等级区间必须从高到低排列：\"{0}\" 排在了 \"{1}\" 之后";
    case MessageId::band_empty:
      return "等级区间 \"{0}\" 为空：下限 {1} 不低于上限 {2}";
    case MessageId::band_top:
      return "最高的等级区间 \"{0}\" 必须止于 max_points {1}（含）";
    case MessageId::band_bottom:
      return "最低的等级区间 \"{0}\" 必须从 0 开始（含）";
    case MessageId::band_no_name_en:
      return "等级区间 \"{0}\" 没有英文名称（name_en）";
    case MessageId::band_duplicate_id:
      return "等级区间编号 \"{0}\" 重复；第 {1} 行已使用";
    case MessageId::band_same_name:
      return "等级区间 \"{0}\" 和 \"{1}\" 的名称都是 \"{2}\"";
    case MessageId::band_gap:
      return "等级区间 \"{0}\" 和 \"{1}\" 之间有空缺：{2} 到 {3} 之间的得分没有等级";
    case MessageId::band_overlap:
      return "等级区间 \"{0}\" 和 \"{1}\" 在 {2} 到 {3} 之间重叠";
    case MessageId::band_boundary:
      return "等级区间 \"{1}\" 和 \"{2}\" 之间的边界 {0} 必须恰好属于其中一个";
    // CSV assessments
    case MessageId::csv_after_quote:
      return "右引号之后有多余的文字；带引号的字段之后必须是逗号或行尾（字段内的引号写作 \"\"）";
    case MessageId::csv_unterminated:
      return "带引号的字段没有结束：此处开始的引号没有闭合";
    case MessageId::csv_no_header:
      return "没有表头行；应为 {0}";
    case MessageId::csv_no_city:
      return "CSV 评价表没有 #city 行；请添加 \"#city,<城市名称>\"";
    case MessageId::csv_unknown_row:
      return "未知的行 \"{0}\"{1}；表头之前只能有 #scheme、#city、#period 和 #scope 行";
    case MessageId::csv_duplicate_row:
      return "\"{0}\" 行重复；第 {1} 行已给出";
    case MessageId::csv_second_value:
      return "{0} 行的第 {1} 列还有一个值；值只能写在第 2 列（含有逗号时请加引号）";
    case MessageId::csv_scheme_empty:
      return "#scheme 行没有值；请在第 2 列写内置评价体系编号或指标树文件的路径";
    case MessageId::csv_column_twice:
      return "列 \"{0}\" 出现了两次";
    case MessageId::csv_unknown_column:
      return "未知的列 \"{0}\"{1}";
    case MessageId::csv_column_missing:
      return "缺少列 \"{0}\"";
    case MessageId::csv_wrong_header:
      return "表头行有误：{0}；应为 {1}（顺序不限）";
    case MessageId::csv_field_count:
      return "本行有 {0} 个字段，但表头行有 {1} 个；含有逗号的字段请加引号";
    case MessageId::csv_id_empty:
      return "id 单元格为空；每行都需要评价内容项编号（如 6.2.1.3）";
    case MessageId::csv_not_item_id:
      return "\"{0}\" 不是评价内容项编号：应为 <指标编号>.<项序号>，如 6.2.1.3";
    case MessageId::csv_duplicate_item:
      return "评价内容项 {0} 的行重复；第 {1} 行已给出";
    case MessageId::csv_no_row_for_item:
      return "缺少评价内容项 {0} 的行；每项都需要一行";
    case MessageId::csv_na_needs_reason:
      return "评价内容项 {0}：na（不适用）必须写明理由：请在该行的 note 列写明不适用的理由";
    case MessageId::csv_empty:
      return "CSV 文件为空；应为填好的 CSV 模板：#scheme、#city、#period 行，表头行，以及每个评价内容项一行";
    case MessageId::csv_no_scheme_row:
      return "CSV 评价表没有 #scheme 行；第一行必须是 \"#scheme,<内置评价体系编号或指标树文件>\"";
    case MessageId::csv_semicolons:
      return "字段以分号“;”分隔，而不是逗号；请另存为“CSV UTF-8(逗号分隔)”";
    // Workbook assessments (.xlsx)
    case MessageId::in_cell:
      return "单元格 {0}：{1}";
    case MessageId::xlsx_not_zip:
      return "不是 Excel 工作簿：.xlsx 文件是 ZIP 压缩包，而此文件不是；请用 Excel、WPS 或 LibreOffice 打开，另存为 Excel 工作簿（.xlsx）";
    case MessageId::xlsx_damaged:
      return "工作簿的 ZIP 压缩包已损坏（{0}）；请用 Excel、WPS 或 LibreOffice 重新保存";
    case MessageId::xlsx_old_format:
      return "不读取 Excel 97-2003 工作簿（.xls）；请用 Excel、WPS 或 LibreOffice 打开，另存为 .xlsx（Excel 工作簿）";
    case MessageId::xlsx_password:
      return "工作簿设有密码（已加密），无法读取；请在 Excel 或 WPS 中打开，取消密码后另存为 .xlsx";
    case MessageId::xlsx_encrypted_entry:
      return "工作簿的部件 \"{0}\" 已加密，无法读取；请保存为不设密码的工作簿";
    case MessageId::xlsx_too_many_entries:
      return "工作簿的压缩包中有 {0} 个条目，超过上限 {1} 个；未解压即拒绝";
    case MessageId::xlsx_too_large_total:
      return "工作簿解压后为 {0} 字节，超过上限 {1} 字节（疑似 ZIP 炸弹）；未解压即拒绝";
    case MessageId::xlsx_entry_too_large:
      return "工作簿的部件 \"{0}\" 解压后为 {1} 字节，超过单个部件的上限 {2} 字节；未解压即拒绝";
    case MessageId::xlsx_entry_lies:
      return "工作簿的部件 \"{0}\" 解压后超过压缩包声明的 {1} 字节；压缩包已损坏或被伪造，解压已在此停止";
    case MessageId::xlsx_too_many_cells:
      return "工作簿的部件 \"{0}\" 中有值的单元格超过 {1} 个；填好的模板只有几千个";
    case MessageId::xlsx_unsafe_entry:
      return "工作簿的压缩包中有指向压缩包之外的条目 \"{0}\"（绝对路径或 \"..\"）；工作簿不会有这样的条目，因此拒绝该文件";
    case MessageId::xlsx_doctype:
      return "工作簿的部件 \"{0}\" 含有 DOCTYPE 声明，而工作簿不会有该声明；未读取即拒绝，不展开也不获取任何实体";
    case MessageId::xlsx_xml_syntax:
      return "工作簿的部件 \"{0}\" 不是格式正确的 XML（第 {1} 行第 {2} 列：{3}）；请用 Excel、WPS 或 LibreOffice 重新保存";
    case MessageId::xlsx_no_part:
      return "工作簿缺少部件 \"{0}\"；请用 Excel、WPS 或 LibreOffice 重新另存为 .xlsx";
    case MessageId::xlsx_no_sheet:
      return "工作簿中没有工作表；读取的是第一个工作表";
    case MessageId::xlsx_bad_reference:
      return "工作簿的部件 \"{0}\" 中的单元格引用 \"{1}\" 不是工作表的单元格（列 A 到 XFD，行 1 到 1048576）";
    case MessageId::xlsx_bad_shared_string:
      return "工作簿的部件 \"{0}\" 引用了第 {1} 号共享字符串，但工作簿只有 {2} 个";
    case MessageId::xlsx_no_header_row:
      return "工作表 \"{0}\" 没有表头行：没有标为 {1} 的单元格；评价内容项的表格以一行列标签开始（见 docs/workbook-format.md）";
    case MessageId::xlsx_column_twice:
      return "有两列都标为 \"{0}\"：{1} 和 {2}；请只保留一列";
    case MessageId::xlsx_column_missing:
      return "表头行没有 \"{0}\" 列；请将一列标为 {1}";
    case MessageId::xlsx_field_twice:
      return "字段 \"{0}\" 出现了两次；第一次在 {1}";
    case MessageId::xlsx_no_city:
      return "工作簿没有城市字段：请在表头行上方放一个标为 {0} 的单元格，并在其右侧单元格填写城市名称";
    case MessageId::xlsx_scheme_empty:
      return "方案字段为空；请在其标签右侧的单元格中写内置评价体系编号或指标树文件的路径";
    case MessageId::xlsx_duplicate_item:
      return "评价内容项 {0} 的行重复；第 {1} 行已给出";
    case MessageId::xlsx_duplicate_part:
      return "评价内容项 {0}：分项 {1} 有第二行；第 {2} 行已给出";
    case MessageId::xlsx_na_needs_reason:
      return "评价内容项 {0}：na（不适用）必须写明理由：请在该行的“说明”单元格中写明不适用的理由";
    case MessageId::xlsx_part_not_composite:
      return "评价内容项 {0} 不分项计分；其“分项”单元格应留空";
    case MessageId::xlsx_part_needed:
      return "评价内容项 {0} 分项计分（{1}）：每个分项各占一行，并在“分项”列填写分项名称";
    case MessageId::xlsx_formula_cached:
      return "含有公式；读取的是其上次计算的值 \"{0}\"；请直接填写值，以确保无误";
    case MessageId::xlsx_formula_uncached:
      return "含有从未计算过的公式，没有可读取的值；请直接填写值（或用 Excel、WPS 或 LibreOffice 打开后保存）";
    case MessageId::xlsx_cell_error:
      return "是错误值 {0}，而不是值；请直接填写值，或修正产生该错误的公式";
    // Reports of check
    case MessageId::files_one:
      return "1 个文件";
    case MessageId::files_many:
      return "{0} 个文件";
    case MessageId::errors_one:
      return "1 个错误";
    case MessageId::errors_many:
      return "{0} 个错误";
    case MessageId::warnings_one:
      return "1 个警告";
    case MessageId::warnings_many:
      return "{0} 个警告";
    case MessageId::summary_clean:
      return "{0}中没有发现问题";
    case MessageId::summary:
      return "{2}中有 {0}、{1}";
    case MessageId::more_problems_one:
      return "另有 1 个问题";
    case MessageId::more_problems_many:
      return "另有 {0} 个问题";
    case MessageId::not_shown_in_file:
      return "{0}：{1}未列出（每个文件最多列出 {2} 个）";
    // The command line
    case MessageId::more_not_shown:
      return "另有 {0} 个问题未显示（最多显示 {1} 个）";
    case MessageId::cannot_write:
      return "无法写入 {0}：{1}";
    case MessageId::stdin_once:
      return "标准输入（'-'）只能读取一次";
    case MessageId::overwrite_tree:
      return "-o {0} 会覆盖指标树文件 {1}";
    case MessageId::overwrite_input:
      return "-o {0} 会覆盖输入文件 {1}";
    case MessageId::unknown_command:
      return "未知的命令 \"{0}\"{1}；运行 'cityseceval --help' 查看所有命令";
    case MessageId::unknown_schema_name:
      return "未知的 schema \"{0}\"{1}；应为以下之一：{2}";
    case MessageId::fail_under_value:
      return "--fail-under 应为普通十进制分数，如 60 或 72.5，实际是 \"{0}\"";
    case MessageId::below_gate:
      return "{0}：{1} 得分 {2}，低于门槛 {3}";
    case MessageId::by_unknown:
      return "--by {0} 不是所计分评价体系（{1}）中的指标";
    case MessageId::by_unranked:
      return "{0}：没有 {1} 的得分（其评价体系中没有该指标，或未评价）；列在最后，不排名";
    case MessageId::trend_cities:
      return "这些评价属于不同的城市（{0}）；趋势只跟踪一个城市：请只给出一个城市的文件，或使用 --any-city";
    case MessageId::trend_no_period:
      return "{0}：该评价没有评价期，而趋势按评价期排序；已略去";
    case MessageId::trend_same_period:
      return "{0} 在评价期 {1} 有两份评价：{2} 和 {3}";
    case MessageId::trend_mixed_schemes:
      return "这些评价使用了不同的评价体系（{0}）；不同评价体系之间的变化比较的不是同一事物";
    case MessageId::min_grade_plan:
      return "--min-grade 用于评价文件，不用于计划进度；--plan 请用 --fail-under";
    case MessageId::plan_format:
      return "--plan 的报告格式为 text 或 json；当前格式为 {0}";
    case MessageId::below_min_grade:
      return "{0}：{1} 的等级为{2}，低于最低等级{3}";
    case MessageId::min_grade_unknown:
      return "--min-grade {0} 不是评价体系 {1} 的等级；其等级为 {2}";
    case MessageId::min_grade_no_grades:
      return "无法应用 --min-grade {0}：评价体系 {1} 未定义等级";
    case MessageId::no_grade:
      return "无等级";
    case MessageId::jobs_value:
      return "--jobs 应为 1 到 {1} 之间的线程数，实际是 \"{0}\"";
    case MessageId::bom_format:
      return "--bom 只用于 --format csv 或 tsv（电子表格）；当前格式为 {0}";
    case MessageId::workbook_temporary_file:
      return "无法生成工作簿：无法在 {0} 中创建临时文件；请将 TMPDIR 设为可写入的目录";
    case MessageId::workbook_failed:
      return "无法生成工作簿：libxlsxwriter 报告：{0}";
    case MessageId::workbook_needs_output:
      return "工作簿是二进制文件，不写到标准输出：请用 -o 文件.xlsx 指定输出文件";
    case MessageId::table_option_format:
      return "{0} 用于选择 --format csv、tsv 或 markdown 的列；当前格式为 {1}";
    case MessageId::columns_and_level:
      return "--columns 与 --level 只能给出一个";
    case MessageId::unknown_column:
      return "未知的列 \"{0}\"{1}；列应为 {2} 之一，或所计分评价体系的指标编号";
    case MessageId::mixed_schemes:
      return "这些评价使用了不同的评价体系（{0}）；只输出它们共有的列";
    case MessageId::no_assessments_in_directory:
      return "目录 {0} 中没有 *.yaml、*.yml 或 *.csv 文件";
    case MessageId::directory_unreadable:
      return "无法读取目录 {0}：{1}";
    case MessageId::too_many_files_in_directory:
      return "目录 {0} 中的评估文件超过 {1} 个；上限为 {1}（可用 --max-files 调高）";
    case MessageId::too_many_entries_in_directory:
      return "目录 {0} 中要查看的条目超过 {1} 个；上限为 {1}，即 --max-files 的十倍（可用 --max-files 调高）";
    case MessageId::max_file_size_value:
      return "--max-file-size 应为字节数，或带 K、M、G 后缀表示 KiB、MiB、GiB（8388608、512K、20M、1G），实际是 \"{0}\"";
    case MessageId::max_files_value:
      return "--max-files 应为 1 或以上的文件数，实际是 \"{0}\"";
    case MessageId::not_scored:
      return "未计分：{0}（见上面的消息）";
    case MessageId::csv_template_facts:
      return "CSV 模板只用于评分制评价体系；评价体系 {0} 记录事实：请用 --format yaml 或 --format xlsx";
    case MessageId::output_is_directory:
      return "无法写入 {0}：-o 需要文件路径，不能是目录";
    case MessageId::output_not_writable:
      return "无法写入 {0}：你没有写入该文件的权限";
    case MessageId::output_exists:
      return "{0} 已存在；如需覆盖请加 --force";
    case MessageId::internal_error:
      return "内部错误：{0}；请报告此问题，并附上所用的命令和输入文件";
    case MessageId::unknown_exception:
      return "未知类型的异常";
    case MessageId::output_not_regular:
      return "无法写入 {0}：-o 只替换普通文件，不替换设备或管道；不加 -o 即写到标准输出";
    // Tailoring (docs/tailoring.md): tailoring files, the record in a tree, writing trees
    case MessageId::the_tailoring:
      return "裁剪文件";
    case MessageId::an_entry_of:
      return "\"{0}\" 中的条目";
    case MessageId::the_tailoring_record:
      return "裁剪记录";
    case MessageId::the_tailoring_base:
      return "裁剪记录的基准体系";
    case MessageId::a_tailoring_change:
      return "裁剪记录中的变更";
    case MessageId::a_list_of_item_ids:
      return "评价内容项编号的列表";
    case MessageId::unknown_change_kind:
      return "未知的变更类型 {0}；应为 remove、reword、add 或 points";
    case MessageId::tailoring_points_sum_base:
      return "评价体系 {0} 按规则计分（points-sum）；只有按评分平均计分（rating-mean）的评价体系可以裁剪";
    case MessageId::tailoring_same_id:
      return "裁剪后的评价体系使用了基准体系的编号 \"{0}\"；请另取编号，以免其结果被当作基准体系的结果";
    case MessageId::tailoring_too_deep:
      return "连续超过 {0} 层裁剪（每层是下一层的基准体系）；上限为 {0}；是否有裁剪文件以自身为基准体系？";
    case MessageId::tailoring_changed_twice:
      return "{0} 已在第 {1} 行变更；每个评价内容项、每个指标的分值只能变更一次";
    case MessageId::tailoring_no_reason:
      return "评价内容项 {0} 被删除但未说明理由（reason）；请说明其不适用的原因（表 B.1：如果剪裁，建议提供剪裁理由）";
    case MessageId::tailoring_not_rated:
      return "指标 {0} 下设其他指标，而一级、二级指标不应做调整（表 B.1）；请对其下的评分指标增加评价内容或调整分值";
    case MessageId::tailoring_parent_points:
      return "指标 {0} 的分值为 {1}，但调整分值后其下级指标的分值之和为 {2}；一级、二级指标不应做调整（表 B.1），分值只能在同一二级指标下的评分指标之间调整";
    case MessageId::tailoring_points_changed:
      return "指标 {0} 的分值由基准体系的 {2} 调整为 {1}；标准建议三级指标不做调整（表 B.1）";
    case MessageId::tailoring_no_items_left:
      return "指标 {0} 的评价内容项全部被删除，已无内容可评；请至少保留或新增一项";
    case MessageId::retired_not_gap:
      return "已停用的评价内容项编号 \"{0}\" 与指标 {1} 不符：其评价内容项与已停用的编号合起来应依次为 \"{1}.1\"、\"{1}.2\"……，不能有空缺";
    case MessageId::overwrite_base:
      return "-o {0} 会覆盖裁剪文件的基准体系 {1}";
    case MessageId::tree_writer_points_sum:
      return "评价体系 {0} 按规则计分（points-sum）；其计分规则无法写成指标树文件";
    case MessageId::retired_item_row:
      return "评价内容项 {0} 已停用：评价体系的裁剪删除了该项，不再评分；请删除该行";
    case MessageId::a_decimal_or_fraction:
      return "非负的普通十进制数或分数（如 \"1/3\"）";
    case MessageId::weight_and_points:
      return "指标 {0} 同时有 \"points\" 和 \"weight\"；指标树对每个指标只给分值或权重之一";
    case MessageId::weight_missing:
      return "指标 {0} 没有权重（weight）；以权重给出的指标树中每个指标都要有权重：占上级指标的比重（一级指标为 α）";
    case MessageId::weight_range:
      return "指标 {0} 的权重为 {1}；权重必须大于 0 且不超过 1";
    case MessageId::weight_points_sum:
      return "指标 {0} 有权重，但权重只用于按评分平均计分（rating-mean）的评价体系；按规则计分（points-sum）的评价体系将评价内容项的分值相加";
    case MessageId::weight_bonus:
      return "加分项 {0} 不能有权重：加分在加权综合得分之后加上；请给出其分值";
    case MessageId::weights_sum_top:
      return "一级指标的权重（α）之和为 {0}；必须恰好为 1{1}";
    case MessageId::weights_sum_children:
      return "指标 {0} 的下级指标权重之和为 {1}；必须恰好为 1{2}";
    case MessageId::weights_fraction_hint:
      return "；十进制小数无法精确表示的比重请写成分数，如 \"1/3\"";
    case MessageId::a_weight_profile_file:
      return "权重方案文件";
    case MessageId::the_weight_profile:
      return "权重方案";
    case MessageId::profile_no_weights:
      return "权重方案没有给出任何权重；请在 \"weights\" 下列出指标编号及其权重";
    case MessageId::profile_scheme_mismatch:
      return "权重方案适用于评价体系 \"{0}\"，但本次使用的评价体系是 \"{1}\"";
    case MessageId::profile_points_sum:
      return "评价体系 {0} 按规则计分（points-sum），其指标分值为评价内容项分值之和；权重方案只适用于按评分平均计分（rating-mean）的评价体系";
    case MessageId::profile_item:
      return "\"{0}\" 是评价内容项；权重只能给指标（评分指标的各评价内容项权重相同，见公式 A.4）";
    case MessageId::profile_weight_value:
      return "{0} 的权重：应为普通十进制数或分数（如 \"1/3\"），实际是{1}";
    case MessageId::files_required:
      return "没有给出文件：score 需要评价文件，或 --plan 计划文件及任意个阶段文件";
    case MessageId::gate_nothing_evaluated:
      return "{0}：{1} 尚无已评价的阶段，没有可与门槛 {2} 比较的得分";
    // Comparing two assessments (compare.h, `compare`)
    case MessageId::compare_two_files:
      return "compare 需要两个评价文件：OLD 和 NEW；实际给出 {0} 个";
    case MessageId::compare_different_trees:
      return "{0} 按评价体系 {1} 评分，{2} 按评价体系 {3} 评分：指标树不同的评价不予比较；如需只比较两者共有的指标和"
             "评价内容，请使用 --allow-different-trees";
    case MessageId::compare_different_cities:
      return "{0} 评价的是 \"{1}\"，{2} 评价的是 \"{3}\"：这是两个不同城市之间的比较";
    case MessageId::compare_different_scopes:
      return "{0} 评价{1}，{2} 评价{3}：专项评价的综合得分按所评价部分折算为满分 {4}，两个综合得分涵盖的指标不同";
    case MessageId::compare_every_dimension:
      return "全部维度";
    case MessageId::compare_dimensions:
      return "维度 {0}";
    case MessageId::compare_different_weights:
      return "{0} 按{1}评分，{2} 按{3}评分：各项差值中既有权重的变化，也有评分的变化";
    case MessageId::compare_weight_profile:
      return "权重方案 \"{0}\"（{1}）";
    case MessageId::compare_tree_points:
      return "指标树自身的分值";
    case MessageId::compare_tree_weights:
      return "指标树自身的权重";
    // The evaluation report (render_report.h, `report`)
    case MessageId::report_format_from_output:
      return "-o {0}：无法从扩展名 \"{1}\" 判断报告格式；请使用 .html、.htm 或 .md 文件名，或指定 --format html 或 "
             "--format markdown（如需 PDF，请在浏览器中打印 HTML）";
    // Improvement priorities (gaps.h, `gaps`)
    case MessageId::gaps_one_file:
      return "gaps 需要一个评价文件；实际给出 {0} 个";
    case MessageId::gaps_target_not_number:
      return "--target：“{0}”不是分数；应为普通小数，如 85 或 72.5";
    case MessageId::gaps_target_negative:
      return "--target：{0} 小于 0；目标分数应在 0 至 {1} 之间";
    case MessageId::gaps_target_above_max:
      return "--target：{0} 高于 {1}，即评价体系 {2} 所能给出的最高分";
    case MessageId::explain_unknown_id:
      return "{0} 不是所计分评价体系（{1}）中的指标或评价内容项{2}";
    case MessageId::count_:
      break;
  }
  return {};
}

}  // namespace cityseceval
