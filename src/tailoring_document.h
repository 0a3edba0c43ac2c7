// A tailoring file as written, before it is applied to its base: the first
// of the two steps behind load_tailoring() (tailoring.h). parse_tailoring()
// checks the file's own shape (keys, lists, types) and keeps every change with
// where it was written; tailoring.cpp then checks each change against the
// base and applies it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/diagnostic.h"
#include "cityseceval/tree.h"

namespace cityseceval {

// One entry of `remove:`, `reword:`, `add:` or `points:`.
struct TailoringEntry {
  // What the entry asks for: its kind, `item` (remove, reword) or
  // `indicator` (add, points), `text`, `to` (the new points) and `reason`.
  TailoringChange change;
  bool has_reason = false;         // `reason:` given and not empty
  SourceLocation location;         // the entry
  SourceLocation target_location;  // its item: or indicator: value
};

struct TailoringDocument {
  std::string base;  // a built-in id, or a tree or tailoring file (is_tree_path)
  SourceLocation base_location;
  std::string id;
  std::string title;
  std::string title_en;
  std::string version;
  // The removals, then the rewordings, the additions and the points changes,
  // each in file order: the order they are applied and recorded in.
  std::vector<TailoringEntry> entries;
};

// Reads `text` (the whole of `file`) as a tailoring file. Returns nullopt,
// every problem reported, when its shape is wrong [yaml rules, wrong-type,
// missing-key, unknown-key].
std::optional<TailoringDocument> parse_tailoring(std::string_view text, const std::string& file,
                                                 Diagnostics& diagnostics);

}  // namespace cityseceval
