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

void Assessment::add(ItemRecord record) {
  index_.emplace(record.item, records_.size());
  records_.push_back(std::move(record));
}

const ItemRecord* Assessment::find(const Item& item) const {
  auto it = index_.find(&item);
  return it == index_.end() ? nullptr : &records_[it->second];
}

}  // namespace cityseceval
