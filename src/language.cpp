#include "cityseceval/language.h"

namespace cityseceval {

std::optional<Language> parse_language(std::string_view name) {
  if (name == "zh") return Language::zh;
  if (name == "en") return Language::en;
  return std::nullopt;
}

}  // namespace cityseceval
