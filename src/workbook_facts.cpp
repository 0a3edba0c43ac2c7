#include "workbook_facts.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include "ascii_case.h"
#include "assessment_placeholders.h"
#include "cityseceval/messages.h"
#include "cityseceval/rules.h"
#include "evidence.h"
#include "rating_rows.h"

namespace cityseceval {

namespace {

// ---- Nodes, located at their cells ----------------------------------------

yaml::NodePtr node_at(const SourceLocation& where, yaml::NodeKind kind, std::string value = {}, bool plain = true) {
  auto node = std::make_shared<yaml::Node>();
  node->kind = kind;
  node->line = where.line;
  node->column = where.column;
  node->value = std::move(value);
  node->plain = plain;
  return node;
}

// A cell has no quoting to tell words from numbers: its text reads like a
// plain YAML scalar, as a CSV cell's does.
yaml::NodePtr plain(const SourceLocation& where, std::string text) {
  return node_at(where, yaml::NodeKind::scalar, std::move(text));
}

using Entries = std::vector<std::pair<yaml::NodePtr, yaml::NodePtr>>;

yaml::NodePtr mapping(const SourceLocation& where, Entries entries) {
  auto node = std::make_shared<yaml::Node>();
  node->kind = yaml::NodeKind::mapping;
  node->line = where.line;
  node->column = where.column;
  node->entries = std::move(entries);
  return node;
}

yaml::NodePtr sequence(const SourceLocation& where, const std::vector<std::string>& pieces) {
  auto node = std::make_shared<yaml::Node>();
  node->kind = yaml::NodeKind::sequence;
  node->line = where.line;
  node->column = where.column;
  for (const std::string& piece : pieces) node->items.push_back(plain(where, piece));
  return node;
}

// 是/否 from the template's dropdown, yes/no, true/false, or an Excel boolean.
std::optional<bool> yes_or_no(const ReadCell& cell) {
  if (cell.boolean) return cell.text == "true";
  const std::string text = trimmed(cell.text, cell_space);
  if (is_label(text, workbook::yes_word) || ascii_lowercase(text) == "true") return true;
  if (is_label(text, workbook::no_word) || ascii_lowercase(text) == "false") return false;
  return std::nullopt;
}

// ---- One row's cells ---------------------------------------------------------

struct FactRow {
  ReadCell id, part, value, numerator, denominator, missing, note, evidence;

