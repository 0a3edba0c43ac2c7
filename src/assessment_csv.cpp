// Reading a filled CSV template (format: docs/assessment-format.md, "Templates
// and CSV") into the same AssessmentDocument a YAML assessment gives, so the
// resolver checks both alike. Rows are keyed by item id and grouped per rated
// indicator in item order (rating_rows.h), as a workbook's rows are.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>

#include "assessment_document.h"
#include "csv.h"
#include "encoding.h"
#include "evidence.h"
#include "rating_rows.h"
#include "cityseceval/messages.h"
#include "cityseceval/suggest.h"
#include "utf8.h"

namespace cityseceval {

namespace {

class CsvAssessmentReader {
 public:
  CsvAssessmentReader(const std::string& file, Diagnostics& diagnostics)
      : file_(file),
        diagnostics_(diagnostics),
        rows_(diagnostics, {MessageId::csv_duplicate_item, MessageId::csv_na_needs_reason}) {}

  void report(const csv::SyntaxError& error) {
    const SourceLocation where{file_, error.line, error.column};
    switch (error.kind) {
      case csv::SyntaxError::Kind::after_quote:
        diagnostics_.error(where, message(MessageId::csv_after_quote), RuleId::csv_syntax);
        break;
      case csv::SyntaxError::Kind::unterminated:
        diagnostics_.error(where, message(MessageId::csv_unterminated), RuleId::csv_syntax);
        break;
      case csv::SyntaxError::Kind::too_long:
        diagnostics_.error(where, message(MessageId::value_too_long, {error.characters, default_limits.value_characters}),
                           RuleId::value_too_long);
        break;
    }
  }

  std::optional<AssessmentDocument> read(std::string_view bytes) {
    errors_before_ = diagnostics_.error_count();
    // Decoded first (GB18030 from a spreadsheet): lines and columns count in the text read.
    std::optional<std::string> text = csv_as_utf8(bytes, file_, diagnostics_);
    if (!text) return std::nullopt;
    csv::Table table = csv::read(*text);
    for (const csv::SyntaxError& error : table.errors) report(error);
    if (!table.errors.empty()) return std::nullopt;
    if (!recognisable(table)) return std::nullopt;

    AssessmentDocument document;
    document.file = file_;
    std::size_t row = 0;
    for (; row < table.records.size() && table.records[row].fields[0].text.starts_with("#"); ++row) {
      read_header_field(table.records[row], document);
    }
    if (row == table.records.size()) {
      int line = table.records.empty() ? 1 : table.records.back().line;
      diagnostics_.error({file_, line, 1}, message(MessageId::csv_no_header, {fixed_header()}), RuleId::csv_header);
      return std::nullopt;
    }
    const csv::Record& header = table.records[row];
    if (!read_columns(header)) return std::nullopt;
    if (!scheme_seen_) {
      diagnostics_.error({file_, 1, 1}, message(MessageId::csv_no_scheme_row), RuleId::missing_key);
    }
    if (!city_seen_) {
      diagnostics_.error({file_, 1, 1}, message(MessageId::csv_no_city), RuleId::missing_key);
    }
    document.start = {file_, 1, 1};
    WrittenRatings ratings;
    ratings.location = {file_, header.line, 1};
    for (++row; row < table.records.size(); ++row) read_item_row(table.records[row]);
    if (!syntax_ok_) return std::nullopt;
    ratings.indicators = rows_.indicators();
    document.records.emplace_back(std::move(ratings));
    document.valid = diagnostics_.error_count() == errors_before_;
    return document;
  }

 private:
  // A file that is not a filled template at all gets one message that says
  // what it is instead of a cascade: empty, written with ';' separators (the
  // "CSV" of spreadsheets in locales that use a decimal comma), or without
  // the template's rows before the header.
  bool recognisable(const csv::Table& table) {
    if (table.records.empty()) {
      diagnostics_.error({file_, 1, 1}, message(MessageId::csv_empty), RuleId::empty_file);
      return false;
    }
    const csv::Record& first = table.records.front();
    if (first.fields.size() == 1 && first.fields[0].text.find(';') != std::string::npos) {
      diagnostics_.error({file_, first.line, 1}, message(MessageId::csv_semicolons), RuleId::csv_syntax);
      return false;
    }
    // A template starts with its "#..." rows; without them the header is not
    // known either, so this is the one problem worth naming.
    if (!first.fields[0].text.starts_with("#")) {
      diagnostics_.error({file_, first.line, 1}, message(MessageId::csv_no_scheme_row), RuleId::missing_key);
      return false;
    }
    return true;
  }

  static std::string fixed_header() { return fmt::format("{}", fmt::join(csv::template_columns, ",")); }

  SourceLocation at(const csv::Field& field) const { return {file_, field.line, field.column}; }

