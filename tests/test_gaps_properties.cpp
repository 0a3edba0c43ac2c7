// The grade plan's search (gaps.h, src/grade_plan.cpp) against brute force:
// many random small schemes of both kinds and random assessments (generated
// here, fixed seed, so a failure is reproducible), each with at most 12
// items the plan may raise. For every one, every subset of those items is
// raised to its maximum and scored with score(); the plan must have the
// fewest items of any subset that reaches the goal, the smallest composite
// of the subsets of that size, and, among those, be the one whose items come
// first in tree order. An unreachable goal must be said so, with every item.
//
// The schemes exercise what makes gains non-additive: a direct-score item,
// na items and a scope (normalisation), and for rule-based schemes floors,
// deductions, a bonus section with its cap, a total cap and rounded rules.
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "cityseceval/gaps.h"
#include "cityseceval/input.h"
#include "cityseceval/load.h"
#include "cityseceval/score.h"
#include "support.h"

using namespace cityseceval;
using namespace cityseceval::testing;

namespace {

constexpr unsigned seed = 20261130;
constexpr int cases_per_kind = 300;
constexpr std::size_t most_candidates = 12;

class Random {
 public:
  explicit Random(unsigned seed) : engine_(seed) {}
  int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(engine_); }
  bool chance(int one_in) { return between(1, one_in) == 1; }
  template <class T>
  const T& pick(const std::vector<T>& values) {
    return values[static_cast<std::size_t>(between(0, static_cast<int>(values.size()) - 1))];
  }

 private:
  std::mt19937 engine_;
};

std::string quoted(const std::string& id) { return "\"" + id + "\""; }

// ---- Rating-mean schemes ---------------------------------------------------------

struct Generated {
  std::string tree;
  std::string assessment;
  bool target = false;  // a --target between the score now and the highest (else the next grade)
};

// Three bands tiling [0, max], cut at two random quarter points.
std::string random_grades(Random& random, const Rational& max) {
  const int quarters = static_cast<int>(mpz_class(max.mpq().get_num() * 4 / max.mpq().get_den()).get_si());
  int low = random.between(1, quarters - 2);
  int high = random.between(low + 1, quarters - 1);
  const std::string c1 = Rational(low, 4).short_string(), c2 = Rational(high, 4).short_string();
  const bool top_closed = random.chance(2), mid_closed = random.chance(2);
  auto flag = [](bool value) { return value ? "true" : "false"; };
  return fmt::format(
      "grades:\n"
      "  - {{id: top, name: 优, min: {0}, min_inclusive: {2}, max: {4}, max_inclusive: true}}\n"
      "  - {{id: mid, name: 中, min: {1}, min_inclusive: {3}, max: {0}, max_inclusive: {5}}}\n"
      "  - {{id: low, name: 差, min: 0, min_inclusive: true, max: {1}, max_inclusive: {6}}}\n",
      c2, c1, flag(top_closed), flag(mid_closed), max.short_string(), flag(!top_closed), flag(!mid_closed));
}

std::string precision_text(Random& random) {
  return fmt::format("precision: {{decimals: {}, rounding: {}}}\n", random.between(0, 2),
                     random.chance(2) ? "half-up" : "half-even");
}

