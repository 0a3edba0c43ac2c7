#include "json_scheme.h"

namespace cityseceval {

Json scheme_json(const Scheme& scheme) {
  return {{"id", scheme.id}, {"title", scheme.title}, {"version", scheme.version}};
}

Json weights_json(const Scheme& scheme) {
  Json profile = nullptr;
  if (scheme.weight_profile) {
    const AppliedWeightProfile& applied = *scheme.weight_profile;
    profile = {{"name", applied.name},
               {"name_en", applied.name_en.empty() ? Json(nullptr) : Json(applied.name_en)},
               {"file", applied.file}};
  }
  return {{"form", scheme.form == PointsForm::weights ? "weights" : "points"}, {"profile", std::move(profile)}};
}

}  // namespace cityseceval
