// Random valid assessments and the invariants of scoring (see invariants.h).
//
// Sections: drawing at random; writing YAML (a small emitter over the guarded
// reader's nodes, so that a document read back can be written again with its
// keys shuffled); random assessments and their mutations; raising a record
// one step; the two reports' numbers; the checks.
#include "invariants.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>
#include <variant>

#include "cityseceval/diagnostic.h"
#include "cityseceval/input.h"
#include "cityseceval/render.h"
#include "cityseceval/rules.h"
#include "cityseceval/score.h"
#include "fact_format.h"
#include "overloaded.h"
#include "utf8.h"
#include "yaml_reader.h"

namespace cityseceval::invariants {

namespace {

using yaml::Node;
using yaml::NodeKind;
using yaml::NodePtr;

// ---- Drawing at random -------------------------------------------------------

int between(Random& random, int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); }
bool one_in(Random& random, int n) { return between(random, 1, n) == 1; }
template <class T>
const T& pick(const std::vector<T>& values, Random& random) {
  return values[static_cast<std::size_t>(between(random, 0, static_cast<int>(values.size()) - 1))];
}

// Texts an assessor writes, with what YAML must quote or escape: a colon, a
// hash, quotes, a backslash, a line break, a tab, leading spaces.
const std::vector<std::string> notes = {"证明材料见附件3", "名录覆盖 9 个行业中的 8 个", "note: with a colon",
                                        "# not a comment", "引号\"和反斜杠\\", "两行\n说明", "  leading spaces",
                                        "tab\there", "- looks like a list", "true"};
const std::vector<std::string> reasons = {"本市无工业控制系统", "no foreign acquisitions this year", "不适用: 无此业务",
                                          "'quoted' reason"};
const std::vector<std::string> evidence_pieces = {"示网信〔2025〕12号", "定级备案表.pdf",
                                                  "https://wx.example.gov.cn/dj/2025", "2025012", "附件 #3"};
const std::vector<std::string> cities = {"示例市", "临江市", "City: of #tests", "\"引号\"市", "清漪區"};

std::vector<std::string> random_evidence(Random& random) {
  std::vector<std::string> pieces = evidence_pieces;
  std::shuffle(pieces.begin(), pieces.end(), random);
  pieces.resize(static_cast<std::size_t>(between(random, 0, 3)));
  return pieces;
}

std::string random_note(Random& random) { return one_in(random, 3) ? pick(notes, random) : ""; }

// ---- Writing YAML ------------------------------------------------------------

NodePtr scalar(std::string value, bool plain = true) {
  auto node = std::make_shared<Node>();
  node->kind = NodeKind::scalar;
  node->value = std::move(value);
  node->plain = plain;
  return node;
}

NodePtr sequence(std::vector<NodePtr> items) {
  auto node = std::make_shared<Node>();
  node->kind = NodeKind::sequence;
  node->items = std::move(items);
  return node;
}

using Entries = std::vector<std::pair<std::string, NodePtr>>;

NodePtr mapping(const Entries& entries) {
  auto node = std::make_shared<Node>();
  node->kind = NodeKind::mapping;
  for (const auto& [key, value] : entries) node->entries.emplace_back(scalar(key), value);
  return node;
}

// A scalar written as a YAML double-quoted scalar, escaping what YAML reads
// as a line break or cannot hold (control characters, U+0085, U+2028,
// U+2029, a byte-order mark).
std::string double_quoted(std::string_view text) {
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    std::string_view rest = text.substr(i);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      out += fmt::format("\\x{:02X}", c);
    } else if (rest.starts_with("\xC2\x85")) {
      out += "\\u0085", ++i;
    } else if (rest.starts_with("\xE2\x80\xA8") || rest.starts_with("\xE2\x80\xA9") || rest.starts_with("\xEF\xBB\xBF")) {
      out += rest.starts_with("\xE2\x80\xA8") ? "\\u2028" : rest.starts_with("\xE2\x80\xA9") ? "\\u2029" : "\\uFEFF";
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

// Whether a plain scalar reads back as itself when written plain: no
// indicator at its start, nothing that ends it early, no line break; in a
// flow collection, no flow indicator either.
bool writes_plain(std::string_view text, bool in_flow) {
  if (text.empty() || text.front() == ' ' || text.back() == ' ' || text.back() == ':') return false;
  if (text.starts_with("---") || text.starts_with("...")) return false;
  if (std::string_view("?:,[]{}#&*!|>'\"%@`").find(text.front()) != std::string_view::npos) return false;
  if (text.front() == '-' && (text.size() == 1 || text[1] == ' ')) return false;
  if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos) return false;
  if (in_flow && text.find_first_of(",[]{}") != std::string_view::npos) return false;
  return std::none_of(text.begin(), text.end(), [](char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7f;
  }) && text.find("\xC2\x85") == std::string_view::npos && text.find("\xE2\x80\xA8") == std::string_view::npos &&
         text.find("\xE2\x80\xA9") == std::string_view::npos && text.find("\xEF\xBB\xBF") == std::string_view::npos;
}

// Writes a node tree as YAML, block style at the top, each collection in flow
// style when it can be and `random` says so, the keys of every mapping
// shuffled by `random`.
class Emitter {
 public:
  explicit Emitter(Random& random) : random_(random) {}

  std::string document(const Node& root) {
    out_.clear();
    if (root.kind == NodeKind::mapping && !root.entries.empty()) {
      block(root, 0);
    } else {
      out_ = flow(root) + "\n";
    }
    return out_;
  }

 private:
  std::string text(const Node& node, bool in_flow) const {
    if (node.kind == NodeKind::null) return "~";
    if (node.plain && writes_plain(node.value, in_flow)) return node.value;
    return double_quoted(node.value);
  }

  // Whether `node` can be written in flow style: every plain scalar in it,
  // keys too, reads back as itself inside a flow collection.
  bool flowable(const Node& node) const {
    switch (node.kind) {
      case NodeKind::null:
        return true;
      case NodeKind::scalar:
        return !node.plain || writes_plain(node.value, true);
      case NodeKind::sequence:
        return std::all_of(node.items.begin(), node.items.end(), [&](const NodePtr& item) { return flowable(*item); });
      case NodeKind::mapping:
        return std::all_of(node.entries.begin(), node.entries.end(),
                           [&](const auto& entry) { return flowable(*entry.first) && flowable(*entry.second); });
    }
    return false;
  }

