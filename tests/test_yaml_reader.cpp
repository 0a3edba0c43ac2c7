#include "yaml_reader.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <string_view>
#include <utility>

#include "cityseceval/diagnostic.h"
#include "support.h"

using cityseceval::Diagnostics;
using cityseceval::format_diagnostic;
using cityseceval::yaml::Limits;
using cityseceval::yaml::Node;
using cityseceval::yaml::NodeKind;
using cityseceval::yaml::NodePtr;
using cityseceval::yaml::read_yaml;

namespace {

struct Reading {
  NodePtr root;
  Diagnostics diagnostics;
};

Reading read(std::string_view text, const Limits& limits = {}) {
  Reading reading;
  reading.root = read_yaml(text, "a.yaml", reading.diagnostics, limits);
  return reading;
}

// The one diagnostic a refused file must produce, formatted.
std::string only_error(const Reading& reading) {
  REQUIRE(reading.diagnostics.all().size() == 1);
  const auto& only = reading.diagnostics.all()[0];
  std::string en = format_diagnostic(only, cityseceval::Language::en);
  cityseceval::testing::check_chinese(en, format_diagnostic(only, cityseceval::Language::zh));
  return en;
}


std::string repeat(std::string_view part, std::size_t times) {
  std::string out;
  out.reserve(part.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += part;
  return out;
}

// `text` in double quotes, as describe() shows a scalar.
std::string quoted(std::string_view text) {
  std::string out = "\"";
  out += text;
  out += '"';
  return out;
}

}  // namespace

// --- 1. Size -----------------------------------------------------------------

TEST_CASE("a file above max_bytes is refused before parsing", "[yaml]") {
  Limits limits;
  limits.max_bytes = 10;
  auto big = read("a: 1234567890", limits);  // 13 bytes
  CHECK_FALSE(big.root);
  CHECK(only_error(big) == "a.yaml:1:1: error: file is too large: 13 bytes; the limit is 10 bytes [file-too-large]");

  auto at_limit = read("a: 1234567", limits);  // exactly 10 bytes
  REQUIRE(at_limit.root);
  CHECK(at_limit.diagnostics.empty());
}

// --- 2. Byte-order mark and UTF-8 ---------------------------------------------

TEST_CASE("a leading UTF-8 byte-order mark is skipped and not counted in columns", "[yaml]") {
  auto plain = read("\xEF\xBB\xBF" "a: 1");
  REQUIRE(plain.root);
  CHECK(plain.diagnostics.empty());
  CHECK(plain.root->column == 1);
  REQUIRE(plain.root->find("a"));
  CHECK(plain.root->find("a")->value == "1");

  // "{a: 1, a: 2}": the second a is the 8th character.
  auto duplicate = read("\xEF\xBB\xBF{a: 1, a: 2}");
  CHECK(only_error(duplicate) == "a.yaml:1:8: error: duplicate key \"a\"; first defined at line 1 [duplicate-key]");
}

TEST_CASE("invalid UTF-8 is refused at the first bad byte, column in code points", "[yaml]") {
  // How to save it as UTF-8 from an editor; GB18030 named when the bytes read as such.
  const std::string save = "; save it as UTF-8 in your editor (Save As, encoding \"UTF-8\") [invalid-utf8]";
  const std::string gb18030 = "; it looks like GB18030 (GBK): save it as UTF-8 in your editor (Save As, encoding "
                              "\"UTF-8\"), or convert it with iconv -f GB18030 -t UTF-8 [invalid-utf8]";
  // Line 2 is "b: 名" then 0xFF: four characters come before it.
  auto bad = read("a: 1\nb: 名\xFF\n");
  CHECK_FALSE(bad.root);
  CHECK(only_error(bad) == "a.yaml:2:5: error: invalid UTF-8 (byte 0xFF); the file must be encoded in UTF-8" + save);

  // 0xC3 cut short is not GB18030 either.
  CHECK(only_error(read("x\xC3")) == "a.yaml:1:2: error: invalid UTF-8 (byte 0xC3); the file must be encoded in UTF-8" + save);
  // C0 AF is an overlong "/" in UTF-8 and the character 蜡 in GB18030.
  CHECK(only_error(read("\xC0\xAF: 1")) ==
        "a.yaml:1:1: error: invalid UTF-8 (byte 0xC0); the file must be encoded in UTF-8" + gb18030);
  // A UTF-16 surrogate; in GB18030 the lone 0x80 after ED A0 is not a character.
  CHECK(only_error(read("a: \xED\xA0\x80")) ==
        "a.yaml:1:4: error: invalid UTF-8 (byte 0xED); the file must be encoded in UTF-8" + save);
  // Latin-1 "é" after a BOM: the BOM is not a column (E9 3A is no GB18030 character).
  CHECK(only_error(read("\xEF\xBB\xBF" "caf\xE9: 1")) ==
        "a.yaml:1:4: error: invalid UTF-8 (byte 0xE9); the file must be encoded in UTF-8" + save);
}

// --- 3. Empty files ----------------------------------------------------------

TEST_CASE("a file with no document, or only an empty one, is refused as empty", "[yaml]") {
  const std::string empty = "a.yaml:1:1: error: the file is empty; expected a YAML document [empty-file]";
  for (std::string_view text : {"", "   \n\n", "# only a comment\n", "---\n", "--- # nothing\n...\n",
                                "\xEF\xBB\xBF", "--- &anchor\n"}) {
    INFO("text: " << text);
    auto reading = read(text);
    CHECK_FALSE(reading.root);
    CHECK(only_error(reading) == empty);
  }
}

TEST_CASE("a document holding one scalar or a written null is not empty", "[yaml]") {
  auto hello = read("hello");
  REQUIRE(hello.root);
  CHECK(hello.diagnostics.empty());
  CHECK(hello.root->kind == NodeKind::scalar);
  CHECK(hello.root->value == "hello");

  auto tilde = read("~\n");
  REQUIRE(tilde.root);
  CHECK(tilde.diagnostics.empty());
  CHECK(tilde.root->is_null());

  auto null_after_marker = read("--- null\n");
  REQUIRE(null_after_marker.root);
  CHECK(null_after_marker.root->is_null());
  CHECK(null_after_marker.root->column == 5);

  auto quoted_empty = read("''");
  REQUIRE(quoted_empty.root);
  CHECK(quoted_empty.root->kind == NodeKind::scalar);
  CHECK(quoted_empty.root->value.empty());
  CHECK_FALSE(quoted_empty.root->plain);
}

// --- 4. Syntax errors --------------------------------------------------------

TEST_CASE("yaml-cpp's syntax errors become one yaml-syntax diagnostic", "[yaml]") {
  CHECK(only_error(read("a: 1\n]")) == "a.yaml:2:1: error: invalid YAML: illegal flow end [yaml-syntax]");
  // Errors at the end of the text point just past its last character.
  CHECK(only_error(read("[")) == "a.yaml:1:2: error: invalid YAML: end of sequence flow not found [yaml-syntax]");
  CHECK(only_error(read("{a: [")) ==
        "a.yaml:1:6: error: invalid YAML: end of sequence flow not found [yaml-syntax]");
  // yaml-cpp's "illegal EOF in scalar" at the end: the quote that never closes is named where it opens.
  CHECK(only_error(read("a: \"x")) ==
        "a.yaml:1:4: error: unterminated quoted string: the quote opened here is never closed [yaml-syntax]");
  CHECK(only_error(read("*undefined")) ==
        "a.yaml:1:1: error: invalid YAML: the referenced anchor is not defined [yaml-syntax]");
  // A tab in the indentation: the tab itself, not yaml-cpp's "illegal map value" at column 5.
  CHECK(only_error(read("\tfoo: 1")) ==
        "a.yaml:1:1: error: a tab is used for indentation; YAML indents with spaces only: replace the tab with spaces "
        "[yaml-syntax]");
  CHECK_FALSE(read("a: 1\n]").root);
}

TEST_CASE("a tab used for indentation is named where it is; a tab elsewhere is fine", "[yaml]") {
  // The error is yaml-cpp's "illegal block entry" on line 4; the tab is its indentation.
  CHECK(only_error(read("city: a\nratings:\n  6.2.1:\n  \t- full\n")) ==
        "a.yaml:4:3: error: a tab is used for indentation; YAML indents with spaces only: replace the tab with spaces "
        "[yaml-syntax]");
  // Inside a flow list a tab only separates, as YAML allows.
  auto flow = read("ratings:\n  6.2.1: [full,\n\tfull]\n");
  CHECK(flow.root);
  CHECK(flow.diagnostics.empty());
  // A tab after the key's colon is a separator too.
  auto value = read("city:\tabc\n");
  REQUIRE(value.root);
  CHECK(value.root->find("city")->value == "abc");
}

TEST_CASE("a syntax error after Chinese text is at the right code-point column", "[yaml]") {
  // Line 2 is "名: [1, }": 名 : space [ 1 , space come before the '}', so it
  // is column 8 (yaml-cpp's byte column would say 10).
  CHECK(only_error(read("名称: 值\n名: [1, }")) ==
        "a.yaml:2:8: error: invalid YAML: illegal flow end [yaml-syntax]");
}

TEST_CASE("CRLF line endings count lines like LF", "[yaml]") {
  auto crlf = read("a: 1\r\nb: 2\r\na: 3\r\n");
  REQUIRE(crlf.root);
  CHECK(only_error(crlf) == "a.yaml:3:1: error: duplicate key \"a\"; first defined at line 1 [duplicate-key]");
  REQUIRE(crlf.root->find("b"));
  CHECK(crlf.root->find("b")->value == "2");
  CHECK(crlf.root->find("b")->line == 2);
  CHECK(crlf.root->find("b")->column == 4);

  // The text ends right after "[\r\n", which is the start of line 3.
  CHECK(only_error(read("a: 1\r\nb: [\r\n")) ==
        "a.yaml:3:1: error: invalid YAML: end of sequence flow not found [yaml-syntax]");
}

// --- 5. More than one document -----------------------------------------------

TEST_CASE("a second document is refused where it starts", "[yaml]") {
  const std::string second = "error: expected a single YAML document, found another one here [multiple-documents]";
  // At its "---" when it has one...
  auto marked = read("a: 1\n---\nb: 2\n");
  CHECK_FALSE(marked.root);
  CHECK(only_error(marked) == "a.yaml:2:1: " + second);
  CHECK(only_error(read("a: 1\n---\n")) == "a.yaml:2:1: " + second);
  // ...otherwise at its first token.
  CHECK(only_error(read("a: 1\n...\n  b: 2\n")) == "a.yaml:3:3: " + second);
  // yaml-cpp ends a top-level list where a mapping starts at the same indent.
  CHECK(only_error(read("- a\nb: 1\n")) == "a.yaml:2:1: " + second);
  // A second document is reported before an empty first one.
  CHECK(only_error(read("---\n---\na: 1\n")) == "a.yaml:2:1: " + second);
}

TEST_CASE("document markers around a single document are fine", "[yaml]") {
  for (std::string_view text : {"---\na: 1\n", "a: 1\n...\n", "---\na: 1\n...\n# the end\n"}) {
    INFO("text: " << text);
    auto reading = read(text);
    REQUIRE(reading.root);
    CHECK(reading.diagnostics.empty());
    REQUIRE(reading.root->find("a"));
    CHECK(reading.root->find("a")->value == "1");
  }
}

// --- 6. Duplicate keys -------------------------------------------------------

TEST_CASE("a duplicate key keeps the first entry and names both lines", "[yaml]") {
  auto reading = read(
      "scores:\n"
      "  6.2.1: full\n"
      "  6.2.1: partial\n"
      "  6.2.2: none\n");
  REQUIRE(reading.root);
  CHECK(only_error(reading) ==
        "a.yaml:3:3: error: duplicate key \"6.2.1\"; first defined at line 2 [duplicate-key]");
  const Node* scores = reading.root->find("scores");
  REQUIRE(scores);
  REQUIRE(scores->entries.size() == 2);
  CHECK(scores->find("6.2.1")->value == "full");
  CHECK(scores->find("6.2.2")->value == "none");
}

TEST_CASE("a duplicate key's nested value is dropped whole", "[yaml]") {
  auto reading = read(
      "a:\n"
      "  x: 1\n"
      "a:\n"
      "  y: 2\n"
      "a: 3\n");
  REQUIRE(reading.root);
  REQUIRE(reading.diagnostics.all().size() == 2);
  CHECK(format_diagnostic(reading.diagnostics.all()[0], cityseceval::Language::en) ==
        "a.yaml:3:1: error: duplicate key \"a\"; first defined at line 1 [duplicate-key]");
  CHECK(format_diagnostic(reading.diagnostics.all()[1], cityseceval::Language::en) ==
        "a.yaml:5:1: error: duplicate key \"a\"; first defined at line 1 [duplicate-key]");
  REQUIRE(reading.root->entries.size() == 1);
  const Node* a = reading.root->find("a");
  REQUIRE(a);
  CHECK(a->find("x"));
  CHECK_FALSE(a->find("y"));
}

TEST_CASE("duplicate keys are positioned in code points after Chinese text", "[yaml]") {
  // "{名: 1, 名: 2}": { 名 : space 1 , space, then the second 名 is character 8.
  CHECK(only_error(read("{名: 1, 名: 2}")) ==
        "a.yaml:1:8: error: duplicate key \"名\"; first defined at line 1 [duplicate-key]");
  // Line 2 "配置: {名: 1, 名: 2}": 配 置 : space { 名 : space 1 , space = 11 before.
  auto nested = read("名称: 值\n配置: {名: 1, 名: 2}\n");
  REQUIRE(nested.root);
  CHECK(only_error(nested) == "a.yaml:2:12: error: duplicate key \"名\"; first defined at line 2 [duplicate-key]");
  CHECK(nested.root->find("名称")->column == 5);
}

TEST_CASE("duplicate keys compare scalar text, per mapping", "[yaml]") {
  CHECK(read("a: {k: 1}\nb: {k: 2}\n").diagnostics.empty());
  // Quoted or not, the text is the same key.
  CHECK(only_error(read("\"k\": 1\nk: 2\n")) ==
        "a.yaml:2:1: error: duplicate key \"k\"; first defined at line 1 [duplicate-key]");
  // An alias used as a key is reported where the alias is, not its anchor.
  auto alias_key = read(
      "keys:\n"
      "  - &k name\n"
      "map:\n"
      "  name: 1\n"
      "  *k : 2\n");
  REQUIRE(alias_key.root);
  CHECK(only_error(alias_key) ==
        "a.yaml:5:3: error: duplicate key \"name\"; first defined at line 4 [duplicate-key]");
}

// --- 7. Depth ----------------------------------------------------------------

TEST_CASE("nesting beyond max_depth is refused at the collection that exceeds it", "[yaml]") {
  Limits limits;
  limits.max_depth = 3;
  CHECK(read("[[[1]]]", limits).root);
  auto flow = read("[[[[1]]]]", limits);
  CHECK_FALSE(flow.root);
  CHECK(only_error(flow) == "a.yaml:1:4: error: nesting deeper than 3 levels; the limit is 3 [too-deep]");

  limits.max_depth = 2;
  auto block = read(
      "a:\n"
      "  b:\n"
      "    c: 1\n",
      limits);
  CHECK_FALSE(block.root);
  CHECK(only_error(block) == "a.yaml:3:5: error: nesting deeper than 2 levels; the limit is 2 [too-deep]");
}

TEST_CASE("deep nesting is refused quickly with our message, long before yaml-cpp's", "[yaml]") {
  Reading closed;
  closed = read(repeat("[", 100) + repeat("]", 100));
  CHECK(only_error(closed) == "a.yaml:1:65: error: nesting deeper than 64 levels; the limit is 64 [too-deep]");

  Reading balanced;
  balanced = read(repeat("[", 10000) + repeat("]", 10000));
  CHECK(only_error(balanced) == "a.yaml:1:65: error: nesting deeper than 64 levels; the limit is 64 [too-deep]");

  // Unclosed, yaml-cpp guesses every "[" might start a key and reports a
  // mapping around each sequence, so 64 levels are used up by the 32nd "[".
  Reading unclosed;
  unclosed = read(repeat("[", 10000));
  CHECK(only_error(unclosed) == "a.yaml:1:33: error: nesting deeper than 64 levels; the limit is 64 [too-deep]");

  // Line L (L >= 2) is 2(L-1) spaces and "k:", a mapping at level L.
  std::string block_text = "a:\n";
  for (int level = 2; level <= 70; ++level) block_text += std::string(2 * (level - 1), ' ') + "k:\n";
  CHECK(only_error(read(block_text)) == "a.yaml:65:129: error: nesting deeper than 64 levels; the limit is 64 [too-deep]");
}

TEST_CASE("yaml-cpp's own depth limit never escapes as an exception", "[yaml]") {
  Limits limits;
  limits.max_depth = 1'000'000;
  Reading reading;
  CHECK_NOTHROW(reading = read(repeat("[", 10000) + repeat("]", 10000), limits));
  CHECK_FALSE(reading.root);
  REQUIRE(reading.diagnostics.all().size() == 1);
  CHECK(reading.diagnostics.all()[0].rule == "yaml-syntax");
  CHECK(reading.diagnostics.all()[0].message.en == "invalid YAML: bad file");
}

// --- 8. Anchors and aliases ---------------------------------------------------

TEST_CASE("an alias shares its anchor's node", "[yaml]") {
  auto reading = read("base: &b {x: 1}\nuse: *b\n");
  REQUIRE(reading.root);
  CHECK(reading.diagnostics.empty());
  const Node* base = reading.root->find("base");
  REQUIRE(base);
  CHECK(reading.root->find("use") == base);
  CHECK(base->kind == NodeKind::mapping);
  // A node starts at its first property: "base: &b {x: 1}" has '&' 7th.
  CHECK(base->line == 1);
  CHECK(base->column == 7);
}

TEST_CASE("more than max_aliases alias uses are refused at the first one too many", "[yaml]") {
  Limits limits;
  limits.max_aliases = 2;
  CHECK(read("a: &a 1\nb: [*a, *a]", limits).root);
  // "b: [*a, *a, *a]": the third '*' is character 13.
  auto reading = read("a: &a 1\nb: [*a, *a, *a]", limits);
  CHECK_FALSE(reading.root);
  CHECK(only_error(reading) == "a.yaml:2:13: error: more than 2 aliases; the limit is 2 [too-many-aliases]");
}

TEST_CASE("aliases expanding beyond max_expanded_nodes are refused at the alias that crosses", "[yaml]") {
  // Root mapping, key a, [1, 2, 3] (4), key b, its list: 8 nodes; each *a adds 4.
  const std::string text = "a: &a [1, 2, 3]\nb: [*a, *a]";
  Limits limits;
  limits.max_expanded_nodes = 10;
  CHECK(only_error(read(text, limits)) ==
        "a.yaml:2:5: error: aliases expand to more than 10 nodes; the limit is 10 [too-many-aliases]");
  limits.max_expanded_nodes = 12;
  CHECK(only_error(read(text, limits)) ==
        "a.yaml:2:9: error: aliases expand to more than 12 nodes; the limit is 12 [too-many-aliases]");
  limits.max_expanded_nodes = 16;
  CHECK(read(text, limits).root);
}

TEST_CASE("a billion laughs file is refused", "[yaml]") {
  std::string text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
  for (char level = 'b'; level <= 'i'; ++level) {
    const char below = static_cast<char>(level - 1);
    text += std::string(1, level) + ": &" + level + " [";
    for (int i = 0; i < 9; ++i) text += std::string(i ? "," : "") + "*" + below;
    text += "]\n";
  }
  REQUIRE(text.size() < 1024);
  Reading reading;
  reading = read(text);
  CHECK_FALSE(reading.root);
  // Expanded sizes: a 10, b 91, c 820, d 7381, e 66430, f 597871. With the
  // root and six keys that is 672610 nodes before line 7; key g and its list
  // make 672612, and the first *f (character 8 of line 7) adds 597871.
  CHECK(only_error(reading) == "a.yaml:7:8: error: aliases expand to more than 1000000 nodes; the limit is 1000000 [too-many-aliases]");
}

TEST_CASE("an alias inside the node it names is refused", "[yaml]") {
  auto reading = read("a: &a [1, *a]");
  CHECK_FALSE(reading.root);
  CHECK(only_error(reading) == "a.yaml:1:11: error: aliases expand to more than 1000000 nodes; the limit is 1000000 [too-many-aliases]");
}

TEST_CASE("an alias to an unknown anchor is a syntax error", "[yaml]") {
  CHECK(only_error(read("a: *nope")) ==
        "a.yaml:1:4: error: invalid YAML: the referenced anchor is not defined [yaml-syntax]");
}

// --- 9. Nulls and plain scalars -------------------------------------------------

TEST_CASE("nulls, quoting and tags", "[yaml]") {
  auto reading = read(
      "a: ~\n"
      "b: null\n"
      "c: Null\n"
      "d: NULL\n"
      "e:\n"
      "f: \"null\"\n"
      "g: 'x'\n"
      "h: plain\n"
      "i: |\n"
      "  block\n"
      "j: >\n"
      "  folded\n"
      "k: !!str 5\n"
      "l: NuLL\n"
      "m: 010\n"
      "n: \"010\"\n");
  REQUIRE(reading.root);
  CHECK(reading.diagnostics.empty());
  const Node& root = *reading.root;
  for (std::string_view key : {"a", "b", "c", "d", "e"}) {
    INFO("key " << key);
    REQUIRE(root.find(key));
    CHECK(root.find(key)->is_null());
    CHECK(root.find(key)->plain);
    CHECK(root.find(key)->value.empty());
  }
  auto check_scalar = [&](std::string_view key, std::string_view value, bool plain) {
    INFO("key " << key);
    const Node* node = root.find(key);
    REQUIRE(node);
    CHECK(node->kind == NodeKind::scalar);
    CHECK(node->value == value);
    CHECK(node->plain == plain);
  };
  check_scalar("f", "null", false);
  check_scalar("g", "x", false);
  check_scalar("h", "plain", true);
  check_scalar("i", "block\n", false);
  check_scalar("j", "folded\n", false);
  check_scalar("k", "5", false);
  check_scalar("l", "NuLL", true);
  check_scalar("m", "010", true);
  check_scalar("n", "010", false);
  // Keys are plain scalars too.
  CHECK(root.entries[0].first->plain);
}

// --- 10. Positions -----------------------------------------------------------

TEST_CASE("nodes carry 1-based lines and code-point columns", "[yaml]") {
  auto reading = read(
      "名称: 值\n"
      "list:\n"
      "  - a\n"
      "  - [名, b]\n");
  REQUIRE(reading.root);
  const Node& root = *reading.root;
  CHECK(root.line == 1);
  CHECK(root.column == 1);
  CHECK(root.entries[0].first->line == 1);
  CHECK(root.entries[0].first->column == 1);
  CHECK(root.find("名称")->column == 5);
  const Node* list = root.find("list");
  REQUIRE(list);
  REQUIRE(list->items.size() == 2);
  CHECK(list->line == 3);
  CHECK(list->column == 3);
  CHECK(list->items[0]->line == 3);
  CHECK(list->items[0]->column == 5);
  const Node& flow = *list->items[1];
  CHECK(flow.column == 5);
  // "  - [名, b]": b is character 9.
  CHECK(flow.items[1]->line == 4);
  CHECK(flow.items[1]->column == 9);
}

TEST_CASE("an empty value is placed right after its key or dash, not on the next line", "[yaml]") {
  auto position_of = [](const Node* node) {
    REQUIRE(node);
    CHECK(node->is_null());
    return std::pair{node->line, node->column};
  };
  // yaml-cpp marks these at the next token; "city:" is 5 characters.
  auto city = read("city:\nratings: 1\n");
  REQUIRE(city.root);
  CHECK(position_of(city.root->find("city")) == std::pair{1, 6});

  auto dash = read("- full\n-\n- full\n");
  REQUIRE(dash.root);
  CHECK(position_of(dash.root->items.at(1).get()) == std::pair{2, 2});

  // At the end of the text, not past it.
  auto last = read("a:\n  b:\n");
  REQUIRE(last.root);
  CHECK(position_of(last.root->find("a")->find("b")) == std::pair{2, 5});

  // Blank and comment lines in between are skipped, and so is a comment after
  // the key; a '#' inside a quoted key or after an apostrophe is not one.
  auto commented = read("a: # note\n\n# x\nb: 1\n");
  CHECK(position_of(commented.root->find("a")) == std::pair{1, 3});
  auto apostrophe = read("it's: # note\nb: 1\n");
  CHECK(position_of(apostrophe.root->find("it's")) == std::pair{1, 6});
  auto quoted_key = read("\"a #b\":\nc: 1\n");
  CHECK(position_of(quoted_key.root->find("a #b")) == std::pair{1, 8});

  // Code points: 名 称 : are three characters.
  auto chinese = read("名称:\n下一个: 1\n");
  CHECK(position_of(chinese.root->find("名称")) == std::pair{1, 4});

  // On the same line yaml-cpp's mark is already right: the second ',' of
  // "a: [full, , full]" is character 11.
  auto flow = read("a: [full, , full]\n");
  CHECK(position_of(flow.root->find("a")->items.at(1).get()) == std::pair{1, 11});

  // A written null is where it is written.
  auto tilde = read("a:\n  ~\n");
  CHECK(position_of(tilde.root->find("a")) == std::pair{2, 3});
}

// --- 11. Never throws, never hangs ---------------------------------------------

TEST_CASE("hostile and broken inputs never throw", "[yaml]") {
  for (std::string_view text : {"[", "{a: [", "*undefined", "]", "}", "? ", ": :", "&a", "!", "!<", "%YAML 2.0\n---\n",
                                "%TAG\n", "- - - -", "a: |\n x\n  y", "\"\\u12\"", "a: &a &b 1", "@", "`"}) {
    INFO("text: " << text);
    Reading reading;
    CHECK_NOTHROW(reading = read(text));
    CHECK((reading.root || reading.diagnostics.has_errors()));
  }
}

TEST_CASE("random bytes and random YAML punctuation never throw", "[yaml]") {
  std::mt19937 random(20240601);
  const std::string alphabet = "[]{}:,-?&*!|>'\"#%@` \n\t\r~ab1名\\.";
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const std::size_t length = random() % 64;
    for (std::size_t i = 0; i < length; ++i) {
      if (round % 2 == 0) {
        text += static_cast<char>(random() % 256);
      } else {
        text += alphabet[random() % alphabet.size()];
      }
    }
    INFO("round " << round);
    Reading reading;
    CHECK_NOTHROW(reading = read(text));
    CHECK((reading.root || reading.diagnostics.has_errors()));
  }
}

