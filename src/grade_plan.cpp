// The search for the fewest items that reach a threshold (grade_plan.h).
//
// The composite is a monotone function of the tree: an item raised can only
// raise its rated indicator (A.4 mean, the direct-score rule), a sum of
// children, a floor, a cap, the normalisation (a fixed positive factor) and
// the total cap. The search works on that tree in four passes, with K the
// number of items the plan will use:
//
//  1. best: for each node and each k, the highest value with at most k items
//     raised (a max-plus knapsack over its children). The smallest k whose
//     best composite reaches the threshold is K: no set of fewer items does.
//  2. need: for each node, top down, and each budget j of items outside it,
//     the least value the node must have so that some j items outside it
//     complete a set that reaches the threshold (the inverse of each node's
//     function, taken with the best of its siblings).
//  3. tables: for each node, bottom up, every (count, value) that a set of
//     `count` items of its subtree gives it, keeping only those that meet the
//     need for K - count outside items. Children are combined one at a time,
//     in tree order (a knapsack over sets of values).
//  4. the root's entry with K items and the smallest composite; its set is
//     read back through the tables.
//
// Dropping an entry that cannot meet its need never drops a set that
// reaches the threshold with K items, so pass 4 sees every such set's
// composite. Among entries of one (count, value) every table keeps the set
// that comes first in tree order (the earliest item where two sets differ is
// in the one that comes first); since a node's items all come after those of
// the children before it, that order of a union is the order of its parts,
// and each entry carries its rank in it.
#include "grade_plan.h"

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <unordered_map>

#include "overloaded.h"

namespace cityseceval {

namespace {

// What a node's value must be: always enough, at least (or above) a value,
// or never enough.
struct Need {
  enum class Kind { always, at, never };
  Kind kind = Kind::at;
  Rational value;
  bool strict = false;

  static Need always() { return {Kind::always, {}, false}; }
  static Need never() { return {Kind::never, {}, false}; }

  bool met_by(const Rational& x) const {
    switch (kind) {
      case Kind::always:
        return true;
      case Kind::never:
        return false;
      case Kind::at:
        return strict ? x > value : x >= value;
    }
    return false;
  }
  // Whether every value that meets `other` meets this one, and some more.
  bool easier_than(const Need& other) const {
    if (kind != other.kind) return kind < other.kind;
    if (kind != Kind::at) return false;
    if (value != other.value) return value < other.value;
    return !strict && other.strict;
  }
  // x + s meets this  <=>  x meets minus(s).
  Need minus(const Rational& s) const {
    if (kind != Kind::at) return *this;
    return {kind, value - s, strict};
  }
  // w * x meets this  <=>  x meets over(w), for w > 0.
  Need over(const Rational& w) const {
    if (kind != Kind::at) return *this;
    return {kind, value / w, strict};
  }
};

Need easiest(const Need& a, const Need& b) { return b.easier_than(a) ? b : a; }

// A floor, a cap, or both, applied as score() applies them.
struct Limit {
  std::optional<Rational> floor;
  std::optional<Rational> cap;

  Rational apply(const Rational& x) const {
    if (floor && x < *floor) return *floor;
    if (cap && x > *cap) return *cap;
    return x;
  }
  // The need on the value before the limit: limit(x) meets `need` <=> x meets before(need).
  Need before(const Need& need) const {
    if (floor && need.met_by(*floor)) return Need::always();
    if (cap && !need.met_by(*cap)) return Need::never();
    return need;
  }
};

// best[k]: the highest value with at most k items raised.
using Best = std::vector<Rational>;

// a[i] + w * b[j], the highest for each i + j.
Best combine(const Best& a, const Best& b, const Rational& w) {
  Best out(a.size() + b.size() - 1);
  std::vector<bool> set(out.size(), false);
  for (std::size_t i = 0; i < a.size(); ++i) {
    for (std::size_t j = 0; j < b.size(); ++j) {
      Rational value = a[i] + w * b[j];
      if (!set[i + j] || value > out[i + j]) {
        out[i + j] = std::move(value);
        set[i + j] = true;
      }
    }
  }
  return out;
}

// One way a node's subtree gives it a value: `count` items raised. `left`
// and `right`: the entries it was made of (a partial sum and a child's), or
// for a rated indicator `left` indexes its explicit sets.
struct Entry {
  std::size_t count = 0;
  Rational value;
  std::size_t rank = 0;
  std::size_t left = 0;
  std::size_t right = 0;
};
// Sorted by (count, value), one entry for each.
using Table = std::vector<Entry>;

// Which of two sets (candidate indexes, ascending) comes first in tree
// order: the one holding the earliest candidate where they differ.
bool comes_first(const std::vector<std::size_t>& a, const std::vector<std::size_t>& b) {
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    if (a[i] != b[i]) return a[i] < b[i];
  }
  return a.size() > b.size();
}

struct Node {
  const IndicatorResult* result = nullptr;  // null for the root
  Limit limit;
  std::size_t size = 0;  // candidates in the subtree
  Best best;
  std::vector<Need> need;  // by the budget outside it, 0..K
  Table table;

