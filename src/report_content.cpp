#include "report_content.h"

#include <fmt/format.h>

#include "cityseceval/rules.h"
#include "cityseceval/version.h"
#include "fact_format.h"
#include "overloaded.h"

namespace cityseceval {

namespace {

constexpr ReportLabels zh_labels = {
    .title = "{0} 评价报告",
    .contents = "目录",
    .overview = "概览",
    .scheme = "评价体系",
    .version = "版本",
    .source = "来源",
    .base_scheme = "基准体系",
    .weight_profile = "权重方案",
    .city = "城市",
    .period = "评价期",
    .scope = "评价范围",
    .every_dimension = "全部维度（全面评价）",
    .file = "评价文件",
    .score = "综合得分",
    .grade = "等级",
    .no_grade = "本体系未定义等级",
    .grade_scale = "等级划分",
    .band = "等级",
    .range = "得分范围",
    .score_symbol = "得分",
    .this_result = "本次结果",
    .normalised = "本次评价所评价部分得分 {0}，满分 {1}；综合得分按此折算为满分 {2}。",
    .scope_note = "评价范围：{0}（专项或阶段评价），其他维度未评价。",
    .na_note = "以下指标的评价内容均不适用，其 {1} 分不计入满分：{0}。",
    .sections = "各部分合计",
    .bonus = "加分项",
    .total = "加分后总分",
    .cap = "上限",
    .floor = "下限",
    .deductions = "倒扣分项",
    .deductions_note = "以下评价内容按规则倒扣分（得分为负）；设有下限的部分，其倒扣分不会低于下限。",
    .dimensions = "各维度得分率",
    .radar_caption = "各一级指标得分占其满分的百分比；外圈为 100%，每圈 20%。未评价或不适用的维度只标出名称，不画点。",
    .radar_title = "各一级指标得分率雷达图",
    .dimension = "一级指标",
    .indicators_chart = "{0}：各二级指标得分与满分",
    .id = "编号",
    .indicator_or_item = "指标 / 评价内容",
    .rating = "评分",
    .fact = "事实",
    .points = "得分",
    .max = "满分",
    .percent = "得分率",
    .remarks = "说明与证据",
    .note = "备注：{0}",
    .reason = "不适用理由：{0}",
    .rule = "规则：{0}",
    .explanation = "计分：{0}",
    .evidence = "证据：",
    .satisfaction = "X = {0}（{1} 项平均）",
    .direct = "直接得分项满足，X 取其评分",
    .partly_na = "其中 {0} 分不适用，不计入满分",
    .out_of_scope = "未评价",
    .not_applicable = "不适用",
    .out_of_scope_dimension = "本维度不在本次评价范围内，未评价，不计分。",
    .na_dimension = "本维度的评价内容均不适用，不计入满分。",
    .changes = "与上次评价相比的变化",
    .footer = "本报告由 {0} 生成。每个数字均可按评价文件与指标体系复核。",
    .list_separator = "、",
    .remark_separator = "；",
};

constexpr ReportLabels en_labels = {
    .title = "Evaluation report: {0}",
    .contents = "Contents",
    .overview = "Overview",
    .scheme = "Scheme",
    .version = "Version",
    .source = "Source",
    .base_scheme = "Base scheme",
    .weight_profile = "Weight profile",
    .city = "City",
    .period = "Period",
    .scope = "Scope",
    .every_dimension = "every dimension (a full evaluation)",
    .file = "Assessment file",
    .score = "Score",
    .grade = "Grade",
    .no_grade = "this scheme defines no grades",
    .grade_scale = "Grade bands",
    .band = "Grade",
    .range = "Scores",
    .score_symbol = "score",
    .this_result = "this result",
    .normalised = "The part evaluated earned {0} of {1}; the score is that share of {2}.",
    .scope_note = "Scope: {0} (a special or phased evaluation); the other dimensions were not evaluated.",
    .na_note = "Every item of these indicators is not applicable, so their {1} points are left out of the maximum: "
               "{0}.",
    .sections = "Sections",
    .bonus = "Bonus",
    .total = "Total with bonus",
    .cap = "cap",
    .floor = "floor",
    .deductions = "Deductions",
    .deductions_note = "These items took points away by their rules (negative points); a section with a floor never "
                       "goes below it.",
    .dimensions = "Dimensions as a share of their maximum",
    .radar_caption = "Each level-1 dimension's points as a percentage of its maximum; the outer ring is 100 %, one "
                     "ring every 20 %. A dimension not evaluated or not applicable is named, with no point.",
    .radar_title = "Radar chart of the level-1 dimensions",
    .dimension = "Dimension",
    .indicators_chart = "{0}: points and maximum of each level-2 indicator",
    .id = "ID",
    .indicator_or_item = "Indicator / item",
    .rating = "Rating",
    .fact = "Fact",
    .points = "Points",
    .max = "Max",
    .percent = "Percent",
    .remarks = "Remarks and evidence",
    .note = "Note: {0}",
    .reason = "Not applicable: {0}",
    .rule = "Rule: {0}",
    .explanation = "Scored: {0}",
    .evidence = "Evidence: ",
    .satisfaction = "X = {0} (mean of {1})",
    .direct = "direct-score item met: X is its rating",
    .partly_na = "{0} of it not applicable, left out of the maximum",
    .out_of_scope = "not evaluated",
    .not_applicable = "not applicable",
    .out_of_scope_dimension = "This dimension is outside the scope of this evaluation: not evaluated, no points.",
    .na_dimension = "Every item of this dimension is not applicable: it is left out of the maximum.",
    .changes = "Changes since the previous assessment",
    .footer = "Written by {0}. Every number can be redone from the assessment file and the scheme.",
    .list_separator = ", ",
    .remark_separator = "; ",
};

std::string fill(const char* pattern, const std::string& first, const std::string& second = "",
                 const std::string& third = "") {
  return fmt::format(fmt::runtime(pattern), first, second, third);
}

std::string label_of(const Indicator& indicator, Language language) {
  return indicator.id + " " + indicator.display_name(language);
}

std::string names_of(const std::vector<const Indicator*>& indicators, Language language) {
  std::string out;
  for (const Indicator* indicator : indicators) {
    if (!out.empty()) out += report_labels(language).list_separator;
    out += label_of(*indicator, language);
  }
  return out;
}

std::string status_word(Status status, Language language) {
  const ReportLabels& labels = report_labels(language);
  return status == Status::out_of_scope ? labels.out_of_scope : labels.not_applicable;
}

class RowBuilder {
 public:
  RowBuilder(const ScoreResult& result, Language language)
      : result_(result), language_(language), labels_(report_labels(language)) {}

