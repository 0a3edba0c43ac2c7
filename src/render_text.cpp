#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <vector>

#include "cityseceval/render.h"
#include "cityseceval/rules.h"
#include "fact_format.h"
#include "overloaded.h"
#include "text_table.h"
#include "utf8.h"

namespace cityseceval {

namespace {

constexpr int bar_width = 10;
// Item texts and facts wrap at these widths; indicator names never do.
constexpr std::size_t name_wrap = 40;
constexpr std::size_t fact_wrap = 40;

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
  // scope and na
  const char* scope;           // the dimensions evaluated
  const char* scope_score;     // the points earned in scope
  const char* not_applicable;  // the indicators left out
  const char* normalised;      // after the composite when it is scaled
  const char* out_of_scope;    // in place of a score
  const char* na;              // in place of a score
  const char* list_separator;
  const char* points_left_out;  // "{} 分不计入" / "{} left out of the maximum"
  const char* partly_na;        // after an indicator with some parts na
  const char* weight_profile;   // the --weights profile of the run
  const char* na_items;         // before the list of na items and their reasons
  const char* evidence_items;   // before the list of items' evidence
};

constexpr Labels zh_labels = {"评价体系",   "城市",   "评价期",     "综合得分", "等级",   "（本体系未定义等级）",
                              "编号",       "指标",   "得分",       "满分",     "得分率", "直接得分项满足",
                              "各部分合计", "加分项", "加分后总分", "上限",     "下限",   "事实:",
                              "评价范围",   "范围内得分", "不适用",  "（按所评价部分折算为满分 {}）",
                              "未评价",     "不适用", "、",         "{} 分不计入", "（其中 {} 分不适用，不计入）",
                              "权重方案",   "不适用的评价内容及理由：", "证明材料："};
constexpr Labels en_labels = {"Scheme",   "City",      "Period",           "Score", "Grade",
                              "(this scheme defines no grades)",
                              "ID",       "Indicator", "Score",            "Max",   "Percent",
                              "direct-score item met",
                              "Sections", "Bonus",     "Total with bonus", "cap",   "floor",
                              "fact:",
                              "Scope",    "Score in scope", "Not applicable", "(scaled to {} from the part evaluated)",
                              "not evaluated", "not applicable", ", ", "{} left out of the maximum",
                              "({} of it not applicable, left out)",
                              "Weight profile", "Items not applicable, and why:", "Evidence:"};

class TextRenderer {
 public:
  TextRenderer(const ScoreResult& result, const TextOptions& options)
      : result_(result),
        options_(options),
        labels_(options.language == Language::en ? en_labels : zh_labels),
        number_width_(std::max<std::size_t>(6, result.format(result.max).size())),
        table_({{TextTable::Align::left},
                {TextTable::Align::left, name_wrap},
                {TextTable::Align::right, 0, number_width_},
                {TextTable::Align::right, 0, number_width_},
                {TextTable::Align::right, 0, number_width_ + 1},
                {TextTable::Align::left, fact_wrap}}) {}

  std::string render() {
    table_.add_row({labels_.id, labels_.indicator, labels_.earned, labels_.max, labels_.percent}, {true, true});
    bold_rows_.push_back(0);
    for (const IndicatorResult& node : result_.indicators) rows(node);
    return header() + "\n" + table_.render([this](std::size_t row, std::string line) {
             bool bold_row = std::find(bold_rows_.begin(), bold_rows_.end(), row) != bold_rows_.end();
             return bold_row ? bold(line) : line;
           }) + not_applicable_items() + evidence_items();
  }

 private:
  Language language() const { return options_.language; }

  std::string header() const {
    const Scheme& scheme = *result_.scheme;
    LabelledLines lines = {
        {labels_.scheme, one_line(fmt::format("{} ({} {})", scheme.display_name(language()), scheme.id, scheme.version))},
    };
    if (scheme.tailoring) tailoring_lines(*scheme.tailoring, lines);
    if (scheme.weight_profile) {
      const AppliedWeightProfile& profile = *scheme.weight_profile;
      lines.emplace_back(labels_.weight_profile, one_line(fmt::format("{} ({})", localized(language(), profile.name,
                                                                                                profile.name_en),
                                                                      profile.file)));
    }
    // The city and the period are the assessor's text: one line, no control characters.
    lines.emplace_back(labels_.city, one_line(result_.city));
    if (!result_.period.empty()) lines.emplace_back(labels_.period, one_line(result_.period));
    evaluated_lines(lines);
    if (result_.bonus) bonus_lines(*result_.bonus, lines);
    std::string score = bold(fmt::format("{} / {}", result_.format(result_.composite), result_.max.short_string()));
    if (result_.normalised()) score += " " + fmt::format(fmt::runtime(labels_.normalised), result_.max.short_string());
    lines.emplace_back(labels_.score, score);
    lines.emplace_back(labels_.grade, grade_text());
    return labelled_lines(lines);
  }

