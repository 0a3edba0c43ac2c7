#include <filesystem>

#include "cityseceval/input.h"
#include "cityseceval/load.h"
#include "yaml_reader.h"

namespace cityseceval {

namespace {

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

std::string directory_of(const std::string& file) {
  if (file == "<stdin>") return "";
  return std::filesystem::path(file).parent_path().string();
}

// Whether a YAML text has a top-level "indicators:" key. A cheap textual test
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

}  // namespace

InputKind detect_input_kind(std::string_view text) {
  if (text.starts_with(byte_order_mark)) text.remove_prefix(byte_order_mark.size());
  if (text.starts_with("#scheme,")) return InputKind::assessment_csv;
  if (has_top_level_key(text, "indicators")) return InputKind::tree;
  return InputKind::assessment_yaml;
}

const Scheme* SchemeCache::get(const std::string& reference, const std::string& base_directory,
                               const SourceLocation& where, Diagnostics& diagnostics) {
  std::string key = base_directory + '\n' + reference;
  auto it = schemes_.find(key);
  if (it == schemes_.end()) {
    auto scheme = load_scheme(reference, base_directory, where, diagnostics);
    it = schemes_.emplace(key, scheme ? std::make_unique<Scheme>(std::move(*scheme)) : nullptr).first;
  }
  return it->second.get();
}

std::optional<LoadedAssessment> load_assessment(std::string_view text, const std::string& file,
                                                const std::optional<std::string>& tree_override,
                                                SchemeCache& schemes, Diagnostics& diagnostics) {
  auto document = detect_input_kind(text) == InputKind::assessment_csv
                      ? parse_assessment_csv(text, file, diagnostics)
                      : parse_assessment(text, file, diagnostics);
  if (!document) return std::nullopt;
  const Scheme* scheme = nullptr;
  if (tree_override) {
    scheme = schemes.get(*tree_override, "", {*tree_override, 1, 1}, diagnostics);
  } else if (document->scheme) {
    scheme = schemes.get(*document->scheme, directory_of(file), document->scheme_location, diagnostics);
  } else if (document->scheme_location.file.empty()) {
    // No scheme: key at all (an invalid one was reported by the parser).
    scheme = schemes.get(std::string(default_scheme_id), "", {file, 1, 1}, diagnostics);
  }
  if (!scheme) return std::nullopt;
  auto assessment = resolve_assessment(*document, *scheme, diagnostics);
  if (!assessment) return std::nullopt;
  return LoadedAssessment{scheme, std::move(*assessment)};
}

}  // namespace cityseceval