  // A sum: the children with candidates, their weights, and the others at their value now.
  std::vector<std::size_t> children;
  std::vector<Rational> weights;
  Rational offset;
  std::vector<Table> folds;  // folds[t]: children 0..t combined; `left` indexes folds[t - 1] (t = 0: the start)

  // A rated indicator: its candidates in tree order.
  bool rated = false;
  std::vector<std::size_t> items;
  std::vector<std::vector<std::size_t>> sets;  // the set of each table entry
  // rating-mean: earned = limit(points × max(mean, direct rating)), or
  // limit(points × top) when the direct-score item is raised.
  bool mean = false;
  Rational points, sum, top;
  Rational rated_count;                         // m
  std::optional<Rational> direct;               // the direct-score item's rating now, when it applies
  std::optional<std::size_t> direct_candidate;  // ... when it is a candidate
  // points-sum: earned = limit(raw + the gains).
  Rational raw;
};

class Search {
 public:
  Search(const Scheme& scheme, const ScoreResult& now, const std::vector<PlanCandidate>& candidates,
         const CompositeThreshold& threshold)
      : scheme_(scheme), now_(now), candidates_(candidates) {
    target_ = {Need::Kind::at, threshold.value, threshold.strict};
    for (std::size_t i = 0; i < candidates.size(); ++i) index_[candidates[i].item] = i;
  }

  PlanSearch run() {
    build_root();
    for (std::size_t n = 0; n < nodes_.size(); ++n) compute_best(n);  // children come before parents
    const Node& root = nodes_.back();
    PlanSearch result;
    std::optional<std::size_t> fewest;
    for (std::size_t k = 0; k < root.best.size(); ++k) {
      if (target_.met_by(root.best[k])) {
        fewest = k;
        break;
      }
    }
    if (!fewest) {
      for (std::size_t i = 0; i < candidates_.size(); ++i) result.chosen.push_back(i);
      result.composite = root.best.back();
      return result;
    }
    K_ = *fewest;
    nodes_.back().need.assign(K_ + 1, target_);
    for (std::size_t n = nodes_.size(); n-- > 0;) pass_needs(n);  // parents before children
    for (std::size_t n = 0; n < nodes_.size(); ++n) build_table(n);
    const Entry* chosen = nullptr;
    std::size_t at = 0;
    for (std::size_t i = 0; i < root.table.size(); ++i) {
      const Entry& entry = root.table[i];
      if (entry.count != K_) continue;
      if (!chosen || entry.value < chosen->value || (entry.value == chosen->value && entry.rank < chosen->rank)) {
        chosen = &entry;
        at = i;
      }
    }
    if (!chosen) throw std::logic_error("grade plan: no set of the fewest items survived the search");
    collect(nodes_.size() - 1, at, result.chosen);
    std::sort(result.chosen.begin(), result.chosen.end());
    result.reachable = true;
    result.composite = chosen->value;
    return result;
  }

 private:
  // ---- The tree ---------------------------------------------------------------

  void build_root() {
    Node root;
    Rational factor(1);
    if (now_.normalised()) factor = now_.max / now_.evaluated.max;
    std::vector<std::size_t> children;
    for (const IndicatorResult& dimension : now_.indicators) {
      const Rational weight = dimension.indicator->bonus ? Rational(1) : factor;
      if (std::optional<std::size_t> child = build(dimension)) {
        root.children.push_back(*child);
        root.weights.push_back(weight);
      } else {
        root.offset += weight * dimension.earned;
      }
    }
    root.limit.cap = scheme_.total_cap;
    nodes_.push_back(std::move(root));
  }

  // The node of `result` when its subtree has candidates; its children are
  // numbered before it.
  std::optional<std::size_t> build(const IndicatorResult& result) {
    if (result.status != Status::evaluated) return std::nullopt;
    Node node;
    node.result = &result;
    const Indicator& indicator = *result.indicator;
    node.limit.floor = indicator.floor;
    if (indicator.bonus && indicator.level == 1) node.limit.cap = bonus_cap(indicator);
    if (indicator.is_rated()) {
      if (!build_rated(result, node)) return std::nullopt;
    } else {
      for (const IndicatorResult& child : result.children) {
        if (std::optional<std::size_t> built = build(child)) {
          node.children.push_back(*built);
          node.weights.push_back(Rational(1));
          node.size += nodes_[*built].size;
        } else {
          node.offset += child.earned;
        }
      }
      if (node.children.empty()) return std::nullopt;
    }
    nodes_.push_back(std::move(node));
    return nodes_.size() - 1;
  }