  std::vector<std::pair<NodePtr, NodePtr>> shuffled(const Node& node) {
    std::vector<std::pair<NodePtr, NodePtr>> entries = node.entries;
    std::shuffle(entries.begin(), entries.end(), random_);
    return entries;
  }

  std::string flow(const Node& node) {
    std::string out;
    if (node.kind == NodeKind::sequence) {
      for (const NodePtr& item : node.items) out += (out.empty() ? "" : ", ") + flow(*item);
      return "[" + out + "]";
    }
    if (node.kind == NodeKind::mapping) {
      for (const auto& [key, value] : shuffled(node)) {
        out += (out.empty() ? "" : ", ") + text(*key, true) + ": " + flow(*value);
      }
      return "{" + out + "}";
    }
    return text(node, true);
  }

  // What follows "key:" or "-": a scalar or a flow collection on the same
  // line, or a block collection on the next lines, indented.
  void after_indicator(const Node& value, int indent) {
    bool empty_collection = (value.kind == NodeKind::sequence && value.items.empty()) ||
                            (value.kind == NodeKind::mapping && value.entries.empty());
    if (value.kind == NodeKind::null || value.kind == NodeKind::scalar) {
      out_ += " " + text(value, false) + "\n";
    } else if (empty_collection || (flowable(value) && one_in(random_, 2))) {
      out_ += " " + flow(value) + "\n";
    } else {
      out_ += "\n";
      block(value, indent + 2);
    }
  }

  void block(const Node& node, int indent) {
    std::string margin(static_cast<std::size_t>(indent), ' ');
    if (node.kind == NodeKind::mapping) {
      for (const auto& [key, value] : shuffled(node)) {
        out_ += margin + text(*key, false) + ":";
        after_indicator(*value, indent);
      }
    } else {
      for (const NodePtr& item : node.items) {
        out_ += margin + "-";
        after_indicator(*item, indent);
      }
    }
  }

