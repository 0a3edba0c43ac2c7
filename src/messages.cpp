#include "cityseceval/messages.h"

#include <fmt/args.h>
#include <fmt/format.h>

#include "messages_catalogue.h"

namespace cityseceval {

namespace {

std::string format(std::string_view pattern, std::initializer_list<MessageArg> args, Language language) {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const MessageArg& arg : args) store.push_back(arg.in(language));
  return fmt::vformat(fmt::string_view(pattern.data(), pattern.size()), store);
}

}  // namespace

std::string_view message_pattern(MessageId id, Language language) {
  return language == Language::en ? english_pattern(id) : chinese_pattern(id);
}

Text message(MessageId id, std::initializer_list<MessageArg> args) {
  return {format(chinese_pattern(id), args, Language::zh), format(english_pattern(id), args, Language::en)};
}

namespace {

std::vector<Text> as_texts(const std::vector<std::string>& words) {
  std::vector<Text> texts;
  for (const std::string& word : words) texts.push_back(Text::both(word));
  return texts;
}

// words[first, last) joined by each language's `separator`.
Text joined(const std::vector<Text>& words, std::size_t first, std::size_t last,
            MessageId separator = MessageId::list_separator) {
  Text out;
  for (std::size_t i = first; i < last; ++i) {
    for (Language language : {Language::zh, Language::en}) {
      std::string& into = language == Language::zh ? out.zh : out.en;
      if (i > first) into += message_pattern(separator, language);
      into += words[i].in(language);
    }
  }
  return out;
}

}  // namespace

Text join_list(const std::vector<Text>& words, MessageId last) {
  if (words.size() < 2) return joined(words, 0, words.size());
  return message(last, {joined(words, 0, words.size() - 1), words.back()});
}

Text join_list(const std::vector<std::string>& words, MessageId last) { return join_list(as_texts(words), last); }

Text join_all(const std::vector<Text>& words, MessageId separator) { return joined(words, 0, words.size(), separator); }

Text join_all(const std::vector<std::string>& words) { return join_all(as_texts(words)); }

}  // namespace cityseceval
