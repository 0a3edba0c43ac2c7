// The first worksheet of a workbook (.xlsx), found the way the package
// says, not by a fixed file name: `_rels/.rels` names the workbook part,
// the workbook lists its sheets in tab order, and the workbook's
// relationships give each sheet's part and the shared strings part
// (ECMA-376 Part 2, Open Packaging Conventions). Excel, WPS, LibreOffice
// and openpyxl all write xl/workbook.xml and xl/worksheets/sheet1.xml, but
// nothing requires those names.
//
// Problems are reported at FILE:1:1 with the rule ids of xlsx_archive.h,
// xlsx_xml.h and xlsx_cells.h, and:
//   xlsx-part  a part the package names is missing, or the workbook lists
//              no worksheet
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cityseceval/diagnostic.h"
#include "xlsx_cells.h"

namespace cityseceval::xlsx {

// The cells of the first worksheet of the workbook in `bytes` (the file
// `file`); nullopt after reporting why it cannot be read.
std::optional<Sheet> read_first_sheet(std::string_view bytes, const std::string& file, Diagnostics& diagnostics);

}  // namespace cityseceval::xlsx