  Random& random_;
  std::string out_;
};

// ---- Records as YAML nodes ---------------------------------------------------

NodePtr evidence_node(const std::vector<std::string>& evidence, Random& random) {
  if (evidence.size() == 1 && one_in(random, 2)) return scalar(evidence.front(), false);
  std::vector<NodePtr> pieces;
  for (const std::string& piece : evidence) pieces.push_back(scalar(piece, false));
  return sequence(std::move(pieces));
}

// The value, with the note and evidence a record carries beside it.
void add_note_and_evidence(Entries& entries, const std::string& note, const std::vector<std::string>& evidence,
                           Random& random) {
  if (!note.empty()) entries.emplace_back("note", scalar(note, false));
  if (!evidence.empty()) entries.emplace_back("evidence", evidence_node(evidence, random));
}

// A number as a plain decimal: a count, a score, a ratio, a scale value.
NodePtr number(const Rational& value) { return scalar(value.exact_text()); }

NodePtr rating_node(const Rating& rating, Random& random) {
  std::string word;
  if (!rating.applicable()) {
    word = pick(std::vector<std::string>{std::string(not_applicable_word), std::string(not_applicable_word_zh),
                                         std::string(not_applicable_word_zh_hant)},
                random);
  } else {
    const RatingLevel& level = *rating.level;
    std::string value = level.value.exact_text();
    // 1 -> "1.0", 0.8 -> "0.80": the trailing zero is the same value.
    std::string padded = value + (level.value.is_whole() ? ".0" : "0");
    word = pick(std::vector<std::string>{level.id, level.name, value, padded}, random);
  }
  NodePtr written = scalar(word);
  if (rating.applicable() && rating.note.empty() && rating.evidence.empty() && !one_in(random, 6)) return written;
  Entries entries;
  entries.emplace_back("rating", written);
  if (!rating.applicable()) entries.emplace_back("reason", scalar(rating.reason, false));
  add_note_and_evidence(entries, rating.note, rating.evidence, random);
  return mapping(entries);
}

NodePtr fact_node(const Fact& fact, Random& random);

NodePtr ratio_mapping(const Fact& fact, Random& random) {
  Entries entries;
  if (fact.numerator) {
    entries.emplace_back("numerator", number(*fact.numerator));
    entries.emplace_back("denominator", number(*fact.denominator));
  }
  if (fact.exists) entries.emplace_back("exists", scalar(*fact.exists ? "true" : "false"));
  add_note_and_evidence(entries, fact.note, fact.evidence, random);
  return mapping(entries);
}

NodePtr parts_mapping(const Fact& fact, Random& random) {
  Entries entries;
  for (const FactPart& part : fact.parts) entries.emplace_back(part.name, fact_node(part.fact, random));
  add_note_and_evidence(entries, fact.note, fact.evidence, random);
  return mapping(entries);
}

// The fact's value alone, for the kinds written as one.
NodePtr fact_value(const Fact& fact) {
  switch (fact.kind) {
    case FactKind::boolean:
      return scalar(fact.yes ? "true" : "false");
    case FactKind::choice:
      return scalar(fact.outcome, writes_plain(fact.outcome, false));
    case FactKind::missing: {
      std::vector<NodePtr> ids;
      for (const std::string& id : fact.missing) ids.push_back(scalar(id, writes_plain(id, true)));
      return sequence(std::move(ids));
    }
    default:  // count, score, a ratio written as a decimal
      return number(fact.number);
  }
}

NodePtr fact_node(const Fact& fact, Random& random) {
  if (fact.kind == FactKind::parts) return parts_mapping(fact, random);
  if (fact.kind == FactKind::ratio && (fact.numerator || fact.exists)) return ratio_mapping(fact, random);
  NodePtr value = fact_value(fact);
  if (fact.note.empty() && fact.evidence.empty() && !one_in(random, 6)) return value;
  Entries entries;
  entries.emplace_back("value", value);
  add_note_and_evidence(entries, fact.note, fact.evidence, random);
  return mapping(entries);
}

// A key of `ratings:` or `facts:`, an ID: plain or quoted ("6.1.1", "1.10").
NodePtr id_key(const std::string& id, Random& random) { return scalar(id, !one_in(random, 3)); }

NodePtr records_node(const Scheme& scheme, const Assessment& assessment, Random& random) {
  auto node = std::make_shared<Node>();
  node->kind = NodeKind::mapping;
  std::visit(overloaded{[&](const RatingMean&) {
                          for (const Indicator* rated : scheme.rated_indicators()) {
                            std::vector<NodePtr> ratings;
                            for (const Item& item : rated->items) {
                              if (const ItemRecord* record = assessment.find(item)) {
                                ratings.push_back(rating_node(std::get<Rating>(record->value), random));
                              }
                            }
                            if (!ratings.empty()) node->entries.emplace_back(id_key(rated->id, random), sequence(ratings));
                          }
                        },
                        [&](const PointsSum&) {
                          for (const ItemRecord& record : assessment.records()) {
                            node->entries.emplace_back(id_key(record.item->id, random),
                                                       fact_node(std::get<Fact>(record.value), random));
                          }
                        }},
             scheme.aggregation);
  return node;
}

bool rates(const Scheme& scheme) { return std::holds_alternative<RatingMean>(scheme.aggregation); }

// ---- Random records ----------------------------------------------------------

Rating random_rating(const Scheme& scheme, Random& random, bool na) {
  Rating rating;
  if (na) {
    rating.reason = pick(reasons, random);
  } else {
    const auto& levels = std::get<RatingMean>(scheme.aggregation).scale.levels;
    rating.level = &levels[static_cast<std::size_t>(between(random, 0, static_cast<int>(levels.size()) - 1))];
    rating.note = random_note(random);
  }
  rating.evidence = random_evidence(random);
  return rating;
}

// Somewhat past the count where the rule stops counting.
int count_top(const Rule& rule) {
  if (const auto* per_count = std::get_if<PerCountRule>(&rule.spec); per_count && per_count->cap) {
    return static_cast<int>(std::ceil(((*per_count->cap / per_count->each).mpq()).get_d())) + 2;
  }
  if (const auto* tiers = std::get_if<CountTiersRule>(&rule.spec)) {
    return static_cast<int>(tiers->tiers.front().min.mpq().get_d()) + 2;
  }
  return 6;
}

Rational random_count(const Rule& rule, Random& random) { return Rational(between(random, 0, count_top(rule))); }

void random_ratio(const Rule& rule, Random& random, Fact& fact) {
  bool existence = scores_existence(rule);
  int form = between(random, 0, existence ? 4 : 2);
  if (form == 0) {  // a decimal, on a threshold now and then
    static const std::vector<Rational> decimals = {Rational(0), Rational(1, 4), Rational(1, 2), Rational(7, 10),
                                                   Rational(17, 20), Rational(9, 10), Rational(1), Rational(4, 10)};
    fact.number = one_in(random, 2) ? pick(decimals, random) : Rational(between(random, 0, 100), 100);
  } else if (form <= 2 || form == 4) {  // counts, with `exists` beside them (form 4)
    long denominator = between(random, 1, 20);
    fact.numerator = Rational(between(random, 0, static_cast<int>(denominator)));
    fact.denominator = Rational(denominator);
    fact.number = *fact.numerator / *fact.denominator;
    if (form == 4) fact.exists = fact.number > Rational(0) || one_in(random, 2);
  } else {  // {exists: true|false}: no base to count against
    fact.exists = one_in(random, 2);
  }
}

Rational random_step(const Rational& low, const Rational& high, const Rational& step, Random& random) {
  int steps = static_cast<int>(((high - low) / step).mpq().get_d());
  return low + step * Rational(between(random, 0, steps));
}

Fact random_fact(const Rule& rule, Random& random) {
  Fact fact;
  fact.kind = fact_kind(rule);
  switch (fact.kind) {
    case FactKind::boolean:
      fact.yes = one_in(random, 2);
      break;
    case FactKind::count:
      fact.number = random_count(rule, random);
      break;
    case FactKind::ratio:
      random_ratio(rule, random, fact);
      break;
    case FactKind::choice:
      fact.outcome = pick(std::get<ChoiceRule>(rule.spec).outcomes, random).id;
      break;
    case FactKind::score:
      if (const auto* judgement = std::get_if<JudgementRule>(&rule.spec)) {
        fact.number = random_step(judgement->min, judgement->max, judgement->step, random);
        fact.note = pick(notes, random);  // a judgement says why
      } else {
        const auto& external = std::get<ExternalRule>(rule.spec);
        fact.number = random_step(external.min, external.max, Rational(1, 2), random);
      }
      break;
    case FactKind::missing:
      for (const MissingCandidate& candidate : std::get<PerMissingRule>(rule.spec).of) {
        if (one_in(random, 3)) fact.missing.push_back(candidate.id);
      }
      std::shuffle(fact.missing.begin(), fact.missing.end(), random);
      break;
    case FactKind::parts:
      for (const RulePart& part : std::get<CompositeRule>(rule.spec).parts) {
        fact.parts.push_back({part.name, random_fact(part.rule, random)});
      }
      break;
  }
  if (fact.note.empty()) fact.note = random_note(random);
  if (one_in(random, 3)) fact.evidence = random_evidence(random);
  return fact;
}

// Which way an assessment leans: its records drawn anywhere, or mostly at
// the top or the bottom of what their rules give, so that caps (a per-count
// cap, the bonus cap, the total cap) and floors are reached, not only the middle.
enum class Lean { none, high, low };

// The outcome of a choice worth the most (high) or the least points.
const ChoiceOutcome& extreme_outcome(const ChoiceRule& rule, bool high) {
  return *std::max_element(rule.outcomes.begin(), rule.outcomes.end(),
                           [&](const ChoiceOutcome& a, const ChoiceOutcome& b) {
                             return high ? a.points < b.points : b.points < a.points;
                           });
}

// `fact` moved to the top (high) or the bottom of its rule.
void lean_fact(const Rule& rule, Fact& fact, bool high) {
  switch (fact.kind) {
    case FactKind::boolean:
      fact.yes = high;
      break;
    case FactKind::count:
      fact.number = Rational(high ? count_top(rule) : 0);
      break;
    case FactKind::ratio:
      fact.numerator.reset();  // a decimal: 1 or 0
      fact.denominator.reset();
      fact.exists.reset();
      fact.number = Rational(high ? 1 : 0);
      break;
    case FactKind::choice:
      fact.outcome = extreme_outcome(std::get<ChoiceRule>(rule.spec), high).id;
      break;
    case FactKind::score:
      if (const auto* judgement = std::get_if<JudgementRule>(&rule.spec)) {
        fact.number = high ? judgement->max : judgement->min;
      } else {
        fact.number = high ? std::get<ExternalRule>(rule.spec).max : std::get<ExternalRule>(rule.spec).min;
      }
      break;
    case FactKind::missing:
      fact.missing.clear();
      if (!high) {
        for (const MissingCandidate& candidate : std::get<PerMissingRule>(rule.spec).of) fact.missing.push_back(candidate.id);
      }
      break;
    case FactKind::parts:
      for (std::size_t i = 0; i < fact.parts.size(); ++i) {
        lean_fact(std::get<CompositeRule>(rule.spec).parts[i].rule, fact.parts[i].fact, high);
      }
      break;
  }
}

// The level worth the most (high) or the least.
const RatingLevel* extreme_level(const Scheme& scheme, bool high) {
  const auto& levels = std::get<RatingMean>(scheme.aggregation).scale.levels;
  return &*std::max_element(levels.begin(), levels.end(), [&](const RatingLevel& a, const RatingLevel& b) {
    return high ? a.value < b.value : b.value < a.value;
  });
}

ItemRecord random_record(const Scheme& scheme, const Item& item, Random& random, Lean lean = Lean::none) {
  bool leans = lean != Lean::none && !one_in(random, 4);
  if (const auto* rule_item = std::get_if<RuleItem>(&item.kind)) {
    Fact fact = random_fact(rule_item->rule, random);
    if (leans) lean_fact(rule_item->rule, fact, lean == Lean::high);
    return {&item, std::move(fact)};
  }
  Rating rating = random_rating(scheme, random, one_in(random, 8));
  if (leans && rating.applicable()) rating.level = extreme_level(scheme, lean == Lean::high);
  return {&item, std::move(rating)};
}

std::vector<const Indicator*> main_sections(const Scheme& scheme) {
  std::vector<const Indicator*> sections;
  for (const Indicator& section : scheme.indicators) {
    if (!section.bonus) sections.push_back(&section);
  }
  return sections;
}

void add_items(const Indicator& indicator, std::vector<const Item*>& items) {
  for (const Item& item : indicator.items) items.push_back(&item);
  for (const Indicator& child : indicator.children) add_items(child, items);
}

// Every item `assessment`'s scope evaluates, in tree order.
std::vector<const Item*> items_in_scope(const Scheme& scheme, const Assessment& assessment) {
  std::vector<const Item*> items;
  for (const Indicator& section : scheme.indicators) {
    if (assessment.in_scope(section)) add_items(section, items);
  }
  return items;
}

std::vector<const Indicator*> random_scope(const Scheme& scheme, Random& random) {
  std::vector<const Indicator*> scope = main_sections(scheme);
  std::shuffle(scope.begin(), scope.end(), random);
  scope.resize(static_cast<std::size_t>(between(random, 1, static_cast<int>(scope.size()))));
  return scope;
}

// A copy of `from` with `scope`, keeping the records of the items still in
// scope and drawing records for the items that came into it.
Assessment with_scope(const Scheme& scheme, const Assessment& from, std::vector<const Indicator*> scope,
                      Random& random) {
  Assessment to;
  to.city = from.city;
  to.period = from.period;
  to.scope = std::move(scope);
  for (const Item* item : items_in_scope(scheme, to)) {
    const ItemRecord* kept = from.find(*item);
    to.add(kept ? *kept : random_record(scheme, *item, random));
  }
  return to;
}

// An assessment whose every item in scope is na is refused: rate one.
void keep_something_rated(const Scheme& scheme, Assessment& assessment, Random& random) {
  if (!rates(scheme)) return;
  const auto& records = assessment.records();
  bool any = std::any_of(records.begin(), records.end(),
                         [](const ItemRecord& record) { return std::get<Rating>(record.value).applicable(); });
  if (any || records.empty()) return;
  const ItemRecord& chosen = pick(records, random);
  assessment.replace({chosen.item, random_rating(scheme, random, false)});
}

}  // namespace