  bool build_rated(const IndicatorResult& result, Node& node) {
    node.rated = true;
    for (const ItemResult& item : result.items) {
      auto found = index_.find(item.item);
      if (found != index_.end()) node.items.push_back(found->second);
    }
    if (node.items.empty()) return false;
    node.size = node.items.size();
    node.points = result.indicator->points;
    std::visit(overloaded{[&](const RatingMean& kind) { describe_mean(result, kind, node); },
                          [&](const PointsSum&) { node.raw = result.raw; }},
               scheme_.aggregation);
    if (rated_value(node, Rational(0), false) != result.earned) {
      throw std::logic_error("grade plan: the search's value of " + result.indicator->id + " is not the score's");
    }
    return true;
  }

  void describe_mean(const IndicatorResult& result, const RatingMean& kind, Node& node) {
    node.mean = true;
    const auto& aggregate = std::get<MeanOfRatings>(*result.aggregate);
    node.rated_count = Rational(static_cast<long>(aggregate.rated));
    node.sum = aggregate.mean * node.rated_count;
    for (const RatingLevel& level : kind.scale.levels) node.top = std::max(node.top, level.value);
    for (const ItemResult& item : result.items) {
      if (!std::get<RatedItem>(item.item->kind).direct_score) continue;
      const auto& rated = std::get<RatedItemResult>(item.outcome);
      if (!rated.rating) continue;  // na: no direct score
      node.direct = rated.rating->value;
      auto found = index_.find(item.item);
      if (found != index_.end()) node.direct_candidate = found->second;
    }
  }

  // A rated indicator's value with its candidates' gains adding up to
  // `gains` (the direct-score item's apart), and with that item raised or not.
  Rational rated_value(const Node& node, const Rational& gains, bool direct_raised) const {
    if (!node.mean) return node.limit.apply(node.raw + gains);
    if (direct_raised) return node.limit.apply(node.points * node.top);
    Rational satisfaction = (node.sum + gains) / node.rated_count;
    if (node.direct && *node.direct > satisfaction) satisfaction = *node.direct;
    return node.limit.apply(node.points * satisfaction);
  }

  // The candidates of a rated indicator other than its direct-score item.
  std::vector<std::size_t> plain_items(const Node& node) const {
    std::vector<std::size_t> plain;
    for (std::size_t c : node.items) {
      if (c != node.direct_candidate) plain.push_back(c);
    }
    return plain;
  }

  // ---- Pass 1: the best value for each count ------------------------------------

  void compute_best(std::size_t n) {
    Node& node = nodes_[n];
    if (node.rated) {
      std::vector<std::size_t> plain = plain_items(node);
      std::vector<Rational> gains;
      for (std::size_t c : plain) gains.push_back(candidates_[c].gain);
      std::sort(gains.begin(), gains.end(), [](const Rational& a, const Rational& b) { return a > b; });
      Rational sum;
      node.best.push_back(rated_value(node, sum, false));
      for (std::size_t k = 1; k <= node.size; ++k) {
        if (k <= gains.size()) sum += gains[k - 1];
        Rational value = rated_value(node, sum, false);
        if (node.direct_candidate) value = std::max(value, rated_value(node, Rational(0), true));
        node.best.push_back(std::move(value));
      }
      return;
    }
    Best sum{node.offset};
    for (std::size_t t = 0; t < node.children.size(); ++t)
      sum = combine(sum, nodes_[node.children[t]].best, node.weights[t]);
    for (Rational& value : sum) value = node.limit.apply(value);
    node.best = std::move(sum);
  }

  // ---- Pass 2: what each node needs ---------------------------------------------

