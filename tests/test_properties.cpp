// Exactness at the boundaries, over many random assessments of the built-in
// scheme (generated here, fixed seed, so a failure is reproducible):
//   - the points form and the weights form of Table B.1 give exactly the
//     same composite and the same points for every indicator;
//   - a scope that lists every dimension changes nothing;
//   - an item that is na scores as if the tree did not have it: removing it
//     from the tree changes no indicator's score, and marking an item na
//     changes no indicator outside its own line of ancestors.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "cityseceval/input.h"
#include "cityseceval/load.h"
#include "cityseceval/render_tree.h"
#include "cityseceval/score.h"
#include "scoring_support.h"
#include "support.h"

using namespace cityseceval;
using namespace cityseceval::testing;

namespace {

constexpr unsigned seed = 20261129;
constexpr int assessments = 150;

// One rating per item of every rated indicator: a scale word, or na (about
// one in eight) with a reason.
using Ratings = std::vector<std::vector<std::string>>;  // in rated-indicator order

Ratings random_ratings(const Scheme& scheme, std::mt19937& random) {
  static const std::vector<std::string> words = {"full", "mostly", "partly", "none", "1", "0.8", "全部满足", "不满足"};
  std::uniform_int_distribution<std::size_t> word(0, words.size() - 1);
  std::uniform_int_distribution<int> eighth(0, 7);
  Ratings ratings;
  for (const Indicator* rated : scheme.rated_indicators()) {
    std::vector<std::string>& list = ratings.emplace_back();
    for (std::size_t i = 0; i < rated->items.size(); ++i) {
      list.push_back(eighth(random) == 0 ? "{rating: na, reason: 随机不适用}" : words[word(random)]);
    }
  }
  return ratings;
}

std::string text_of(const Scheme& scheme, const Ratings& ratings, const std::string& extra = "") {
  std::string text = "city: 随机市\n" + extra + "ratings:\n";
  const auto& rated = scheme.rated_indicators();
  for (std::size_t i = 0; i < rated.size(); ++i) {
    text += "  \"" + rated[i]->id + "\": [";
    for (std::size_t j = 0; j < ratings[i].size(); ++j) text += (j ? ", " : "") + ratings[i][j];
    text += "]\n";
  }
  return text;
}

// Every indicator's earned points and status, in tree order, to compare two results.
void collect(const std::vector<IndicatorResult>& nodes, std::vector<std::string>& out) {
  for (const IndicatorResult& node : nodes) {
    out.push_back(node.indicator->id + " " + node.earned.exact_string() + " of " + node.evaluated.exact_string());
    collect(node.children, out);
  }
}

std::vector<std::string> indicators_of(const ScoreResult& result) {
  std::vector<std::string> out;
  collect(result.indicators, out);
  return out;
}

bool all_na(const std::vector<std::string>& list) {
  return std::all_of(list.begin(), list.end(), [](const std::string& r) { return r.starts_with("{rating: na"); });
}

Indicator* find_in(std::vector<Indicator>& group, const std::string& id) {
  for (Indicator& indicator : group) {
    if (indicator.id == id) return &indicator;
    if (Indicator* found = find_in(indicator.children, id)) return found;
  }
  return nullptr;
}

Scheme fresh_builtin() {
  const BuiltinScheme* builtin = find_builtin_scheme("city-cybersecurity");
  Diagnostics diagnostics;
  std::optional<Scheme> scheme = load_tree(builtin->text, std::string(builtin->path), diagnostics);
  REQUIRE(scheme);
  return std::move(*scheme);
}

}  // namespace

TEST_CASE("properties: the points form and the weights form agree exactly", "[properties][weights]") {
  const Scheme& points = builtin_scheme();
  Diagnostics diagnostics;
  std::optional<Scheme> weights = load_tree(*render_tree_yaml(points, PointsForm::weights), "weights.yaml", diagnostics);
  REQUIRE(weights);
  std::mt19937 random(seed);
  for (int n = 0; n < assessments; ++n) {
    Ratings ratings = random_ratings(points, random);
    ScoreResult by_points = score_text(points, text_of(points, ratings));
    ScoreResult by_weights = score_text(*weights, text_of(*weights, ratings));
    INFO("assessment " << n);
    REQUIRE(by_points.composite == by_weights.composite);
    REQUIRE(indicators_of(by_points) == indicators_of(by_weights));
  }
}

