// The points-sum kind, loaded: items of a tree with their rules, `facts:` of
// an assessment, and the facts read against the rules. Each problem is
// reported where it was written, and all of them in one run.
#include "rule_items.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "assessment_placeholders.h"
#include "evidence.h"
#include "rule_reader.h"
#include "cityseceval/messages.h"
#include "cityseceval/suggest.h"

namespace cityseceval {

namespace {

bool is_placeholder(const yaml::Node& node) {
  return node.kind == yaml::NodeKind::scalar && node.plain && node.value == placeholder_word;
}

class FactResolver {
 public:
  FactResolver(const AssessmentDocument& document, const Scheme& scheme, std::vector<const Indicator*> scope,
               const ReadOptions& options, Diagnostics& diagnostics)
      : document_(document),
        scheme_(scheme),
        options_(options),
        diagnostics_(diagnostics),
        assessment_(assessment_of(document, std::move(scope))) {}

  std::optional<Assessment> run() {
    std::size_t errors_before = diagnostics_.error_count();
    const WrittenFacts* written = own_records<WrittenFacts>(
        document_, "facts", message(MessageId::ratings_in_fact_scheme, {scheme_.id}), diagnostics_);
    std::unordered_map<const Item*, Fact> facts;
    std::size_t unrated = 0;
    for (const WrittenFact& entry : written ? written->facts : std::vector<WrittenFact>{}) {
      const Item* item = scheme_.find_item(entry.item_id);
      if (!item) {
        report_unknown(entry);
      } else if (const Indicator& dimension = scheme_.dimension_of(*scheme_.item_owner(item->id));
                 !assessment_.in_scope(dimension)) {
        report_out_of_scope(entry.location, entry.item_id, dimension, options_, diagnostics_);
      } else if (entry.reported) {
        facts.emplace(item, Fact{});
      } else if (is_placeholder(*entry.value)) {
        ++unrated;
        facts.emplace(item, Fact{});
      } else if (auto fact = read_fact(*entry.value, std::get<RuleItem>(item->kind).rule, entry.location.file,
                                       entry.item_id, diagnostics_)) {
        require_evidence(*item, *fact);
        facts.emplace(item, std::move(*fact));
      } else {
        facts.emplace(item, Fact{});  // reported
      }
    }
    std::vector<const Item*> missing;
    assessment_.reserve(scheme_.item_count());
    for (const Indicator* indicator : scheme_.rated_indicators()) {
      if (!assessment_.in_scope(scheme_.dimension_of(*indicator))) continue;
      for (const Item& item : indicator->items) {
        auto it = facts.find(&item);
        if (it == facts.end()) {
          missing.push_back(&item);
        } else {
          assessment_.add({&item, std::move(it->second)});
        }
      }
    }
    if (!missing.empty() && written && written->is_mapping) report_missing(missing, written->location);
    report_placeholders(document_, unrated, written ? written->location : document_.start,
                        message(unrated == 1 ? MessageId::facts_unfilled_one : MessageId::facts_unfilled_many, {unrated}),
                        diagnostics_);
    if (diagnostics_.error_count() > errors_before || !document_.valid) return std::nullopt;
    return std::move(assessment_);
  }

 private:
  void report_unknown(const WrittenFact& entry) {
    std::vector<std::string> ids;
    for (const Indicator* indicator : scheme_.rated_indicators()) {
      for (const Item& item : indicator->items) ids.push_back(item.id);
    }
    std::sort(ids.begin(), ids.end());
    diagnostics_.error(entry.location, message(MessageId::unknown_item, {entry.item_id, did_you_mean(entry.item_id, ids)}),
                       RuleId::unknown_item);
  }

  void report_missing(const std::vector<const Item*>& missing, const SourceLocation& where) {
    std::vector<Text> labels;
    for (const Item* item : missing) labels.push_back(message(MessageId::label_with_name, {item->id, item->text}));
    Text list = first_of(labels);
    diagnostics_.error(where,
                       missing.size() == 1 ? message(MessageId::missing_fact_one, {list})
                                           : message(MessageId::missing_fact_many, {missing.size(), list}),
                       RuleId::missing_item);
  }

  // --require-evidence: a fact that claims points (claims_points: more than
  // the least its rule gives) must name evidence, its own or a part's.
  void require_evidence(const Item& item, const Fact& fact) {
    const Rule& rule = std::get<RuleItem>(item.kind).rule;
    if (!options_.require_evidence || !evidence_of(fact).empty() || !claims_points(rule, fact)) return;
    Text text = message(MessageId::evidence_required_fact,
                        {item.id, evaluate(rule, fact).points.short_string(), least_points(rule).short_string()});
    report_missing_evidence(options_, fact.location, std::move(text), diagnostics_);
  }

  const AssessmentDocument& document_;
  const Scheme& scheme_;
  const ReadOptions& options_;
  Diagnostics& diagnostics_;
  Assessment assessment_;
};

}  // namespace

void allow_rule_item_keys(MappingReader& fields) { fields.allow_only({"id", "text", "points", "rule", "basis", "decision"}); }

RuleItem read_rule_item(const yaml::Node& node, const Indicator& indicator, const std::string& item_id,
                        const std::string& file, Diagnostics& diagnostics) {
  MappingReader fields(node, file, diagnostics, message(MessageId::item_n, {item_id}));
  RuleItem item;
  item.points = fields.number("points", !indicator.bonus, true);
  item.basis = fields.text("basis", false).value_or("");
  item.decision = fields.text("decision", false).value_or("");
  if (const yaml::Node* rule = fields.required("rule")) {
    // A rule that does not read leaves the default one; the tree is refused anyway.
    if (auto read = read_rule(*rule, file, item.points, diagnostics)) item.rule = std::move(*read);
  }
  return item;
}

WrittenFacts parse_written_facts(const yaml::Node& key, const yaml::Node& value, const std::string& file,
                                 Diagnostics& diagnostics) {
  WrittenFacts facts;
  facts.location = yaml::location_of(key, file);
  if (value.kind != yaml::NodeKind::mapping) {
    diagnostics.error(yaml::location_of(value, file), message(MessageId::facts_not_mapping, {yaml::describe(value)}),
                      RuleId::wrong_type);
    facts.is_mapping = false;
    return facts;
  }
  for (const auto& [id_node, fact] : value.entries) {
    if (auto id = scalar_key(*id_node, file, diagnostics)) {
      facts.facts.push_back({*id, yaml::location_of(*id_node, file), fact});
    }
  }
  return facts;
}

std::optional<Assessment> resolve_facts(const AssessmentDocument& document, const Scheme& scheme, const PointsSum&,
                                        std::vector<const Indicator*> scope, const ReadOptions& options,
                                        Diagnostics& diagnostics) {
  return FactResolver(document, scheme, std::move(scope), options, diagnostics).run();
}

}  // namespace cityseceval