TEST_CASE("NUL bytes are refused where they are", "[yaml]") {
  // yaml-cpp would take a leading NUL for UTF-16 and misread the file silently.
  Reading leading = read(std::string("\0a: 1", 5));
  CHECK_FALSE(leading.root);
  REQUIRE(leading.diagnostics.all().size() == 1);
  CHECK(format_diagnostic(leading.diagnostics.all()[0], cityseceval::Language::en) ==
        "a.yaml:1:1: error: NUL byte (0x00); the file must be UTF-8 text (UTF-16 and binary files are not "
        "supported) [invalid-utf8]");
  Reading inside = read(std::string("a: 1\nb: 名\0", 12));
  CHECK_FALSE(inside.root);
  REQUIRE(inside.diagnostics.all().size() == 1);
  // Line 2 is "b: 名" then the NUL: b, colon, space and 名 come before it.
  CHECK(inside.diagnostics.all()[0].location.line == 2);
  CHECK(inside.diagnostics.all()[0].location.column == 5);
}

TEST_CASE("huge single lines are read whole", "[yaml]") {
  // A scalar is at most 32767 characters by default (value-too-long): allowed more here.
  Limits limits;
  limits.max_value_characters = 1'000'000;
  Reading scalar;
  std::string long_scalar = "a: ";
  long_scalar.append(1'000'000, 'x');
  scalar = read(long_scalar, limits);
  REQUIRE(scalar.root);
  CHECK(scalar.root->find("a")->value.size() == 1'000'000);

  Reading list;
  std::string long_list = "[";
  long_list += repeat("1,", 100'000);
  long_list += "1]";
  list = read(long_list);
  REQUIRE(list.root);
  CHECK(list.root->items.size() == 100'001);
}

TEST_CASE("keys that are not scalars are kept but never found", "[yaml]") {
  auto explicit_key = read("? [a]\n: 1\n");
  REQUIRE(explicit_key.root);
  CHECK(explicit_key.diagnostics.empty());
  REQUIRE(explicit_key.root->entries.size() == 1);
  CHECK(explicit_key.root->entries[0].first->kind == NodeKind::sequence);
  CHECK(explicit_key.root->entries[0].second->value == "1");
  CHECK_FALSE(explicit_key.root->find("a"));

  auto flow_key = read("{[1]: 2}");
  REQUIRE(flow_key.root);
  REQUIRE(flow_key.root->entries.size() == 1);
  CHECK(flow_key.root->entries[0].first->kind == NodeKind::sequence);
  CHECK_FALSE(flow_key.root->find("1"));

  // yaml-cpp reads "? [a]: 1" as a key that is itself the mapping {[a]: 1}.
  auto nested_key = read("? [a]: 1\n");
  REQUIRE(nested_key.root);
  REQUIRE(nested_key.root->entries.size() == 1);
  CHECK(nested_key.root->entries[0].first->kind == NodeKind::mapping);
  CHECK(nested_key.root->entries[0].second->is_null());
}

// --- 12. location_of and describe -------------------------------------------

TEST_CASE("location_of names the file and the node's position", "[yaml]") {
  auto reading = read("a:\n  b: 0.7\n");
  REQUIRE(reading.root);
  const Node* b = reading.root->find("a")->find("b");
  REQUIRE(b);
  auto location = cityseceval::yaml::location_of(*b, "tree.yaml");
  CHECK(location.file == "tree.yaml");
  CHECK(location.line == 2);
  CHECK(location.column == 6);
}

TEST_CASE("describe names a node's kind or quotes its value", "[yaml]") {
  using cityseceval::yaml::describe;
  const std::string text = "n: ~\nm: {}\ns: []\nv: 0.7\nlong: " + repeat("x", 41) + "\nforty: " + repeat("y", 40) +
                           "\ncjk: " + repeat("名", 45) + "\nlines: |\n  one\n  two\n";
  auto reading = read(text);
  REQUIRE(reading.root);
  const Node& root = *reading.root;
  CHECK(describe(*root.find("n")).en == "an empty value");
  CHECK(describe(*root.find("n")).zh == "空值");
  CHECK(describe(*root.find("s")).zh == "列表");
  CHECK(describe(*root.find("v")).zh == "\"0.7\"");
  CHECK(describe(*root.find("m")).en == "a mapping");
  CHECK(describe(*root.find("s")).en == "a list");
  CHECK(describe(*root.find("v")).en == "\"0.7\"");
  CHECK(describe(*root.find("long")).en == quoted(repeat("x", 40) + "…"));
  CHECK(describe(*root.find("forty")).en == quoted(repeat("y", 40)));
  CHECK(describe(*root.find("cjk")).en == quoted(repeat("名", 40) + "…"));
  CHECK(describe(*root.find("lines")).en == "\"one\\ntwo\\n\"");
}

// --- The caret under Chinese text ----------------------------------------------

TEST_CASE("format_diagnostic_with_source puts the caret under a wide character", "[yaml]") {
  const std::string text = "名称: 值\n配置: {名: 1, 名: 2}\n";
  auto reading = read(text);
  REQUIRE(reading.diagnostics.all().size() == 1);
  // Before column 12 are "配置: {名: 1, ": three wide characters (6 columns)
  // and eight narrow ones, so the caret is 14 columns in.
  CHECK(cityseceval::format_diagnostic_with_source(reading.diagnostics.all()[0], text, cityseceval::Language::en) ==
        "a.yaml:2:12: error: duplicate key \"名\"; first defined at line 2 [duplicate-key]\n"
        "    2 | 配置: {名: 1, 名: 2}\n"
        "      | " +
            std::string(14, ' ') + "^");
}

TEST_CASE("format_diagnostic_with_source keeps tabs and ignores a CR", "[yaml]") {
  const std::string text = "a: 1\r\n\t名: [\r\n";
  Diagnostics diagnostics;
  diagnostics.error({"a.yaml", 2, 5}, cityseceval::Text::both("message"), cityseceval::RuleId::wrong_type);
  // Before column 5 are a tab, 名, ':' and a space: a tab, then 4 columns.
  CHECK(cityseceval::format_diagnostic_with_source(diagnostics.all()[0], text, cityseceval::Language::en) ==
        "a.yaml:2:5: error: message [wrong-type]\n"
        "    2 | \t名: [\n"
        "      | \t    ^");
}

TEST_CASE("format_diagnostic_with_source quotes a long line around the caret only", "[yaml]") {
  // A line of 1,000 'x' and then 1,000 '名': a caret at column 1,001 (the first 名)
  // shows 80 code points each side: 80 'x', 名 and 79 more, "..." for the rest.
  std::string line = std::string(1000, 'x') + repeat("名", 1000);
  Diagnostics diagnostics;
  diagnostics.error({"a.yaml", 1, 1001}, cityseceval::Text::both("message"), cityseceval::RuleId::wrong_type);
  // Before the caret: "..." and 80 'x', 83 columns.
  CHECK(cityseceval::format_diagnostic_with_source(diagnostics.all()[0], line, cityseceval::Language::en) ==
        "a.yaml:1:1001: error: message [wrong-type]\n"
        "    1 | ..." + std::string(80, 'x') + repeat("名", 80) + "...\n"
        "      | " + std::string(83, ' ') + "^");
  // At the start of the line nothing is left out before the caret.
  Diagnostics at_start;
  at_start.error({"a.yaml", 1, 1}, cityseceval::Text::both("message"), cityseceval::RuleId::wrong_type);
  CHECK(cityseceval::format_diagnostic_with_source(at_start.all()[0], line, cityseceval::Language::en) ==
        "a.yaml:1:1: error: message [wrong-type]\n"
        "    1 | " + std::string(80, 'x') + "...\n"
        "      | ^");
}

// --- Limits at and past the default ---------------------------------------------

TEST_CASE("the default limits: 64 levels, 1000 aliases pass; one more is refused", "[yaml][limits]") {
  // 64 flow sequences inside each other are 64 levels.
  CHECK(read(repeat("[", 64) + repeat("]", 64)).diagnostics.empty());
  CHECK(only_error(read(repeat("[", 65) + repeat("]", 65))) ==
        "a.yaml:1:65: error: nesting deeper than 64 levels; the limit is 64 [too-deep]");
  // One anchored scalar and N uses of it: each alias expands to one node.
  auto aliases = [](std::size_t uses) { return "a: &x 1\nb: [" + repeat("*x, ", uses - 1) + "*x]\n"; };
  CHECK(read(aliases(1000)).diagnostics.empty());
  // The 1001st "*x" starts after "b: [" and 1000 "*x, " (4 characters each): column 5 + 4000.
  CHECK(only_error(read(aliases(1001))) ==
        "a.yaml:2:4005: error: more than 1000 aliases; the limit is 1000 [too-many-aliases]");
}

TEST_CASE("a scalar of more than 32767 characters is refused where it starts", "[yaml][limits]") {
  CHECK(read("city: " + std::string(32767, 'x')).diagnostics.empty());
  Reading plain = read("city: " + std::string(32768, 'x'));
  CHECK_FALSE(plain.root);
  CHECK(only_error(plain) ==
        "a.yaml:1:7: error: value too long: 32768 characters; the limit is 32767 (Excel's limit for one cell) "
        "[value-too-long]");
  // Characters, not bytes: 32767 three-byte characters pass.
  CHECK(read("city: " + repeat("市", 32767)).diagnostics.empty());
  Limits limits;
  limits.max_value_characters = 3;
  CHECK(only_error(read("a: [ab, \"abcd\"]", limits)) ==
        "a.yaml:1:9: error: value too long: 4 characters; the limit is 3 (Excel's limit for one cell) [value-too-long]");
}

TEST_CASE("a quoted scalar that runs to the end of the file is refused where it opens", "[yaml][limits]") {
  const std::string unterminated =
      "error: unterminated quoted string: the quote opened here is never closed [yaml-syntax]";
  CHECK(only_error(read("city: \"abc")) == "a.yaml:1:7: " + unterminated);
  CHECK(only_error(read("city: x\nperiod: \"2025\nratings: {}\n")) == "a.yaml:2:9: " + unterminated);
  CHECK(only_error(read("city: '苏州\nratings: {}\n")) == "a.yaml:1:7: " + unterminated);
  // Closed only by the quote meant to open a key lines later, where yaml-cpp says the map does not end.
  CHECK(only_error(read("city: \"苏州\nratings:\n  \"1.1\": [good]\n")) == "a.yaml:1:7: " + unterminated);
  // An escaped quote, \" or '', does not close it; an escaped backslash before the quote does.
  CHECK(only_error(read("a: \"x\\\"")) == "a.yaml:1:4: " + unterminated);
  CHECK(only_error(read("a: 'it''s")) == "a.yaml:1:4: " + unterminated);
  Reading closed = read("a: \"x\\\\\"\nb: 'it''s'\nc: [\"d\", 'e']\n\"f\": |\n  \"g\n");
  CHECK(closed.diagnostics.empty());
  REQUIRE(closed.root);
  CHECK(closed.root->find("a")->value == "x\\");
  CHECK(closed.root->find("b")->value == "it's");
  CHECK(closed.root->find("f")->value == "\"g\n");
}
