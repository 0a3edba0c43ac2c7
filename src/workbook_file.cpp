#include "workbook_file.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

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
  if (fd < 0) throw std::runtime_error("cannot create a temporary file in " + temporary_directory());
  close(fd);
  path_ = name.data();
  // libxlsxwriter keeps its own scratch files in the same directory.
  std::string directory = temporary_directory();
  lxw_workbook_options options = {};
  options.tmpdir = directory.data();
  workbook_ = workbook_new_opt(path_.c_str(), &options);
  if (workbook_ == nullptr) {
    unlink(path_.c_str());
    throw std::runtime_error("libxlsxwriter could not start a workbook");
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
  if (error != LXW_NO_ERROR) throw std::runtime_error(std::string("libxlsxwriter: ") + lxw_strerror(error));
  std::ifstream in(path_, std::ios::binary);
  if (!in.is_open()) throw std::runtime_error("cannot read back the temporary workbook " + path_);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace cityseceval
