#include "encoding.h"

#include <fmt/format.h>

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

}  // namespace

bool check_encoding(std::string_view text, const std::string& file, TextFormat format, Diagnostics& diagnostics) {
  // Excel and WPS save "CSV" in the system's code page (GB18030 on Chinese Windows).
  const Text advice = format == TextFormat::csv ? message(MessageId::csv_save_as_utf8) : Text{};
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
    diagnostics.error({file, 1, 1}, message(MessageId::utf16, {advice}), RuleId::invalid_utf8);
    return false;
  }
  if (auto bad = utf8::first_invalid_byte(text)) {
    diagnostics.error(position(text, *bad, file),
                      message(MessageId::invalid_utf8,
                              {fmt::format("{:02X}", static_cast<unsigned char>(text[*bad])), advice}),
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
