// The evaluation report for a city government (`cityseceval report`, issue
// #11): what the city scored, where the points were lost and, with a previous
// assessment, what changed. A result in, text out, like every renderer: they
// never print or write files (docs/report.md says what the report holds and
// why).
//
// Both forms show the same content, in this order (the section list):
//   1. the overview: scheme (title, version, source), city, period, scope and
//      file; the composite, the grade and the scheme's grade bands with the
//      city's marked; how a scaled composite came about; how a bonus and the
//      caps made the total; the deductions; the level-1 dimensions as
//      percentages of their maximum (a radar chart in HTML, a table in both);
//   2. the improvement priorities (gaps.h): the items that add the most when
//      raised, and what it takes to reach the next grade (or a target);
//   3. with a previous assessment, the changes since it (compare.h);
//   4. one section per level-1 dimension: a bar chart of its level-2
//      indicators (HTML), then its table down to the items: points, ratings
//      or facts with the rule's explanation, notes, na reasons, evidence;
//   5. a footer naming the tool and its version, and no date, so the same
//      input always gives the same bytes.
//
// Every number is one the ScoreResult (or the Comparison) holds, written
// with ScoreResult::format(); floating point is used only for the charts'
// geometry.
#pragma once

#include <string>

#include "cityseceval/chinese_script.h"
#include "cityseceval/compare.h"
#include "cityseceval/gaps.h"
#include "cityseceval/render_gaps.h"
#include "cityseceval/language.h"
#include "cityseceval/score.h"

namespace cityseceval {

// What one report shows. The members are what a section needs; a section
// whose input is absent does not appear at all (no placeholder).
struct ReportInput {
  const ScoreResult& result;
  // The changes since the previous assessment (`--compare OLD`): the
  // comparison of OLD with `result`; null for none.
  const Comparison* changes = nullptr;
  // The improvement priorities of `result` (find_gaps) and how many items
  // to show (`top`; the plan is always shown whole); null for none.
  const Gaps* gaps = nullptr;
  GapRenderOptions shown;
  // The script apps/ converts the Chinese of the document to (--lang
  // zh-Hans|zh-Hant), which the HTML's `lang` says; the text itself is
  // written as for any other run.
  ChineseScript script = ChineseScript::own;
};

// One self-contained HTML5 document: inline CSS and SVG, no script, no font,
// image or style fetched from anywhere (a Content-Security-Policy says so, so
// a browser refuses any fetch), A4 print layout with a page break before
// each dimension and table headers repeated on every page. `lang` is
// "en", or for Chinese "zh-Hans" or "zh-Hant" as `input.script` says, else "zh-CN". Text from files is escaped (html_text.h); evidence is
// shown as text, never as a link.
std::string render_report_html(const ReportInput& input, Language language);

// The same content as GitHub-flavoured Markdown, for wikis and merge
// requests: the charts become tables (the dimensions), or are left out where
// a table already holds their numbers (the level-2 bars). Text from files is
// escaped (markdown_text.h).
std::string render_report_markdown(const ReportInput& input, Language language);

}  // namespace cityseceval
