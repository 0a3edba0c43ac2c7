// Step 1 of tailoring: the tailoring file's own shape (docs/tailoring.md).
#include "tailoring_document.h"
#include "yaml_fields.h"
#include "yaml_reader.h"

namespace cityseceval {

namespace {

using Kind = TailoringChange::Kind;

// The four lists of changes, in the order they are applied, and the key that
// names what an entry changes.
struct Section {
  const char* name;
  Kind kind;
  const char* target;  // "item" or "indicator"
};
constexpr Section sections[] = {
    {"remove", Kind::remove, "item"},
    {"reword", Kind::reword, "item"},
    {"add", Kind::add, "indicator"},
    {"points", Kind::points, "indicator"},
};

class TailoringParser {
 public:
  TailoringParser(const std::string& file, Diagnostics& diagnostics) : file_(file), diagnostics_(diagnostics) {}

  void read(const yaml::Node& root, TailoringDocument& document) {
    if (!expect_mapping(root, file_, diagnostics_, message(MessageId::the_tailoring))) return;
    MappingReader top(root, file_, diagnostics_, message(MessageId::the_tailoring));
    top.allow_only({"base", "id", "title", "title_en", "version", "remove", "reword", "add", "points"});
    document.base = top.text("base", true).value_or("");
    if (const yaml::Node* base = top.optional("base")) document.base_location = yaml::location_of(*base, file_);
    document.id = top.text("id", true).value_or("");
    document.title = top.text("title", true).value_or("");
    document.title_en = top.text("title_en", false).value_or("");
    document.version = top.text("version", false).value_or("");
    for (const Section& section : sections) {
      if (const yaml::Node* list = top.list(section.name, false)) read_section(*list, section, document.entries);
    }
  }

 private:
  void read_section(const yaml::Node& list, const Section& section, std::vector<TailoringEntry>& entries) {
    Text what = message(MessageId::an_entry_of, {section.name});
    for (const yaml::NodePtr& node : list.items) {
      if (!expect_mapping(*node, file_, diagnostics_, what)) continue;
      MappingReader fields(*node, file_, diagnostics_, what);
      TailoringEntry entry;
      entry.change.kind = section.kind;
      entry.location = yaml::location_of(*node, file_);
      allow_keys(fields, section.kind);
      std::string target = fields.text(section.target, true).value_or("");
      if (const yaml::Node* value = fields.optional(section.target)) {
        entry.target_location = yaml::location_of(*value, file_);
      }
      if (std::string_view(section.target) == "item") {
        entry.change.item = target;
      } else {
        entry.change.indicator = target;
      }
      if (section.kind == Kind::reword || section.kind == Kind::add) {
        entry.change.text = fields.text("text", true).value_or("");
      }
      if (section.kind == Kind::points) entry.change.to = fields.number("points", true).value_or(Rational(0));
      read_reason(fields, entry);
      entries.push_back(std::move(entry));
    }
  }

  static void allow_keys(MappingReader& fields, Kind kind) {
    switch (kind) {
      case Kind::remove:
        fields.allow_only({"item", "reason"});
        break;
      case Kind::reword:
        fields.allow_only({"item", "text", "reason"});
        break;
      case Kind::add:
        fields.allow_only({"indicator", "text", "reason"});
        break;
      case Kind::points:
        fields.allow_only({"indicator", "points", "reason"});
        break;
    }
  }

  // A missing or empty reason is not a wrong type: a removal without one is
  // reported by its own rule (tailoring-reason), other changes need none.
  void read_reason(MappingReader& fields, TailoringEntry& entry) {
    const yaml::Node* reason = fields.optional("reason");
    if (!reason || reason->is_null() || (reason->kind == yaml::NodeKind::scalar && reason->value.empty())) return;
    if (auto text = fields.text("reason", false)) {
      entry.change.reason = *text;
      entry.has_reason = true;
    }
  }

  const std::string& file_;
  Diagnostics& diagnostics_;
};

}  // namespace

std::optional<TailoringDocument> parse_tailoring(std::string_view text, const std::string& file,
                                                 Diagnostics& diagnostics) {
  std::size_t errors_before = diagnostics.error_count();
  yaml::NodePtr root = yaml::read_yaml(text, file, diagnostics);
  if (!root) return std::nullopt;
  TailoringDocument document;
  TailoringParser(file, diagnostics).read(*root, document);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return document;
}

}  // namespace cityseceval
