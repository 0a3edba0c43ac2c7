#include <filesystem>
#include <functional>

#include <fmt/format.h>

#include "assessment_document.h"
#include "cityseceval/input.h"
#include "cityseceval/load.h"
#include "cityseceval/messages.h"
#include "assessment_xlsx.h"
#include "encoding.h"
#include "ascii_case.h"
#include "xlsx_archive.h"
#include "xlsx_workbook.h"

namespace cityseceval {

namespace {

std::string directory_of(const std::string& file) {
  if (file == "<stdin>") return "";
  return std::filesystem::path(file).parent_path().string();
}

// Whether a YAML text has a top-level key such as "indicators:". A cheap textual test
// (a key at column 1), so detection never parses a file twice.
bool has_top_level_key(std::string_view text, std::string_view key) {
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    std::string_view line = text.substr(at, end == std::string_view::npos ? text.size() - at : end - at);
    if (line.starts_with(key) && line.substr(key.size()).starts_with(":")) return true;
    if (end == std::string_view::npos) break;
    at = end + 1;
  }
  return false;
}

// A workbook by its name or by its first bytes: one that is not a readable
// .xlsx (an old .xls, an encrypted one, text named .xlsx) is still read as
// a workbook, whose reader says what it is instead.
bool is_workbook(std::string_view text, std::string_view file) {
  return ends_with_ignoring_case(file, ".xlsx") || ends_with_ignoring_case(file, ".xls") ||
         text.starts_with(xlsx::zip_signature) || text.starts_with(xlsx::ole2_signature);
}

// The scheme for a workbook whose header fields are `header` (chosen as for
// any assessment), null after reporting why.
using WorkbookScheme = std::function<const Scheme*(const AssessmentDocument& header, Diagnostics& diagnostics)>;

std::optional<LoadedAssessment> resolve_workbook(const xlsx::Sheet& sheet, const std::string& file,
                                                 const WorkbookScheme& scheme_of, const ReadOptions& options,
                                                 Diagnostics& diagnostics) {
  std::optional<WorkbookHeader> header = read_workbook_header(sheet, file, diagnostics);
  if (!header) return std::nullopt;
  const Scheme* scheme = scheme_of(header->document, diagnostics);
  if (!scheme) return std::nullopt;
  std::optional<AssessmentDocument> document = workbook_document(*header, *scheme, diagnostics);
  if (!document) return std::nullopt;
  auto assessment = resolve_assessment(*document, *scheme, options, diagnostics);
  if (!assessment) return std::nullopt;
  return LoadedAssessment{scheme, std::move(*assessment)};
}

// A workbook is read in two steps around choosing its scheme
// (assessment_xlsx.h). What cannot be read at all, or has no table, is
// reported at FILE:1:1; every later problem located in the workbook, the
// resolver's too, names its cell.
std::optional<LoadedAssessment> load_workbook(std::string_view bytes, const std::string& file,
                                              const WorkbookScheme& scheme_of, const ReadOptions& options,
                                              Diagnostics& diagnostics) {
  std::optional<xlsx::Sheet> sheet = xlsx::read_first_sheet(bytes, file, diagnostics);
  if (!sheet || !WorkbookTable::has_header_row(*sheet, file, diagnostics)) return std::nullopt;
  Diagnostics in_cells;
  std::optional<LoadedAssessment> loaded = resolve_workbook(*sheet, file, scheme_of, options, in_cells);
  name_cells(in_cells, file);
  diagnostics.append(in_cells);
  return loaded;
}

std::optional<AssessmentDocument> parse_any(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  const InputKind kind = detect_input_kind(text, file);
  if (kind == InputKind::assessment_csv) return parse_assessment_csv(text, file, diagnostics);
  // A plan among the files scored (examples/*.yaml) is one mistake, not a
  // list of the keys an assessment lacks.
  if (kind == InputKind::plan) {
    diagnostics.error({file, 1, 1}, message(MessageId::plan_not_assessment, {file}), RuleId::wrong_type);
    return std::nullopt;
  }
  return parse_assessment(text, file, diagnostics);
}

}  // namespace

InputKind detect_input_kind(std::string_view text, std::string_view file) {
  if (is_workbook(text, file)) return InputKind::assessment_xlsx;
  if (ends_with_ignoring_case(file, ".csv")) return InputKind::assessment_csv;
  text = without_byte_order_mark(text);
  if (text.starts_with("#scheme,")) return InputKind::assessment_csv;
  if (has_top_level_key(text, "indicators")) return InputKind::tree;
  if (has_top_level_key(text, "base")) return InputKind::tailoring;
  if (has_top_level_key(text, "weights")) return InputKind::weight_profile;
  if (has_top_level_key(text, "stages")) return InputKind::plan;
  return InputKind::assessment_yaml;
}

std::string text_as_read(std::string text, std::string_view file) {
  const InputKind kind = detect_input_kind(text, file);
  if (kind == InputKind::assessment_xlsx) return "";
  if (kind != InputKind::assessment_csv) return text;
  Diagnostics ignored;  // the reader reports them
  return csv_as_utf8(text, std::string(file), ignored).value_or(std::move(text));
}

const Scheme* SchemeCache::remember(const std::string& key, std::optional<Scheme> scheme,
                                    const WeightProfile* weights, Diagnostics& diagnostics) {
  if (scheme && weights && !apply_weight_profile(*weights, *scheme, diagnostics)) scheme.reset();
  auto it = schemes_.emplace(key, scheme ? std::make_unique<Scheme>(std::move(*scheme)) : nullptr).first;
  return it->second.get();
}

