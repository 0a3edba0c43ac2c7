// A workbook being written with libxlsxwriter, ending as bytes in memory.
//
// Why a file at all: libxlsxwriter 1.1.4 (Debian 12) writes a workbook only to
// a named file. It goes to a private temporary file, is read back and removed,
// so the workbook renderers (templates, results) return bytes like every other
// renderer returns text, and apps/ writes them with -o atomically (cli::Output)
// like any other output.
#pragma once

#include <xlsxwriter.h>

#include <string>

namespace cityseceval {

class WorkbookFile {
 public:
  // Starts an empty workbook in a new temporary file; throws WorkbookError
  // (include/cityseceval/workbook_error.h) when none can be created.
  WorkbookFile();
  // Removes the temporary file, finished or not.
  ~WorkbookFile();
  WorkbookFile(const WorkbookFile&) = delete;
  WorkbookFile& operator=(const WorkbookFile&) = delete;

  lxw_workbook* workbook() const { return workbook_; }

  // Closes the workbook (libxlsxwriter writes it then) and returns its bytes;
  // throws WorkbookError with libxlsxwriter's reason when that fails.
  // Call once.
  std::string finish();

 private:
  std::string path_;
  lxw_workbook* workbook_ = nullptr;
};

}  // namespace cityseceval
