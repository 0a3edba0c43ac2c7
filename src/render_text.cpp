#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <vector>

#include "cityseceval/render.h"
#include "cityseceval/rules.h"
#include "utf8.h"

namespace cityseceval {

namespace {

constexpr int bar_width = 10;

// The words around the numbers, in both languages.
struct Labels {
  const char* scheme;
  const char* city;
  const char* period;
  const char* score;
  const char* grade;
  const char* no_grade;
  const char* id;
  const char* indicator;
  const char* earned;
  const char* max;
  const char* percent;
  const char* direct;
  // points-sum schemes
  const char* sections;   // the main sections' sum
  const char* bonus;      // the bonus, before and after its cap
  const char* total;      // the total, before and after the total cap
  const char* cap;        // "上限 10"
  const char* floor;      // "下限 0"
  const char* fact;       // before the fact on an item line
};

constexpr Labels zh_labels = {"评价体系",   "城市",   "评价期",     "综合得分", "等级",   "（本体系未定义等级）",
                              "编号",       "指标",   "得分",       "满分",     "得分率", "直接得分项满足",
                              "各部分合计", "加分项", "加分后总分", "上限",     "下限",   "事实:"};
constexpr Labels en_labels = {"Scheme",   "City",      "Period",           "Score", "Grade",
                              "(this scheme defines no grades)",
                              "ID",       "Indicator", "Score",            "Max",   "Percent",
                              "direct-score item met",
                              "Sections", "Bonus",     "Total with bonus", "cap",   "floor",
                              "fact:"};

std::string pad_right(std::string_view text, std::size_t width) {
  std::size_t shown = utf8::display_width(text);
  return std::string(text) + std::string(width > shown ? width - shown : 0, ' ');
}

std::string pad_left(std::string_view text, std::size_t width) {
  std::size_t shown = utf8::display_width(text);
  return std::string(width > shown ? width - shown : 0, ' ') + std::string(text);
}

class TextRenderer {
 public:
  TextRenderer(const ScoreResult& result, const TextOptions& options)
      : result_(result),
        options_(options),
        english_(options.language == Language::en),
        labels_(english_ ? en_labels : zh_labels) {}

  std::string render() {
    measure(result_.indicators);
    std::string out = header();
    out += "\n" + bold(table_row(labels_.id, labels_.indicator, labels_.earned, labels_.max, labels_.percent, "")) +
           "\n";
    for (const IndicatorResult& node : result_.indicators) rows(node, out);
    return out;
  }

 private:
  std::string header() const {
    const Scheme& scheme = *result_.scheme;
    const std::string& title = english_ && !scheme.title_en.empty() ? scheme.title_en : scheme.title;
    std::vector<std::pair<std::string, std::string>> lines = {
        {labels_.scheme, fmt::format("{} ({} {})", title, scheme.id, scheme.version)},
        {labels_.city, result_.city},
    };
    if (!result_.period.empty()) lines.emplace_back(labels_.period, result_.period);
    if (result_.has_bonus) bonus_lines(lines);
    lines.emplace_back(labels_.score, bold(fmt::format("{} / {}", result_.format(result_.composite),
                                                       result_.max.short_string())));
    lines.emplace_back(labels_.grade, grade_text());
    std::size_t width = 0;
    for (const auto& line : lines) width = std::max(width, utf8::display_width(line.first));
    std::string out;
    for (const auto& [label, value] : lines) out += pad_right(label, width) + "  " + value + "\n";
    return out;
  }

  // How the composite came about when a bonus is added: the sections, the
  // bonus before -> after its cap, the total before -> after the total cap.
  void bonus_lines(std::vector<std::pair<std::string, std::string>>& lines) const {
    const Scheme& scheme = *result_.scheme;
    lines.emplace_back(labels_.sections,
                       fmt::format("{} / {}", result_.format(result_.sections), result_.max.short_string()));
    std::string bonus = fmt::format("{} → {}", result_.format(result_.bonus_raw), result_.format(result_.bonus));
    if (std::optional<Rational> cap = bonus_cap()) bonus += fmt::format(" ({} {})", labels_.cap, cap->short_string());
    lines.emplace_back(labels_.bonus, bonus);
    std::string total = result_.format(result_.total_before_cap);
    if (scheme.total_cap) {
      total += fmt::format(" → {} ({} {})", result_.format(result_.composite), labels_.cap,
                           scheme.total_cap->short_string());
    }
    lines.emplace_back(labels_.total, total);
  }

  // The caps of the bonus sections (one in practice); none when no bonus section declares one.
  std::optional<Rational> bonus_cap() const {
    std::optional<Rational> cap;
    for (const Indicator& indicator : result_.scheme->indicators) {
      if (indicator.bonus && indicator.cap) cap = cap ? *cap + *indicator.cap : *indicator.cap;
    }
    return cap;
  }

  std::string grade_text() const {
    if (!result_.grade) return labels_.no_grade;
    const std::string& name = english_ ? result_.grade->name_en : result_.grade->name;
    return colored(bold(name), band_color(result_.grade));
  }

  void measure(const std::vector<IndicatorResult>& nodes) {
    for (const IndicatorResult& node : nodes) {
      const Indicator& indicator = *node.indicator;
      id_width_ = std::max(id_width_, indent(indicator).size() + indicator.id.size());
      name_width_ = std::max(name_width_, utf8::display_width(indicator.display_name(english_)));
      measure(node.children);
    }
    id_width_ = std::max(id_width_, utf8::display_width(labels_.id));
    name_width_ = std::max(name_width_, utf8::display_width(labels_.indicator));
    number_width_ = std::max(number_width_, result_.format(result_.max).size());
  }

