#include "encoding.h"

#include <fmt/format.h>
#include <iconv.h>

#include <algorithm>

#include "cityseceval/messages.h"
#include "utf8.h"

namespace cityseceval {

std::string_view without_byte_order_mark(std::string_view text) {
  if (text.starts_with(byte_order_mark)) text.remove_prefix(byte_order_mark.size());
  return text;
}

namespace {

SourceLocation position(std::string_view text, std::size_t at, const std::string& file) {
  std::string_view before = text.substr(0, at);
  std::size_t line_start = before.rfind('\n');
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  return {file, static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 1,
          static_cast<int>(utf8::code_points(before.substr(line_start))) + 1};
}

// How to save a file that is not UTF-8 as UTF-8.
Text save_as_utf8(std::string_view text, TextFormat format) {
  // Excel and WPS save "CSV" in the system's code page (GB18030 on Chinese Windows).
  if (format == TextFormat::csv) return message(MessageId::csv_save_as_utf8);
  // A YAML file written in an editor set to the Chinese code page.
  return message(decode_gb18030(text) ? MessageId::yaml_gb18030_save_as_utf8 : MessageId::yaml_save_as_utf8);
}

bool is_utf16(std::string_view text) { return text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"); }

// The place of the first character outside ASCII: where reading the file as
// GB18030 rather than UTF-8 starts to matter.
SourceLocation first_non_ascii(std::string_view text, const std::string& file) {
  auto it = std::find_if(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  return position(text, static_cast<std::size_t>(it - text.begin()), file);
}

// Closes an iconv descriptor when it goes out of scope.
struct IconvCloser {
  iconv_t descriptor;
  ~IconvCloser() { iconv_close(descriptor); }
};

}  // namespace

std::optional<std::string> decode_gb18030(std::string_view text) {
  iconv_t descriptor = iconv_open("UTF-8", "GB18030");
  if (descriptor == reinterpret_cast<iconv_t>(-1)) return std::nullopt;  // glibc without its gconv modules
  IconvCloser closer{descriptor};
  // A GB18030 character of one, two or four bytes is at most one, three or
  // four bytes of UTF-8: never more than half as long again.
  std::string out(text.size() + text.size() / 2 + 4, '\0');
  char* in = const_cast<char*>(text.data());  // iconv's signature; it does not write there
  std::size_t in_left = text.size();
  char* to = out.data();
  std::size_t out_left = out.size();
  if (iconv(descriptor, &in, &in_left, &to, &out_left) == static_cast<std::size_t>(-1) || in_left != 0) {
    return std::nullopt;
  }
  out.resize(out.size() - out_left);
  return out;
}

std::optional<std::string> csv_as_utf8(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  std::string_view body = without_byte_order_mark(text);
  if (!is_utf16(body) && utf8::first_invalid_byte(body)) {
    if (std::optional<std::string> decoded = decode_gb18030(body)) {
      std::string_view decoded_body = without_byte_order_mark(*decoded);
      if (!check_encoding(decoded_body, file, TextFormat::csv, diagnostics)) return std::nullopt;
      diagnostics.warning(first_non_ascii(decoded_body, file), message(MessageId::csv_gb18030), RuleId::csv_gb18030);
      return decoded;
    }
  }
  if (!check_encoding(body, file, TextFormat::csv, diagnostics)) return std::nullopt;
  return std::string(text);
}

bool check_encoding(std::string_view text, const std::string& file, TextFormat format, Diagnostics& diagnostics) {
  if (is_utf16(text)) {
    // The same advice as for any other encoding that is not UTF-8, once.
    const Text advice = message(format == TextFormat::csv ? MessageId::csv_save_as_utf8 : MessageId::yaml_save_as_utf8);
    diagnostics.error({file, 1, 1}, message(MessageId::utf16, {advice}), RuleId::invalid_utf8);
    return false;
  }
  if (auto bad = utf8::first_invalid_byte(text)) {
    diagnostics.error(position(text, *bad, file),
                      message(MessageId::invalid_utf8, {fmt::format("{:02X}", static_cast<unsigned char>(text[*bad])),
                                                        save_as_utf8(text, format)}),
                      RuleId::invalid_utf8);
    return false;
  }
  // A NUL is valid UTF-8, but yaml-cpp takes a file starting with one for
  // UTF-16 or UTF-32 and silently misreads it: refuse it outright.
  if (auto nul = text.find('\0'); nul != std::string_view::npos) {
    diagnostics.error(position(text, nul, file), message(MessageId::nul_byte), RuleId::invalid_utf8);
    return false;
  }
  return true;
}

}  // namespace cityseceval
