#include "explain_blocks.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>

#include "cityseceval/rules.h"
#include "fact_format.h"
#include "overloaded.h"

namespace cityseceval {

namespace {

// Places of a decimal that does not end: enough to check a sum by hand.
constexpr int shown_places = 6;

// The words around the numbers, in both languages. Patterns take fmt's
// positional fields; docs/explain.md shows each in use.
struct ExplainLabels {
  // The header
  const char* title;  // {0}: what is explained
  const char* scheme;
  const char* weight_profile;
  const char* city;
  const char* period;
  const char* file;
  const char* explained;
  const char* the_composite;
  const char* indicator_target;  // {0} id, {1} name, {2} level, {3} points
  const char* item_target;       // {0} id, {1} text, {2} indicator id, {3} its name
  // Columns
  const char* id;
  const char* indicator;
  const char* weight_column;
  const char* earned;
  const char* max;
  const char* notes;
  const char* item;
  const char* rating;
  const char* fact;
  const char* how;
  const char* points;
  const char* sum_row;
  // Table titles
  const char* composite_sum;  // the main sections of the composite
  const char* composite_sections;  // ... of a scheme with bonus sections
  const char* indicator_sum;  // {0}: the indicator
  const char* items_sum;      // {0}: the indicator
  const char* mean_title;     // {0}: the indicator
  const char* bonus_title;
  // Notes on a row
  const char* out_of_scope;
  const char* not_applicable;
  const char* partly_na;   // {0}: the points left out
  const char* counted_of;  // {0}: the points that count, {1}: those left out
  const char* floor_note;  // {0} floor, {1} raw, {2} earned
  const char* cap_note;    // likewise
  const char* direct_item;
  // Lines
  const char* scope;
  const char* scope_value;  // {0}: the dimensions, {1}: the points left out
  const char* na_indicators;
  const char* na_value;  // {0}: the indicators, {1}: the points left out
  const char* scaled;
  const char* scaled_value;  // {0} earned, {1} counted, {2} max, {3} result
  const char* bonus;
  const char* bonus_capped;    // {0} raw, {1} capped, {2} cap
  const char* bonus_in_cap;    // {0} raw, {1} cap
  const char* total;
  const char* total_cap;
  const char* cap_applied;    // {0} before, {1} cap, {2} after
  const char* cap_unchanged;  // {0} before, {1} cap
  const char* rounded;
  const char* rounded_value;  // {0} exact, {1} reported, {2} how
  const char* decimals_half_up;    // {0}: decimals, {1}: "s" unless 1 (English)
  const char* decimals_half_even;  // likewise
  const char* grade;
  const char* no_grades;
  const char* no_band;
  const char* weight;
  const char* weight_top;    // {0} weight, {1} max_points, {2} points
  const char* weight_child;  // {0} weight, {1} parent's points, {2} points, {3} parent
  const char* status;
  const char* status_out_of_scope;  // {0} the dimension, {1} the scope
  const char* status_na;            // {0} the points left out
  const char* every_dimension;
  const char* floor;
  const char* cap;
  const char* below_floor;  // {0} raw, {1} floor, {2} earned
  const char* above_cap;    // {0} raw, {1} cap, {2} earned
  const char* m_na;         // {0} m, {1} na items
  const char* m_none;
  const char* sum_y;
  const char* mean;
  const char* x_applied;    // {0} item, {1} mean, {2} y_d, {3} X
  const char* x_mean;       // likewise: the mean stands
  const char* x_direct_na;  // {0} item, {1} X
  const char* earned_value;  // {0} X, {1} points, {2} earned
  const char* rule;
  const char* basis;
  const char* decision;
  const char* points_of;  // {0} points, {1} max
  const char* note;
  const char* evidence;
  const char* reason;
  const char* rating_value;  // {0} word, {1} id, {2} value
  const char* share;
  const char* share_value;  // {0} y, {1} m, {2} share, {3} indicator, {4} mean
  const char* share_na;     // {0} indicator, {1} m
  const char* share_none;   // {0} indicator
  const char* direct_yes;
  const char* list_separator;
};

constexpr ExplainLabels zh_labels = {
    "说明：{0}", "评价体系", "权重方案", "城市", "评价期", "文件", "说明对象", "综合得分",
    "{0} {1}（{2} 级指标，满分 {3}）", "{0} {1}（{2} {3}的评价内容项）",
    "编号", "指标", "权重", "得分", "满分", "说明", "评价内容", "评分", "事实", "计算", "得分", "合计",
    "综合得分 = 各一级指标得分之和", "各部分得分之和（加分项另计）", "{0} 的得分 = 其下级指标得分之和", "{0} 的得分 = 各评价内容项得分之和",
    "{0} 的得分率 X = 适用评价内容项的评分之和 ÷ 适用项数 m", "加分项（在各部分之后加上）",
    "未评价（不在评价范围内）", "不适用", "其中 {0} 分不适用，不计入", "计入 {0} 分，{1} 分不计入", "下限 {0}：{1} → {2}", "上限 {0}：{1} → {2}",
    "直接得分项",
    "评价范围", "{0}；其余 {1} 分未评价", "不适用", "{0}（{1} 分不计入）", "折算",
    "得分 ÷ 计入满分 × 满分 = {0} ÷ {1} × {2} = {3}", "加分项", "{0} → {1}（上限 {2}）", "{0}（上限 {1}，未超过）",
    "加分后总分", "总分上限", "{0} > {1} → {2}", "{0} ≤ {1}，不变", "取整", "{0} → {1}（{2}）",
    "保留 {0} 位小数，四舍五入", "保留 {0} 位小数，四舍六入五成双", "等级", "（本体系未定义等级）",
    "（不在任何等级区间内）", "权重", "α = {0}；分值 = {0} × {1} = {2}", "占 {3}的 {0}；分值 = {0} × {1} = {2}",
    "状态", "未评价：{0}不在评价范围（{1}）内", "不适用：其下评价内容均不适用，其 {0} 分不计入满分", "全部维度",
    "下限", "上限", "{0} < {1} → {2}", "{0} > {1} → {2}", "{0}（{1} 项不适用，不计入）", "0（各项均不适用）",
    "Σy", "均值", "max(均值, 直接得分项 {0} 的评分) = max({1}, {2}) = {3}：直接得分项提高了 X",
    "max(均值, 直接得分项 {0} 的评分) = max({1}, {2}) = {3}：均值不变", "直接得分项 {0} 不适用：X = 均值 = {1}",
    "X × 分值 = {0} × {1} = {2}", "规则", "评分依据", "本项目的解读", "{0}（满分 {1}）", "备注", "证据",
    "不适用理由", "{0}（{1}）= {2}", "在均值中的份额", "y ÷ m = {0} ÷ {1} = {2}；{3} 的均值为 {4}",
    "不计入均值：{0} 的均值只取其 {1} 个适用项", "无：{0} 的评价内容均不适用", "是：X = max(均值, 本项评分)", "、"};

constexpr ExplainLabels en_labels = {
    "Explanation: {0}", "Scheme", "Weight profile", "City", "Period", "File", "Explained", "the composite score",
    "{0} {1} (level {2}, max {3})", "{0} {1} (an item of {2} {3})",
    "ID", "Indicator", "Weight", "Earned", "Max", "Notes", "Item", "Rating", "Fact", "How", "Points", "Sum",
    "The composite is the sum of the level-1 indicators' points", "The sum of the sections' points (the bonus apart)", "{0} earns the sum of its children's points",
    "{0} earns the sum of its items' points", "X of {0} is the mean of the ratings of the m items that apply",
    "Bonus sections (added after the others)",
    "not evaluated (out of scope)", "not applicable", "{0} of it not applicable, left out", "{0} count, {1} left out", "floor {0}: {1} → {2}",
    "cap {0}: {1} → {2}", "direct-score item",
    "Scope", "{0}; the other {1} points not evaluated", "Not applicable", "{0} ({1} left out of the maximum)",
    "Scaled", "earned ÷ counted × max = {0} ÷ {1} × {2} = {3}", "Bonus", "{0} → {1} (cap {2})",
    "{0} (cap {1}, not reached)", "Total with bonus", "Total cap", "{0} > {1} → {2}", "{0} ≤ {1}: unchanged",
    "Rounded", "{0} → {1} ({2})", "{0} decimal{1}, half up", "{0} decimal{1}, half to even", "Grade",
    "(this scheme defines no grades)", "(in no grade band)", "Weight", "α = {0}: points = {0} × {1} = {2}",
    "{0} of {3}: points = {0} × {1} = {2}", "Status", "not evaluated: {0} is outside the scope ({1})",
    "not applicable: nothing under it applies, so it leaves the maximum ({0} left out)", "every dimension",
    "Floor", "Cap", "{0} < {1} → {2}", "{0} > {1} → {2}", "{0} ({1} not applicable, left out)", "0 (no item applies)",
    "Σy", "Mean", "max(mean, rating of the direct-score item {0}) = max({1}, {2}) = {3}: the direct-score rule raised X",
    "max(mean, rating of the direct-score item {0}) = max({1}, {2}) = {3}: the mean stands",
    "the direct-score item {0} is not applicable: X = the mean = {1}", "X × points = {0} × {1} = {2}", "Rule",
    "Basis", "Decision", "{0} (max {1})", "Note", "Evidence", "Reason", "{0} ({1}) = {2}", "Share of the mean",
    "y ÷ m = {0} ÷ {1} = {2}, of {3}'s mean {4}", "none: {0}'s mean is over its {1} items that apply",
    "none: no item of {0} applies", "yes: X = max(mean, this item's rating)", ", "};

const ExplainLabels& labels_for(Language language) { return language == Language::en ? en_labels : zh_labels; }

// An operand as a file would write it: "0.8", "28.32", "23/30".
std::string operand(const Rational& value) { return value.exact_text(); }

constexpr ExplainColumn label = ExplainColumn::label;
constexpr ExplainColumn number = ExplainColumn::number;
constexpr ExplainColumn prose = ExplainColumn::prose;

template <class... Args>
std::string words(const char* pattern, const Args&... args) {
  return fmt::format(fmt::runtime(pattern), args...);
}

std::string label_of(const Indicator& indicator, Language language) {
  return indicator.id + " " + indicator.display_name(language);
}

class DocumentBuilder {
 public:
  DocumentBuilder(const Explanation& explanation, Language language)
      : explanation_(explanation),
        result_(*explanation.result),
        scheme_(*result_.scheme),
        language_(language),
        labels_(labels_for(language)) {}

