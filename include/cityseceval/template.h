// Ready-to-fill assessments: the whole tree of a scheme with a `todo`
// placeholder for every item's rating, as YAML (for editors) or CSV (for
// spreadsheets), or a workbook (.xlsx) whose input cells are left empty. All
// read back as assessments; while any item is left unrated, scoring reports
// one `unrated-items` diagnostic saying how many. Formats:
// docs/assessment-format.md, "Templates and CSV", and docs/workbook-format.md.
// Like every renderer these return their bytes; apps/ writes them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/chinese_script.h"
#include "cityseceval/language.h"
#include "cityseceval/tree.h"

namespace cityseceval {

// What a template's `scheme:` (or `#scheme,`) row names: `reference` when
// not empty (the CLI passes a tree file's path relative to where the template
// is written), else the scheme's id for a built-in scheme, else the tree file
// it was loaded from, written so that it reads as a path ("./x.yaml" style).
std::string template_scheme_reference(const Scheme& scheme, std::string_view reference = {});

// The YAML template. Its first line is `# yaml-language-server: $schema=URL`
// (`schema_url`, e.g. "assessment.schema.json"), then a comment block
// explaining the rating scale and how to fill it in, `scheme:`, `city: todo`,
// `period: todo` and `ratings:` with, per indicator, a comment giving its id,
// name and points and, per rated indicator, one `- todo  # ITEM-ID text` line
// per item. Comments and names are in `language`; item texts are Chinese.
// For a points-sum (rule-based) scheme it writes `facts:` instead: one
// `ITEM-ID: todo` line per item with its text, its rule in words and the
// shape of fact to write.
// With a `scope` (a special evaluation, or one stage of a phased one) it
// writes `scope:` and the indicators of those dimensions only.
std::string render_template_yaml(const Scheme& scheme, Language language, std::string_view schema_url,
                                 std::string_view scheme_reference = {},
                                 const std::vector<const Indicator*>& scope = {});

// The CSV template: UTF-8 with a byte-order mark, CRLF line ends, RFC 4180
// quoting; rows `#scheme,ID`, `#city,`, `#period,`, the fixed English header
// `id,level1,level2,level3,item,indicator_points,rating,note,evidence`, then
// one row per item with its names (in `language`), text, its rated
// indicator's points and `todo`, its note and evidence empty.
// Rating schemes only: a points-sum scheme records facts that a one-cell
// rating column cannot hold, so it throws std::invalid_argument (the CLI
// refuses such a request as a usage error first).
// With a `scope`, a `#scope` row and the rows of those dimensions only.
std::string render_template_csv(const Scheme& scheme, Language language, std::string_view scheme_reference = {},
                                const std::vector<const Indicator*>& scope = {});

// Whether render_template_csv can write `scheme`: true for rating schemes.
bool csv_template_supported(const Scheme& scheme);

// The workbook template (docs/workbook-format.md), as the bytes of an .xlsx
// file, for either kind of scheme. Its first sheet is the one to fill: a
// title, the header fields (the scheme as `scheme_reference` names it, see
// template_scheme_reference; the city and the period to fill; the scope's
// dimension ids when `scope` is not empty), the header row with the column
// labels of src/workbook_layout.h in `language`, frozen, and one row per item
// of the dimensions in scope (one per part of a composite rule). Input cells
// are empty, shaded and unlocked, shaped by data validations (the rating
// scale's words, yes/no, whole numbers, a score's range, outcome ids); every
// other cell is locked and the sheet protected without a password. The second
// sheet explains the scale or every item's rule, how to fill it in, the scheme
// id and version, and the tool's version. Every Chinese text, the scheme's
// and the tool's, is written in `script` (in_script); file paths as they are.
// Throws std::runtime_error when the workbook cannot be written (no temporary
// file, a libxlsxwriter error).
std::string render_template_xlsx(const Scheme& scheme, Language language, ChineseScript script,
                                 std::string_view scheme_reference = {},
                                 const std::vector<const Indicator*>& scope = {});

}  // namespace cityseceval
