// A filled workbook (docs/workbook-format.md) read into the same
// AssessmentDocument a YAML or CSV assessment gives, so the resolver checks
// all three alike, with the same messages.
//
// A workbook is read in two steps around choosing its scheme, because what
// a row's cells mean depends on the item's rule (a `value` of 是 is a yes
// for a yes/no rule, `{exists: true}` for a ratio rule that scores
// existence):
//
//   1. read_workbook_header(): the first sheet's table (workbook_table.h)
//      and its header fields (scheme, city, period, scope), which name the
//      scheme;
//   2. workbook_document(): the records, read against that scheme: rows of
//      ratings (rating_rows.h) for a rating-mean scheme, facts built as the
//      YAML `facts:` would give them (workbook_facts.h) for a points-sum one.
//
// Every location is a cell's (line = row, column = column number), and
// name_cells() finally puts "cell G12: " before every message located in the
// workbook, the resolver's too, so each problem names the cell a
// spreadsheet user looks for.
#pragma once

#include <optional>
#include <string>

#include "assessment_document.h"
#include "cityseceval/diagnostic.h"
#include "cityseceval/tree.h"
#include "workbook_table.h"
#include "xlsx_cells.h"

namespace cityseceval {

struct WorkbookHeader {
  WorkbookTable table;
  // The header fields, the scheme among them; no records yet.
  AssessmentDocument document;
};

// Step 1: the table on `sheet` (which must outlive the result and has a
// header row: WorkbookTable::has_header_row) and the header fields above
// it. Nullopt after reporting a column labelled twice [xlsx-header]. A field given twice [duplicate-key],
// an empty scheme field [wrong-type] and a missing city field [missing-key]
// are reported and leave the document invalid.
std::optional<WorkbookHeader> read_workbook_header(const xlsx::Sheet& sheet, const std::string& file,
                                                   Diagnostics& diagnostics);

// Step 2: the document with its records read for `scheme`. Nullopt after
// reporting that the header row lacks a column the scheme needs [xlsx-header].
std::optional<AssessmentDocument> workbook_document(const WorkbookHeader& header, const Scheme& scheme,
                                                    Diagnostics& diagnostics);

// "cell G12: MESSAGE" / "单元格 G12：MESSAGE" for every diagnostic located in
// `file` (which `diagnostics` holds only from the steps above and resolving).
void name_cells(Diagnostics& diagnostics, const std::string& file);

}  // namespace cityseceval
