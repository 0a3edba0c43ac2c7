#include "xlsx_archive.h"

#include <zip.h>

#include <algorithm>
#include <array>

#include "ascii_case.h"
#include "cityseceval/messages.h"

namespace cityseceval::xlsx {

namespace {

// The name of the stream an encrypted .xlsx keeps its package in, as the
// compound file's directory stores names: UTF-16LE.
constexpr std::array<char, 32> encrypted_package_name = {'E', 0,   'n', 0,   'c', 0,   'r', 0,   'y', 0,   'p',
                                                         0,   't', 0,   'e', 0,   'd', 0,   'P', 0,   'a', 0,
                                                         'c', 0,   'k', 0,   'a', 0,   'g', 0,   'e', 0};

// What an OLE2 file or a .xls name is: an encrypted workbook or an old one.
void report_not_ooxml(std::string_view bytes, const std::string& file, Diagnostics& diagnostics) {
  std::string_view name(encrypted_package_name.data(), encrypted_package_name.size());
  if (bytes.starts_with(ole2_signature) && bytes.find(name) != std::string_view::npos) {
    diagnostics.error({file, 1, 1}, message(MessageId::xlsx_password), RuleId::xlsx_encrypted);
  } else {
    diagnostics.error({file, 1, 1}, message(MessageId::xlsx_old_format), RuleId::xlsx_old_format);
  }
}

// Whether an entry's name leads out of the archive: "/etc/x", "\\x",
// "C:x", or any ".." component, with either slash.
bool outside_archive(std::string_view name) {
  if (name.starts_with('/') || name.starts_with('\\')) return true;
  if (name.size() >= 2 && name[1] == ':') return true;
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find_first_of("/\\", start);
    if (end == std::string_view::npos) end = name.size();
    if (name.substr(start, end - start) == "..") return true;
    start = end + 1;
  }
  return false;
}

}  // namespace

std::unique_ptr<Archive> Archive::open(std::string_view bytes, const std::string& file, Diagnostics& diagnostics,
                                       const ArchiveLimits& limits) {
  if (ends_with_ignoring_case(file, ".xls") || bytes.starts_with(ole2_signature)) {
    report_not_ooxml(bytes, file, diagnostics);
    return nullptr;
  }
  // Every ZIP starts with a local file header, or is empty; libzip would
  // otherwise look for a directory at the end of any bytes.
  if (!bytes.starts_with(zip_signature) && !bytes.starts_with("PK\x05\x06")) {
    diagnostics.error({file, 1, 1}, message(MessageId::xlsx_not_zip), RuleId::xlsx_not_zip);
    return nullptr;
  }
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  if (!archive) {
    if (source) zip_source_free(source);
    if (zip_error_code_zip(&error) == ZIP_ER_NOZIP) {
      diagnostics.error({file, 1, 1}, message(MessageId::xlsx_not_zip), RuleId::xlsx_not_zip);
    } else {
      diagnostics.error({file, 1, 1}, message(MessageId::xlsx_damaged, {zip_error_strerror(&error)}),
                        RuleId::xlsx_not_zip);
    }
    zip_error_fini(&error);
    return nullptr;
  }
  zip_error_fini(&error);
  std::unique_ptr<Archive> opened(new Archive(archive, file));
  if (!opened->check_entries(limits, diagnostics)) return nullptr;
  return opened;
}

Archive::~Archive() { zip_discard(archive_); }

// The central directory against the limits, before anything is inflated:
// the first problem is the one reported, as it says what the file is.
bool Archive::check_entries(const ArchiveLimits& limits, Diagnostics& diagnostics) const {
  const zip_int64_t count = zip_get_num_entries(archive_, 0);
  if (count < 0 || static_cast<std::uint64_t>(count) > limits.max_entries) {
    diagnostics.error({file_, 1, 1}, message(MessageId::xlsx_too_many_entries, {count, limits.max_entries}),
                      RuleId::xlsx_too_large);
    return false;
  }
  std::uint64_t total = 0;
  for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) {
    zip_stat_t stat;
    if (zip_stat_index(archive_, i, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME)) {
      diagnostics.error({file_, 1, 1}, message(MessageId::xlsx_damaged, {zip_strerror(archive_)}),
                        RuleId::xlsx_not_zip);
      return false;
    }
    const std::string name = stat.name;
    if (outside_archive(name)) {
      diagnostics.error({file_, 1, 1}, message(MessageId::xlsx_unsafe_entry, {name}), RuleId::xlsx_unsafe_entry);
      return false;
    }
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
      diagnostics.error({file_, 1, 1}, message(MessageId::xlsx_encrypted_entry, {name}), RuleId::xlsx_encrypted);
      return false;
    }
    const std::uint64_t size = (stat.valid & ZIP_STAT_SIZE) ? stat.size : 0;
    if (size > limits.max_entry_bytes) {
      diagnostics.error({file_, 1, 1}, message(MessageId::xlsx_entry_too_large, {name, size, limits.max_entry_bytes}),
                        RuleId::xlsx_too_large);
      return false;
    }
    total += size;  // no overflow: each term is at most max_entry_bytes, and there are at most max_entries
    if (total > limits.max_total_bytes) {
      diagnostics.error({file_, 1, 1}, message(MessageId::xlsx_too_large_total, {total, limits.max_total_bytes}),
                        RuleId::xlsx_too_large);
      return false;
    }
  }
  return true;
}

bool Archive::contains(const std::string& name) const { return zip_name_locate(archive_, name.c_str(), 0) >= 0; }

std::optional<std::string> Archive::read(const std::string& name, Diagnostics& diagnostics) const {
  const zip_int64_t index = zip_name_locate(archive_, name.c_str(), 0);
  if (index < 0) {
    diagnostics.error({file_, 1, 1}, message(MessageId::xlsx_no_part, {name}), RuleId::xlsx_part);
    return std::nullopt;
  }
  zip_stat_t stat;
  zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &stat);  // checked when opened
  const std::uint64_t declared = stat.size;
  auto damaged = [&](const char* reason) {
    diagnostics.error({file_, 1, 1}, message(MessageId::xlsx_damaged, {std::string(name) + ": " + reason}),
                      RuleId::xlsx_not_zip);
    return std::nullopt;
  };
  zip_file_t* entry = zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0);
  if (!entry) return damaged(zip_strerror(archive_));
  std::string bytes;
  bytes.reserve(static_cast<std::size_t>(declared));
  // One byte more than declared is asked for: getting it proves the lie,
  // without inflating any further.
  std::array<char, 64 * 1024> buffer;
  while (true) {
    const std::uint64_t wanted = std::min<std::uint64_t>(buffer.size(), declared + 1 - bytes.size());
    const zip_int64_t got = zip_fread(entry, buffer.data(), wanted);
    if (got < 0) {
      std::string reason = zip_error_strerror(zip_file_get_error(entry));
      zip_fclose(entry);
      return damaged(reason.c_str());
    }
    if (got == 0) break;
    bytes.append(buffer.data(), static_cast<std::size_t>(got));
    if (bytes.size() > declared) {
      zip_fclose(entry);
      diagnostics.error({file_, 1, 1}, message(MessageId::xlsx_entry_lies, {name, declared}), RuleId::xlsx_too_large);
      return std::nullopt;
    }
  }
  zip_fclose(entry);
  return bytes;
}

}  // namespace cityseceval::xlsx
