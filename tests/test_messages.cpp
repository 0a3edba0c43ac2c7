// The message catalogues (include/cityseceval/messages.h): every message in
// both languages, with the same arguments, and every rule id named once.
#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <string>

#include "cityseceval/diagnostic.h"
#include "cityseceval/messages.h"

using namespace cityseceval;

namespace {

// The argument indices a pattern uses: {0}, {1}... (not the literal "{{").
std::set<std::string> fields_of(std::string_view pattern) {
  std::set<std::string> fields;
  const std::string text(pattern);
  static const std::regex field(R"(\{(\d+)\})");
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text.compare(at, 2, "{{") == 0 || text.compare(at, 2, "}}") == 0) {
      ++at;
      continue;
    }
    std::smatch match;
    std::string rest = text.substr(at);
    if (text[at] == '{' && std::regex_search(rest, match, field) && match.position(0) == 0) fields.insert(match[1]);
  }
  return fields;
}

// Chinese words or Chinese punctuation: CJK ideographs and CJK punctuation are
// three-byte UTF-8 sequences starting with 0xE3..0xE9, fullwidth forms
// ("（", "，") with 0xEF, and the curly quotes "“”" are E2 80 9C/9D.
bool has_chinese(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto byte = static_cast<unsigned char>(text[i]);
    if ((byte >= 0xE3 && byte <= 0xE9) || byte == 0xEF) return true;
    if (text.substr(i).starts_with("\xE2\x80\x9C") || text.substr(i).starts_with("\xE2\x80\x9D")) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("every message has a pattern in both languages, with the same arguments", "[messages]") {
  // Pieces with no words of their own: the same characters serve both languages.
  const std::set<MessageId> no_words = {MessageId::quoted_key};
  for (int i = 0; i < static_cast<int>(MessageId::count_); ++i) {
    const auto id = static_cast<MessageId>(i);
    INFO("message #" << i << ": " << message_pattern(id, Language::en));
    const std::string_view en = message_pattern(id, Language::en);
    const std::string_view zh = message_pattern(id, Language::zh);
    CHECK_FALSE(en.empty());
    CHECK_FALSE(zh.empty());
    CHECK(fields_of(en) == fields_of(zh));
    if (!no_words.count(id) && en != "; " && en != ", ") {
      CHECK(has_chinese(zh));
      CHECK_FALSE(has_chinese(en));
    }
    // Each pattern formats with arguments in both languages: no field beyond them, no stray brace.
    Text filled = message(id, {"a", "b", "c", "d", "e", "f"});
    CHECK_FALSE(filled.zh.empty());
    CHECK_FALSE(filled.en.empty());
  }
}

TEST_CASE("a Text argument gives each language its own words", "[messages]") {
  Text list = join_list(std::vector<std::string>{"full", "mostly", "none"}, MessageId::list_or);
  CHECK(list.en == "full, mostly or none");
  CHECK(list.zh == "full、mostly 或 none");
  Text text = message(MessageId::wrong_type_field, {"max_points", message(MessageId::the_indicator_tree),
                                                     message(MessageId::a_plain_decimal), "\"abc\""});
  CHECK(text.en == "\"max_points\" in the indicator tree must be a plain decimal number, got \"abc\"");
  CHECK(text.zh == "指标树中的 \"max_points\" 应为普通十进制数，实际是\"abc\"");
  CHECK(join_all(std::vector<std::string>{"a"}).en == "a");
  CHECK(join_all(std::vector<std::string>{}).zh.empty());
}

TEST_CASE("every rule id has one kebab-case name of its own", "[messages]") {
  std::set<std::string_view> names;
  const std::regex kebab("[a-z0-9]+(-[a-z0-9]+)*");
  for (int i = 0; i < static_cast<int>(RuleId::count_); ++i) {
    std::string_view name = rule_name(static_cast<RuleId>(i));
    INFO("rule #" << i);
    CHECK(std::regex_match(std::string(name), kebab));
    CHECK(names.insert(name).second);
  }
}