Assessment random_assessment(const Scheme& scheme, Random& random) {
  Assessment assessment;
  assessment.city = pick(cities, random);
  if (!one_in(random, 4)) assessment.period = pick(std::vector<std::string>{"2025", "2024-Q3", "二〇二五年"}, random);
  if (one_in(random, 4)) assessment.scope = random_scope(scheme, random);
  Lean lean = pick(std::vector<Lean>{Lean::none, Lean::none, Lean::high, Lean::low}, random);
  for (const Item* item : items_in_scope(scheme, assessment)) {
    assessment.add(random_record(scheme, *item, random, lean));
  }
  keep_something_rated(scheme, assessment, random);
  return assessment;
}

std::string assessment_yaml(const Scheme& scheme, const Assessment& assessment, Random& random) {
  Entries top;
  top.emplace_back("scheme", scalar(scheme.id));
  top.emplace_back("city", scalar(assessment.city, false));
  if (!assessment.period.empty()) top.emplace_back("period", scalar(assessment.period, false));
  if (!assessment.scope.empty()) {
    std::vector<NodePtr> ids;
    for (const Indicator* section : assessment.scope) ids.push_back(id_key(section->id, random));
    top.emplace_back("scope", sequence(std::move(ids)));
  }
  top.emplace_back(rates(scheme) ? "ratings" : "facts", records_node(scheme, assessment, random));
  return Emitter(random).document(*mapping(top));
}

