// Step 2 of reading a plan: its stages checked against the scheme, and the
// rules of a plan as a whole (plan.h): no dimension in two stages, and a
// warning for the dimensions no stage evaluates.
#include <map>

#include "cityseceval/messages.h"
#include "cityseceval/plan.h"
#include "plan_document.h"

namespace cityseceval {

namespace {

// "7 (风险控制)" / "7 (Risk control)": a dimension in a message.
Text dimension_label(const Indicator& dimension) {
  return message(MessageId::label_with_name,
                 {dimension.id, Text{dimension.name, dimension.display_name(Language::en)}});
}

class PlanResolver {
 public:
  PlanResolver(const PlanDocument& document, const Scheme& scheme, Diagnostics& diagnostics)
      : document_(document), scheme_(scheme), diagnostics_(diagnostics) {}

  std::optional<Plan> run() {
    const std::size_t errors_before = diagnostics_.error_count();
    Plan plan;
    plan.file = document_.file;
    plan.title = document_.title;
    plan.title_en = document_.title_en;
    plan.city = document_.city;
    plan.scheme = &scheme_;
    for (const WrittenStage& written : document_.stages) plan.stages.push_back(stage(written));
    // What a plan with errors leaves out is not yet known (a stage without
    // its scope, a misspelt dimension): the warning waits until they are fixed.
    if (!document_.valid || diagnostics_.error_count() > errors_before) return std::nullopt;
    report_uncovered();
    return plan;
  }

 private:
  PlanStage stage(const WrittenStage& written) {
    PlanStage stage{written.name, written.name_en, {}, written.date, written.location};
    if (!written.scope) return stage;
    stage.scope = resolve_scope(*written.scope, scheme_, diagnostics_).value_or(std::vector<const Indicator*>{});
    for (const Indicator* dimension : stage.scope) claim(*dimension, written);
    return stage;
  }

  // Each dimension is evaluated in one stage: the first that lists it.
  void claim(const Indicator& dimension, const WrittenStage& stage) {
    auto [first, is_new] = owner_.emplace(&dimension, &stage);
    if (is_new) return;
    diagnostics_.error(where_listed(dimension, stage),
                       message(MessageId::plan_overlap,
                               {dimension_label(dimension), name_of(*first->second), name_of(stage)}),
                       RuleId::plan_overlap);
  }

  static SourceLocation where_listed(const Indicator& dimension, const WrittenStage& stage) {
    for (const WrittenScope::Dimension& written : stage.scope->dimensions) {
      if (written.id == dimension.id) return written.location;
    }
    return stage.scope->location;
  }

  static Text name_of(const WrittenStage& stage) {
    return Text{stage.name, localized(Language::en, stage.name, stage.name_en)};
  }

  // A plan may cover part of the framework on purpose, so this is a warning;
  // it names what a reader of its progress will never see evaluated.
  void report_uncovered() {
    std::vector<Text> left_out;
    Rational covered;
    for (const Indicator& dimension : scheme_.indicators) {
      if (dimension.bonus) continue;  // never in a scope
      if (owner_.count(&dimension)) {
        covered += dimension.points;
      } else {
        left_out.push_back(dimension_label(dimension));
      }
    }
    if (left_out.empty()) return;
    diagnostics_.warning(document_.stages_location,
                         message(MessageId::plan_coverage, {join_list(left_out, MessageId::list_and),
                                                            covered.short_string(), scheme_.max_points.short_string()}),
                         RuleId::plan_coverage);
  }

  const PlanDocument& document_;
  const Scheme& scheme_;
  Diagnostics& diagnostics_;
  std::map<const Indicator*, const WrittenStage*> owner_;
};

}  // namespace

std::optional<Plan> read_plan(std::string_view text, const std::string& file, const Scheme& scheme,
                              Diagnostics& diagnostics) {
  auto document = parse_plan(text, file, diagnostics);
  if (!document) return std::nullopt;
  return PlanResolver(*document, scheme, diagnostics).run();
}

std::optional<Plan> load_plan(std::string_view text, const std::string& file, const SchemeChoice& choice,
                              SchemeCache& schemes, Diagnostics& diagnostics) {
  if (!chosen_scheme_loads(choice, schemes, diagnostics)) return std::nullopt;
  auto document = parse_plan(text, file, diagnostics);
  if (!document) return std::nullopt;
  const Scheme* scheme = scheme_for(document->scheme, document->scheme_location, file, choice, schemes, diagnostics,
                                    MessageId::plan_scheme_option);
  if (!scheme) return std::nullopt;
  return PlanResolver(*document, *scheme, diagnostics).run();
}

}  // namespace cityseceval
