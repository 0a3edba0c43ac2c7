// The YAML template: a complete assessment with `todo` for every rating (or,
// for a points-sum scheme, every fact) and the tree written beside it as
// comments, so an assessor fills it in an editor without the standard open.
// Must read back with parse_assessment.
#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <variant>
#include <vector>

#include "cityseceval/load.h"
#include "cityseceval/template.h"
#include "cityseceval/score.h"
#include "overloaded.h"
#include "template_content.h"
#include "text_table.h"
#include "utf8.h"

namespace cityseceval {

namespace {

// Comments are one line each: a line break in a name or text becomes a space.
std::string one_line(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

// A YAML scalar for `text`: plain when it is made only of characters that
// cannot change its meaning, double-quoted otherwise.
std::string yaml_scalar(std::string_view text) {
  bool plain = !text.empty();
  for (char c : text) {
    bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                c == '_' || c == '-' || c == '/';
    plain = plain && safe;
  }
  if (plain && text[0] != '-') return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

class YamlTemplate {
 public:
  YamlTemplate(const Scheme& scheme, Language language, const std::vector<const Indicator*>& scope)
      : scheme_(scheme), language_(language), english_(language == Language::en), scope_(scope) {}

  std::string render(std::string_view schema_url, std::string_view reference) {
    out_ += fmt::format("# yaml-language-server: $schema={}\n#\n", schema_url);
    std::visit(overloaded{[&](const RatingMean& kind) { introduction(kind.scale); },
                          [&](const PointsSum&) { facts_introduction(); }},
               scheme_.aggregation);
    out_ += fmt::format("scheme: {}\n", yaml_scalar(template_scheme_reference(scheme_, reference)));
    out_ += english_ ? "city: todo     # the city's name\n" : "city: todo     # 城市名称\n";
    out_ += english_ ? "period: todo   # the period assessed, e.g. \"2025\"; or delete this line\n"
                     : "period: todo   # 评价周期，如 \"2025\"；不需要时删除本行\n";
    if (!scope_.empty()) scope_line();
    std::visit(overloaded{[&](const RatingMean&) {
                            out_ += "ratings:\n";
                            for (const Indicator& indicator : scheme_.indicators) {
                              if (in_scope(indicator)) write(indicator);
                            }
                          },
                          [&](const PointsSum&) {
                            out_ += "facts:\n";
                            for (const Indicator& indicator : scheme_.indicators) {
                              if (in_scope(indicator)) write_facts(indicator);
                            }
                          }},
               scheme_.aggregation);
    return out_;
  }

 private:
  bool in_scope(const Indicator& dimension) const { return template_covers(scope_, dimension); }

  // A special evaluation, or one stage of a phased one: only these dimensions.
  void scope_line() {
    std::string ids;
    for (const Indicator* dimension : scope_) ids += (ids.empty() ? "" : ", ") + yaml_scalar(dimension->id);
    out_ += fmt::format("scope: [{}]{}\n", ids,
                        english_ ? "   # the dimensions evaluated (a special evaluation); only they are rated"
                                 : "   # 所评价的维度（专项评价），只对其评分");
  }

  // "（20 分）" or " (20 points)", after a name.
  std::string points(const Rational& value) const {
    if (!english_) return fmt::format("（{} 分）", value.short_string());
    return fmt::format(" ({} point{})", value.short_string(), value == Rational(1) ? "" : "s");
  }

  void introduction(const RatingScale& scale) {
    out_ += fmt::format("# {}\n# {}\n#\n", template_heading(scheme_, language_), template_summary(scheme_, language_));
    if (english_) {
      out_ += "# How to fill it in:\n";
      out_ += "# - city: the city's name; period: the period assessed (e.g. \"2025\"), or delete that line.\n";
      out_ += "# - Replace each todo with the item's rating: its word, its Chinese word or its value:\n";
    } else {
      out_ += "# 填写方法：\n";
      out_ += "# - city 填写城市名称；period 填写评价周期（如 \"2025\"），不需要时删除该行。\n";
      out_ += "# - 把每个 todo 换成该评价内容的评分，写英文词、中文词或分值均可：\n";
    }
    std::size_t widths[3] = {0, 0, 0};
    for (const RatingLevel& level : scale.levels) {
      widths[0] = std::max(widths[0], utf8::display_width(level.id));
      widths[1] = std::max(widths[1], utf8::display_width(level.name));
      widths[2] = std::max(widths[2], utf8::display_width(level.name_en));
    }
    for (const RatingLevel& level : scale.levels) {
      out_ += fmt::format("#     {}  {}  {}  {}\n", pad_right(level.id, widths[0]), pad_right(level.name, widths[1]),
                          pad_right(level.name_en, widths[2]), level.value.short_string());
    }
    if (english_) {
      out_ += "# - To record why, use the long form: - {rating: mostly, note: \"why\"}\n";
      out_ += "# - To name what backs a rating up: - {rating: full, evidence: [\"document no.\", \"file.pdf\", \"https://...\"]}\n";
      out_ += "# - An item that does not apply to the city: - {rating: na, reason: \"why it does not apply\"}\n";
      out_ += "# - Check it with: cityseceval check FILE; score it with: cityseceval score FILE\n";
    } else {
      out_ += "# - 需要记录理由时用长格式：- {rating: mostly, note: \"理由\"}\n";
      out_ += "# - 列出证明材料（文号、文件名、网址）：- {rating: full, evidence: [\"文号\", \"文件.pdf\", \"https://...\"]}\n";
      out_ += "# - 不适用于本市的评价内容：- {rating: 不适用, reason: \"不适用的理由\"}\n";
      out_ += "# - 检查：cityseceval check 文件名；计分：cityseceval score 文件名\n";
    }
  }

  void write(const Indicator& indicator) {
    std::string name = one_line(indicator.display_name(language_));
    if (!indicator.is_rated()) {
      if (indicator.level == 1) out_ += "\n";
      out_ += fmt::format("  # {} {}{}\n", indicator.id, name, points(indicator.points));
      for (const Indicator& child : indicator.children) write(child);
      return;
    }
    out_ += fmt::format("  {}:  # {}{}\n", yaml_scalar(indicator.id), name, points(indicator.points));
    for (const Item& item : indicator.items) {
      std::string_view mark = std::get<RatedItem>(item.kind).direct_score ? direct_score_mark(language_) : "";
      out_ += fmt::format("    - todo  # {} {}{}\n", item.id, mark, one_line(item.text));
    }
  }

  // ---- Facts (points-sum schemes) ----

  void facts_introduction() {
    out_ += fmt::format("# {}\n# {}\n#\n", template_heading(scheme_, language_), template_summary(scheme_, language_));
    if (english_) {
      out_ += "# How to fill it in:\n";
      out_ += "# - city: the city's name; period: the period assessed (e.g. \"2025\"), or delete that line.\n";
      out_ += "# - Replace each todo with the item's fact; the comment after it gives the rule and what to write:\n";
      out_ += "#     true or false                   whether it exists or was done\n";
      out_ += "#     3                               a count (a whole number, 0 or more)\n";
      out_ += "#     {numerator: N, denominator: D}  a ratio (whole numbers, N <= D), or a decimal from 0 to 1\n";
      out_ += "#     drill                           an outcome id, one of those listed\n";
      out_ += "#     9.5                             a score (an external score, a judgement)\n";
      out_ += "#     [id, ...]                       a list of ids (those missing), [] for none\n";
      out_ += "#     {part: fact, ...}               a composite: one fact per part\n";
      out_ += "# - A judgement needs a note saying why: {value: 1.5, note: \"why\"}. Any fact may carry one:\n";
      out_ += "#   {value: 3, note: \"...\"}, or a note: key beside a ratio's or a composite's parts.\n";
      out_ += "# - Name what backs a fact up the same way: {value: 3, evidence: [\"document no.\", \"https://...\"]}.\n";
      out_ += "# - Check it with: cityseceval check FILE; score it with: cityseceval score FILE\n";
    } else {
      out_ += "# 填写方法：\n";
      out_ += "# - city 填写城市名称；period 填写评价周期（如 \"2025\"），不需要时删除该行。\n";
      out_ += "# - 把每个 todo 换成该项的事实；其后的注释写明计分规则和填写方式：\n";
      out_ += "#     true 或 false                   有或无、做了或没做\n";
      out_ += "#     3                               数量（0 或以上的整数）\n";
      out_ += "#     {numerator: N, denominator: D}  比例（整数，N 不大于 D），也可写 0 到 1 的小数\n";
      out_ += "#     drill                           结果标识，注释所列之一\n";
      out_ += "#     9.5                             分值（外部评分、评估判断）\n";
      out_ += "#     [id, ...]                       标识列表（缺少的各项），没有时写 []\n";
      out_ += "#     {part: fact, ...}               组合项：每个部分一个事实\n";
      out_ += "# - 评估判断必须写理由：{value: 1.5, note: \"理由\"}。任何事实都可附理由：\n";
      out_ += "#   {value: 3, note: \"理由\"}，比例和组合项在各部分旁加 note: 键。\n";
      out_ += "# - 证明材料同样写法：{value: 3, evidence: [\"文号\", \"https://...\"]}。\n";
      out_ += "# - 检查：cityseceval check 文件名；计分：cityseceval score 文件名\n";
    }
  }

  // "（11 分）" / " (11 points)"; a bonus section's: "（加分，最多 10 分）" / " (bonus, at most 10 points)".
  std::string indicator_points(const Indicator& indicator) const {
    if (!indicator.bonus) return points(indicator.points);
    const Rational cap = indicator.level == 1 ? bonus_cap(indicator) : indicator.points;
    if (!english_) return fmt::format("（加分，最多 {} 分）", cap.short_string());
    return fmt::format(" (bonus, at most {} point{})", cap.short_string(), cap == Rational(1) ? "" : "s");
  }

  void write_facts(const Indicator& indicator) {
    if (indicator.level == 1) out_ += "\n";
    out_ += fmt::format("  # {} {}{}\n", indicator.id, one_line(indicator.display_name(language_)),
                        indicator_points(indicator));
    for (const Indicator& child : indicator.children) write_facts(child);
    for (const Item& item : indicator.items) {
      const Rule& rule_of_item = std::get<RuleItem>(item.kind).rule;
      std::string rule = one_line(describe(rule_of_item).in(language_));
      std::string what = what_to_write(rule_of_item);
      out_ += fmt::format("  {}: todo  # {} — {}{}{}\n", yaml_scalar(item.id), one_line(item.text), rule,
                          english_ ? "; " : "；", what);
    }
  }

  // What to write for a rule, in words: "a count (0 or more)", "one of drill | training | none".
  std::string what_to_write(const Rule& rule) const {
    switch (fact_kind(rule)) {
      case FactKind::boolean:
        return english_ ? "true or false" : "填 true 或 false";
      case FactKind::count:
        return english_ ? "a count (0 or more)" : "填数量（0 或以上的整数）";
      case FactKind::ratio:
        if (scores_existence(rule)) {
          return english_ ? "{numerator: N, denominator: D}, adding exists: true|false (whether there is any at all); "
                            "with no base: {exists: true|false}"
                          : "填 {numerator: N, denominator: D}，可加 exists: true|false（是否有）；"
                            "无基数时填 {exists: true|false}";
        }
        return english_ ? "{numerator: N, denominator: D}" : "填 {numerator: N, denominator: D}";
      case FactKind::choice:
        return (english_ ? "one of " : "填其一：") + fact_shape(rule);
      case FactKind::score:
        if (std::holds_alternative<JudgementRule>(rule.spec)) return (english_ ? "" : "填 ") + fact_shape(rule);
        if (const auto* external = std::get_if<ExternalRule>(&rule.spec)) {
          std::string min = external->min.short_string();
          std::string max = external->max.short_string();
          return english_ ? fmt::format("a number from {} to {}", min, max) : fmt::format("填 {} 到 {} 的数", min, max);
        }
        return english_ ? "a number" : "填数值";
      case FactKind::missing:
        return (english_ ? "the missing ids, [] for none: " : "填缺少的标识，没有时写 []：") + fact_shape(rule);
      case FactKind::parts:
        return (english_ ? "" : "填 ") + fact_shape(rule);
    }
    return "";
  }

  // The fact's shape in YAML-like notation, used alone and for composite parts:
  // "N", "true|false", "drill | training | none", "[ids...]", "{systems: N, ...}".
  std::string fact_shape(const Rule& rule) const {
    switch (fact_kind(rule)) {
      case FactKind::boolean:
        return "true|false";
      case FactKind::count:
        return "N";
      case FactKind::ratio:
        if (scores_existence(rule)) return "{numerator: N, denominator: D, exists: true|false}";
        return "{numerator: N, denominator: D}";
      case FactKind::choice: {
        std::vector<std::string> ids;
        for (const ChoiceOutcome& outcome : std::get<ChoiceRule>(rule.spec).outcomes) ids.push_back(outcome.id);
        return fmt::format("{}", fmt::join(ids, " | "));
      }
      case FactKind::score:
        if (std::holds_alternative<JudgementRule>(rule.spec)) {
          return english_ ? "{value: X, note: \"...\"}" : "{value: X, note: \"理由\"}";
        }
        return "X";
      case FactKind::missing: {
        std::vector<std::string> ids;
        for (const MissingCandidate& candidate : std::get<PerMissingRule>(rule.spec).of) ids.push_back(candidate.id);
        return fmt::format("[{}]", fmt::join(ids, ", "));
      }
      case FactKind::parts: {
        std::vector<std::string> parts;
        for (const RulePart& part : std::get<CompositeRule>(rule.spec).parts) {
          std::string shape = fact_kind(part.rule) == FactKind::missing ? "[ids...]" : fact_shape(part.rule);
          parts.push_back(fmt::format("{}: {}", part.name, shape));
        }
        return fmt::format("{{{}}}", fmt::join(parts, ", "));
      }
    }
    return "";
  }

  const Scheme& scheme_;
  Language language_;
  bool english_;
  const std::vector<const Indicator*>& scope_;  // empty: a full evaluation
  std::string out_;
};

}  // namespace

std::string template_scheme_reference(const Scheme& scheme, std::string_view reference) {
  if (!reference.empty()) return std::string(reference);
  const BuiltinScheme* builtin = find_builtin_scheme(scheme.id);
  if (builtin && builtin->path == scheme.file) return scheme.id;
  if (is_tree_path(scheme.file)) return scheme.file;
  return "./" + scheme.file;
}

std::string render_template_yaml(const Scheme& scheme, Language language, std::string_view schema_url,
                                 std::string_view scheme_reference, const std::vector<const Indicator*>& scope) {
  return YamlTemplate(scheme, language, scope).render(schema_url, scheme_reference);
}

}  // namespace cityseceval
