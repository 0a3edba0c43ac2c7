#include "cityseceval/render_markdown.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <vector>

#include "cityseceval/score.h"
#include "markdown_text.h"
#include "overloaded.h"

namespace cityseceval {

namespace {

// As escape_inline, for text that starts a paragraph: a leading '#', '-',
// '+', '=' or "1." would otherwise turn it into a heading or a list.
std::string escape_paragraph(std::string_view text) {
  std::string out = escape_inline(text);
  if (out.empty()) return out;
  if (std::string_view("#-+=").find(out[0]) != std::string_view::npos) return "\\" + out;
  std::size_t digits = 0;
  while (digits < out.size() && std::isdigit(static_cast<unsigned char>(out[digits]))) ++digits;
  if (digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')')) out.insert(digits, "\\");
  return out;
}

// Chinese numerals for level names (三级指标); deeper levels keep digits.
std::string chinese_level(int level) {
  static const char* const numerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  if (level >= 1 && level <= 10) return numerals[level - 1];
  return std::to_string(level);
}

struct Counts {
  std::map<int, std::size_t> indicators_per_level;
  std::size_t items = 0;
  std::size_t bonus_items = 0;  // items under bonus sections, part of `items`
  std::vector<int> rated_levels;  // distinct, ascending
  std::vector<std::string> direct_score_items;
};

void count(const Indicator& indicator, Counts& counts) {
  ++counts.indicators_per_level[indicator.level];
  if (indicator.is_rated()) {
    if (std::find(counts.rated_levels.begin(), counts.rated_levels.end(), indicator.level) ==
        counts.rated_levels.end()) {
      counts.rated_levels.push_back(indicator.level);
    }
    counts.items += indicator.items.size();
    if (indicator.bonus) counts.bonus_items += indicator.items.size();
    for (const Item& item : indicator.items) {
      const auto* rated = std::get_if<RatedItem>(&item.kind);
      if (rated && rated->direct_score) counts.direct_score_items.push_back(item.id);
    }
  }
  for (const Indicator& child : indicator.children) count(child, counts);
}

std::size_t items_under(const Indicator& indicator) {
  std::size_t total = indicator.items.size();
  for (const Indicator& child : indicator.children) total += items_under(child);
  return total;
}

bool has_floor(const Indicator& indicator) {
  return indicator.floor || std::any_of(indicator.children.begin(), indicator.children.end(), has_floor);
}

// "85 ≤ M < 100": each bound's inclusion as a comparison, never in words.
std::string band_range(const GradeBand& band) {
  return fmt::format("{} {} M {} {}", band.min.short_string(), band.min_inclusive ? "≤" : "<",
                     band.max_inclusive ? "≤" : "<", band.max.short_string());
}

// A tie at the scheme's precision (2.445 for two decimals) and how it rounds,
// computed by the same rounding the scores use.
std::pair<std::string, std::string> rounding_example(const Precision& precision) {
  std::string tie = precision.decimals == 0 ? "2.5" : "2." + std::string(precision.decimals, '4') + "5";
  Rational value = Rational::parse_decimal(tie).value_or(Rational(0));
  return {tie, value.decimal_string(precision.decimals, precision.rounding)};
}

class MarkdownRenderer {
 public:
  MarkdownRenderer(const Scheme& scheme, Language language, std::string_view source_path)
      : scheme_(scheme), language_(language), english_(language == Language::en), source_path_(source_path) {
    for (const Indicator& indicator : scheme.indicators) count(indicator, counts_);
  }

  std::string render() {
    out_ = fmt::format("<!-- generated from {} by cityseceval docs; do not edit -->\n", source_path_);
    header();
    if (scheme_.tailoring) tailoring(*scheme_.tailoring);
    if (scheme_.weighted()) weights();
    summary();
    tree();
    std::visit(overloaded{[&](const RatingMean& kind) {
                            scale(kind.scale);
                            grades();
                            precision();
                            rules();
                          },
                          [&](const PointsSum&) {
                            grades();
                            precision();
                            points_sum_rules();
                          }},
               scheme_.aggregation);
    return out_;
  }

 private:
  // --- Pieces of language ---------------------------------------------------------

  // Exactly: a weight profile can make points such as 7/3.
  std::string points(const Rational& value) const {
    if (!english_) return value.exact_text() + " 分";
    return value.exact_text() + (value == Rational(1) ? " point" : " points");
  }

