// Step 2 of reading an assessment: what was written, checked against the
// scheme. Each kind of scheme resolves its own records (rating_items.h,
// rule_items.h).
#include <algorithm>

#include "assessment_document.h"
#include "cityseceval/messages.h"
#include "overloaded.h"
#include "rating_items.h"
#include "rule_items.h"

namespace cityseceval {

std::optional<Assessment> resolve_assessment(const AssessmentDocument& document, const Scheme& scheme,
                                             const ReadOptions& options, Diagnostics& diagnostics) {
  std::vector<const Indicator*> scope;
  if (document.scope) {
    // Which records are missing or outside depends on the scope: with a wrong
    // one every later message would be noise, so the scope is fixed first.
    auto resolved = resolve_scope(*document.scope, scheme, diagnostics);
    if (!resolved) return std::nullopt;
    scope = std::move(*resolved);
  }
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
  auto written_or_start = [&](const SourceLocation& where) { return where.file.empty() ? document.start : where; };
  assessment.locations = {written_or_start(document.city_location), written_or_start(document.scheme_location),
                          document.scope ? document.scope->location : document.start};
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

void Assessment::reserve(std::size_t count) {
  records_.reserve(count);
  slots_.reserve(count);
}

void Assessment::add(ItemRecord record) {
  const std::size_t position = record.item->position;
  if (position >= slots_.size()) slots_.resize(position + 1, no_record);
  slots_[position] = records_.size();
  records_.push_back(std::move(record));
}

bool Assessment::replace(ItemRecord record) {
  const std::size_t position = record.item->position;
  if (position >= slots_.size() || slots_[position] == no_record) return false;
  ItemRecord& slot = records_[slots_[position]];
  if (slot.item != record.item) return false;
  slot = std::move(record);
  return true;
}

const ItemRecord* Assessment::find(const Item& item) const {
  if (item.position >= slots_.size() || slots_[item.position] == no_record) return nullptr;
  const ItemRecord& record = records_[slots_[item.position]];
  return record.item == &item ? &record : nullptr;  // an item of another scheme is not here
}

}  // namespace cityseceval
