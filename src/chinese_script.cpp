#include "cityseceval/chinese_script.h"

#include <opencc/opencc.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "cityseceval/render_diagnostics.h"
#include "csv.h"
#include "html_text.h"
#include "json_writer.h"
#include "markdown_text.h"
#include "text_table.h"
#include "utf8.h"

namespace cityseceval {

namespace {

// Hashes a std::string key by its bytes, so a std::string_view looks it up
// without a copy.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

// One OpenCC converter per direction, opened on first use (loading its
// dictionaries costs a run that prints no Chinese nothing) and kept for the
// rest of the run.
//
// It converts runs of characters outside ASCII one at a time: no entry of
// OpenCC's dictionaries (STPhrases, STCharacters, TSPhrases, TSCharacters)
// holds an ASCII character, so no phrase spans one, and a run converted alone
// is converted as it would be in its text. The runs a batch prints repeat
// (the scheme's names and items, in every report), so each is converted once
// and remembered: a batch of a thousand reports would otherwise spend most of
// its time in OpenCC's segmentation.
class Converter {
 public:
  explicit Converter(const char* configuration) : configuration_(configuration) {}
  ~Converter() {
    if (handle_ != nullptr) opencc_close(handle_);
  }

  std::string convert(std::string_view text, const KeptTexts& kept) {
    std::lock_guard lock(mutex_);
    std::string out;
    out.reserve(text.size());
    std::size_t run = 0;  // where the run of characters outside ASCII being read started
    auto end_run = [&](std::size_t at) {
      if (at > run) out += converted_run(text.substr(run, at - run));
    };
    for (std::size_t at = 0; at < text.size();) {
      std::size_t length = kept.longest_at(text.substr(at));
      if (length == 0) {
        auto c = utf8::decode_at(text, at);
        if (c && c->code_point >= 0x80) {  // one more character of the run
          at += c->length;
          continue;
        }
        length = c ? c->length : 1;  // ASCII, or a byte that is not UTF-8
      }
      end_run(at);
      out += text.substr(at, length);
      at += length;
      run = at;
    }
    end_run(text.size());
    return out;
  }

 private:
  // Enough for the texts of both built-in schemes many times over; a batch
  // whose notes never repeat starts again rather than growing without bound.
  static constexpr std::size_t remembered_runs = 1 << 16;

  const std::string& converted_run(std::string_view run) {
    if (auto it = runs_.find(run); it != runs_.end()) return it->second;
    if (handle_ == nullptr) open();
    char* converted = opencc_convert_utf8(handle_, run.data(), run.size());
    if (converted == nullptr) throw std::runtime_error(std::string("OpenCC: ") + opencc_error());
    std::string result(converted);
    opencc_convert_utf8_free(converted);
    if (runs_.size() >= remembered_runs) runs_.clear();
    return runs_.emplace(run, std::move(result)).first->second;
  }

  void open() {
    opencc_t handle = opencc_open(configuration_);
    if (handle == reinterpret_cast<opencc_t>(-1) || handle == nullptr) {
      throw std::runtime_error(std::string("OpenCC cannot load ") + configuration_ + ": " + opencc_error());
    }
    handle_ = handle;
  }

  const char* configuration_;
  std::mutex mutex_;  // OpenCC's converters are not documented as safe to share
  opencc_t handle_ = nullptr;
  std::unordered_map<std::string, std::string, TextHash, std::equal_to<>> runs_;  // run -> converted
};

Converter& converter_to(ChineseScript script) {
  static Converter to_traditional("s2t.json");
  static Converter to_simplified("t2s.json");
  return script == ChineseScript::traditional ? to_traditional : to_simplified;
}

// Whether `text` has any byte outside ASCII: only then can it hold Chinese.
bool has_non_ascii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

std::size_t common_prefix(std::string_view a, std::string_view b) {
  return static_cast<std::size_t>(std::mismatch(a.begin(), a.begin() + std::min(a.size(), b.size()), b.begin()).first -
                                  a.begin());
}

std::size_t first_two_bytes(std::string_view text) {
  return static_cast<unsigned char>(text[0]) << 8 | static_cast<unsigned char>(text[1]);
}

}  // namespace

std::string in_script(std::string_view text, ChineseScript script) {
  static const KeptTexts none;
  return in_script(text, script, none);
}

// One byte outside ASCII alone is not UTF-8, and in_script keeps it anyway.
void KeptTexts::add(std::string_view text) {
  if (!has_non_ascii(text) || text.size() < 2) return;
  texts_.emplace(text);
  longest_ = std::max(longest_, text.size());
  first_two_bytes_.set(first_two_bytes(text));
}

void KeptTexts::add_file_name(std::string_view name) {
  add(name);
  add(one_line(name));
  JsonWriter json(JsonWriter::Style::compact);
  json.string(name);
  std::string_view quoted = json.text();
  add(quoted.substr(1, quoted.size() - 2));
  add(escape_inline(name));
  add(html_text(name));
  add(csv::quote(name));
  add(github_escape_property(name));
}

// The kept texts that are prefixes of `text` are all at most `text`; the
// greatest text at most `text` is the longest of them when it is a prefix,
// and otherwise every one of them is a prefix of what the two have in common.
std::size_t KeptTexts::longest_at(std::string_view text) const {
  if (texts_.empty() || text.size() < 2 || !first_two_bytes_[first_two_bytes(text)]) return 0;
  std::string_view probe = text.substr(0, longest_);
  while (!probe.empty()) {
    auto it = texts_.upper_bound(probe);
    if (it == texts_.begin()) return 0;
    --it;
    if (probe.starts_with(*it)) return it->size();
    probe = probe.substr(0, common_prefix(*it, probe));
  }
  return 0;
}

std::string in_script(std::string_view text, ChineseScript script, const KeptTexts& kept) {
  if (script == ChineseScript::own || !has_non_ascii(text)) return std::string(text);
  return converter_to(script).convert(text, kept);
}

}  // namespace cityseceval