  bool blank() const {
    return value.blank() && numerator.blank() && denominator.blank() && missing.blank() && note.blank() &&
           evidence.blank();
  }
  bool reported() const {
    return id.reported || part.reported || value.reported || numerator.reported || denominator.reported ||
           missing.reported || note.reported || evidence.reported;
  }
};

FactRow read_row(const WorkbookTable& table, int row, Diagnostics& diagnostics) {
  auto read = [&](std::string_view key) { return table.read(row, key, diagnostics); };
  return {read("id"),          read("part"),    read("value"), read("numerator"),
          read("denominator"), read("missing"), read("note"),  read("evidence")};
}

// ---- Cells to nodes ------------------------------------------------------------

// The value cell of a yes/no, count, choice or score; an empty one is an
// empty value, which the rule's reader names.
yaml::NodePtr value_node(const ReadCell& cell, bool boolean) {
  if (cell.blank()) return node_at(cell.location, yaml::NodeKind::null);
  if (std::optional<bool> yes = yes_or_no(cell); yes && (boolean || cell.boolean)) {
    return plain(cell.location, *yes ? "true" : "false");
  }
  return plain(cell.location, trimmed(cell.text, cell_space));
}

// The words that say nothing is missing, where an empty cell could be a
// fact not yet recorded.
bool says_none(const std::string& text) { return text == "无" || text == "無" || ascii_lowercase(text) == "none"; }

// The ids in a missing cell (listed_ids).
yaml::NodePtr missing_node(const ReadCell& cell) {
  const std::string text = trimmed(cell.text, cell_space);
  return sequence(cell.location, says_none(text) ? std::vector<std::string>{} : listed_ids(text));
}

void add_note_and_evidence(Entries& entries, const FactRow& row) {
  if (!row.note.blank()) {
    // A note is text, whatever it looks like.
    entries.emplace_back(plain(row.note.location, "note"),
                         node_at(row.note.location, yaml::NodeKind::scalar, row.note.text, false));
  }
  if (!row.evidence.blank()) {
    entries.emplace_back(plain(row.evidence.location, "evidence"),
                         sequence(row.evidence.location, evidence_cell_pieces(row.evidence.text)));
  }
}

// `value` as it is, or in the long form {value: ..., note: ..., evidence: [...]}.
yaml::NodePtr with_note_and_evidence(yaml::NodePtr value, const FactRow& row, bool with_note) {
  if (!with_note || (row.note.blank() && row.evidence.blank())) return value;
  Entries entries;
  SourceLocation where{"", value->line, value->column};
  entries.emplace_back(plain(where, "value"), std::move(value));
  add_note_and_evidence(entries, row);
  return mapping(where, std::move(entries));
}

// A ratio: {numerator: N, denominator: D}; for a rule that scores existence
// a yes/no in `value` is {exists: ...}, with or without the counts; a number
// in `value` alone is the ratio as a decimal.
yaml::NodePtr ratio_node(const FactRow& row, bool with_note) {
  const bool counts = !row.numerator.blank() || !row.denominator.blank();
  const std::optional<bool> exists = yes_or_no(row.value);
  if (!counts && !row.value.blank() && !exists) {
    return with_note_and_evidence(value_node(row.value, false), row, with_note);
  }
  Entries entries;
  if (!row.value.blank()) {
    entries.emplace_back(plain(row.value.location, "exists"),
                         exists ? plain(row.value.location, *exists ? "true" : "false") : value_node(row.value, false));
  }
  if (counts || row.value.blank()) {
    entries.emplace_back(plain(row.numerator.location, "numerator"), value_node(row.numerator, false));
    entries.emplace_back(plain(row.denominator.location, "denominator"), value_node(row.denominator, false));
  }
  if (with_note) add_note_and_evidence(entries, row);
  const SourceLocation& where = row.value.blank() ? row.numerator.location : row.value.location;
  return mapping(where, std::move(entries));
}

// The fact of `rule` from one row; `with_note`: the row's note and evidence
// are the fact's.
yaml::NodePtr fact_node(const Rule& rule, const FactRow& row, bool with_note) {
  switch (fact_kind(rule)) {
    case FactKind::ratio:
      return ratio_node(row, with_note);
    case FactKind::missing:
      return with_note_and_evidence(missing_node(row.missing), row, with_note);
    case FactKind::boolean:
      return with_note_and_evidence(value_node(row.value, true), row, with_note);
    case FactKind::count:
    case FactKind::choice:
    case FactKind::score:
    case FactKind::parts:  // a composite part named by itself, not "outer.inner": its reader says what it needs
      break;
  }
  return with_note_and_evidence(value_node(row.value, false), row, with_note);
}

void add_columns(const Rule& rule, std::set<std::string_view>& keys) {
  switch (fact_kind(rule)) {
    case FactKind::ratio:
      keys.insert({"numerator", "denominator"});
      if (scores_existence(rule)) keys.insert("value");
      return;
    case FactKind::missing:
      keys.insert("missing");
      return;
    case FactKind::parts:
      keys.insert("part");
      for (const RulePart& part : std::get<CompositeRule>(rule.spec).parts) add_columns(part.rule, keys);
      return;
    case FactKind::boolean:
    case FactKind::count:
    case FactKind::choice:
    case FactKind::score:
      keys.insert("value");
      return;
  }
}

// ---- Rows to facts ---------------------------------------------------------------

class FactRows {
 public:
  FactRows(const WorkbookTable& table, const Scheme& scheme, const std::optional<WrittenScope>& scope,
           Diagnostics& diagnostics)
      : table_(table), scheme_(scheme), scope_(scope), diagnostics_(diagnostics) {}

