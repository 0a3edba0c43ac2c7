// Step 2 of reading an assessment: what was written, checked against the
// scheme. Each kind of scheme resolves its own records (rating_items.h,
// rule_items.h).
#include <algorithm>

#include "assessment_document.h"
#include "cityseceval/messages.h"
#include "cityseceval/suggest.h"
#include "overloaded.h"
#include "rating_items.h"
#include "rule_items.h"

namespace cityseceval {

namespace {

std::vector<std::string> dimension_ids(const Scheme& scheme) {
  std::vector<std::string> ids;
  for (const Indicator& dimension : scheme.indicators) ids.push_back(dimension.id);
  return ids;
}

// `scope:` checked against the scheme: each a top-level indicator, once
// [invalid-scope]. Empty when the document has none (a full evaluation) or
// when it is wrong (reported; the document is then not resolved).
std::vector<const Indicator*> resolve_scope(const AssessmentDocument& document, const Scheme& scheme,
                                            Diagnostics& diagnostics) {
  std::vector<const Indicator*> scope;
  if (!document.scope) return scope;
  if (document.scope->dimensions.empty()) {
    diagnostics.error(document.scope->location, message(MessageId::scope_empty), RuleId::invalid_scope);
  }
  const std::vector<std::string> ids = dimension_ids(scheme);
  for (const WrittenScope::Dimension& written : document.scope->dimensions) {
    const Indicator* indicator = scheme.find_indicator(written.id);
    Text problem;
    if (!indicator) {
      problem = message(MessageId::scope_unknown, {written.id, did_you_mean(written.id, ids), join_all(ids)});
    } else if (indicator->level != 1) {
      problem = message(MessageId::scope_not_dimension, {written.id, indicator->level, join_all(ids)});
    } else if (indicator->bonus) {
      problem = message(MessageId::scope_bonus, {written.id});
    } else if (std::find(scope.begin(), scope.end(), indicator) != scope.end()) {
      problem = message(MessageId::scope_twice, {written.id});
    } else {
      scope.push_back(indicator);
      continue;
    }
    diagnostics.error(written.location, problem, RuleId::invalid_scope);
  }
  return scope;
}

}  // namespace

std::optional<Assessment> resolve_assessment(const AssessmentDocument& document, const Scheme& scheme,
                                             const ReadOptions& options, Diagnostics& diagnostics) {
  const std::size_t errors_before = diagnostics.error_count();
  std::vector<const Indicator*> scope = resolve_scope(document, scheme, diagnostics);
  // Which records are missing or outside depends on the scope: with a wrong
  // one every later message would be noise, so the scope is fixed first.
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return std::visit(overloaded{[&](const RatingMean& kind) {
                                 return resolve_ratings(document, scheme, kind, scope, options, diagnostics);
                               },
                               [&](const PointsSum& kind) {
                                 return resolve_facts(document, scheme, kind, scope, options, diagnostics);
                               }},
                    scheme.aggregation);
}

void report_out_of_scope(const SourceLocation& where, std::string_view id, const Indicator& dimension,
                         const ReadOptions& options, Diagnostics& diagnostics) {
  if (options.lenient) {
    diagnostics.warning(where, message(MessageId::out_of_scope_ignored, {id, dimension.id, dimension.name}),
                        RuleId::out_of_scope);
  } else {
    diagnostics.error(where, message(MessageId::out_of_scope, {id, dimension.id, dimension.name}),
                      RuleId::out_of_scope);
  }
}

Assessment assessment_of(const AssessmentDocument& document, std::vector<const Indicator*> scope) {
  Assessment assessment;
  assessment.file = document.file;
  assessment.city = document.city;
  assessment.period = document.period;
  assessment.scope = std::move(scope);
  return assessment;
}

bool Assessment::in_scope(const Indicator& dimension) const {
  // A bonus section adds to a whole year's work: only a full evaluation has it.
  if (dimension.bonus) return scope.empty();
  return scope.empty() || std::find(scope.begin(), scope.end(), &dimension) != scope.end();
}

namespace {

constexpr std::size_t no_record = static_cast<std::size_t>(-1);

}  // namespace

void Assessment::add(ItemRecord record) {
  const std::size_t position = record.item->position;
  if (position >= slots_.size()) slots_.resize(position + 1, no_record);
  slots_[position] = records_.size();
  records_.push_back(std::move(record));
}

const ItemRecord* Assessment::find(const Item& item) const {
  if (item.position >= slots_.size() || slots_[item.position] == no_record) return nullptr;
  const ItemRecord& record = records_[slots_[item.position]];
  return record.item == &item ? &record : nullptr;  // an item of another scheme is not here
}

}  // namespace cityseceval
