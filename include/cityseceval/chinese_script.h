// The two scripts of written Chinese. The standard is written in simplified
// characters and the municipal sheet in traditional; the tool's own words are
// simplified. `--lang zh` leaves every text in the script it was written in;
// `--lang zh-Hans` and `zh-Hant` convert everything printed or written to one
// script (docs/cli.md, "Languages and scripts").
#pragma once

#include <bitset>
#include <cstddef>
#include <functional>
#include <set>
#include <string>
#include <string_view>

namespace cityseceval {

enum class ChineseScript {
  own,          // as written: the scheme's texts in its script, the tool's in simplified
  simplified,   // zh-Hans
  traditional,  // zh-Hant
};

// `text` with its Chinese converted to `script` by OpenCC's standard
// configurations (s2t.json, t2s.json: characters and phrases, no regional
// vocabulary); everything else (ASCII, digits, bytes that are not UTF-8) is
// unchanged. `own` returns `text` as is. Safe to call from several threads.
// Throws std::runtime_error when OpenCC cannot load its data (a broken
// installation).
std::string in_script(std::string_view text, ChineseScript script);

// Texts a conversion leaves byte for byte wherever they occur: the names of
// the files a run reads and writes, which must go on naming real files
// (兰亭区.yaml is not 蘭亭區.yaml to the file system). Only texts with a byte
// outside ASCII are kept: OpenCC never changes ASCII.
class KeptTexts {
 public:
  // `text` as it is.
  void add(std::string_view text);
  // A file name in every form the outputs write one: as it is, on one line
  // of a text table, in a JSON string, in Markdown, in HTML, as a CSV cell
  // and as a GitHub workflow command's property.
  void add_file_name(std::string_view name);

  bool empty() const { return texts_.empty(); }
  // The length of the longest kept text `text` starts with; 0 when none.
  std::size_t longest_at(std::string_view text) const;

 private:
  std::set<std::string, std::less<>> texts_;
  std::size_t longest_ = 0;
  std::bitset<65536> first_two_bytes_;  // of every kept text (each has at least two)
};

// `text` in `script`, as in_script(text, script) converts it, except every
// occurrence of a `kept` text, which stays as it is (the longest where two
// start at one place). The text around a kept one is converted as if the kept
// one were ASCII: no phrase of OpenCC's spans it.
std::string in_script(std::string_view text, ChineseScript script, const KeptTexts& kept);

}  // namespace cityseceval
