#include <fmt/format.h>

#include <algorithm>

#include "cityseceval/render_gaps.h"
#include "compare_cells.h"
#include "gap_cells.h"
#include "markdown_text.h"

namespace cityseceval {

namespace {

class GapMarkdownRenderer {
 public:
  GapMarkdownRenderer(const Gaps& gaps, Language language, const GapRenderOptions& options, int level)
      : gaps_(gaps), language_(language), options_(options), labels_(gap_labels(language)), level_(level) {}

  std::string render() const {
    std::string out = heading(0, labels_.title);
    if (options_.header) {
      for (const auto& [label, value] : gap_header(gaps_, language_)) out += markdown_field(label, value, language_);
      out += "\n";  // the list ends; a heading ends with its blank line already
    }
    return out + priorities() + plan();
  }

 private:
  // "## Title\n\n", `depth` levels below the report's title.
  std::string heading(int depth, const std::string& title) const {
    std::string marks(static_cast<std::size_t>(std::clamp(level_ + depth, 1, 6)), '#');
    return fmt::format("{} {}\n\n", marks, escape_inline(title));
  }

  std::string priorities() const {
    const std::vector<ShownGroup> groups = shown_items(gaps_, options_);
    std::string title = labels_.priorities_under_title;
    std::size_t shown = 0;
    for (const ShownGroup& group : groups) shown += group.items.size();
    if (shown < gaps_.items.size()) title += fmt::format(fmt::runtime(labels_.shown), shown, gaps_.items.size());
    std::string out = heading(1, title);
    if (gaps_.items.empty()) return out + fmt::format("*{}*\n", labels_.none_below);
    for (std::size_t g = 0; g < groups.size(); ++g) {
      const ShownGroup& group = groups[g];
      if (g > 0) out += "\n";
      if (group.dimension) {
        out += heading(2, fmt::format("{} ({})", indicator_label(*group.dimension, language_), group.total));
      }
      out += table(group.items);
    }
    for (const std::string& note : marker_notes(gaps_, groups, language_)) out += "\n" + escape_inline(note) + "\n";
    return out;
  }

  std::string table(const std::vector<std::size_t>& items) const {
    std::vector<std::string> align = {"---:", "---", "---", "---", "---", "---:", "---:"};
    if (has_rule_steps(gaps_)) align.push_back("---:");
    std::string out = markdown_heading(item_heading(gaps_, language_), align);
    for (std::size_t i : items) out += markdown_row(item_row(gaps_, i, language_));
    return out;
  }

  std::string plan() const {
    std::string out = "\n" + heading(1, plan_title(gaps_, language_));
    const std::vector<std::string> sentences = plan_sentences(gaps_, language_);
    const bool listed = gaps_.plan && gaps_.plan->reachable && !gaps_.plan->reached;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      out += (i == 0 ? "" : "\n") + escape_inline(sentences[i]) + "\n";
      if (listed && i == 1) out += "\n" + plan_items();
    }
    return out;
  }

  std::string plan_items() const {
    std::string out = markdown_heading(plan_item_heading(language_), {"---", "---", "---", "---:"});
    for (std::size_t i : gaps_.plan->items) out += markdown_row(plan_item_row(gaps_, i, language_));
    return out;
  }

  const Gaps& gaps_;
  Language language_;
  const GapRenderOptions& options_;
  const GapLabels& labels_;
  int level_;
};

}  // namespace

std::string render_gaps_markdown(const Gaps& gaps, Language language, const GapRenderOptions& options, int level) {
  return GapMarkdownRenderer(gaps, language, options, level).render();
}

}  // namespace cityseceval
