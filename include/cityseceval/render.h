// Renderers: a score result in, text out. They never print or write files;
// apps/ decides where the text goes (stdout or an atomically written -o file).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cityseceval/language.h"
#include "cityseceval/score.h"

namespace cityseceval {

struct TextOptions {
  Language language = Language::zh;
  // ANSI colour and bold. The CLI turns it on only for a terminal without NO_COLOR.
  bool color = false;
};

// The human report: a header (scheme, city, period, composite, grade) and the
// indicator tree as an indented table with ID, name, score, max, percent and a
// bar, columns aligned by display width (a Chinese character is two columns).
std::string render_text(const ScoreResult& result, const TextOptions& options);

// The machine report, one JSON object (contract: docs/json-output.md). Keys
// and their meaning are stable; `name` is always Chinese and `name_en` always
// English, whatever the language option. Text that is not valid UTF-8 (a file
// name) has each bad byte replaced by U+FFFD.
std::string render_json(const ScoreResult& result);

// The same object as render_json (the same keys in the same order, the same
// values) written compactly on one line, ending in "\n" and holding no other
// line break: one line per assessment of a JSON Lines stream (`score --format
// jsonl` writes one per input file).
std::string render_json_line(const ScoreResult& result);

// Several results as a JSON array of the objects above, in order.
std::string render_json(const std::vector<ScoreResult>& results);

// The same array one element at a time, for writing a large batch without
// holding it in memory: "[\n", then render_json_element(result, index) for
// each, then "\n]\n" (json_array_close(count)). The pieces concatenated are
// exactly render_json(results).
std::string render_json_element(const ScoreResult& result, std::size_t index);
std::string json_array_close(std::size_t count);
// Any object `object` (as render_json writes it, indented by 2, without its
// final newline) as element `index` of such an array.
std::string json_array_element(std::string_view object, std::size_t index);

}  // namespace cityseceval
