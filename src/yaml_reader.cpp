#include "yaml_reader.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <array>
#include <exception>
#include <fmt/format.h>
#include <limits>
#include <optional>
#include <sstream>
#include <unordered_map>

#include "cityseceval/messages.h"
#include "encoding.h"
#include "utf8.h"

// What yaml-cpp 0.7 (Debian 12) actually reports, checked by hand and pinned
// by tests/test_yaml_reader.cpp:
//  - OnScalar's tag is "?" for a plain scalar and "!" for a quoted ('...',
//    "...") or block (|, >) one; an explicit tag arrives resolved
//    ("!!str" -> "tag:yaml.org,2002:str").
//  - OnNull comes for an empty value and for plain ~, null, Null and NULL
//    (not NuLL, not "null", and not `!!null`, which is OnScalar with value "").
//  - Mark.line and Mark.column are 0-based and the column counts bytes. At the
//    end of the input the column is often reset to 0 while line is not
//    advanced ("[" fails at line 0, column 0, pos 1). Mark.pos, the byte
//    offset, is always right, so positions are computed from pos and the text.
//  - A second document's OnDocumentStart is at its "---" when there is one,
//    otherwise at its first token.
//  - An unclosed flow collection ("[[[") is reported as a mapping start and a
//    sequence start per "[", because yaml-cpp first guesses each is a key.

