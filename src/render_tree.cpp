#include "cityseceval/render_tree.h"

#include <fmt/format.h>

#include "cityseceval/tailoring.h"
#include "overloaded.h"
#include "utf8.h"

namespace cityseceval {

namespace {

// A YAML double-quoted scalar that reads back as exactly `text`. Quotes,
// backslashes and every character YAML does not print as itself (controls,
// line and paragraph separators, the byte-order mark) are escaped; the rest,
// Chinese included, is written as it is.
std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (std::string_view character : utf8::characters(text)) {
    if (character.size() == 1) {
      char c = character[0];
      if (c == '"' || c == '\\') {
        out += '\\';
        out += c;
      } else if (c == '\n') {
        out += "\\n";
      } else if (c == '\t') {
        out += "\\t";
      } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
        out += fmt::format("\\x{:02X}", static_cast<unsigned char>(c));
      } else {
        out += c;
      }
      continue;
    }
    char32_t code = utf8::decode(character).front();
    bool unprintable = (code >= 0x80 && code <= 0x9F) || code == 0x2028 || code == 0x2029 || code == 0xFEFF ||
                       code == 0xFFFE || code == 0xFFFF;
    out += unprintable ? fmt::format("\\u{:04X}", static_cast<unsigned>(code)) : std::string(character);
  }
  return out + "\"";
}

// A number exactly: a plain decimal ("2.5", "100") when it is one, else a
// fraction ("100/3"), which the tree loader reads back for points and weights
// (every other number of a tree was read from a decimal).
std::string decimal(const Rational& value) { return value.exact_text(); }

class TreeWriter {
 public:
  TreeWriter(const Scheme& scheme, PointsForm form) : scheme_(scheme), form_(form) {}

  std::string render(const RatingMean& kind) {
    out_ = "# An indicator tree written by cityseceval (format: docs/tree-format.md).\n";
    text(0, "id", scheme_.id);
    text(0, "title", scheme_.title);
    text_if_any(0, "title_en", scheme_.title_en);
    text_if_any(0, "source", scheme_.source);
    text_if_any(0, "version", scheme_.version);
    plain(0, "max_points", decimal(scheme_.max_points));
    if (scheme_.total_cap) plain(0, "total_cap", decimal(*scheme_.total_cap));
    line(0, "precision:");
    plain(2, "decimals", std::to_string(scheme_.precision.decimals));
    plain(2, "rounding", std::string(rounding_name(scheme_.precision.rounding)));
    scale(kind.scale);
    grades();
    if (scheme_.tailoring) tailoring(*scheme_.tailoring);
    line(0, "indicators:");
    for (const Indicator& indicator : scheme_.indicators) this->indicator(indicator, 4);
    return out_;
  }

 private:
  // --- Lines ------------------------------------------------------------------------

  void line(int indent, std::string_view text) {
    if (dash_at_ >= 0) {
      out_ += std::string(static_cast<std::size_t>(dash_at_), ' ') + "- ";
      dash_at_ = -1;
    } else {
      out_ += std::string(static_cast<std::size_t>(indent), ' ');
    }
    out_ += text;
    out_ += '\n';
  }
  // The next line starts a list entry whose keys are at `indent`.
  void entry(int indent) { dash_at_ = indent - 2; }
  void plain(int indent, std::string_view key, const std::string& value) {
    line(indent, fmt::format("{}: {}", key, value));
  }
  void text(int indent, std::string_view key, std::string_view value) { plain(indent, key, quoted(value)); }
  void text_if_any(int indent, std::string_view key, std::string_view value) {
    if (!value.empty()) text(indent, key, value);
  }

  // --- Sections ---------------------------------------------------------------------

  // A rating level or a grade band starts as the list entry of its words.
  void named_entry(const std::string& id, const std::string& name, const std::string& name_en) {
    entry(4);
    text(4, "id", id);
    text(4, "name", name);
    text_if_any(4, "name_en", name_en);
  }

