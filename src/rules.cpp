#include "cityseceval/rules.h"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "overloaded.h"
#include "rule_numbers.h"

namespace cityseceval {

namespace {

// The ratio as a factor in a product: "5/8" or "0.625".
std::string ratio_factor(const Fact& fact) {
  if (fact.numerator && fact.denominator)
    return fmt::format("{}/{}", rule_number(*fact.numerator), rule_number(*fact.denominator));
  return rule_number(fact.number);
}

bool meets(const RatioThreshold& threshold, const Rational& ratio) {
  return threshold.inclusive ? ratio >= threshold.at : ratio > threshold.at;
}

// "得 2 分" / "扣 1 分".
std::string zh_points(const Rational& points) {
  if (points < Rational(0)) return fmt::format("扣 {} 分", rule_number(Rational(0) - points));
  return fmt::format("得 {} 分", rule_number(points));
}

std::string rounding_zh(Rounding rounding) { return rounding == Rounding::half_up ? "四舍五入" : "四舍六入五成双"; }
std::string rounding_en(Rounding rounding) { return rounding == Rounding::half_up ? "half up" : "half to even"; }

// "3 + 0 + 3 = 6", "3 - 0.5 + 3 = 5.5".
std::string sum_text(const std::vector<Rational>& terms, const Rational& total) {
  std::string text;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    if (i == 0) {
      text = rule_number(terms[i]);
    } else if (terms[i] < Rational(0)) {
      text += " - " + rule_number(Rational(0) - terms[i]);
    } else {
      text += " + " + rule_number(terms[i]);
    }
  }
  return fmt::format("{} = {}", text, rule_number(total));
}

RuleOutcome outcome(Rational points, std::string zh, std::string en) {
  return {std::move(points), {std::move(zh), std::move(en)}};
}

void expect_kind(const Fact& fact, FactKind kind) {
  if (fact.kind != kind) throw std::invalid_argument("evaluate: the fact does not have the shape the rule reads");
}

RuleOutcome evaluate_present(const PresentRule& rule, const Fact& fact) {
  if (fact.yes)
    return outcome(rule.points, fmt::format("有 → {}", rule_number(rule.points)),
                   fmt::format("yes → {}", rule_number(rule.points)));
  return outcome(rule.absent, fmt::format("无 → {}", rule_number(rule.absent)),
                 fmt::format("no → {}", rule_number(rule.absent)));
}

RuleOutcome evaluate_per_count(const PerCountRule& rule, const Fact& fact) {
  Rational product = fact.number * rule.each;
  std::string count = rule_number(fact.number);
  std::string each = rule_number(rule.each);
  if (!rule.cap) {
    return outcome(product, fmt::format("{} 件 × {} → {}", count, each, rule_number(product)),
                   fmt::format("{} × {} → {}", count, each, rule_number(product)));
  }
  std::string cap = rule_number(*rule.cap);
  if (product > *rule.cap) {
    return outcome(*rule.cap, fmt::format("{} 件 × {} = {}，上限 {} → {}", count, each, rule_number(product), cap, cap),
                   fmt::format("{} × {} = {}, capped at {} → {}", count, each, rule_number(product), cap, cap));
  }
  return outcome(product, fmt::format("{} 件 × {}，上限 {} → {}", count, each, cap, rule_number(product)),
                 fmt::format("{} × {}, capped at {} → {}", count, each, cap, rule_number(product)));
}

// {exists: true|false} with no ratio: no base to count against, so no
// threshold can be met; having one at all is what earns `any`.
RuleOutcome evaluate_existence(const RatioThresholdsRule& rule, bool exists) {
  Rational points = exists && rule.any ? *rule.any : Rational(0);
  std::string value = rule_number(points);
  if (exists) return outcome(points, fmt::format("有（无基数）→ {}", value), fmt::format("exists (no base) → {}", value));
  return outcome(points, fmt::format("无 → {}", value), fmt::format("none → {}", value));
}

// What the assessor said about existence, before the ratio: "有，比例 0/12 = 0%...";
// nothing when unsaid.
Text existence_said(const Fact& fact) {
  if (!fact.exists) return {};
  return *fact.exists ? Text{"有，", "exists, "} : Text{"无，", "none, "};
}

RuleOutcome evaluate_ratio_thresholds(const RatioThresholdsRule& rule, const Fact& fact) {
  if (!fact.has_ratio()) return evaluate_existence(rule, *fact.exists);
  const Rational& ratio = fact.number;
  std::string value = rule_ratio_text(fact);
  std::string zh = existence_said(fact).zh + "比例 " + value;
  std::string en = existence_said(fact).en + "ratio " + value;
  std::size_t met = rule.thresholds.size();  // none yet
  for (std::size_t i = 0; i < rule.thresholds.size(); ++i) {
    if (meets(rule.thresholds[i], ratio)) met = i;
  }
  if (met < rule.thresholds.size()) {
    const RatioThreshold& threshold = rule.thresholds[met];
    zh += fmt::format("，达到 {}", threshold_bound(threshold));
    en += fmt::format(", meets {}", threshold_bound(threshold));
    if (met + 1 < rule.thresholds.size()) {
      zh += fmt::format("，未达 {}", threshold_bound(rule.thresholds[met + 1]));
      en += fmt::format(", below {}", threshold_bound(rule.thresholds[met + 1]));
    }
    std::string points = rule_number(threshold.points);
    return outcome(threshold.points, fmt::format("{} → {}", zh, points), fmt::format("{} → {}", en, points));
  }
  std::string lowest = rule.thresholds.empty() ? std::string("—") : threshold_bound(rule.thresholds.front());
  zh += fmt::format("，未达 {}", lowest);
  en += fmt::format(", below {}", lowest);
  if (rule.any && fact.exists.value_or(ratio > Rational(0))) {
    // Unsaid, the ratio above 0 is what shows it exists.
    if (!fact.exists) {
      zh += "，但大于 0";
      en += " but above 0";
    }
    std::string points = rule_number(*rule.any);
    return outcome(*rule.any, fmt::format("{} → {}", zh, points), fmt::format("{} → {}", en, points));
  }
  return outcome(Rational(0), zh + " → 0", en + " → 0");
}

RuleOutcome evaluate_count_tiers(const CountTiersRule& rule, const Fact& fact) {
  const Rational& count = fact.number;
  if (count == Rational(0)) {
    return outcome(rule.zero, fmt::format("数量 0 → {}", rule_number(rule.zero)),
                   fmt::format("count 0 → {}", rule_number(rule.zero)));
  }
  for (std::size_t i = 0; i < rule.tiers.size(); ++i) {
    const CountTier& tier = rule.tiers[i];
    if (count < tier.min) continue;
    std::string zh = fmt::format("数量 {}，达到 ≥ {}", rule_number(count), rule_number(tier.min));
    std::string en = fmt::format("count {}, meets ≥ {}", rule_number(count), rule_number(tier.min));
    if (i > 0) {
      zh += fmt::format("，未达 ≥ {}", rule_number(rule.tiers[i - 1].min));
      en += fmt::format(", below ≥ {}", rule_number(rule.tiers[i - 1].min));
    }
    std::string points = rule_number(tier.points);
    return outcome(tier.points, fmt::format("{} → {}", zh, points), fmt::format("{} → {}", en, points));
  }
  std::string lowest = rule.tiers.empty() ? std::string("—") : rule_number(rule.tiers.back().min);
  return outcome(Rational(0), fmt::format("数量 {}，未达 ≥ {} → 0", rule_number(count), lowest),
                 fmt::format("count {}, below ≥ {} → 0", rule_number(count), lowest));
}

RuleOutcome evaluate_proportional(const ProportionalRule& rule, const Fact& fact) {
  if (!fact.has_ratio()) throw std::invalid_argument("evaluate: a proportional rule needs a ratio");
  Rational exact = rule.points * fact.number;
  Rational points = exact.rounded(rule.decimals, rule.rounding);
  std::string product = fmt::format("{} × {} = {}", rule_number(rule.points), ratio_factor(fact), rule_number(exact));
  return outcome(points,
                 fmt::format("{}，保留 {} 位小数（{}）→ {}", product, rule.decimals, rounding_zh(rule.rounding),
                             rule_number(points)),
                 fmt::format("{}, rounded {} to {} decimal{} → {}", product, rounding_en(rule.rounding), rule.decimals,
                             rule.decimals == 1 ? "" : "s", rule_number(points)));
}

RuleOutcome evaluate_choice(const ChoiceRule& rule, const Fact& fact) {
  const ChoiceOutcome* chosen = rule.find(fact.outcome);
  if (!chosen) throw std::invalid_argument("evaluate: the fact names an outcome the choice rule does not have");
  std::string points = rule_number(chosen->points);
  return outcome(chosen->points, fmt::format("{} → {}", chosen->name, points),
                 fmt::format("{} → {}", chosen->id, points));
}

RuleOutcome evaluate_per_missing(const PerMissingRule& rule, const Fact& fact) {
  if (fact.missing.empty()) return outcome(Rational(0), "无缺项 → 0", "none missing → 0");
  std::vector<std::string> names;
  for (const std::string& id : fact.missing) {
    const MissingCandidate* candidate = rule.find(id);
    names.push_back(candidate ? candidate->name : id);
  }
  Rational count(static_cast<long>(fact.missing.size()));
  Rational points = count * rule.each;
  return outcome(points,
                 fmt::format("缺 {} 项（{}）× {} → {}", rule_number(count), fmt::join(names, "、"),
                             rule_number(rule.each), rule_number(points)),
                 fmt::format("{} missing ({}) × {} → {}", rule_number(count), fmt::join(fact.missing, ", "),
                             rule_number(rule.each), rule_number(points)));
}

RuleOutcome evaluate_add_on(const AddOnRule& rule, const Fact& fact) {
  if (fact.yes)
    return outcome(rule.points, fmt::format("有 → {}", rule_number(rule.points)),
                   fmt::format("yes → {}", rule_number(rule.points)));
  return outcome(Rational(0), "无 → 0", "no → 0");
}

RuleOutcome evaluate_score(const Fact& fact, std::string_view zh_word, std::string_view en_word) {
  std::string score = rule_number(fact.number);
  return outcome(fact.number, fmt::format("{} {} → {}", zh_word, score, score),
                 fmt::format("{} {} → {}", en_word, score, score));
}

RuleOutcome evaluate_composite(const CompositeRule& rule, const Fact& fact) {
  std::vector<std::string> zh;
  std::vector<std::string> en;
  std::vector<Rational> terms;
  Rational total;
  for (const RulePart& part : rule.parts) {
    auto found = std::find_if(fact.parts.begin(), fact.parts.end(),
                              [&](const FactPart& fact_part) { return fact_part.name == part.name; });
    if (found == fact.parts.end()) throw std::invalid_argument("evaluate: the composite fact lacks part " + part.name);
    RuleOutcome result = evaluate(part.rule, found->fact);
    zh.push_back(fmt::format("{}：{}", part.name, result.explanation.zh));
    en.push_back(fmt::format("{}: {}", part.name, result.explanation.en));
    terms.push_back(result.points);
    total += result.points;
  }
  std::string sum = sum_text(terms, total);
  return outcome(total, fmt::format("{}；合计 {}", fmt::join(zh, "；"), sum),
                 fmt::format("{}; total {}", fmt::join(en, "; "), sum));
}

// Every value a rule can give, for rule_max and rule_min; nullopt when unbounded.
std::optional<std::vector<Rational>> possible_points(const Rule& rule);

std::optional<std::vector<Rational>> composite_bounds(const CompositeRule& rule) {
  Rational low;
  Rational high;
  for (const RulePart& part : rule.parts) {
    std::optional<Rational> part_min = rule_min(part.rule);
    std::optional<Rational> part_max = rule_max(part.rule);
    if (!part_min || !part_max) return std::nullopt;
    low += *part_min;
    high += *part_max;
  }
  return std::vector<Rational>{low, high};
}

std::optional<std::vector<Rational>> possible_points(const Rule& rule) {
  using Values = std::optional<std::vector<Rational>>;
  return std::visit(overloaded{
                        [](const PresentRule& r) -> Values {
                          return std::vector<Rational>{r.points, r.absent};
                        },
                        [](const PerCountRule& r) -> Values {
                          if (!(r.each > Rational(0)) || !r.cap) return std::nullopt;
                          return std::vector<Rational>{Rational(0), *r.cap};
                        },
                        [](const RatioThresholdsRule& r) -> Values {
                          std::vector<Rational> values;
                          for (const RatioThreshold& threshold : r.thresholds) {
                            // A threshold only "> 100%" is never met.
                            if (threshold.inclusive || threshold.at < Rational(1)) values.push_back(threshold.points);
                          }
                          // A ratio of 0 meets no threshold unless one is "≥ 0%".
                          bool zero_met = !r.thresholds.empty() && r.thresholds.front().at == Rational(0) &&
                                          r.thresholds.front().inclusive;
                          if (!zero_met) values.push_back(Rational(0));
                          // With `any`, {exists: true} and no ratio earns it, {exists: false} 0.
                          if (r.any) values.insert(values.end(), {*r.any, Rational(0)});
                          return values;
                        },
                        [](const CountTiersRule& r) -> Values {
                          std::vector<Rational> values{r.zero};
                          for (const CountTier& tier : r.tiers) values.push_back(tier.points);
                          if (r.tiers.empty() || r.tiers.back().min > Rational(1)) values.push_back(Rational(0));
                          return values;
                        },
                        [](const ProportionalRule& r) -> Values {
                          return std::vector<Rational>{Rational(0), r.points.rounded(r.decimals, r.rounding)};
                        },
                        [](const ChoiceRule& r) -> Values {
                          std::vector<Rational> values;
                          for (const ChoiceOutcome& choice : r.outcomes) values.push_back(choice.points);
                          return values;
                        },
                        [](const PerMissingRule& r) -> Values {
                          return std::vector<Rational>{Rational(0), r.each * Rational(static_cast<long>(r.of.size()))};
                        },
                        [](const AddOnRule& r) -> Values {
                          return std::vector<Rational>{Rational(0), r.points};
                        },
                        [](const ExternalRule& r) -> Values {
                          return std::vector<Rational>{r.min, r.max};
                        },
                        [](const JudgementRule& r) -> Values {
                          return std::vector<Rational>{r.min, r.max};
                        },
                        [](const CompositeRule& r) -> Values { return composite_bounds(r); },
                    },
                    rule.spec);
}


std::string describe_zh(const Rule& rule) {
  return std::visit(overloaded{
                        [](const PresentRule& r) {
                          if (r.absent == Rational(0)) return fmt::format("有{}", zh_points(r.points));
                          return fmt::format("有{}，无{}", zh_points(r.points), zh_points(r.absent));
                        },
                        [](const PerCountRule& r) {
                          if (!r.cap) return fmt::format("有一件{}", zh_points(r.each));
                          return fmt::format("有一件{}，加满 {} 分止", zh_points(r.each), rule_number(*r.cap));
                        },
                        [](const RatioThresholdsRule& r) {
                          std::vector<std::string> steps;
                          for (const RatioThreshold& t : r.thresholds)
                            steps.push_back(fmt::format("{} {}", threshold_bound(t), zh_points(t.points)));
                          std::string text = fmt::format("比例 {}", fmt::join(steps, "，"));
                          if (r.any) text += fmt::format("；未达标但有即{}", zh_points(*r.any));
                          return text;
                        },
                        [](const CountTiersRule& r) {
                          std::vector<std::string> steps;
                          for (const CountTier& t : r.tiers)
                            steps.push_back(fmt::format("≥ {} {}", rule_number(t.min), zh_points(t.points)));
                          return fmt::format("数量 {}，为 0 {}", fmt::join(steps, "，"), zh_points(r.zero));
                        },
                        [](const ProportionalRule& r) {
                          return fmt::format("按比例得分，满分 {} 分，保留 {} 位小数（{}）", rule_number(r.points),
                                             r.decimals, rounding_zh(r.rounding));
                        },
                        [](const ChoiceRule& r) {
                          std::vector<std::string> steps;
                          for (const ChoiceOutcome& o : r.outcomes)
                            steps.push_back(fmt::format("{}{}", o.name, zh_points(o.points)));
                          return fmt::format("{}", fmt::join(steps, "，"));
                        },
                        [](const PerMissingRule& r) {
                          std::vector<std::string> names;
                          for (const MissingCandidate& c : r.of) names.push_back(c.name);
                          return fmt::format("每缺一项{}（{}）", zh_points(r.each), fmt::join(names, "、"));
                        },
                        [](const AddOnRule& r) { return fmt::format("有则加 {} 分", rule_number(r.points)); },
                        [](const ExternalRule& r) {
                          return fmt::format("外部评分 {} 至 {} 分（来源：{}）", rule_number(r.min), rule_number(r.max),
                                             r.source);
                        },
                        [](const JudgementRule& r) {
                          return fmt::format("评定 {} 至 {} 分，以 {} 分为一档，须说明理由", rule_number(r.min),
                                             rule_number(r.max), rule_number(r.step));
                        },
                        [](const CompositeRule& r) {
                          std::vector<std::string> parts;
                          for (const RulePart& p : r.parts)
                            parts.push_back(fmt::format("{}：{}", p.name, describe_zh(p.rule)));
                          return fmt::format("{}", fmt::join(parts, "；"));
                        },
                    },
                    rule.spec);
}

std::string describe_en(const Rule& rule) {
  return std::visit(overloaded{
                        [](const PresentRule& r) {
                          if (r.absent == Rational(0)) return fmt::format("{} if yes", rule_number(r.points));
                          return fmt::format("{} if yes, {} if not", rule_number(r.points), rule_number(r.absent));
                        },
                        [](const PerCountRule& r) {
                          if (!r.cap) return fmt::format("{} per occurrence", rule_number(r.each));
                          return fmt::format("{} per occurrence, at most {}", rule_number(r.each), rule_number(*r.cap));
                        },
                        [](const RatioThresholdsRule& r) {
                          std::vector<std::string> steps;
                          for (const RatioThreshold& t : r.thresholds)
                            steps.push_back(fmt::format("{}: {}", threshold_bound(t), rule_number(t.points)));
                          std::string text = fmt::format("ratio {}", fmt::join(steps, ", "));
                          if (r.any) text += fmt::format("; otherwise {} if there is any", rule_number(*r.any));
                          return text;
                        },
                        [](const CountTiersRule& r) {
                          std::vector<std::string> steps;
                          for (const CountTier& t : r.tiers)
                            steps.push_back(fmt::format("≥ {}: {}", rule_number(t.min), rule_number(t.points)));
                          return fmt::format("count {}, 0: {}", fmt::join(steps, ", "), rule_number(r.zero));
                        },
                        [](const ProportionalRule& r) {
                          return fmt::format("{} × the ratio, rounded {} to {} decimal{}", rule_number(r.points),
                                             rounding_en(r.rounding), r.decimals, r.decimals == 1 ? "" : "s");
                        },
                        [](const ChoiceRule& r) {
                          std::vector<std::string> steps;
                          for (const ChoiceOutcome& o : r.outcomes)
                            steps.push_back(fmt::format("{}: {}", o.id, rule_number(o.points)));
                          return fmt::format("{}", fmt::join(steps, ", "));
                        },
                        [](const PerMissingRule& r) {
                          std::vector<std::string> ids;
                          for (const MissingCandidate& c : r.of) ids.push_back(c.id);
                          return fmt::format("{} per missing one of {}", rule_number(r.each), fmt::join(ids, ", "));
                        },
                        [](const AddOnRule& r) { return fmt::format("+{} if yes", rule_number(r.points)); },
                        [](const ExternalRule& r) {
                          return fmt::format("external score from {} to {} (source: {})", rule_number(r.min),
                                             rule_number(r.max), r.source);
                        },
                        [](const JudgementRule& r) {
                          return fmt::format("judged from {} to {} in steps of {}, with a note saying why",
                                             rule_number(r.min), rule_number(r.max), rule_number(r.step));
                        },
                        [](const CompositeRule& r) {
                          std::vector<std::string> parts;
                          for (const RulePart& p : r.parts)
                            parts.push_back(fmt::format("{}: {}", p.name, describe_en(p.rule)));
                          return fmt::format("{}", fmt::join(parts, "; "));
                        },
                    },
                    rule.spec);
}

}  // namespace

