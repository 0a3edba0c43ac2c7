#include "evidence.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "cityseceval/messages.h"
#include "utf8.h"
#include "yaml_fields.h"

namespace cityseceval {

namespace {

// The first character a report could not show on one line: C0, DEL, C1,
// and the Unicode line and paragraph separators (as one_line() in text_table.h).
std::optional<char32_t> control_character(std::string_view text) {
  for (char32_t c : utf8::decode(text)) {
    if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0x2028 || c == 0x2029) return c;
  }
  return std::nullopt;
}

bool blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// Checks the pieces of one record against the rules of evidence.h, each
// problem at the place `where_of(i)` gives for piece i; keeps those that pass.
class EvidenceList {
 public:
  EvidenceList(const Text& owner, Diagnostics& diagnostics) : owner_(owner), diagnostics_(diagnostics) {}

  // `plain`: unquoted, where true and yes are booleans rather than texts.
  void add(const std::string& piece, bool plain, const SourceLocation& where) {
    if (blank(piece)) {
      fail(where, message(MessageId::evidence_piece_empty, {owner_}));
    } else if (plain && looks_boolean(piece)) {
      fail(where, message(MessageId::evidence_piece_boolean, {owner_, piece}));
    } else if (std::optional<char32_t> control = control_character(piece)) {
      fail(where, message(MessageId::evidence_piece_control, {owner_, fmt::format("{:04X}", static_cast<unsigned>(*control))}));
    } else if (std::find(pieces_.begin(), pieces_.end(), piece) != pieces_.end()) {
      fail(where, message(MessageId::evidence_piece_twice, {owner_, piece}));
    } else {
      pieces_.push_back(piece);
    }
  }

  void fail(const SourceLocation& where, Text text) {
    diagnostics_.error(where, std::move(text), RuleId::invalid_evidence);
  }

  // Refuses a list longer than max_evidence as a whole, at `where`.
  bool within_limit(std::size_t count, const SourceLocation& where) {
    if (count <= max_evidence) return true;
    fail(where, message(MessageId::evidence_too_many, {owner_, count, max_evidence}));
    return false;
  }

  std::vector<std::string> take() { return std::move(pieces_); }

 private:
  const Text& owner_;
  Diagnostics& diagnostics_;
  std::vector<std::string> pieces_;
};

}  // namespace

std::vector<std::string> read_evidence(const yaml::Node& node, const std::string& file, const Text& owner,
                                       Diagnostics& diagnostics) {
  EvidenceList list(owner, diagnostics);
  const SourceLocation where = yaml::location_of(node, file);
  if (node.kind == yaml::NodeKind::scalar) {
    list.add(node.value, node.plain, where);
  } else if (node.kind != yaml::NodeKind::sequence) {
    list.fail(where, message(MessageId::evidence_not_list, {owner, yaml::describe(node)}));
  } else if (list.within_limit(node.items.size(), where)) {
    for (const yaml::NodePtr& piece : node.items) {
      if (piece->kind == yaml::NodeKind::scalar) {
        list.add(piece->value, piece->plain, yaml::location_of(*piece, file));
      } else {
        list.fail(yaml::location_of(*piece, file),
                  message(MessageId::evidence_piece_not_text, {owner, yaml::describe(*piece)}));
      }
    }
  }
  return list.take();
}

std::vector<std::string> evidence_cell_pieces(std::string_view cell) {
  // The separators, as bytes: ';', '；' (U+FF1B) and the line breaks.
  std::vector<std::string> pieces;
  std::string piece;
  auto finish = [&] {
    std::size_t first = piece.find_first_not_of(' ');
    if (first != std::string::npos) pieces.push_back(piece.substr(first, piece.find_last_not_of(' ') - first + 1));
    piece.clear();
  };
  const std::string_view full_width = "\xEF\xBC\x9B";
  for (std::size_t i = 0; i < cell.size(); ++i) {
    if (cell[i] == ';' || cell[i] == '\n' || cell[i] == '\r') {
      finish();
    } else if (cell.substr(i).starts_with(full_width)) {
      finish();
      i += full_width.size() - 1;
    } else {
      piece += cell[i];
    }
  }
  finish();
  return pieces;
}

std::vector<std::string> read_evidence_cell(std::string_view cell, const SourceLocation& where, const Text& owner,
                                            Diagnostics& diagnostics) {
  const std::vector<std::string> pieces = evidence_cell_pieces(cell);
  EvidenceList list(owner, diagnostics);
  if (list.within_limit(pieces.size(), where)) {
    // A cell has no quoting to tell words from booleans: read like plain YAML, as its rating is.
    for (const std::string& text : pieces) list.add(text, true, where);
  }
  return list.take();
}

void report_missing_evidence(const ReadOptions& options, const SourceLocation& where, Text text,
                             Diagnostics& diagnostics) {
  if (!options.require_evidence) return;
  diagnostics.add({*options.require_evidence, where, std::move(text), std::string(rule_name(RuleId::missing_evidence))});
}

}  // namespace cityseceval
