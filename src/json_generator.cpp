#include "json_generator.h"

#include "cityseceval/version.h"

namespace cityseceval {

Json generator_json() {
  Json generator;
  generator["name"] = "cityseceval";
  generator["version"] = std::string(tool_version());
  return generator;
}

}  // namespace cityseceval