  void scale(const RatingScale& scale) {
    line(0, "scale:");
    for (const RatingLevel& level : scale.levels) {
      named_entry(level.id, level.name, level.name_en);
      plain(4, "value", decimal(level.value));
    }
  }

  void grades() {
    if (scheme_.grades.empty()) return;
    line(0, "grades:");
    for (const GradeBand& band : scheme_.grades) {
      named_entry(band.id, band.name, band.name_en);
      plain(4, "min", decimal(band.min));
      plain(4, "min_inclusive", band.min_inclusive ? "true" : "false");
      plain(4, "max", decimal(band.max));
      plain(4, "max_inclusive", band.max_inclusive ? "true" : "false");
    }
  }

  // Where a tailored scheme comes from, as tailoring_record.h reads it.
  void tailoring(const Tailoring& record) {
    line(0, "tailoring:");
    line(2, "base:");
    text(4, "id", record.base_id);
    text_if_any(4, "version", record.base_version);
    if (record.changes.empty()) {
      line(2, "changes: []");
      return;
    }
    line(2, "changes:");
    for (const TailoringChange& change : record.changes) {
      entry(6);
      plain(6, "kind", std::string(change_kind_name(change.kind)));
      text_if_any(6, "indicator", change.indicator);
      text_if_any(6, "item", change.item);
      text_if_any(6, "text", change.text);
      if (change.kind == TailoringChange::Kind::points) {
        plain(6, "from", decimal(change.from));
        plain(6, "to", decimal(change.to));
      }
      text_if_any(6, "reason", change.reason);
    }
  }

  void indicator(const Indicator& indicator, int indent) {
    entry(indent);
    text(indent, "id", indicator.id);
    text(indent, "name", indicator.name);
    text_if_any(indent, "heading", indicator.heading);
    text_if_any(indent, "name_en", indicator.name_en);
    points(indicator, indent);
    text_if_any(indent, "description", indicator.description);
    if (indicator.floor) plain(indent, "floor", decimal(*indicator.floor));
    if (indicator.bonus) plain(indent, "bonus", "true");
    if (indicator.cap) plain(indent, "cap", decimal(*indicator.cap));
    if (!indicator.children.empty()) {
      line(indent, "children:");
      for (const Indicator& child : indicator.children) this->indicator(child, indent + 4);
    }
    if (!indicator.items.empty()) {
      line(indent, "items:");
      for (const Item& item : indicator.items) this->item(item, indent + 4);
    }
    if (!indicator.retired_items.empty()) {
      std::vector<std::string> ids;
      for (const std::string& id : indicator.retired_items) ids.push_back(quoted(id));
      plain(indent, "retired_items", fmt::format("[{}]", fmt::join(ids, ", ")));
    }
  }

  // What an indicator is worth in the scheme: its points, or its weight
  // (a bonus section always has points: it is added after the weighted sum).
  void points(const Indicator& indicator, int indent) {
    if (form_ == PointsForm::weights && !indicator.bonus) {
      plain(indent, "weight", decimal(scheme_.weight_of(indicator)));
    } else {
      plain(indent, "points", decimal(indicator.points));
    }
  }

  void item(const Item& item, int indent) {
    entry(indent);
    text(indent, "id", item.id);
    text(indent, "text", item.text);
    if (std::get<RatedItem>(item.kind).direct_score) plain(indent, "direct_score", "true");
  }

  const Scheme& scheme_;
  PointsForm form_;
  std::string out_;
  int dash_at_ = -1;  // the column of the next line's "- ", or -1
};

}  // namespace

std::optional<std::string> render_tree_yaml(const Scheme& scheme) { return render_tree_yaml(scheme, scheme.form); }

std::optional<std::string> render_tree_yaml(const Scheme& scheme, PointsForm form) {
  return std::visit(overloaded{[&](const RatingMean& kind) -> std::optional<std::string> {
                                 return TreeWriter(scheme, form).render(kind);
                               },
                               [](const PointsSum&) -> std::optional<std::string> { return std::nullopt; }},
                    scheme.aggregation);
}

}  // namespace cityseceval