TEST_CASE("properties: a scope listing every dimension changes nothing", "[properties][scope]") {
  const Scheme& scheme = builtin_scheme();
  std::mt19937 random(seed + 1);
  std::vector<std::string> dimensions = {"\"6\"", "\"7\"", "\"8\"", "\"9\"", "\"10\""};
  for (int n = 0; n < assessments; ++n) {
    Ratings ratings = random_ratings(scheme, random);
    std::shuffle(dimensions.begin(), dimensions.end(), random);
    std::string scope = "scope: [" + dimensions[0];
    for (std::size_t i = 1; i < dimensions.size(); ++i) scope += ", " + dimensions[i];
    ScoreResult full = score_text(scheme, text_of(scheme, ratings));
    ScoreResult scoped = score_text(scheme, text_of(scheme, ratings, scope + "]\n"));
    INFO("assessment " << n);
    REQUIRE(full.composite == scoped.composite);
    REQUIRE(full.evaluated.max == scoped.evaluated.max);
    REQUIRE(indicators_of(full) == indicators_of(scoped));
  }
}

TEST_CASE("properties: an na item scores as if the tree did not have it", "[properties][na]") {
  const Scheme& scheme = builtin_scheme();
  std::mt19937 random(seed + 2);
  const auto& rated = scheme.rated_indicators();
  int removed = 0;
  for (int n = 0; n < assessments; ++n) {
    Ratings ratings = random_ratings(scheme, random);
    // An na item of an indicator with another item (removing its only item
    // would leave an indicator with nothing to rate).
    std::vector<std::pair<std::size_t, std::size_t>> candidates;
    for (std::size_t i = 0; i < rated.size(); ++i) {
      if (ratings[i].size() < 2) continue;
      for (std::size_t j = 0; j < ratings[i].size(); ++j) {
        if (ratings[i][j].starts_with("{rating: na")) candidates.emplace_back(i, j);
      }
    }
    if (candidates.empty()) continue;
    auto [i, j] = candidates[std::uniform_int_distribution<std::size_t>(0, candidates.size() - 1)(random)];
    Ratings without = ratings;
    without[i].erase(without[i].begin() + static_cast<std::ptrdiff_t>(j));
    // Both must have something left to score, or both are refused alike.
    if (all_na(without[i]) != all_na(ratings[i])) continue;
    Scheme smaller = fresh_builtin();
    Indicator* owner = find_in(smaller.indicators, rated[i]->id);
    REQUIRE(owner);
    owner->items.erase(owner->items.begin() + static_cast<std::ptrdiff_t>(j));
    smaller.build_index();
    ScoreResult with_na = score_text(scheme, text_of(scheme, ratings));
    ScoreResult with_removed = score_text(smaller, text_of(smaller, without));
    INFO("assessment " << n << ", item " << rated[i]->items[j].id);
    REQUIRE(with_na.composite == with_removed.composite);
    REQUIRE(indicators_of(with_na) == indicators_of(with_removed));
    ++removed;
  }
  CHECK(removed > assessments / 2);  // the property was exercised, not skipped
}

TEST_CASE("properties: marking an item na changes no indicator outside its ancestors", "[properties][na]") {
  const Scheme& scheme = builtin_scheme();
  std::mt19937 random(seed + 3);
  const auto& rated = scheme.rated_indicators();
  for (int n = 0; n < assessments; ++n) {
    Ratings ratings = random_ratings(scheme, random);
    std::size_t i = std::uniform_int_distribution<std::size_t>(0, rated.size() - 1)(random);
    std::size_t j = std::uniform_int_distribution<std::size_t>(0, ratings[i].size() - 1)(random);
    Ratings marked = ratings;
    marked[i][j] = "{rating: na, reason: 改为不适用}";
    ScoreResult before = score_text(scheme, text_of(scheme, ratings));
    ScoreResult after = score_text(scheme, text_of(scheme, marked));
    // The indicator's ancestors are the IDs it starts with: "6.2" of "6.2.1".
    const std::string& id = rated[i]->id;
    auto ancestor = [&](const std::string& line) {
      std::string other = line.substr(0, line.find(' '));
      return id == other || id.starts_with(other + ".");
    };
    std::vector<std::string> a = indicators_of(before), b = indicators_of(after);
    REQUIRE(a.size() == b.size());
    INFO("assessment " << n << ", item " << rated[i]->items[j].id);
    for (std::size_t k = 0; k < a.size(); ++k) {
      if (!ancestor(a[k])) REQUIRE(a[k] == b[k]);
    }
  }
}
