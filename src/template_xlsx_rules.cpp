// The rows of a points-sum scheme's sheet to fill: one per item, one per part
// of a composite rule (the item's id repeated, the part's name beside it),
// each with its rule in words and the input cells its fact takes, shaped by
// data validations (docs/workbook-format.md). Cells a row does not use stay
// unshaded and locked.
#include <fmt/format.h>

#include <variant>

#include "cityseceval/messages.h"
#include "template_content.h"
#include "template_xlsx.h"
#include "utf8.h"

namespace cityseceval {

namespace {

constexpr std::size_t name_cap = 24;
constexpr std::size_t item_cap = 40;
constexpr std::size_t rule_cap = 40;
constexpr std::size_t note_cap = 36;
constexpr std::size_t number_width = 8;

void collect_rows(const Rule& rule, const std::string& part, std::vector<RuleRow>& rows) {
  const auto* composite = std::get_if<CompositeRule>(&rule.spec);
  if (composite == nullptr) {
    rows.push_back({part, &rule});
    return;
  }
  for (const RulePart& inner : composite->parts) {
    collect_rows(inner.rule, part.empty() ? inner.name : part + "." + inner.name, rows);
  }
}

// The cells of one row that take the fact, by column key.
struct FactCells {
  lxw_col_t value;
  lxw_col_t numerator;
  lxw_col_t denominator;
  lxw_col_t missing;
};

class RuleSheet {
 public:
  RuleSheet(TemplateSheet& sheet, const TemplateContext& context)
      : sheet_(sheet),
        context_(context),
        words_(context.words),
        yes_(label_text(workbook::yes_word, context.language, sheet.script())),
        no_(label_text(workbook::no_word, context.language, sheet.script())),
        cells_{column_of(workbook::rule_columns, "value"), column_of(workbook::rule_columns, "numerator"),
               column_of(workbook::rule_columns, "denominator"), column_of(workbook::rule_columns, "missing")} {}

  lxw_row_t write(lxw_row_t header_row) {
    using workbook::rule_columns;
    write_header_row(sheet_, context_, header_row, rule_columns);
    lxw_row_t row = header_row;
    for (const TemplateItem& at : template_items(context_.scheme, context_.language, context_.scope)) {
      const RuleItem& kind = std::get<RuleItem>(at.item->kind);
      std::vector<RuleRow> rows = rule_rows(kind.rule);
      for (std::size_t i = 0; i < rows.size(); ++i) item_row(++row, at, kind, rows[i], i == 0);
    }
    fit(rule_columns.size());
    return row;
  }

 private:
  void item_row(lxw_row_t row, const TemplateItem& at, const RuleItem& kind, const RuleRow& part, bool first) {
    using workbook::rule_columns;
    const TemplateFormats& formats = context_.formats;
    const Language language = context_.language;
    const std::string& indicator = at.indicator->display_name(language);
    sheet_.text(row, column_of(rule_columns, "id"), at.item->id, formats.plain);
    sheet_.text(row, column_of(rule_columns, "part"), part.part, formats.plain);
    sheet_.text(row, column_of(rule_columns, "level1"), at.level1, formats.wrapped);
    sheet_.text(row, column_of(rule_columns, "level2"), at.level2.empty() ? indicator : at.level2 + " / " + indicator,
                formats.wrapped);
    sheet_.text(row, column_of(rule_columns, "item"), at.item->text, formats.wrapped);
    sheet_.text(row, column_of(rule_columns, "rule"), describe(*part.rule).in(language), formats.wrapped);
    // The item's points once, on its first row (a bonus item has none of its own).
    if (first && kind.points) sheet_.number(row, column_of(rule_columns, "points"), *kind.points, formats.plain);
    fact_cells(row, *part.rule);
    // The item's note and evidence go on its first row.
    if (first) {
      sheet_.blank(row, column_of(rule_columns, "note"), formats.input);
      sheet_.blank(row, column_of(rule_columns, "evidence"), formats.input);
    }
  }

  // The input cells `rule`'s fact takes, each shaded and validated; the
  // input message of each is the rule's "what to fill in".
  void fact_cells(lxw_row_t row, const Rule& rule) {
    std::string message = fill_in_words(rule, context_);
    switch (fact_kind(rule)) {
      case FactKind::boolean:
        input(row, cells_.value, yes_no(message));
        break;
      case FactKind::count:
        input(row, cells_.value, whole(0, message));
        break;
      case FactKind::ratio:
        input(row, cells_.numerator, whole(0, message));
        input(row, cells_.denominator, whole(1, message));
        if (scores_existence(rule)) input(row, cells_.value, yes_no(message));
        break;
      case FactKind::choice: {
        InputRule dropdown = list(outcome_ids(std::get<ChoiceRule>(rule.spec)), message);
        // A longer list of outcomes points to the instructions instead of being cut.
        if (!fits_input_message(dropdown.input_message)) {
          dropdown.input_message = words_.choice_input_short;
        }
        input(row, cells_.value, dropdown);
        break;
      }
      case FactKind::score:
        input(row, cells_.value, score(rule, message));
        break;
      case FactKind::missing: {
        InputRule ids;
        ids.input_message = fits_input_message(message) ? message : std::string(words_.missing_input_short);
        input(row, cells_.missing, ids);
        break;
      }
      case FactKind::parts:
        break;  // rule_rows gave each part its own row
    }
  }

