#include "template_content.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <variant>

#include "cityseceval/score.h"
#include "overloaded.h"
#include "text_table.h"

namespace cityseceval {

namespace {

// The rated indicators below `indicator` (itself when rated), each item with
// the names of `path`, the indicators above it.
void collect(const Indicator& indicator, Language language, std::vector<const Indicator*>& path,
             std::vector<TemplateItem>& items) {
  if (!indicator.is_rated()) {
    path.push_back(&indicator);
    for (const Indicator& child : indicator.children) collect(child, language, path, items);
    path.pop_back();
    return;
  }
  std::string level1 = path.empty() ? "" : path.front()->display_name(language);
  std::string level2;
  for (std::size_t i = 1; i < path.size(); ++i) {
    if (i > 1) level2 += " / ";
    level2 += path[i]->display_name(language);
  }
  for (const Item& item : indicator.items) items.push_back({&item, &indicator, level1, level2});
}

}  // namespace

bool template_covers(const std::vector<const Indicator*>& scope, const Indicator& dimension) {
  return scope.empty() || std::find(scope.begin(), scope.end(), &dimension) != scope.end();
}

std::vector<TemplateItem> template_items(const Scheme& scheme, Language language,
                                         const std::vector<const Indicator*>& scope) {
  std::vector<TemplateItem> items;
  std::vector<const Indicator*> path;
  for (const Indicator& dimension : scheme.indicators) {
    if (template_covers(scope, dimension)) collect(dimension, language, path, items);
  }
  return items;
}

std::string template_heading(const Scheme& scheme, Language language) {
  const bool english = language == Language::en;
  std::string version = scheme.version.empty() ? "" : (english ? ", version " : "，版本 ") + scheme.version;
  std::string title = one_line(scheme.display_name(language));
  return english ? fmt::format("Assessment template: {} ({}{})", title, scheme.id, version)
                 : fmt::format("评价表模板：{}（{}{}）", title, scheme.id, version);
}

std::string_view direct_score_mark(Language language) {
  return language == Language::en ? "[direct score] " : "[直接得分项] ";
}

std::string template_summary(const Scheme& scheme, Language language) {
  const bool english = language == Language::en;
  const std::size_t items = scheme.item_count();
  const std::string max = scheme.max_points.short_string();
  return std::visit(
      overloaded{[&](const RatingMean&) {
                   const std::size_t rated = scheme.rated_indicators().size();
                   return english ? fmt::format("{} items in {} rated indicators; {} points in all.", items, rated, max)
                                  : fmt::format("共 {} 个评价内容，分属 {} 个评分指标，满分 {} 分。", items, rated, max);
                 },
                 [&](const PointsSum&) {
                   std::optional<Rational> bonus = bonus_cap(scheme);
                   std::string extra;
                   if (english) {
                     if (bonus) extra = fmt::format(", plus a bonus of at most {}", bonus->short_string());
                     if (scheme.total_cap) {
                       extra += fmt::format("; the total is at most {}", scheme.total_cap->short_string());
                     }
                     return fmt::format("{} items, each scored by its own rule from the fact you record; {} points "
                                        "in all{}.",
                                        items, max, extra);
                   }
                   if (bonus) extra = fmt::format("，另有加分最多 {} 分", bonus->short_string());
                   if (scheme.total_cap) extra += fmt::format("，总分不超过 {} 分", scheme.total_cap->short_string());
                   return fmt::format("共 {} 个评分项，各按其计分规则由填写的事实计分；满分 {} 分{}。", items, max, extra);
                 }},
      scheme.aggregation);
}

}  // namespace cityseceval