  void add(const IndicatorResult& node, std::vector<ReportRow>& rows) const {
    rows.push_back(indicator_row(node));
    for (const ItemResult& item : node.items) {
      std::visit([&](const auto& outcome) { rows.push_back(item_row(*item.item, node, outcome)); }, item.outcome);
    }
    for (const IndicatorResult& child : node.children) add(child, rows);
  }

  ReportRow item_row(const Item& item, const IndicatorResult& owner, const RatedItemResult& outcome) const {
    ReportRow row = item_base(item, owner, outcome.evidence);
    if (outcome.rating) {
      row.assessed = outcome.rating->display_name(language_);
    } else {
      row.assessed = labels_.not_applicable;
      row.evaluated = false;
      row.remarks.push_back(fill(labels_.reason, outcome.reason));
    }
    if (!outcome.note.empty()) row.remarks.push_back(fill(labels_.note, outcome.note));
    return row;
  }

  ReportRow item_row(const Item& item, const IndicatorResult& owner, const RuleItemResult& outcome) const {
    ReportRow row = item_base(item, owner, outcome.evidence);
    const RuleItem& kind = std::get<RuleItem>(item.kind);
    row.assessed = outcome.fact ? fact_text(*outcome.fact) : "—";
    row.points = result_.format(outcome.points);
    row.max = kind.points ? result_.format(*kind.points) : "—";
    row.deduction = outcome.points < Rational(0);
    row.remarks.push_back(fill(labels_.rule, describe(kind.rule).in(language_)));
    row.remarks.push_back(fill(labels_.explanation, outcome.explanation.in(language_)));
    if (!outcome.note.empty()) row.remarks.push_back(fill(labels_.note, outcome.note));
    return row;
  }

 private:
  ReportRow item_base(const Item& item, const IndicatorResult& owner, const std::vector<std::string>& evidence) const {
    ReportRow row;
    row.item = true;
    row.level = owner.indicator->level + 1;
    row.id = item.id;
    row.name = item.text;
    row.evidence = evidence;
    return row;
  }

