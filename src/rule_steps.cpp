#include "rule_steps.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <stdexcept>
#include <vector>

#include "overloaded.h"
#include "rule_numbers.h"

namespace cityseceval {

namespace {

Rational ceil_whole(const Rational& value) {
  mpz_class whole;
  mpz_cdiv_q(whole.get_mpz_t(), value.mpq().get_num_mpz_t(), value.mpq().get_den_mpz_t());
  return Rational(mpq_class(whole));
}

Rational floor_whole(const Rational& value) {
  mpz_class whole;
  mpz_fdiv_q(whole.get_mpz_t(), value.mpq().get_num_mpz_t(), value.mpq().get_den_mpz_t());
  return Rational(mpq_class(whole));
}

// A fact the rule could read instead of the one recorded, and what changed.
struct Candidate {
  Fact fact;
  Text lead;  // empty when the rule's explanation says it all ("有 → 2")
};

Text joined(const Text& lead, const Text& explanation) {
  if (lead.zh.empty()) return explanation;
  return {lead.zh + "：" + explanation.zh, lead.en + ": " + explanation.en};
}

RuleStep step_of(const Rule& rule, const Candidate& candidate) {
  return {candidate.fact, joined(candidate.lead, evaluate(rule, candidate.fact).explanation), false};
}

// The candidate earning the least more than `now` (the next step), or the
// most (the rule's maximum); the first of equals, so candidates go in the
// order a reader expects (smaller changes first).
const Candidate* pick(const Rule& rule, const std::vector<Candidate>& candidates, const Rational& now, bool most) {
  const Candidate* best = nullptr;
  Rational best_points;
  for (const Candidate& candidate : candidates) {
    Rational points = evaluate(rule, candidate.fact).points;
    if (!(points > now)) continue;
    if (!best || (most ? points > best_points : points < best_points)) {
      best = &candidate;
      best_points = std::move(points);
    }
  }
  return best;
}

Fact with_yes(const Fact& fact) {
  Fact raised = fact;
  raised.yes = true;
  return raised;
}

// The ratio n/d with the fact's denominator; `exists` follows (never false above 0).
Fact with_numerator(const Fact& fact, const Rational& numerator) {
  Fact raised = fact;
  raised.numerator = numerator;
  raised.number = numerator / *fact.denominator;
  if (raised.exists) raised.exists = true;
  return raised;
}

// A ratio without counts; `exists` is then unsaid (a ratio above 0 says it).
Fact with_ratio(const Fact& fact, const Rational& ratio) {
  Fact raised = fact;
  raised.number = ratio;
  raised.numerator.reset();
  raised.denominator.reset();
  raised.exists.reset();
  return raised;
}

bool has_counts(const Fact& fact) { return fact.numerator && fact.denominator; }

std::string counts_text(const Rational& numerator, const Rational& denominator) {
  return rule_number(numerator) + "/" + rule_number(denominator);
}

std::vector<Candidate> per_count_candidates(const PerCountRule& rule, const Fact& fact, const Rational& ceiling) {
  if (!(rule.each > Rational(0))) return {};
  // From this count on, more adds nothing.
  const Rational most = ceil_whole(rule.cap.value_or(ceiling) / rule.each);
  if (fact.number >= most) return {};
  Fact next = fact;
  next.number = fact.number + Rational(1);
  Fact full = fact;
  full.number = most;
  std::string count = rule_number(most);
  return {{next, {"再有 1 件", "one more"}}, {full, {fmt::format("共 {} 件", count), fmt::format("{} in all", count)}}};
}

std::vector<Candidate> ratio_threshold_candidates(const RatioThresholdsRule& rule, const Fact& fact) {
  std::vector<Candidate> candidates;
  if (rule.any) {
    Fact exists = fact;
    exists.exists = true;
    candidates.push_back({exists, {"有即可", "having any at all"}});
  }
  for (std::size_t i = 0; i < rule.thresholds.size(); ++i) {
    const RatioThreshold& threshold = rule.thresholds[i];
    const std::string bound = threshold_bound(threshold);
    if (has_counts(fact)) {
      const Rational& denominator = *fact.denominator;
      // The smallest count that meets it.
      Rational numerator = threshold.inclusive ? ceil_whole(threshold.at * denominator)
                                               : floor_whole(threshold.at * denominator) + Rational(1);
      if (numerator > denominator) continue;
      std::string counts = counts_text(numerator, denominator);
      candidates.push_back(
          {with_numerator(fact, numerator),
           {fmt::format("达到 {}（{}）", bound, counts), fmt::format("reaching {} ({})", bound, counts)}});
    } else {
      // No counts: the threshold itself, or above a "> at" one, half way to the next.
      if (!threshold.inclusive && threshold.at >= Rational(1)) continue;
      Rational above = i + 1 < rule.thresholds.size() ? rule.thresholds[i + 1].at : Rational(1);
      Rational ratio = threshold.inclusive ? threshold.at : (threshold.at + above) / Rational(2);
      candidates.push_back(
          {with_ratio(fact, ratio), {fmt::format("达到 {}", bound), fmt::format("reaching {}", bound)}});
    }
  }
  if (has_counts(fact)) {
    std::string counts = counts_text(*fact.denominator, *fact.denominator);
    candidates.push_back({with_numerator(fact, *fact.denominator),
                          {fmt::format("达到 100%（{}）", counts), fmt::format("reaching 100% ({})", counts)}});
  } else {
    candidates.push_back({with_ratio(fact, Rational(1)), {"达到 100%", "reaching 100%"}});
  }
  return candidates;
}

std::vector<Candidate> count_tier_candidates(const CountTiersRule& rule, const Fact& fact) {
  std::set<Rational> counts = {Rational(1)};
  for (const CountTier& tier : rule.tiers) counts.insert(tier.min);
  std::vector<Candidate> candidates;
  for (const Rational& count : counts) {
    if (count <= fact.number) continue;
    std::string text = rule_number(count);
    candidates.push_back({Fact::count(count), {fmt::format("数量达到 {}", text), fmt::format("a count of {}", text)}});
    candidates.back().fact.note = fact.note;
    candidates.back().fact.evidence = fact.evidence;
    candidates.back().fact.location = fact.location;
  }
  return candidates;
}

Candidate ratio_candidate(const Fact& raised) {
  std::string text = rule_ratio_text(raised);
  return {raised, {fmt::format("达到 {}", text), fmt::format("reaching {}", text)}};
}

// The next reported value (one unit of the rule's decimals up) at the
// smallest count that gives it; without counts, at the ratio that gives it
// exactly; and the whole ratio.
std::vector<Candidate> proportional_candidates(const ProportionalRule& rule, const Fact& fact) {
  if (!(rule.points > Rational(0)) || !fact.has_ratio()) return {};
  const Rule as_rule{rule, {}};
  const Rational now = evaluate(as_rule, fact).points;
  Rational step(1);
  for (int i = 0; i < rule.decimals; ++i) step = step / Rational(10);
  const Rational next = now + step;
  std::vector<Candidate> candidates;
  if (has_counts(fact)) {
    const Rational& denominator = *fact.denominator;
    Rational numerator = ceil_whole((next - step / Rational(2)) * denominator / rule.points);
    if (numerator <= *fact.numerator) numerator = *fact.numerator + Rational(1);
    while (numerator < denominator && evaluate(as_rule, with_numerator(fact, numerator)).points < next) {
      numerator = numerator + Rational(1);
    }
    if (numerator > denominator) numerator = denominator;
    candidates.push_back(ratio_candidate(with_numerator(fact, numerator)));
    candidates.push_back(ratio_candidate(with_numerator(fact, denominator)));
  } else {
    Rational ratio = std::min(next / rule.points, Rational(1));
    candidates.push_back(ratio_candidate(with_ratio(fact, ratio)));
    candidates.push_back(ratio_candidate(with_ratio(fact, Rational(1))));
  }
  return candidates;
}

std::vector<Candidate> choice_candidates(const ChoiceRule& rule, const Fact& fact) {
  std::vector<Candidate> candidates;
  for (const ChoiceOutcome& outcome : rule.outcomes) {
    Fact chosen = fact;
    chosen.outcome = outcome.id;
    candidates.push_back({chosen, {}});
  }
  return candidates;
}

std::vector<Candidate> per_missing_candidates(const PerMissingRule& rule, const Fact& fact) {
  if (fact.missing.empty()) return {};
  const std::string& first = fact.missing.front();
  const MissingCandidate* named = rule.find(first);
  std::string cost = rule_number(Rational(0) - rule.each);
  Fact one = fact;
  one.missing.erase(one.missing.begin());
  Fact all = fact;
  all.missing.clear();
  std::string count = std::to_string(fact.missing.size());
  return {{one,
           {fmt::format("每缺 1 项扣 {} 分，补上{}", cost, named ? named->name : first),
            fmt::format("each missing one costs {}; adding {}", cost, first)}},
          {all, {fmt::format("补齐全部 {} 项", count), fmt::format("adding all {}", count)}}};
}

std::vector<Candidate> judgement_candidates(const JudgementRule& rule, const Fact& fact) {
  if (fact.number >= rule.max) return {};
  Fact up = fact;
  up.number = std::min(fact.number + rule.step, rule.max);
  Fact top = fact;
  top.number = rule.max;
  std::string step = rule_number(rule.step);
  std::string max = rule_number(rule.max);
  return {{up, {fmt::format("提高一档（+{}）", step), fmt::format("one step up (+{})", step)}},
          {top, {fmt::format("评为最高 {}", max), fmt::format("the top of the range, {}", max)}}};
}

std::vector<Candidate> external_candidates(const ExternalRule& rule, const Fact& fact) {
  if (fact.number >= rule.max) return {};
  Fact top = fact;
  top.number = rule.max;
  return {{top,
           {fmt::format("由“{}”评定，非本地可自行提高", rule.source),
            fmt::format("set by {}, not the city's to raise", rule.source)}}};
}

std::vector<Candidate> candidates_of(const Rule& rule, const Fact& fact, const Rational& ceiling) {
  return std::visit(overloaded{
                        [&](const PresentRule&) {
                          return std::vector<Candidate>{{with_yes(fact), {}}};
                        },
                        [&](const PerCountRule& r) { return per_count_candidates(r, fact, ceiling); },
                        [&](const RatioThresholdsRule& r) { return ratio_threshold_candidates(r, fact); },
                        [&](const CountTiersRule& r) { return count_tier_candidates(r, fact); },
                        [&](const ProportionalRule& r) { return proportional_candidates(r, fact); },
                        [&](const ChoiceRule& r) { return choice_candidates(r, fact); },
                        [&](const PerMissingRule& r) { return per_missing_candidates(r, fact); },
                        [&](const AddOnRule&) {
                          return std::vector<Candidate>{{with_yes(fact), {}}};
                        },
                        [&](const ExternalRule& r) { return external_candidates(r, fact); },
                        [&](const JudgementRule& r) { return judgement_candidates(r, fact); },
                        [&](const CompositeRule&) { return std::vector<Candidate>{}; },
                    },
                    rule.spec);
}

bool is_external(const Rule& rule) { return std::holds_alternative<ExternalRule>(rule.spec); }

// The fact of a composite's part; read_fact guarantees one per part.
template <class F>
auto& part_fact(F& fact, const std::string& name) {
  for (auto& part : fact.parts) {
    if (part.name == name) return part.fact;
  }
  throw std::invalid_argument("rule steps: the composite fact lacks part " + name);
}

Text part_words(const std::string& name, const Text& words) { return {name + "：" + words.zh, name + ": " + words.en}; }

// The part whose next step earns the composite the most (the first of
// equals), among the parts the city can raise; among the others when none can.
std::optional<RuleStep> next_composite_step(const CompositeRule& rule, const Rule& whole, const Fact& fact,
                                            const Rational& ceiling) {
  std::optional<RuleStep> best;
  Rational best_points;
  for (bool external : {false, true}) {
    for (const RulePart& part : rule.parts) {
      if (is_external(part.rule) != external) continue;
      std::optional<RuleStep> step = next_rule_step(part.rule, part_fact(fact, part.name), ceiling);
      if (!step) continue;
      Fact raised = fact;
      part_fact(raised, part.name) = step->fact;
      Rational points = evaluate(whole, raised).points;
      if (!best || points > best_points) {
        best = RuleStep{std::move(raised), part_words(part.name, step->words), external || step->external};
        best_points = std::move(points);
      }
    }
    if (best) return best;
  }
  return best;
}

RuleStep full_composite_step(const CompositeRule& rule, const Fact& fact, const Rational& ceiling) {
  for (bool external : {false, true}) {
    Fact raised = fact;
    std::vector<std::string> zh;
    std::vector<std::string> en;
    for (const RulePart& part : rule.parts) {
      if (is_external(part.rule) != external) continue;
      const Fact& now = part_fact(fact, part.name);
      if (!next_rule_step(part.rule, now, ceiling)) continue;
      RuleStep full = full_rule_step(part.rule, now, ceiling);
      part_fact(raised, part.name) = full.fact;
      Text words = part_words(part.name, full.words);
      zh.push_back(words.zh);
      en.push_back(words.en);
    }
    if (!zh.empty())
      return {raised, {fmt::format("{}", fmt::join(zh, "；")), fmt::format("{}", fmt::join(en, "; "))}, external};
  }
  return {fact, {}, false};
}

}  // namespace

Rational rule_ceiling(const Rule& rule, const Rational& ceiling) { return rule_max(rule).value_or(ceiling); }

std::optional<RuleStep> next_rule_step(const Rule& rule, const Fact& fact, const Rational& ceiling) {
  const Rational now = evaluate(rule, fact).points;
  if (now >= rule_ceiling(rule, ceiling)) return std::nullopt;
  if (const auto* composite = std::get_if<CompositeRule>(&rule.spec)) {
    return next_composite_step(*composite, rule, fact, ceiling);
  }
  const std::vector<Candidate> candidates = candidates_of(rule, fact, ceiling);
  const Candidate* next = pick(rule, candidates, now, false);
  if (!next) return std::nullopt;
  RuleStep step = step_of(rule, *next);
  step.external = is_external(rule);
  return step;
}

RuleStep full_rule_step(const Rule& rule, const Fact& fact, const Rational& ceiling) {
  if (const auto* composite = std::get_if<CompositeRule>(&rule.spec)) {
    return full_composite_step(*composite, fact, ceiling);
  }
  const Rational now = evaluate(rule, fact).points;
  const std::vector<Candidate> candidates = candidates_of(rule, fact, ceiling);
  const Candidate* full = pick(rule, candidates, now, true);
  if (!full) return {fact, evaluate(rule, fact).explanation, is_external(rule)};
  RuleStep step = step_of(rule, *full);
  step.external = is_external(rule);
  return step;
}

}  // namespace cityseceval
