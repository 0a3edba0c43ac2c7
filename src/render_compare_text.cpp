#include <fmt/format.h>

#include "cityseceval/render_compare.h"
#include "compare_cells.h"
#include "text_table.h"

namespace cityseceval {

namespace {

class CompareTextRenderer {
 public:
  CompareTextRenderer(const Comparison& comparison, Language language)
      : comparison_(comparison), language_(language), labels_(compare_labels(language)) {}

  std::string render() const {
    std::string out = labelled_lines(compare_header(comparison_, language_));
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
  // The largest gains or losses: ID, name and delta, one line each.
  std::string ranking(const char* title, const std::vector<IndicatorDelta>& entries) const {
    std::string out = fmt::format("\n{}\n", title);
    if (entries.empty()) return out + fmt::format("  {}\n", labels_.none);
    TextTable table({{TextTable::Align::left}, {TextTable::Align::left}, {TextTable::Align::right}});
    for (const IndicatorDelta& entry : entries) {
      table.add_row({"  " + entry.indicator->id, one_line(entry.indicator->display_name(language_)),
                     delta_cell(comparison_, entry)});
    }
    return out + table.render();
  }

  std::string indicator_section() const {
    TextTable table({{TextTable::Align::left},
                     {TextTable::Align::left},
                     {TextTable::Align::right},
                     {TextTable::Align::right},
                     {TextTable::Align::right},
                     {TextTable::Align::right},
                     {TextTable::Align::left}});
    const bool status = has_status_changes(comparison_);
    std::vector<std::string> heading = {labels_.id,    labels_.indicator, labels_.before,
                                        labels_.after, labels_.delta,     labels_.max};
    if (status) heading.push_back(labels_.status);
    table.add_row(heading);
    for (const IndicatorDelta& entry : comparison_.indicators) {
      const Indicator& indicator = *entry.indicator;
      std::string indent(2 * static_cast<std::size_t>(indicator.level - 1), ' ');
      table.add_row({indent + indicator.id, one_line(indicator.display_name(language_)),
                     side_cell(*comparison_.before, entry.before), side_cell(*comparison_.after, entry.after),
                     delta_cell(comparison_, entry), max_cell(comparison_, entry), status_cell(entry, language_)});
    }
    const char* title = comparison_.all_indicators ? labels_.all_indicators : labels_.changed_indicators;
    return fmt::format("\n{}\n", title) + table.render();
  }

  std::string item_section() const {
    std::string out = fmt::format("\n{}\n", labels_.changed_items);
    if (comparison_.items.empty()) return out + fmt::format("  {}\n", labels_.none);
    const bool points = has_rule_items(comparison_);
    TextTable table({{TextTable::Align::left}, {TextTable::Align::left}, {TextTable::Align::left},
                     {TextTable::Align::right}});
    std::vector<std::string> heading = {labels_.item, labels_.indicator, labels_.change};
    if (points) heading.push_back(labels_.points);
    table.add_row(heading);
    for (const ItemChange& change : comparison_.items) {
      table.add_row({change.item->id, indicator_label(*change.indicator, language_),
                     item_change_cell(change, language_), item_points_cell(comparison_, change)});
    }
    return out + table.render();
  }

  // With two trees: what could not be compared.
  std::string not_compared() const {
    if (comparison_.only_before.empty() && comparison_.only_after.empty()) return "";
    LabelledLines lines = {{"  " + std::string(labels_.only_before), id_list(comparison_.only_before, language_)},
                           {"  " + std::string(labels_.only_after), id_list(comparison_.only_after, language_)}};
    return fmt::format("\n{}\n", labels_.not_compared) + labelled_lines(lines);
  }

  const Comparison& comparison_;
  Language language_;
  const CompareLabels& labels_;
};

}  // namespace

std::string render_compare_text(const Comparison& comparison, Language language) {
  return CompareTextRenderer(comparison, language).render();
}

}  // namespace cityseceval