const ChoiceOutcome* ChoiceRule::find(std::string_view id) const {
  for (const ChoiceOutcome& outcome : outcomes) {
    if (outcome.id == id) return &outcome;
  }
  return nullptr;
}

const MissingCandidate* PerMissingRule::find(std::string_view id) const {
  for (const MissingCandidate& candidate : of) {
    if (candidate.id == id) return &candidate;
  }
  return nullptr;
}

const std::vector<std::string>& rule_type_names() {
  // In the order of Rule::spec's alternatives.
  static const std::vector<std::string> names = {"present",      "per-count", "ratio-thresholds", "count-tiers",
                                                 "proportional", "choice",    "per-missing",      "add-on",
                                                 "external",     "judgement", "composite"};
  return names;
}

std::string_view rule_type_name(const Rule& rule) { return rule_type_names()[rule.spec.index()]; }

bool scores_existence(const Rule& rule) {
  const auto* thresholds = std::get_if<RatioThresholdsRule>(&rule.spec);
  return thresholds && thresholds->any;
}

FactKind fact_kind(const Rule& rule) {
  return std::visit(overloaded{
                        [](const PresentRule&) { return FactKind::boolean; },
                        [](const PerCountRule&) { return FactKind::count; },
                        [](const RatioThresholdsRule&) { return FactKind::ratio; },
                        [](const CountTiersRule&) { return FactKind::count; },
                        [](const ProportionalRule&) { return FactKind::ratio; },
                        [](const ChoiceRule&) { return FactKind::choice; },
                        [](const PerMissingRule&) { return FactKind::missing; },
                        [](const AddOnRule&) { return FactKind::boolean; },
                        [](const ExternalRule&) { return FactKind::score; },
                        [](const JudgementRule&) { return FactKind::score; },
                        [](const CompositeRule&) { return FactKind::parts; },
                    },
                    rule.spec);
}