Generated random_rated(Random& random) {
  static const std::vector<std::string> points = {"1", "1.5", "2", "2.5", "3", "4", "5"};
  static const std::vector<std::string> words = {"full", "mostly", "partly", "none"};
  const int dimensions = random.between(1, 3);
  int items_left = static_cast<int>(most_candidates);
  Rational max;
  std::string indicators;
  std::vector<std::string> dimension_ids;
  std::vector<std::pair<std::string, std::vector<std::string>>> rated;  // id, its ratings
  for (int d = 1; d <= dimensions; ++d) {
    const std::string id = std::to_string(d);
    Rational sum;
    std::string children;
    const int count = random.between(1, 3);
    for (int r = 1; r <= count && items_left > 0; ++r) {
      const std::string rid = id + "." + std::to_string(r);
      const std::string& p = random.pick(points);
      sum += *Rational::parse_decimal(p);
      const int items = std::min(random.between(1, 4), items_left);
      items_left -= items;
      const int direct = random.chance(3) ? random.between(1, items) : 0;
      std::string list;
      std::vector<std::string> ratings;
      for (int i = 1; i <= items; ++i) {
        list += fmt::format("          - {{id: \"{}.{}\", text: 内容{}{}}}\n", rid, i, i,
                            i == direct ? ", direct_score: true" : "");
        ratings.push_back(random.chance(8) ? "{rating: na, reason: 不适用}" : random.pick(words));
      }
      rated.emplace_back(rid, ratings);
      children += fmt::format("      - id: \"{}\"\n        name: 指标{}\n        points: {}\n        items:\n{}", rid,
                              rid, p, list);
    }
    if (children.empty()) break;
    dimension_ids.push_back(id);
    max += sum;
    indicators += fmt::format("  - id: \"{}\"\n    name: 维度{}\n    points: {}\n    children:\n{}", id, id,
                              sum.short_string(), children);
  }
  Generated out;
  out.tree = "id: random-rated\ntitle: 随机方案\nversion: \"1\"\nmax_points: " + max.short_string() + "\n" +
             precision_text(random) +
             "scale:\n  - {id: full, name: 全部满足, value: 1}\n  - {id: mostly, name: 大部分满足, value: 0.8}\n"
             "  - {id: partly, name: 部分满足, value: 0.5}\n  - {id: none, name: 不满足, value: 0}\n" +
             random_grades(random, max) + "indicators:\n" + indicators;
  // A scope of one dimension sometimes: the composite is then normalised.
  std::string scope;
  if (dimension_ids.size() > 1 && random.chance(4)) scope = random.pick(dimension_ids);
  out.assessment = "city: 随机市\n";
  if (!scope.empty()) out.assessment += "scope: [" + quoted(scope) + "]\n";
  out.assessment += "ratings:\n";
  for (const auto& [id, ratings] : rated) {
    if (!scope.empty() && !id.starts_with(scope + ".")) continue;
    out.assessment += "  " + quoted(id) + ": [" + fmt::format("{}", fmt::join(ratings, ", ")) + "]\n";
  }
  out.target = random.chance(2);
  return out;
}

// ---- Points-sum schemes ------------------------------------------------------------

struct RuleItemText {
  std::string points;  // the item's maximum
  std::string rule;
  std::string fact;
};

RuleItemText random_rule_item(Random& random) {
  switch (random.between(0, 8)) {
    case 0: {
      const std::string absent = random.pick(std::vector<std::string>{"0", "-1", "-2"});
      return {"2", "{type: present, absent: " + absent + "}", random.chance(2) ? "true" : "false"};
    }
    case 1:
      return {"2", "{type: per-count, each: 0.5, cap: 2}", std::to_string(random.between(0, 5))};
    case 2:
      return {"3", "{type: choice, outcomes: [{id: a, points: 3}, {id: b, points: 1}, {id: c, points: -1}]}",
              random.pick(std::vector<std::string>{"a", "b", "c"})};
    case 3:
      return {"2", "{type: judgement, min: 0, max: 2, step: 0.5}",
              "{value: " + Rational(random.between(0, 4), 2).short_string() + ", note: 评定}"};
    case 4: {
      const int denominator = random.pick(std::vector<int>{3, 4, 7, 10});
      return {"2", "{type: proportional, decimals: 1, rounding: half-up}",
              fmt::format("{{numerator: {}, denominator: {}}}", random.between(0, denominator), denominator)};
    }
    case 5:
      return {"2", "{type: count-tiers, tiers: [{min: 3, points: 2}, {min: 1, points: 1}], zero: -1}",
              std::to_string(random.between(0, 4))};
    case 6: {
      const int denominator = random.pick(std::vector<int>{5, 8, 10});
      return {"2",
              "{type: ratio-thresholds, any: 0.5, thresholds: [{at: 0.5, inclusive: true, points: 1}, "
              "{at: 0.8, inclusive: false, points: 2}]}",
              fmt::format("{{numerator: {}, denominator: {}}}", random.between(0, denominator), denominator)};
    }
    case 7:
      return {"2", "{type: external, min: 0, max: 2, source: 外部}", Rational(random.between(0, 4), 2).short_string()};
    default: {
      std::vector<std::string> missing;
      if (random.chance(2)) missing.push_back("a");
      if (random.chance(2)) missing.push_back("b");
      return {"1",
              "{type: composite, parts: {systems: {type: per-count, each: 0.5, cap: 1}, "
              "missing: {type: per-missing, each: -0.5, of: [{id: a}, {id: b}]}}}",
              fmt::format("{{systems: {}, missing: [{}]}}", random.between(0, 2), fmt::join(missing, ", "))};
    }
  }
}

