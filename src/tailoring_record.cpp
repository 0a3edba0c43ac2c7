#include "tailoring_record.h"

#include "cityseceval/tailoring.h"
#include "yaml_fields.h"

namespace cityseceval {

namespace {

using Kind = TailoringChange::Kind;

std::optional<TailoringChange> read_change(const yaml::Node& node, const std::string& file,
                                           Diagnostics& diagnostics) {
  if (!expect_mapping(node, file, diagnostics, message(MessageId::a_tailoring_change))) return std::nullopt;
  MappingReader fields(node, file, diagnostics, message(MessageId::a_tailoring_change));
  const yaml::Node* kind_node = fields.required("kind");
  if (!kind_node) return std::nullopt;
  std::optional<Kind> kind = kind_node->kind == yaml::NodeKind::scalar ? parse_change_kind(kind_node->value)
                                                                         : std::nullopt;
  if (!kind) {
    diagnostics.error(yaml::location_of(*kind_node, file),
                      message(MessageId::unknown_change_kind, {yaml::describe(*kind_node)}), RuleId::wrong_type);
    return std::nullopt;
  }
  // Each kind has the keys its change needs, as the JSON report gives them.
  TailoringChange change;
  change.kind = *kind;
  switch (*kind) {
    case Kind::remove:
      fields.allow_only({"kind", "item", "reason"});
      break;
    case Kind::reword:
      fields.allow_only({"kind", "item", "text", "reason"});
      break;
    case Kind::add:
      fields.allow_only({"kind", "indicator", "item", "text", "reason"});
      break;
    case Kind::points:
      fields.allow_only({"kind", "indicator", "from", "to", "reason"});
      break;
  }
  bool names_item = *kind != Kind::points;
  bool names_indicator = *kind == Kind::add || *kind == Kind::points;
  bool has_text = *kind == Kind::reword || *kind == Kind::add;
  if (names_item) change.item = fields.text("item", true).value_or("");
  if (names_indicator) change.indicator = fields.text("indicator", true).value_or("");
  if (has_text) change.text = fields.text("text", true).value_or("");
  if (*kind == Kind::points) {
    change.from = fields.number("from", true).value_or(Rational(0));
    change.to = fields.number("to", true).value_or(Rational(0));
  }
  change.reason = fields.text("reason", *kind == Kind::remove).value_or("");
  return change;
}

}  // namespace

std::optional<Tailoring> read_tailoring_record(const yaml::Node& node, const std::string& file,
                                               Diagnostics& diagnostics) {
  if (!expect_mapping(node, file, diagnostics, message(MessageId::the_tailoring_record))) return std::nullopt;
  MappingReader fields(node, file, diagnostics, message(MessageId::the_tailoring_record));
  fields.allow_only({"base", "changes"});
  Tailoring record;
  if (const yaml::Node* base = fields.required("base")) {
    if (expect_mapping(*base, file, diagnostics, message(MessageId::the_tailoring_base))) {
      MappingReader base_fields(*base, file, diagnostics, message(MessageId::the_tailoring_base));
      base_fields.allow_only({"id", "version"});
      record.base_id = base_fields.text("id", true).value_or("");
      record.base_version = base_fields.text("version", false).value_or("");
    }
  }
  if (const yaml::Node* changes = fields.list("changes", true)) {
    for (const yaml::NodePtr& entry : changes->items) {
      if (auto change = read_change(*entry, file, diagnostics)) record.changes.push_back(std::move(*change));
    }
  }
  return record;
}

std::vector<std::string> read_retired_items(const yaml::Node* list, const std::string& indicator_id,
                                            const std::string& file, Diagnostics& diagnostics) {
  std::vector<std::string> ids;
  if (!list) return ids;
  for (const yaml::NodePtr& entry : list->items) {
    if (entry->kind == yaml::NodeKind::scalar && !entry->value.empty()) {
      ids.push_back(entry->value);
      continue;
    }
    Text what = message(MessageId::indicator_n, {indicator_id});
    diagnostics.error(yaml::location_of(*entry, file),
                      message(MessageId::wrong_type_field, {"retired_items", what, message(MessageId::a_list_of_item_ids),
                                                            yaml::describe(*entry)}),
                      RuleId::wrong_type);
  }
  return ids;
}

}  // namespace cityseceval
