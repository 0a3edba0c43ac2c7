// Step 2 of reading an assessment: what was written, checked against the
// scheme. Each kind of scheme resolves its own records (rating_items.h,
// rule_items.h).
#include "assessment_document.h"
#include "overloaded.h"
#include "rating_items.h"
#include "rule_items.h"

namespace cityseceval {

std::optional<Assessment> resolve_assessment(const AssessmentDocument& document, const Scheme& scheme,
                                             Diagnostics& diagnostics) {
  return std::visit(overloaded{[&](const RatingMean& kind) { return resolve_ratings(document, scheme, kind, diagnostics); },
                               [&](const PointsSum& kind) { return resolve_facts(document, scheme, kind, diagnostics); }},
                    scheme.aggregation);
}

Assessment assessment_of(const AssessmentDocument& document) {
  Assessment assessment;
  assessment.file = document.file;
  assessment.city = document.city;
  assessment.period = document.period;
  return assessment;
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
