#include <fmt/format.h>

#include "cityseceval/render_explain.h"
#include "explain_blocks.h"
#include "markdown_text.h"
#include "text_table.h"

namespace cityseceval {

namespace {

std::string table_markdown(const ExplainTable& table) {
  std::vector<std::string> align;
  for (ExplainColumn column : table.columns) align.push_back(column == ExplainColumn::number ? "---:" : "---");
  std::string out = fmt::format("## {}\n\n", escape_inline(one_line(table.title)));
  out += markdown_heading(table.header, align);
  for (const std::vector<std::string>& cells : table.rows) out += markdown_row(cells);
  return out;
}

// Lines of a label and a value as a list: "- **Mean:** 2.3 ÷ 3 = ...".
std::string list(const LabelledLines& lines, Language language) {
  std::string out;
  for (const auto& [label, value] : lines) out += markdown_field(label, one_line(value), language);
  return out;
}

}  // namespace

std::string render_explain_markdown(const Explanation& explanation, Language language) {
  const ExplainDocument document = explain_document(explanation, language);
  std::string out = fmt::format("# {}\n\n", escape_inline(one_line(document.title))) + list(document.header, language);
  for (const ExplainBlock& block : document.blocks) {
    out += "\n";
    for (const ExplainTable& table : block.tables) out += table_markdown(table);
    out += list(block.lines, language);
  }
  return out;
}

}  // namespace cityseceval