  // "#scheme,ID", "#city,NAME", "#period,PERIOD": the value in column 2, any
  // further cells empty (a spreadsheet pads rows to the widest one).
  // "#scope,6,8": one dimension per cell, as `scope:` lists them.
  void read_header_field(const csv::Record& record, AssessmentDocument& document) {
    const csv::Field& key = record.fields[0];
    const std::string name = trimmed(key.text);
    static const std::vector<std::string> known = {"#scheme", "#city", "#period", "#scope"};
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      diagnostics_.error(at(key), message(MessageId::csv_unknown_row, {name, did_you_mean(name, known)}),
                         RuleId::unknown_key);
      return;
    }
    if (auto first = seen_fields_.find(name); first != seen_fields_.end()) {
      diagnostics_.error(at(key), message(MessageId::csv_duplicate_row, {name, first->second}), RuleId::duplicate_key);
      return;
    }
    seen_fields_.emplace(name, record.line);
    if (name == "#scope") {
      document.scope = read_scope(record);
      return;
    }
    for (std::size_t i = 2; i < record.fields.size(); ++i) {
      if (!trimmed(record.fields[i].text).empty()) {
        diagnostics_.error(at(record.fields[i]), message(MessageId::csv_second_value, {name, i + 1}),
                           RuleId::csv_syntax);
        syntax_ok_ = false;
      }
    }
    const csv::Field* value = record.fields.size() > 1 ? &record.fields[1] : nullptr;
    std::string text = value ? trimmed(value->text) : "";
    SourceLocation where = value ? at(*value) : at(key);
    if (name == "#scheme") {
      scheme_seen_ = true;
      document.scheme_location = where;
      if (text.empty()) {
        diagnostics_.error(where, message(MessageId::csv_scheme_empty), RuleId::wrong_type);
      } else {
        document.scheme = text;
      }
    } else if (name == "#city") {
      city_seen_ = true;
      document.city = text;
      document.city_location = where;
    } else if (!text.empty()) {  // #period: optional, as in YAML
      document.period = text;
      document.period_location = where;
    }
  }

  WrittenScope read_scope(const csv::Record& record) const {
    WrittenScope scope;
    scope.location = at(record.fields[0]);
    for (std::size_t i = 1; i < record.fields.size(); ++i) {
      std::string id = trimmed(record.fields[i].text);
      if (!id.empty()) scope.dimensions.push_back({std::move(id), at(record.fields[i])});
    }
    return scope;
  }

  // The header: exactly the fixed column names, in any order; columns with an
  // empty name (a spreadsheet's padding) are ignored.
  bool read_columns(const csv::Record& header) {
    header_width_ = header.fields.size();
    std::vector<Text> problems;
    const csv::Field* first_bad = nullptr;
    const std::vector<std::string> names(csv::template_columns.begin(), csv::template_columns.end());
    std::map<std::string, std::size_t> found;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
      std::string name = trimmed(header.fields[i].text);
      if (name.empty()) continue;
      if (name == csv::old_points_column) name = "indicator_points";
      bool known = std::find(names.begin(), names.end(), name) != names.end();
      if (!known || found.count(name)) {
        problems.push_back(known ? message(MessageId::csv_column_twice, {name})
                                 : message(MessageId::csv_unknown_column, {name, did_you_mean(name, names)}));
        if (!first_bad) first_bad = &header.fields[i];
        continue;
      }
      found.emplace(name, i);
    }
    for (const std::string& name : names) {
      if (!found.count(name) && name != csv::evidence_column) {
        problems.push_back(message(MessageId::csv_column_missing, {name}));
      }
    }
    if (!problems.empty()) {
      diagnostics_.error(first_bad ? at(*first_bad) : at(header.fields[0]),
                         message(MessageId::csv_wrong_header, {join_all(problems), fixed_header()}), RuleId::csv_header);
      return false;
    }
    id_column_ = found.at("id");
    rating_column_ = found.at("rating");
    note_column_ = found.at("note");
    if (auto evidence = found.find(std::string(csv::evidence_column)); evidence != found.end()) {
      evidence_column_ = evidence->second;
    }
    return true;
  }

  void read_item_row(const csv::Record& record) {
    bool blank = std::all_of(record.fields.begin(), record.fields.end(),
                             [](const csv::Field& field) { return trimmed(field.text).empty(); });
    if (blank) return;  // a spreadsheet's empty row
    if (record.fields.size() != header_width_) {
      diagnostics_.error({file_, record.line, 1}, message(MessageId::csv_field_count, {record.fields.size(), header_width_}),
                         RuleId::csv_syntax);
      syntax_ok_ = false;
      return;
    }
    const csv::Field& id_cell = record.fields[id_column_];
    const std::string id = trimmed(id_cell.text);
    if (id.empty()) {
      diagnostics_.error(at(id_cell), message(MessageId::csv_id_empty), RuleId::unknown_item);
      return;
    }
    if (!rows_.new_item(id, at(id_cell))) return;
    const csv::Field& rating_cell = record.fields[rating_column_];
    WrittenRating rating;
    rating.text = trimmed(rating_cell.text);
    rating.kind = rating.text.empty() ? WrittenRating::Kind::empty : WrittenRating::Kind::scalar;
    rating.plain = true;  // a cell has no quoting to tell words from numbers: read like plain YAML
    rating.note = record.fields[note_column_].text;
    rating.location = at(rating_cell);
    if (evidence_column_) {
      const csv::Field& cell = record.fields[*evidence_column_];
      rating.evidence = read_evidence_cell(cell.text, at(cell), message(MessageId::item_n, {id}), diagnostics_);
    }
    rows_.add(id, std::move(rating), at(record.fields[note_column_]));
  }

  const std::string& file_;
  Diagnostics& diagnostics_;
  std::size_t errors_before_ = 0;
  bool syntax_ok_ = true;
  bool scheme_seen_ = false;
  bool city_seen_ = false;
  std::map<std::string, int> seen_fields_;  // "#city" -> line
  std::size_t header_width_ = 0;
  std::size_t id_column_ = 0;
  std::size_t rating_column_ = 0;
  std::size_t note_column_ = 0;
  std::optional<std::size_t> evidence_column_;  // none in files from templates without it
  RatingRows rows_;
};

}  // namespace

std::optional<AssessmentDocument> parse_assessment_csv(std::string_view text, const std::string& file,
                                                       Diagnostics& diagnostics) {
  return CsvAssessmentReader(file, diagnostics).read(text);
}

}  // namespace cityseceval
