#include <fmt/format.h>

#include "cityseceval/render_compare.h"
#include "compare_cells.h"
#include "compare_markdown.h"
#include "markdown_text.h"
#include "text_table.h"

namespace cityseceval {

namespace {

class CompareMarkdownRenderer {
 public:
  CompareMarkdownRenderer(const Comparison& comparison, Language language, int level)
      : comparison_(comparison), language_(language), labels_(compare_labels(language)),
        section_(std::string(static_cast<std::size_t>(level), '#')) {}

  std::string render() const {
    std::string out;
    for (const auto& [label, value] : compare_header(comparison_, language_)) out += markdown_field(label, value, language_);
    if (comparison_.nothing_changed()) {
      out += fmt::format("\n{}\n", labels_.nothing_changed);
      if (!comparison_.indicators.empty()) out += indicator_section();
    } else {
      out += ranking(labels_.gains, comparison_.gains) + ranking(labels_.losses, comparison_.losses);
      out += indicator_section() + item_section();
    }
    return out + not_compared();
  }

 private:
  std::string ranking(const char* title, const std::vector<IndicatorDelta>& entries) const {
    std::string out = fmt::format("\n{} {}\n\n", section_, title);
    if (entries.empty()) return out + fmt::format("*{}*\n", labels_.none);
    out += markdown_heading({labels_.id, labels_.indicator, labels_.delta}, {"---", "---", "---:"});
    for (const IndicatorDelta& entry : entries) {
      out += markdown_row({entry.indicator->id, entry.indicator->display_name(language_), delta_cell(comparison_, entry)});
    }
    return out;
  }

  std::string indicator_section() const {
    const char* title = comparison_.all_indicators ? labels_.all_indicators : labels_.changed_indicators;
    std::string out = fmt::format("\n{} {}\n\n", section_, title);
    const bool status = has_status_changes(comparison_);
    std::vector<std::string> cells = {labels_.id,    labels_.indicator, labels_.before,
                                      labels_.after, labels_.delta,     labels_.max};
    std::vector<std::string> align = {"---", "---", "---:", "---:", "---:", "---:"};
    if (status) {
      cells.push_back(labels_.status);
      align.push_back("---");
    }
    out += markdown_heading(cells, align);
    for (const IndicatorDelta& entry : comparison_.indicators) {
      std::vector<std::string> values = {entry.indicator->id, entry.indicator->display_name(language_),
                                         side_cell(*comparison_.before, entry.before),
                                         side_cell(*comparison_.after, entry.after), delta_cell(comparison_, entry),
                                         max_cell(comparison_, entry)};
      if (status) values.push_back(status_cell(entry, language_));
      out += markdown_row(values);
    }
    return out;
  }

  std::string item_section() const {
    std::string out = fmt::format("\n{} {}\n\n", section_, labels_.changed_items);
    if (comparison_.items.empty()) return out + fmt::format("*{}*\n", labels_.none);
    const bool points = has_rule_items(comparison_);
    std::vector<std::string> cells = {labels_.item, labels_.indicator, labels_.change};
    std::vector<std::string> align = {"---", "---", "---"};
    if (points) {
      cells.push_back(labels_.points);
      align.push_back("---:");
    }
    out += markdown_heading(cells, align);
    for (const ItemChange& change : comparison_.items) {
      std::vector<std::string> values = {change.item->id, indicator_label(*change.indicator, language_),
                                         item_change_cell(change, language_)};
      if (points) values.push_back(item_points_cell(comparison_, change));
      out += markdown_row(values);
    }
    return out;
  }

  std::string not_compared() const {
    if (comparison_.only_before.empty() && comparison_.only_after.empty()) return "";
    return fmt::format("\n{} {}\n\n", section_, labels_.not_compared) +
           markdown_field(labels_.only_before, id_list(comparison_.only_before, language_), language_) +
           markdown_field(labels_.only_after, id_list(comparison_.only_after, language_), language_);
  }

  const Comparison& comparison_;
  Language language_;
  const CompareLabels& labels_;
  std::string section_;  // "##": the sections' heading
};

}  // namespace

std::string render_compare_markdown(const Comparison& comparison, Language language) {
  return fmt::format("# {}\n\n", compare_labels(language).title) + compare_markdown_body(comparison, language, 2);
}

std::string compare_markdown_body(const Comparison& comparison, Language language, int level) {
  return CompareMarkdownRenderer(comparison, language, level).render();
}

}  // namespace cityseceval