  // A special or phased evaluation: which dimensions, and the points earned
  // in them; indicators left out because their items are all na.
  void evaluated_lines(LabelledLines& lines) const {
    auto names = [this](const std::vector<const Indicator*>& indicators) {
      std::string out;
      for (const Indicator* indicator : indicators) {
        if (!out.empty()) out += labels_.list_separator;
        out += one_line(indicator->id + " " + indicator->display_name(language()));
      }
      return out;
    };
    if (!result_.scope.empty()) {
      lines.emplace_back(labels_.scope, names(result_.scope));
      lines.emplace_back(labels_.scope_score, fmt::format("{} / {}", result_.format(result_.evaluated.earned),
                                                          result_.evaluated.scope_max.short_string()));
    }
    if (!result_.not_applicable.empty()) {
      Rational left_out = result_.evaluated.scope_max - result_.evaluated.max;
      lines.emplace_back(labels_.not_applicable,
                         fmt::format("{} ({})", names(result_.not_applicable),
                                     fmt::format(fmt::runtime(labels_.points_left_out), left_out.short_string())));
    }
  }

  // A tailored scheme names its base and what it changed: the score is not
  // one against the base, and a reader should see why.
  void tailoring_lines(const Tailoring& record, LabelledLines& lines) const {
    bool english = language() == Language::en;
    std::vector<std::string> removed, reworded, added, points;
    for (const TailoringChange& change : record.changes) {
      switch (change.kind) {
        case TailoringChange::Kind::remove:
          removed.push_back(change.item);
          break;
        case TailoringChange::Kind::reword:
          reworded.push_back(change.item);
          break;
        case TailoringChange::Kind::add:
          added.push_back(change.item);
          break;
        case TailoringChange::Kind::points:
          points.push_back(fmt::format("{} {} → {}", change.indicator, change.from.short_string(),
                                       change.to.short_string()));
          break;
      }
    }
    std::vector<std::string> parts;
    auto part = [&](const char* zh, const char* en, const std::vector<std::string>& ids) {
      if (ids.empty()) return;
      parts.push_back(fmt::format("{} {}", english ? en : zh, fmt::join(ids, english ? ", " : "、")));
    };
    part("删除", "removed", removed);
    part("改写", "reworded", reworded);
    part("新增", "added", added);
    part("分值", "points", points);
    if (parts.empty()) parts.push_back(english ? "no changes" : "无变更");
    std::string base = record.base_version.empty() ? record.base_id : record.base_id + " " + record.base_version;
    lines.emplace_back(english ? "Base scheme" : "基准体系", base);
    lines.emplace_back(english ? "Tailoring" : "裁剪", fmt::format("{}", fmt::join(parts, english ? "; " : "；")));
  }

  // How the composite came about when a bonus is added: the sections, the
  // bonus before -> after its cap, the total before -> after the total cap.
  void bonus_lines(const BonusResult& bonus, LabelledLines& lines) const {
    const Scheme& scheme = *result_.scheme;
    lines.emplace_back(labels_.sections,
                       fmt::format("{} / {}", result_.format(bonus.sections), result_.max.short_string()));
    lines.emplace_back(labels_.bonus, fmt::format("{} → {} ({} {})", result_.format(bonus.raw),
                                                  result_.format(bonus.capped), labels_.cap, bonus.cap.short_string()));
    std::string total = result_.format(bonus.total_before_cap);
    if (scheme.total_cap) {
      total += fmt::format(" → {} ({} {})", result_.format(result_.composite), labels_.cap,
                           scheme.total_cap->short_string());
    }
    lines.emplace_back(labels_.total, total);
  }

  std::string grade_text() const {
    if (!result_.grade) return labels_.no_grade;
    return colored(bold(one_line(result_.grade->display_name(language()))), band_color(result_.grade));
  }

  static std::string indent(int level) { return std::string(2 * static_cast<std::size_t>(level - 1), ' '); }

  // Every na item with its reason: a report that leaves points out must say why.
  std::string not_applicable_items() const {
    std::string lines;
    for_each_item(result_.indicators, [&](const ItemResult& item) {
      const auto* rated = std::get_if<RatedItemResult>(&item.outcome);
      if (rated && !rated->rating) lines += one_line(fmt::format("  {}  {}", item.item->id, rated->reason)) + "\n";
    });
    return section(labels_.na_items, lines);
  }

