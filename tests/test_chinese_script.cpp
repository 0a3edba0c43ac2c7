// The two scripts of written Chinese (include/cityseceval/chinese_script.h):
// in_script() through OpenCC's standard s2t/t2s, the texts a conversion keeps
// as they are (file names, in every form an output writes one), and rating
// words read in either script (RatingScale::find_word). Every expected text
// below was converted by hand, character by character, and checked with
// `opencc -c s2t.json` / `t2s.json`.
#include <catch2/catch.hpp>

#include <string>

#include "cityseceval/chinese_script.h"
#include "cityseceval/tree.h"
#include "support.h"

using namespace cityseceval;
using namespace cityseceval::testing;

TEST_CASE("in_script converts Chinese to one script and leaves everything else", "[script]") {
  CHECK(in_script("全部满足", ChineseScript::traditional) == "全部滿足");
  CHECK(in_script("全部滿足", ChineseScript::simplified) == "全部满足");
  // 信息安全工作考核評分表, the municipal sheet's title, in simplified.
  CHECK(in_script("信息安全工作考核評分表", ChineseScript::simplified) == "信息安全工作考核评分表");
  // `own` is the text as written, in whatever script it is.
  CHECK(in_script("全部满足 全部滿足", ChineseScript::own) == "全部满足 全部滿足");
  // ASCII, digits and the full-width punctuation are the same in both.
  CHECK(in_script("score 90.95 / 100（上限 10）", ChineseScript::traditional) == "score 90.95 / 100（上限 10）");
}

TEST_CASE("in_script keeps file names byte for byte, and converts the same words elsewhere", "[script]") {
  KeptTexts kept;
  kept.add_file_name("兰亭区.yaml");
  // The city is user data and is converted; the file is not: it must name a real file.
  CHECK(in_script("兰亭区.yaml：城市 兰亭区", ChineseScript::traditional, kept) == "兰亭区.yaml：城市 蘭亭區");
  CHECK(in_script("兰亭区：兰亭区.yaml", ChineseScript::traditional, kept) == "蘭亭區：兰亭区.yaml");
  // Without it, the name is converted like everything else.
  CHECK(in_script("兰亭区.yaml", ChineseScript::traditional, KeptTexts{}) == "蘭亭區.yaml");
}

TEST_CASE("in_script keeps a file name in the forms JSON, Markdown, HTML and CSV write it", "[script]") {
  KeptTexts kept;
  kept.add_file_name("兰亭_区 \"草稿\",<1>.yaml");
  // JSON: the quotes backslash-escaped.
  CHECK(in_script(R"({"file": "兰亭_区 \"草稿\",<1>.yaml", "city": "兰亭区"})", ChineseScript::traditional, kept) ==
        R"({"file": "兰亭_区 \"草稿\",<1>.yaml", "city": "蘭亭區"})");
  // Markdown: '_', '<' and '>' backslash-escaped.
  CHECK(in_script(R"(- **评价文件**：兰亭\_区 "草稿",\<1\>.yaml)", ChineseScript::traditional, kept) ==
        R"(- **評價文件**：兰亭\_区 "草稿",\<1\>.yaml)");
  // HTML: quotes and angle brackets as references.
  CHECK(in_script("<td>兰亭_区 &quot;草稿&quot;,&lt;1&gt;.yaml</td><td>兰亭区</td>", ChineseScript::traditional, kept) ==
        "<td>兰亭_区 &quot;草稿&quot;,&lt;1&gt;.yaml</td><td>蘭亭區</td>");
  // CSV: quoted for the comma, its quotes doubled.
  CHECK(in_script("\"兰亭_区 \"\"草稿\"\",<1>.yaml\",兰亭区\r\n", ChineseScript::traditional, kept) ==
        "\"兰亭_区 \"\"草稿\"\",<1>.yaml\",蘭亭區\r\n");
}

TEST_CASE("in_script: the longest kept text wins where two start at one place", "[script]") {
  KeptTexts kept;
  kept.add("兰亭");
  kept.add("兰亭区后台.yaml");
  CHECK(kept.longest_at("兰亭区后台.yaml 后台") == std::string("兰亭区后台.yaml").size());
  CHECK(kept.longest_at("兰亭区") == std::string("兰亭").size());
  CHECK(kept.longest_at("后台") == 0);
  // 后台 -> 後臺, 区 -> 區 outside the kept texts.
  CHECK(in_script("兰亭区后台.yaml 兰亭区后台", ChineseScript::traditional, kept) == "兰亭区后台.yaml 兰亭區後臺");
  // ASCII is never converted, so an ASCII name needs no keeping.
  KeptTexts ascii;
  ascii.add_file_name("yunxi.yaml");
  CHECK(ascii.empty());
}

TEST_CASE("in_script keeps bytes that are not UTF-8, private-use characters and NUL as they are", "[script]") {
  // 0xFF is no character; U+E000 and U+F0000 are private-use.
  CHECK(in_script("兰\xFF亭\xEE\x80\x80区\xF3\xB0\x80\x80", ChineseScript::traditional) ==
        "蘭\xFF亭\xEE\x80\x80區\xF3\xB0\x80\x80");
  // A NUL, where OpenCC would stop reading.
  CHECK(in_script(std::string("兰\0区", 7), ChineseScript::traditional) == std::string("蘭\0區", 7));
}

TEST_CASE("in_script converts phrases, not only characters, between the ASCII around them", "[script]") {
  // 发, 干 and 面 each have two traditional forms; the phrase decides (头发 -> 頭髮, 干净 -> 乾淨,
  // 面条 -> 麪條, 理发 -> 理髮), whatever ASCII separates the phrases.
  CHECK(in_script("头发和干净的面条; 理发 3 次", ChineseScript::traditional) == "頭髮和乾淨的麪條; 理髮 3 次");
  CHECK(in_script("後臺的頭髮", ChineseScript::simplified) == "后台的头发");
  // The same runs again (converted once, then remembered) give the same text.
  CHECK(in_script("头发和干净的面条; 理发 3 次", ChineseScript::traditional) == "頭髮和乾淨的麪條; 理髮 3 次");
}

TEST_CASE("rating words are read in either script: exactly first, then in simplified characters", "[script]") {
  const RatingScale& scale = std::get<RatingMean>(builtin_scheme().aggregation).scale;
  const RatingLevel* full = scale.find_word("全部满足");
  REQUIRE(full != nullptr);
  CHECK(full->id == "full");
  CHECK(scale.find_word("全部滿足") == full);
  CHECK(scale.find_word("大部分滿足") == scale.find_word("mostly"));
  CHECK(scale.find_word("部分滿足") == scale.find_word("partly"));
  CHECK(scale.find_word("不滿足") == scale.find_word("none"));
  CHECK(scale.find_word("全部满足x") == nullptr);
  CHECK(scale.find_word("FULL") == nullptr);  // ids stay exact
  // 不适用 (na) is the tool's own word: both spellings are known.
  CHECK(is_not_applicable_word("不适用"));
  CHECK(is_not_applicable_word("不適用"));
  CHECK(in_script(not_applicable_word_zh_hant, ChineseScript::simplified) == not_applicable_word_zh);
}
