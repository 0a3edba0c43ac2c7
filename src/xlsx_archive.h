// The ZIP archive of a workbook (.xlsx), opened from memory with libzip and
// guarded before anything is inflated. libzip reads the central directory
// and reports each entry's name, declared size and encryption without
// inflating it, so a hostile file is refused on what it declares, before any
// work is done; and since a declared size can lie, reading an entry stops
// one byte past what it declares.
//
// What is refused, each at FILE:1:1 with its own message and rule id:
//   xlsx-old-format    an Excel 97-2003 workbook: the .xls name, or the OLE2
//                      signature D0 CF 11 E0 A1 B1 1A E1 ("save it as .xlsx")
//   xlsx-encrypted     a password-protected workbook (an OLE2 file holding an
//                      EncryptedPackage stream, which is what Excel and WPS
//                      save), or an encrypted ZIP entry
//   xlsx-not-zip       anything else that is not a ZIP archive, or a damaged one
//   xlsx-too-large     more entries than max_entries, an entry declaring more
//                      than max_entry_bytes, all of them declaring more than
//                      max_total_bytes; an entry that inflates past its
//                      declared size (a ZIP bomb with a lying directory)
//   xlsx-unsafe-entry  an entry named outside the archive: an absolute path,
//                      a drive letter, or a ".." component. Nothing is ever
//                      written to disk, but no workbook has one: it is a
//                      hostile archive, and refusing it is the clear answer.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "cityseceval/diagnostic.h"
#include "cityseceval/limits.h"

struct zip;

namespace cityseceval::xlsx {

// The first bytes of a ZIP archive (a local file header), and of an OLE2
// compound file (Excel 97-2003 workbooks, and the container Office puts an
// encrypted .xlsx in).
inline constexpr std::string_view zip_signature = "PK\x03\x04";
inline constexpr std::string_view ole2_signature = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

struct ArchiveLimits {
  // A workbook has a few dozen entries; an archive of a million tiny ones
  // would cost time and memory before any of them is read.
  std::size_t max_entries = default_limits.workbook_entries;
  // What one part (a worksheet, the shared strings) may inflate to, and all
  // parts together. A filled template is some tens of kilobytes.
  std::uint64_t max_entry_bytes = default_limits.workbook_entry_bytes;
  std::uint64_t max_total_bytes = default_limits.workbook_total_bytes;
};

class Archive {
 public:
  // The archive in `bytes` (which must outlive it) of the workbook `file`,
  // its whole central directory checked against `limits`; null after
  // reporting why.
  static std::unique_ptr<Archive> open(std::string_view bytes, const std::string& file, Diagnostics& diagnostics,
                                       const ArchiveLimits& limits = {});
  ~Archive();
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;

  bool contains(const std::string& name) const;
  // The inflated bytes of the entry `name`; nullopt after reporting why
  // (no such entry, a damaged one, or one inflating past its declared size).
  std::optional<std::string> read(const std::string& name, Diagnostics& diagnostics) const;

 private:
  Archive(struct zip* archive, std::string file) : archive_(archive), file_(std::move(file)) {}
  bool check_entries(const ArchiveLimits& limits, Diagnostics& diagnostics) const;

  struct zip* archive_;
  std::string file_;
};

}  // namespace cityseceval::xlsx