const Scheme* SchemeCache::chosen(const SchemeChoice& choice, Diagnostics& diagnostics) {
  std::string key = "choice\n" + choice.tree_file + '\n' + choice.scheme_id;
  std::lock_guard lock(mutex_);
  if (auto it = schemes_.find(key); it != schemes_.end()) return it->second.get();
  return remember(key, load_chosen_scheme(choice, diagnostics), nullptr, diagnostics);
}

const Scheme* SchemeCache::named(const std::string& reference, const std::string& base_directory,
                                 const SourceLocation& where, const WeightProfile* weights,
                                 Diagnostics& diagnostics) {
  std::string key = "named\n" + base_directory + '\n' + reference;
  std::lock_guard lock(mutex_);
  if (auto it = schemes_.find(key); it != schemes_.end()) {
    if (!it->second) repeat_failure(failures_.at(key), where, diagnostics);
    return it->second.get();
  }
  Diagnostics problems;
  const Scheme* scheme = remember(key, load_scheme(reference, base_directory, where, problems), weights, problems);
  if (!scheme) failures_.emplace(key, Failure{problems, where.file});
  diagnostics.append(problems);
  return scheme;
}

// Every file naming a scheme that did not load gets its problems, not only
// the first to load it: which file is first depends on the threads of a
// batch (score --jobs), and a file must never pass as valid unscored. A
// problem at the first file's `scheme:` is moved to this file's.
void SchemeCache::repeat_failure(const Failure& failure, const SourceLocation& where, Diagnostics& diagnostics) {
  for (Diagnostic problem : failure.problems.all()) {
    if (problem.location.file == failure.file) problem.location = where;
    diagnostics.add(std::move(problem));
  }
}

std::optional<Scheme> load_chosen_scheme(const SchemeChoice& choice, Diagnostics& diagnostics) {
  std::optional<Scheme> scheme;
  if (!choice.tree_file.empty()) {
    scheme = load_tree_file(choice.tree_file, diagnostics);
  } else {
    std::string id = choice.scheme_id.empty() ? std::string(default_scheme_id) : choice.scheme_id;
    scheme = load_builtin_scheme(id, {}, diagnostics);
  }
  if (scheme && choice.weights && !apply_weight_profile(*choice.weights, *scheme, diagnostics)) return std::nullopt;
  return scheme;
}

std::optional<Assessment> read_assessment(std::string_view text, const std::string& file, const Scheme& scheme,
                                          Diagnostics& diagnostics, const ReadOptions& options) {
  if (detect_input_kind(text, file) == InputKind::assessment_xlsx) {
    auto given = [&](const AssessmentDocument&, Diagnostics&) { return &scheme; };
    auto loaded = load_workbook(text, file, given, options, diagnostics);
    if (!loaded) return std::nullopt;
    return std::move(loaded->assessment);
  }
  auto document = parse_any(text, file, diagnostics);
  if (!document) return std::nullopt;
  return resolve_assessment(*document, scheme, options, diagnostics);
}

bool chosen_scheme_loads(const SchemeChoice& choice, SchemeCache& schemes, Diagnostics& diagnostics) {
  return (choice.scheme_id.empty() && choice.tree_file.empty()) || schemes.chosen(choice, diagnostics);
}

const Scheme* scheme_for(const std::optional<std::string>& written, const SourceLocation& where,
                         const std::string& file, const SchemeChoice& choice, SchemeCache& schemes,
                         Diagnostics& diagnostics, MessageId mismatch) {
  // --tree, or no scheme: key at all.
  if (!choice.tree_file.empty() || (!written && where.file.empty())) return schemes.chosen(choice, diagnostics);
  if (!written) return nullptr;
  if (!choice.scheme_id.empty() && *written != choice.scheme_id) {
    diagnostics.error(where, message(mismatch, {*written, choice.scheme_id}), RuleId::scheme_mismatch);
    return nullptr;
  }
  return schemes.named(*written, directory_of(file), where, choice.weights.get(), diagnostics);
}

std::optional<LoadedAssessment> load_assessment(std::string_view text, const std::string& file,
                                                const SchemeChoice& choice, SchemeCache& schemes,
                                                Diagnostics& diagnostics, const ReadOptions& options) {
  if (!chosen_scheme_loads(choice, schemes, diagnostics)) return std::nullopt;
  if (detect_input_kind(text, file) == InputKind::assessment_xlsx) {
    auto named = [&](const AssessmentDocument& header, Diagnostics& problems) {
      return scheme_for(header.scheme, header.scheme_location, file, choice, schemes, problems,
                        MessageId::scheme_mismatch);
    };
    return load_workbook(text, file, named, options, diagnostics);
  }
  auto document = parse_any(text, file, diagnostics);
  if (!document) return std::nullopt;
  const Scheme* scheme = scheme_for(document->scheme, document->scheme_location, file, choice, schemes, diagnostics,
                                    MessageId::scheme_mismatch);
  if (!scheme) return std::nullopt;
  auto assessment = resolve_assessment(*document, *scheme, options, diagnostics);
  if (!assessment) return std::nullopt;
  return LoadedAssessment{scheme, std::move(*assessment)};
}

}  // namespace cityseceval