Text describe(const Rule& rule) { return {describe_zh(rule), describe_en(rule)}; }

std::optional<Rational> rule_max(const Rule& rule) {
  std::optional<std::vector<Rational>> values = possible_points(rule);
  if (!values || values->empty()) return std::nullopt;
  return *std::max_element(values->begin(), values->end());
}

std::optional<Rational> rule_min(const Rule& rule) {
  std::optional<std::vector<Rational>> values = possible_points(rule);
  if (!values || values->empty()) return std::nullopt;
  return *std::min_element(values->begin(), values->end());
}

Fact Fact::count(const Rational& count) {
  Fact fact;
  fact.kind = FactKind::count;
  fact.number = count;
  return fact;
}

Fact Fact::ratio(long numerator, long denominator) {
  Fact fact;
  fact.kind = FactKind::ratio;
  fact.numerator = Rational(numerator);
  fact.denominator = Rational(denominator);
  fact.number = Rational(numerator, denominator);
  return fact;
}

Fact Fact::ratio(const Rational& value) {
  Fact fact;
  fact.kind = FactKind::ratio;
  fact.number = value;
  return fact;
}

Fact Fact::choice(std::string outcome) {
  Fact fact;
  fact.kind = FactKind::choice;
  fact.outcome = std::move(outcome);
  return fact;
}

