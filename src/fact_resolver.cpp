#include "fact_resolver.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "assessment_placeholders.h"
#include "rule_reader.h"
#include "suggest.h"
#include "yaml_reader.h"

namespace cityseceval {

namespace {

bool is_placeholder(const yaml::Node& node) {
  return node.kind == yaml::NodeKind::scalar && node.plain && node.value == placeholder_word;
}

class FactResolver {
 public:
  FactResolver(const AssessmentDocument& document, const Scheme& scheme, Diagnostics& diagnostics)
      : document_(document), scheme_(scheme), diagnostics_(diagnostics) {
    for (const Indicator* indicator : scheme_.rated_indicators()) {
      for (const Item& item : indicator->items) items_.emplace(item.id, &item);
    }
  }

  std::optional<Assessment> run() {
    std::size_t errors_before = diagnostics_.error_count();
    if (document_.has_ratings_key) {
      diagnostics_.error(document_.ratings_location,
                         fmt::format("scheme {} is scored from facts, not ratings: write \"facts:\" with one entry "
                                     "per item",
                                     scheme_.id),
                         "wrong-type");
    }
    std::unordered_map<std::string, Fact> facts;
    std::size_t unrated = 0;
    for (const WrittenFact& written : document_.facts) {
      auto it = items_.find(written.item_id);
      if (it == items_.end()) {
        report_unknown(written);
      } else if (is_placeholder(*written.value)) {
        ++unrated;
        facts.emplace(written.item_id, Fact{});
      } else if (auto fact = read_fact(*written.value, *it->second->rule, written.location.file, written.item_id,
                                       diagnostics_)) {
        facts.emplace(written.item_id, std::move(*fact));
      } else {
        facts.emplace(written.item_id, Fact{});  // reported
      }
    }
    Assessment assessment{document_.file, document_.city, document_.period, {}, {}};
    std::vector<const Item*> missing;
    for (const Indicator* indicator : scheme_.rated_indicators()) {
      for (const Item& item : indicator->items) {
        auto it = facts.find(item.id);
        if (it == facts.end()) {
          missing.push_back(&item);
        } else {
          assessment.facts.push_back({&item, std::move(it->second)});
        }
      }
    }
    if (!missing.empty() && document_.facts_read) report_missing(missing);
    if (!document_.has_facts_key && !document_.has_ratings_key) {
      diagnostics_.error(document_.ratings_location, "the assessment is missing the required key \"facts\"",
                         "missing-key");
    }
    report_placeholders(document_, unrated, document_.facts_location,
                        fmt::format("{} item{} {} not filled in (todo); record each item's fact", unrated,
                                    unrated == 1 ? "" : "s", unrated == 1 ? "is" : "are"),
                        diagnostics_);
    if (diagnostics_.error_count() > errors_before || !document_.valid) return std::nullopt;
    return assessment;
  }

 private:
  void report_unknown(const WrittenFact& written) {
    std::vector<std::string> ids;
    for (const auto& [id, item] : items_) ids.push_back(id);
    std::sort(ids.begin(), ids.end());
    diagnostics_.error(written.location,
                       fmt::format("unknown item \"{}\"{}", written.item_id, did_you_mean(written.item_id, ids)),
                       "unknown-item");
  }

  void report_missing(const std::vector<const Item*>& missing) {
    std::vector<std::string> labels;
    for (const Item* item : missing) labels.push_back(fmt::format("{} ({})", item->id, item->text));
    std::string list = first_of(labels);
    std::string message = missing.size() == 1 ? fmt::format("missing the fact for item {}", list)
                                              : fmt::format("missing facts for {} items: {}", missing.size(), list);
    diagnostics_.error(document_.facts_location, message, "missing-item");
  }

  const AssessmentDocument& document_;
  const Scheme& scheme_;
  Diagnostics& diagnostics_;
  std::unordered_map<std::string, const Item*> items_;
};

}  // namespace

std::optional<Assessment> resolve_facts(const AssessmentDocument& document, const Scheme& scheme,
                                        Diagnostics& diagnostics) {
  return FactResolver(document, scheme, diagnostics).run();
}

const ItemFact* Assessment::find_fact(std::string_view item_id) const {
  for (const ItemFact& fact : facts) {
    if (fact.item->id == item_id) return &fact;
  }
  return nullptr;
}

}  // namespace cityseceval
