#include <fmt/format.h>

#include "cityseceval/render_gaps.h"
#include "compare_cells.h"
#include "gap_cells.h"
#include "text_table.h"

namespace cityseceval {

namespace {

// Long cells wrap at these widths; IDs and numbers never do.
constexpr std::size_t indicator_wrap = 24;
constexpr std::size_t now_wrap = 32;
constexpr std::size_t step_wrap = 40;

class GapTextRenderer {
 public:
  GapTextRenderer(const Gaps& gaps, Language language, const GapRenderOptions& options)
      : gaps_(gaps), language_(language), options_(options), labels_(gap_labels(language)) {}

  std::string render() const { return labelled_lines(gap_header(gaps_, language_)) + priorities() + plan(); }

 private:
  std::string priorities() const {
    const std::vector<ShownGroup> groups = shown_items(gaps_, options_);
    std::string out = fmt::format("\n{}", labels_.priorities);
    std::size_t shown = 0;
    for (const ShownGroup& group : groups) shown += group.items.size();
    if (shown < gaps_.items.size()) out += fmt::format(fmt::runtime(labels_.shown), shown, gaps_.items.size());
    out += "\n";
    if (gaps_.items.empty()) return out + fmt::format("  {}\n", labels_.none_below);
    for (const ShownGroup& group : groups) {
      if (group.dimension) out += fmt::format("\n{} ({})\n", indicator_label(*group.dimension, language_), group.total);
      out += table(group.items);
    }
    std::vector<std::string> notes = marker_notes(gaps_, groups, language_);
    if (!notes.empty()) out += "\n";
    for (const std::string& note : notes) out += note + "\n";
    return out;
  }

  std::string table(const std::vector<std::size_t>& items) const {
    const bool rules = has_rule_steps(gaps_);
    std::vector<TextTable::Column> columns = {{TextTable::Align::right},
                                              {TextTable::Align::left},
                                              {TextTable::Align::left, indicator_wrap},
                                              {TextTable::Align::left, now_wrap},
                                              {TextTable::Align::left, step_wrap},
                                              {TextTable::Align::right},
                                              {TextTable::Align::right}};
    if (rules) columns.insert(columns.begin() + 6, {TextTable::Align::right});
    TextTable out(columns);
    out.add_row(item_heading(gaps_, language_));
    for (std::size_t i : items) out.add_row(item_row(gaps_, i, language_));
    return out.render();
  }

  std::string plan() const {
    std::string out = fmt::format("\n{}\n", plan_title(gaps_, language_));
    const std::vector<std::string> sentences = plan_sentences(gaps_, language_);
    const bool listed = gaps_.plan && gaps_.plan->reachable && !gaps_.plan->reached;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      out += "  " + sentences[i] + "\n";
      // The items after the sentence that announces them.
      if (listed && i == 1) out += plan_items();
    }
    return out;
  }

  std::string plan_items() const {
    TextTable out({{TextTable::Align::left},
                   {TextTable::Align::left, indicator_wrap},
                   {TextTable::Align::left, step_wrap},
                   {TextTable::Align::right}});
    for (std::size_t i : gaps_.plan->items) {
      const ItemGap& gap = gaps_.items[i];
      out.add_row({"    " + gap.item->id, indicator_label(*gap.indicator, language_), step_cell(gap.full, language_),
                   gain_cell(gaps_, gap.full)});
    }
    return out.render();
  }

  const Gaps& gaps_;
  Language language_;
  const GapRenderOptions& options_;
  const GapLabels& labels_;
};

}  // namespace

std::string render_gaps_text(const Gaps& gaps, Language language, const GapRenderOptions& options) {
  return GapTextRenderer(gaps, language, options).render();
}

}  // namespace cityseceval