  ExplainDocument build() {
    document_.title = words(labels_.title, target());
    header();
    for (const ExplainStep& step : explanation_.steps) {
      std::visit([this](const auto& kind) { add(kind); }, step);
    }
    return std::move(document_);
  }

 private:
  std::string target() const {
    if (!explanation_.indicator) return labels_.the_composite;
    const Indicator& indicator = *explanation_.indicator;
    if (explanation_.item) {
      return words(labels_.item_target, explanation_.item->id, explanation_.item->text, indicator.id,
                   indicator.display_name(language_));
    }
    return words(labels_.indicator_target, indicator.id, indicator.display_name(language_), indicator.level,
                 operand(indicator.points));
  }

  void header() {
    LabelledLines& lines = document_.header;
    lines.emplace_back(labels_.scheme, fmt::format("{} ({} {})", scheme_.display_name(language_), scheme_.id,
                                                   scheme_.version));
    if (scheme_.weight_profile) {
      const AppliedWeightProfile& profile = *scheme_.weight_profile;
      lines.emplace_back(labels_.weight_profile,
                         fmt::format("{} ({})", localized(language_, profile.name, profile.name_en), profile.file));
    }
    lines.emplace_back(labels_.city, result_.city);
    if (!result_.period.empty()) lines.emplace_back(labels_.period, result_.period);
    lines.emplace_back(labels_.file, result_.file);
    lines.emplace_back(labels_.explained, target());
  }

