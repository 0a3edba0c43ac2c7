#include "assessment_placeholders.h"

#include <algorithm>
#include <vector>

#include "cityseceval/messages.h"

namespace cityseceval {

namespace {

struct Field {
  std::string_view name;
  const std::string& value;
  const SourceLocation& location;
  MessageId unfilled;
};

bool unfilled(const Field& field) {
  if (field.location.file.empty()) return false;
  return field.value == placeholder_word || (field.name == "city" && field.value.empty());
}

}  // namespace

Text first_of(const std::vector<Text>& labels, std::size_t shown) {
  std::vector<Text> first(labels.begin(), labels.begin() + static_cast<long>(std::min(shown, labels.size())));
  Text list = join_all(first);
  if (labels.size() > shown) list = message(MessageId::list_and_more, {list, labels.size() - shown});
  return list;
}

void report_placeholders(const AssessmentDocument& document, std::size_t unfilled_items, const SourceLocation& where,
                         const Text& items_message, Diagnostics& diagnostics) {
  const Field city{"city", document.city, document.city_location, MessageId::city_unfilled};
  const Field period{"period", document.period, document.period_location, MessageId::period_unfilled};
  if (unfilled_items > 0) {
    Text text = items_message;
    if (unfilled(city) || unfilled(period)) {
      Text also = message(unfilled(city) && unfilled(period) ? MessageId::also_fill_both
                          : unfilled(city)                   ? MessageId::also_fill_city
                                                             : MessageId::also_fill_period);
      text = {text.zh + also.zh, text.en + also.en};
    }
    diagnostics.error(where, text, RuleId::unrated_items);
    return;
  }
  for (const Field* field : {&city, &period}) {
    if (unfilled(*field)) diagnostics.error(field->location, message(field->unfilled), RuleId::unfilled_field);
  }
}

}  // namespace cityseceval
