#include <optional>

#include "cityseceval/render_explain.h"
#include "cityseceval/rules.h"
#include "fact_format.h"
#include "json_generator.h"
#include "json_number.h"
#include "json_scheme.h"
#include "overloaded.h"

namespace cityseceval {

namespace {

Json ids_json(const std::vector<const Indicator*>& indicators) {
  Json ids = Json::array();
  for (const Indicator* indicator : indicators) ids.push_back(indicator->id);
  return ids;
}

Json text_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

// Writes the steps in the order of the explanation, one object each, its
// kind in "step" (docs/json-output.md, "explain").
class StepWriter {
 public:
  explicit StepWriter(const Explanation& explanation)
      : explanation_(explanation), precision_(explanation.result->scheme->precision) {}

  Json steps() const {
    Json out = Json::array();
    for (const ExplainStep& step : explanation_.steps) {
      // this->: clang does not see a generic lambda use `this` through overloads that are partly static.
      out.push_back(std::visit([this](const auto& kind) { return this->write(kind); }, step));
    }
    return out;
  }

 private:
  // A computed value: rounded to the scheme's decimals, and exactly; both
  // null when there is none.
  void value(Json& out, const std::string& key, const std::optional<Rational>& number) const {
    out[key] = number ? rounded_number(*number, precision_) : Json(nullptr);
    out[key + "_exact"] = number ? Json(number->exact_string()) : Json(nullptr);
  }

  Json term(const ExplainedTerm& term) const {
    const Indicator& indicator = *term.indicator;
    Json out = {{"id", indicator.id},
                {"level", indicator.level},
                {"name", indicator.name},
                {"name_en", indicator.name_en},
                {"status", status_id(term.status)}};
    if (term.status == Status::evaluated) {
      const IndicatorResult& node = *term.result;
      value(out, "earned", node.earned);
      out["max"] = exact_number(node.max);
      out["counted"] = exact_number(node.evaluated);
      if (node.limit) {
        value(out, "raw", node.raw);
        out["limit"] = limit(*node.limit);
      }
    } else {
      value(out, "earned", std::nullopt);
      out["max"] = exact_number(indicator.points);
      out["counted"] = 0;
    }
    if (term.weight) {
      out["weight"] = exact_number(*term.weight);
      out["weight_exact"] = term.weight->exact_string();
    }
    return out;
  }

  Json terms(const std::vector<ExplainedTerm>& list) const {
    Json out = Json::array();
    for (const ExplainedTerm& entry : list) out.push_back(term(entry));
    return out;
  }

  static Json limit(const Limit& limit) {
    return {{"kind", limit.kind == Limit::Kind::floor ? "floor" : "cap"}, {"value", exact_number(limit.value)}};
  }

  Json write(const SumStep& step) const {
    Json out = {{"step", "sum"}, {"formula", text_or_null(step.formula)}, {"terms", terms(step.terms)}};
    value(out, "sum", step.sum);
    out["max"] = exact_number(step.max);
    out["counted"] = exact_number(step.counted);
    out["left_out"] = exact_number(step.left_out);
    return out;
  }

  Json write(const ScaleStep& step) const {
    Json out = {{"step", "scale"}};
    value(out, "earned", step.earned);
    out["counted"] = exact_number(step.counted);
    out["max_points"] = exact_number(step.max_points);
    value(out, "value", step.value);
    out["scope"] = ids_json(step.scope);
    out["out_of_scope"] = exact_number(step.out_of_scope);
    out["not_applicable"] = ids_json(step.not_applicable);
    out["not_applicable_points"] = exact_number(step.not_applicable_points);
    return out;
  }

  Json write(const BonusStep& step) const {
    const BonusResult& bonus = step.bonus;
    Json out = {{"step", "bonus"}, {"terms", terms(step.sections)}};
    value(out, "sections", bonus.sections);
    value(out, "raw", bonus.raw);
    value(out, "capped", bonus.capped);
    out["cap"] = exact_number(bonus.cap);
    value(out, "total", bonus.total_before_cap);
    return out;
  }

  Json write(const TotalCapStep& step) const {
    Json out = {{"step", "total-cap"}};
    value(out, "before", step.before);
    out["cap"] = exact_number(step.cap);
    value(out, "after", step.after);
    out["applied"] = step.applied;
    return out;
  }

  static Json write(const RoundStep& step) {
    return {{"step", "round"},
            {"exact", step.exact.exact_string()},
            {"reported", exact_number(step.reported)},
            {"decimals", step.precision.decimals},
            {"rounding", rounding_name(step.precision.rounding)}};
  }

  Json write(const GradeStep& step) const {
    Json grade = nullptr;
    if (step.band) {
      const GradeBand& band = *step.band;
      grade = {{"id", band.id},
               {"name", band.name},
               {"name_en", band.name_en},
               {"min", exact_number(band.min)},
               {"min_inclusive", band.min_inclusive},
               {"max", exact_number(band.max)},
               {"max_inclusive", band.max_inclusive}};
    }
    return {{"step", "grade"}, {"reported", exact_number(step.reported)}, {"grade", std::move(grade)}};
  }

  static Json write(const WeightStep& step) {
    return {{"step", "weight"},
            {"weight", exact_number(step.weight)},
            {"weight_exact", step.weight.exact_string()},
            {"parent", step.parent ? Json(step.parent->id) : Json(nullptr)},
            {"base", exact_number(step.base)},
            {"points", exact_number(step.points)}};
  }

