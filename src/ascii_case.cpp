#include "ascii_case.h"

namespace cityseceval {

std::string ascii_lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool ends_with_ignoring_case(std::string_view text, std::string_view ending) {
  return text.size() >= ending.size() &&
         ascii_lowercase(text.substr(text.size() - ending.size())) == ascii_lowercase(ending);
}

}  // namespace cityseceval
