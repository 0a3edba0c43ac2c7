#include "cityseceval/render_explain.h"
#include "explain_blocks.h"
#include "text_table.h"

namespace cityseceval {

namespace {

// Notes, facts and explanations wrap at this width; IDs and names never do.
constexpr std::size_t prose_wrap = 40;

// Every cell and value made safe for one line of a terminal.
LabelledLines one_line_each(const LabelledLines& lines) {
  LabelledLines out;
  for (const auto& [label, value] : lines) out.emplace_back(label, one_line(value));
  return out;
}

std::string table_text(const ExplainTable& table) {
  std::vector<TextTable::Column> columns;
  std::vector<bool> no_wrap;
  for (ExplainColumn column : table.columns) {
    switch (column) {
      case ExplainColumn::label:
        columns.push_back({TextTable::Align::left});
        break;
      case ExplainColumn::number:
        columns.push_back({TextTable::Align::right});
        break;
      case ExplainColumn::prose:
        columns.push_back({TextTable::Align::left, prose_wrap});
        break;
    }
    no_wrap.push_back(column == ExplainColumn::label);
  }
  TextTable layout(std::move(columns));
  layout.add_row(table.header, no_wrap);
  for (const std::vector<std::string>& row : table.rows) {
    std::vector<std::string> cells;
    for (const std::string& cell : row) cells.push_back(one_line(cell));
    layout.add_row(std::move(cells), no_wrap);
  }
  return one_line(table.title) + "\n" + layout.render();
}

}  // namespace

std::string render_explain_text(const Explanation& explanation, Language language) {
  const ExplainDocument document = explain_document(explanation, language);
  std::string out = labelled_lines(one_line_each(document.header));
  for (const ExplainBlock& block : document.blocks) {
    out += "\n";
    for (const ExplainTable& table : block.tables) out += table_text(table);
    out += labelled_lines(one_line_each(block.lines));
  }
  return out;
}

}  // namespace cityseceval
