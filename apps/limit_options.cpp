// --max-file-size and --max-files: the limits (cityseceval/limits.h) a user
// may change for one run. Read as text and applied once the command line has
// parsed, before anything is read, so a bad value is a usage error in the
// run's language like every other.
#include <charconv>
#include <limits>
#include <optional>
#include <string>

#include "cityseceval/limits.h"
#include "cityseceval/messages.h"
#include "cli.h"
#include "commands.h"
#include "help_language.h"

namespace cityseceval::cli {

namespace {

// The options as given; empty when not given. One command parses per run.
struct LimitOptions {
  std::string file_size;
  std::string files;
};

LimitOptions& given() {
  static LimitOptions options;
  return options;
}

// A whole number of 1 or more, all of `text`; nullopt for anything else.
std::optional<std::uint64_t> positive_whole(std::string_view text) {
  std::uint64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || value == 0) return std::nullopt;
  return value;
}

}  // namespace

std::optional<std::size_t> parse_size(std::string_view text) {
  std::uint64_t unit = 1;
  if (!text.empty()) {
    switch (text.back()) {
      case 'K':
      case 'k':
        unit = 1024;
        break;
      case 'M':
      case 'm':
        unit = 1024 * 1024;
        break;
      case 'G':
      case 'g':
        unit = 1024 * 1024 * 1024;
        break;
      default:
        break;
    }
  }
  if (unit != 1) text.remove_suffix(1);
  std::optional<std::uint64_t> count = positive_whole(text);
  if (!count || *count > std::numeric_limits<std::size_t>::max() / unit) return std::nullopt;
  return static_cast<std::size_t>(*count * unit);
}

void add_max_file_size_option(CLI::App& command) {
  command
      .add_option("--max-file-size", given().file_size,
                  said("拒绝大于 SIZE 的输入文件：以字节计，或带 K、M、G 表示 KiB、MiB、GiB（默认 8M）",
                       "Refuse an input file larger than SIZE: bytes, or with K, M or G for KiB, MiB or GiB (default 8M)"))
      ->type_name("SIZE");
}

void add_max_files_option(CLI::App& command) {
  command
      .add_option("--max-files", given().files,
                  said("拒绝含有超过 N 个评估文件或超过 10 N 个条目的目录（默认 10000）",
                       "Refuse a directory holding more than N assessment files, or more than 10 N entries (default 10000)"))
      ->type_name("N");
}

bool apply_limit_options() {
  Limits limits = input_limits();
  if (!given().file_size.empty()) {
    std::optional<std::size_t> bytes = parse_size(given().file_size);
    if (!bytes) {
      print_error(message(MessageId::max_file_size_value, {given().file_size}));
      return false;
    }
    limits.file_bytes = *bytes;
  }
  if (!given().files.empty()) {
    std::optional<std::uint64_t> files = positive_whole(given().files);
    // Ten entries per file must still be countable.
    if (!files || *files > std::numeric_limits<std::size_t>::max() / limits.directory_entries_per_file) {
      print_error(message(MessageId::max_files_value, {given().files}));
      return false;
    }
    limits.directory_files = static_cast<std::size_t>(*files);
  }
  set_input_limits(limits);
  return true;
}

}  // namespace cityseceval::cli