std::string random_assessment_yaml(const Scheme& scheme, Random& random) {
  return assessment_yaml(scheme, random_assessment(scheme, random), random);
}

std::optional<std::string> permute_keys(std::string_view text, Random& random) {
  Diagnostics diagnostics;
  NodePtr root = yaml::read_yaml(text, "permuted.yaml", diagnostics);
  if (!root || diagnostics.has_errors()) return std::nullopt;
  // Keys that are collections cannot be written back by the emitter.
  std::vector<const Node*> pending = {root.get()};
  while (!pending.empty()) {
    const Node* node = pending.back();
    pending.pop_back();
    for (const NodePtr& item : node->items) pending.push_back(item.get());
    for (const auto& [key, value] : node->entries) {
      if (key->kind != NodeKind::scalar && key->kind != NodeKind::null) return std::nullopt;
      pending.push_back(value.get());
    }
  }
  return Emitter(random).document(*root);
}

namespace {

// ---- Mutations (the fuzz target's) ---------------------------------------------

std::optional<Assessment> load(const Scheme& scheme, std::string_view text, Diagnostics& diagnostics) {
  return read_assessment(text, "assessment.yaml", scheme, diagnostics);
}

// A fact of a shape `item`'s rule does not read: the fact of another item
// whose rule reads another kind, which the loader must refuse, not misread.
std::optional<Fact> fact_of_another_shape(const Scheme& scheme, const Item& item, Random& random) {
  FactKind kind = fact_kind(std::get<RuleItem>(item.kind).rule);
  std::vector<const Rule*> others;
  for (const Indicator* rated : scheme.rated_indicators()) {
    for (const Item& other : rated->items) {
      const Rule& rule = std::get<RuleItem>(other.kind).rule;
      if (fact_kind(rule) != kind) others.push_back(&rule);
    }
  }
  if (others.empty()) return std::nullopt;
  return random_fact(*pick(others, random), random);
}

// One record of `assessment` changed: drawn again, switched to or from na,
// or (one time in four, for facts) given a fact of another shape.
void mutate_record(const Scheme& scheme, Assessment& assessment, Random& random) {
  if (assessment.records().empty()) return;
  const ItemRecord& record = pick(assessment.records(), random);
  const Item& item = *record.item;
  if (const auto* rating = std::get_if<Rating>(&record.value)) {
    bool to_na = rating->applicable() ? one_in(random, 2) : false;
    assessment.replace({&item, random_rating(scheme, random, to_na)});
  } else if (std::optional<Fact> other; one_in(random, 4) && (other = fact_of_another_shape(scheme, item, random))) {
    assessment.replace({&item, *other});
  } else {
    assessment.replace(random_record(scheme, item, random));
  }
}

}  // namespace

std::optional<std::string> mutate_assessment(const Scheme& scheme, std::string_view text, Random& random) {
  Diagnostics diagnostics;
  std::optional<Assessment> assessment = load(scheme, text, diagnostics);
  if (!assessment) return std::nullopt;
  switch (between(random, 0, 5)) {
    case 0:  // the keys permuted, nothing else
      return permute_keys(text, random);
    case 1:  // a new scope, or none
      *assessment = with_scope(scheme, *assessment,
                               one_in(random, 3) ? std::vector<const Indicator*>{} : random_scope(scheme, random), random);
      keep_something_rated(scheme, *assessment, random);
      break;
    default:
      mutate_record(scheme, *assessment, random);
      break;
  }
  return assessment_yaml(scheme, *assessment, random);
}

