#include "option_values.h"

#include <algorithm>
#include <map>

#include "cityseceval/load.h"

namespace cityseceval::cli {

namespace {

struct Declared {
  std::function<std::vector<std::string>()> words;
  std::optional<FileValues> files;
};

// Keyed by the option's address: CLI11 options live as long as their app, and
// the app is built once per run.
std::map<const CLI::Option*, Declared>& registry() {
  static std::map<const CLI::Option*, Declared> declared;
  return declared;
}

}  // namespace

CLI::Option* one_of(CLI::Option* option, std::vector<std::string> words, bool ignore_case) {
  if (ignore_case) {
    option->check(CLI::IsMember(words, CLI::ignore_case));
  } else {
    option->check(CLI::IsMember(words));
  }
  return offers(option, std::move(words));
}

CLI::Option* offers(CLI::Option* option, std::vector<std::string> words) {
  return offers(option, [words] { return words; });
}

CLI::Option* offers(CLI::Option* option, std::function<std::vector<std::string>()> words) {
  registry()[option].words = std::move(words);
  return option;
}

CLI::Option* takes_file(CLI::Option* option, FileValues kind) {
  registry()[option].files = std::move(kind);
  return option;
}

FileValues assessment_files() { return {{"yaml", "yml", "csv", "xlsx"}, true}; }

FileValues assessment_file() { return {{"yaml", "yml", "csv", "xlsx"}, false}; }

FileValues yaml_files() { return {{"yaml", "yml"}, false}; }

FileValues any_file() { return {{}, false}; }

std::vector<std::string> builtin_grade_ids() {
  std::vector<std::string> ids;
  for (const BuiltinScheme& builtin : builtin_schemes()) {
    Diagnostics ignored;
    std::optional<Scheme> scheme = load_builtin_scheme(std::string(builtin.id), {}, ignored);
    if (!scheme) continue;
    for (const GradeBand& grade : scheme->grades) {
      if (std::find(ids.begin(), ids.end(), grade.id) == ids.end()) ids.push_back(grade.id);
    }
  }
  return ids;
}

OptionValues values_of(const CLI::Option* option) {
  auto it = registry().find(option);
  if (it == registry().end()) return {};
  return {it->second.words ? it->second.words() : std::vector<std::string>{}, it->second.files};
}

}  // namespace cityseceval::cli