  std::string level_name(int level) const {
    return english_ ? fmt::format("level-{}", level) : chinese_level(level) + "级指标";
  }

  // "5 level-1, 20 level-2 and 39 level-3 indicators" / "一级指标 5 个，二级指标 20 个"
  std::string size_line() const {
    std::vector<std::string> parts;
    for (const auto& [level, number] : counts_.indicators_per_level) {
      parts.push_back(english_ ? fmt::format("{} level-{}", number, level)
                               : fmt::format("{} {} 个", level_name(level), number));
    }
    if (english_) {
      std::string indicators = parts.back();
      if (parts.size() > 1) {
        parts.pop_back();
        indicators = fmt::format("{} and {}", fmt::join(parts, ", "), indicators);
      }
      return fmt::format("{} in all; {} indicators; {} {}", points(scheme_.max_points), indicators, counts_.items,
                         counts_.items == 1 ? "evaluation-content item" : "evaluation-content items");
    }
    return fmt::format("满分 {}；{}；评价内容 {} 项", points(scheme_.max_points), fmt::join(parts, "，"),
                       counts_.items);
  }

  // "(here the level-3 indicators)" when every rated indicator is at one level.
  std::string rated_level_note() const {
    if (counts_.rated_levels.size() != 1) return "";
    int level = counts_.rated_levels.front();
    return english_ ? fmt::format(" (here the level-{} indicators)", level)
                    : fmt::format("（本体系为{}）", level_name(level));
  }

  // --- Sections ---------------------------------------------------------------------

  void header() {
    out_ += "\n# " + escape_inline(scheme_.display_name(language_)) + "\n\n";
    auto field = [this](const char* zh, const char* en, const std::string& value) {
      if (!value.empty()) out_ += fmt::format("- {}{}\n", english_ ? en : zh, value);
    };
    field("体系编号：", "Scheme ID: ", "`" + scheme_.id + "`");
    if (english_) {
      if (!scheme_.title_en.empty()) field("", "Chinese title: ", escape_inline(scheme_.title));
    } else {
      field("英文名称：", "", escape_inline(scheme_.title_en));
    }
    field("版本：", "Version: ", escape_inline(scheme_.version));
    field("来源：", "Source: ", escape_inline(scheme_.source));
    field("指标树文件：", "Tree file: ", "`" + source_path_ + "`");
    field("规模：", "Size: ", size_line());
    if (english_) {
      out_ += "\nItem texts and clause descriptions are quoted in Chinese, as the tree file gives them.\n";
    }
  }

  // Where the weights come from: each indicator's heading gives its weight.
  void weights() {
    std::string source;
    if (scheme_.weight_profile) {
      const AppliedWeightProfile& profile = *scheme_.weight_profile;
      source = fmt::format(fmt::runtime(english_ ? " from the weight profile {} (`{}`)" : "，取自权重方案 {}（`{}`）"),
                           escape_inline(localized(language_, profile.name, profile.name_en)), profile.file);
    }
    out_ += english_ ? fmt::format("\n## Weights\n\nEach indicator's weight (formulas A.1-A.3) is given beside its "
                                   "points{}: alpha at level 1, a share of its parent below. Its points are its "
                                   "weight times its parent's points.\n",
                                   source)
                     : fmt::format("\n## 权重\n\n各指标标题中给出其权重（公式 A.1–A.3）{}：一级指标为 α，其下为占上级指标的比重。"
                                   "指标的分值等于其权重乘以上级指标的分值。\n",
                                   source);
  }

  // A tailored scheme: its base and every change with its reason, as Table
  // B.1's footer asks a tailoring to give them.
  void tailoring(const Tailoring& record) {
    std::string base = "`" + record.base_id + "`";
    if (!record.base_version.empty()) base += " " + escape_inline(record.base_version);
    std::size_t count = record.changes.size();
    if (english_) {
      std::string changes = count == 0 ? ", with no changes."
                                       : fmt::format(" with {} {}:", count, count == 1 ? "change" : "changes");
      out_ += fmt::format("\n## Tailoring\n\nThis scheme is the base scheme {} tailored{}\n", base, changes);
    } else {
      out_ += fmt::format("\n## 裁剪\n\n本体系由基准体系 {} 裁剪而来{}\n", base,
                          count == 0 ? "，无变更。" : fmt::format("，共 {} 项变更：", count));
    }
    if (count > 0) out_ += "\n";
    for (std::size_t i = 0; i < count; ++i) change_entry(record.changes[i], fmt::format("{}. ", i + 1));
  }

