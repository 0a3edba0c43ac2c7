#include "cityseceval/schemas.h"

#include "builtin_schemas.h"

namespace cityseceval {

const std::vector<JsonSchema>& json_schemas() {
  // The command-line name of each schema file (docs/schema/<file>.schema.json).
  struct Named {
    std::string_view name;
    std::string_view file;
  };
  static constexpr Named names[] = {{"tree", "indicator-tree"}, {"assessment", "assessment"}, {"tailoring", "tailoring"},
                                     {"weights", "weight-profile"}, {"plan", "plan"}};
  static const std::vector<JsonSchema> schemas = [] {
    std::vector<JsonSchema> list;
    for (const Named& named : names) {
      for (const detail::EmbeddedSchema& schema : detail::embedded_schemas()) {
        if (schema.id == named.file) list.push_back({named.name, schema.path, schema.text});
      }
    }
    return list;
  }();
  return schemas;
}

const JsonSchema* find_json_schema(std::string_view name) {
  for (const JsonSchema& schema : json_schemas()) {
    if (schema.name == name) return &schema;
  }
  return nullptr;
}

}  // namespace cityseceval