namespace {

// ---- Raising a record one step (invariant b) -----------------------------------

// The next level up the scale, or null at the top (and for na, which is not on it).
const RatingLevel* next_level(const RatingScale& scale, const RatingLevel* level) {
  if (!level) return nullptr;
  const RatingLevel* next = nullptr;
  for (const RatingLevel& other : scale.levels) {
    if (other.value > level->value && (!next || other.value < next->value)) next = &other;
  }
  return next;
}

// Every fact one step better than `fact` under `rule` where "better" is the
// rule's own direction: a requirement met, one more occurrence, a higher
// ratio, the outcome worth the next more points, a higher score, one missing
// candidate fewer, or one part of a composite one step better.
std::vector<Fact> raised_facts(const Rule& rule, const Fact& fact) {
  std::vector<Fact> raised;
  auto raise = [&](auto change) {
    Fact copy = fact;
    change(copy);
    raised.push_back(std::move(copy));
  };
  switch (fact.kind) {
    case FactKind::boolean:
      if (!fact.yes) raise([](Fact& f) { f.yes = true; });
      break;
    case FactKind::count:
      raise([](Fact& f) { f.number = f.number + Rational(1); });
      break;
    case FactKind::ratio:
      if (fact.exists == false) raise([](Fact& f) { f.exists = true; });
      if (fact.numerator && *fact.numerator < *fact.denominator) {
        raise([](Fact& f) {
          f.numerator = *f.numerator + Rational(1);
          f.number = *f.numerator / *f.denominator;
          if (f.exists == false) f.exists = true;
        });
      } else if (!fact.numerator && !fact.exists && fact.number < Rational(1)) {
        raise([](Fact& f) { f.number = std::min(Rational(1), f.number + Rational(1, 10)); });
      }
      break;
    case FactKind::choice: {
      const auto& outcomes = std::get<ChoiceRule>(rule.spec).outcomes;
      const ChoiceOutcome* now = std::get<ChoiceRule>(rule.spec).find(fact.outcome);
      const ChoiceOutcome* next = nullptr;
      for (const ChoiceOutcome& outcome : outcomes) {
        if (outcome.points > now->points && (!next || outcome.points < next->points)) next = &outcome;
      }
      if (next) raise([&](Fact& f) { f.outcome = next->id; });
      break;
    }
    case FactKind::score:
      if (const auto* judgement = std::get_if<JudgementRule>(&rule.spec)) {
        if (fact.number + judgement->step <= judgement->max) {
          raise([&](Fact& f) { f.number = f.number + judgement->step; });
        }
      } else if (const auto& external = std::get<ExternalRule>(rule.spec); fact.number < external.max) {
        raise([&](Fact& f) { f.number = std::min(external.max, f.number + Rational(1, 2)); });
      }
      break;
    case FactKind::missing:
      for (std::size_t i = 0; i < fact.missing.size(); ++i) {
        raise([&](Fact& f) { f.missing.erase(f.missing.begin() + static_cast<std::ptrdiff_t>(i)); });
      }
      break;
    case FactKind::parts: {
      const auto& parts = std::get<CompositeRule>(rule.spec).parts;
      for (std::size_t i = 0; i < fact.parts.size() && i < parts.size(); ++i) {
        for (Fact& better : raised_facts(parts[i].rule, fact.parts[i].fact)) {
          raise([&](Fact& f) { f.parts[i].fact = std::move(better); });
        }
      }
      break;
    }
  }
  return raised;
}

// A record raised one step, with words for a violation: "partly -> mostly".
struct Raise {
  ItemRecord record;
  std::string change;
};

std::vector<Raise> raises_of(const Scheme& scheme, const ItemRecord& record) {
  std::vector<Raise> raises;
  if (const auto* rating = std::get_if<Rating>(&record.value)) {
    const RatingScale& scale = std::get<RatingMean>(scheme.aggregation).scale;
    if (const RatingLevel* next = next_level(scale, rating->level)) {
      Rating raised = *rating;
      raised.level = next;
      raises.push_back({{record.item, raised}, rating->level->id + " -> " + next->id});
    }
    return raises;
  }
  const Fact& fact = std::get<Fact>(record.value);
  for (Fact& raised : raised_facts(std::get<RuleItem>(record.item->kind).rule, fact)) {
    std::string change = fact_text(fact) + " -> " + fact_text(raised);
    raises.push_back({{record.item, std::move(raised)}, std::move(change)});
  }
  return raises;
}

// ---- Bounds (invariant a) --------------------------------------------------------

Rational least_earned(const Scheme& scheme, const Indicator& indicator) {
  Rational least;
  if (indicator.is_rated()) {
    std::visit(overloaded{[&](const RatingMean& mean) {
                            Rational lowest = mean.scale.levels.front().value;
                            for (const RatingLevel& level : mean.scale.levels) lowest = std::min(lowest, level.value);
                            least = lowest * indicator.points;
                          },
                          [&](const PointsSum&) {
                            for (const Item& item : indicator.items) {
                              least += least_points(std::get<RuleItem>(item.kind).rule);
                            }
                          }},
               scheme.aggregation);
  }
  for (const Indicator& child : indicator.children) least += least_earned(scheme, child);
  if (indicator.floor) least = std::max(least, *indicator.floor);
  return least;
}

// Every indicator earns at most the points it counts (a bonus section: its
// cap), so that the sums above stay within greatest_composite.
void check_indicator_bounds(const std::vector<IndicatorResult>& results, std::vector<std::string>& violations) {
  for (const IndicatorResult& result : results) {
    const Indicator& indicator = *result.indicator;
    Rational most = indicator.bonus && indicator.cap ? *indicator.cap : result.evaluated;
    if (result.status == Status::evaluated && !(indicator.bonus && !indicator.cap) && result.earned > most) {
      violations.push_back(fmt::format("a. bounds: indicator {} earns {} of the {} it counts", indicator.id,
                                       result.earned.exact_string(), most.exact_string()));
    }
    check_indicator_bounds(result.children, violations);
  }
}

void check_bounds(const Scheme& scheme, const ScoreResult& result, std::vector<std::string>& violations) {
  Rational least = least_composite(scheme), most = greatest_composite(scheme);
  for (const auto& [what, value] : {std::pair{"composite", result.composite}, std::pair{"reported", result.reported}}) {
    if (value < least || value > most) {
      violations.push_back(fmt::format("a. bounds: the {} {} is outside [{}, {}]", what, value.exact_string(),
                                       least.exact_string(), most.exact_string()));
    }
  }
  check_indicator_bounds(result.indicators, violations);
}

// ---- Monotony (invariant b) ------------------------------------------------------

void check_raises(const Scheme& scheme, const Assessment& assessment, const ScoreResult& before,
                  const CheckOptions& options, std::vector<std::string>& violations) {
  std::vector<const ItemRecord*> records;
  for (const ItemRecord& record : assessment.records()) records.push_back(&record);
  if (options.raised_records && *options.raised_records < records.size()) {
    Random random(options.seed);
    std::shuffle(records.begin(), records.end(), random);
    records.resize(*options.raised_records);
  }
  for (const ItemRecord* each : records) {
    const ItemRecord& record = *each;
    for (Raise& raise : raises_of(scheme, record)) {
      Assessment raised = assessment;
      raised.replace(std::move(raise.record));
      ScoreResult after = score(scheme, raised);
      if (after.composite < before.composite) {
        violations.push_back(fmt::format("b. monotony: raising item {} ({}) lowers the composite from {} to {}",
                                         record.item->id, raise.change, before.composite.exact_string(),
                                         after.composite.exact_string()));
      }
      for (std::size_t i = 0; i < before.indicators.size() && i < after.indicators.size(); ++i) {
        const Rational& was = before.indicators[i].earned;
        const Rational& is = after.indicators[i].earned;
        if (is < was) {
          violations.push_back(fmt::format("b. monotony: raising item {} ({}) lowers level-1 indicator {} from {} to {}",
                                           record.item->id, raise.change, before.indicators[i].indicator->id,
                                           was.exact_string(), is.exact_string()));
        }
      }
    }
  }
}

// ---- Key order (invariant c) -----------------------------------------------------

void add_fingerprint(const std::vector<IndicatorResult>& results, std::vector<std::string>& out) {
  for (const IndicatorResult& result : results) {
    out.push_back(fmt::format("{} {} earned {} raw {} of {}", result.indicator->id, status_id(result.status),
                              result.earned.exact_string(), result.raw.exact_string(),
                              result.evaluated.exact_string()));
    for (const ItemResult& item : result.items) {
      if (const auto* rule = std::get_if<RuleItemResult>(&item.outcome)) {
        out.push_back(item.item->id + " points " + rule->points.exact_string());
      }
    }
    add_fingerprint(result.children, out);
  }
}

// Everything a result says, exactly, to compare two results line by line.
std::vector<std::string> fingerprint(const ScoreResult& result) {
  std::vector<std::string> out = {"composite " + result.composite.exact_string(),
                                  "reported " + result.reported.exact_string(),
                                  std::string("grade ") + (result.grade ? result.grade->id : "(none)")};
  add_fingerprint(result.indicators, out);
  return out;
}

void check_key_orders(const Scheme& scheme, std::string_view text, const ScoreResult& result,
                      const CheckOptions& options, std::vector<std::string>& violations) {
  Random random(options.seed);
  std::vector<std::string> expected = fingerprint(result);
  for (int n = 0; n < options.permutations; ++n) {
    std::optional<std::string> permuted = permute_keys(text, random);
    if (!permuted) {
      violations.push_back("c. key order: the assessment could not be written back with its keys permuted");
      return;
    }
    Diagnostics diagnostics;
    std::optional<Assessment> assessment = load(scheme, *permuted, diagnostics);
    if (!assessment) {
      std::string first = diagnostics.all().empty() ? "" : format_diagnostic(diagnostics.all().front(), Language::en);
      violations.push_back("c. key order: with its keys permuted the assessment is refused: " + first +
                           "\n--- permuted ---\n" + *permuted);
      return;
    }
    std::vector<std::string> got = fingerprint(score(scheme, *assessment));
    auto [was, is] = std::mismatch(expected.begin(), expected.end(), got.begin(), got.end());
    if (was != expected.end() || is != got.end()) {
      violations.push_back(fmt::format("c. key order: with its keys permuted \"{}\" becomes \"{}\"\n--- permuted ---\n{}",
                                       was == expected.end() ? "" : *was, is == got.end() ? "" : *is, *permuted));
    }
  }
}

// ---- The reports' numbers (invariant d) ------------------------------------------

// The labels of the text report's lines and columns, in each language.
struct TextLabels {
  std::string score_line;  // the header line of the composite
  std::string grade_line;
  std::string id_column;
  std::string score_column;
  std::string max_column;
  std::string percent_column;
};

const TextLabels& labels(Language language) {
  static const TextLabels en = {"Score", "Grade", "ID", "Score", "Max", "Percent"};
  static const TextLabels zh = {"综合得分", "等级", "编号", "得分", "满分", "得分率"};
  return language == Language::en ? en : zh;
}

// A word of a line and the display column it ends at.
struct Word {
  std::string text;
  std::size_t start = 0;
  std::size_t end = 0;
};

std::vector<Word> words_of(std::string_view line) {
  std::vector<Word> words;
  std::size_t column = 0;
  for (std::string_view character : utf8::characters(line)) {
    bool blank = character == " ";
    if (!blank && (words.empty() || words.back().end != column)) words.push_back({"", column, column});
    column += utf8::display_width(character);
    if (!blank) {
      words.back().text += character;
      words.back().end = column;
    }
  }
  return words;
}

// One row of the text report's table: its score, max and percent as shown ("" when blank).
struct TextRow {
  std::string score, max, percent;
};

struct TextReport {
  std::string composite;
  std::string grade;
  std::map<std::string, TextRow> rows;
};

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// The number of a labelled header line ("Score   97.47 / 100"), its first
// word; not "Score in scope   28.32 / 30".
std::optional<std::string> header_number(const std::vector<Word>& words, const std::string& label) {
  if (words.size() < 2 || words.front().text != label) return std::nullopt;
  const std::string& first = words[1].text;
  if (first.empty() || !(std::isdigit(static_cast<unsigned char>(first.front())) || first.front() == '-')) {
    return std::nullopt;
  }
  return first;
}

TextReport read_text_report(const std::string& text, Language language) {
  const TextLabels& label = labels(language);
  TextReport report;
  std::size_t name_start = 0, score_end = 0, max_end = 0, percent_end = 0;
  bool in_table = false;
  for (const std::string& line : split_lines(text)) {
    std::vector<Word> words = words_of(line);
    if (words.empty()) {
      if (in_table) break;  // the lists after the table (na items, evidence) are not rows
      continue;
    }
    if (!in_table) {
      if (auto value = header_number(words, label.score_line)) report.composite = *value;
      if (words.front().text == label.grade_line && words.size() >= 2) {
        report.grade = line.substr(line.find(words[1].text));
      }
      if (words.front().text == label.id_column) {
        in_table = true;
        name_start = words.size() > 1 ? words[1].start : 0;
        for (const Word& word : words) {
          if (word.text == label.score_column) score_end = word.end;
          if (word.text == label.max_column) max_end = word.end;
          if (word.text == label.percent_column) percent_end = word.end;
        }
      }
      continue;
    }
    // A line that starts in the name column continues the row above (a long
    // item text or fact, wrapped).
    if (words.front().start >= name_start) continue;
    TextRow row;
    for (const Word& word : words) {
      if (word.end == score_end) row.score = word.text;
      if (word.end == max_end) row.max = word.text;
      if (word.end == percent_end) row.percent = word.text;
    }
    report.rows[words.front().text] = row;
  }
  return report;
}

// Whether a JSON number and a decimal the text shows are the same value:
// both read as the nearest double, which for decimals this short is the
// same double exactly when they are the same decimal ("18.8", "18.80").
bool same_number(const nlohmann::json& number, std::string shown) {
  if (!number.is_number() || shown.empty()) return false;
  if (shown.back() == '%') shown.pop_back();
  char* end = nullptr;
  double value = std::strtod(shown.c_str(), &end);
  return end && *end == '\0' && value == number.get<double>();
}

class ReportComparison {
 public:
  ReportComparison(const TextReport& text, std::vector<std::string>& violations)
      : text_(text), violations_(violations) {}