  // Every item that names evidence, each piece on a line of its own under
  // the first: what a reader checks the item's rating or fact against.
  std::string evidence_items() const {
    std::string lines;
    for_each_item(result_.indicators, [&](const ItemResult& item) {
      const std::vector<std::string>& evidence =
          std::visit([](const auto& outcome) -> const std::vector<std::string>& { return outcome.evidence; }, item.outcome);
      const std::string indent = "  " + std::string(utf8::display_width(item.item->id), ' ') + "  ";
      for (std::size_t i = 0; i < evidence.size(); ++i) {
        lines += (i == 0 ? "  " + item.item->id + "  " : indent) + one_line(evidence[i]) + "\n";
      }
    });
    return section(labels_.evidence_items, lines);
  }

  // A list after the table, under its title; nothing when it is empty.
  static std::string section(const char* title, const std::string& lines) {
    return lines.empty() ? lines : "\n" + std::string(title) + "\n" + lines;
  }

  template <class Visit>
  static void for_each_item(const std::vector<IndicatorResult>& nodes, const Visit& visit) {
    for (const IndicatorResult& node : nodes) {
      for (const ItemResult& item : node.items) visit(item);
      for_each_item(node.children, visit);
    }
  }

  void rows(const IndicatorResult& node) {
    const Indicator& indicator = *node.indicator;
    if (node.status != Status::evaluated) {
      // Out of scope or all na: no score, no bar, no items or children.
      if (indicator.level == 1) bold_rows_.push_back(table_rows_);
      add({indent(indicator.level) + indicator.id, one_line(indicator.display_name(language())), "—", result_.format(node.max),
           "", node.status == Status::out_of_scope ? labels_.out_of_scope : labels_.na},
          {true, true, false, false, false, true});
      return;
    }
    std::string notes = bar(node);
    if (node.aggregate) {
      std::visit(overloaded{[&](const MeanOfRatings& mean) {
                              if (mean.direct_score_applied) notes += fmt::format("  ({})", labels_.direct);
                            },
                            [](const SumOfPoints&) {}},
                 *node.aggregate);
    }
    if (node.limit) {
      // The floor or the cap that changed the sum, and the sum it changed.
      bool floor = node.limit->kind == Limit::Kind::floor;
      notes += fmt::format("  ({} {}: {} → {})", floor ? labels_.floor : labels_.cap, node.limit->value.short_string(),
                           result_.format(node.raw), result_.format(node.earned));
    }
    if (indicator.level == 1) bold_rows_.push_back(table_rows_);
    if (node.evaluated != node.max) {
      notes += "  " + fmt::format(fmt::runtime(labels_.partly_na), (node.max - node.evaluated).short_string());
    }
    add({indent(indicator.level) + indicator.id, one_line(indicator.display_name(language())), result_.format(node.earned),
         result_.format(node.evaluated), result_.format(node.percent()) + "%", notes},
        {true, true, false, false, false, true});
    for (const ItemResult& item : node.items) {
      std::visit([&](const auto& outcome) { item_row(*item.item, indicator.level + 1, outcome); }, item.outcome);
    }
    for (const IndicatorResult& child : node.children) rows(child);
  }

  // A rated item: its rating shows in the indicator's mean, not on a line of its own.
  void item_row(const Item&, int, const RatedItemResult&) {}

  // A rule item: its text and maximum, the fact as written and the points,
  // so every number can be redone.
  void item_row(const Item& item, int level, const RuleItemResult& outcome) {
    const std::optional<Rational>& points = std::get<RuleItem>(item.kind).points;
    add({indent(level) + item.id, one_line(item.text), result_.format(outcome.points), points ? result_.format(*points) : "-",
         "", one_line(fmt::format("{} {}", labels_.fact, outcome.fact ? fact_text(*outcome.fact) : "-"))},
        {true});
  }

  void add(std::vector<std::string> cells, std::vector<bool> no_wrap) {
    table_.add_row(std::move(cells), std::move(no_wrap));
    ++table_rows_;
  }

  // A bar of filled blocks for the share of points earned, coloured like the
  // grade the same share of the whole scheme would get.
  std::string bar(const IndicatorResult& node) const {
    if (node.evaluated == Rational(0)) return "";
    Rational share = node.earned / node.evaluated;
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
  const Labels& labels_;
  std::size_t number_width_;
  TextTable table_;
  std::size_t table_rows_ = 1;  // the header row
  std::vector<std::size_t> bold_rows_;
};

}  // namespace

std::string render_text(const ScoreResult& result, const TextOptions& options) {
  return TextRenderer(result, options).render();
}

}  // namespace cityseceval