  ReportRow indicator_row(const IndicatorResult& node) const {
    const Indicator& indicator = *node.indicator;
    ReportRow row;
    row.level = indicator.level;
    row.id = indicator.id;
    row.name = indicator.display_name(language_);
    if (node.status != Status::evaluated) {
      row.evaluated = false;
      row.points = "—";
      row.max = result_.format(node.max);
      row.remarks.push_back(status_word(node.status, language_));
      return row;
    }
    row.points = result_.format(node.earned);
    row.max = result_.format(node.evaluated);
    row.percent = result_.format(node.percent()) + "%";
    if (node.aggregate) {
      std::visit(overloaded{[&](const MeanOfRatings& mean) {
                              row.assessed = fill(labels_.satisfaction, result_.format(mean.satisfaction),
                                                  std::to_string(mean.rated));
                              if (mean.direct_score_applied) row.remarks.push_back(labels_.direct);
                            },
                            [](const SumOfPoints&) {}},
                 *node.aggregate);
    }
    if (node.limit) {
      // The floor or the cap that changed the sum, and the sum it changed.
      bool floor = node.limit->kind == Limit::Kind::floor;
      row.remarks.push_back(fmt::format("{} {}: {} → {}", floor ? labels_.floor : labels_.cap,
                                        result_.format(node.limit->value), result_.format(node.raw),
                                        result_.format(node.earned)));
    }
    if (node.evaluated != node.max) row.remarks.push_back(fill(labels_.partly_na, result_.format(node.max - node.evaluated)));
    return row;
  }