  // A line of a label and a value, in the block of lines being filled.
  void line(std::string name, std::string value) {
    if (document_.blocks.empty() || !document_.blocks.back().tables.empty()) document_.blocks.emplace_back();
    document_.blocks.back().lines.emplace_back(std::move(name), std::move(value));
  }

  void table(ExplainTable table) {
    drop_empty_notes(table);
    ExplainBlock block;
    block.tables.push_back(std::move(table));
    document_.blocks.push_back(std::move(block));
  }

  // A column of notes with nothing in it says nothing: it goes.
  static void drop_empty_notes(ExplainTable& table) {
    for (std::size_t column = table.columns.size(); column-- > 0;) {
      if (table.columns[column] != ExplainColumn::prose) continue;
      bool empty = std::all_of(table.rows.begin(), table.rows.end(),
                               [&](const std::vector<std::string>& row) { return row[column].empty(); });
      if (!empty) continue;
      table.columns.erase(table.columns.begin() + static_cast<std::ptrdiff_t>(column));
      table.header.erase(table.header.begin() + static_cast<std::ptrdiff_t>(column));
      for (std::vector<std::string>& row : table.rows) row.erase(row.begin() + static_cast<std::ptrdiff_t>(column));
    }
  }

  std::string titled(const std::string& formula, const std::string& title) const {
    return formula.empty() ? title : labelled(formula, title);
  }