  WrittenFacts read() {
    WrittenFacts facts;
    facts.location = table_.header_location();
    std::map<std::string, std::vector<FactRow>> items;
    std::vector<std::string> order;
    for (int row : table_.item_rows()) {
      FactRow cells = read_row(table_, row, diagnostics_);
      if (cells.id.reported) continue;
      std::string id = trimmed(cells.id.text, cell_space);
      auto [it, added] = items.try_emplace(id);
      if (added) order.push_back(id);
      it->second.push_back(std::move(cells));
    }
    for (const std::string& id : order) {
      if (auto fact = read_item(id, items.at(id))) facts.facts.push_back(std::move(*fact));
    }
    return facts;
  }

 private:
  std::optional<WrittenFact> read_item(const std::string& id, const std::vector<FactRow>& rows) {
    const SourceLocation& where = rows.front().id.location;
    const Item* item = scheme_.find_item(id);
    // An id the scheme does not have: the resolver names it, with "did you mean".
    if (!item) return WrittenFact{id, where, node_at(where, yaml::NodeKind::null)};
    const bool blank = std::all_of(rows.begin(), rows.end(), [](const FactRow& row) { return row.blank(); });
    if (blank && outside_written_scope(scheme_, scope_, id)) return std::nullopt;
    if (blank) return WrittenFact{id, where, plain(where, std::string(placeholder_word))};
    const Rule& rule = std::get<RuleItem>(item->kind).rule;
    WrittenFact fact{id, where, nullptr};
    fact.reported = std::any_of(rows.begin(), rows.end(), [](const FactRow& row) { return row.reported(); });
    if (fact_kind(rule) == FactKind::parts) {
      fact.value = parts_node(id, std::get<CompositeRule>(rule.spec), rows, fact.reported);
      return fact;
    }
    for (std::size_t i = 1; i < rows.size(); ++i) {
      diagnostics_.error(rows[i].id.location, message(MessageId::xlsx_duplicate_item, {id, where.line}),
                         RuleId::duplicate_key);
    }
    if (!rows.front().part.blank()) {
      diagnostics_.error(rows.front().part.location, message(MessageId::xlsx_part_not_composite, {id}),
                         RuleId::invalid_fact);
    }
    fact.value = fact_node(rule, rows.front(), true);
    return fact;
  }

  // One row per part, named in its part cell; the item's note and evidence
  // on its first row, a later row's are its part's. A row that names no
  // part, or a part twice, leaves the item `reported`: what the rows mean
  // is not known, so the resolver is not asked.
  yaml::NodePtr parts_node(const std::string& id, const CompositeRule& rule, const std::vector<FactRow>& rows,
                           bool& reported) {
    std::vector<std::string> names;
    for (const RulePart& part : rule.parts) names.push_back(part.name);
    std::vector<NamedRow> named;
    std::map<std::string, int> seen;  // part -> row
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const FactRow& row = rows[i];
      std::string name = trimmed(row.part.text, cell_space);
      if (row.part.reported) continue;
      if (name.empty()) {
        diagnostics_.error(row.part.location, message(MessageId::xlsx_part_needed, {id, and_list(names)}),
                           RuleId::invalid_fact);
        reported = true;
        continue;
      }
      if (auto first = seen.find(name); first != seen.end()) {
        diagnostics_.error(row.part.location, message(MessageId::xlsx_duplicate_part, {id, name, first->second}),
                           RuleId::duplicate_key);
        reported = true;
        continue;
      }
      seen.emplace(name, row.part.location.line);
      named.push_back({std::move(name), &row, i > 0});
    }
    Entries entries;
    add_note_and_evidence(entries, rows.front());
    add_parts(rule, named, entries);
    return mapping(rows.front().id.location, std::move(entries));
  }