  // Sets the needs of the children of node `n` and of its partial sums
  // (kept for pass 3 in `fold_needs_`).
  void pass_needs(std::size_t n) {
    Node& node = nodes_[n];
    if (node.rated) return;
    const std::size_t p = node.children.size();
    std::vector<Need> raw(K_ + 1, Need::never());
    for (std::size_t u = 0; u <= K_; ++u) raw[u] = node.limit.before(node.need[u]);
    // before[t]: the children before t with the offset; after[t]: t and those after it.
    std::vector<Best> before(p + 1), after(p + 1);
    before[0] = {node.offset};
    for (std::size_t t = 0; t < p; ++t)
      before[t + 1] = combine(before[t], nodes_[node.children[t]].best, node.weights[t]);
    after[p] = {Rational(0)};
    for (std::size_t t = p; t-- > 0;) after[t] = combine(after[t + 1], nodes_[node.children[t]].best, node.weights[t]);
    std::vector<std::vector<Need>>& folds = fold_needs_[n];
    folds.assign(p, std::vector<Need>(K_ + 1, Need::never()));
    for (std::size_t t = 0; t < p; ++t) {
      Node& child = nodes_[node.children[t]];
      const Best others = combine(before[t], after[t + 1], Rational(1));
      child.need.assign(K_ + 1, Need::never());
      for (std::size_t k = 0; k <= std::min(child.size, K_); ++k) {
        const std::size_t j = K_ - k;
        Need need = Need::never();
        for (std::size_t s = 0; s <= j && s < others.size(); ++s) {
          need = easiest(need, raw[j - s].minus(others[s]).over(node.weights[t]));
        }
        child.need[j] = need;
      }
      // The partial sum of children 0..t with the offset.
      const std::size_t within = before[t + 1].size() - 1;
      for (std::size_t k = 0; k <= std::min(within, K_); ++k) {
        const std::size_t j = K_ - k;
        Need need = Need::never();
        for (std::size_t r = 0; r <= j && r < after[t + 1].size(); ++r) {
          need = easiest(need, raw[j - r].minus(after[t + 1][r]));
        }
        folds[t][j] = need;
      }
    }
  }

  // ---- Pass 3: the tables -------------------------------------------------------

  void build_table(std::size_t n) {
    if (nodes_[n].rated) {
      rated_table(nodes_[n]);
      return;
    }
    Node& node = nodes_[n];
    Table partial{Entry{0, node.offset, 0, 0, 0}};
    for (std::size_t t = 0; t < node.children.size(); ++t) {
      node.folds.push_back(fold(partial, nodes_[node.children[t]].table, node.weights[t], fold_needs_[n][t]));
      partial = node.folds.back();
    }
    Table limited;
    for (std::size_t i = 0; i < partial.size(); ++i) {
      const Entry& entry = partial[i];
      limited.push_back({entry.count, node.limit.apply(entry.value), entry.rank, i, 0});
    }
    node.table = keep_first(std::move(limited));
  }

