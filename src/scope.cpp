#include "scope.h"

#include "cityseceval/input.h"

#include <algorithm>

#include "cityseceval/messages.h"
#include "cityseceval/suggest.h"

namespace cityseceval {

namespace {

std::vector<std::string> dimension_ids(const Scheme& scheme) {
  std::vector<std::string> ids;
  for (const Indicator& dimension : scheme.indicators) ids.push_back(dimension.id);
  return ids;
}

}  // namespace

WrittenScope read_scope(const yaml::Node& key, const yaml::Node& value, const std::string& file,
                        Diagnostics& diagnostics) {
  WrittenScope scope;
  scope.location = yaml::location_of(key, file);
  if (value.kind != yaml::NodeKind::sequence) {
    diagnostics.error(yaml::location_of(value, file), message(MessageId::scope_not_list, {yaml::describe(value)}),
                      RuleId::invalid_scope);
    scope.well_formed = false;
    return scope;
  }
  for (const yaml::NodePtr& item : value.items) {
    if (item->kind != yaml::NodeKind::scalar) {
      diagnostics.error(yaml::location_of(*item, file), message(MessageId::scope_not_list, {yaml::describe(*item)}),
                        RuleId::invalid_scope);
      scope.well_formed = false;
      continue;
    }
    scope.dimensions.push_back({item->value, yaml::location_of(*item, file)});
  }
  return scope;
}

std::optional<std::vector<const Indicator*>> scope_of(const Scheme& scheme, const std::vector<std::string>& ids,
                                                      Diagnostics& diagnostics) {
  WrittenScope written;
  for (const std::string& id : ids) written.dimensions.push_back({id, {}});
  return resolve_scope(written, scheme, diagnostics);
}

std::optional<std::vector<const Indicator*>> resolve_scope(const WrittenScope& written_scope, const Scheme& scheme,
                                                           Diagnostics& diagnostics) {
  if (!written_scope.well_formed) return std::nullopt;
  const std::size_t errors_before = diagnostics.error_count();
  std::vector<const Indicator*> scope;
  if (written_scope.dimensions.empty()) {
    diagnostics.error(written_scope.location, message(MessageId::scope_empty), RuleId::invalid_scope);
  }
  const std::vector<std::string> ids = dimension_ids(scheme);
  for (const WrittenScope::Dimension& written : written_scope.dimensions) {
    const Indicator* indicator = scheme.find_indicator(written.id);
    Text problem;
    if (!indicator) {
      problem = message(MessageId::scope_unknown, {written.id, did_you_mean(written.id, ids), join_all(ids)});
    } else if (indicator->level != 1) {
      problem = message(MessageId::scope_not_dimension, {written.id, indicator->level, join_all(ids)});
    } else if (indicator->bonus) {
      problem = message(MessageId::scope_bonus, {written.id});
    } else if (std::find(scope.begin(), scope.end(), indicator) != scope.end()) {
      problem = message(MessageId::scope_twice, {written.id});
    } else {
      scope.push_back(indicator);
      continue;
    }
    diagnostics.error(written.location, problem, RuleId::invalid_scope);
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return scope;
}

}  // namespace cityseceval
