#include "cityseceval/version.h"

#include <fmt/format.h>

#include "cityseceval/load.h"

namespace cityseceval {

std::string_view tool_version() { return CITYSECEVAL_VERSION; }

std::string tool_name_and_version() { return fmt::format("cityseceval {}", tool_version()); }

std::string version_text() {
  std::string text = tool_name_and_version() + "\n";
  for (const BuiltinScheme& builtin : builtin_schemes()) {
    Diagnostics ignored;  // a built-in tree that does not load is caught by the tests, not here
    std::optional<Scheme> scheme = load_builtin_scheme(std::string(builtin.id), {}, ignored);
    std::string version = scheme && !scheme->version.empty() ? scheme->version : "-";
    text += fmt::format("scheme {} {} sha256:{}\n", builtin.id, version, builtin.sha256.substr(0, 12));
  }
  return text;
}

}  // namespace cityseceval
