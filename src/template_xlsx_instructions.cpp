// The instructions sheet of the workbook template (说明 / Instructions): the
// scheme and the tool that wrote the template, how to fill it in, and the
// rating scale or every item's rule with what it takes. For people only: the
// reader reads the first sheet.
#include <fmt/format.h>

#include <variant>

#include "cityseceval/version.h"
#include "overloaded.h"
#include "template_content.h"
#include "template_xlsx.h"

namespace cityseceval {

namespace {

constexpr std::size_t text_cap = 40;
constexpr std::size_t fill_in_cap = 60;

class Instructions {
 public:
  Instructions(TemplateSheet& sheet, const TemplateContext& context)
      : sheet_(sheet), context_(context), words_(context.words), formats_(context.formats) {}

  void write() {
    const Scheme& scheme = context_.scheme;
    sheet_.spilling_text(row_++, 0, words_.instructions_title, formats_.title);
    sheet_.spilling_text(row_++, 0, template_heading(scheme, context_.language), formats_.plain);
    ++row_;
    field(label_text(workbook::scheme_field, context_.language, sheet_.script()), scheme.id);
    field(words_.scheme_version, scheme.version);
    field(words_.tool_version, tool_name_and_version());
    ++row_;
    sheet_.spilling_text(row_++, 0, template_summary(scheme, context_.language), formats_.plain);
    ++row_;
    std::visit(overloaded{[&](const RatingMean& kind) {
                            steps(rating_steps());
                            scale(kind.scale);
                          },
                          [&](const PointsSum&) {
                            steps(rule_steps());
                            rules();
                          }},
               scheme.aggregation);
  }

 private:
  void field(std::string_view label, std::string_view value) {
    sheet_.text(row_, 0, label, formats_.label);
    sheet_.text(row_++, 1, value, formats_.plain);
  }

  std::string_view not_applicable() const {
    return context_.language == Language::en ? not_applicable_word : not_applicable_word_zh;
  }

  bool any_direct_score() const {
    for (const TemplateItem& at : template_items(context_.scheme, context_.language, context_.scope)) {
      if (std::get<RatedItem>(at.item->kind).direct_score) return true;
    }
    return false;
  }

  std::vector<std::string> rating_steps() const {
    std::vector<std::string> steps = {std::string(words_.opening_step)};
    for (std::string_view step : words_.rating_steps) steps.push_back(fmt::format(fmt::runtime(step), not_applicable()));
    if (any_direct_score()) {
      std::string_view mark = direct_score_mark(context_.language);
      mark.remove_suffix(mark.ends_with(' ') ? 1 : 0);  // the mark without the space before an item's text
      steps.push_back(fmt::format(fmt::runtime(words_.direct_score_step), mark));
    }
    return steps;
  }

  std::vector<std::string> rule_steps() const {
    std::vector<std::string> steps = {std::string(words_.opening_step)};
    steps.insert(steps.end(), words_.rule_steps.begin(), words_.rule_steps.end());
    return steps;
  }

  // The numbered steps, then the closing ones every template shares.
  void steps(std::vector<std::string> steps) {
    steps.insert(steps.end(), words_.closing_steps.begin(), words_.closing_steps.end());
    sheet_.text(row_++, 0, words_.how_to_fill, formats_.label);
    for (std::size_t i = 0; i < steps.size(); ++i) {
      sheet_.spilling_text(row_++, 0, fmt::format("{}. {}", i + 1, steps[i]), formats_.plain);
    }
    ++row_;
  }

  // Each word of the dropdown, what it means and its value.
  void scale(const RatingScale& scale) {
    const bool english = context_.language == Language::en;
    sheet_.text(row_++, 0, words_.scale_heading, formats_.label);
    header({label_text(workbook::rating_columns[column_of(workbook::rating_columns, "rating")], context_.language,
                       sheet_.script()),
            words_.meaning, words_.value});
    for (const RatingLevel& level : scale.levels) {
      sheet_.text(row_, 0, english ? level.id : level.name, formats_.plain);
      sheet_.text(row_, 1, english ? meaning(level.name_en, level.name) : meaning(level.id, level.name_en),
                  formats_.wrapped);
      sheet_.number(row_++, 2, level.value, formats_.plain);
    }
    sheet_.text(row_, 0, not_applicable(), formats_.plain);
    sheet_.text(row_, 1,
                english ? meaning(words_.not_applicable_meaning, not_applicable_word_zh)
                        : meaning(not_applicable_word, words_.not_applicable_meaning),
                formats_.wrapped);
    sheet_.text(row_++, 2, words_.not_applicable_value, formats_.wrapped);
    sheet_.fit_columns({0, text_cap, text_cap});
  }

  // "full（fully satisfied）" / "fully satisfied (全部满足)".
  std::string meaning(std::string_view first, std::string_view second) const {
    return second.empty() ? std::string(first) : fmt::format(fmt::runtime(words_.candidate), first, second);
  }

  // Every item's rule in words and what to fill in for it, a row per part.
  void rules() {
    using workbook::rule_columns;
    sheet_.text(row_++, 0, words_.rules_heading, formats_.label);
    auto label = [&](std::string_view key) {
      return label_text(rule_columns[column_of(rule_columns, key)], context_.language, sheet_.script());
    };
    header({label("id"), label("part"), label("item"), label("rule"), words_.what_to_fill});
    for (const TemplateItem& at : template_items(context_.scheme, context_.language, context_.scope)) {
      for (const RuleRow& part : rule_rows(std::get<RuleItem>(at.item->kind).rule)) {
        sheet_.text(row_, 0, at.item->id, formats_.plain);
        sheet_.text(row_, 1, part.part, formats_.plain);
        sheet_.text(row_, 2, at.item->text, formats_.wrapped);
        sheet_.text(row_, 3, describe(*part.rule).in(context_.language), formats_.wrapped);
        sheet_.text(row_++, 4, fill_in_words(*part.rule, context_), formats_.wrapped);
      }
    }
    sheet_.fit_columns({0, 0, text_cap, text_cap, fill_in_cap});
  }

  void header(const std::vector<std::string_view>& labels) {
    for (std::size_t i = 0; i < labels.size(); ++i) {
      sheet_.text(row_, static_cast<lxw_col_t>(i), labels[i], formats_.header);
    }
    ++row_;
  }

  TemplateSheet& sheet_;
  const TemplateContext& context_;
  const TemplateWords& words_;
  const TemplateFormats& formats_;
  lxw_row_t row_ = 0;
};

}  // namespace

void write_instructions(TemplateSheet& sheet, const TemplateContext& context) { Instructions(sheet, context).write(); }

}  // namespace cityseceval