RuleOutcome evaluate(const Rule& rule, const Fact& fact) {
  expect_kind(fact, fact_kind(rule));
  return std::visit(overloaded{
                        [&](const PresentRule& r) { return evaluate_present(r, fact); },
                        [&](const PerCountRule& r) { return evaluate_per_count(r, fact); },
                        [&](const RatioThresholdsRule& r) { return evaluate_ratio_thresholds(r, fact); },
                        [&](const CountTiersRule& r) { return evaluate_count_tiers(r, fact); },
                        [&](const ProportionalRule& r) { return evaluate_proportional(r, fact); },
                        [&](const ChoiceRule& r) { return evaluate_choice(r, fact); },
                        [&](const PerMissingRule& r) { return evaluate_per_missing(r, fact); },
                        [&](const AddOnRule& r) { return evaluate_add_on(r, fact); },
                        [&](const ExternalRule&) { return evaluate_score(fact, "外部评分", "external score"); },
                        [&](const JudgementRule&) { return evaluate_score(fact, "评定", "judged"); },
                        [&](const CompositeRule& r) { return evaluate_composite(r, fact); },
                    },
                    rule.spec);
}

Rational least_points(const Rule& rule) {
  if (const auto* composite = std::get_if<CompositeRule>(&rule.spec)) {
    Rational sum;
    for (const RulePart& part : composite->parts) sum += least_points(part.rule);
    return sum;
  }
  return rule_min(rule).value_or(Rational(0));
}

bool claims_points(const Rule& rule, const Fact& fact) { return evaluate(rule, fact).points > least_points(rule); }

std::vector<std::string> evidence_of(const Fact& fact) {
  std::vector<std::string> all = fact.evidence;
  for (const FactPart& part : fact.parts) {
    for (std::string& piece : evidence_of(part.fact)) {
      if (std::find(all.begin(), all.end(), piece) == all.end()) all.push_back(std::move(piece));
    }
  }
  return all;
}

}  // namespace cityseceval
