// Every message a user reads from cityseceval, in Chinese and English.
//
// A message is named by its MessageId and written once per language, in two
// catalogues: src/messages_zh.cpp and src/messages_en.cpp. Each catalogue is a
// switch over every id with no default, so the build fails (-Wswitch, errors
// in CI) when an id lacks a language; tests/test_messages.cpp checks that no
// pattern is empty and that both languages use the same arguments.
//
// A pattern uses fmt's positional fields {0}, {1}... so each language puts
// the arguments in its own order. An argument is a Text (words with a form in
// each language: "a list" / "列表"), or anything else (an id, a number, a
// quoted value), which is the same in both.
//
// Only the words change with the language. Rule ids ([invalid-rating]), JSON
// keys and the "FILE:LINE:COL: error:" prefix stay as they are, so editors
// and CI parse both languages alike.
#pragma once

#include <concepts>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/language.h"

namespace cityseceval {

enum class MessageId {
  // Words and lists used inside other messages
  node_empty,
  node_mapping,
  node_list,
  in_quotes,
  did_you_mean,
  list_separator,
  clause_separator,
  list_or,
  list_and,
  list_and_more,
  label_with_name,
  label_with_text,
  the_assessment,
  the_plan,
  stage_n,
  stage_with_scope,
  the_indicator_tree,
  an_indicator_tree_file,
  the_precision,
  a_rating_scale_level,
  a_grade_band,
  an_indicator,
  indicator_n,
  an_item,
  item_n,
  a_rating_of,
  quoted_key,
  a_text,
  a_plain_decimal,
  a_plain_decimal_not_negative,
  a_whole_number_from_to,
  true_or_false,
  a_list,
  yaml_unknown_error,
  // The YAML reader and the text encoding
  file_too_large,
  file_too_large_more,
  utf16,
  invalid_utf8,
  csv_save_as_utf8,
  nul_byte,
  too_many_aliases,
  aliases_expand,
  too_deep,
  duplicate_key,
  multiple_documents,
  empty_file,
  yaml_syntax,
  yaml_tab_indentation,
  yaml_end_of_map,
  yaml_end_of_map_flow,
  yaml_end_of_seq,
  yaml_end_of_seq_flow,
  yaml_flow_end,
  yaml_block_entry,
  yaml_map_key,
  yaml_map_value,
  yaml_eof_in_scalar,
  yaml_char_in_scalar,
  yaml_unknown_token,
  yaml_char_in_block,
  yaml_undefined_anchor,
  yaml_alias_not_found,
  yaml_anchor_not_found,
  yaml_unknown_escape,
  yaml_invalid_unicode,
  // Typed fields of every YAML file
  unknown_key,
  missing_key,
  wrong_type_field,
  must_be_mapping,
  key_not_text,
  // Reading files and choosing the scheme
  cannot_read,
  read_error,
  is_directory,
  no_such_file,
  permission_denied,
  unknown_scheme,
  builtin_not_file,
  tree_file_problem,
  scheme_mismatch,
  // Assessments: the header fields and placeholders
  not_an_assessment,
  scope_not_list,
  scope_empty,
  scope_unknown,
  scope_not_dimension,
  scope_twice,
  scope_bonus,
  out_of_scope,
  out_of_scope_ignored,
  nothing_evaluated,
  also_fill_city,
  also_fill_period,
  also_fill_both,
  city_unfilled,
  period_unfilled,
  // Assessments of rating-mean schemes
  ratings_not_mapping,
  ratings_not_list,
  facts_in_rating_scheme,
  indicator_not_rated,
  item_not_indicator,
  unknown_indicator,
  unrated_one,
  unrated_many,
  missing_indicator_one,
  missing_indicator_many,
  items_one,
  items_many,
  ratings_given_one,
  ratings_given_many,
  rating_count,
  invalid_rating,
  rating_n_of,
  scale_level,
  rating_empty,
  rating_is_list,
  rating_is_mapping,
  rating_boolean,
  rating_off_scale,
  rating_negative,
  rating_not_decimal,
  rating_unknown,
  na_needs_reason,
  reason_without_na,
  // Assessments of points-sum schemes
  facts_not_mapping,
  ratings_in_fact_scheme,
  unknown_item,
  missing_fact_one,
  missing_fact_many,
  facts_unfilled_one,
  facts_unfilled_many,
  // Rules in tree files
  a_rule,
  the_rule,
  the_type_rule,
  of_part,
  a_threshold,
  a_tier,
  an_outcome,
  an_entry_of_of,
  outcome_id,
  id_word,
  unknown_rule_type,
  absent_positive,
  each_zero,
  cap_above_points,
  no_thresholds,
  at_range,
  at_never,
  thresholds_ascend,
  no_tiers,
  tier_min,
  tiers_descend,
  decimals_range,
  unknown_rounding_name,
  used_twice,
  no_outcomes,
  each_negative,
  no_of,
  min_above_max,
  step_zero,
  step_divides,
  no_parts,
  part_note,
  rule_no_max,
  rule_max_above,
  // Facts in assessments
  the_fact_of_item,
  fact_problem,
  expected_boolean,
  expected_count,
  expected_occurrences,
  expected_ratio,
  expected_ratio_or_exists,
  numerator_bad,
  denominator_bad,
  numerator_above,
  exists_not_scored,
  exists_contradicts,
  expected_outcome,
  unknown_outcome,
  expected_score_range,
  judgement_scale,
  expected_judgement,
  not_on_judgement_scale,
  judgement_note,
  expected_missing_list,
  expected_one_of,
  unknown_missing,
  listed_twice,
  expected_parts,
  unknown_part,
  part_missing,
  // Phased evaluation plans, and the stage files scored with them
  not_a_plan,
  plan_not_assessment,
  plan_no_stages,
  plan_date_form,
  plan_date_month,
  plan_date_day,
  plan_stage_name_twice,
  plan_overlap,
  plan_coverage,
  plan_no_scope,
  plan_no_stage,
  plan_stage_twice,
  plan_city,
  plan_scheme,
  plan_scheme_option,
  // Tree files: loading
  no_precision,
  unknown_aggregation,
  no_rounding,
  unknown_rounding,
  children_and_items,
  no_children_nor_items,
  indicators_too_deep,
  // Tree files: consistency checks
  bonus_cap,
  points_total,
  no_title_en,
  duplicate_id,
  id_under_parent,
  id_top_level,
  indicator_no_name_en,
  no_items,
  children_points,
  item_number,
  second_direct_score,
  items_points,
  scale_empty,
  rating_no_name_en,
  scale_value_range,
  scale_same_value,
  scale_word_twice,
  scale_word_reserved,
  bands_order,
  band_empty,
  band_top,
  band_bottom,
  band_no_name_en,
  band_duplicate_id,
  band_same_name,
  band_gap,
  band_overlap,
  band_boundary,
  // CSV assessments
  csv_after_quote,
  csv_unterminated,
  csv_no_header,
  csv_no_city,
  csv_unknown_row,
  csv_duplicate_row,
  csv_second_value,
  csv_scheme_empty,
  csv_column_twice,
  csv_unknown_column,
  csv_column_missing,
  csv_wrong_header,
  csv_field_count,
  csv_id_empty,
  csv_not_item_id,
  csv_duplicate_item,
  csv_no_row_for_item,
  csv_na_needs_reason,
  csv_empty,
  csv_no_scheme_row,
  csv_semicolons,
  // Reports of check
  files_one,
  files_many,
  errors_one,
  errors_many,
  warnings_one,
  warnings_many,
  summary_clean,
  summary,
  more_problems_one,
  more_problems_many,
  not_shown_in_file,
  // The command line
  more_not_shown,
  cannot_write,
  stdin_once,
  overwrite_tree,
  overwrite_input,
  unknown_command,
  unknown_schema_name,
  fail_under_value,
  below_gate,
  csv_template_facts,
  output_is_directory,
  output_not_writable,
  output_exists,
  internal_error,
  unknown_exception,
  output_not_regular,
  files_required,
  gate_nothing_evaluated,
  count_  // not a message: the number of ids
};

// One argument of a message: words in both languages, or a value shown as it is.
class MessageArg {
 public:
  MessageArg(Text text) : text_(std::move(text)) {}
  MessageArg(std::string text) : text_(Text::both(std::move(text))) {}
  MessageArg(std::string_view text) : text_(Text::both(std::string(text))) {}
  MessageArg(const char* text) : text_(Text::both(text)) {}
  template <std::integral T>
  MessageArg(T number) : text_(Text::both(std::to_string(number))) {}

  const std::string& in(Language language) const { return text_.in(language); }

 private:
  Text text_;
};

// The message `id` in both languages with its fields filled from `args`.
Text message(MessageId id, std::initializer_list<MessageArg> args = {});

// The pattern of `id` in `language`, from its catalogue.
std::string_view message_pattern(MessageId id, Language language);

// "a, b or c" / "a、b或c": words joined as a list whose last two are joined
// by `last` (MessageId::list_or or MessageId::list_and).
Text join_list(const std::vector<Text>& words, MessageId last);
Text join_list(const std::vector<std::string>& words, MessageId last);
// "a, b, c" / "a、b、c"; with MessageId::clause_separator "a; b; c" / "a；b；c".
Text join_all(const std::vector<Text>& words, MessageId separator = MessageId::list_separator);
Text join_all(const std::vector<std::string>& words);

}  // namespace cityseceval