  const ScoreResult& result_;
  Language language_;
  const ReportLabels& labels_;
};

void collect_deductions(const RowBuilder& builder, const IndicatorResult& node, std::vector<ReportRow>& rows) {
  for (const ItemResult& item : node.items) {
    const auto* rule = std::get_if<RuleItemResult>(&item.outcome);
    if (rule && rule->points < Rational(0)) rows.push_back(builder.item_row(*item.item, node, *rule));
  }
  for (const IndicatorResult& child : node.children) collect_deductions(builder, child, rows);
}

}  // namespace

const ReportLabels& report_labels(Language language) { return language == Language::en ? en_labels : zh_labels; }

std::string report_generator() { return tool_name_and_version(); }

std::string report_title(const ScoreResult& result, Language language) {
  std::string subject = result.period.empty() ? result.city : result.city + " " + result.period;
  return fill(report_labels(language).title, subject);
}

LabelledLines report_header(const ScoreResult& result, Language language) {
  const ReportLabels& labels = report_labels(language);
  const Scheme& scheme = *result.scheme;
  LabelledLines lines = {{labels.scheme, fmt::format("{} ({})", scheme.display_name(language), scheme.id)},
                         {labels.version, scheme.version}};
  if (!scheme.source.empty()) lines.emplace_back(labels.source, scheme.source);
  if (scheme.tailoring) {
    const Tailoring& record = *scheme.tailoring;
    lines.emplace_back(labels.base_scheme, record.base_version.empty() ? record.base_id
                                                                       : record.base_id + " " + record.base_version);
  }
  if (scheme.weight_profile) {
    const AppliedWeightProfile& profile = *scheme.weight_profile;
    lines.emplace_back(labels.weight_profile,
                       fmt::format("{} ({})", localized(language, profile.name, profile.name_en), profile.file));
  }
  lines.emplace_back(labels.city, result.city);
  if (!result.period.empty()) lines.emplace_back(labels.period, result.period);
  lines.emplace_back(labels.scope, result.scope.empty() ? labels.every_dimension : names_of(result.scope, language));
  lines.emplace_back(labels.file, result.file);
  return lines;
}

std::string score_text(const ScoreResult& result) {
  return fmt::format("{} / {}", result.format(result.reported), result.format(result.max));
}

std::vector<std::string> normalisation_notes(const ScoreResult& result, Language language) {
  const ReportLabels& labels = report_labels(language);
  std::vector<std::string> notes;
  if (!result.normalised()) return notes;
  if (!result.scope.empty()) notes.push_back(fill(labels.scope_note, names_of(result.scope, language)));
  if (!result.not_applicable.empty()) {
    notes.push_back(fill(labels.na_note, names_of(result.not_applicable, language),
                         result.format(result.evaluated.scope_max - result.evaluated.max)));
  }
  notes.push_back(fill(labels.normalised, result.format(result.evaluated.earned), result.format(result.evaluated.max),
                       result.format(result.max)));
  return notes;
}

LabelledLines bonus_lines(const ScoreResult& result, Language language) {
  LabelledLines lines;
  if (!result.bonus) return lines;
  const ReportLabels& labels = report_labels(language);
  const BonusResult& bonus = *result.bonus;
  lines.emplace_back(labels.sections, fmt::format("{} / {}", result.format(bonus.sections), result.format(result.max)));
  lines.emplace_back(labels.bonus, fmt::format("{} → {} ({} {})", result.format(bonus.raw), result.format(bonus.capped),
                                               labels.cap, result.format(bonus.cap)));
  std::string total = result.format(bonus.total_before_cap);
  if (result.scheme->total_cap) {
    total += fmt::format(" → {} ({} {})", result.format(result.composite), labels.cap,
                         result.format(*result.scheme->total_cap));
  }
  lines.emplace_back(labels.total, total);
  return lines;
}

std::vector<BandRow> band_rows(const ScoreResult& result, Language language) {
  const ReportLabels& labels = report_labels(language);
  std::vector<BandRow> rows;
  for (const GradeBand& band : result.scheme->grades) {
    std::string range = fmt::format("{} {} {} {} {}", result.format(band.min), band.min_inclusive ? "≤" : "<",
                                    labels.score_symbol, band.max_inclusive ? "≤" : "<", result.format(band.max));
    rows.push_back({&band, band.display_name(language), std::move(range), &band == result.grade});
  }
  return rows;
}

IndicatorFigure indicator_figure(const ScoreResult& result, const IndicatorResult& node, Language language) {
  IndicatorFigure figure;
  figure.node = &node;
  figure.label = label_of(*node.indicator, language);
  figure.evaluated = node.status == Status::evaluated;
  if (!figure.evaluated) {
    figure.earned = "—";
    figure.max = result.format(node.max);
    figure.status = status_word(node.status, language);
    figure.max_value = node.max.mpq().get_d();
    return figure;
  }
  figure.earned = result.format(node.earned);
  figure.max = result.format(node.evaluated);
  figure.percent = result.format(node.percent()) + "%";
  figure.earned_value = node.earned.mpq().get_d();
  figure.max_value = node.evaluated.mpq().get_d();
  figure.share = node.percent().mpq().get_d() / 100.0;
  return figure;
}

std::vector<IndicatorFigure> radar_figures(const ScoreResult& result, Language language) {
  std::vector<IndicatorFigure> figures;
  for (const IndicatorResult& node : result.indicators) {
    if (!node.indicator->bonus) figures.push_back(indicator_figure(result, node, language));
  }
  return figures;
}

std::vector<IndicatorFigure> dimension_figures(const ScoreResult& result, Language language) {
  std::vector<IndicatorFigure> figures;
  for (const IndicatorResult& node : result.indicators) {
    IndicatorFigure figure = indicator_figure(result, node, language);
    figures.push_back(std::move(figure));
  }
  return figures;
}

std::vector<std::string> table_columns(const Scheme& scheme, Language language) {
  const ReportLabels& labels = report_labels(language);
  const char* assessed = std::holds_alternative<PointsSum>(scheme.aggregation) ? labels.fact : labels.rating;
  return {labels.id, labels.indicator_or_item, assessed, labels.points, labels.max, labels.percent, labels.remarks};
}

std::vector<ReportRow> dimension_rows(const ScoreResult& result, const IndicatorResult& dimension,
                                      Language language) {
  std::vector<ReportRow> rows;
  RowBuilder(result, language).add(dimension, rows);
  return rows;
}

std::vector<ReportRow> deduction_rows(const ScoreResult& result, Language language) {
  std::vector<ReportRow> rows;
  RowBuilder builder(result, language);
  for (const IndicatorResult& node : result.indicators) collect_deductions(builder, node, rows);
  return rows;
}

std::string dimension_status_note(const IndicatorResult& dimension, Language language) {
  const ReportLabels& labels = report_labels(language);
  switch (dimension.status) {
    case Status::evaluated: return "";
    case Status::out_of_scope: return labels.out_of_scope_dimension;
    case Status::not_applicable: return labels.na_dimension;
  }
  return "";
}

}  // namespace cityseceval
