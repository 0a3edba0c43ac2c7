// Why a workbook (a template, results) could not be made. libxlsxwriter
// writes through a temporary file (src/workbook_file.h), which an unwritable
// TMPDIR or a full disk can refuse: that is a problem of the machine, not a
// bug, so it is reported as such (exit 1), in both languages.
#pragma once

#include <stdexcept>

#include "cityseceval/language.h"

namespace cityseceval {

class WorkbookError : public std::runtime_error {
 public:
  explicit WorkbookError(Text message) : std::runtime_error(message.en), message_(std::move(message)) {}
  const Text& message() const { return message_; }

 private:
  Text message_;
};

}  // namespace cityseceval