  // A row named for a part: "systems", or "outer.inner" for a part of a
  // part that is itself composite, as the template names the rows of one.
  struct NamedRow {
    std::string name;  // what is left of the name at this depth
    const FactRow* row;
    bool own_note;  // the row's note and evidence are its part's (not the item's first row)
  };

  // The entries of `rule`'s mapping from the rows named for its parts. An
  // unknown name is kept as a key with no fact, which the resolver names with
  // "did you mean"; a part it does not find is reported by the resolver too.
  static void add_parts(const CompositeRule& rule, const std::vector<NamedRow>& rows, Entries& entries) {
    std::vector<std::pair<const RulePart*, std::vector<NamedRow>>> nested;  // composite parts, in order of first row
    for (const NamedRow& named : rows) {
      const SourceLocation& where = named.row->part.location;
      if (const RulePart* part = part_named(rule, named.name)) {
        entries.emplace_back(plain(where, named.name), fact_node(part->rule, *named.row, named.own_note));
        continue;
      }
      const std::size_t dot = named.name.find('.');
      const RulePart* outer = dot == std::string::npos ? nullptr : part_named(rule, named.name.substr(0, dot));
      if (!outer || fact_kind(outer->rule) != FactKind::parts) {
        entries.emplace_back(plain(where, named.name), node_at(where, yaml::NodeKind::null));
        continue;
      }
      auto group = std::find_if(nested.begin(), nested.end(), [&](const auto& g) { return g.first == outer; });
      if (group == nested.end()) group = nested.insert(nested.end(), {outer, {}});
      group->second.push_back({named.name.substr(dot + 1), named.row, named.own_note});
    }
    for (const auto& [outer, inner_rows] : nested) {
      const SourceLocation& where = inner_rows.front().row->part.location;
      Entries inner;
      add_parts(std::get<CompositeRule>(outer->rule.spec), inner_rows, inner);
      entries.emplace_back(plain(where, outer->name), mapping(where, std::move(inner)));
    }
  }

  static const RulePart* part_named(const CompositeRule& rule, std::string_view name) {
    auto part = std::find_if(rule.parts.begin(), rule.parts.end(), [&](const RulePart& p) { return p.name == name; });
    return part == rule.parts.end() ? nullptr : &*part;
  }

  static Text and_list(const std::vector<std::string>& names) { return join_list(names, MessageId::list_and); }

  const WorkbookTable& table_;
  const Scheme& scheme_;
  const std::optional<WrittenScope>& scope_;
  Diagnostics& diagnostics_;
};

}  // namespace

std::vector<std::string_view> fact_columns(const Scheme& scheme) {
  std::set<std::string_view> needed;
  for (const Indicator* indicator : scheme.rated_indicators()) {
    for (const Item& item : indicator->items) {
      if (const auto* rule_item = std::get_if<RuleItem>(&item.kind)) add_columns(rule_item->rule, needed);
    }
  }
  std::vector<std::string_view> keys;
  for (const workbook::Label& label : workbook::rule_columns) {
    if (needed.count(label.key)) keys.push_back(label.key);
  }
  return keys;
}

WrittenFacts read_workbook_facts(const WorkbookTable& table, const Scheme& scheme,
                                 const std::optional<WrittenScope>& scope, Diagnostics& diagnostics) {
  return FactRows(table, scheme, scope, diagnostics).read();
}

bool outside_written_scope(const Scheme& scheme, const std::optional<WrittenScope>& scope, const std::string& item_id) {
  if (!scope) return false;
  const Indicator* owner = scheme.item_owner(item_id);
  if (!owner) return false;
  const std::string& dimension = scheme.dimension_of(*owner).id;
  return std::none_of(scope->dimensions.begin(), scope->dimensions.end(),
                      [&](const WrittenScope::Dimension& written) { return written.id == dimension; });
}

}  // namespace cityseceval
