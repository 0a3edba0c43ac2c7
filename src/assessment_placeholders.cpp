#include "assessment_placeholders.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace cityseceval {

namespace {

struct Field {
  std::string_view name;
  const std::string& value;
  const SourceLocation& location;
  std::string_view hint;
};

}  // namespace

std::string first_of(const std::vector<std::string>& labels, std::size_t shown) {
  std::vector<std::string> first(labels.begin(), labels.begin() + static_cast<long>(std::min(shown, labels.size())));
  std::string list = fmt::format("{}", fmt::join(first, ", "));
  if (labels.size() > shown) list += fmt::format(" and {} more", labels.size() - shown);
  return list;
}

void report_placeholders(const AssessmentDocument& document, std::size_t unfilled_items, const SourceLocation& where,
                         const std::string& items_message, Diagnostics& diagnostics) {
  const Field fields[] = {
      {"city", document.city, document.city_location, "write the city's name"},
      {"period", document.period, document.period_location, "write the period assessed (e.g. 2025) or remove it"}};
  std::vector<const Field*> unfilled;
  for (const Field& field : fields) {
    if (field.location.file.empty()) continue;
    if (field.value == placeholder_word || (field.name == "city" && field.value.empty())) unfilled.push_back(&field);
  }
  if (unfilled_items > 0) {
    std::string also;
    for (std::size_t i = 0; i < unfilled.size(); ++i) {
      also += fmt::format("{}the {}", i == 0 ? "; also fill in " : " and ", unfilled[i]->name);
    }
    diagnostics.error(where, items_message + also, "unrated-items");
    return;
  }
  for (const Field* field : unfilled) {
    diagnostics.error(field->location, fmt::format("the {} is not filled in; {}", field->name, field->hint),
                      "unfilled-field");
  }
}

}  // namespace cityseceval