  static Json write(const NotEvaluatedStep& step) {
    return {{"step", "not-evaluated"},
            {"status", status_id(step.status)},
            {"dimension", step.dimension ? Json(step.dimension->id) : Json(nullptr)},
            {"scope", ids_json(step.scope)},
            {"max", exact_number(step.max)}};
  }

  Json write(const LimitStep& step) const {
    Json out = {{"step", "limit"}};
    out.update(limit(step.limit));
    value(out, "raw", step.raw);
    value(out, "earned", step.earned);
    return out;
  }

  // A rated item: its rating ("na" with the reason when it does not apply).
  static Json rated_item(const ItemResult& item) {
    const RatedItemResult& rated = std::get<RatedItemResult>(item.outcome);
    return {{"id", item.item->id},
            {"rating", rated.rating ? Json(rated.rating->id) : Json("na")},
            {"value", rated.rating ? exact_number(rated.rating->value) : Json(nullptr)},
            {"direct_score", std::get<RatedItem>(item.item->kind).direct_score},
            {"note", text_or_null(rated.note)},
            {"reason", text_or_null(rated.reason)},
            {"evidence", rated.evidence}};
  }

  Json write(const MeanStep& step) const {
    Json items = Json::array();
    for (const ItemResult* item : step.items) items.push_back(rated_item(*item));
    Json out = {{"step", "mean"}, {"formula", "A.4"}, {"items", std::move(items)}, {"m", step.rated}};
    value(out, "sum", step.sum);
    value(out, "mean", step.rated == 0 ? std::nullopt : std::optional(step.mean));
    return out;
  }

  Json write(const DirectScoreStep& step) const {
    Json out = {{"step", "direct-score"},
                {"item", step.item->item->id},
                {"rating", step.rating ? exact_number(*step.rating) : Json(nullptr)}};
    value(out, "mean", step.mean);
    value(out, "x", step.satisfaction);
    out["applied"] = step.applied;
    return out;
  }

  Json write(const PointsStep& step) const {
    Json out = {{"step", "points"}};
    value(out, "x", step.satisfaction);
    out["points"] = exact_number(step.points);
    value(out, "earned", step.earned);
    return out;
  }

  // A rule item: the fact as recorded, the rule, how it gave the points.
  Json rule_item(const ItemResult& item) const {
    const RuleItemResult& outcome = std::get<RuleItemResult>(item.outcome);
    const RuleItem& rule = std::get<RuleItem>(item.item->kind);
    const Text description = describe(rule.rule);
    Json out = {{"id", item.item->id},
                {"fact", outcome.fact ? fact_json(*outcome.fact) : Json(nullptr)},
                {"rule",
                 {{"type", rule_type_name(rule.rule)},
                  {"description", description.zh},
                  {"description_en", description.en}}},
                {"explanation", outcome.explanation.zh},
                {"explanation_en", outcome.explanation.en}};
    value(out, "points", outcome.points);
    out["max"] = rule.points ? exact_number(*rule.points) : Json(nullptr);
    out["note"] = text_or_null(outcome.note);
    return out;
  }

  Json write(const ItemPointsStep& step) const {
    Json items = Json::array();
    for (const ItemResult* item : step.items) items.push_back(rule_item(*item));
    Json out = {{"step", "item-points"}, {"items", std::move(items)}};
    value(out, "sum", step.sum);
    out["max"] = exact_number(explanation_.indicator->points);
    return out;
  }

  Json write(const RuleStep& step) const {
    const RuleItem& rule = std::get<RuleItem>(step.item->item->kind);
    Json item = rule_item(*step.item);
    item["basis"] = text_or_null(rule.basis);
    item["decision"] = text_or_null(rule.decision);
    item["evidence"] = std::get<RuleItemResult>(step.item->outcome).evidence;
    return {{"step", "rule"}, {"item", std::move(item)}};
  }

  Json write(const RatingShareStep& step) const {
    Json out = {{"step", "rating-share"}, {"item", rated_item(*step.item)}, {"m", step.rated}};
    value(out, "share", step.share);
    value(out, "mean", step.mean);
    return out;
  }

  const Explanation& explanation_;
  const Precision& precision_;
};

// What is explained: the composite, an indicator or an item.
Json explained_json(const Explanation& explanation) {
  if (!explanation.indicator) return {{"kind", "composite"}};
  const Indicator& indicator = *explanation.indicator;
  if (explanation.item) {
    return {{"kind", "item"}, {"id", explanation.item->id}, {"indicator", indicator.id}, {"text", explanation.item->text}};
  }
  return {{"kind", "indicator"},
          {"id", indicator.id},
          {"level", indicator.level},
          {"name", indicator.name},
          {"name_en", indicator.name_en},
          {"max", exact_number(indicator.points)}};
}

}  // namespace

std::string render_explain_json(const Explanation& explanation) {
  const ScoreResult& result = *explanation.result;
  Json out;
  out["scheme"] = scheme_json(*result.scheme);
  if (result.scheme->weighted()) out["weights"] = weights_json(*result.scheme);
  out["assessment"] = {{"file", result.file},
                       {"city", result.city},
                       {"period", result.period.empty() ? Json(nullptr) : Json(result.period)}};
  out["explained"] = explained_json(explanation);
  out["steps"] = StepWriter(explanation).steps();
  out["generator"] = generator_json();
  return dump_json(out, 2) + "\n";
}

}  // namespace cityseceval
