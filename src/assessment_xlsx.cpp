#include "assessment_xlsx.h"

#include <algorithm>
#include <array>
#include <map>

#include "assessment_placeholders.h"
#include "cityseceval/messages.h"
#include "evidence.h"
#include "overloaded.h"
#include "rating_rows.h"
#include "workbook_facts.h"

namespace cityseceval {

namespace {

const std::array<const workbook::Label*, 4> header_fields = {&workbook::scheme_field, &workbook::city_field,
                                                             &workbook::period_field, &workbook::scope_field};

// "城市：" and "City:" are the label too: a colon is how a form says "fill in here".
std::string without_colon(std::string text) {
  text = trimmed(text, cell_space);
  for (std::string_view colon : {":", "："}) {
    if (text.ends_with(colon)) text.erase(text.size() - colon.size());
  }
  return text;
}

// The header fields above the table: a label cell, the value in the cell to its right.
class HeaderFields {
 public:
  HeaderFields(const WorkbookTable& table, AssessmentDocument& document, Diagnostics& diagnostics)
      : table_(table), document_(document), diagnostics_(diagnostics) {}

  void read() {
    for (const xlsx::Cell& cell : table_.sheet().cells) {
      if (cell.place.row >= table_.header_row()) break;
      if (cell.kind != xlsx::Cell::Kind::text) continue;
      const std::string text = without_colon(cell.value);
      auto field = std::find_if(header_fields.begin(), header_fields.end(),
                                [&](const workbook::Label* label) { return is_label(text, *label); });
      if (field != header_fields.end()) read_field(**field, cell.place);
    }
    if (!seen_.count("city")) {
      // Reported at the header row, above which the field belongs.
      diagnostics_.error(table_.header_location(),
                         message(MessageId::xlsx_no_city, {label_forms(workbook::city_field)}), RuleId::missing_key);
    }
  }

 private:
  void read_field(const workbook::Label& field, xlsx::CellPlace label) {
    const std::string key(field.key);
    if (auto first = seen_.find(key); first != seen_.end()) {
      diagnostics_.error(table_.at(label),
                         message(MessageId::xlsx_field_twice, {key, xlsx::cell_reference(first->second)}),
                         RuleId::duplicate_key);
      return;
    }
    seen_.emplace(key, label);
    const ReadCell value = table_.read_at({label.row, label.column + 1}, diagnostics_);
    const std::string text = trimmed(value.text, cell_space);
    if (key == "scheme") {
      document_.scheme_location = value.location;
      if (!text.empty()) {
        document_.scheme = text;
      } else if (!value.reported) {
        diagnostics_.error(value.location, message(MessageId::xlsx_scheme_empty), RuleId::wrong_type);
      }
    } else if (key == "city") {
      document_.city = text;
      document_.city_location = value.location;
    } else if (key == "period") {
      if (!text.empty()) {
        document_.period = text;
        document_.period_location = value.location;
      }
    } else {
      document_.scope = read_scope(value);
    }
  }

  // The dimensions' ids, each located at the cell.
  static WrittenScope read_scope(const ReadCell& value) {
    WrittenScope scope;
    scope.location = value.location;
    for (std::string& id : listed_ids(value.text)) scope.dimensions.push_back({std::move(id), value.location});
    return scope;
  }