  void input(lxw_row_t row, lxw_col_t column, const InputRule& rule) {
    sheet_.blank(row, column, context_.formats.input);
    sheet_.validate(row, row, column, rule);
  }

  InputRule list(std::vector<std::string> words, std::string message) const {
    InputRule rule;
    rule.kind = InputRule::Kind::list;
    rule.words = std::move(words);
    rule.input_message = std::move(message);
    rule.error_message = words_.choose_from_list;
    rule.typed_list_message = words_.type_listed_word;
    return rule;
  }

  InputRule yes_no(std::string message) const { return list({std::string(yes_), std::string(no_)}, std::move(message)); }

  InputRule whole(long least, std::string message) const {
    InputRule rule;
    rule.kind = InputRule::Kind::whole_at_least;
    rule.minimum = Rational(least);
    rule.input_message = std::move(message);
    rule.error_message = fmt::format(fmt::runtime(words_.whole_number), least);
    return rule;
  }

  InputRule score(const Rule& rule, std::string message) const {
    InputRule range;
    range.kind = InputRule::Kind::decimal_between;
    if (const auto* external = std::get_if<ExternalRule>(&rule.spec)) {
      range.minimum = external->min;
      range.maximum = external->max;
    } else {
      const auto& judgement = std::get<JudgementRule>(rule.spec);
      range.minimum = judgement.min;
      range.maximum = judgement.max;
    }
    range.input_message = std::move(message);
    range.error_message = fmt::format(fmt::runtime(words_.number_between), range.minimum.short_string(),
                                      range.maximum.short_string());
    return range;
  }

  static std::vector<std::string> outcome_ids(const ChoiceRule& choice) {
    std::vector<std::string> ids;
    for (const ChoiceOutcome& outcome : choice.outcomes) ids.push_back(outcome.id);
    return ids;
  }

  void fit(std::size_t columns) {
    using workbook::rule_columns;
    std::vector<std::size_t> caps(columns, 0);
    for (std::string_view key : {"level1", "level2"}) caps[column_of(rule_columns, key)] = name_cap;
    caps[column_of(rule_columns, "item")] = item_cap;
    caps[column_of(rule_columns, "rule")] = rule_cap;
    // Numbers are typed in these: room for a few digits beside their short labels.
    for (std::string_view key : {"value", "numerator", "denominator"}) {
      sheet_.reserve(column_of(rule_columns, key), number_width);
    }
    for (std::string_view key : {"missing", "note", "evidence"}) {
      caps[column_of(rule_columns, key)] = note_cap;
      sheet_.reserve(column_of(rule_columns, key), note_cap);
    }
    sheet_.fit_columns(caps);
  }

  TemplateSheet& sheet_;
  const TemplateContext& context_;
  const TemplateWords& words_;
  std::string_view yes_;
  std::string_view no_;
  FactCells cells_;
};

}  // namespace

std::vector<RuleRow> rule_rows(const Rule& rule) {
  std::vector<RuleRow> rows;
  collect_rows(rule, "", rows);
  return rows;
}

std::string fill_in_words(const Rule& rule, const TemplateContext& context) {
  const TemplateWords& words = context.words;
  const bool english = context.language == Language::en;
  const std::string_view yes = label_text(workbook::yes_word, context.language, ChineseScript::own);
  const std::string_view no = label_text(workbook::no_word, context.language, ChineseScript::own);
  switch (fact_kind(rule)) {
    case FactKind::boolean:
      return fmt::format(fmt::runtime(words.yes_no_input), yes, no);
    case FactKind::count:
      return std::string(words.count_input);
    case FactKind::ratio:
      return std::string(words.ratio_input) +
             (scores_existence(rule) ? fmt::format(fmt::runtime(words.exists_input), yes) : "");
    case FactKind::choice: {
      std::vector<std::string> outcomes;
      for (const ChoiceOutcome& outcome : std::get<ChoiceRule>(rule.spec).outcomes) {
        outcomes.push_back(fmt::format(fmt::runtime(words.outcome), outcome.id, outcome.name,
                                       outcome.points.short_string(), english && outcome.points == Rational(1) ? "" : "s"));
      }
      return fmt::format(fmt::runtime(words.choice_input), join_all(outcomes).in(context.language));
    }
    case FactKind::score:
      if (const auto* external = std::get_if<ExternalRule>(&rule.spec)) {
        std::string source =
            external->source.empty() ? "" : fmt::format(fmt::runtime(words.source), external->source);
        return fmt::format(fmt::runtime(words.external_input), external->min.short_string(),
                           external->max.short_string(), source);
      } else {
        const auto& judgement = std::get<JudgementRule>(rule.spec);
        return fmt::format(fmt::runtime(words.judgement_input), judgement.min.short_string(),
                           judgement.max.short_string(), judgement.step.short_string());
      }
    case FactKind::missing: {
      std::vector<std::string> candidates;
      for (const MissingCandidate& candidate : std::get<PerMissingRule>(rule.spec).of) {
        candidates.push_back(fmt::format(fmt::runtime(words.candidate), candidate.id, candidate.name));
      }
      return fmt::format(fmt::runtime(words.missing_input), join_all(candidates).in(context.language));
    }
    case FactKind::parts:
      break;
  }
  return "";
}

lxw_row_t write_rule_rows(TemplateSheet& sheet, const TemplateContext& context, lxw_row_t header_row) {
  return RuleSheet(sheet, context).write(header_row);
}

}  // namespace cityseceval