Generated random_rules(Random& random) {
  const int sections = random.between(1, 3);
  int items_left = static_cast<int>(most_candidates) - 1;  // one for the bonus
  Rational max;
  std::string indicators;
  std::string facts;
  for (int s = 1; s <= sections && items_left > 0; ++s) {
    const std::string id = std::to_string(s);
    Rational section;
    std::string children;
    for (int g = 1; g <= random.between(1, 2) && items_left > 0; ++g) {
      const std::string gid = id + "." + std::to_string(g);
      Rational sum;
      std::string items;
      for (int i = 1; i <= random.between(1, 3) && items_left > 0; ++i, --items_left) {
        const std::string iid = gid + "." + std::to_string(i);
        RuleItemText item = random_rule_item(random);
        sum += *Rational::parse_decimal(item.points);
        items += fmt::format(
            "          - id: \"{}\"\n            text: 内容\n            points: {}\n            rule: {}\n", iid,
            item.points, item.rule);
        facts += "  " + quoted(iid) + ": " + item.fact + "\n";
      }
      section += sum;
      children += fmt::format("      - id: \"{}\"\n        name: 指标{}\n        points: {}\n        items:\n{}", gid,
                              gid, sum.short_string(), items);
    }
    max += section;
    indicators += fmt::format("  - id: \"{}\"\n    name: 部分{}\n    points: {}\n{}    children:\n{}", id, id,
                              section.short_string(), random.chance(3) ? "" : "    floor: 0\n", children);
  }
  const int cap = random.between(1, 3);
  indicators += fmt::format(
      "  - id: \"9\"\n    name: 加分\n    bonus: true\n    cap: {}\n    children:\n"
      "      - id: \"9.1\"\n        name: 创新\n        items:\n"
      "          - {{id: \"9.1.1\", text: 表彰, rule: {{type: per-count, each: 1}}}}\n",
      cap);
  facts += "  \"9.1.1\": " + std::to_string(random.between(0, 2)) + "\n";
  Generated out;
  out.tree = "id: random-rules\ntitle: 随机规则方案\nversion: \"1\"\naggregation: points-sum\nmax_points: " +
             max.short_string() + "\n" + (random.chance(2) ? "total_cap: " + max.short_string() + "\n" : "") +
             precision_text(random) + "grades: []\nindicators:\n" + indicators;
  out.assessment = "city: 随机区\nfacts:\n" + facts;
  out.target = true;
  return out;
}

// ---- Brute force -------------------------------------------------------------------

// Whether a reported value reaches the plan's goal, straight from its definition.
bool reaches(const GradePlan& plan, const Rational& reported) {
  if (plan.band && !plan.band->min_inclusive) return reported > plan.target;
  return reported >= plan.target;
}

// Which of two sets of item positions comes first in tree order.
bool comes_first(const std::vector<std::size_t>& a, const std::vector<std::size_t>& b) {
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    if (a[i] != b[i]) return a[i] < b[i];
  }
  return a.size() > b.size();
}

struct BruteForce {
  std::optional<std::size_t> fewest;
  Rational composite;              // the smallest at that size
  std::vector<std::size_t> first;  // the set of it that comes first (positions)
};

BruteForce brute_force(const Scheme& scheme, const Assessment& assessment, const Gaps& gaps,
                       const std::vector<std::size_t>& candidates) {
  BruteForce best;
  const std::size_t n = candidates.size();
  for (std::size_t mask = 0; mask < (std::size_t{1} << n); ++mask) {
    std::vector<std::size_t> positions;
    Assessment raised = assessment;
    for (std::size_t i = 0; i < n; ++i) {
      if (!(mask >> i & 1)) continue;
      const ItemGap& gap = gaps.items[candidates[i]];
      REQUIRE(raised.replace(gap.full.record));
      positions.push_back(gap.item->position);
    }
    const ScoreResult result = score(scheme, raised);
    if (!reaches(*gaps.plan, result.reported)) continue;
    std::sort(positions.begin(), positions.end());
    const std::size_t size = positions.size();
    const bool better =
        !best.fewest || size < *best.fewest ||
        (size == *best.fewest && (result.composite < best.composite ||
                                  (result.composite == best.composite && comes_first(positions, best.first))));
    if (better) best = {size, result.composite, positions};
  }
  return best;
}

