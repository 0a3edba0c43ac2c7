// Evidence: what backs a rating or a fact up, in the assessor's words
// (document numbers, file names, URLs). One set of rules for `evidence:` in
// YAML (a rating's long form, every mapping form of a fact) and for the
// `evidence` column of a CSV assessment (docs/assessment-format.md, "Evidence"):
//
//   - a list of texts, or one text for a list of one; `[]` names none;
//   - each piece a non-empty scalar on one line: no control characters (a
//     line break or a tab inside a piece is two pieces run together, and a
//     CSV cell could not hold it as one), never a plain true/false/yes/no
//     (which names nothing); a number is a text ("2025012");
//   - no piece twice, and at most max_evidence pieces per record.
//
// Every problem is an error [invalid-evidence]. Whether evidence is required
// is a separate matter (ReadOptions::require_evidence, [missing-evidence]).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/assessment.h"
#include "cityseceval/diagnostic.h"
#include "cityseceval/language.h"
#include "yaml_reader.h"

namespace cityseceval {

// Enough for any one item: a longer list should name the folder or the index
// that holds the documents. It also keeps a hostile file's reports small.
inline constexpr std::size_t max_evidence = 100;

// The value of an `evidence:` key of `owner` ("a rating of 6.2.1", "the fact
// of item 1.1.3"), each problem reported where it is; the pieces that pass,
// in order.
std::vector<std::string> read_evidence(const yaml::Node& node, const std::string& file, const Text& owner,
                                       Diagnostics& diagnostics);

// The pieces of an evidence cell (a CSV row's, a workbook's), separated by
// ';' (or the full-width '；' of Chinese input methods, or a line break
// inside the cell): each piece trimmed of spaces, empty ones dropped (a
// trailing ';').
std::vector<std::string> evidence_cell_pieces(std::string_view cell);

// The evidence cell of a CSV row or of a workbook's rating, its pieces
// (evidence_cell_pieces) checked. Problems are reported at `where`, the cell.
std::vector<std::string> read_evidence_cell(std::string_view cell, const SourceLocation& where, const Text& owner,
                                            Diagnostics& diagnostics);

// A record that claims points names no evidence: reported at `where` with
// `text` (which names the item and how to add it), at the severity
// `options.require_evidence` gives [missing-evidence]. Nothing when evidence
// is not required.
void report_missing_evidence(const ReadOptions& options, const SourceLocation& where, Text text,
                             Diagnostics& diagnostics);

}  // namespace cityseceval
