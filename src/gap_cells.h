// What the text and Markdown reports of the improvement priorities
// (render_gaps.h) show alike: their words in both languages, the header
// lines, which items are shown, every cell and the plan's sentences. Each
// report only lays these out, so the two always say the same.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "cityseceval/gaps.h"
#include "cityseceval/language.h"
#include "cityseceval/render_gaps.h"
#include "text_table.h"

namespace cityseceval {

// The words around the numbers, in both languages.
struct GapLabels {
  const char* title;  // the Markdown heading
  const char* scheme;
  const char* weight_profile;
  const char* city;
  const char* period;
  const char* file;
  const char* scope;
  const char* score;
  const char* grade;
  const char* normalised;  // after the score when the composite is scaled: "{}" is the maximum
  const char* priorities;  // the items' title
  // The same under the title (Markdown, the report), which already says
  // "Improvement priorities": the rest, so the heading is not said twice.
  const char* priorities_under_title;
  const char* shown;       // after it when --top leaves some out: "{0}" shown of "{1}"
  const char* none_below;  // no item is below its maximum
  const char* rank;
  const char* item;
  const char* indicator;
  const char* now;
  const char* raised_to;  // a rated item's column: the level it is raised to
  const char* gain;       // ... and what that adds
  const char* next_step;  // a rule item's columns: the next step,
  const char* step_gain;  // what it adds,
  const char* full_gain;  // what the maximum adds,
  const char* after;      // and the score after (rated: after the raise; rule: at the maximum)
  const char* after_full;
  const char* deduction;  // the marker after a deduction's "now"
  const char* deduction_note;
  const char* external;  // the marker after an external item's "now"
  const char* external_note;
  const char* plan_grade;   // the plan's title, for the next grade
  const char* plan_target;  // ... and for a --target
  const char* list_separator;
};

const GapLabels& gap_labels(Language language);

// Scheme, weight profile, city, period, file, scope, score and grade now.
LabelledLines gap_header(const Gaps& gaps, Language language);

// Whether the items earn points by rules (a points-sum scheme): the reports
// then show the next step and the maximum apart.
bool has_rule_steps(const Gaps& gaps);

// The items a report shows, as indexes into gaps.items, in the order shown:
// by rank, at most options.top; with by_dimension, grouped by dimension in
// tree order, at most options.top in each.
struct ShownGroup {
  const Indicator* dimension = nullptr;  // null when not grouped
  std::size_t total = 0;                 // the items of the group, before --top
  std::vector<std::size_t> items;
};
std::vector<ShownGroup> shown_items(const Gaps& gaps, const GapRenderOptions& options);

// "+0.67": a reported change with the scheme's decimals and a sign.
std::string signed_points(const ScoreResult& result, const Rational& reported);

// The items' table: its heading, and the row of gaps.items[index]: rank,
// item, indicator, what it has now (with a [deduction] or [external]
// marker), the raise (a rule item: its next step), what it adds, for a rule
// item what its maximum adds, and the score at its maximum. Rank, the
// gains and the score are numbers (right-aligned).
std::vector<std::string> item_heading(const Gaps& gaps, Language language);
std::vector<std::string> item_row(const Gaps& gaps, std::size_t index, Language language);

// A raise in words, and what it adds: for the plan's items.
std::string step_cell(const GapStep& step, Language language);
std::string gain_cell(const Gaps& gaps, const GapStep& step);

// The notes under a table that shows a marked item: what [deduction] and
// [external] mean; none when no item shown has the marker.
std::vector<std::string> marker_notes(const Gaps& gaps, const std::vector<ShownGroup>& groups, Language language);

// The plan's title, and its sentences: the goal, then whether and how it is
// reached, or why there is no plan.
std::string plan_title(const Gaps& gaps, Language language);

// The plan's items table: its heading, and the row of gaps.items[index]:
// item, indicator, the raise to its maximum and what it adds (a number).
std::vector<std::string> plan_item_heading(Language language);
std::vector<std::string> plan_item_row(const Gaps& gaps, std::size_t index, Language language);
std::vector<std::string> plan_sentences(const Gaps& gaps, Language language);

}  // namespace cityseceval