  std::string list(const std::vector<const Indicator*>& indicators) const {
    std::string out;
    for (const Indicator* indicator : indicators) {
      if (!out.empty()) out += labels_.list_separator;
      out += label_of(*indicator, language_);
    }
    return out;
  }

  std::string reported(const Rational& value) const { return scheme_.precision.text(value); }

  // "label: value" / "label：value", inside a cell or a line.
  std::string labelled(const std::string& name, const std::string& value) const {
    return name + (language_ == Language::en ? ": " : "：") + value;
  }

  // ---- Sums of children ----

  // The notes on a child's row: why it does not count, what of it is na,
  // the floor or cap that changed it.
  std::string term_notes(const ExplainedTerm& term) const {
    if (term.status == Status::out_of_scope) return labels_.out_of_scope;
    if (term.status == Status::not_applicable) return labels_.not_applicable;
    const IndicatorResult& node = *term.result;
    std::vector<std::string> notes;
    if (node.evaluated != node.max) notes.push_back(words(labels_.partly_na, operand(node.max - node.evaluated)));
    if (node.limit) {
      bool floor = node.limit->kind == Limit::Kind::floor;
      notes.push_back(words(floor ? labels_.floor_note : labels_.cap_note, operand(node.limit->value),
                            operand(node.raw), operand(node.earned)));
    }
    return fmt::format("{}", fmt::join(notes, labels_.list_separator));
  }

  ExplainTable terms_table(std::string title, const std::vector<ExplainedTerm>& terms) const {
    const bool weighted = scheme_.weighted();
    ExplainTable out{std::move(title), {labels_.id, labels_.indicator}, {label, label}, {}};
    if (weighted) {
      out.header.push_back(labels_.weight_column);
      out.columns.push_back(number);
    }
    out.header.insert(out.header.end(), {labels_.earned, labels_.max, labels_.notes});
    out.columns.insert(out.columns.end(), {number, number, prose});
    for (const ExplainedTerm& term : terms) {
      std::vector<std::string> row = {term.indicator->id, term.indicator->display_name(language_)};
      if (weighted) row.push_back(term.weight ? operand(*term.weight) : "");
      row.push_back(term.status == Status::evaluated ? result_text(term.result->earned) : "—");
      row.push_back(operand(term.indicator->points));
      row.push_back(term_notes(term));
      out.rows.push_back(std::move(row));
    }
    return out;
  }

  void add(const SumStep& step) {
    std::string title = explanation_.indicator ? words(labels_.indicator_sum, explanation_.indicator->id)
                        : result_.bonus        ? std::string(labels_.composite_sections)
                                               : std::string(labels_.composite_sum);
    ExplainTable out = terms_table(titled(step.formula, title), step.terms);
    std::vector<std::string> total = {"", labels_.sum_row};
    if (scheme_.weighted()) total.push_back("");
    total.insert(total.end(), {result_text(step.sum), operand(step.max),
                               sign(step.left_out) == 0
                                   ? ""
                                   : words(labels_.counted_of, operand(step.counted), operand(step.left_out))});
    out.rows.push_back(std::move(total));
    table(std::move(out));
  }

  static int sign(const Rational& value) { return sgn(value.mpq()); }

  void add(const ScaleStep& step) {
    if (!step.scope.empty()) line(labels_.scope, words(labels_.scope_value, list(step.scope), operand(step.out_of_scope)));
    if (!step.not_applicable.empty()) {
      line(labels_.na_indicators,
           words(labels_.na_value, list(step.not_applicable), operand(step.not_applicable_points)));
    }
    line(labels_.scaled, words(labels_.scaled_value, operand(step.earned), operand(step.counted),
                               operand(step.max_points), result_text(step.value)));
  }

  void add(const BonusStep& step) {
    table(terms_table(labels_.bonus_title, step.sections));
    const BonusResult& bonus = step.bonus;
    line(labels_.bonus, bonus.raw == bonus.capped
                            ? words(labels_.bonus_in_cap, operand(bonus.raw), operand(bonus.cap))
                            : words(labels_.bonus_capped, operand(bonus.raw), operand(bonus.capped), operand(bonus.cap)));
    line(labels_.total, fmt::format("{} + {} = {}", operand(bonus.sections), operand(bonus.capped),
                                    result_text(bonus.total_before_cap)));
  }

