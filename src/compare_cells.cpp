#include "compare_cells.h"

#include <fmt/format.h>

#include <algorithm>

#include "fact_format.h"
#include "overloaded.h"

namespace cityseceval {

namespace {

constexpr CompareLabels zh_labels = {
    "两次评价的比较", "评价体系", "权重方案", "城市", "评价期", "文件", "评价范围", "综合得分", "等级",
    "（本体系未定义等级）", "全部维度", "（按所评价部分折算为满分 {}）", "提升最多的指标", "下降最多的指标", "无",
    "有变化的指标", "全部指标", "有变化的评价内容",
    "无变化：各指标得分相同，各评价内容的评分或事实相同。", "未比较（只在一个指标树中）", "仅在旧评价中",
    "仅在新评价中", "编号", "指标", "旧", "新", "差值", "满分", "状态", "评价内容", "旧 → 新", "得分", "已评价",
    "未评价", "不适用", "、"};
constexpr CompareLabels en_labels = {
    "Comparison of two assessments", "Scheme", "Weight profile", "City", "Period", "Files", "Scope", "Score",
    "Grade", "(this scheme defines no grades)", "every dimension", "(scaled to {} from the part evaluated)",
    "Biggest gains", "Biggest losses", "none", "Indicators that changed", "Every indicator", "Items that changed",
    "Nothing changed: the same points for every indicator and the same rating or fact for every item.",
    "Not compared (in one tree only)", "Only in OLD", "Only in NEW", "ID", "Indicator", "Old", "New", "Delta",
    "Max", "Status", "Item", "Old → New", "Points", "evaluated", "not evaluated", "not applicable", ", "};

// "95.17 → 97.67 (+2.50)", and how a scaled composite came about.
std::string score_text(const Comparison& comparison, Language language) {
  const ScoreResult& before = *comparison.before;
  const ScoreResult& after = *comparison.after;
  std::string text = fmt::format("{} → {} ({})", before.format(before.reported), after.format(after.reported),
                                 comparison.format_delta(comparison.reported_delta));
  if (before.normalised() || after.normalised()) {
    text += " " + fmt::format(fmt::runtime(compare_labels(language).normalised), after.max.short_string());
  }
  return text;
}

const char* status_word(Status status, Language language) {
  const CompareLabels& labels = compare_labels(language);
  switch (status) {
    case Status::evaluated: return labels.evaluated;
    case Status::out_of_scope: return labels.out_of_scope;
    case Status::not_applicable: return labels.not_applicable;
  }
  return "";
}

}  // namespace

const CompareLabels& compare_labels(Language language) { return language == Language::en ? en_labels : zh_labels; }

std::string scheme_text(const Scheme& scheme, Language language) {
  return one_line(fmt::format("{} ({} {})", scheme.display_name(language), scheme.id, scheme.version));
}

std::string profile_text(const Scheme& scheme, Language language) {
  if (!scheme.weight_profile) return "—";
  const AppliedWeightProfile& profile = *scheme.weight_profile;
  return one_line(fmt::format("{} ({})", localized(language, profile.name, profile.name_en), profile.file));
}

std::string scope_text(const ScoreResult& result, Language language) {
  const CompareLabels& labels = compare_labels(language);
  if (result.scope.empty()) return labels.every_dimension;
  std::string out;
  for (const Indicator* dimension : result.scope) {
    if (!out.empty()) out += labels.list_separator;
    out += indicator_label(*dimension, language);
  }
  return out;
}

std::string grade_text(const ScoreResult& result, Language language) {
  if (!result.grade) return compare_labels(language).no_grade;
  return one_line(result.grade->display_name(language));
}

std::string period_text(const ScoreResult& result) { return result.period.empty() ? "—" : one_line(result.period); }

std::string change_of(const std::string& before, const std::string& after) {
  return before == after ? before : before + " → " + after;
}

LabelledLines compare_header(const Comparison& comparison, Language language) {
  const CompareLabels& labels = compare_labels(language);
  const ScoreResult& before = *comparison.before;
  const ScoreResult& after = *comparison.after;
  LabelledLines lines;
  lines.emplace_back(labels.scheme,
                     change_of(scheme_text(*before.scheme, language), scheme_text(*after.scheme, language)));
  if (before.scheme->weight_profile || after.scheme->weight_profile) {
    lines.emplace_back(labels.weight_profile,
                       change_of(profile_text(*before.scheme, language), profile_text(*after.scheme, language)));
  }
  lines.emplace_back(labels.city, change_of(one_line(before.city), one_line(after.city)));
  if (!before.period.empty() || !after.period.empty()) {
    lines.emplace_back(labels.period, period_text(before) + " → " + period_text(after));
  }
  lines.emplace_back(labels.files, one_line(before.file) + " → " + one_line(after.file));
  if (!before.scope.empty() || !after.scope.empty()) {
    lines.emplace_back(labels.scope, change_of(scope_text(before, language), scope_text(after, language)));
  }
  lines.emplace_back(labels.score, score_text(comparison, language));
  // A scheme with no grades (the municipal sheet) has nothing to compare.
  const bool no_grades = before.scheme->grades.empty() && after.scheme->grades.empty();
  lines.emplace_back(labels.grade,
                     no_grades ? labels.no_grade : grade_text(before, language) + " → " + grade_text(after, language));
  return lines;
}

std::string indicator_label(const Indicator& indicator, Language language) {
  return one_line(indicator.id + " " + indicator.display_name(language));
}

std::string side_cell(const ScoreResult& result, const IndicatorSide& side) {
  return side.reported ? result.format(*side.reported) : "—";
}

std::string delta_cell(const Comparison& comparison, const IndicatorDelta& entry) {
  return entry.reported_delta ? comparison.format_delta(*entry.reported_delta) : "—";
}

std::string max_cell(const Comparison& comparison, const IndicatorDelta& entry) {
  std::string after = comparison.after->format(entry.after.max);
  if (entry.before.max == entry.after.max) return after;
  return comparison.before->format(entry.before.max) + " → " + after;
}

std::string status_cell(const IndicatorDelta& entry, Language language) {
  if (entry.before.status == entry.after.status) return "";
  return fmt::format("{} → {}", status_word(entry.before.status, language), status_word(entry.after.status, language));
}

bool has_status_changes(const Comparison& comparison) {
  return std::any_of(comparison.indicators.begin(), comparison.indicators.end(),
                     [](const IndicatorDelta& entry) { return entry.before.status != entry.after.status; });
}

std::string item_cell(const ItemResult& item, Language language) {
  return std::visit(overloaded{[&](const RatedItemResult& rated) -> std::string {
                                 if (!rated.rating) return compare_labels(language).not_applicable;
                                 return one_line(rated.rating->display_name(language));
                               },
                               [](const RuleItemResult& rule) -> std::string {
                                 return rule.fact ? one_line(fact_text(*rule.fact)) : "—";
                               }},
                    item.outcome);
}

std::string item_change_cell(const ItemChange& change, Language language) {
  return item_cell(*change.before, language) + " → " + item_cell(*change.after, language);
}

std::string item_points_cell(const Comparison& comparison, const ItemChange& change) {
  auto points = [](const ScoreResult& result, const ItemResult& item) -> std::string {
    const auto* rule = std::get_if<RuleItemResult>(&item.outcome);
    return rule ? result.format(rule->points) : "—";
  };
  if (!has_rule_items(comparison)) return "";
  return points(*comparison.before, *change.before) + " → " + points(*comparison.after, *change.after);
}

bool has_rule_items(const Comparison& comparison) {
  return std::any_of(comparison.items.begin(), comparison.items.end(), [](const ItemChange& change) {
    return std::holds_alternative<RuleItemResult>(change.before->outcome) ||
           std::holds_alternative<RuleItemResult>(change.after->outcome);
  });
}

std::string id_list(const std::vector<std::string>& ids, Language language) {
  const CompareLabels& labels = compare_labels(language);
  if (ids.empty()) return labels.none;
  std::string out;
  for (const std::string& id : ids) {
    if (!out.empty()) out += labels.list_separator;
    out += one_line(id);
  }
  return out;
}

}  // namespace cityseceval
