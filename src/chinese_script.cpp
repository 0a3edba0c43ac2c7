#include "cityseceval/chinese_script.h"

#include <opencc/opencc.h>

#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>

namespace cityseceval {

namespace {

// One OpenCC converter per direction, opened on first use (loading its
// dictionaries takes milliseconds that a run printing no Chinese should not
// pay) and kept for the rest of the run.
class Converter {
 public:
  explicit Converter(const char* configuration) : configuration_(configuration) {}
  ~Converter() {
    if (handle_ != nullptr) opencc_close(handle_);
  }

  std::string convert(std::string_view text) {
    std::lock_guard lock(mutex_);
    if (handle_ == nullptr) open();
    char* converted = opencc_convert_utf8(handle_, text.data(), text.size());
    if (converted == nullptr) throw std::runtime_error(std::string("OpenCC: ") + opencc_error());
    std::string result(converted);
    opencc_convert_utf8_free(converted);
    return result;
  }

 private:
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

}  // namespace

std::string in_script(std::string_view text, ChineseScript script) {
  if (script == ChineseScript::own || !has_non_ascii(text)) return std::string(text);
  return converter_to(script).convert(text);
}

}  // namespace cityseceval
