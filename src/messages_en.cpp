// The English catalogue of messages (include/cityseceval/messages.h).
// Every MessageId has a case here: the switch has no default, so a new id
// without its English text fails the build (-Wswitch).
#include "messages_catalogue.h"

namespace cityseceval {

std::string_view english_pattern(MessageId id) {
  switch (id) {
    // Words and lists used inside other messages
    case MessageId::node_empty:
      return "an empty value";
    case MessageId::node_mapping:
      return "a mapping";
    case MessageId::node_list:
      return "a list";
    case MessageId::in_quotes:
      return "{0} in quotes";
    case MessageId::did_you_mean:
      return " (did you mean \"{0}\"?)";
    case MessageId::list_separator:
      return ", ";
    case MessageId::clause_separator:
      return "; ";
    case MessageId::list_or:
      return "{0} or {1}";
    case MessageId::list_and:
      return "{0} and {1}";
    case MessageId::list_and_more:
      return "{0} and {1} more";
    case MessageId::label_with_name:
      return "{0} ({1})";
    case MessageId::label_with_text:
      return "{0} \"{1}\"";
    case MessageId::the_assessment:
      return "the assessment";
    case MessageId::the_plan:
      return "the plan";
    case MessageId::stage_n:
      return "stage {0}";
    case MessageId::stage_with_scope:
      return "\"{0}\" ({1})";
    case MessageId::the_indicator_tree:
      return "the indicator tree";
    case MessageId::an_indicator_tree_file:
      return "an indicator-tree file";
    case MessageId::the_precision:
      return "the precision";
    case MessageId::a_rating_scale_level:
      return "a rating-scale level";
    case MessageId::a_grade_band:
      return "a grade band";
    case MessageId::an_indicator:
      return "an indicator";
    case MessageId::indicator_n:
      return "indicator {0}";
    case MessageId::an_item:
      return "an item";
    case MessageId::item_n:
      return "item {0}";
    case MessageId::a_rating_of:
      return "a rating of {0}";
    case MessageId::quoted_key:
      return "\"{0}\"";
    case MessageId::a_text:
      return "a text";
    case MessageId::a_plain_decimal:
      return "a plain decimal number";
    case MessageId::a_plain_decimal_not_negative:
      return "a plain decimal number, not negative";
    case MessageId::a_whole_number_from_to:
      return "a whole number from {0} to {1}";
    case MessageId::true_or_false:
      return "true or false";
    case MessageId::a_list:
      return "a list";
    case MessageId::yaml_unknown_error:
      return "unknown error";
    // The YAML reader and the text encoding
    case MessageId::file_too_large:
      return "file is too large: {0} bytes; the limit is {1} bytes";
    case MessageId::file_too_large_more:
      return "file is too large: more than {0} bytes; the limit is {1} bytes";
    case MessageId::utf16:
      return "the file is UTF-16 encoded; the file must be encoded in UTF-8{0}";
    case MessageId::invalid_utf8:
      return "invalid UTF-8 (byte 0x{0}); the file must be encoded in UTF-8{1}";
    case MessageId::csv_save_as_utf8:
      return "; save it as \"CSV UTF-8\" (in Excel or WPS: Save As, type \"CSV UTF-8 (Comma delimited)\")";
    case MessageId::yaml_save_as_utf8:
      return "; save it as UTF-8 in your editor (Save As, encoding \"UTF-8\")";
    case MessageId::yaml_gb18030_save_as_utf8:
      return "; it looks like GB18030 (GBK): save it as UTF-8 in your editor (Save As, encoding \"UTF-8\"), or "
             "convert it with iconv -f GB18030 -t UTF-8";
    case MessageId::csv_gb18030:
      return "the file is GB18030, not UTF-8 (what Excel and WPS save as \"CSV\" on Chinese Windows), and was read as "
             "GB18030; to silence this warning, save it as \"CSV UTF-8\" (in Excel or WPS: Save As, type \"CSV UTF-8 "
             "(Comma delimited)\")";
    case MessageId::nul_byte:
      return "NUL byte (0x00); the file must be UTF-8 text (UTF-16 and binary files are not supported)";
    case MessageId::too_many_aliases:
      return "more than {0} aliases; the limit is {0}";
    case MessageId::aliases_expand:
      return "aliases expand to more than {0} nodes; the limit is {0}";
    case MessageId::too_deep:
      return "nesting deeper than {0} levels; the limit is {0}";
    case MessageId::value_too_long:
      return "value too long: {0} characters; the limit is {1} (Excel's limit for one cell)";
    case MessageId::unterminated_quote:
      return "unterminated quoted string: the quote opened here is never closed";
    case MessageId::duplicate_key:
      return "duplicate key \"{0}\"; first defined at line {1}";
    case MessageId::multiple_documents:
      return "expected a single YAML document, found another one here";
    case MessageId::empty_file:
      return "the file is empty; expected a YAML document";
    case MessageId::yaml_syntax:
      return "invalid YAML: {0}";
    case MessageId::yaml_tab_indentation:
      return "a tab is used for indentation; YAML indents with spaces only: replace the tab with spaces";
    case MessageId::yaml_end_of_map:
      return "end of map not found";
    case MessageId::yaml_end_of_map_flow:
      return "end of map flow not found";
    case MessageId::yaml_end_of_seq:
      return "end of sequence not found";
    case MessageId::yaml_end_of_seq_flow:
      return "end of sequence flow not found";
    case MessageId::yaml_flow_end:
      return "illegal flow end";
    case MessageId::yaml_block_entry:
      return "illegal block entry";
    case MessageId::yaml_map_key:
      return "illegal map key";
    case MessageId::yaml_map_value:
      return "illegal map value";
    case MessageId::yaml_eof_in_scalar:
      return "illegal EOF in scalar";
    case MessageId::yaml_char_in_scalar:
      return "illegal character in scalar";
    case MessageId::yaml_unknown_token:
      return "unknown token";
    case MessageId::yaml_char_in_block:
      return "unexpected character in block scalar";
    case MessageId::yaml_undefined_anchor:
      return "the referenced anchor is not defined";
    case MessageId::yaml_alias_not_found:
      return "alias not found after *";
    case MessageId::yaml_anchor_not_found:
      return "anchor not found after &";
    case MessageId::yaml_unknown_escape:
      return "unknown escape character: {0}";
    case MessageId::yaml_invalid_unicode:
      return "invalid unicode: {0}";
    case MessageId::yaml_unknown_tag:
      return "unknown tag \"{0}\"; these files use no tag but !!str: remove it (quoting a value makes it a text)";
    case MessageId::yaml_multiple_anchors:
      return "cannot assign multiple anchors to the same node";
    case MessageId::yaml_multiple_tags:
      return "cannot assign multiple tags to the same node";
    case MessageId::yaml_alias_content:
      return "aliases can't have any content, *including* tags";
    case MessageId::yaml_invalid_hex:
      return "bad character found while scanning hex number";
    case MessageId::yaml_zero_indentation:
      return "cannot set zero indentation for a block scalar";
    case MessageId::yaml_document_in_scalar:
      return "illegal document indicator in scalar";
    case MessageId::yaml_directive_arguments:
      return "YAML directives must have exactly one argument";
    case MessageId::yaml_bad_version:
      return "bad YAML version: {0}";
    case MessageId::yaml_major_version:
      return "YAML major version too large";
    case MessageId::yaml_repeated_directive:
      return "repeated YAML directive";
    case MessageId::yaml_tag_directive_arguments:
      return "TAG directives must have exactly two arguments";
    case MessageId::yaml_repeated_tag_directive:
      return "repeated TAG directive";
    case MessageId::yaml_char_in_tag_handle:
      return "illegal character found while scanning tag handle";
    case MessageId::yaml_tag_without_suffix:
      return "tag handle with no suffix";
    case MessageId::yaml_verbatim_tag_end:
      return "end of verbatim tag not found";
    case MessageId::yaml_char_in_alias:
      return "illegal character found while scanning alias";
    case MessageId::yaml_char_in_anchor:
      return "illegal character found while scanning anchor";
    // Typed fields of every YAML file
    case MessageId::unknown_key:
      return "unknown key \"{0}\" in {1}{2}; expected one of: {3}";
    case MessageId::missing_key:
      return "{0} is missing the required key \"{1}\"";
    case MessageId::wrong_type_field:
      return "\"{0}\" in {1} must be {2}, got {3}";
    case MessageId::must_be_mapping:
      return "{0} must be a mapping, got {1}";
    case MessageId::key_not_text:
      return "a key must be a plain text, got {0}";
    // Reading files and choosing the scheme
    case MessageId::cannot_read:
      return "cannot read file: {0}";
    case MessageId::read_error:
      return "read error";
    case MessageId::is_directory:
      return "it is a directory";
    case MessageId::no_such_file:
      return "No such file or directory";
    case MessageId::permission_denied:
      return "Permission denied";
    case MessageId::read_only_file_system:
      return "Read-only file system";
    case MessageId::not_a_directory:
      return "Not a directory";
    case MessageId::no_space_left:
      return "No space left on device";
    case MessageId::not_regular_file:
      return "it is a pipe or device, not a regular file; to read standard input, pass -";
    case MessageId::unknown_scheme:
      return "unknown scheme \"{0}\"{1}; built-in schemes: {2} (a tree file is named by its path: --tree FILE, or a scheme: value that contains '/' or ends in .yaml)";
    case MessageId::builtin_not_file:
      return "; {0} is a built-in scheme: use --scheme {0}";
    case MessageId::tree_file_problem:
      return "tree file {0}: {1}";
    case MessageId::scheme_mismatch:
      return "the assessment names scheme \"{0}\", but --scheme {1} was given; score it with its own scheme (leave out --scheme) or correct its scheme: line";
    // Assessments: the header fields and placeholders
    case MessageId::not_an_assessment:
      return "expected an assessment: a mapping with \"city\" and \"ratings\", got {0}";
    case MessageId::scope_not_list:
      return "\"scope\" must be a list of level-1 indicator IDs (the dimensions evaluated), got {0}";
    case MessageId::scope_empty:
      return "the scope lists no dimension; list the level-1 indicators evaluated, or leave \"scope\" out for a full evaluation";
    case MessageId::scope_unknown:
      return "unknown dimension \"{0}\"{1} in the scope; the level-1 indicators are {2}";
    case MessageId::scope_not_dimension:
      return "\"{0}\" is a level-{1} indicator; a scope lists level-1 indicators (dimensions): {2}";
    case MessageId::scope_twice:
      return "\"{0}\" is listed twice in the scope";
    case MessageId::scope_bonus:
      return "\"{0}\" is a bonus section, which only a full evaluation has; a scope lists the main sections";
    case MessageId::out_of_scope:
      return "{0} is outside the scope: dimension {1} ({2}) is not evaluated in this assessment; remove it, or add \"{1}\" to the scope";
    case MessageId::out_of_scope_ignored:
      return "{0} is outside the scope: dimension {1} ({2}) is not evaluated in this assessment, so it is not counted";
    case MessageId::nothing_evaluated:
      return "every item in the scope is na (not applicable): there is nothing to score";
    case MessageId::also_fill_city:
      return "; also fill in the city";
    case MessageId::also_fill_period:
      return "; also fill in the period";
    case MessageId::also_fill_both:
      return "; also fill in the city and the period";
    case MessageId::city_unfilled:
      return "the city is not filled in; write the city's name";
    case MessageId::period_unfilled:
      return "the period is not filled in; write the period assessed (e.g. 2025) or remove it";
    // Assessments of rating-mean schemes
    case MessageId::ratings_not_mapping:
      return "\"ratings\" must be a mapping from indicator IDs to lists of ratings, got {0}";
    case MessageId::ratings_not_list:
      return "the ratings of {0} must be a list with one rating per item, got {1}";
    case MessageId::facts_in_rating_scheme:
      return "scheme {0} is scored from ratings on its scale, not facts: write \"ratings:\"";
    case MessageId::indicator_not_rated:
      return "\"{0}\" is a level-{1} indicator; ratings are given for each of its rated indicators: {2}";
    case MessageId::item_not_indicator:
      return "\"{0}\" is an item of {1}; give its rating in the list under \"{1}\"";
    case MessageId::unknown_indicator:
      return "unknown indicator \"{0}\"{1}";
    case MessageId::unrated_one:
      return "{0} item is unrated (todo); rate each item {1}";
    case MessageId::unrated_many:
      return "{0} items are unrated (todo); rate each item {1}";
    case MessageId::missing_indicator_one:
      return "missing ratings for indicator {0}";
    case MessageId::missing_indicator_many:
      return "missing ratings for {0} indicators: {1}";
    case MessageId::items_one:
      return "1 item";
    case MessageId::items_many:
      return "{0} items";
    case MessageId::ratings_given_one:
      return "1 rating is given";
    case MessageId::ratings_given_many:
      return "{0} ratings are given";
    case MessageId::rating_count:
      return "indicator {0} ({1}) has {2}, but {3}; its items, in order: {4}";
    case MessageId::invalid_rating:
      return "{0}: {1}; expected {2}";
    case MessageId::rating_n_of:
      return "rating {0} of {1}";
    case MessageId::scale_level:
      return "{0} ({1}, {2})";
    case MessageId::rating_empty:
      return "the rating is empty";
    case MessageId::rating_is_list:
      return "a rating must be a word or a number, got a list";
    case MessageId::rating_is_mapping:
      return "a rating must be a word or a number, got a mapping";
    case MessageId::rating_boolean:
      return "{0} is a boolean, not a rating";
    case MessageId::rating_off_scale:
      return "{0} is not on the rating scale";
    case MessageId::rating_negative:
      return "{0} is negative, not on the rating scale";
    case MessageId::rating_not_decimal:
      return "\"{0}\" is not a plain decimal number";
    case MessageId::rating_unknown:
      return "unknown rating \"{0}\"{1}";
    case MessageId::na_needs_reason:
      return "na (not applicable) needs a reason: write {{rating: na, reason: \"why it does not apply\"}}";
    case MessageId::reason_without_na:
      return "a reason is written only for na (not applicable); write what supports a rating as its note";
    // Assessments of points-sum schemes
    case MessageId::facts_not_mapping:
      return "\"facts\" must be a mapping from item IDs to facts, got {0}";
    case MessageId::ratings_in_fact_scheme:
      return "scheme {0} is scored from facts, not ratings: write \"facts:\" with one entry per item";
    case MessageId::unknown_item:
      return "unknown item \"{0}\"{1}";
    case MessageId::missing_fact_one:
      return "missing the fact for item {0}";
    case MessageId::missing_fact_many:
      return "missing facts for {0} items: {1}";
    case MessageId::facts_unfilled_one:
      return "{0} item is not filled in (todo); record each item's fact";
    case MessageId::facts_unfilled_many:
      return "{0} items are not filled in (todo); record each item's fact";
    // Rules in tree files
    case MessageId::a_rule:
      return "a rule";
    case MessageId::the_rule:
      return "the rule{0}";
    case MessageId::the_type_rule:
      return "the {0} rule{1}";
    case MessageId::of_part:
      return " of part \"{0}\"";
    case MessageId::a_threshold:
      return "a threshold";
    case MessageId::a_tier:
      return "a tier";
    case MessageId::an_outcome:
      return "an outcome";
    case MessageId::an_entry_of_of:
      return "an entry of \"of\"";
    case MessageId::outcome_id:
      return "outcome id";
    case MessageId::id_word:
      return "id";
    case MessageId::unknown_rule_type:
      return "unknown rule type \"{0}\"{1}; expected one of: {2}";
    case MessageId::absent_positive:
      return "\"absent\" must be 0 or below (a deduction), got {0}";
    case MessageId::each_zero:
      return "\"each\" must be above 0, got 0";
    case MessageId::cap_above_points:
      return "\"cap\" {0} is above the item's {1} points";
    case MessageId::no_thresholds:
      return "a ratio-thresholds rule needs at least one threshold";
    case MessageId::at_range:
      return "\"at\" must be a ratio from 0 to 1, got {0}";
    case MessageId::at_never:
      return "a threshold above 1 (not inclusive) can never be met";
    case MessageId::thresholds_ascend:
      return "thresholds must ascend by \"at\": {0} comes after {1}";
    case MessageId::no_tiers:
      return "a count-tiers rule needs at least one tier";
    case MessageId::tier_min:
      return "\"min\" of a tier must be a whole number, 1 or more, got {0} (a count of 0 earns \"zero\")";
    case MessageId::tiers_descend:
      return "tiers must descend by \"min\": {0} comes after {1}";
    case MessageId::decimals_range:
      return "\"decimals\" must be a whole number from 0 to 10, got {0}";
    case MessageId::unknown_rounding_name:
      return "unknown rounding \"{0}\"{1}; expected half-up or half-even";
    case MessageId::used_twice:
      return "{0} \"{1}\" is used twice (first on line {2})";
    case MessageId::no_outcomes:
      return "a choice rule needs at least one outcome";
    case MessageId::each_negative:
      return "\"each\" must be below 0 (the points deducted per missing one), got {0}";
    case MessageId::no_of:
      return "a per-missing rule needs at least one entry in \"of\"";
    case MessageId::min_above_max:
      return "\"min\" {0} is above \"max\" {1}";
    case MessageId::step_zero:
      return "\"step\" must be above 0, got 0";
    case MessageId::step_divides:
      return "step {0} does not divide the range {1} to {2}";
    case MessageId::no_parts:
      return "a composite rule needs at least one part";
    case MessageId::part_reserved:
      return "a part cannot be named \"{0}\"";
    case MessageId::rule_no_max:
      return "the rule has no maximum (a per-count rule without \"cap\"), so it can give more than the item's {0} points";
    case MessageId::rule_max_above:
      return "the rule can give up to {0} points, more than the item's {1}";
    // Facts in assessments
    case MessageId::the_fact_of_item:
      return "the fact of item {0}";
    case MessageId::fact_problem:
      return "item {0}: {1}";
    case MessageId::expected_boolean:
      return "expected true or false, got {0}";
    case MessageId::expected_count:
      return "expected a whole number (0 or more), got {0}";
    case MessageId::too_many_digits:
      return "{0} has more than {1} significant digits; the limit is {1} (a spreadsheet keeps only {1})";
    case MessageId::count_too_large:
      return "{0} is above the largest count accepted; the limit is {1}";
    case MessageId::expected_occurrences:
      return "expected a whole number of occurrences (0 or more), got {0}";
    case MessageId::expected_ratio:
      return "expected a ratio ({{numerator: N, denominator: D}} or a decimal from 0 to 1), got {0}";
    case MessageId::expected_ratio_or_exists:
      return "expected a ratio ({{numerator: N, denominator: D}} or a decimal from 0 to 1) or {{exists: true}} / "
             "{{exists: false}} (whether there is any at all), got {0}";
    case MessageId::numerator_bad:
      return "\"numerator\" must be a whole number (0 or more), got {0}";
    case MessageId::denominator_bad:
      return "\"denominator\" must be a whole number above 0, got {0}";
    case MessageId::numerator_above:
      return "the numerator {0} is above the denominator {1}; a ratio is at most 1";
    case MessageId::exists_not_scored:
      return "\"exists\" applies only to a rule that gives points for having any at all (ratio-thresholds with "
             "\"any\"); this item's rule gives none, so give the ratio alone";
    case MessageId::exists_contradicts:
      return "\"exists: false\" (none at all) contradicts the ratio {0}/{1}, which is above 0";
    case MessageId::expected_outcome:
      return "expected an outcome ({0}), got {1}";
    case MessageId::unknown_outcome:
      return "unknown outcome \"{0}\"{1}; expected {2}";
    case MessageId::expected_score_range:
      return "expected a score from {0} to {1}, got {2}";
    case MessageId::judgement_scale:
      return "{0} to {1} in steps of {2}";
    case MessageId::expected_judgement:
      return "expected a judgement from {0}, got {1}";
    case MessageId::not_on_judgement_scale:
      return "{0} is not on the judgement scale ({1})";
    case MessageId::judgement_note:
      return "a judgement needs a note saying why";
    case MessageId::expected_missing_list:
      return "expected a list of the missing ones from {0} ([] when none is missing), got {1}";
    case MessageId::expected_one_of:
      return "expected one of {0}, got {1}";
    case MessageId::unknown_missing:
      return "unknown \"{0}\"{1}; expected {2}";
    case MessageId::listed_twice:
      return "\"{0}\" is listed twice";
    case MessageId::expected_parts:
      return "expected a mapping of the parts {0}, got {1}";
    case MessageId::unknown_part:
      return "unknown part \"{0}\"{1}; the parts are {2}";
    case MessageId::part_missing:
      return "part \"{0}\" is missing; the parts are {1}";
    // Evidence of ratings and facts
    case MessageId::evidence_not_list:
      return "\"evidence\" in {0} must be a list of texts (document numbers, file names, URLs), such as [\"audit-report-2025.pdf\"], got {1}";
    case MessageId::evidence_piece_not_text:
      return "each piece of evidence in {0} must be a text (a document number, a file name, a URL), got {1}";
    case MessageId::evidence_piece_boolean:
      return "a piece of evidence in {0} is the word {1}, which names nothing; write the document number, file name or URL that backs it up";
    case MessageId::evidence_piece_empty:
      return "a piece of evidence in {0} is empty; write a document number, a file name or a URL, or remove it";
    case MessageId::evidence_piece_control:
      return "a piece of evidence in {0} contains a control character (U+{1}); write each piece as one line of plain text, and several pieces as several entries";
    case MessageId::evidence_piece_twice:
      return "the evidence in {0} lists \"{1}\" twice; list each piece once";
    case MessageId::evidence_too_many:
      return "the evidence in {0} lists {1} pieces; at most {2} are allowed: list the ones that matter, and a folder or an index for the rest";
    case MessageId::evidence_required_rating:
      return "item {0} is rated {1} but names no evidence; name what backs it up: {{rating: {1}, evidence: [\"document number, file or URL\"]}}";
    case MessageId::evidence_required_cell:
      return "item {0} is rated {1} but names no evidence; write the document numbers, files or URLs that back it up in the evidence column of its row, separated by ';'";
    case MessageId::evidence_required_fact:
      return "item {0}: its fact earns {1}, above the least its rule can give ({2}), but names no evidence; name what backs it up: add evidence: [\"document number, file or URL\"] to the fact (a fact written as a plain value becomes {{value: ..., evidence: [...]}})";
    // Phased evaluation plans, and the stage files scored with them
    case MessageId::not_a_plan:
      return "expected a plan: a mapping with \"plan\", \"city\" and \"stages\", got {0}";
    case MessageId::plan_not_assessment:
      return "this file is a phased evaluation plan (it has \"stages\"), not an assessment: score its stages with score --plan {0} STAGE-FILE...";
    case MessageId::plan_no_stages:
      return "the plan lists no stage; list each stage under \"stages\" with its name and scope";
    case MessageId::plan_date_form:
      return "the date \"{0}\" is not written YYYY-MM-DD, such as 2025-06-30";
    case MessageId::plan_date_month:
      return "the date \"{0}\" does not exist: there is no month {1}";
    case MessageId::plan_date_day:
      return "the date \"{0}\" does not exist: month {1} of {2} has {3} days";
    case MessageId::plan_stage_name_twice:
      return "two stages are named \"{0}\" (the first at line {1}); give each stage a name of its own";
    case MessageId::plan_overlap:
      return "dimension {0} is in stage \"{1}\" and again in stage \"{2}\"; each dimension is evaluated in one stage only";
    case MessageId::plan_coverage:
      return "no stage evaluates {0}, so the plan covers {1} of the {2} points; put every dimension in a stage for a plan of the whole framework";
    case MessageId::plan_no_scope:
      return "the assessment has no scope, so it is a full evaluation, not a stage of the plan; write the scope of its stage: {0}";
    case MessageId::plan_no_stage:
      return "no stage of the plan evaluates exactly {0}; the stages are {1}";
    case MessageId::plan_stage_twice:
      return "stage \"{0}\" is already evaluated by {1}; give one file per stage";
    case MessageId::plan_city:
      return "the assessment is for \"{0}\", but the plan is for \"{1}\"";
    case MessageId::plan_scheme:
      return "the assessment is scored with scheme \"{0}\" (version {1}), but the plan's scheme is \"{2}\" (version {3}); every stage is scored with the plan's scheme";
    case MessageId::plan_scheme_option:
      return "the plan names scheme \"{0}\", but --scheme {1} was given; leave out --scheme or correct the plan's scheme: line";
    // Tree files: loading
    case MessageId::no_precision:
      return "the tree declares no precision; scores are shown with 2 decimals, rounded half-up";
    case MessageId::unknown_aggregation:
      return "unknown aggregation {0}; expected rating-mean or points-sum";
    case MessageId::no_rounding:
      return "the precision declares no rounding; scores are rounded half-up";
    case MessageId::unknown_rounding:
      return "unknown rounding {0}; expected half-up or half-even";
    case MessageId::children_and_items:
      return "indicator {0} has both \"children\" and \"items\"; an indicator either groups other indicators or is rated by items";
    case MessageId::no_children_nor_items:
      return "indicator {0} has neither \"children\" nor \"items\"";
    case MessageId::indicators_too_deep:
      return "indicators nest deeper than {0} levels; the limit is {0}";
    // Tree files: consistency checks
    case MessageId::bonus_cap:
      return "bonus section {0} must declare its \"cap\"";
    case MessageId::points_total:
      return "the top-level indicators' points add up to {0}, but max_points is {1}";
    case MessageId::no_title_en:
      return "the scheme has no English title (title_en)";
    case MessageId::duplicate_id:
      return "duplicate ID \"{0}\"; first used at line {1}";
    case MessageId::id_under_parent:
      return "indicator {0} is under {1}; its ID must be \"{1}.<n>\"";
    case MessageId::id_top_level:
      return "indicator {0} is at the top level; its ID must be a whole number such as \"1\"";
    case MessageId::indicator_no_name_en:
      return "indicator {0} has no English name (name_en)";
    case MessageId::no_items:
      return "indicator {0} has no items";
    case MessageId::children_points:
      return "indicator {0} has {1} points, but its children's points add up to {2}";
    case MessageId::item_number:
      return "item {0} is item number {1} of indicator {2}; its ID must be \"{3}\"";
    case MessageId::second_direct_score:
      return "indicator {0} has a second direct-score item {1}; at most one is allowed (first: {2})";
    case MessageId::items_points:
      return "indicator {0} has {1} points, but its items' points add up to {2}";
    case MessageId::scale_empty:
      return "the rating scale has no levels";
    case MessageId::rating_no_name_en:
      return "rating \"{0}\" has no English name (name_en)";
    case MessageId::scale_value_range:
      return "rating \"{0}\" has value {1}; values must be within [0, 1]";
    case MessageId::scale_same_value:
      return "ratings \"{0}\" and \"{1}\" have the same value {2}";
    case MessageId::scale_word_twice:
      return "the rating word \"{0}\" is used twice in the scale";
    case MessageId::scale_word_reserved:
      return "the rating word \"{0}\" is reserved for items that do not apply (na)";
    case MessageId::bands_order:
      return "grade bands must be listed from highest to lowest: \"{0}\" comes after \"{1}\"";
    case MessageId::band_empty:
      return "grade band \"{0}\" is empty: min {1} is not below max {2}";
    case MessageId::band_top:
      return "the highest grade band \"{0}\" must end at max_points {1} inclusive";
    case MessageId::band_bottom:
      return "the lowest grade band \"{0}\" must start at 0 inclusive";
    case MessageId::band_no_name_en:
      return "grade band \"{0}\" has no English name (name_en)";
    case MessageId::band_duplicate_id:
      return "duplicate grade band ID \"{0}\"; first used at line {1}";
    case MessageId::band_same_name:
      return "grade bands \"{0}\" and \"{1}\" have the same name \"{2}\"";
    case MessageId::band_gap:
      return "gap between grade bands \"{0}\" and \"{1}\": scores between {2} and {3} have no grade";
    case MessageId::band_overlap:
      return "grade bands \"{0}\" and \"{1}\" overlap between {2} and {3}";
    case MessageId::band_boundary:
      return "the boundary {0} between grade bands \"{1}\" and \"{2}\" must belong to exactly one of them";
    // CSV assessments
    case MessageId::csv_after_quote:
      return "unexpected text after a closing quote; a quoted field must be followed by a comma or the end of the line (write a quote inside a quoted field as \"\")";
    case MessageId::csv_unterminated:
      return "unterminated quoted field: the quote opened here is never closed";
    case MessageId::csv_no_header:
      return "no header row; expected {0}";
    case MessageId::csv_no_city:
      return "the CSV assessment has no #city row; add \"#city,<the city's name>\"";
    case MessageId::csv_unknown_row:
      return "unknown row \"{0}\"{1}; the rows before the header are #scheme, #city, #period and #scope";
    case MessageId::csv_duplicate_row:
      return "duplicate row \"{0}\"; first given at line {1}";
    case MessageId::csv_second_value:
      return "the {0} row has a second value in column {1}; write the value in column 2 only (quote it if it contains a comma)";
    case MessageId::csv_scheme_empty:
      return "the #scheme row has no value; write a built-in scheme id or a tree file's path in column 2";
    case MessageId::csv_column_twice:
      return "column \"{0}\" appears twice";
    case MessageId::csv_unknown_column:
      return "unknown column \"{0}\"{1}";
    case MessageId::csv_column_missing:
      return "column \"{0}\" is missing";
    case MessageId::csv_wrong_header:
      return "wrong header row: {0}; expected {1} (in any order)";
    case MessageId::csv_field_count:
      return "this row has {0} fields, but the header row has {1}; quote a field that contains a comma";
    case MessageId::csv_id_empty:
      return "the id cell is empty; every row needs its item id (e.g. 6.2.1.3)";
    case MessageId::csv_not_item_id:
      return "\"{0}\" is not an item id: expected <indicator id>.<item number>, e.g. 6.2.1.3";
    case MessageId::csv_duplicate_item:
      return "duplicate row for item {0}; first given at line {1}";
    case MessageId::csv_no_row_for_item:
      return "no row for item {0}; every item needs a row";
    case MessageId::csv_na_needs_reason:
      return "item {0}: na (not applicable) needs a reason: write why the item does not apply in its note cell";
    case MessageId::csv_empty:
      return "empty CSV file; expected a filled CSV template: the #scheme, #city and #period rows, the header row and one row per item";
    case MessageId::csv_no_scheme_row:
      return "the CSV assessment has no #scheme row; its first line must be \"#scheme,<a built-in scheme id or a tree file>\"";
    case MessageId::csv_semicolons:
      return "the fields are separated by ';', not commas; save it as \"CSV UTF-8 (Comma delimited)\"";
    // Workbook assessments (.xlsx)
    case MessageId::in_cell:
      return "cell {0}: {1}";
    case MessageId::xlsx_not_zip:
      return "not an Excel workbook: a .xlsx file is a ZIP archive and this one is not; open it in Excel, WPS or LibreOffice and save it as Excel Workbook (.xlsx)";
    case MessageId::xlsx_damaged:
      return "the workbook's ZIP archive is damaged ({0}); save the workbook again from Excel, WPS or LibreOffice";
    case MessageId::xlsx_old_format:
      return "an Excel 97-2003 workbook (.xls) is not read; open it in Excel, WPS or LibreOffice and save it as .xlsx (Excel Workbook)";
    case MessageId::xlsx_password:
      return "the workbook is password-protected (encrypted) and cannot be read; open it in Excel or WPS, remove the password and save it as .xlsx";
    case MessageId::xlsx_encrypted_entry:
      return "the workbook's part \"{0}\" is encrypted and cannot be read; save the workbook without a password";
    case MessageId::xlsx_too_many_entries:
      return "the workbook's archive holds {0} entries, more than the {1} a workbook may have; refused without unpacking it";
    case MessageId::xlsx_too_large_total:
      return "the workbook unpacks to {0} bytes, more than the {1} allowed (a ZIP bomb?); refused without unpacking it";
    case MessageId::xlsx_entry_too_large:
      return "the workbook's part \"{0}\" unpacks to {1} bytes, more than the {2} allowed for one part; refused without unpacking it";
    case MessageId::xlsx_entry_lies:
      return "the workbook's part \"{0}\" unpacks to more than the {1} bytes its archive declares; the archive is damaged or forged, and unpacking stopped there";
    case MessageId::xlsx_too_many_cells:
      return "the workbook's part \"{0}\" has more than {1} cells with a value; a filled template has a few thousand";
    case MessageId::xlsx_unsafe_entry:
      return "the workbook's archive has an entry \"{0}\" outside the archive (an absolute path or \"..\"); a workbook never has one, so the file is refused";
    case MessageId::xlsx_doctype:
      return "the workbook's part \"{0}\" has a DOCTYPE declaration, which a workbook never has; refused without reading it, so no entity is expanded or fetched";
    case MessageId::xlsx_xml_syntax:
      return "the workbook's part \"{0}\" is not well-formed XML (line {1}, column {2}: {3}); save the workbook again from Excel, WPS or LibreOffice";
    case MessageId::xlsx_no_part:
      return "the workbook has no part \"{0}\"; save it again from Excel, WPS or LibreOffice as .xlsx";
    case MessageId::xlsx_no_sheet:
      return "the workbook has no worksheet; the first worksheet is the one read";
    case MessageId::xlsx_bad_reference:
      return "the workbook's part \"{0}\" names the cell \"{1}\", which is not a cell of a worksheet (columns A to XFD, rows 1 to 1048576)";
    case MessageId::xlsx_bad_shared_string:
      return "the workbook's part \"{0}\" refers to shared string number {1}, but the workbook has {2}";
    case MessageId::xlsx_no_header_row:
      return "the worksheet \"{0}\" has no header row: no cell is labelled {1}; the table of items starts with a row of column labels (docs/workbook-format.md)";
    case MessageId::xlsx_column_twice:
      return "two columns are labelled \"{0}\": {1} and {2}; keep one";
    case MessageId::xlsx_column_missing:
      return "the header row has no \"{0}\" column; label one {1}";
    case MessageId::xlsx_field_twice:
      return "the field \"{0}\" is given twice; first in {1}";
    case MessageId::xlsx_no_city:
      return "the workbook has no city field: above the header row, a cell labelled {0}, with the city's name in the cell to its right";
    case MessageId::xlsx_scheme_empty:
      return "the scheme field is empty; write a built-in scheme id or a tree file's path in the cell to the right of its label";
    case MessageId::xlsx_duplicate_item:
      return "duplicate row for item {0}; first given in row {1}";
    case MessageId::xlsx_duplicate_part:
      return "item {0}: part {1} has a second row; first given in row {2}";
    case MessageId::xlsx_na_needs_reason:
      return "item {0}: na (not applicable) needs a reason: write why the item does not apply in its note cell";
    case MessageId::xlsx_part_not_composite:
      return "item {0} is not scored in parts; leave its part cell empty";
    case MessageId::xlsx_part_needed:
      return "item {0} is scored in parts ({1}): give each part a row of its own, with the part's name in the part column";
    case MessageId::xlsx_formula_cached:
      return "holds a formula; the value it had when last calculated, \"{0}\", is read; type the value itself to be sure it is the one meant";
    case MessageId::xlsx_formula_uncached:
      return "holds a formula that was never calculated, so there is no value to read; type the value itself (or open and save the workbook in Excel, WPS or LibreOffice)";
    case MessageId::xlsx_cell_error:
      return "holds the error value {0}, not a value; type the value itself, or fix the formula that gives it";
    // Reports of check
    case MessageId::files_one:
      return "1 file";
    case MessageId::files_many:
      return "{0} files";
    case MessageId::errors_one:
      return "1 error";
    case MessageId::errors_many:
      return "{0} errors";
    case MessageId::warnings_one:
      return "1 warning";
    case MessageId::warnings_many:
      return "{0} warnings";
    case MessageId::summary_clean:
      return "no problems in {0}";
    case MessageId::summary:
      return "{0}, {1} in {2}";
    case MessageId::more_problems_one:
      return "1 more problem";
    case MessageId::more_problems_many:
      return "{0} more problems";
    case MessageId::not_shown_in_file:
      return "{0}: {1} not shown (at most {2} are listed per file)";
    // The command line
    case MessageId::more_not_shown:
      return "{0} more problems not shown (the limit is {1})";
    case MessageId::cannot_write:
      return "cannot write {0}: {1}";
    case MessageId::stdin_once:
      return "standard input ('-') can be read only once";
    case MessageId::overwrite_tree:
      return "-o {0} would overwrite the tree file {1}";
    case MessageId::overwrite_input:
      return "-o {0} would overwrite the input file {1}";
    case MessageId::unknown_command:
      return "unknown command \"{0}\"{1}; run 'cityseceval --help' for the list";
    case MessageId::unknown_schema_name:
      return "unknown schema \"{0}\"{1}; expected one of: {2}";
    case MessageId::fail_under_value:
      return "--fail-under takes a plain decimal score such as 60 or 72.5, got \"{0}\"";
    case MessageId::below_gate:
      return "{0}: {1} scored {2}, below the gate {3}";
    case MessageId::by_unknown:
      return "--by {0} is not an indicator of the schemes scored ({1})";
    case MessageId::by_unranked:
      return "{0}: no score for {1} (not in its scheme, or not evaluated); listed last, unranked";
    case MessageId::trend_cities:
      return "the assessments are of different cities ({0}); a trend follows one city: give one city's files, or --any-city";
    case MessageId::trend_no_period:
      return "{0}: the assessment has no period, which a trend orders by; it is left out";
    case MessageId::trend_same_period:
      return "{0} has two assessments for the period {1}: {2} and {3}";
    case MessageId::trend_mixed_schemes:
      return "the assessments use different schemes ({0}); a change between two schemes compares different things";
    case MessageId::min_grade_plan:
      return "--min-grade applies to assessments, not to a plan's progress; use --fail-under with --plan";
    case MessageId::plan_format:
      return "--plan reports in text or json; the format is {0}";
    case MessageId::below_min_grade:
      return "{0}: {1} is graded {2}, below the minimum grade {3}";
    case MessageId::min_grade_unknown:
      return "--min-grade {0} is not a grade of scheme {1}; its grades are {2}";
    case MessageId::min_grade_no_grades:
      return "--min-grade {0} cannot be applied: scheme {1} defines no grades";
    case MessageId::no_grade:
      return "no grade";
    case MessageId::jobs_value:
      return "--jobs takes a whole number of threads from 1 to {1}, got \"{0}\"";
    case MessageId::bom_format:
      return "--bom is for --format csv or tsv (spreadsheets); the format is {0}";
    case MessageId::workbook_temporary_file:
      return "cannot make the workbook: no temporary file can be created in {0}; "
             "set TMPDIR to a directory you may write to";
    case MessageId::workbook_failed:
      return "cannot make the workbook: libxlsxwriter reports: {0}";
    case MessageId::workbook_needs_output:
      return "a workbook is binary and is not written to standard output: give -o FILE.xlsx";
    case MessageId::table_option_format:
      return "{0} chooses the columns of --format csv, tsv or markdown; the format is {1}";
    case MessageId::columns_and_level:
      return "give --columns or --level, not both";
    case MessageId::unknown_column:
      return "unknown column \"{0}\"{1}; a column is one of {2}, or an indicator ID of the schemes scored";
    case MessageId::mixed_schemes:
      return "the assessments use different schemes ({0}); only the columns they share are written";
    case MessageId::no_assessments_in_directory:
      return "no *.yaml, *.yml or *.csv files in the directory {0}";
    case MessageId::directory_unreadable:
      return "cannot read the directory {0}: {1}";
    case MessageId::too_many_files_in_directory:
      return "the directory {0} holds more than {1} assessment files; the limit is {1} (raise it with --max-files)";
    case MessageId::too_many_entries_in_directory:
      return "the directory {0} holds more than {1} entries to look through; the limit is {1}, ten times --max-files (raise it with --max-files)";
    case MessageId::max_file_size_value:
      return "--max-file-size takes a size in bytes, or with a K, M or G suffix for KiB, MiB or GiB (8388608, 512K, 20M, 1G), got \"{0}\"";
    case MessageId::max_files_value:
      return "--max-files takes a whole number of files, 1 or more, got \"{0}\"";
    case MessageId::not_scored:
      return "not scored: {0} (see the messages above)";
    case MessageId::csv_template_facts:
      return "CSV templates are for rating schemes; scheme {0} records facts: use --format yaml or --format xlsx";
    case MessageId::output_is_directory:
      return "cannot write {0}: -o takes the path of a file, not of a directory";
    case MessageId::output_not_writable:
      return "cannot write {0}: you may not write to the existing file";
    case MessageId::output_exists:
      return "{0} already exists; use --force to overwrite it";
    case MessageId::internal_error:
      return "internal error: {0}; please report it, with the command and the input that caused it";
    case MessageId::unknown_exception:
      return "an exception of unknown type";
    case MessageId::output_not_regular:
      return "cannot write {0}: -o replaces only regular files, not a device or a pipe; "
             "leave out -o to write to standard output";
    // Tailoring (docs/tailoring.md): tailoring files, the record in a tree, writing trees
    case MessageId::the_tailoring:
      return "the tailoring";
    case MessageId::an_entry_of:
      return "an entry of \"{0}\"";
    case MessageId::the_tailoring_record:
      return "the tailoring record";
    case MessageId::the_tailoring_base:
      return "the base of the tailoring record";
    case MessageId::a_tailoring_change:
      return "a change in the tailoring record";
    case MessageId::a_list_of_item_ids:
      return "a list of item IDs";
    case MessageId::unknown_change_kind:
      return "unknown kind of change {0}; expected remove, reword, add or points";
    case MessageId::tailoring_points_sum_base:
      return "scheme {0} is a points-sum scheme; only rating-mean schemes can be tailored";
    case MessageId::tailoring_same_id:
      return "the tailored scheme has its base's id \"{0}\"; give it an id of its own, so that its results are not taken for the base's";
    case MessageId::tailoring_too_deep:
      return "more than {0} tailorings in a row, each the base of the next; the limit is {0}; does a tailoring name itself as its base?";
    case MessageId::tailoring_changed_twice:
      return "{0} is already changed at line {1}; change each item, and each indicator's points, once";
    case MessageId::tailoring_no_reason:
      return "item {0} is removed without a \"reason\"; say why it does not apply, as Table B.1 asks of every tailoring";
    case MessageId::tailoring_not_rated:
      return "indicator {0} groups other indicators, and level-1 and level-2 indicators must not change (Table B.1); add items to, or change the points of, its rated indicators";
    case MessageId::tailoring_parent_points:
      return "indicator {0} has {1} points, but after the points changes its children's points add up to {2}; level-1 and level-2 indicators must not change (Table B.1), so move points only between the rated indicators of one level-2 indicator";
    case MessageId::tailoring_points_changed:
      return "the points of indicator {0} change from the base's {2} to {1}; the standard recommends not changing level-3 indicators (Table B.1)";
    case MessageId::tailoring_no_items_left:
      return "every item of indicator {0} is removed, so nothing is left to rate; keep or add at least one item";
    case MessageId::retired_not_gap:
      return "retired item ID \"{0}\" does not fit indicator {1}: its items and retired item IDs together must be numbered \"{1}.1\", \"{1}.2\", ... without a gap";
    case MessageId::overwrite_base:
      return "-o {0} would overwrite the base {1} of the tailoring";
    case MessageId::tree_writer_points_sum:
      return "scheme {0} is a points-sum scheme; its rules cannot be written as a tree file";
    case MessageId::retired_item_row:
      return "item {0} is retired: the scheme's tailoring removed it, so it is not rated; delete its row";
    case MessageId::a_decimal_or_fraction:
      return "a plain decimal number or a fraction such as \"1/3\", not negative";
    case MessageId::weight_and_points:
      return "indicator {0} has both \"points\" and \"weight\"; a tree gives each indicator's points or its weight, not both";
    case MessageId::weight_missing:
      return "indicator {0} has no weight; in a tree given by weights every indicator has one: its share of its parent (alpha at level 1)";
    case MessageId::weight_range:
      return "the weight of indicator {0} is {1}; a weight is above 0 and at most 1";
    case MessageId::weight_points_sum:
      return "indicator {0} has a weight, but weights are for rating-mean schemes; a points-sum scheme adds up its items' points";
    case MessageId::weight_bonus:
      return "bonus section {0} cannot have a weight: a bonus is added after the weighted composite; give it its points";
    case MessageId::weights_sum_top:
      return "the level-1 weights (alpha) add up to {0}; they must add up to exactly 1{1}";
    case MessageId::weights_sum_children:
      return "the weights of indicator {0}'s children add up to {1}; they must add up to exactly 1{2}";
    case MessageId::weights_fraction_hint:
      return "; a share a decimal cannot hold exactly is written as a fraction, such as \"1/3\"";
    case MessageId::a_weight_profile_file:
      return "a weight profile file";
    case MessageId::the_weight_profile:
      return "the weight profile";
    case MessageId::profile_no_weights:
      return "the weight profile gives no weight; list indicator IDs with their weights under \"weights\"";
    case MessageId::profile_scheme_mismatch:
      return "the weight profile is for scheme \"{0}\", but the scheme scored is \"{1}\"";
    case MessageId::profile_points_sum:
      return "scheme {0} is a points-sum scheme, whose indicators add up their items' points; a weight profile applies to rating-mean schemes";
    case MessageId::profile_item:
      return "\"{0}\" is an item; weights are given to indicators (the items of a rated indicator count equally, A.4)";
    case MessageId::profile_weight_value:
      return "the weight of {0}: expected a plain decimal number or a fraction such as \"1/3\", got {1}";
    case MessageId::files_required:
      return "no files given: score needs assessment files, or --plan PLAN with any number of stage files";
    case MessageId::gate_nothing_evaluated:
      return "{0}: {1} has no stage evaluated yet, so no score to compare with the gate {2}";
    // Comparing two assessments (compare.h, `compare`)
    case MessageId::compare_two_files:
      return "compare takes two assessments, OLD and NEW; got {0}";
    case MessageId::compare_different_trees:
      return "{0} is scored with scheme {1} and {2} with scheme {3}: assessments of different indicator trees are not "
             "compared; use --allow-different-trees to compare only the indicators and items present in both";
    case MessageId::compare_different_cities:
      return "{0} is an assessment of \"{1}\" and {2} of \"{3}\": comparing two different cities";
    case MessageId::compare_different_scopes:
      return "{0} evaluates {1} and {2} evaluates {3}: the composite of a special evaluation is scaled to {4} from "
             "the part evaluated, so the two composites do not cover the same indicators";
    case MessageId::compare_every_dimension:
      return "every dimension";
    case MessageId::compare_dimensions:
      return "only {0}";
    case MessageId::compare_different_weights:
      return "{0} is scored with {1} and {2} with {3}: the deltas mix the change of weights with the change of "
             "ratings";
    case MessageId::compare_weight_profile:
      return "the weight profile \"{0}\" ({1})";
    case MessageId::compare_tree_points:
      return "the tree's own points";
    case MessageId::compare_tree_weights:
      return "the tree's own weights";
    // The evaluation report (render_report.h, `report`)
    case MessageId::report_format_from_output:
      return "-o {0}: cannot tell the report's format from \"{1}\"; name the file .html, .htm or .md, or give "
             "--format html or --format markdown (for a PDF, print the HTML from a browser)";
    // Improvement priorities (gaps.h, `gaps`)
    case MessageId::gaps_one_file:
      return "gaps takes one assessment; got {0}";
    case MessageId::gaps_target_not_number:
      return "--target: \"{0}\" is not a score; expected a plain decimal such as 85 or 72.5";
    case MessageId::gaps_target_negative:
      return "--target: {0} is below 0; a target is a score from 0 to {1}";
    case MessageId::gaps_target_above_max:
      return "--target: {0} is above {1}, the highest score scheme {2} can give";
    case MessageId::explain_unknown_id:
      return "{0} is not an indicator or an item of the scheme scored ({1}){2}";
    case MessageId::count_:
      break;
  }
  return {};
}

}  // namespace cityseceval