namespace cityseceval::yaml {

const Node* Node::find(std::string_view key) const {
  for (const auto& [k, v] : entries) {
    if (k->kind == NodeKind::scalar && k->value == key) return v.get();
  }
  return nullptr;
}

SourceLocation location_of(const Node& node, const std::string& file) {
  return {file, node.line, node.column};
}

namespace {

constexpr std::size_t max_described_code_points = 40;

// The first `count` code points of valid UTF-8 `text`.
std::string_view first_code_points(std::string_view text, std::size_t count) {
  std::size_t at = 0;
  for (std::size_t seen = 0; at < text.size() && seen < count; ++seen) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  }
  return text.substr(0, at);
}

// A block scalar's line breaks would split the one-line diagnostic format.
std::string escape_controls(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      out += fmt::format("\\x{:02X}", static_cast<unsigned char>(c));
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

Text describe(const Node& node) {
  switch (node.kind) {
    case NodeKind::null:
      return message(MessageId::node_empty);
    case NodeKind::mapping:
      return message(MessageId::node_mapping);
    case NodeKind::sequence:
      return message(MessageId::node_list);
    case NodeKind::scalar:
      break;
  }
  if (utf8::code_points(node.value) <= max_described_code_points) {
    return Text::both(fmt::format("\"{}\"", escape_controls(node.value)));
  }
  return Text::both(fmt::format("\"{}…\"", escape_controls(first_code_points(node.value, max_described_code_points))));
}

namespace {

struct Position {
  int line = 1;
  int column = 1;
};

// yaml-cpp reports an empty value ("key:" alone, "---" alone) and a written
// `~` or `null` alike, as OnNull; only the text at the node tells them apart.
bool is_written_null(std::string_view text, std::size_t offset) {
  const std::string_view rest = text.substr(std::min(offset, text.size()));
  return std::ranges::any_of(std::array<std::string_view, 4>{"~", "null", "Null", "NULL"},
                             [&](std::string_view word) { return rest.starts_with(word); });
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view trim_end(std::string_view text) {
  while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
  return text;
}

// `line` without its comment: from a '#' at its start or after a blank, unless
// that is inside a quoted scalar.
std::string_view without_comment(std::string_view line) {
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    // A quote only opens a scalar at its start, not in "it's".
    const bool scalar_may_start =
        i == 0 || is_blank(line[i - 1]) || std::string_view("[{,").find(line[i - 1]) != std::string_view::npos;
    if (quote != 0) {
      if (c == '\\' && quote == '"') {
        ++i;
      } else if (c == quote) {
        quote = 0;
      }
    } else if ((c == '"' || c == '\'') && scalar_may_start) {
      quote = c;
    } else if (c == '#' && (i == 0 || is_blank(line[i - 1]))) {
      return line.substr(0, i);
    }
  }
  return line;
}

// The closing quote of the quoted scalar opening at byte `open` of `text`
// (a '"' or a '\''), or nullopt when it runs to the end of the text.
// Escapes are honoured: \" and \\ in double quotes, '' in single quotes.
std::optional<std::size_t> closing_quote(std::string_view text, std::size_t open) {
  const char quote = text[open];
  for (std::size_t at = open + 1; at < text.size(); ++at) {
    if (quote == '"' && text[at] == '\\') {
      ++at;
    } else if (text[at] == quote) {
      if (quote == '"' || at + 1 >= text.size() || text[at + 1] != '\'') return at;
      ++at;  // '' is one quote inside single quotes
    }
  }
  return std::nullopt;
}

// False when a quoted scalar opening at byte `open` of `text` runs to the end
// of the text: yaml-cpp accepts `city: "abc` with no closing quote, when a
// line break follows, as a scalar swallowing the rest of the file, and then
// every key after it is missing. True for anything else at `open` (a block
// scalar, a tag). Scalars do not overlap, so all of a file's cost one pass.
bool quote_closes(std::string_view text, std::size_t open) {
  if (open >= text.size() || (text[open] != '"' && text[open] != '\'')) return true;
  return closing_quote(text, open).has_value();
}

// Where a quoted scalar opens that was meant to end on its line, for a
// syntax error yaml-cpp reports at byte `error`: one that runs to the end of
// the text (yaml-cpp's "illegal EOF in scalar", said at the end), or one
// that runs over lines to a quote on the error's line, which was meant to
// open another scalar (`city: "abc` and then `  "1.1": [good]`, where
// yaml-cpp reports the map's end at 1.1). Quotes open scalars at a line's
// start or after a blank, '[', '{', ',' or ':', outside comments and other
// scalars. nullopt when there is no such scalar.
std::optional<std::size_t> misread_quote(std::string_view text, std::size_t error) {
  for (std::size_t at = 0; at < text.size() && at <= error; ++at) {
    const bool after_blank = at == 0 || is_blank(text[at - 1]) || text[at - 1] == '\n';
    if (text[at] == '#' && after_blank) {
      at = text.find('\n', at);
      if (at == std::string_view::npos) return std::nullopt;
    } else if ((text[at] == '"' || text[at] == '\'') &&
               (after_blank || std::string_view("[{,:").find(text[at - 1]) != std::string_view::npos)) {
      std::optional<std::size_t> close = closing_quote(text, at);
      if (!close) return at;
      const bool over_lines = text.substr(at, *close - at).find('\n') != std::string_view::npos;
      const bool on_error_line = *close <= error && text.substr(*close, error - *close).find('\n') == std::string_view::npos;
      if (over_lines && on_error_line) return at;
      at = *close;
    }
  }
  return std::nullopt;
}

// Turns byte offsets into the 1-based line and code-point column that every
// diagnostic uses. Lines end at '\n' (a '\r' before it is part of the line,
// which is harmless: it is never before a position on the same line).
class SourceMap {
 public:
  explicit SourceMap(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') line_starts_.push_back(i + 1);
    }
  }

  Position at_byte(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const auto line = static_cast<std::size_t>(next_line - line_starts_.begin());
    move_cursor(line, *(next_line - 1), offset);
    return {static_cast<int>(line), static_cast<int>(cursor_.code_points) + 1};
  }

  std::string_view text() const { return text_; }

  // yaml-cpp's marks count bytes; see the notes at the top of this file.
  Position at_mark(const YAML::Mark& mark) const {
    if (mark.is_null() || mark.pos < 0) return {};
    return at_byte(static_cast<std::size_t>(mark.pos));
  }

  // An empty value has no text of its own, and yaml-cpp marks it at the next
  // token, often on a later line ("city:" then "ratings:"), where a caret
  // would point at a valid entry. It belongs right after its "key:" or "-":
  // just past the last character that is not blank or a comment, when that
  // is on an earlier line than the mark.
  Position at_null(const YAML::Mark& mark) const {
    if (mark.is_null() || mark.pos < 0) return {};
    const std::size_t offset = std::min(static_cast<std::size_t>(mark.pos), text_.size());
    if (is_written_null(text_, offset) || text_.substr(offset).starts_with('&')) return at_byte(offset);
    auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const auto line = static_cast<std::size_t>(next_line - line_starts_.begin());
    const std::size_t start = line_starts_[line - 1];
    if (!trim_end(text_.substr(start, offset - start)).empty()) return at_byte(offset);
    for (std::size_t earlier = line - 1; earlier >= 1; --earlier) {
      const std::string_view content = trim_end(without_comment(line_text(earlier)));
      if (!content.empty()) {
        return {static_cast<int>(earlier), static_cast<int>(utf8::code_points(content)) + 1};
      }
    }
    return at_byte(offset);
  }

 private:
  // The last position asked for. Events arrive in file order, so counting on
  // from it keeps a file that is one huge line linear instead of quadratic.
  struct Cursor {
    std::size_t line = 1;
    std::size_t offset = 0;
    std::size_t code_points = 0;  // from the start of the line to offset
  };

  void move_cursor(std::size_t line, std::size_t line_start, std::size_t offset) const {
    if (line != cursor_.line) cursor_ = {line, line_start, 0};
    if (offset >= cursor_.offset) {
      cursor_.code_points += utf8::code_points(text_.substr(cursor_.offset, offset - cursor_.offset));
    } else {
      const std::size_t back = utf8::code_points(text_.substr(offset, cursor_.offset - offset));
      cursor_.code_points = back <= cursor_.code_points
                                ? cursor_.code_points - back
                                : utf8::code_points(text_.substr(line_start, offset - line_start));
    }
    cursor_.offset = offset;
  }

  // The text of 1-based line `line`, which is not the last, without its '\n'.
  std::string_view line_text(std::size_t line) const {
    return text_.substr(line_starts_[line - 1], line_starts_[line] - 1 - line_starts_[line - 1]);
  }

  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  mutable Cursor cursor_;
};

// Thrown out of the event handler to stop yaml-cpp when reading must not go
// on (too deep, too many aliases, a second document); read_yaml catches it.
struct Refusal {
  Position where;
  Text message;
  RuleId rule;
};

std::size_t saturating_add(std::size_t a, std::size_t b) {
  return b > std::numeric_limits<std::size_t>::max() - a ? std::numeric_limits<std::size_t>::max() : a + b;
}

// Builds our Node tree from yaml-cpp's events for one document, enforcing the
// depth and alias limits as the events arrive, so a hostile file is refused
// before it costs anything.
class TreeBuilder final : public YAML::EventHandler {
 public:
  TreeBuilder(const SourceMap& source, const std::string& file, Diagnostics& diagnostics, const Limits& limits)
      : source_(source), file_(file), diagnostics_(diagnostics), limits_(limits) {}

  NodePtr root() const { return root_; }
  // Byte offset of the document's first node, where an empty root "is".
  std::size_t root_offset() const { return root_offset_.value_or(0); }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    add_leaf(new_node(NodeKind::null, mark, source_.at_null(mark)), anchor);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    const Position where = source_.at_mark(mark);
    if (tag != "?" && mark.pos >= 0 && !quote_closes(source_.text(), static_cast<std::size_t>(mark.pos))) {
      throw Refusal{where, message(MessageId::unterminated_quote), RuleId::yaml_syntax};
    }
    refuse_tag(tag, "tag:yaml.org,2002:str", mark);
    check_length(value, where);
    auto node = new_node(NodeKind::scalar, mark, where);
    node->value = value;
    // yaml-cpp tags every untagged plain scalar "?"; quoted and block scalars
    // get "!", explicitly tagged ones their tag.
    node->plain = tag == "?";
    add_leaf(std::move(node), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const Position where = source_.at_mark(mark);
    if (++alias_uses_ > limits_.max_aliases) {
      throw Refusal{where, message(MessageId::too_many_aliases, {limits_.max_aliases}), RuleId::too_many_aliases};
    }
    auto target = anchors_.find(anchor);
    if (target == anchors_.end()) {
      throw Refusal{where, message(MessageId::yaml_syntax, {message(MessageId::yaml_undefined_anchor)}),
                    RuleId::yaml_syntax};
    }
    // An alias inside the node it names expands without end.
    if (target->second.open || saturating_add(expanded_total_, target->second.expanded) > limits_.max_expanded_nodes) {
      throw Refusal{where, message(MessageId::aliases_expand, {limits_.max_expanded_nodes}),
                    RuleId::too_many_aliases};
    }
    expanded_total_ += target->second.expanded;
    attach(target->second.node, target->second.expanded, where);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    refuse_tag(tag, "tag:yaml.org,2002:seq", mark);
    open(NodeKind::sequence, mark, anchor);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    refuse_tag(tag, "tag:yaml.org,2002:map", mark);
    open(NodeKind::mapping, mark, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  // A sequence or mapping whose end event has not come yet.
  struct OpenCollection {
    std::shared_ptr<Node> node;
    YAML::anchor_t anchor = YAML::NullAnchor;
    std::size_t expanded = 1;
    // Mapping state: the key waiting for its value, and the first line of
    // each scalar key so far.
    NodePtr key;
    bool drop_value = false;
    std::unordered_map<std::string, int> key_lines;
  };

  struct Anchored {
    NodePtr node;
    std::size_t expanded = 0;
    bool open = false;
  };

  // A value longer than a workbook cell may hold is refused where it starts;
  // counting is linear, and only done for one that may be too long.
  void check_length(const std::string& value, Position where) const {
    if (auto characters = utf8::code_points_over(value, limits_.max_value_characters)) {
      throw Refusal{where, message(MessageId::value_too_long, {*characters, limits_.max_value_characters}),
                    RuleId::value_too_long};
    }
  }

  // No file read here gives a tag a meaning: "!foo 1" was read as the
  // rating 1 and "!!int 010" as the text "010", the tag silently dropped.
  // Only a tag that says what the node already is (!!str on a scalar,
  // !!seq, !!map) is accepted; yaml-cpp tags an untagged node "?" (plain)
  // or "!" (quoted, block, collections).
  void refuse_tag(const std::string& tag, std::string_view harmless, const YAML::Mark& mark) const {
    if (tag.empty() || tag == "?" || tag == "!" || tag == harmless) return;
    constexpr std::string_view core = "tag:yaml.org,2002:";
    const std::string written = tag.starts_with(core) ? "!!" + tag.substr(core.size()) : tag;
    throw Refusal{source_.at_mark(mark), message(MessageId::yaml_syntax, {message(MessageId::yaml_unknown_tag, {written})}),
                  RuleId::yaml_syntax};
  }

  std::shared_ptr<Node> new_node(NodeKind kind, const YAML::Mark& mark, Position where) {
    if (!root_offset_ && mark.pos >= 0) root_offset_ = static_cast<std::size_t>(mark.pos);
    auto node = std::make_shared<Node>();
    node->kind = kind;
    node->line = where.line;
    node->column = where.column;
    expanded_total_ = saturating_add(expanded_total_, 1);
    return node;
  }

  void add_leaf(std::shared_ptr<Node> node, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) anchors_[anchor] = {node, 1, false};
    const Position where{node->line, node->column};
    attach(std::move(node), 1, where);
  }

  void open(NodeKind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (stack_.size() >= static_cast<std::size_t>(std::max(limits_.max_depth, 0))) {
      throw Refusal{source_.at_mark(mark), message(MessageId::too_deep, {limits_.max_depth}), RuleId::too_deep};
    }
    auto node = new_node(kind, mark, source_.at_mark(mark));
    if (anchor != YAML::NullAnchor) anchors_[anchor] = {node, 0, true};
    OpenCollection collection;
    collection.node = std::move(node);
    collection.anchor = anchor;
    stack_.push_back(std::move(collection));
  }

  void close() {
    OpenCollection done = std::move(stack_.back());
    stack_.pop_back();
    if (done.anchor != YAML::NullAnchor) anchors_[done.anchor] = {done.node, done.expanded, false};
    const Position where{done.node->line, done.node->column};
    attach(std::move(done.node), done.expanded, where);
  }

  // Adds a finished node (or an alias's target) to the collection being built;
  // `where` is where it occurs, which for an alias is not where its node is.
  void attach(NodePtr node, std::size_t expanded, Position where) {
    if (stack_.empty()) {
      root_ = std::move(node);
      return;
    }
    OpenCollection& parent = stack_.back();
    parent.expanded = saturating_add(parent.expanded, expanded);
    if (parent.node->kind == NodeKind::sequence) {
      parent.node->items.push_back(std::move(node));
    } else if (!parent.key) {
      parent.drop_value = is_duplicate_key(parent, *node, where);
      parent.key = std::move(node);
    } else {
      if (!parent.drop_value) parent.node->entries.emplace_back(std::move(parent.key), std::move(node));
      parent.key.reset();
    }
  }

  // Reports a scalar key seen before in the same mapping; the caller keeps
  // the first entry, as a reader of the file would expect.
  bool is_duplicate_key(OpenCollection& mapping, const Node& key, Position where) {
    if (key.kind != NodeKind::scalar) return false;
    auto [first, inserted] = mapping.key_lines.emplace(key.value, where.line);
    if (inserted) return false;
    diagnostics_.error({file_, where.line, where.column}, message(MessageId::duplicate_key, {key.value, first->second}),
                       RuleId::duplicate_key);
    return true;
  }

  const SourceMap& source_;
  const std::string& file_;
  Diagnostics& diagnostics_;
  const Limits& limits_;
  std::vector<OpenCollection> stack_;
  std::unordered_map<YAML::anchor_t, Anchored> anchors_;
  std::size_t alias_uses_ = 0;
  // Nodes so far with every alias expanded: the cost of walking the tree.
  std::size_t expanded_total_ = 0;
  NodePtr root_;
  std::optional<std::size_t> root_offset_;
};

// Stops at the start of a document after the first one.
class SecondDocumentProbe final : public YAML::EventHandler {
 public:
  explicit SecondDocumentProbe(const SourceMap& source) : source_(source) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    throw Refusal{source_.at_mark(mark), message(MessageId::multiple_documents), RuleId::multiple_documents};
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}

 private:
  const SourceMap& source_;
};

void report(Diagnostics& diagnostics, const std::string& file, Position where, Text text, RuleId rule) {
  diagnostics.error({file, where.line, where.column}, std::move(text), rule);
}

void report_empty(Diagnostics& diagnostics, const std::string& file) {
  report(diagnostics, file, {}, message(MessageId::empty_file), RuleId::empty_file);
}

// yaml-cpp's own words for a syntax error, in both languages where we know them.
Text parser_problem(const std::string& problem) {
  struct Known {
    std::string_view words;  // yaml-cpp's ErrorMsg text, or its start
    MessageId id;
    bool prefix;  // the words are followed by what was found
  };
  static constexpr Known known[] = {
      {"end of map not found", MessageId::yaml_end_of_map, false},
      {"end of map flow not found", MessageId::yaml_end_of_map_flow, false},
      {"end of sequence not found", MessageId::yaml_end_of_seq, false},
      {"end of sequence flow not found", MessageId::yaml_end_of_seq_flow, false},
      {"illegal flow end", MessageId::yaml_flow_end, false},
      {"illegal block entry", MessageId::yaml_block_entry, false},
      {"illegal map key", MessageId::yaml_map_key, false},
      {"illegal map value", MessageId::yaml_map_value, false},
      {"illegal EOF in scalar", MessageId::yaml_eof_in_scalar, false},
      {"illegal character in scalar", MessageId::yaml_char_in_scalar, false},
      {"unknown token", MessageId::yaml_unknown_token, false},
      {"unexpected character in block scalar", MessageId::yaml_char_in_block, false},
      {"the referenced anchor is not defined", MessageId::yaml_undefined_anchor, false},
      {"alias not found after *", MessageId::yaml_alias_not_found, false},
      {"anchor not found after &", MessageId::yaml_anchor_not_found, false},
      {"unknown escape character: ", MessageId::yaml_unknown_escape, true},
      {"invalid unicode: ", MessageId::yaml_invalid_unicode, true},
      {"cannot assign multiple anchors to the same node", MessageId::yaml_multiple_anchors, false},
      {"cannot assign multiple tags to the same node", MessageId::yaml_multiple_tags, false},
      {"aliases can't have any content, *including* tags", MessageId::yaml_alias_content, false},
      {"bad character found while scanning hex number", MessageId::yaml_invalid_hex, false},
      {"cannot set zero indentation for a block scalar", MessageId::yaml_zero_indentation, false},
      {"illegal document indicator in scalar", MessageId::yaml_document_in_scalar, false},
      {"YAML directives must have exactly one argument", MessageId::yaml_directive_arguments, false},
      {"bad YAML version: ", MessageId::yaml_bad_version, true},
      {"YAML major version too large", MessageId::yaml_major_version, false},
      {"repeated YAML directive", MessageId::yaml_repeated_directive, false},
      {"TAG directives must have exactly two arguments", MessageId::yaml_tag_directive_arguments, false},
      {"repeated TAG directive", MessageId::yaml_repeated_tag_directive, false},
      {"illegal character found while scanning tag handle", MessageId::yaml_char_in_tag_handle, false},
      {"tag handle with no suffix", MessageId::yaml_tag_without_suffix, false},
      {"end of verbatim tag not found", MessageId::yaml_verbatim_tag_end, false},
      {"illegal character found while scanning alias", MessageId::yaml_char_in_alias, false},
      {"illegal character found while scanning anchor", MessageId::yaml_char_in_anchor, false},
  };
  for (const Known& each : known) {
    if (each.prefix && problem.starts_with(each.words)) {
      return message(each.id, {std::string_view(problem).substr(each.words.size())});
    }
    if (!each.prefix && problem == each.words) return message(each.id);
  }
  return Text::both(problem);
}

Text invalid_yaml(Text problem) { return message(MessageId::yaml_syntax, {std::move(problem)}); }

// The tab in the indentation of 1-based line `number`, if there is one.
std::optional<Position> tab_in_indentation(std::string_view text, int number) {
  std::size_t start = 0;
  for (int line = 1; line < number; ++line) {
    start = text.find('\n', start);
    if (start == std::string_view::npos) return std::nullopt;
    ++start;
  }
  for (std::size_t at = start; at < text.size() && (text[at] == ' ' || text[at] == '\t'); ++at) {
    if (text[at] == '\t') return Position{number, static_cast<int>(at - start) + 1};
  }
  return std::nullopt;
}

// yaml-cpp says "illegal map value" or "illegal block entry" where a line is
// indented with a tab, which YAML forbids: name the tab instead, on the line
// of the error or the one before it.
std::optional<Position> indenting_tab(std::string_view text, Position error) {
  for (int line = error.line; line >= std::max(1, error.line - 1); --line) {
    if (auto tab = tab_in_indentation(text, line)) return tab;
  }
  return std::nullopt;
}

// Runs yaml-cpp over valid UTF-8 `text` and turns every way it can fail,
// including our own refusals from inside the handler, into one diagnostic.
NodePtr parse_single_document(std::string_view text, const SourceMap& source, const std::string& file,
                              Diagnostics& diagnostics, const Limits& limits) {
  try {
    std::istringstream in{std::string(text)};
    YAML::Parser parser(in);
    TreeBuilder builder(source, file, diagnostics, limits);
    if (!parser.HandleNextDocument(builder) || !builder.root()) {
      report_empty(diagnostics, file);
      return nullptr;
    }
    SecondDocumentProbe probe(source);
    parser.HandleNextDocument(probe);
    NodePtr root = builder.root();
    if (root->is_null() && !is_written_null(text, builder.root_offset())) {
      report_empty(diagnostics, file);
      return nullptr;
    }
    return root;
  } catch (const Refusal& refusal) {
    report(diagnostics, file, refusal.where, refusal.message, refusal.rule);
  } catch (const YAML::Exception& e) {
    Position where = source.at_mark(e.mark);
    std::optional<std::size_t> open =
        e.mark.pos >= 0 ? misread_quote(text, static_cast<std::size_t>(e.mark.pos)) : std::nullopt;
    if (open) {
      report(diagnostics, file, source.at_byte(*open), message(MessageId::unterminated_quote), RuleId::yaml_syntax);
    } else if (auto tab = indenting_tab(text, where)) {
      report(diagnostics, file, *tab, message(MessageId::yaml_tab_indentation), RuleId::yaml_syntax);
    } else {
      report(diagnostics, file, where, invalid_yaml(parser_problem(e.msg)), RuleId::yaml_syntax);
    }
  } catch (const std::exception& e) {
    report(diagnostics, file, {}, invalid_yaml(Text::both(e.what())), RuleId::yaml_syntax);
  } catch (...) {
    report(diagnostics, file, {}, invalid_yaml(message(MessageId::yaml_unknown_error)), RuleId::yaml_syntax);
  }
  return nullptr;
}

}  // namespace

NodePtr read_yaml(std::string_view text, const std::string& file, Diagnostics& diagnostics,
                  const Limits& limits) {
  if (text.size() > limits.max_bytes) {
    diagnostics.error({file, 1, 1}, message(MessageId::file_too_large, {text.size(), limits.max_bytes}),
                      RuleId::file_too_large);
    return nullptr;
  }
  text = without_byte_order_mark(text);
  if (!check_encoding(text, file, TextFormat::yaml, diagnostics)) return nullptr;
  try {
    const SourceMap source(text);
    return parse_single_document(text, source, file, diagnostics, limits);
  } catch (const std::exception& e) {
    // Only running out of memory gets here; the promise is never to throw.
    report(diagnostics, file, {}, invalid_yaml(Text::both(e.what())), RuleId::yaml_syntax);
    return nullptr;
  }
}

}  // namespace cityseceval::yaml