  // A change, then its text and reason as a list inside it, indented to its
  // words so Markdown keeps them in the entry.
  void change_entry(const TailoringChange& change, const std::string& marker) {
    auto code = [](const std::string& id) { return "`" + id + "`"; };
    std::string what;
    switch (change.kind) {
      case TailoringChange::Kind::remove:
        what = (english_ ? "Removed " : "删除 ") + code(change.item);
        break;
      case TailoringChange::Kind::reword:
        what = (english_ ? "Reworded " : "改写 ") + code(change.item);
        break;
      case TailoringChange::Kind::add:
        what = english_ ? fmt::format("Added {} to indicator {}", code(change.item), code(change.indicator))
                        : fmt::format("新增 {}（指标 {}）", code(change.item), code(change.indicator));
        break;
      case TailoringChange::Kind::points:
        what = fmt::format("{} {}{}{} → {}", english_ ? "Points of" : "调整分值", code(change.indicator),
                           english_ ? ": " : "：", change.from.short_string(), change.to.short_string());
        break;
    }
    out_ += marker + what + "\n";
    std::string indent(marker.size(), ' ');
    auto detail = [&](const char* zh, const char* en, const std::string& value) {
      if (!value.empty()) out_ += fmt::format("{}- {}{}\n", indent, english_ ? en : zh, escape_inline(value));
    };
    detail("内容：", "Text: ", change.text);
    detail("理由：", "Reason: ", change.reason);
  }

  void summary() {
    out_ += english_ ? "\n## Level-1 indicators\n\n| ID | Indicator | Points | Items |\n"
                     : "\n## 一级指标\n\n| 编号 | 一级指标 | 分值 | 评价内容项 |\n";
    out_ += "|---|---|--:|--:|\n";
    for (const Indicator& indicator : scheme_.indicators) {
      if (indicator.bonus) continue;
      out_ += fmt::format("| {} | {} | {} | {} |\n", escape_inline(indicator.id),
                          escape_inline(indicator.display_name(language_)), indicator.points.short_string(),
                          items_under(indicator));
    }
    out_ += fmt::format("| | **{}** | **{}** | **{}** |\n", english_ ? "Total" : "合计",
                        scheme_.max_points.short_string(), counts_.items - counts_.bonus_items);
    // A bonus section is added on top of the total, so it comes after it.
    for (const Indicator& indicator : scheme_.indicators) {
      if (!indicator.bonus) continue;
      out_ += fmt::format("| {} | {} | {} | {} |\n", escape_inline(indicator.id),
                          escape_inline(indicator.display_name(language_)) + (english_ ? " (on top)" : "（另加）"),
                          (english_ ? "at most " : "至多 ") + indicator.points.short_string(), items_under(indicator));
    }
  }

  void tree() {
    out_ += english_ ? "\n## Indicator tree\n" : "\n## 指标体系\n";
    for (const Indicator& indicator : scheme_.indicators) indicator_section(indicator);
  }

