#include "assessment_files.h"

#include "cli.h"

namespace cityseceval::cli {

std::optional<std::vector<LoadedAssessment>> load_assessment_files(const std::vector<std::string>& files,
                                                                   const SchemeChoice& choice,
                                                                   const ReadOptions& read,
                                                                   SchemeCache& schemes) {
  Diagnostics diagnostics;
  std::vector<LoadedAssessment> loaded;
  for (const std::string& file : files) {
    const std::string name = shown_name(file);
    std::optional<std::string> text = read_input_file(file, diagnostics);
    if (!text) continue;
    remember_source(name, *text);
    auto assessment = load_assessment(*text, name, choice, schemes, diagnostics, read);
    if (assessment) loaded.push_back(std::move(*assessment));
  }
  print_diagnostics(diagnostics);
  if (diagnostics.has_errors() || loaded.size() != files.size()) return std::nullopt;
  return loaded;
}

}  // namespace cityseceval::cli
