#include "rule_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "cityseceval/limits.h"
#include "cityseceval/messages.h"
#include "cityseceval/suggest.h"
#include "evidence.h"
#include "yaml_fields.h"

namespace cityseceval {

namespace {

// "a", "a or b", "a, b or c": how a message lists the accepted values.
Text or_list(const std::vector<std::string>& words) { return join_list(words, MessageId::list_or); }
Text and_list(const std::vector<std::string>& words) { return join_list(words, MessageId::list_and); }

bool contains(const std::vector<std::string>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// A plain scalar read as a decimal; quoted text is never a number.
std::optional<Rational> plain_decimal(const yaml::Node& node, bool allow_sign) {
  if (node.kind != yaml::NodeKind::scalar || !node.plain) return std::nullopt;
  return Rational::parse_decimal(node.value, allow_sign);
}

// The significant digits of a decimal as written: from its first digit that
// is not 0 to its last, the point left out ("0.050" has 2, "1200" has 4).
int significant_digits(std::string_view decimal) {
  const std::size_t first = decimal.find_first_of("123456789");
  if (first == std::string_view::npos) return 0;
  return static_cast<int>(std::count_if(decimal.begin() + static_cast<std::ptrdiff_t>(first), decimal.end(),
                                        [](char c) { return c >= '0' && c <= '9'; }));
}

class RuleReader {
 public:
  RuleReader(const std::string& file, const std::optional<Rational>& item_points, Diagnostics& diagnostics)
      : file_(file), item_points_(item_points), diagnostics_(diagnostics) {}

  // `where` follows the rule's name in messages: empty or " of part \"systems\"".
  std::optional<Rule> read(const yaml::Node& node, const Text& where) {
    std::size_t errors_before = diagnostics_.error_count();
    if (!expect_mapping(node, file_, diagnostics_, message(MessageId::a_rule))) return std::nullopt;
    MappingReader top(node, file_, diagnostics_, message(MessageId::the_rule, {where}));
    std::optional<std::string> type = top.text("type", true);
    if (!type) return std::nullopt;
    const std::vector<std::string>& names = rule_type_names();
    if (!contains(names, *type)) {
      diagnostics_.error(yaml::location_of(*node.find("type"), file_),
                         message(MessageId::unknown_rule_type, {*type, did_you_mean(*type, names), join_all(names)}),
                         RuleId::rule_type);
      return std::nullopt;
    }
    MappingReader fields(node, file_, diagnostics_, message(MessageId::the_type_rule, {*type, where}));
    Rule rule;
    rule.location = yaml::location_of(node, file_);
    if (*type == "present") {
      rule.spec = read_present(fields);
    } else if (*type == "per-count") {
      rule.spec = read_per_count(fields);
    } else if (*type == "ratio-thresholds") {
      rule.spec = read_ratio_thresholds(fields);
    } else if (*type == "count-tiers") {
      rule.spec = read_count_tiers(fields);
    } else if (*type == "proportional") {
      rule.spec = read_proportional(fields);
    } else if (*type == "choice") {
      rule.spec = read_choice(fields);
    } else if (*type == "per-missing") {
      rule.spec = read_per_missing(fields);
    } else if (*type == "add-on") {
      fields.allow_only({"type", "points"});
      rule.spec = AddOnRule{fields.number("points", true).value_or(Rational(0))};
    } else if (*type == "external") {
      rule.spec = read_external(fields);
    } else if (*type == "judgement") {
      rule.spec = read_judgement(fields);
    } else {
      rule.spec = read_composite(fields, where);
    }
    if (diagnostics_.error_count() > errors_before) return std::nullopt;
    return rule;
  }

 private:
  void parameter_error(const yaml::Node& at, Text text) {
    diagnostics_.error(yaml::location_of(at, file_), std::move(text), RuleId::rule_parameter);
  }

  PresentRule read_present(MappingReader& fields) {
    fields.allow_only({"type", "points", "absent"});
    PresentRule rule;
    rule.points = item_points_ ? fields.number("points", false).value_or(*item_points_)
                               : fields.number("points", true).value_or(Rational(0));
    rule.absent = fields.number("absent", false, true).value_or(Rational(0));
    if (rule.absent > Rational(0)) {
      const yaml::Node& absent = *fields.optional("absent");
      parameter_error(absent, message(MessageId::absent_positive, {absent.value}));
    }
    return rule;
  }

  PerCountRule read_per_count(MappingReader& fields) {
    fields.allow_only({"type", "each", "cap"});
    PerCountRule rule;
    rule.each = fields.number("each", true).value_or(Rational(1));
    if (rule.each == Rational(0)) parameter_error(*fields.optional("each"), message(MessageId::each_zero));
    rule.cap = fields.number("cap", false);
    if (rule.cap && item_points_ && *rule.cap > *item_points_) {
      parameter_error(*fields.optional("cap"),
                      message(MessageId::cap_above_points, {fields.optional("cap")->value, item_points_->short_string()}));
    }
    return rule;
  }

  // The list's elements that are mappings, each with a reader for its fields.
  template <class Visit>
  void for_each_entry(const yaml::Node& list, MessageId what, Visit visit) {
    for (const yaml::NodePtr& node : list.items) {
      if (!expect_mapping(*node, file_, diagnostics_, message(what))) continue;
      MappingReader fields(*node, file_, diagnostics_, message(what));
      visit(*node, fields);
    }
  }

  void require_entries(const yaml::Node& list, MessageId problem) {
    if (list.items.empty()) parameter_error(list, message(problem));
  }

  RatioThresholdsRule read_ratio_thresholds(MappingReader& fields) {
    fields.allow_only({"type", "thresholds", "any"});
    RatioThresholdsRule rule;
    if (const yaml::Node* list = fields.list("thresholds", true)) {
      require_entries(*list, MessageId::no_thresholds);
      for_each_entry(*list, MessageId::a_threshold, [&](const yaml::Node&, MappingReader& threshold_fields) {
        threshold_fields.allow_only({"at", "inclusive", "points"});
        std::optional<Rational> at = threshold_fields.number("at", true);
        const yaml::Node* at_node = threshold_fields.optional("at");
        RatioThreshold threshold;
        threshold.inclusive = threshold_fields.boolean("inclusive", true).value_or(true);
        threshold.points = threshold_fields.number("points", true, true).value_or(Rational(0));
        if (!at) return;
        threshold.at = *at;
        if (*at > Rational(1)) {
          parameter_error(*at_node, message(MessageId::at_range, {at_node->value}));
        } else if (*at == Rational(1) && !threshold.inclusive) {
          parameter_error(*at_node, message(MessageId::at_never));
        }
        if (!rule.thresholds.empty() && !(rule.thresholds.back().at < *at)) {
          parameter_error(*at_node, message(MessageId::thresholds_ascend,
                                            {at_node->value, rule.thresholds.back().at.short_string()}));
        }
        rule.thresholds.push_back(threshold);
      });
    }
    rule.any = fields.number("any", false, true);
    return rule;
  }

  CountTiersRule read_count_tiers(MappingReader& fields) {
    fields.allow_only({"type", "tiers", "zero"});
    CountTiersRule rule;
    if (const yaml::Node* list = fields.list("tiers", true)) {
      require_entries(*list, MessageId::no_tiers);
      for_each_entry(*list, MessageId::a_tier, [&](const yaml::Node&, MappingReader& tier_fields) {
        tier_fields.allow_only({"min", "points"});
        std::optional<Rational> min = tier_fields.number("min", true);
        const yaml::Node* min_node = tier_fields.optional("min");
        CountTier tier;
        tier.points = tier_fields.number("points", true, true).value_or(Rational(0));
        if (!min) return;
        tier.min = *min;
        if (!min->is_whole() || *min < Rational(1)) {
          parameter_error(*min_node, message(MessageId::tier_min, {min_node->value}));
        } else if (!rule.tiers.empty() && !(*min < rule.tiers.back().min)) {
          parameter_error(*min_node,
                          message(MessageId::tiers_descend, {min_node->value, rule.tiers.back().min.short_string()}));
        }
        rule.tiers.push_back(tier);
      });
    }
    rule.zero = fields.number("zero", false, true).value_or(Rational(0));
    return rule;
  }

  ProportionalRule read_proportional(MappingReader& fields) {
    fields.allow_only({"type", "points", "decimals", "rounding"});
    ProportionalRule rule;
    rule.points = item_points_ ? fields.number("points", false).value_or(*item_points_)
                               : fields.number("points", true).value_or(Rational(0));
    if (std::optional<Rational> decimals = fields.number("decimals", true)) {
      if (!decimals->is_whole() || *decimals > Rational(10)) {
        parameter_error(*fields.optional("decimals"),
                        message(MessageId::decimals_range, {fields.optional("decimals")->value}));
      } else {
        rule.decimals = static_cast<int>(decimals->mpq().get_num().get_si());
      }
    }
    if (std::optional<std::string> rounding = fields.text("rounding", true)) {
      if (std::optional<Rounding> parsed = parse_rounding(*rounding)) {
        rule.rounding = *parsed;
      } else {
        parameter_error(*fields.optional("rounding"),
                        message(MessageId::unknown_rounding_name,
                                {*rounding, did_you_mean(*rounding, {"half-up", "half-even"})}));
      }
    }
    return rule;
  }

  // Reports the second use of an id; `seen` pairs ids with their lines.
  void check_unique(const yaml::Node& id_node, MessageId what, std::vector<std::pair<std::string, int>>& seen) {
    for (const auto& [id, line] : seen) {
      if (id == id_node.value) {
        parameter_error(id_node, message(MessageId::used_twice, {message(what), id, line}));
        return;
      }
    }
    seen.emplace_back(id_node.value, id_node.line);
  }

  ChoiceRule read_choice(MappingReader& fields) {
    fields.allow_only({"type", "outcomes"});
    ChoiceRule rule;
    std::vector<std::pair<std::string, int>> seen;
    if (const yaml::Node* list = fields.list("outcomes", true)) {
      require_entries(*list, MessageId::no_outcomes);
      for_each_entry(*list, MessageId::an_outcome, [&](const yaml::Node&, MappingReader& outcome_fields) {
        outcome_fields.allow_only({"id", "name", "points"});
        ChoiceOutcome outcome;
        outcome.id = outcome_fields.text("id", true).value_or("");
        outcome.name = outcome_fields.text("name", false).value_or(outcome.id);
        outcome.points = outcome_fields.number("points", true, true).value_or(Rational(0));
        if (!outcome.id.empty()) check_unique(*outcome_fields.optional("id"), MessageId::outcome_id, seen);
        rule.outcomes.push_back(std::move(outcome));
      });
    }
    return rule;
  }

  PerMissingRule read_per_missing(MappingReader& fields) {
    fields.allow_only({"type", "each", "of"});
    PerMissingRule rule;
    rule.each = fields.number("each", true, true).value_or(Rational(-1));
    if (!(rule.each < Rational(0))) {
      const yaml::Node& each = *fields.optional("each");
      parameter_error(each, message(MessageId::each_negative, {each.value}));
    }
    std::vector<std::pair<std::string, int>> seen;
    if (const yaml::Node* list = fields.list("of", true)) {
      require_entries(*list, MessageId::no_of);
      for_each_entry(*list, MessageId::an_entry_of_of, [&](const yaml::Node&, MappingReader& entry_fields) {
        entry_fields.allow_only({"id", "name"});
        MissingCandidate candidate;
        candidate.id = entry_fields.text("id", true).value_or("");
        candidate.name = entry_fields.text("name", false).value_or(candidate.id);
        if (!candidate.id.empty()) check_unique(*entry_fields.optional("id"), MessageId::id_word, seen);
        rule.of.push_back(std::move(candidate));
      });
    }
    return rule;
  }

  // min and max of external and judgement; reports min above max.
  std::pair<Rational, Rational> read_range(MappingReader& fields) {
    std::optional<Rational> min = fields.number("min", true, true);
    std::optional<Rational> max = fields.number("max", true, true);
    if (min && max && *min > *max) {
      parameter_error(*fields.optional("min"),
                      message(MessageId::min_above_max, {fields.optional("min")->value, fields.optional("max")->value}));
    }
    return {min.value_or(Rational(0)), max.value_or(Rational(0))};
  }

  ExternalRule read_external(MappingReader& fields) {
    fields.allow_only({"type", "min", "max", "source"});
    ExternalRule rule;
    std::tie(rule.min, rule.max) = read_range(fields);
    rule.source = fields.text("source", true).value_or("");
    return rule;
  }

  JudgementRule read_judgement(MappingReader& fields) {
    fields.allow_only({"type", "min", "max", "step"});
    JudgementRule rule;
    std::size_t errors_before = diagnostics_.error_count();
    std::tie(rule.min, rule.max) = read_range(fields);
    std::optional<Rational> step = fields.number("step", true);
    if (!step) return rule;
    rule.step = *step;
    const yaml::Node& step_node = *fields.optional("step");
    if (*step == Rational(0)) {
      parameter_error(step_node, message(MessageId::step_zero));
    } else if (diagnostics_.error_count() == errors_before && !((rule.max - rule.min) / *step).is_whole()) {
      parameter_error(step_node, message(MessageId::step_divides, {step_node.value, fields.optional("min")->value,
                                                                   fields.optional("max")->value}));
    }
    return rule;
  }

  CompositeRule read_composite(MappingReader& fields, const Text& where) {
    fields.allow_only({"type", "parts"});
    CompositeRule rule;
    const yaml::Node* parts = fields.required("parts");
    if (!parts || !expect_mapping(*parts, file_, diagnostics_, message(MessageId::quoted_key, {"parts"}))) return rule;
    if (parts->entries.empty()) parameter_error(*parts, message(MessageId::no_parts));
    for (const auto& [key, value] : parts->entries) {
      std::optional<std::string> name = scalar_key(*key, file_, diagnostics_);
      if (!name) continue;
      if (*name == "note" || *name == "evidence") {
        // A composite fact's mapping keeps these keys for the fact's own note and evidence.
        parameter_error(*key, message(MessageId::part_reserved, {*name}));
        continue;
      }
      Text part_where = message(MessageId::of_part, {*name});
      std::optional<Rule> part = read(*value, {where.zh + part_where.zh, where.en + part_where.en});
      if (part) rule.parts.push_back({*name, std::move(*part)});
    }
    return rule;
  }

  const std::string& file_;
  // The item's maximum; none for items of a bonus section, which only the section caps.
  std::optional<Rational> item_points_;
  Diagnostics& diagnostics_;
};

class FactReader {
 public:
  FactReader(const std::string& file, Text item_id, Diagnostics& diagnostics)
      : file_(file), item_id_(std::move(item_id)), diagnostics_(diagnostics) {}

  std::optional<Fact> read(const yaml::Node& node, const Rule& rule) {
    std::size_t errors_before = diagnostics_.error_count();
    Fact fact;
    fact.kind = fact_kind(rule);
    fact.location = yaml::location_of(node, file_);
    const yaml::Node* value = &node;
    bool mapping_fact = fact.kind == FactKind::parts || (fact.kind == FactKind::ratio && !node.find("value"));
    if (node.kind == yaml::NodeKind::mapping && !mapping_fact) {
      // The long form {value: X, note: "...", evidence: [...]}.
      MappingReader fields(node, file_, diagnostics_, owner());
      fields.allow_only({"value", "note", "evidence"});
      read_note_and_evidence(fields, fact);
      value = fields.required("value");
      if (!value) return std::nullopt;
    }
    switch (fact.kind) {
      case FactKind::boolean:
        read_boolean(*value, fact);
        break;
      case FactKind::count:
        read_count(*value, std::holds_alternative<PerCountRule>(rule.spec), fact);
        break;
      case FactKind::ratio:
        read_ratio(*value, scores_existence(rule), fact);
        break;
      case FactKind::choice:
        read_choice(*value, std::get<ChoiceRule>(rule.spec), fact);
        break;
      case FactKind::score:
        read_score(*value, rule, fact);
        break;
      case FactKind::missing:
        read_missing(*value, std::get<PerMissingRule>(rule.spec), fact);
        break;
      case FactKind::parts:
        read_parts(*value, std::get<CompositeRule>(rule.spec), fact);
        break;
    }
    if (diagnostics_.error_count() > errors_before) return std::nullopt;
    return fact;
  }

 private:
  // "the fact of item 3.1.1", "the fact of item 3.1.1 (systems)".
  Text owner() const { return message(MessageId::the_fact_of_item, {item_id_}); }

  // What every mapping form of a fact may carry besides the fact itself.
  void read_note_and_evidence(MappingReader& fields, Fact& fact) {
    fact.note = fields.text("note", false).value_or("");
    if (const yaml::Node* evidence = fields.optional("evidence")) {
      fact.evidence = read_evidence(*evidence, file_, owner(), diagnostics_);
    }
  }

  void fail(const yaml::Node& at, const Text& problem) {
    diagnostics_.error(yaml::location_of(at, file_), message(MessageId::fact_problem, {item_id_, problem}),
                       RuleId::invalid_fact);
  }

  // What was given, saying so when quotes made a number or boolean text.
  static Text given(const yaml::Node& node) {
    Text text = yaml::describe(node);
    if (node.kind == yaml::NodeKind::scalar && !node.plain) return message(MessageId::in_quotes, {text});
    return text;
  }

  void read_boolean(const yaml::Node& node, Fact& fact) {
    if (node.kind == yaml::NodeKind::scalar && node.plain && (node.value == "true" || node.value == "false")) {
      fact.yes = node.value == "true";
    } else {
      fail(node, message(MessageId::expected_boolean, {given(node)}));
    }
  }

  // A number a fact gives: a plain decimal, or nullopt (the caller says what
  // was expected). One of more significant digits than a spreadsheet keeps
  // (limits.h) is reported here, and `refused` set so nothing more is said.
  std::optional<Rational> number(const yaml::Node& node, bool allow_sign, bool& refused) {
    std::optional<Rational> value = plain_decimal(node, allow_sign);
    refused = value && significant_digits(node.value) > default_limits.significant_digits;
    if (!refused) return value;
    fail(node, message(MessageId::too_many_digits, {node.value, default_limits.significant_digits}));
    return std::nullopt;
  }

  // A whole number a fact counts, from 0 (`least`) to the largest count
  // (limits.h); nullopt after reporting, with `expected` when it is no such number.
  std::optional<Rational> count(const yaml::Node& node, const Rational& least, const Text& expected) {
    bool refused = false;
    std::optional<Rational> value = number(node, true, refused);
    if (refused) return std::nullopt;
    if (!value || !value->is_whole() || *value < least) {
      fail(node, expected);
      return std::nullopt;
    }
    if (*value > Rational(static_cast<long>(default_limits.count))) {
      fail(node, message(MessageId::count_too_large, {node.value, default_limits.count}));
      return std::nullopt;
    }
    return value;
  }

  void read_count(const yaml::Node& node, bool occurrences, Fact& fact) {
    std::optional<Rational> value =
        count(node, Rational(0),
              message(occurrences ? MessageId::expected_occurrences : MessageId::expected_count, {given(node)}));
    if (value) fact.number = *value;
  }

  // `existence`: the rule scores having one at all, so the fact may say `exists`.
  void read_ratio(const yaml::Node& node, bool existence, Fact& fact) {
    if (node.kind == yaml::NodeKind::mapping) {
      read_ratio_mapping(node, existence, fact);
      return;
    }
    bool refused = false;
    std::optional<Rational> ratio = number(node, false, refused);
    if (refused) return;
    if (!ratio || *ratio > Rational(1)) {
      fail(node, message(existence ? MessageId::expected_ratio_or_exists : MessageId::expected_ratio, {given(node)}));
      return;
    }
    fact.number = *ratio;
  }

  // {numerator: N, denominator: D}, and where the rule scores existence
  // {exists: true|false} with or without the counts.
  void read_ratio_mapping(const yaml::Node& node, bool existence, Fact& fact) {
    MappingReader fields(node, file_, diagnostics_, owner());
    const yaml::Node* exists_node = fields.optional("exists");
    // "exists" is listed only where the rule reads it; given elsewhere it gets its own message.
    if (existence || exists_node) {
      fields.allow_only({"numerator", "denominator", "exists", "note", "evidence"});
    } else {
      fields.allow_only({"numerator", "denominator", "note", "evidence"});
    }
    read_note_and_evidence(fields, fact);
    if (exists_node && !existence) {
      fail(*exists_node, message(MessageId::exists_not_scored));
      return;
    }
    fact.exists = fields.boolean("exists", false);
    // Without `exists` the counts are the fact; with it they are optional, as a pair.
    bool counts_given = fields.optional("numerator") || fields.optional("denominator");
    if (!exists_node || counts_given) read_fraction(node, fields, fact);
    if (fact.exists == false && fact.numerator && fact.number > Rational(0)) {
      fail(*exists_node,
           message(MessageId::exists_contradicts, {fact.numerator->short_string(), fact.denominator->short_string()}));
    }
  }

  void read_fraction(const yaml::Node& node, MappingReader& fields, Fact& fact) {
    const yaml::Node* numerator_node = fields.required("numerator");
    const yaml::Node* denominator_node = fields.required("denominator");
    std::optional<Rational> numerator;
    std::optional<Rational> denominator;
    if (numerator_node) {
      numerator = count(*numerator_node, Rational(0), message(MessageId::numerator_bad, {given(*numerator_node)}));
    }
    if (denominator_node) {
      denominator =
          count(*denominator_node, Rational(1), message(MessageId::denominator_bad, {given(*denominator_node)}));
    }
    if (!numerator || !denominator) return;
    if (*numerator > *denominator) {
      fail(node, message(MessageId::numerator_above, {numerator_node->value, denominator_node->value}));
      return;
    }
    fact.numerator = numerator;
    fact.denominator = denominator;
    fact.number = *numerator / *denominator;
  }

  void read_choice(const yaml::Node& node, const ChoiceRule& rule, Fact& fact) {
    std::vector<std::string> ids;
    for (const ChoiceOutcome& outcome : rule.outcomes) ids.push_back(outcome.id);
    if (node.kind != yaml::NodeKind::scalar) {
      fail(node, message(MessageId::expected_outcome, {or_list(ids), given(node)}));
    } else if (!rule.find(node.value)) {
      fail(node, message(MessageId::unknown_outcome, {node.value, did_you_mean(node.value, ids), or_list(ids)}));
    } else {
      fact.outcome = node.value;
    }
  }

  void read_score(const yaml::Node& node, const Rule& rule, Fact& fact) {
    bool refused = false;
    std::optional<Rational> score = number(node, true, refused);
    if (refused) return;
    if (const auto* external = std::get_if<ExternalRule>(&rule.spec)) {
      if (!score || *score < external->min || *score > external->max) {
        fail(node, message(MessageId::expected_score_range,
                           {external->min.short_string(), external->max.short_string(), given(node)}));
      }
    } else {
      const auto& judgement = std::get<JudgementRule>(rule.spec);
      Text scale = message(MessageId::judgement_scale, {judgement.min.short_string(), judgement.max.short_string(),
                                                        judgement.step.short_string()});
      if (!score) {
        fail(node, message(MessageId::expected_judgement, {scale, given(node)}));
      } else if (*score < judgement.min || *score > judgement.max ||
                 !((*score - judgement.min) / judgement.step).is_whole()) {
        fail(node, message(MessageId::not_on_judgement_scale, {node.value, scale}));
      }
      if (fact.note.empty()) fail(node, message(MessageId::judgement_note));
    }
    if (score) fact.number = *score;
  }

  void read_missing(const yaml::Node& node, const PerMissingRule& rule, Fact& fact) {
    std::vector<std::string> ids;
    for (const MissingCandidate& candidate : rule.of) ids.push_back(candidate.id);
    if (node.kind != yaml::NodeKind::sequence) {
      fail(node, message(MessageId::expected_missing_list, {or_list(ids), given(node)}));
      return;
    }
    for (const yaml::NodePtr& item : node.items) {
      if (item->kind != yaml::NodeKind::scalar) {
        fail(*item, message(MessageId::expected_one_of, {or_list(ids), given(*item)}));
      } else if (!rule.find(item->value)) {
        fail(*item, message(MessageId::unknown_missing, {item->value, did_you_mean(item->value, ids), or_list(ids)}));
      } else if (contains(fact.missing, item->value)) {
        fail(*item, message(MessageId::listed_twice, {item->value}));
      } else {
        fact.missing.push_back(item->value);
      }
    }
  }

  void read_parts(const yaml::Node& node, const CompositeRule& rule, Fact& fact) {
    std::vector<std::string> names;
    for (const RulePart& part : rule.parts) names.push_back(part.name);
    if (node.kind != yaml::NodeKind::mapping) {
      fail(node, message(MessageId::expected_parts, {and_list(names), given(node)}));
      return;
    }
    MappingReader fields(node, file_, diagnostics_, owner());
    read_note_and_evidence(fields, fact);
    for (const auto& [key, value] : node.entries) {
      if (key->kind != yaml::NodeKind::scalar || key->value == "note" || key->value == "evidence" ||
          contains(names, key->value)) {
        continue;
      }
      fail(*key, message(MessageId::unknown_part, {key->value, did_you_mean(key->value, names), and_list(names)}));
    }
    for (const RulePart& part : rule.parts) {
      const yaml::Node* part_node = node.find(part.name);
      if (!part_node) {
        fail(node, message(MessageId::part_missing, {part.name, and_list(names)}));
        continue;
      }
      FactReader part_reader(file_, message(MessageId::label_with_name, {item_id_, part.name}), diagnostics_);
      if (std::optional<Fact> part_fact = part_reader.read(*part_node, part.rule)) {
        fact.parts.push_back({part.name, std::move(*part_fact)});
      }
    }
  }

  const std::string& file_;
  Text item_id_;  // "3.1.1", or "3.1.1 (systems)" for a part
  Diagnostics& diagnostics_;
};

}  // namespace

std::optional<Rule> read_rule(const yaml::Node& node, const std::string& file,
                              const std::optional<Rational>& item_points, Diagnostics& diagnostics) {
  std::optional<Rule> rule = RuleReader(file, item_points, diagnostics).read(node, Text{});
  if (!rule || !item_points) return rule;
  std::optional<Rational> max = rule_max(*rule);
  if (!max) {
    diagnostics.error(rule->location, message(MessageId::rule_no_max, {item_points->short_string()}),
                      RuleId::rule_parameter);
    return std::nullopt;
  }
  if (*max > *item_points) {
    diagnostics.error(rule->location, message(MessageId::rule_max_above, {max->short_string(), item_points->short_string()}),
                      RuleId::rule_parameter);
    return std::nullopt;
  }
  return rule;
}

std::optional<Fact> read_fact(const yaml::Node& node, const Rule& rule, const std::string& file,
                              const std::string& item_id, Diagnostics& diagnostics) {
  return FactReader(file, Text::both(item_id), diagnostics).read(node, rule);
}

}  // namespace cityseceval
