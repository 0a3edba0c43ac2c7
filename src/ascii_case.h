// ASCII case folding, for what is matched ignoring case: file name endings
// (.xlsx, .CSV) and a workbook's English labels and keys ("Rating", "ID").
// Chinese text has no case and passes through unchanged.
#pragma once

#include <string>
#include <string_view>

namespace cityseceval {

// `text` with A-Z turned into a-z; every other byte as it is.
std::string ascii_lowercase(std::string_view text);

// Whether `text` ends in `ending`, ignoring ASCII case: a file "A.XLSX" ends in ".xlsx".
bool ends_with_ignoring_case(std::string_view text, std::string_view ending);

}  // namespace cityseceval