  void indicators(const nlohmann::json& list) {
    for (const nlohmann::json& indicator : list) {
      std::string id = indicator.value("id", "");
      seen_.insert(id);
      auto row = text_.rows.find(id);
      if (row == text_.rows.end()) {
        mismatch(id, "has no row in the text report", "", "");
        continue;
      }
      compare(id, "score", indicator.value("score", nlohmann::json()), row->second.score);
      if (indicator.contains("status")) {
        // Out of scope or all na: the text shows its points and no children.
        compare(id, "max", indicator.value("max", nlohmann::json()), row->second.max);
        continue;
      }
      // The text shows the points that count: less what is na (evaluated_max).
      compare(id, "max", indicator.value("evaluated_max", indicator.value("max", nlohmann::json())), row->second.max);
      compare(id, "percent", indicator.value("percent", nlohmann::json()), row->second.percent);
      for (const nlohmann::json& item : indicator.value("items", nlohmann::json::array())) {
        if (!item.contains("points")) continue;  // a rated item: the text shows no row for it
        std::string item_id = item.value("id", "");
        seen_.insert(item_id);
        auto item_row = text_.rows.find(item_id);
        if (item_row == text_.rows.end()) {
          mismatch(item_id, "has no row in the text report", "", "");
        } else {
          compare(item_id, "points", item["points"], item_row->second.score);
        }
      }
      indicators(indicator.value("children", nlohmann::json::array()));
    }
  }

