// An assessment: what an assessor recorded about one city, item by item,
// checked against the scheme it is scored with.
//
// Files are read in two steps, because a file names the scheme it is scored
// against: first the file's own shape is read (YAML or a filled CSV
// template), then what was written is checked against the scheme (known IDs,
// one rating per item on the scale, or one fact per item of the shape its
// rule reads). Every problem of both steps is reported in one run. The steps
// are internal (src/assessment_document.h); read_assessment() and
// load_assessment() in input.h run them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "cityseceval/diagnostic.h"
#include "cityseceval/rules.h"
#include "cityseceval/tree.h"

namespace cityseceval {

// An item's rating, checked against the scale (rating-mean schemes), or the
// assessor's finding that the item does not apply to this city
// (`{rating: na, reason: ...}`): such an item leaves its indicator's A.4 mean
// (docs/scoring.md, "Not-applicable items").
struct Rating {
  const RatingLevel* level = nullptr;  // null exactly when the item does not apply
  std::string note;
  std::string reason;  // why it does not apply: required for na, empty otherwise
  SourceLocation location;
  // What backs the rating up (`evidence:`): file names, document numbers,
  // URLs, as written, in order; each a non-empty line of text, none twice.
  // An na rating may name evidence too (why the item does not apply).
  std::vector<std::string> evidence;

  bool applicable() const { return level != nullptr; }
};

// What the assessor recorded for one item: a Rating for a RatedItem, a Fact
// (rules.h) checked against its rule for a RuleItem.
struct ItemRecord {
  const Item* item = nullptr;
  std::variant<Rating, Fact> value;
};

// How to read an assessment.
struct ReadOptions {
  // Ratings or facts written for indicators outside the assessment's scope
  // are warnings instead of errors (`--lenient`). Either way they are never counted.
  bool lenient = false;
  // `--require-evidence`: every record that claims points must name its
  // evidence, and one that names none is a `missing-evidence` diagnostic of
  // this severity: a warning where a file is only checked (`check`), an error
  // where it is scored, so that nothing of the file is scored. A rating claims
  // points when its value is above 0, a fact when claims_points() (rules.h);
  // an na rating claims nothing. Unset: evidence is optional.
  std::optional<Severity> require_evidence;
};

// Where an assessment's header says what the file is: its city, its scheme
// and its scope, each the document's start when the file does not write it.
// Messages about the file as a whole point there (a phased plan's checks, plan.h).
struct HeaderLocations {
  SourceLocation city;
  SourceLocation scheme;
  SourceLocation scope;
};

// A complete, valid assessment against one scheme: exactly one record per
// item of the scheme, of the scheme's kind. Records point into the scheme,
// which must outlive the assessment.
class Assessment {
 public:
  std::string file;
  std::string city;
  std::string period;
  // The level-1 indicators evaluated (`scope:`): a special evaluation of some
  // dimensions, or one stage of a phased one (Annex A.1). Empty: all of them,
  // a full evaluation. Records exist only for items in scope.
  std::vector<const Indicator*> scope;
  HeaderLocations locations;

  // Whether the top-level indicator `dimension` is evaluated. A bonus
  // section only is in a full evaluation.
  bool in_scope(const Indicator& dimension) const;

  // Room for `count` records, so that adding them does not move the ones
  // already added (a record is a few hundred bytes).
  void reserve(std::size_t count);
  // Adds the record of one item; items are added in tree order.
  void add(ItemRecord record);
  // Puts `record` in place of the record of the same item, which must be
  // there: what-if questions (gaps.h) re-score a copy with one item raised.
  // Returns false, changing nothing, when the item has no record.
  bool replace(ItemRecord record);
  // The record of `item`, or null.
  const ItemRecord* find(const Item& item) const;
  // Every record, in tree order.
  const std::vector<ItemRecord>& records() const { return records_; }

 private:
  std::vector<ItemRecord> records_;
  // By Item::position: the index of its record in records_, or none.
  std::vector<std::size_t> slots_;
};

}  // namespace cityseceval
