#include <fmt/format.h>

#include "cityseceval/render_plan.h"
#include "text_table.h"

namespace cityseceval {

namespace {

// The words around the numbers, in both languages.
struct Labels {
  const char* plan;
  const char* scheme;
  const char* city;
  const char* stages;       // "{0} of {1} evaluated"
  const char* stages_line;  // the header line's value
  const char* stage;
  const char* date;
  const char* dimensions;
  const char* earned;
  const char* score;
  const char* grade;
  const char* file;
  const char* pending;
  const char* evaluated;        // the dimensions evaluated so far
  const char* score_so_far;     // earned / evaluated
  const char* scaled;           // scaled to max_points, with the grade
  const char* left;             // the dimensions left and their points
  const char* points;           // "（{} 分）" / "({} points)"
  const char* none_yet;         // no dimension evaluated
  const char* nothing_yet;      // in place of the score so far
  const char* nothing_left;     // in place of what is left
  const char* no_grade;
  const char* list_separator;
  const char* weight_profile;   // the --weights profile of the run
};

constexpr Labels zh_labels = {"评价计划", "评价体系", "城市",   "阶段",   "已评价 {0} 个，共 {1} 个",
                              "阶段",     "日期",     "维度",   "得分",   "折算得分",
                              "等级",     "文件",     "待评价", "已评价维度", "进度得分",
                              "折算得分", "尚未评价", "（{} 分）", "尚无", "尚未评价任何阶段",
                              "无：全部维度均已评价", "（本体系未定义等级）", "、",
                              "权重方案"};
constexpr Labels en_labels = {"Plan",  "Scheme", "City",      "Stages",  "{0} of {1} evaluated",
                              "Stage", "Date",   "Dimensions", "Earned", "Score",
                              "Grade", "File",   "pending",   "Dimensions evaluated", "Score so far",
                              "Scaled score", "Left", " ({} points)", "none yet", "nothing evaluated yet",
                              "nothing: every dimension is evaluated", "(this scheme defines no grades)", ", ",
                              "Weight profile"};

class PlanTextRenderer {
 public:
  PlanTextRenderer(const PlanProgress& progress, const TextOptions& options)
      : progress_(progress),
        language_(options.language),
        labels_(options.language == Language::en ? en_labels : zh_labels) {}

  std::string render() const {
    return labelled_lines(header()) + "\n" + stage_table() + "\n" + labelled_lines(totals());
  }

 private:
  LabelledLines header() const {
    const Scheme& scheme = *progress_.scheme;
    std::size_t evaluated = 0;
    for (const StageProgress& stage : progress_.stages) evaluated += stage.evaluated() ? 1 : 0;
    LabelledLines lines = {
        {labels_.plan, one_line(progress_.plan->display_name(language_))},
        {labels_.scheme, one_line(fmt::format("{} ({} {})", scheme.display_name(language_), scheme.id, scheme.version))}};
    if (scheme.weight_profile) {
      const AppliedWeightProfile& profile = *scheme.weight_profile;
      lines.emplace_back(labels_.weight_profile,
                         one_line(fmt::format("{} ({})", localized(language_, profile.name, profile.name_en), profile.file)));
    }
    lines.emplace_back(labels_.city, one_line(progress_.plan->city));
    lines.emplace_back(labels_.stages, fmt::format(fmt::runtime(labels_.stages_line), evaluated, progress_.stages.size()));
    return lines;
  }

  std::string stage_table() const {
    TextTable table({{TextTable::Align::left},
                     {TextTable::Align::left},
                     {TextTable::Align::left},
                     {TextTable::Align::right},
                     {TextTable::Align::right},
                     {TextTable::Align::left},
                     {TextTable::Align::left}});
    table.add_row({labels_.stage, labels_.date, labels_.dimensions, labels_.earned, labels_.score, labels_.grade,
                   labels_.file});
    for (const StageProgress& stage : progress_.stages) table.add_row(stage_row(stage), std::vector<bool>(7, true));
    return table.render();
  }

  std::vector<std::string> stage_row(const StageProgress& stage) const {
    const PlanStage& planned = *stage.stage;
    std::vector<std::string> row = {one_line(planned.display_name(language_)), planned.date.empty() ? "—" : planned.date,
                                    ids(planned.scope)};
    if (!stage.evaluated()) {
      row.insert(row.end(), {fmt::format("— / {}", stage.points.short_string()), labels_.pending});
      return row;
    }
    const ScoreResult& result = *stage.result;
    row.insert(row.end(), {fmt::format("{} / {}", progress_.format(result.evaluated.earned),
                                       result.evaluated.max.short_string()),
                           progress_.format(result.composite), grade_name(result.grade), one_line(result.file)});
    return row;
  }

  LabelledLines totals() const {
    LabelledLines lines;
    const std::string evaluated = progress_.dimensions_evaluated.empty()
                                      ? labels_.none_yet
                                      : names(progress_.dimensions_evaluated) + points(progress_.points_covered);
    lines.emplace_back(labels_.evaluated, evaluated);
    if (progress_.composite) {
      lines.emplace_back(labels_.score_so_far, fmt::format("{} / {}", progress_.format(progress_.earned),
                                                           progress_.evaluated_max.short_string()));
      lines.emplace_back(labels_.scaled, fmt::format("{} / {}  {}", progress_.format(*progress_.composite),
                                                     progress_.scheme->max_points.short_string(),
                                                     grade_name(progress_.grade)));
    } else {
      lines.emplace_back(labels_.score_so_far, labels_.nothing_yet);
    }
    lines.emplace_back(labels_.left, progress_.complete ? labels_.nothing_left
                                                        : names(progress_.dimensions_left) + points(progress_.max_left));
    return lines;
  }

  std::string grade_name(const GradeBand* grade) const {
    return grade ? grade->display_name(language_) : labels_.no_grade;
  }

  std::string points(const Rational& value) const {
    return fmt::format(fmt::runtime(labels_.points), value.short_string());
  }

  std::string ids(const std::vector<const Indicator*>& dimensions) const {
    std::string out;
    for (const Indicator* dimension : dimensions) out += (out.empty() ? "" : labels_.list_separator) + dimension->id;
    return out;
  }

  std::string names(const std::vector<const Indicator*>& dimensions) const {
    std::string out;
    for (const Indicator* dimension : dimensions) {
      if (!out.empty()) out += labels_.list_separator;
      out += dimension->id + " " + dimension->display_name(language_);
    }
    return out;
  }

  const PlanProgress& progress_;
  Language language_;
  const Labels& labels_;
};

}  // namespace

std::string render_plan_text(const PlanProgress& progress, const TextOptions& options) {
  return PlanTextRenderer(progress, options).render();
}

}  // namespace cityseceval