// What a case checked: nothing (the files make no assessment: every item
// na), a goal with no search (reached already, the top grade), or a plan of
// one or several items (or none reachable) against brute force.
enum class Checked { nothing, no_search, unreachable, one, several };

Checked check_case(const Generated& generated, int n, Random& random) {
  Diagnostics diagnostics;
  std::optional<Scheme> scheme = load_tree(generated.tree, "random.yaml", diagnostics);
  INFO("case " << n << "\n" << generated.tree << "\n" << generated.assessment);
  std::string problems;
  for (const Diagnostic& diagnostic : diagnostics.all()) problems += format_diagnostic(diagnostic, Language::en) + "\n";
  INFO(problems);
  REQUIRE(scheme);
  Diagnostics reading;
  std::optional<Assessment> assessment = read_assessment(generated.assessment, "random-city.yaml", *scheme, reading);
  if (!assessment) {
    // Only an assessment with nothing to evaluate (every item na) is refused.
    REQUIRE(reading.error_count() == 1);
    REQUIRE(reading.all().front().rule == "nothing-evaluated");
    return Checked::nothing;
  }
  const ScoreResult now = score(*scheme, *assessment);
  GapOptions options;
  if (generated.target) {
    // Anywhere from the score now to the highest the scheme gives, in eighths.
    const Rational highest = highest_composite(*scheme);
    options.target = now.reported + (highest - now.reported) * Rational(random.between(0, 8), 8);
    if (target_problem(*scheme, *options.target)) options.target = highest;
  }
  const Gaps gaps = find_gaps(*scheme, *assessment, now, options);
  if (!gaps.plan) return Checked::no_search;  // the top grade: nothing to search
  const GradePlan& plan = *gaps.plan;
  if (reaches(plan, now.reported)) {
    REQUIRE(plan.reached);
    REQUIRE(plan.items.empty());
    return Checked::no_search;
  }
  REQUIRE_FALSE(plan.reached);
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < gaps.items.size(); ++i) {
    if (!gaps.items[i].external) candidates.push_back(i);
  }
  REQUIRE(candidates.size() <= most_candidates);
  const BruteForce best = brute_force(*scheme, *assessment, gaps, candidates);
  std::vector<std::size_t> positions;
  for (std::size_t i : plan.items) positions.push_back(gaps.items[i].item->position);
  std::sort(positions.begin(), positions.end());
  if (!best.fewest) {
    REQUIRE_FALSE(plan.reachable);
    REQUIRE(plan.items.size() == candidates.size());
    return Checked::unreachable;
  }
  REQUIRE(plan.reachable);
  REQUIRE(plan.items.size() == *best.fewest);
  REQUIRE(plan.composite == best.composite);
  REQUIRE(positions == best.first);
  return plan.items.size() > 1 ? Checked::several : Checked::one;
}

}  // namespace

// How often each kind of case came up, so that a test shows it exercised
// the search (plans of several items above all), not only trivial cases.
std::map<Checked, int> run_cases(Generated (*generate)(Random&), unsigned seed) {
  Random random(seed);
  std::map<Checked, int> counts;
  for (int n = 0; n < cases_per_kind; ++n) ++counts[check_case(generate(random), n, random)];
  return counts;
}

TEST_CASE("gaps properties: the plan of a rating-mean scheme is the brute force's", "[gaps][properties]") {
  std::map<Checked, int> counts = run_cases(random_rated, seed);
  CHECK(counts[Checked::several] >= 60);
  CHECK(counts[Checked::one] >= 60);
}

TEST_CASE("gaps properties: the plan of a points-sum scheme is the brute force's", "[gaps][properties]") {
  std::map<Checked, int> counts = run_cases(random_rules, seed + 1);
  CHECK(counts[Checked::several] >= 60);
  CHECK(counts[Checked::one] >= 60);
  CHECK(counts[Checked::unreachable] >= 1);
}