  static std::string indent(const Indicator& indicator) {
    return std::string(2 * static_cast<std::size_t>(indicator.level - 1), ' ');
  }

  std::string table_row(std::string_view id, std::string_view name, std::string_view earned, std::string_view max,
                        std::string_view percent, std::string_view bar) const {
    std::string row = pad_right(id, id_width_) + "  " + pad_right(name, name_width_) + "  " +
                      pad_left(earned, number_width_) + "  " + pad_left(max, number_width_) + "  " +
                      pad_left(percent, number_width_ + 1);
    if (!bar.empty()) row += "  " + std::string(bar);
    while (!row.empty() && row.back() == ' ') row.pop_back();
    return row;
  }

  void rows(const IndicatorResult& node, std::string& out) const {
    const Indicator& indicator = *node.indicator;
    std::string line = table_row(indent(indicator) + indicator.id, indicator.display_name(english_),
                                 result_.format(node.earned), result_.format(node.max),
                                 result_.format(node.percent()) + "%", bar(node));
    if (node.direct_score_applied) line += fmt::format("  ({})", labels_.direct);
    if (result_.scheme->aggregation == Aggregation::points_sum && node.raw != node.earned) {
      // The floor or the cap that changed the sum, and the sum it changed.
      bool floored = indicator.floor && node.raw < node.earned;
      const Rational& limit = floored ? *indicator.floor : indicator.cap.value_or(node.max);
      line += fmt::format("  ({} {}: {} → {})", floored ? labels_.floor : labels_.cap, limit.short_string(),
                          result_.format(node.raw), result_.format(node.earned));
    }
    out += (indicator.level == 1 ? bold(line) : line) + "\n";
    item_rows(node, out);
    for (const IndicatorResult& child : node.children) rows(child, out);
  }

  // points-sum schemes: one line per item under its indicator, with the rule
  // in words, the fact as written and the points, so every number can be redone.
  void item_rows(const IndicatorResult& node, std::string& out) const {
    struct Line {
      std::string id, rule, fact, points;
    };
    std::vector<Line> lines;
    for (const ItemResult& item : node.items) {
      if (!item.item->rule) continue;
      lines.push_back({item.item->id, describe(*item.item->rule, english_),
                       item.fact ? fact_text(*item.fact) : std::string("-"), result_.format(item.points)});
    }
    if (lines.empty()) return;
    std::size_t id_width = 0, rule_width = 0, fact_width = 0, points_width = 0;
    for (const Line& line : lines) {
      id_width = std::max(id_width, utf8::display_width(line.id));
      rule_width = std::max(rule_width, utf8::display_width(line.rule));
      fact_width = std::max(fact_width, utf8::display_width(line.fact));
      points_width = std::max(points_width, line.points.size());
    }
    std::string lead = indent(*node.indicator) + "    ";
    for (const Line& line : lines) {
      out += lead + pad_right(line.id, id_width) + "  " + pad_right(line.rule, rule_width) + "  " + labels_.fact +
             " " + pad_right(line.fact, fact_width) + "  → " + pad_left(line.points, points_width) + "\n";
    }
  }

  // The fact in the short form an assessment file would write it:
  // true, 3, 18/20, 0.85, drill, [portal], {systems: 12, ledger: true}.
  static std::string fact_text(const Fact& fact) {
    switch (fact.kind) {
      case FactKind::boolean:
        return fact.yes ? "true" : "false";
      case FactKind::count:
      case FactKind::score:
        return fact.number.short_string(12);
      case FactKind::ratio:
        if (fact.numerator && fact.denominator) {
          return fact.numerator->short_string() + "/" + fact.denominator->short_string();
        }
        return fact.number.short_string(12);
      case FactKind::choice:
        return fact.outcome;
      case FactKind::missing:
        return fmt::format("[{}]", fmt::join(fact.missing, ", "));
      case FactKind::parts: {
        std::vector<std::string> parts;
        for (const FactPart& part : fact.parts) parts.push_back(part.name + ": " + fact_text(part.fact));
        return fmt::format("{{{}}}", fmt::join(parts, ", "));
      }
    }
    return {};
  }

  // A bar of filled blocks for the share of points earned, coloured like the
  // grade the same share of the whole scheme would get.
  std::string bar(const IndicatorResult& node) const {
    if (node.max == Rational(0)) return "";
    Rational share = node.earned / node.max;
    long filled = (share * Rational(bar_width)).rounded(0, Rounding::half_up).mpq().get_num().get_si();
    std::string blocks;
    for (long i = 0; i < bar_width; ++i) blocks += i < filled ? "█" : "░";
    return colored(blocks, band_color(result_.scheme->grade_for(share * result_.max)));
  }

  // Highest band green, lowest red, the ones between yellow.
  const char* band_color(const GradeBand* band) const {
    const auto& bands = result_.scheme->grades;
    if (!band || bands.empty()) return nullptr;
    if (band == &bands.front()) return "32";
    if (band == &bands.back()) return "31";
    return "33";
  }

  std::string colored(const std::string& text, const char* code) const {
    if (!options_.color || !code) return text;
    return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
  }

  std::string bold(const std::string& text) const { return options_.color ? "\x1b[1m" + text + "\x1b[0m" : text; }

  const ScoreResult& result_;
  const TextOptions& options_;
  bool english_;
  const Labels& labels_;
  std::size_t id_width_ = 0;
  std::size_t name_width_ = 0;
  std::size_t number_width_ = 6;
};

}  // namespace

std::string render_text(const ScoreResult& result, const TextOptions& options) {
  return TextRenderer(result, options).render();
}

}  // namespace cityseceval
