// The rows of a filled template for a rating-mean scheme, from a CSV file
// (assessment_csv.cpp) or a workbook (assessment_xlsx.cpp): each row names
// its item, so rows may come in any order, and a spreadsheet that sorts or
// reorders them still reads. They are grouped per rated indicator in item
// order into the WrittenIndicators the resolver checks (rating_items.h), as
// a YAML `ratings:` section would give them.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "assessment_document.h"
#include "cityseceval/diagnostic.h"
#include "cityseceval/messages.h"

namespace cityseceval {

// The messages that name the format's own words (a CSV's "line", a
// workbook's "row" and "说明" cell).
struct RatingRowMessages {
  MessageId duplicate_item;   // {0} the item id, {1} the line or row it was first given in
  MessageId na_needs_reason;  // {0} the item id
};

class RatingRows {
 public:
  RatingRows(Diagnostics& diagnostics, RatingRowMessages messages) : diagnostics_(diagnostics), messages_(messages) {}

  // Whether `id` (trimmed, not empty), written at `where`, is an item id
  // ("6.2.1.3") not given before. When not, the row is reported and to be
  // skipped: a CSV row's id not of that form [unknown-item], a second row
  // for one item [duplicate-key].
  bool new_item(const std::string& id, const SourceLocation& where);

  // The rating of the item `id` (for which new_item() was true), its text,
  // note, evidence and location set. The reason of an item that does not
  // apply (`na`) is its note, at `note_location`, and is required
  // [invalid-rating].
  void add(const std::string& id, WrittenRating rating, const SourceLocation& note_location);

  // One WrittenIndicator per indicator, in the order of first appearance,
  // its ratings ordered by item number. A number skipped between two rows
  // is kept as a placeholder for the resolver (WrittenRating::row_missing),
  // which knows whether the scheme retired it; rows missing at the end are
  // found by its count check.
  std::vector<WrittenIndicator> indicators();

 private:
  struct Group {
    SourceLocation location;            // the id cell of the group's first row
    std::map<int, WrittenRating> rows;  // by item number
  };

  Diagnostics& diagnostics_;
  RatingRowMessages messages_;
  std::map<std::string, int> item_lines_;  // item id -> line (row) of its row
  std::map<std::string, Group> groups_;    // by indicator id
  std::vector<std::string> order_;         // indicator ids in order of first appearance
};

// A cell's text without the spaces and tabs around it (or the characters
// of `space`: a workbook's cell may end in a line break too).
std::string trimmed(std::string_view text, std::string_view space = " \t");

}  // namespace cityseceval
