// The two scripts of written Chinese. The standard is written in simplified
// characters and the municipal sheet in traditional; the tool's own words are
// simplified. `--lang zh` leaves every text in the script it was written in;
// `--lang zh-Hans` and `zh-Hant` convert everything printed or written to one
// script (docs/cli.md, "Languages and scripts").
#pragma once

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
// vocabulary); everything else (ASCII, digits, punctuation) is unchanged.
// `own` returns `text` as is. `text` holds no NUL byte (OpenCC stops at one).
// Safe to call from several threads. Throws
// std::runtime_error when OpenCC cannot load its data (a broken installation).
std::string in_script(std::string_view text, ChineseScript script);

}  // namespace cityseceval
