#include "gap_cells.h"

#include <fmt/format.h>

#include <algorithm>

#include "compare_cells.h"

namespace cityseceval {

namespace {

constexpr GapLabels zh_labels = {"提升优先级",
                                 "评价体系",
                                 "权重方案",
                                 "城市",
                                 "评价期",
                                 "文件",
                                 "评价范围",
                                 "综合得分",
                                 "等级",
                                 "（按所评价部分折算为满分 {}）",
                                 "提升优先级（未满分的评价内容，按提升至满分可增加的分数排序）",
                                 "未满分的评价内容，按提升至满分可增加的分数排序",
                                 "（显示 {0} 项，共 {1} 项）",
                                 "各评价内容均已满分。",
                                 "序号",
                                 "评价内容",
                                 "指标",
                                 "现状",
                                 "提升至",
                                 "增加",
                                 "下一步",
                                 "下一步增加",
                                 "满分增加",
                                 "提升后得分",
                                 "满分后得分",
                                 "［倒扣］",
                                 "［倒扣］：该项现为扣分，增加的分数即挽回的扣分。",
                                 "［外部］",
                                 "［外部］：该项分数由外部评定，非本地可自行提高；计划不计入此项。",
                                 "达到下一等级所需",
                                 "达到目标分数所需",
                                 "、"};
constexpr GapLabels en_labels = {
    "Improvement priorities",
    "Scheme",
    "Weight profile",
    "City",
    "Period",
    "File",
    "Scope",
    "Score",
    "Grade",
    "(scaled to {} from the part evaluated)",
    "Improvement priorities (items below their maximum, by the points raising each to its maximum adds)",
    "Items below their maximum, by the points raising each to its maximum adds",
    " (showing {0} of {1})",
    "Every item is at its maximum.",
    "#",
    "Item",
    "Indicator",
    "Now",
    "Raised to",
    "Gain",
    "Next step",
    "Step adds",
    "Maximum adds",
    "Score after",
    "Score at maximum",
    "[deduction]",
    "[deduction]: the item deducts points now; what it adds is points won back.",
    "[external]",
    "[external]: set by an outside source, not the city's to raise; no plan counts on it.",
    "What it takes to reach the next grade",
    "What it takes to reach the target score",
    ", "};

// The plan's sentences; "{0}"... are filled in as each says.
struct PlanWords {
  const char* next_grade;   // {0} band, {1} "≥ 75"
  const char* target;       // {0} the target
  const char* reached;      // {0} the score now
  const char* fewest;       // {0} how many
  const char* after;        // {0} score after, {1} its change, {2} over the target, {3} the target
  const char* unreachable;  // {0} how many, {1} the best score, {2} the target
  const char* top_grade;    // {0} the grade
  const char* no_grades;
};

constexpr PlanWords zh_plan = {"下一等级：{0}（{1}）",
                               "目标分数：{0}",
                               "当前得分 {0} 已达到目标，无需提升任何评价内容。",
                               "最少需将以下 {0} 项提升至满分：",
                               "提升后得分：{0}（{1}），比 {3} 高 {2}。",
                               "即使本地可提升的 {0} 项全部提升至满分，得分也只有 {1}，达不到 {2}。",
                               "已是最高等级（{0}），没有更高的等级。",
                               "本评价体系未定义等级：用 --target SCORE 给出要达到的分数。"};
constexpr PlanWords en_plan = {
    "Next grade: {0} ({1})",
    "Target score: {0}",
    "The score {0} already reaches it: no item needs raising.",
    "The fewest items to raise to their maximum: {0}",
    "Score after: {0} ({1}), {2} over {3}.",
    "Even with all {0} items the city can raise at their maximum the score is only {1}: {2} is out of reach.",
    "Already in the top grade ({0}): there is no next grade.",
    "This scheme defines no grades: give --target SCORE for the score to reach."};

const PlanWords& plan_words(Language language) { return language == Language::en ? en_plan : zh_plan; }

std::string score_cell(const ScoreResult& result, Language language) {
  std::string text = result.format(result.reported);
  if (result.normalised())
    text += " " + fmt::format(fmt::runtime(gap_labels(language).normalised), result.max.short_string());
  return text;
}

// "≥ 75", "> 60": a band's lower bound.
std::string band_bound(const GradeBand& band) {
  return fmt::format("{} {}", band.min_inclusive ? "≥" : ">", band.min.short_string(12));
}

}  // namespace

const GapLabels& gap_labels(Language language) { return language == Language::en ? en_labels : zh_labels; }

LabelledLines gap_header(const Gaps& gaps, Language language) {
  const GapLabels& labels = gap_labels(language);
  const ScoreResult& result = *gaps.result;
  LabelledLines lines;
  lines.emplace_back(labels.scheme, scheme_text(*result.scheme, language));
  if (result.scheme->weight_profile) lines.emplace_back(labels.weight_profile, profile_text(*result.scheme, language));
  lines.emplace_back(labels.city, one_line(result.city));
  if (!result.period.empty()) lines.emplace_back(labels.period, period_text(result));
  lines.emplace_back(labels.file, one_line(result.file));
  if (!result.scope.empty()) lines.emplace_back(labels.scope, scope_text(result, language));
  lines.emplace_back(labels.score, score_cell(result, language));
  lines.emplace_back(labels.grade, grade_text(result, language));
  return lines;
}

bool has_rule_steps(const Gaps& gaps) { return std::holds_alternative<PointsSum>(gaps.result->scheme->aggregation); }

std::vector<ShownGroup> shown_items(const Gaps& gaps, const GapRenderOptions& options) {
  std::vector<ShownGroup> groups;
  if (options.by_dimension) {
    for (const Indicator& dimension : gaps.result->scheme->indicators) groups.push_back({&dimension, 0, {}});
  } else {
    groups.push_back({});
  }
  for (std::size_t i = 0; i < gaps.items.size(); ++i) {
    auto group = std::find_if(groups.begin(), groups.end(), [&](const ShownGroup& g) {
      return !g.dimension || g.dimension == gaps.items[i].dimension;
    });
    ++group->total;
    if (!options.top || group->items.size() < *options.top) group->items.push_back(i);
  }
  std::erase_if(groups, [&](const ShownGroup& g) { return options.by_dimension && g.total == 0; });
  return groups;
}

std::string signed_points(const ScoreResult& result, const Rational& reported) {
  std::string digits = result.format(reported);
  return reported > Rational(0) ? "+" + digits : digits;
}

namespace {

std::string now_cell(const ItemGap& gap, Language language) {
  const GapLabels& labels = gap_labels(language);
  std::string text = one_line(gap.now.in(language));
  if (gap.deduction) text += " " + std::string(labels.deduction);
  if (gap.external) text += " " + std::string(labels.external);
  return text;
}

}  // namespace

std::string step_cell(const GapStep& step, Language language) { return one_line(step.words.in(language)); }

std::string gain_cell(const Gaps& gaps, const GapStep& step) { return signed_points(*gaps.result, step.reported_gain); }

std::vector<std::string> item_heading(const Gaps& gaps, Language language) {
  const GapLabels& labels = gap_labels(language);
  if (has_rule_steps(gaps)) {
    return {labels.rank,      labels.item,      labels.indicator, labels.now,
            labels.next_step, labels.step_gain, labels.full_gain, labels.after_full};
  }
  return {labels.rank, labels.item, labels.indicator, labels.now, labels.raised_to, labels.gain, labels.after};
}

std::vector<std::string> item_row(const Gaps& gaps, std::size_t index, Language language) {
  const ItemGap& gap = gaps.items[index];
  std::vector<std::string> cells = {std::to_string(index + 1),
                                    gap.item->id,
                                    indicator_label(*gap.indicator, language),
                                    now_cell(gap, language),
                                    step_cell(gap.next, language),
                                    gain_cell(gaps, gap.next)};
  if (has_rule_steps(gaps)) cells.push_back(gain_cell(gaps, gap.full));
  cells.push_back(gaps.result->format(gap.full.reported));
  return cells;
}

std::vector<std::string> marker_notes(const Gaps& gaps, const std::vector<ShownGroup>& groups, Language language) {
  bool deduction = false;
  bool external = false;
  for (const ShownGroup& group : groups) {
    for (std::size_t i : group.items) {
      deduction = deduction || gaps.items[i].deduction;
      external = external || gaps.items[i].external;
    }
  }
  std::vector<std::string> notes;
  if (deduction) notes.push_back(gap_labels(language).deduction_note);
  if (external) notes.push_back(gap_labels(language).external_note);
  return notes;
}

std::string plan_title(const Gaps& gaps, Language language) {
  const GapLabels& labels = gap_labels(language);
  return gaps.plan && gaps.plan->goal == PlanGoal::target ? labels.plan_target : labels.plan_grade;
}

std::vector<std::string> plan_sentences(const Gaps& gaps, Language language) {
  const PlanWords& words = plan_words(language);
  const ScoreResult& result = *gaps.result;
  if (!gaps.plan) {
    if (gaps.no_plan == NoPlan::top_grade) {
      return {fmt::format(fmt::runtime(words.top_grade), grade_text(result, language))};
    }
    return {words.no_grades};
  }
  const GradePlan& plan = *gaps.plan;
  const std::string target = result.format(plan.target);
  std::vector<std::string> out;
  if (plan.goal == PlanGoal::next_grade) {
    out.push_back(fmt::format(fmt::runtime(words.next_grade), one_line(plan.band->display_name(language)),
                              band_bound(*plan.band)));
  } else {
    out.push_back(fmt::format(fmt::runtime(words.target), target));
  }
  if (plan.reached) {
    out.push_back(fmt::format(fmt::runtime(words.reached), result.format(result.reported)));
  } else if (!plan.reachable) {
    out.push_back(
        fmt::format(fmt::runtime(words.unreachable), plan.items.size(), result.format(plan.reported), target));
  } else {
    out.push_back(fmt::format(fmt::runtime(words.fewest), plan.items.size()));
    out.push_back(fmt::format(fmt::runtime(words.after), result.format(plan.reported),
                              signed_points(result, plan.reported_gain), result.format(plan.reported_overshoot),
                              target));
  }
  return out;
}

std::vector<std::string> plan_item_heading(Language language) {
  const GapLabels& labels = gap_labels(language);
  return {labels.item, labels.indicator, labels.raised_to, labels.gain};
}

std::vector<std::string> plan_item_row(const Gaps& gaps, std::size_t index, Language language) {
  const ItemGap& gap = gaps.items[index];
  return {gap.item->id, indicator_label(*gap.indicator, language), step_cell(gap.full, language),
          gain_cell(gaps, gap.full)};
}

}  // namespace cityseceval
