#include "rating_rows.h"

#include <fmt/format.h>

#include <optional>
#include <utility>

namespace cityseceval {

namespace {

// "6.2.1.3" -> {"6.2.1", 3}; nullopt unless the id ends in ".<n>", n a whole number from 1.
std::optional<std::pair<std::string, int>> split_item_id(const std::string& id) {
  std::size_t dot = id.rfind('.');
  if (dot == std::string::npos || dot == 0 || dot + 1 == id.size()) return std::nullopt;
  std::string_view number = std::string_view(id).substr(dot + 1);
  if (number.size() > 4 || number[0] == '0') return std::nullopt;
  int n = 0;
  for (char c : number) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return std::pair{id.substr(0, dot), n};
}

}  // namespace

std::string trimmed(std::string_view text, std::string_view space) {
  std::size_t first = text.find_first_not_of(space);
  if (first == std::string_view::npos) return "";
  std::size_t last = text.find_last_not_of(space);
  return std::string(text.substr(first, last - first + 1));
}

bool RatingRows::new_item(const std::string& id, const SourceLocation& where) {
  auto parts = split_item_id(id);
  if (!parts) {
    diagnostics_.error(where, message(MessageId::csv_not_item_id, {id}), RuleId::unknown_item);
    return false;
  }
  if (auto first = item_lines_.find(id); first != item_lines_.end()) {
    diagnostics_.error(where, message(messages_.duplicate_item, {id, first->second}), RuleId::duplicate_key);
    return false;
  }
  item_lines_.emplace(id, where.line);
  auto [group, added] = groups_.try_emplace(parts->first);
  if (added) {
    order_.push_back(parts->first);
    group->second.location = where;
  }
  return true;
}

void RatingRows::add(const std::string& id, WrittenRating rating, const SourceLocation& note_location) {
  // A row has no reason column: for an item that does not apply, its note
  // cell is the reason, which is required.
  if (is_not_applicable_word(rating.text)) {
    rating.reason = trimmed(rating.note);
    rating.note.clear();
    if (rating.reason.empty()) {
      diagnostics_.error(rating.location, message(messages_.na_needs_reason, {id}), RuleId::invalid_rating);
      rating.kind = WrittenRating::Kind::reported;
    } else {
      rating.reason_location = note_location;
    }
  }
  auto [indicator_id, number] = *split_item_id(id);
  rating.item_id = id;
  groups_.at(indicator_id).rows.emplace(number, std::move(rating));
}

std::vector<WrittenIndicator> RatingRows::indicators() {
  std::vector<WrittenIndicator> indicators;
  for (const std::string& id : order_) {
    Group& group = groups_.at(id);
    WrittenIndicator indicator;
    indicator.id = id;
    indicator.location = group.location;
    indicator.list_location = group.location;
    const int last = group.rows.rbegin()->first;
    for (int n = 1; n <= last; ++n) {
      auto row = group.rows.find(n);
      if (row != group.rows.end()) {
        indicator.ratings.push_back(std::move(row->second));
        continue;
      }
      WrittenRating gap;
      gap.kind = WrittenRating::Kind::reported;
      gap.location = group.location;
      gap.item_id = fmt::format("{}.{}", id, n);
      gap.row_missing = true;
      indicator.ratings.push_back(std::move(gap));
    }
    indicators.push_back(std::move(indicator));
  }
  return indicators;
}

}  // namespace cityseceval