  void add(const TotalCapStep& step) {
    line(labels_.total_cap, step.applied
                                ? words(labels_.cap_applied, operand(step.before), operand(step.cap), operand(step.after))
                                : words(labels_.cap_unchanged, operand(step.before), operand(step.cap)));
  }

  void add(const RoundStep& step) {
    const char* how = step.precision.rounding == Rounding::half_up ? labels_.decimals_half_up
                                                                    : labels_.decimals_half_even;
    // {1}: the English plural's "s".
    const int decimals = step.precision.decimals;
    line(labels_.rounded, words(labels_.rounded_value, result_text(step.exact), step.precision.text(step.reported),
                                words(how, decimals, decimals == 1 ? "" : "s")));
  }

  void add(const GradeStep& step) {
    if (!step.scheme_has_grades) return line(labels_.grade, labels_.no_grades);
    if (!step.band) return line(labels_.grade, labels_.no_band);
    const GradeBand& band = *step.band;
    line(labels_.grade, labelled(band.display_name(language_),
                                 fmt::format("{} {} {} {} {}", operand(band.min), band.min_inclusive ? "≤" : "<",
                                             reported(step.reported), band.max_inclusive ? "≤" : "<",
                                             operand(band.max))));
  }

  void add(const WeightStep& step) {
    if (!step.parent) {
      return line(labels_.weight, words(labels_.weight_top, operand(step.weight), operand(step.base),
                                        operand(step.points)));
    }
    line(labels_.weight, words(labels_.weight_child, operand(step.weight), operand(step.base), operand(step.points),
                               label_of(*step.parent, language_)));
  }

  void add(const NotEvaluatedStep& step) {
    if (step.status == Status::not_applicable) return line(labels_.status, words(labels_.status_na, operand(step.max)));
    std::string scope = step.scope.empty() ? std::string(labels_.every_dimension) : list(step.scope);
    line(labels_.status, words(labels_.status_out_of_scope, label_of(*step.dimension, language_), scope));
  }

  void add(const LimitStep& step) {
    bool floor = step.limit.kind == Limit::Kind::floor;
    line(floor ? labels_.floor : labels_.cap, words(floor ? labels_.below_floor : labels_.above_cap, operand(step.raw),
                                                    operand(step.limit.value), operand(step.earned)));
  }

  // ---- Rated indicators ----

  // The rating word and value of a rated item, or "not applicable".
  std::string rating_word(const RatedItemResult& rated) const {
    return rated.rating ? rated.rating->display_name(language_) : labels_.not_applicable;
  }

  void add(const MeanStep& step) {
    ExplainTable out{titled("A.4", words(labels_.mean_title, explanation_.indicator->id)),
                     {labels_.item, labels_.rating, "y", labels_.notes},
                     {label, label, number, prose},
                     {}};
    std::vector<std::string> terms;
    std::size_t na = 0;
    for (const ItemResult* item : step.items) {
      const RatedItemResult& rated = std::get<RatedItemResult>(item->outcome);
      std::vector<std::string> notes;
      if (std::get<RatedItem>(item->item->kind).direct_score) notes.push_back(labels_.direct_item);
      // The rating column says "not applicable", so the notes give the reason as it is.
      if (!rated.rating) notes.push_back(rated.reason);
      if (!rated.note.empty()) notes.push_back(rated.note);
      out.rows.push_back({item->item->id, rating_word(rated), rated.rating ? operand(rated.rating->value) : "—",
                          fmt::format("{}", fmt::join(notes, labels_.list_separator))});
      if (rated.rating) terms.push_back(operand(rated.rating->value));
      else ++na;
    }
    table(std::move(out));
    if (step.rated == 0) return line("m", labels_.m_none);
    line("m", na == 0 ? std::to_string(step.rated) : words(labels_.m_na, step.rated, na));
    line(labels_.sum_y, fmt::format("{} = {}", fmt::join(terms, " + "), result_text(step.sum)));
    line(labels_.mean, fmt::format("{} ÷ {} = {}", operand(step.sum), step.rated, result_text(step.mean)));
  }

  void add(const DirectScoreStep& step) {
    const std::string& id = step.item->item->id;
    if (!step.rating) return line("X", words(labels_.x_direct_na, id, result_text(step.satisfaction)));
    line("X", words(step.applied ? labels_.x_applied : labels_.x_mean, id, operand(step.mean), operand(*step.rating),
                    result_text(step.satisfaction)));
  }