  void rows_not_in_json() {
    for (const auto& [id, row] : text_.rows) {
      if (!seen_.contains(id)) mismatch(id, "is a row of the text report, not in the JSON", "", "");
    }
  }

 private:
  // A missing or null number is shown as a blank or "—".
  void compare(const std::string& id, const char* what, const nlohmann::json& number, const std::string& shown) {
    bool blank = shown.empty() || shown == "—";
    if (number.is_null() ? blank : same_number(number, shown)) return;
    mismatch(id, what, number.dump(), shown);
  }

  void mismatch(const std::string& id, const std::string& what, const std::string& json, const std::string& text) {
    violations_.push_back(json.empty() && text.empty()
                              ? fmt::format("d. reports: {} {}", id, what)
                              : fmt::format("d. reports: {} {}: JSON {}, text \"{}\"", id, what, json, text));
  }

  const TextReport& text_;
  std::vector<std::string>& violations_;
  std::set<std::string> seen_;
};

}  // namespace

Rational least_composite(const Scheme& scheme) {
  std::optional<Rational> least_ratio;
  for (const Indicator* section : main_sections(scheme)) {
    if (section->points <= Rational(0)) continue;
    Rational ratio = least_earned(scheme, *section) / section->points;
    if (!least_ratio || ratio < *least_ratio) least_ratio = ratio;
  }
  Rational least = least_ratio.value_or(Rational(0)) * scheme.max_points;
  for (const Indicator& section : scheme.indicators) {
    if (section.bonus) least += std::min(Rational(0), least_earned(scheme, section));
  }
  return scheme.total_cap ? std::min(least, *scheme.total_cap) : least;
}

Rational greatest_composite(const Scheme& scheme) {
  Rational most = scheme.max_points + bonus_cap(scheme).value_or(Rational(0));
  return scheme.total_cap ? std::min(most, *scheme.total_cap) : most;
}

std::vector<std::string> report_mismatches(const std::string& json, const std::string& text, Language language) {
  std::vector<std::string> violations;
  nlohmann::json report;
  try {
    report = nlohmann::json::parse(json);
  } catch (const nlohmann::json::exception& error) {
    return {std::string("d. reports: the JSON report does not parse: ") + error.what()};
  }
  if (!report.is_object()) return {"d. reports: the JSON report is not an object"};
  TextReport shown = read_text_report(text, language);
  if (!same_number(report.value("score", nlohmann::json()), shown.composite)) {
    violations.push_back(fmt::format("d. reports: the composite: JSON {}, text \"{}\"",
                                     report.value("score", nlohmann::json()).dump(), shown.composite));
  }
  const nlohmann::json grade = report.value("grade", nlohmann::json());
  std::string grade_name = grade.is_object() ? grade.value(language == Language::en ? "name_en" : "name", "") : "";
  // No grade: the text says the scheme defines none, in parentheses.
  bool grades_agree = grade.is_null() ? shown.grade.starts_with("(") || shown.grade.starts_with("（")
                                      : shown.grade == grade_name;
  if (!grades_agree) {
    violations.push_back(fmt::format("d. reports: the grade: JSON {}, text \"{}\"", grade.dump(), shown.grade));
  }
  ReportComparison comparison(shown, violations);
  comparison.indicators(report.value("indicators", nlohmann::json::array()));
  comparison.rows_not_in_json();
  return violations;
}

std::vector<std::string> check_invariants(const Scheme& scheme, std::string_view yaml_text,
                                          const CheckOptions& options) {
  Diagnostics diagnostics;
  std::optional<Assessment> assessment = load(scheme, yaml_text, diagnostics);
  if (!assessment) {
    std::vector<std::string> refused = {"the assessment is refused:"};
    for (const Diagnostic& diagnostic : diagnostics.all()) refused.push_back(format_diagnostic(diagnostic, Language::en));
    return refused;
  }
  std::vector<std::string> violations;
  ScoreResult result = score(scheme, *assessment);
  check_bounds(scheme, result, violations);
  check_raises(scheme, *assessment, result, options, violations);
  check_key_orders(scheme, yaml_text, result, options, violations);
  std::string json = render_json(result);
  for (Language language : {Language::en, Language::zh}) {
    for (std::string& mismatch : report_mismatches(json, render_text(result, {language, false}), language)) {
      violations.push_back(std::move(mismatch));
    }
  }
  try {
    // The exact composite the JSON carries is the engine's.
    nlohmann::json report = nlohmann::json::parse(json);
    if (report.value("score_exact", "") != result.composite.exact_string()) {
      violations.push_back(fmt::format("d. reports: score_exact is {}, the composite {}", report["score_exact"].dump(),
                                       result.composite.exact_string()));
    }
    if (nlohmann::json::parse(render_json_line(result)) != report) {
      violations.push_back("d. reports: the one-line JSON is not the same object as the JSON report");
    }
  } catch (const nlohmann::json::exception& error) {
    violations.push_back(std::string("d. reports: the one-line JSON does not parse: ") + error.what());
  }
  return violations;
}

}  // namespace cityseceval::invariants
