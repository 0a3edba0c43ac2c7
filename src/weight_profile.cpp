#include "cityseceval/weights.h"

#include "cityseceval/messages.h"
#include "cityseceval/suggest.h"
#include "tree_weights.h"
#include "yaml_fields.h"
#include "yaml_reader.h"

namespace cityseceval {

namespace {

// `weights:`, a mapping from indicator IDs to exact weights.
void read_weights(const yaml::Node& mapping, const std::string& file, Diagnostics& diagnostics,
                  WeightProfile& profile) {
  for (const auto& [key, value] : mapping.entries) {
    std::optional<std::string> id = scalar_key(*key, file, diagnostics);
    if (!id) continue;
    std::optional<Rational> weight;
    // As in tree files: a plain decimal or fraction, or a quoted fraction.
    if (value->kind == yaml::NodeKind::scalar && (value->plain || value->value.find('/') != std::string::npos)) {
      weight = Rational::parse_exact(value->value);
    }
    SourceLocation where = yaml::location_of(*value, file);
    if (!weight) {
      diagnostics.error(where, message(MessageId::profile_weight_value, {*id, yaml::describe(*value)}),
                        RuleId::wrong_type);
      continue;
    }
    profile.weights.push_back({*id, *weight, where});
  }
}

void collect_ids(const std::vector<Indicator>& group, std::vector<std::string>& ids) {
  for (const Indicator& indicator : group) {
    ids.push_back(indicator.id);
    collect_ids(indicator.children, ids);
  }
}

// Every ID names an indicator that may have a weight [unknown-indicator, weight-value].
void check_ids(const WeightProfile& profile, const Scheme& scheme, Diagnostics& diagnostics) {
  std::vector<std::string> ids;
  collect_ids(scheme.indicators, ids);
  for (const WeightProfile::Weight& entry : profile.weights) {
    const Indicator* indicator = scheme.find_indicator(entry.id);
    if (!indicator && scheme.find_item(entry.id)) {
      diagnostics.error(entry.location, message(MessageId::profile_item, {entry.id}), RuleId::unknown_indicator);
    } else if (!indicator) {
      diagnostics.error(entry.location, message(MessageId::unknown_indicator, {entry.id, did_you_mean(entry.id, ids)}),
                        RuleId::unknown_indicator);
    } else if (indicator->bonus) {
      diagnostics.error(entry.location, message(MessageId::weight_bonus, {entry.id}), RuleId::weight_value);
    }
  }
}

// Every indicator but a bonus section gets its share of its parent from the
// tree (the weight a tree given by weights wrote), or the profile's weight.
void set_weights(std::vector<Indicator>& group, const Scheme& scheme, const WeightProfile& profile) {
  for (Indicator& indicator : group) {
    if (indicator.bonus) continue;
    indicator.weight = scheme.weight_of(indicator);
    indicator.weight_location = {};
    for (const WeightProfile::Weight& entry : profile.weights) {
      if (entry.id != indicator.id) continue;
      indicator.weight = entry.weight;
      indicator.weight_location = entry.location;
    }
    set_weights(indicator.children, scheme, profile);
  }
}

}  // namespace

std::optional<WeightProfile> read_weight_profile(std::string_view text, const std::string& file,
                                                 Diagnostics& diagnostics) {
  std::size_t errors_before = diagnostics.error_count();
  yaml::NodePtr root = yaml::read_yaml(text, file, diagnostics);
  if (!root) return std::nullopt;
  if (!expect_mapping(*root, file, diagnostics, message(MessageId::a_weight_profile_file))) return std::nullopt;
  WeightProfile profile;
  profile.file = file;
  profile.start = yaml::location_of(*root, file);
  MappingReader top(*root, file, diagnostics, message(MessageId::the_weight_profile));
  top.allow_only({"profile", "profile_en", "scheme", "weights"});
  profile.name = top.text("profile", true).value_or("");
  profile.name_en = top.text("profile_en", false).value_or("");
  profile.scheme = top.text("scheme", false).value_or("");
  if (const yaml::Node* scheme = top.optional("scheme")) profile.scheme_location = yaml::location_of(*scheme, file);
  if (const yaml::Node* weights = top.required("weights")) {
    if (expect_mapping(*weights, file, diagnostics, message(MessageId::quoted_key, {"weights"}))) {
      read_weights(*weights, file, diagnostics, profile);
      if (weights->entries.empty()) {
        diagnostics.error(yaml::location_of(*weights, file), message(MessageId::profile_no_weights),
                          RuleId::wrong_type);
      }
    }
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return profile;
}

bool apply_weight_profile(const WeightProfile& profile, Scheme& scheme, Diagnostics& diagnostics) {
  if (std::holds_alternative<PointsSum>(scheme.aggregation)) {
    const SourceLocation& where = profile.scheme_location.file.empty() ? profile.start : profile.scheme_location;
    diagnostics.error(where, message(MessageId::profile_points_sum, {scheme.id}), RuleId::weight_value);
    return false;
  }
  if (!profile.scheme.empty() && profile.scheme != scheme.id) {
    diagnostics.error(profile.scheme_location, message(MessageId::profile_scheme_mismatch, {profile.scheme, scheme.id}),
                      RuleId::scheme_mismatch);
    return false;
  }
  std::size_t errors_before = diagnostics.error_count();
  // On: every problem of the profile at once (an unknown ID is left out).
  check_ids(profile, scheme, diagnostics);
  set_weights(scheme.indicators, scheme, profile);
  derive_points_from_weights(scheme, diagnostics);
  if (diagnostics.error_count() > errors_before) return false;
  scheme.weight_profile = AppliedWeightProfile{profile.name, profile.name_en, profile.file};
  return true;
}

}  // namespace cityseceval