  const WorkbookTable& table_;
  AssessmentDocument& document_;
  Diagnostics& diagnostics_;
  std::map<std::string, xlsx::CellPlace> seen_;  // field key -> its label's cell
};

// The rows of a rating-mean scheme, as a CSV's are read (rating_rows.h).
WrittenRatings read_ratings(const WorkbookTable& table, const Scheme& scheme, const std::optional<WrittenScope>& scope,
                            Diagnostics& diagnostics) {
  RatingRows rows(diagnostics, {MessageId::xlsx_duplicate_item, MessageId::xlsx_na_needs_reason});
  WrittenRatings ratings;
  ratings.location = table.header_location();
  for (int row : table.item_rows()) {
    const ReadCell id_cell = table.read(row, "id", diagnostics);
    const std::string id = trimmed(id_cell.text, cell_space);
    const ReadCell rating_cell = table.read(row, "rating", diagnostics);
    const ReadCell note = table.read(row, "note", diagnostics);
    const ReadCell evidence = table.read(row, "evidence", diagnostics);
    const bool blank = rating_cell.blank() && note.blank() && evidence.blank();
    if (id_cell.reported || (blank && outside_written_scope(scheme, scope, id)) ||
        !rows.new_item(id, id_cell.location)) {
      continue;
    }
    WrittenRating rating;
    rating.location = rating_cell.location;
    rating.plain = true;  // a cell has no quoting to tell words from numbers: read like plain YAML
    if (blank) {
      rating.text = placeholder_word;  // not yet rated, as a template's `todo`
    } else {
      rating.text = trimmed(rating_cell.text, cell_space);
      rating.kind = rating.text.empty() ? WrittenRating::Kind::empty : WrittenRating::Kind::scalar;
      rating.note = note.text;
      rating.evidence =
          read_evidence_cell(evidence.text, evidence.location, message(MessageId::item_n, {id}), diagnostics);
    }
    if (rating_cell.reported || note.reported || evidence.reported) rating.kind = WrittenRating::Kind::reported;
    rows.add(id, std::move(rating), note.location);
  }
  ratings.indicators = rows.indicators();
  return ratings;
}

// Whether the table has every column in `keys`; each one missing is reported.
bool has_columns(const WorkbookTable& table, const std::vector<std::string_view>& keys, Diagnostics& diagnostics) {
  bool all = true;
  for (std::string_view key : keys) {
    if (table.has(key)) continue;
    diagnostics.error(table.header_location(),
                      message(MessageId::xlsx_column_missing, {key, label_forms(*column_label(key))}),
                      RuleId::xlsx_header);
    all = false;
  }
  return all;
}

}  // namespace

std::optional<WorkbookHeader> read_workbook_header(const xlsx::Sheet& sheet, const std::string& file,
                                                   Diagnostics& diagnostics) {
  std::optional<WorkbookTable> table = WorkbookTable::find(sheet, file, diagnostics);
  if (!table) return std::nullopt;
  const std::size_t errors_before = diagnostics.error_count();
  WorkbookHeader header{std::move(*table), {}};
  header.document.file = file;
  header.document.start = {file, 1, 1};
  HeaderFields(header.table, header.document, diagnostics).read();
  header.document.valid = diagnostics.error_count() == errors_before;
  return header;
}

std::optional<AssessmentDocument> workbook_document(const WorkbookHeader& header, const Scheme& scheme,
                                                    Diagnostics& diagnostics) {
  const std::size_t errors_before = diagnostics.error_count();
  const WorkbookTable& table = header.table;
  AssessmentDocument document = header.document;
  const bool read = std::visit(
      overloaded{[&](const RatingMean&) {
                   if (!has_columns(table, {"rating"}, diagnostics)) return false;
                   document.records.emplace_back(read_ratings(table, scheme, document.scope, diagnostics));
                   return true;
                 },
                 [&](const PointsSum&) {
                   if (!has_columns(table, fact_columns(scheme), diagnostics)) return false;
                   document.records.emplace_back(read_workbook_facts(table, scheme, document.scope, diagnostics));
                   return true;
                 }},
      scheme.aggregation);
  if (!read) return std::nullopt;
  document.valid = header.document.valid && diagnostics.error_count() == errors_before;
  return document;
}

void name_cells(Diagnostics& diagnostics, const std::string& file) {
  diagnostics.rewrite([&](Diagnostic& diagnostic) {
    if (diagnostic.location.file != file) return;
    const std::string cell = xlsx::cell_reference({diagnostic.location.line, diagnostic.location.column});
    diagnostic.message = message(MessageId::in_cell, {cell, diagnostic.message});
  });
}

}  // namespace cityseceval
