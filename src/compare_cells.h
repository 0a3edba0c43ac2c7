// What the text and Markdown reports of a comparison (render_compare.h) show
// alike: their words in both languages, the header lines and every cell.
// Each report only lays these out; neither computes or words a thing itself,
// so the two always say the same.
#pragma once

#include <string>

#include "cityseceval/compare.h"
#include "cityseceval/language.h"
#include "text_table.h"

namespace cityseceval {

// The words around the numbers, in both languages.
struct CompareLabels {
  const char* title;  // the Markdown heading
  const char* scheme;
  const char* weight_profile;
  const char* city;
  const char* period;
  const char* files;
  const char* scope;
  const char* score;
  const char* grade;
  const char* no_grade;
  const char* every_dimension;
  const char* normalised;  // after the score when a composite is scaled: "{}" is the maximum
  const char* gains;
  const char* losses;
  const char* none;  // an empty list of gains, losses or items
  const char* changed_indicators;
  const char* all_indicators;  // the title with --all
  const char* changed_items;
  const char* nothing_changed;
  const char* not_compared;
  const char* only_before;
  const char* only_after;
  const char* id;
  const char* indicator;
  const char* before;
  const char* after;
  const char* delta;
  const char* max;
  const char* status;
  const char* item;
  const char* change;
  const char* points;
  const char* evaluated;
  const char* out_of_scope;
  const char* not_applicable;  // an indicator, and an item rated na
  const char* list_separator;
};

const CompareLabels& compare_labels(Language language);

// One result's header values, also for other reports about one result
// (gaps): "数字政府… (city-cybersecurity 1.0)", the weight profile ("—" for
// none), the scope ("全部维度" for a full evaluation), the grade (or that the
// scheme defines none), the period ("—" for none).
std::string scheme_text(const Scheme& scheme, Language language);
std::string profile_text(const Scheme& scheme, Language language);
std::string scope_text(const ScoreResult& result, Language language);
std::string grade_text(const ScoreResult& result, Language language);
std::string period_text(const ScoreResult& result);

// "a → b", or "a" alone when the two are the same.
std::string change_of(const std::string& before, const std::string& after);

// The header: scheme, weight profile, city, period, files, scope, score and
// grade, each value on one line (user text through one_line()).
LabelledLines compare_header(const Comparison& comparison, Language language);

// "7.1.1 网络犯罪防范": an indicator as lists name it.
std::string indicator_label(const Indicator& indicator, Language language);

// An indicator's points on one side ("18.40"), or "—" when not evaluated.
std::string side_cell(const ScoreResult& result, const IndicatorSide& side);
// Its reported delta ("+0.47"), or "—" when a side is not evaluated.
std::string delta_cell(const Comparison& comparison, const IndicatorDelta& entry);
// Its points, "2.00", or "3.50 → 2.00" when the trees give it other points.
std::string max_cell(const Comparison& comparison, const IndicatorDelta& entry);
// "evaluated → not applicable" when its status changed, else "".
std::string status_cell(const IndicatorDelta& entry, Language language);
// Whether any indicator listed changed its status, so reports add a status column.
bool has_status_changes(const Comparison& comparison);

// An item in one assessment: its rating's word ("大部分满足", "not applicable"
// for na) or its fact as an assessment writes it ("5", "18/20", "drill").
std::string item_cell(const ItemResult& item, Language language);
// "大部分满足 → 全部满足", "5 → 3".
std::string item_change_cell(const ItemChange& change, Language language);
// A rule item's points before and after ("2.0 → 1.5"); "" for a rated item.
std::string item_points_cell(const Comparison& comparison, const ItemChange& change);
// Whether any changed item earns points by a rule, so reports add a points column.
bool has_rule_items(const Comparison& comparison);

// The IDs in one tree only, joined: "1.2.2, 2.1.4"; `none` when there are none.
std::string id_list(const std::vector<std::string>& ids, Language language);

}  // namespace cityseceval