  void indicator_section(const Indicator& indicator) {
    std::string hashes(static_cast<std::size_t>(std::min(indicator.level + 2, 6)), '#');
    std::string maximum = indicator.bonus && indicator.level == 1 ? (english_ ? "bonus, at most " : "加分，至多 ") + points(indicator.points)
                                          : points(indicator.points);
    if (scheme_.weighted() && !indicator.bonus) {
      maximum += (english_ ? ", weight " : "，权重 ") + scheme_.weight_of(indicator).exact_text();
    }
    out_ += fmt::format("\n{} {} {}{}\n", hashes, escape_inline(indicator.id),
                        escape_inline(indicator.display_name(language_)),
                        english_ ? " (" + maximum + ")" : "（" + maximum + "）");
    std::vector<std::string> names;
    if (english_) {
      if (!indicator.name_en.empty()) names.push_back("Chinese name: " + escape_inline(indicator.name));
      if (!indicator.heading.empty()) names.push_back("clause heading: " + escape_inline(indicator.heading));
      if (!names.empty()) names.front()[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(names.front()[0])));
    } else {
      if (!indicator.heading.empty()) names.push_back("条款标题：" + escape_inline(indicator.heading));
      if (!indicator.name_en.empty()) names.push_back("英文名称：" + escape_inline(indicator.name_en));
    }
    if (!names.empty()) out_ += fmt::format("\n{}\n", fmt::join(names, english_ ? "; " : "；"));
    if (!indicator.description.empty()) out_ += "\n" + escape_paragraph(indicator.description) + "\n";
    if (indicator.floor) {
      out_ += english_ ? fmt::format("\nFloor: its subtotal never goes below {}.\n", points(*indicator.floor))
                       : fmt::format("\n下限：本部分小计不低于 {}。\n", points(*indicator.floor));
    }
    if (indicator.bonus && indicator.level == 1) bonus_paragraph(indicator);
    if (indicator.is_rated()) {
      out_ += english_ ? "\nEvaluation-content items:\n\n" : "\n评价内容：\n\n";
      for (std::size_t i = 0; i < indicator.items.size(); ++i) {
        const Item& item = indicator.items[i];
        std::string marker = fmt::format("{}. ", i + 1);
        std::visit([&](const auto& kind) { item_entry(item, marker, kind); }, item.kind);
      }
    }
    for (const Indicator& child : indicator.children) indicator_section(child);
  }

  // A rated item: its text, the direct-score item marked.
  void item_entry(const Item& item, const std::string& marker, const RatedItem& kind) {
    std::string mark;
    if (kind.direct_score) mark = english_ ? "**[direct-score item]** " : "**【直接得分项】**";
    out_ += fmt::format("{}`{}` {}{}\n", marker, item.id, mark, escape_inline(item.text));
  }

  // A rule item: its text and maximum, then the rule, basis and decision as a
  // list inside the item, indented to its text so Markdown keeps them in it.
  void item_entry(const Item& item, const std::string& marker, const RuleItem& kind) {
    std::string maximum;
    if (kind.points) maximum = english_ ? " (" + points(*kind.points) + ")" : "（" + points(*kind.points) + "）";
    out_ += fmt::format("{}`{}` {}{}\n", marker, item.id, escape_inline(item.text), maximum);
    std::string indent(marker.size(), ' ');
    auto detail = [&](const char* zh, const char* en, const std::string& value) {
      if (!value.empty()) out_ += fmt::format("{}- {}{}\n", indent, english_ ? en : zh, escape_inline(value));
    };
    detail("规则：", "Rule: ", describe(kind.rule).in(language_));
    detail("评分依据：", "Basis: ", kind.basis);
    detail("决定：", "Decision: ", kind.decision);
  }

  // What a bonus section adds and how the caps bound it.
  void bonus_paragraph(const Indicator& indicator) {
    std::string cap = bonus_cap(indicator).short_string();
    if (english_) {
      out_ += fmt::format("\nBonus section: what its items earn is added on top of the {}-point sections, capped at {}",
                          scheme_.max_points.short_string(), cap);
      if (scheme_.total_cap) out_ += fmt::format("; the total after the bonus is capped at {}", scheme_.total_cap->short_string());
      out_ += ".\n";
    } else {
      out_ += fmt::format("\n加分项：其各项得分在满分 {} 分的各部分之外另加，加分至多 {} 分",
                          scheme_.max_points.short_string(), cap);
      if (scheme_.total_cap) out_ += fmt::format("；加分后总分不超过 {} 分", scheme_.total_cap->short_string());
      out_ += "。\n";
    }
  }