  void add(const PointsStep& step) {
    line(labels_.earned, words(labels_.earned_value, operand(step.satisfaction), operand(step.points),
                               result_text(step.earned)));
  }

  // ---- Rule items ----

  std::string points_text(const Rational& points, const RuleItem& rule) const {
    return rule.points ? words(labels_.points_of, result_text(points), operand(*rule.points)) : result_text(points);
  }

  void add(const ItemPointsStep& step) {
    ExplainTable out{words(labels_.items_sum, explanation_.indicator->id),
                     {labels_.item, labels_.fact, labels_.how, labels_.points, labels_.max},
                     {label, prose, prose, number, number},
                     {}};
    for (const ItemResult* item : step.items) {
      const RuleItemResult& outcome = std::get<RuleItemResult>(item->outcome);
      const RuleItem& rule = std::get<RuleItem>(item->item->kind);
      out.rows.push_back({item->item->id, outcome.fact ? fact_text(*outcome.fact) : "—",
                          outcome.explanation.in(language_), operand(outcome.points),
                          rule.points ? operand(*rule.points) : "—"});
    }
    out.rows.push_back({"", labels_.sum_row, "", result_text(step.sum), operand(explanation_.indicator->points)});
    table(std::move(out));
  }

  void evidence_lines(const std::string& note, const std::vector<std::string>& evidence) {
    if (!note.empty()) line(labels_.note, note);
    if (!evidence.empty()) line(labels_.evidence, fmt::format("{}", fmt::join(evidence, labels_.list_separator)));
  }

  void add(const RuleStep& step) {
    const RuleItemResult& outcome = std::get<RuleItemResult>(step.item->outcome);
    const RuleItem& rule = std::get<RuleItem>(step.item->item->kind);
    if (outcome.fact) line(labels_.fact, fact_text(*outcome.fact));
    line(labels_.rule, labelled(std::string(rule_type_name(rule.rule)), describe(rule.rule).in(language_)));
    if (!rule.basis.empty()) line(labels_.basis, rule.basis);
    if (!rule.decision.empty()) line(labels_.decision, rule.decision);
    line(labels_.how, outcome.explanation.in(language_));
    line(labels_.points, points_text(outcome.points, rule));
    evidence_lines(outcome.note, outcome.evidence);
  }

  void add(const RatingShareStep& step) {
    const RatedItemResult& rated = std::get<RatedItemResult>(step.item->outcome);
    const std::string owner = explanation_.indicator->id;
    if (rated.rating) {
      line(labels_.rating, words(labels_.rating_value, rating_word(rated), rated.rating->id,
                                 operand(rated.rating->value)));
    } else {
      line(labels_.rating, labels_.not_applicable);
      line(labels_.reason, rated.reason);
    }
    evidence_lines(rated.note, rated.evidence);
    if (step.direct_score) line(labels_.direct_item, labels_.direct_yes);
    if (!step.mean) return line(labels_.share, words(labels_.share_none, owner));
    if (!step.share) return line(labels_.share, words(labels_.share_na, owner, step.rated));
    line(labels_.share, words(labels_.share_value, operand(rated.rating->value), step.rated, result_text(*step.share),
                              owner, result_text(*step.mean)));
  }

  const Explanation& explanation_;
  const ScoreResult& result_;
  const Scheme& scheme_;
  Language language_;
  const ExplainLabels& labels_;
  ExplainDocument document_;
};

// The first `places` decimals of a value whose decimals do not end, cut
// there (not rounded), followed by "…".
std::string leading_decimals(const Rational& value, int places) {
  const mpq_class& exact = value.mpq();
  mpz_class scale;
  mpz_ui_pow_ui(scale.get_mpz_t(), 10, static_cast<unsigned long>(places));
  mpz_class digits = abs(exact.get_num()) * scale / exact.get_den();
  std::string text = digits.get_str();
  const std::size_t width = static_cast<std::size_t>(places);
  if (text.size() <= width) text.insert(0, width + 1 - text.size(), '0');
  text.insert(text.size() - width, ".");
  return (sgn(exact) < 0 ? "-" : "") + text + "…";
}

}  // namespace

std::string result_text(const Rational& value) {
  if (value.is_whole()) return value.exact_string();
  std::string decimal = value.is_finite_decimal() ? value.exact_text() : leading_decimals(value, shown_places);
  return value.exact_string() + " = " + decimal;
}

ExplainDocument explain_document(const Explanation& explanation, Language language) {
  return DocumentBuilder(explanation, language).build();
}

}  // namespace cityseceval