  // One entry for each (count, value): the lowest rank. Sorted by (count, value).
  static Table keep_first(Table entries) {
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      if (a.count != b.count) return a.count < b.count;
      if (a.value != b.value) return a.value < b.value;
      return a.rank < b.rank;
    });
    Table kept;
    for (Entry& entry : entries) {
      if (!kept.empty() && kept.back().count == entry.count && kept.back().value == entry.value) continue;
      kept.push_back(std::move(entry));
    }
    return kept;
  }

  // The partial sums with one more child: every pair whose sum meets the
  // need for the items left; ranked by (partial's rank, child's rank).
  Table fold(const Table& partial, const Table& child, const Rational& weight, const std::vector<Need>& need) const {
    // The child's entries of each count, a range of its table sorted by value.
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    for (std::size_t i = 0; i < child.size(); ++i) {
      if (ranges.size() <= child[i].count) ranges.resize(child[i].count + 1, {i, i});
      ranges[child[i].count].second = i + 1;
    }
    Table out;
    for (std::size_t a = 0; a < partial.size(); ++a) {
      const Entry& left = partial[a];
      for (std::size_t count = 0; count < ranges.size() && left.count + count <= K_; ++count) {
        auto [first, last] = ranges[count];
        if (first == last) continue;
        const Need wanted = need[K_ - left.count - count].minus(left.value).over(weight);
        auto from = std::partition_point(child.begin() + static_cast<std::ptrdiff_t>(first),
                                         child.begin() + static_cast<std::ptrdiff_t>(last),
                                         [&](const Entry& e) { return !wanted.met_by(e.value); });
        for (auto b = from; b != child.begin() + static_cast<std::ptrdiff_t>(last); ++b) {
          out.push_back(
              {left.count + count, left.value + weight * b->value, 0, a, static_cast<std::size_t>(b - child.begin())});
        }
      }
    }
    // Rank every pair by (partial's rank, child's rank), then keep the first of each (count, value).
    std::vector<std::size_t> order(out.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
      const auto key = [&](std::size_t i) { return std::pair(partial[out[i].left].rank, child[out[i].right].rank); };
      return key(x) < key(y);
    });
    for (std::size_t r = 0; r < order.size(); ++r) out[order[r]].rank = r;
    return keep_first(std::move(out));
  }

  // Every (count, gains) the plain candidates give, with the set that comes
  // first in tree order; the direct-score item raised gives the full points
  // whatever else is raised.
  void rated_table(Node& node) {
    const std::vector<std::size_t> plain = plain_items(node);
    const std::size_t q = plain.size();
    // sums[i][k]: the sums of the gains of k of the candidates from i on.
    std::vector<std::vector<std::vector<Rational>>> sums(q + 1);
    sums[q] = {{Rational(0)}};
    for (std::size_t i = q; i-- > 0;) {
      const std::vector<std::vector<Rational>>& next = sums[i + 1];
      std::vector<std::vector<Rational>>& here = sums[i];
      here.resize(std::min(next.size() + 1, K_ + 1));
      for (std::size_t k = 0; k < here.size(); ++k) {
        if (k < next.size()) here[k] = next[k];
        if (k > 0 && k - 1 < next.size()) {
          for (const Rational& sum : next[k - 1]) here[k].push_back(sum + candidates_[plain[i]].gain);
        }
        std::sort(here[k].begin(), here[k].end());
        here[k].erase(std::unique(here[k].begin(), here[k].end()), here[k].end());
      }
    }
    std::vector<std::pair<Entry, std::vector<std::size_t>>> found;
    for (std::size_t k = 0; k < sums[0].size(); ++k) {
      for (const Rational& gains : sums[0][k]) {
        Rational value = rated_value(node, gains, false);
        if (!node.need[K_ - k].met_by(value)) continue;
        found.push_back({Entry{k, std::move(value), 0, 0, 0}, first_set(sums, plain, k, gains)});
      }
    }
    if (node.direct_candidate) {
      const Rational value = rated_value(node, Rational(0), true);
      for (std::size_t k = 1; k <= std::min(q + 1, K_); ++k) {
        if (!node.need[K_ - k].met_by(value)) continue;
        std::vector<std::size_t> set(plain.begin(), plain.begin() + static_cast<std::ptrdiff_t>(k - 1));
        set.push_back(*node.direct_candidate);
        std::sort(set.begin(), set.end());
        found.push_back({Entry{k, value, 0, 0, 0}, std::move(set)});
      }
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return comes_first(a.second, b.second); });
    Table entries;
    for (std::size_t r = 0; r < found.size(); ++r) {
      found[r].first.rank = r;
      found[r].first.left = r;
      entries.push_back(found[r].first);
    }
    node.table = keep_first(std::move(entries));
    for (auto& [entry, set] : found) node.sets.push_back(std::move(set));
  }

  // The first set in tree order of k plain candidates whose gains add up to `gains`.
  std::vector<std::size_t> first_set(const std::vector<std::vector<std::vector<Rational>>>& sums,
                                     const std::vector<std::size_t>& plain, std::size_t k, Rational gains) const {
    std::vector<std::size_t> set;
    for (std::size_t i = 0; i < plain.size() && k > 0; ++i) {
      const std::vector<std::vector<Rational>>& rest = sums[i + 1];
      Rational without = gains - candidates_[plain[i]].gain;
      if (k - 1 < rest.size() && std::binary_search(rest[k - 1].begin(), rest[k - 1].end(), without)) {
        set.push_back(plain[i]);
        gains = std::move(without);
        --k;
      }
    }
    return set;
  }

  // ---- Pass 4: the set ----------------------------------------------------------

  void collect(std::size_t n, std::size_t at, std::vector<std::size_t>& out) const {
    const Node& node = nodes_[n];
    if (node.rated) {
      const std::vector<std::size_t>& set = node.sets[node.table[at].left];
      out.insert(out.end(), set.begin(), set.end());
      return;
    }
    std::size_t entry = node.table[at].left;
    for (std::size_t t = node.children.size(); t-- > 0;) {
      const Entry& folded = node.folds[t][entry];
      collect(node.children[t], folded.right, out);
      entry = folded.left;
    }
  }

  const Scheme& scheme_;
  const ScoreResult& now_;
  const std::vector<PlanCandidate>& candidates_;
  Need target_;
  std::unordered_map<const Item*, std::size_t> index_;
  std::vector<Node> nodes_;  // children before parents; the root last
  std::unordered_map<std::size_t, std::vector<std::vector<Need>>> fold_needs_;
  std::size_t K_ = 0;
};

}  // namespace

PlanSearch search_plan(const Scheme& scheme, const ScoreResult& now, const std::vector<PlanCandidate>& candidates,
                       const CompositeThreshold& threshold) {
  return Search(scheme, now, candidates, threshold).run();
}

}  // namespace cityseceval
