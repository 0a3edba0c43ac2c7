#include "rule_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "cityseceval/suggest.h"
#include "yaml_fields.h"

namespace cityseceval {

namespace {

// "a", "a or b", "a, b or c": how a message lists the accepted values.
std::string or_list(const std::vector<std::string>& words, std::string_view last = "or") {
  if (words.empty()) return "";
  if (words.size() == 1) return words.front();
  std::vector<std::string> head(words.begin(), words.end() - 1);
  return fmt::format("{} {} {}", fmt::join(head, ", "), last, words.back());
}

bool contains(const std::vector<std::string>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// A plain scalar read as a decimal; quoted text is never a number.
std::optional<Rational> plain_decimal(const yaml::Node& node, bool allow_sign) {
  if (node.kind != yaml::NodeKind::scalar || !node.plain) return std::nullopt;
  return Rational::parse_decimal(node.value, allow_sign);
}

class RuleReader {
 public:
  RuleReader(const std::string& file, const std::optional<Rational>& item_points, Diagnostics& diagnostics)
      : file_(file), item_points_(item_points), diagnostics_(diagnostics) {}

  // `where` follows the rule's name in messages: "" or " of part \"systems\"".
  std::optional<Rule> read(const yaml::Node& node, const std::string& where) {
    std::size_t errors_before = diagnostics_.error_count();
    if (!expect_mapping(node, file_, diagnostics_, "a rule")) return std::nullopt;
    MappingReader top(node, file_, diagnostics_, "the rule" + where);
    std::optional<std::string> type = top.text("type", true);
    if (!type) return std::nullopt;
    const std::vector<std::string>& names = rule_type_names();
    if (!contains(names, *type)) {
      diagnostics_.error(yaml::location_of(*node.find("type"), file_),
                         fmt::format("unknown rule type \"{}\"{}; expected one of: {}", *type,
                                     did_you_mean(*type, names), fmt::join(names, ", ")),
                         "rule-type");
      return std::nullopt;
    }
    MappingReader fields(node, file_, diagnostics_, fmt::format("the {} rule{}", *type, where));
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
  void parameter_error(const yaml::Node& at, std::string message) {
    diagnostics_.error(yaml::location_of(at, file_), std::move(message), "rule-parameter");
  }

  PresentRule read_present(MappingReader& fields) {
    fields.allow_only({"type", "points", "absent"});
    PresentRule rule;
    rule.points = item_points_ ? fields.number("points", false).value_or(*item_points_)
                               : fields.number("points", true).value_or(Rational(0));
    rule.absent = fields.number("absent", false, true).value_or(Rational(0));
    if (rule.absent > Rational(0)) {
      const yaml::Node& absent = *fields.optional("absent");
      parameter_error(absent, fmt::format("\"absent\" must be 0 or below (a deduction), got {}", absent.value));
    }
    return rule;
  }

  PerCountRule read_per_count(MappingReader& fields) {
    fields.allow_only({"type", "each", "cap"});
    PerCountRule rule;
    rule.each = fields.number("each", true).value_or(Rational(1));
    if (rule.each == Rational(0)) parameter_error(*fields.optional("each"), "\"each\" must be above 0, got 0");
    rule.cap = fields.number("cap", false);
    if (rule.cap && item_points_ && *rule.cap > *item_points_) {
      parameter_error(*fields.optional("cap"), fmt::format("\"cap\" {} is above the item's {} points",
                                                           fields.optional("cap")->value, item_points_->short_string()));
    }
    return rule;
  }

  // The list's elements that are mappings, each with a reader for its fields.
  template <class Visit>
  void for_each_entry(const yaml::Node& list, std::string_view what, Visit visit) {
    for (const yaml::NodePtr& node : list.items) {
      if (!expect_mapping(*node, file_, diagnostics_, what)) continue;
      MappingReader fields(*node, file_, diagnostics_, std::string(what));
      visit(*node, fields);
    }
  }

  void require_entries(const yaml::Node& list, std::string_view message) {
    if (list.items.empty()) parameter_error(list, std::string(message));
  }

  RatioThresholdsRule read_ratio_thresholds(MappingReader& fields) {
    fields.allow_only({"type", "thresholds", "any"});
    RatioThresholdsRule rule;
    if (const yaml::Node* list = fields.list("thresholds", true)) {
      require_entries(*list, "a ratio-thresholds rule needs at least one threshold");
      for_each_entry(*list, "a threshold", [&](const yaml::Node&, MappingReader& threshold_fields) {
        threshold_fields.allow_only({"at", "inclusive", "points"});
        std::optional<Rational> at = threshold_fields.number("at", true);
        const yaml::Node* at_node = threshold_fields.optional("at");
        RatioThreshold threshold;
        threshold.inclusive = threshold_fields.boolean("inclusive", true).value_or(true);
        threshold.points = threshold_fields.number("points", true, true).value_or(Rational(0));
        if (!at) return;
        threshold.at = *at;
        if (*at > Rational(1)) {
          parameter_error(*at_node, fmt::format("\"at\" must be a ratio from 0 to 1, got {}", at_node->value));
        } else if (*at == Rational(1) && !threshold.inclusive) {
          parameter_error(*at_node, "a threshold above 1 (not inclusive) can never be met");
        }
        if (!rule.thresholds.empty() && !(rule.thresholds.back().at < *at)) {
          parameter_error(*at_node, fmt::format("thresholds must ascend by \"at\": {} comes after {}", at_node->value,
                                                rule.thresholds.back().at.short_string()));
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
      require_entries(*list, "a count-tiers rule needs at least one tier");
      for_each_entry(*list, "a tier", [&](const yaml::Node&, MappingReader& tier_fields) {
        tier_fields.allow_only({"min", "points"});
        std::optional<Rational> min = tier_fields.number("min", true);
        const yaml::Node* min_node = tier_fields.optional("min");
        CountTier tier;
        tier.points = tier_fields.number("points", true, true).value_or(Rational(0));
        if (!min) return;
        tier.min = *min;
        if (!min->is_whole() || *min < Rational(1)) {
          parameter_error(*min_node, fmt::format("\"min\" of a tier must be a whole number, 1 or more, got {} "
                                                 "(a count of 0 earns \"zero\")",
                                                 min_node->value));
        } else if (!rule.tiers.empty() && !(*min < rule.tiers.back().min)) {
          parameter_error(*min_node, fmt::format("tiers must descend by \"min\": {} comes after {}", min_node->value,
                                                 rule.tiers.back().min.short_string()));
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
                        fmt::format("\"decimals\" must be a whole number from 0 to 10, got {}",
                                    fields.optional("decimals")->value));
      } else {
        rule.decimals = static_cast<int>(decimals->mpq().get_num().get_si());
      }
    }
    if (std::optional<std::string> rounding = fields.text("rounding", true)) {
      if (std::optional<Rounding> parsed = parse_rounding(*rounding)) {
        rule.rounding = *parsed;
      } else {
        parameter_error(*fields.optional("rounding"),
                        fmt::format("unknown rounding \"{}\"{}; expected half-up or half-even", *rounding,
                                    did_you_mean(*rounding, {"half-up", "half-even"})));
      }
    }
    return rule;
  }

  // Reports the second use of an id; `seen` pairs ids with their lines.
  void check_unique(const yaml::Node& id_node, std::string_view what, std::vector<std::pair<std::string, int>>& seen) {
    for (const auto& [id, line] : seen) {
      if (id == id_node.value) {
        parameter_error(id_node, fmt::format("{} \"{}\" is used twice (first on line {})", what, id, line));
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
      require_entries(*list, "a choice rule needs at least one outcome");
      for_each_entry(*list, "an outcome", [&](const yaml::Node&, MappingReader& outcome_fields) {
        outcome_fields.allow_only({"id", "name", "points"});
        ChoiceOutcome outcome;
        outcome.id = outcome_fields.text("id", true).value_or("");
        outcome.name = outcome_fields.text("name", false).value_or(outcome.id);
        outcome.points = outcome_fields.number("points", true, true).value_or(Rational(0));
        if (!outcome.id.empty()) check_unique(*outcome_fields.optional("id"), "outcome id", seen);
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
      parameter_error(
          each, fmt::format("\"each\" must be below 0 (the points deducted per missing one), got {}", each.value));
    }
    std::vector<std::pair<std::string, int>> seen;
    if (const yaml::Node* list = fields.list("of", true)) {
      require_entries(*list, "a per-missing rule needs at least one entry in \"of\"");
      for_each_entry(*list, "an entry of \"of\"", [&](const yaml::Node&, MappingReader& entry_fields) {
        entry_fields.allow_only({"id", "name"});
        MissingCandidate candidate;
        candidate.id = entry_fields.text("id", true).value_or("");
        candidate.name = entry_fields.text("name", false).value_or(candidate.id);
        if (!candidate.id.empty()) check_unique(*entry_fields.optional("id"), "id", seen);
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
      parameter_error(
          *fields.optional("min"),
          fmt::format("\"min\" {} is above \"max\" {}", fields.optional("min")->value, fields.optional("max")->value));
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
      parameter_error(step_node, "\"step\" must be above 0, got 0");
    } else if (diagnostics_.error_count() == errors_before && !((rule.max - rule.min) / *step).is_whole()) {
      parameter_error(step_node, fmt::format("step {} does not divide the range {} to {}", step_node.value,
                                             fields.optional("min")->value, fields.optional("max")->value));
    }
    return rule;
  }

  CompositeRule read_composite(MappingReader& fields, const std::string& where) {
    fields.allow_only({"type", "parts"});
    CompositeRule rule;
    const yaml::Node* parts = fields.required("parts");
    if (!parts || !expect_mapping(*parts, file_, diagnostics_, "\"parts\"")) return rule;
    if (parts->entries.empty()) parameter_error(*parts, "a composite rule needs at least one part");
    for (const auto& [key, value] : parts->entries) {
      std::optional<std::string> name = scalar_key(*key, file_, diagnostics_);
      if (!name) continue;
      if (*name == "note") {
        // A composite fact's mapping keeps "note" for the assessor's note.
        parameter_error(*key, "a part cannot be named \"note\"");
        continue;
      }
      std::optional<Rule> part = read(*value, fmt::format("{} of part \"{}\"", where, *name));
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
  FactReader(const std::string& file, std::string item_id, Diagnostics& diagnostics)
      : file_(file), item_id_(std::move(item_id)), diagnostics_(diagnostics) {}

  std::optional<Fact> read(const yaml::Node& node, const Rule& rule) {
    std::size_t errors_before = diagnostics_.error_count();
    Fact fact;
    fact.kind = fact_kind(rule);
    fact.location = yaml::location_of(node, file_);
    const yaml::Node* value = &node;
    bool mapping_fact = fact.kind == FactKind::parts || (fact.kind == FactKind::ratio && !node.find("value"));
    if (node.kind == yaml::NodeKind::mapping && !mapping_fact) {
      // The long form {value: X, note: "..."}.
      MappingReader fields(node, file_, diagnostics_, fmt::format("the fact of item {}", item_id_));
      fields.allow_only({"value", "note"});
      fact.note = fields.text("note", false).value_or("");
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
        read_ratio(*value, fact);
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
  void fail(const yaml::Node& at, const std::string& message) {
    diagnostics_.error(yaml::location_of(at, file_), fmt::format("item {}: {}", item_id_, message), "invalid-fact");
  }

  // What was given, saying so when quotes made a number or boolean text.
  static std::string given(const yaml::Node& node) {
    std::string text = yaml::describe(node);
    if (node.kind == yaml::NodeKind::scalar && !node.plain) text += " in quotes";
    return text;
  }

  void read_boolean(const yaml::Node& node, Fact& fact) {
    if (node.kind == yaml::NodeKind::scalar && node.plain && (node.value == "true" || node.value == "false")) {
      fact.yes = node.value == "true";
    } else {
      fail(node, "expected true or false, got " + given(node));
    }
  }

  void read_count(const yaml::Node& node, bool occurrences, Fact& fact) {
    std::optional<Rational> count = plain_decimal(node, true);
    if (!count || !count->is_whole() || *count < Rational(0)) {
      fail(node, fmt::format("expected a whole number{} (0 or more), got {}", occurrences ? " of occurrences" : "",
                             given(node)));
      return;
    }
    fact.number = *count;
  }

  void read_ratio(const yaml::Node& node, Fact& fact) {
    if (node.kind == yaml::NodeKind::mapping) {
      read_fraction(node, fact);
      return;
    }
    std::optional<Rational> ratio = plain_decimal(node, false);
    if (!ratio || *ratio > Rational(1)) {
      fail(node, "expected a ratio ({numerator: N, denominator: D} or a decimal from 0 to 1), got " + given(node));
      return;
    }
    fact.number = *ratio;
  }

  void read_fraction(const yaml::Node& node, Fact& fact) {
    MappingReader fields(node, file_, diagnostics_, fmt::format("the fact of item {}", item_id_));
    fields.allow_only({"numerator", "denominator", "note"});
    fact.note = fields.text("note", false).value_or("");
    const yaml::Node* numerator_node = fields.required("numerator");
    const yaml::Node* denominator_node = fields.required("denominator");
    std::optional<Rational> numerator;
    std::optional<Rational> denominator;
    if (numerator_node) {
      numerator = plain_decimal(*numerator_node, true);
      if (!numerator || !numerator->is_whole() || *numerator < Rational(0)) {
        fail(*numerator_node, "\"numerator\" must be a whole number (0 or more), got " + given(*numerator_node));
        numerator.reset();
      }
    }
    if (denominator_node) {
      denominator = plain_decimal(*denominator_node, true);
      if (!denominator || !denominator->is_whole() || *denominator < Rational(1)) {
        fail(*denominator_node, "\"denominator\" must be a whole number above 0, got " + given(*denominator_node));
        denominator.reset();
      }
    }
    if (!numerator || !denominator) return;
    if (*numerator > *denominator) {
      fail(node, fmt::format("the numerator {} is above the denominator {}; a ratio is at most 1",
                             numerator_node->value, denominator_node->value));
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
      fail(node, fmt::format("expected an outcome ({}), got {}", or_list(ids), given(node)));
    } else if (!rule.find(node.value)) {
      fail(node, fmt::format("unknown outcome \"{}\"{}; expected {}", node.value, did_you_mean(node.value, ids),
                             or_list(ids)));
    } else {
      fact.outcome = node.value;
    }
  }

  void read_score(const yaml::Node& node, const Rule& rule, Fact& fact) {
    std::optional<Rational> score = plain_decimal(node, true);
    if (const auto* external = std::get_if<ExternalRule>(&rule.spec)) {
      if (!score || *score < external->min || *score > external->max) {
        fail(node, fmt::format("expected a score from {} to {}, got {}", external->min.short_string(),
                               external->max.short_string(), given(node)));
      }
    } else {
      const auto& judgement = std::get<JudgementRule>(rule.spec);
      std::string scale = fmt::format("{} to {} in steps of {}", judgement.min.short_string(),
                                      judgement.max.short_string(), judgement.step.short_string());
      if (!score) {
        fail(node, fmt::format("expected a judgement from {}, got {}", scale, given(node)));
      } else if (*score < judgement.min || *score > judgement.max ||
                 !((*score - judgement.min) / judgement.step).is_whole()) {
        fail(node, fmt::format("{} is not on the judgement scale ({})", node.value, scale));
      }
      if (fact.note.empty()) fail(node, "a judgement needs a note saying why");
    }
    if (score) fact.number = *score;
  }

  void read_missing(const yaml::Node& node, const PerMissingRule& rule, Fact& fact) {
    std::vector<std::string> ids;
    for (const MissingCandidate& candidate : rule.of) ids.push_back(candidate.id);
    if (node.kind != yaml::NodeKind::sequence) {
      fail(node, fmt::format("expected a list of the missing ones from {} ([] when none is missing), got {}",
                             or_list(ids), given(node)));
      return;
    }
    for (const yaml::NodePtr& item : node.items) {
      if (item->kind != yaml::NodeKind::scalar) {
        fail(*item, fmt::format("expected one of {}, got {}", or_list(ids), given(*item)));
      } else if (!rule.find(item->value)) {
        fail(*item,
             fmt::format("unknown \"{}\"{}; expected {}", item->value, did_you_mean(item->value, ids), or_list(ids)));
      } else if (contains(fact.missing, item->value)) {
        fail(*item, fmt::format("\"{}\" is listed twice", item->value));
      } else {
        fact.missing.push_back(item->value);
      }
    }
  }

  void read_parts(const yaml::Node& node, const CompositeRule& rule, Fact& fact) {
    std::vector<std::string> names;
    for (const RulePart& part : rule.parts) names.push_back(part.name);
    if (node.kind != yaml::NodeKind::mapping) {
      fail(node, fmt::format("expected a mapping of the parts {}, got {}", or_list(names, "and"), given(node)));
      return;
    }
    MappingReader fields(node, file_, diagnostics_, fmt::format("the fact of item {}", item_id_));
    fact.note = fields.text("note", false).value_or("");
    for (const auto& [key, value] : node.entries) {
      if (key->kind != yaml::NodeKind::scalar || key->value == "note" || contains(names, key->value)) continue;
      fail(*key, fmt::format("unknown part \"{}\"{}; the parts are {}", key->value, did_you_mean(key->value, names),
                             or_list(names, "and")));
    }
    for (const RulePart& part : rule.parts) {
      const yaml::Node* part_node = node.find(part.name);
      if (!part_node) {
        fail(node, fmt::format("part \"{}\" is missing; the parts are {}", part.name, or_list(names, "and")));
        continue;
      }
      FactReader part_reader(file_, fmt::format("{} ({})", item_id_, part.name), diagnostics_);
      if (std::optional<Fact> part_fact = part_reader.read(*part_node, part.rule)) {
        fact.parts.push_back({part.name, std::move(*part_fact)});
      }
    }
  }

  const std::string& file_;
  std::string item_id_;
  Diagnostics& diagnostics_;
};

}  // namespace

std::optional<Rule> read_rule(const yaml::Node& node, const std::string& file,
                              const std::optional<Rational>& item_points, Diagnostics& diagnostics) {
  std::optional<Rule> rule = RuleReader(file, item_points, diagnostics).read(node, "");
  if (!rule || !item_points) return rule;
  std::optional<Rational> max = rule_max(*rule);
  if (!max) {
    diagnostics.error(rule->location,
                      fmt::format("the rule has no maximum (a per-count rule without \"cap\"), so it can give more "
                                  "than the item's {} points",
                                  item_points->short_string()),
                      "rule-parameter");
    return std::nullopt;
  }
  if (*max > *item_points) {
    diagnostics.error(rule->location,
                      fmt::format("the rule can give up to {} points, more than the item's {}", max->short_string(),
                                  item_points->short_string()),
                      "rule-parameter");
    return std::nullopt;
  }
  return rule;
}

std::optional<Fact> read_fact(const yaml::Node& node, const Rule& rule, const std::string& file,
                              const std::string& item_id, Diagnostics& diagnostics) {
  return FactReader(file, item_id, diagnostics).read(node, rule);
}

}  // namespace cityseceval
