#include "workbook_file.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "cityseceval/messages.h"
#include "cityseceval/workbook_error.h"

namespace cityseceval {

namespace {

// The directory for temporary files: $TMPDIR when set, else /tmp.
std::string temporary_directory() {
  const char* tmpdir = std::getenv("TMPDIR");
  return tmpdir != nullptr && *tmpdir != '\0' ? tmpdir : "/tmp";
}

}  // namespace

WorkbookFile::WorkbookFile() {
  std::string pattern = temporary_directory() + "/cityseceval-XXXXXX.xlsx";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = mkstemps(name.data(), 5);
  if (fd < 0) throw WorkbookError(message(MessageId::workbook_temporary_file, {temporary_directory()}));
  close(fd);
  path_ = name.data();
  // libxlsxwriter keeps its own scratch files in the same directory.
  std::string directory = temporary_directory();
  lxw_workbook_options options = {};
  options.tmpdir = directory.data();
  workbook_ = workbook_new_opt(path_.c_str(), &options);
  if (workbook_ == nullptr) {
    unlink(path_.c_str());
    throw WorkbookError(message(MessageId::workbook_temporary_file, {temporary_directory()}));
  }
}

WorkbookFile::~WorkbookFile() {
  // A workbook never finished is freed without being written (workbook_close
  // would write it); libxlsxwriter has no other way to free one.
  if (workbook_ != nullptr) workbook_close(workbook_);
  unlink(path_.c_str());
}

std::string WorkbookFile::finish() {
  lxw_error error = workbook_close(workbook_);
  workbook_ = nullptr;
  if (error != LXW_NO_ERROR) throw WorkbookError(message(MessageId::workbook_failed, {lxw_strerror(error)}));
  std::ifstream in(path_, std::ios::binary);
  if (!in.is_open()) throw WorkbookError(message(MessageId::workbook_temporary_file, {temporary_directory()}));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace cityseceval