  // The points-sum rules: items earn by their rules, not by a rating scale.
  void points_sum_rules() {
    std::vector<std::string> rules;
    std::optional<Rational> cap = bonus_cap(scheme_);
    bool floors = std::any_of(scheme_.indicators.begin(), scheme_.indicators.end(), has_floor);
    const std::string max = scheme_.max_points.short_string();
    if (english_) {
      rules.push_back("Each item earns what its rule gives for the fact the assessor recorded (a count, a ratio, "
                      "yes or no, an outcome, a score); some rules deduct points.");
      rules.push_back("An indicator earns the sum of what its items earn; every other indicator earns the sum of what "
                      "its children earn.");
      if (floors) rules.push_back("An indicator with a floor never earns less than its floor, so its deductions do "
                                  "not reduce the points of other sections.");
      std::string total = fmt::format("The score of the sections is the sum of what the level-1 indicators earn{}, "
                                      "at most {}.", cap ? " outside the bonus" : "", max);
      rules.push_back(total);
      if (cap) {
        std::string bonus = fmt::format("The bonus sections' items are added on top, at most {} in all", cap->short_string());
        if (scheme_.total_cap) bonus += fmt::format("; the total after the bonus is at most {}", scheme_.total_cap->short_string());
        rules.push_back(bonus + ".");
      } else if (scheme_.total_cap) {
        rules.push_back(fmt::format("The total is at most {}.", scheme_.total_cap->short_string()));
      }
      rules.push_back("Scores are computed exactly (as fractions) and rounded only when reported (see precision "
                      "above); a rule that rounds, such as a proportional one, rounds the item's points itself.");
      if (!scheme_.grades.empty()) {
        rules.push_back("The grade is decided on the reported total, so the score and the grade shown never disagree.");
      }
    } else {
      rules.push_back("每个评价内容项按其规则，由评估人员记录的事实（数量、比例、有无、结果或评分）得分；部分规则倒扣分。");
      rules.push_back("带评价内容项的指标得分为其各项得分之和；其他指标的得分为其下级指标得分之和。");
      if (floors) rules.push_back("设有下限的指标得分不低于其下限，因此其倒扣分不会减少其他部分的得分。");
      rules.push_back(fmt::format("各部分得分为{}各一级指标得分之和，满分 {} 分。", cap ? "加分项以外" : "", max));
      if (cap) {
        std::string bonus = fmt::format("加分项的得分另加，至多 {} 分", cap->short_string());
        if (scheme_.total_cap) bonus += fmt::format("；加分后总分不超过 {} 分", scheme_.total_cap->short_string());
        rules.push_back(bonus + "。");
      } else if (scheme_.total_cap) {
        rules.push_back(fmt::format("总分不超过 {} 分。", scheme_.total_cap->short_string()));
      }
      rules.push_back("计算全程使用精确值（分数），只在报告时按上述精度舍入；按比例得分等自带舍入的规则对该项得分舍入。");
      if (!scheme_.grades.empty()) rules.push_back("等级按报告的总分判定，因此报告的得分与等级不会矛盾。");
    }
    out_ += english_ ? "\n## Scoring rules\n\n" : "\n## 计分规则\n\n";
    for (std::size_t i = 0; i < rules.size(); ++i) out_ += fmt::format("{}. {}\n", i + 1, rules[i]);
  }

  void scale(const RatingScale& rating_scale) {
    if (english_) {
      out_ += "\n## Rating scale\n\nEach item is rated with one of these; an assessment may give the code, the "
              "Chinese word or the value.\n\n| Rating | Code | Chinese | Value y |\n";
    } else {
      out_ += "\n## 评价结果与分值\n\n每个评价内容项取下列评价结果之一；评估文件中可填写代码、中文或分值。\n\n"
              "| 评价结果 | 代码 | 英文 | 分值 y |\n";
    }
    out_ += "|---|---|---|--:|\n";
    for (const RatingLevel& level : rating_scale.levels) {
      const std::string& shown = level.display_name(language_);
      const std::string& other = english_ ? level.name : level.name_en;
      out_ += fmt::format("| {} | `{}` | {} | {} |\n", escape_inline(shown), level.id, escape_inline(other),
                          level.value.short_string());
    }
  }

  void grades() {
    out_ += english_ ? "\n## Grades\n\n" : "\n## 等级\n\n";
    if (scheme_.grades.empty()) {
      out_ += english_ ? "This scheme defines no grades: only the composite score is reported.\n"
                       : "本体系未定义等级，只报告综合得分。\n";
      return;
    }
    out_ += english_ ? "The grade is decided on the reported (rounded) composite score M.\n\n"
                       "| Grade | Code | Chinese | Composite score |\n"
                     : "等级按报告的（舍入后的）综合得分 M 判定。\n\n| 等级 | 代码 | 英文 | 综合得分 |\n";
    out_ += "|---|---|---|---|\n";
    for (const GradeBand& band : scheme_.grades) {
      const std::string& shown = band.display_name(language_);
      const std::string& other = english_ ? band.name : band.name_en;
      out_ += fmt::format("| {} | `{}` | {} | {} |\n", escape_inline(shown), band.id, escape_inline(other),
                          band_range(band));
    }
  }

