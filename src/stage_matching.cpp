// Which stage of a plan each stage file evaluates (match_stages, plan.h): the
// stage whose scope the file's scope equals, for the plan's city and scheme.
#include <algorithm>

#include "cityseceval/messages.h"
#include "cityseceval/plan.h"

namespace cityseceval {

namespace {

std::vector<std::string> ids_of(const std::vector<const Indicator*>& scope) {
  std::vector<std::string> ids;
  for (const Indicator* dimension : scope) ids.push_back(dimension->id);
  return ids;
}

// A scope as a set: the order it is written in does not matter.
std::vector<std::string> sorted_ids(const std::vector<const Indicator*>& scope) {
  std::vector<std::string> ids = ids_of(scope);
  std::sort(ids.begin(), ids.end());
  return ids;
}

// A city is the same whatever spaces an assessor typed around it.
std::string_view without_spaces(std::string_view text) {
  constexpr std::string_view space = " \t\r\n";
  const std::size_t first = text.find_first_not_of(space);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(space) - first + 1);
}

Text name_of(const PlanStage& stage) { return Text{stage.name, stage.display_name(Language::en)}; }

// `"第一阶段" (6, 7); "第二阶段" (8, 9)`: what a file of the plan may evaluate.
Text stage_list(const Plan& plan) {
  std::vector<Text> stages;
  for (const PlanStage& stage : plan.stages) {
    stages.push_back(message(MessageId::stage_with_scope, {name_of(stage), join_all(ids_of(stage.scope))}));
  }
  return join_all(stages, MessageId::clause_separator);
}

class StageMatcher {
 public:
  StageMatcher(const Plan& plan, Diagnostics& diagnostics)
      : plan_(plan), diagnostics_(diagnostics), evaluated_by_(plan.stages.size(), nullptr) {}

  // The stage `loaded` evaluates, or nullopt after reporting why it evaluates none.
  std::optional<std::size_t> stage_of(const LoadedAssessment& loaded) {
    const Assessment& assessment = loaded.assessment;
    if (without_spaces(assessment.city) != without_spaces(plan_.city)) {
      diagnostics_.error(assessment.locations.city, message(MessageId::plan_city, {assessment.city, plan_.city}),
                         RuleId::plan_city);
    }
    // Scopes of another scheme are not comparable: that one problem is enough.
    if (!same_scheme(*loaded.scheme)) {
      const Scheme& scheme = *plan_.scheme;
      diagnostics_.error(assessment.locations.scheme,
                         message(MessageId::plan_scheme,
                                 {loaded.scheme->id, loaded.scheme->version, scheme.id, scheme.version}),
                         RuleId::scheme_mismatch);
      return std::nullopt;
    }
    std::optional<std::size_t> stage = stage_with_scope(assessment);
    if (stage && evaluated_by_[*stage]) {
      const Text stage_name = name_of(plan_.stages[*stage]);
      diagnostics_.error(assessment.locations.scope,
                         message(MessageId::plan_stage_twice, {stage_name, evaluated_by_[*stage]->file}),
                         RuleId::plan_match);
      return std::nullopt;
    }
    if (stage) evaluated_by_[*stage] = &assessment;
    return stage;
  }

 private:
  // The same scheme object, or one with the same id and version (a tree
  // file named by two relative paths is loaded twice).
  bool same_scheme(const Scheme& scheme) const {
    return &scheme == plan_.scheme || (scheme.id == plan_.scheme->id && scheme.version == plan_.scheme->version);
  }

  std::optional<std::size_t> stage_with_scope(const Assessment& assessment) {
    if (assessment.scope.empty()) {
      diagnostics_.error(assessment.locations.scope, message(MessageId::plan_no_scope, {stage_list(plan_)}),
                         RuleId::plan_match);
      return std::nullopt;
    }
    const std::vector<std::string> scope = sorted_ids(assessment.scope);
    for (std::size_t i = 0; i < plan_.stages.size(); ++i) {
      if (sorted_ids(plan_.stages[i].scope) == scope) return i;
    }
    diagnostics_.error(assessment.locations.scope,
                       message(MessageId::plan_no_stage,
                               {join_list(ids_of(assessment.scope), MessageId::list_and), stage_list(plan_)}),
                       RuleId::plan_match);
    return std::nullopt;
  }

  const Plan& plan_;
  Diagnostics& diagnostics_;
  std::vector<const Assessment*> evaluated_by_;  // per stage: the file that evaluates it so far
};

}  // namespace

std::optional<std::vector<std::size_t>> match_stages(const Plan& plan,
                                                     const std::vector<LoadedAssessment>& assessments,
                                                     Diagnostics& diagnostics) {
  const std::size_t errors_before = diagnostics.error_count();
  StageMatcher matcher(plan, diagnostics);
  std::vector<std::size_t> stages;
  for (const LoadedAssessment& loaded : assessments) {
    if (std::optional<std::size_t> stage = matcher.stage_of(loaded)) stages.push_back(*stage);
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return stages;
}

}  // namespace cityseceval
