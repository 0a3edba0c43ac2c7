// What tests of the JSON reports share. Apart from support.h, so that tests
// with no JSON do not get nlohmann's headers (and <iomanip>'s std::quoted).
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace cityseceval::testing {

// The keys of a JSON object, in the order written (a report's key order is
// part of its contract).
inline std::vector<std::string> keys_of(const nlohmann::ordered_json& object) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : object.items()) keys.push_back(key);
  return keys;
}

}  // namespace cityseceval::testing
