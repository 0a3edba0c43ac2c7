// The two languages of everything a user reads, and text carried in both.
//
// Chinese is the source language of both schemes and the default of every
// output; English is carried alongside. A name that has no English form is
// shown in Chinese (localized()), so `--lang en` never prints an empty name.
// Diagnostics and explanations are built in both languages at once (Text):
// the library never needs to know which one will be printed, and only apps/
// picks one, at the edge.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cityseceval {

enum class Language { zh, en };

// "zh" or "en" (what --lang and CITYSECEVAL_LANG take); nullopt otherwise.
std::optional<Language> parse_language(std::string_view name);

// The one fallback rule for every displayed name (indicators, grade bands,
// rating levels, schemes): the English form when asked for and present,
// otherwise the Chinese one.
inline const std::string& localized(Language language, const std::string& zh, const std::string& en) {
  return language == Language::en && !en.empty() ? en : zh;
}

// A text in both languages: a diagnostic message, a rule's explanation.
struct Text {
  std::string zh;
  std::string en;

  const std::string& in(Language language) const { return language == Language::en ? en : zh; }
  // The same words in both languages: a number, an id, a quoted value.
  static Text both(std::string text) { return {text, std::move(text)}; }
  friend bool operator==(const Text&, const Text&) = default;
};

}  // namespace cityseceval