  void precision() {
    const Precision& precision = scheme_.precision;
    auto [tie, rounded] = rounding_example(precision);
    bool half_up = precision.rounding == Rounding::half_up;
    std::string_view mode = rounding_name(precision.rounding);
    if (english_) {
      std::string places = precision.decimals == 0 ? "as whole numbers"
                           : precision.decimals == 1
                               ? "with 1 decimal"
                               : fmt::format("with {} decimals", precision.decimals);
      out_ += fmt::format(
          "\n## Precision and rounding\n\nScores are reported {}, rounded {} (`{}`: {}, so {} becomes {}).\n",
          places, half_up ? "half up" : "half to even", mode,
          half_up ? "a tie goes away from zero" : "a tie goes to the even digit", tie, rounded);
    } else {
      std::string places =
          precision.decimals == 0 ? "取整数" : fmt::format("保留 {} 位小数", precision.decimals);
      out_ += fmt::format("\n## 精度与舍入\n\n得分{}，{}（`{}`：{}，如 {} 记为 {}）。\n", places,
                          half_up ? "四舍五入" : "四舍六入五成双", mode,
                          half_up ? "恰为一半时远离零进位" : "恰为一半时取偶数", tie, rounded);
    }
  }

  void rules() {
    std::vector<std::string> rules;
    std::string direct_ids;
    for (const std::string& id : counts_.direct_score_items) {
      direct_ids += (direct_ids.empty() ? "`" : (english_ ? ", `" : "、`")) + id + "`";
    }
    if (english_) {
      rules.push_back("Each item's rating gives it a value y (see the rating scale above).");
      rules.push_back("An indicator with items" + rated_level_note() +
                      " has X, the mean of its m item ratings: X = (y₁ + y₂ + … + yₘ) / m.");
      if (!direct_ids.empty()) {
        rules.push_back(
            "Direct-score item: when an indicator has a direct-score item d, X = max(mean, y_d), so a direct-score "
            "item rated 1 earns the indicator its full points whatever its other items. In this scheme: " +
            direct_ids + ".");
      }
      rules.push_back("The indicator earns X × its points.");
      rules.push_back(fmt::format("Every other indicator earns the sum of what its children earn; the composite "
                                  "score M is the sum of what the level-1 indicators earn, at most {}.",
                                  scheme_.max_points.short_string()));
      rules.push_back("Scores are computed exactly (as fractions) and rounded only when reported: a parent adds "
                      "its children's exact scores, not their rounded ones.");
      if (!scheme_.grades.empty()) {
        rules.push_back("The grade is decided on the reported composite, so the score and the grade shown never "
                        "disagree.");
      }
    } else {
      rules.push_back("每个评价内容项按上表取分值 y。");
      rules.push_back("带评价内容项的指标" + rated_level_note() +
                      "的得分率 X 为其 m 个评价内容项分值的平均：X = (y₁ + y₂ + … + yₘ) / m。");
      if (!direct_ids.empty()) {
        rules.push_back("直接得分项：指标含直接得分项 d 时，X = max(平均值, y_d)，即直接得分项分值为 1 "
                        "时该指标得满分，不论其他各项。本体系的直接得分项：" +
                        direct_ids + "。");
      }
      rules.push_back("该指标得分 = X × 其分值。");
      rules.push_back(fmt::format("其他指标的得分为其下级指标得分之和；综合得分 M 为各一级指标得分之和，满分 {} 分。",
                                  scheme_.max_points.short_string()));
      rules.push_back("计算全程使用精确值（分数），只在报告时舍入：上级指标由下级的精确得分相加，而非舍入后的得分。");
      if (!scheme_.grades.empty()) rules.push_back("等级按报告的综合得分判定，因此报告的得分与等级不会矛盾。");
    }
    out_ += english_ ? "\n## Scoring rules\n\n" : "\n## 计分规则\n\n";
    for (std::size_t i = 0; i < rules.size(); ++i) out_ += fmt::format("{}. {}\n", i + 1, rules[i]);
  }

  const Scheme& scheme_;
  Language language_;
  bool english_;
  std::string source_path_;
  Counts counts_;
  std::string out_;
};

}  // namespace

std::string render_markdown(const Scheme& scheme, Language language, std::string_view source_path) {
  return MarkdownRenderer(scheme, language, source_path).render();
}

}  // namespace cityseceval
