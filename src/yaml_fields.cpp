#include "yaml_fields.h"

#include <fmt/format.h>

#include <array>
#include <vector>

#include "cityseceval/suggest.h"

namespace cityseceval {

MappingReader::MappingReader(const yaml::Node& mapping, const std::string& file, Diagnostics& diagnostics,
                             Text what)
    : mapping_(mapping), file_(file), diagnostics_(diagnostics), what_(std::move(what)) {}

void MappingReader::allow_only(std::initializer_list<std::string_view> allowed) {
  std::vector<std::string> names(allowed.begin(), allowed.end());
  for (const auto& [key, value] : mapping_.entries) {
    if (key->kind != yaml::NodeKind::scalar) continue;
    bool known = false;
    for (std::string_view name : allowed) known = known || key->value == name;
    if (known) continue;
    diagnostics_.error(
        yaml::location_of(*key, file_),
        message(MessageId::unknown_key, {key->value, what_, did_you_mean(key->value, names), join_all(names)}),
        RuleId::unknown_key);
  }
}

const yaml::Node* MappingReader::required(std::string_view key) {
  const yaml::Node* value = mapping_.find(key);
  if (!value) {
    diagnostics_.error(location(), message(MessageId::missing_key, {what_, key}), RuleId::missing_key);
  }
  return value;
}

const yaml::Node* MappingReader::key_node(std::string_view key) const {
  for (const auto& [name, value] : mapping_.entries) {
    if (name->kind == yaml::NodeKind::scalar && name->value == key) return name.get();
  }
  return nullptr;
}

void MappingReader::wrong_type(std::string_view key, const yaml::Node& value, const Text& expected) {
  diagnostics_.error(yaml::location_of(value, file_),
                     message(MessageId::wrong_type_field, {key, what_, expected, yaml::describe(value)}),
                     RuleId::wrong_type);
}

std::optional<std::string> MappingReader::text(std::string_view key, bool is_required) {
  const yaml::Node* value = is_required ? required(key) : optional(key);
  if (!value) return std::nullopt;
  if (value->kind != yaml::NodeKind::scalar || value->value.empty()) {
    wrong_type(key, *value, message(MessageId::a_text));
    return std::nullopt;
  }
  return value->value;
}

std::optional<Rational> MappingReader::number(std::string_view key, bool is_required, bool allow_sign) {
  const yaml::Node* value = is_required ? required(key) : optional(key);
  if (!value) return std::nullopt;
  std::optional<Rational> parsed;
  if (value->kind == yaml::NodeKind::scalar && value->plain) parsed = Rational::parse_decimal(value->value, allow_sign);
  if (!parsed) {
    wrong_type(key, *value,
               message(allow_sign ? MessageId::a_plain_decimal : MessageId::a_plain_decimal_not_negative));
  }
  return parsed;
}

std::optional<Rational> MappingReader::exact(std::string_view key, bool is_required) {
  const yaml::Node* value = is_required ? required(key) : optional(key);
  if (!value) return std::nullopt;
  std::optional<Rational> parsed;
  // A quoted decimal stays a text, as everywhere else; only a fraction may be
  // quoted, since YAML tools tend to quote "1/3".
  if (value->kind == yaml::NodeKind::scalar && (value->plain || value->value.find('/') != std::string::npos)) {
    parsed = Rational::parse_exact(value->value);
  }
  if (!parsed) wrong_type(key, *value, message(MessageId::a_decimal_or_fraction));
  return parsed;
}

std::optional<int> MappingReader::whole_number(std::string_view key, bool is_required, int min, int max) {
  const yaml::Node* value = is_required ? required(key) : optional(key);
  if (!value) return std::nullopt;
  std::optional<Rational> parsed;
  if (value->kind == yaml::NodeKind::scalar && value->plain) parsed = Rational::parse_decimal(value->value);
  if (!parsed || !parsed->is_whole() || *parsed < Rational(min) || *parsed > Rational(max)) {
    wrong_type(key, *value, message(MessageId::a_whole_number_from_to, {min, max}));
    return std::nullopt;
  }
  return static_cast<int>(parsed->mpq().get_num().get_si());
}

std::optional<bool> MappingReader::boolean(std::string_view key, bool is_required) {
  const yaml::Node* value = is_required ? required(key) : optional(key);
  if (!value) return std::nullopt;
  if (value->kind == yaml::NodeKind::scalar && value->plain && (value->value == "true" || value->value == "false")) {
    return value->value == "true";
  }
  wrong_type(key, *value, message(MessageId::true_or_false));
  return std::nullopt;
}

const yaml::Node* MappingReader::list(std::string_view key, bool is_required) {
  const yaml::Node* value = is_required ? required(key) : optional(key);
  if (!value) return nullptr;
  if (value->kind != yaml::NodeKind::sequence) {
    wrong_type(key, *value, message(MessageId::a_list));
    return nullptr;
  }
  return value;
}

bool expect_mapping(const yaml::Node& node, const std::string& file, Diagnostics& diagnostics, const Text& what) {
  if (node.kind == yaml::NodeKind::mapping) return true;
  diagnostics.error(yaml::location_of(node, file), message(MessageId::must_be_mapping, {what, yaml::describe(node)}),
                    RuleId::wrong_type);
  return false;
}

std::optional<std::string> scalar_key(const yaml::Node& key, const std::string& file, Diagnostics& diagnostics) {
  if (key.kind == yaml::NodeKind::scalar) return key.value;
  diagnostics.error(yaml::location_of(key, file), message(MessageId::key_not_text, {yaml::describe(key)}),
                    RuleId::wrong_type);
  return std::nullopt;
}

bool looks_boolean(std::string_view text) {
  static constexpr std::array<std::string_view, 22> spellings = {
      "true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes", "YES", "no", "No",
      "NO",   "on",   "On",   "ON",    "off",   "Off",   "OFF", "y",   "Y",   "n",  "N"};
  for (std::string_view spelling : spellings) {
    if (text == spelling) return true;
  }
  return false;
}

}  // namespace cityseceval
