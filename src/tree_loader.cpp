// Reads an indicator-tree file (format: docs/tree-format.md) into a Scheme.
#include <fmt/format.h>

#include "cityseceval/limits.h"
#include "cityseceval/load.h"
#include "overloaded.h"
#include "rating_items.h"
#include "rule_items.h"
#include "tree_weights.h"
#include "tailoring_record.h"
#include "yaml_fields.h"
#include "yaml_reader.h"

namespace cityseceval {

namespace {

// Deep enough for any real scheme, shallow enough that a hostile file cannot
// recurse far (the YAML reader already caps nesting; this caps our own walk).
constexpr int max_indicator_depth = default_limits.indicator_depth;

class TreeLoader {
 public:
  TreeLoader(const std::string& file, Diagnostics& diagnostics) : file_(file), diagnostics_(diagnostics) {}

  void read(const yaml::Node& root, Scheme& scheme) {
    if (!expect_mapping(root, file_, diagnostics_, message(MessageId::an_indicator_tree_file))) return;
    MappingReader top(root, file_, diagnostics_, message(MessageId::the_indicator_tree));
    top.allow_only({"id", "title", "title_en", "source", "version", "max_points", "aggregation", "total_cap",
                    "precision", "scale", "grades", "indicators", "tailoring"});
    scheme.id = top.text("id", true).value_or("");
    scheme.title = top.text("title", true).value_or("");
    scheme.title_en = top.text("title_en", false).value_or("");
    scheme.source = top.text("source", false).value_or("");
    scheme.version = top.text("version", false).value_or("");
    scheme.max_points = top.number("max_points", true).value_or(Rational(0));
    if (const yaml::Node* max = top.optional("max_points")) scheme.max_points_location = yaml::location_of(*max, file_);
    read_aggregation(top, scheme);
    scheme.total_cap = top.number("total_cap", false);
    if (const yaml::Node* precision = top.optional("precision")) {
      read_precision(*precision, scheme.precision);
    } else {
      // The defaults decide every reported score and so every grade: a
      // published tree should say what it means rather than rely on them.
      diagnostics_.warning({file_, 1, 1}, message(MessageId::no_precision), RuleId::precision);
    }
    // Rule-based sheets rate nothing on a scale.
    std::visit(overloaded{[&](RatingMean& kind) {
                            if (const yaml::Node* scale = top.list("scale", true)) read_scale(*scale, kind.scale);
                          },
                          [&](PointsSum&) { top.list("scale", false); }},
               scheme.aggregation);
    if (const yaml::Node* grades = top.list("grades", false)) read_grades(*grades, scheme.grades);
    if (const yaml::Node* record = top.optional("tailoring")) {
      scheme.tailoring = read_tailoring_record(*record, file_, diagnostics_);
    }
    aggregation_ = &scheme.aggregation;
    if (gives_weights(root.find("indicators"))) scheme.form = PointsForm::weights;
    form_ = scheme.form;
    if (const yaml::Node* indicators = top.list("indicators", true)) {
      read_indicators(*indicators, 1, scheme.indicators, {});
    }
  }

 private:
  // Where an indicator sits: inside a bonus section, its points default to
  // the enclosing bonus points (the most it can add); elsewhere they are required.
  struct Context {
    bool bonus = false;
    Rational bonus_points;
  };

  // A tree gives weights when any indicator has `weight:`: then every
  // (non-bonus) indicator must, and none may give points too. Looked at
  // before reading, so a missing key is named as the form requires.
  static bool gives_weights(const yaml::Node* indicators) {
    if (!indicators || indicators->kind != yaml::NodeKind::sequence) return false;
    for (const yaml::NodePtr& node : indicators->items) {
      if (node->kind != yaml::NodeKind::mapping) continue;
      if (node->find("weight") || gives_weights(node->find("children"))) return true;
    }
    return false;
  }

  void read_aggregation(MappingReader& top, Scheme& scheme) {
    const yaml::Node* value = top.optional("aggregation");
    if (!value) return;
    if (value->kind == yaml::NodeKind::scalar && value->value == "rating-mean") {
      scheme.aggregation = RatingMean{};
    } else if (value->kind == yaml::NodeKind::scalar && value->value == "points-sum") {
      scheme.aggregation = PointsSum{};
    } else {
      diagnostics_.error(yaml::location_of(*value, file_),
                         message(MessageId::unknown_aggregation, {yaml::describe(*value)}), RuleId::wrong_type);
    }
  }

  void read_precision(const yaml::Node& node, Precision& precision) {
    if (!expect_mapping(node, file_, diagnostics_, message(MessageId::quoted_key, {"precision"}))) return;
    MappingReader fields(node, file_, diagnostics_, message(MessageId::the_precision));
    fields.allow_only({"decimals", "rounding"});
    precision.decimals = fields.whole_number("decimals", true, 0, 10).value_or(2);
    const yaml::Node* value = fields.optional("rounding");
    if (!value) {
      diagnostics_.warning(yaml::location_of(node, file_),
                           message(MessageId::no_rounding), RuleId::precision);
    } else {
      auto rounding = value->kind == yaml::NodeKind::scalar ? parse_rounding(value->value) : std::nullopt;
      if (rounding) {
        precision.rounding = *rounding;
      } else {
        diagnostics_.error(yaml::location_of(*value, file_),
                           message(MessageId::unknown_rounding, {yaml::describe(*value)}), RuleId::precision);
      }
    }
  }

  void read_scale(const yaml::Node& list, RatingScale& scale) {
    for (const yaml::NodePtr& node : list.items) {
      if (!expect_mapping(*node, file_, diagnostics_, message(MessageId::a_rating_scale_level))) continue;
      MappingReader fields(*node, file_, diagnostics_, message(MessageId::a_rating_scale_level));
      fields.allow_only({"id", "name", "name_en", "value"});
      RatingLevel level;
      level.location = fields.location();
      level.id = fields.text("id", true).value_or("");
      level.name = fields.text("name", true).value_or("");
      level.name_en = fields.text("name_en", false).value_or("");
      level.value = fields.number("value", true).value_or(Rational(0));
      scale.levels.push_back(std::move(level));
    }
  }

  void read_grades(const yaml::Node& list, std::vector<GradeBand>& grades) {
    for (const yaml::NodePtr& node : list.items) {
      if (!expect_mapping(*node, file_, diagnostics_, message(MessageId::a_grade_band))) continue;
      MappingReader fields(*node, file_, diagnostics_, message(MessageId::a_grade_band));
      fields.allow_only({"id", "name", "name_en", "min", "min_inclusive", "max", "max_inclusive"});
      GradeBand band;
      band.location = fields.location();
      band.id = fields.text("id", true).value_or("");
      band.name = fields.text("name", true).value_or("");
      band.name_en = fields.text("name_en", false).value_or("");
      band.min = fields.number("min", true).value_or(Rational(0));
      band.min_inclusive = fields.boolean("min_inclusive", true).value_or(true);
      band.max = fields.number("max", true).value_or(Rational(0));
      band.max_inclusive = fields.boolean("max_inclusive", true).value_or(false);
      grades.push_back(std::move(band));
    }
  }

  void read_indicators(const yaml::Node& list, int level, std::vector<Indicator>& out, const Context& context) {
    for (const yaml::NodePtr& node : list.items) {
      if (!expect_mapping(*node, file_, diagnostics_, message(MessageId::an_indicator))) continue;
      out.push_back(read_indicator(*node, level, context));
    }
  }

  Indicator read_indicator(const yaml::Node& node, int level, Context context) {
    Indicator indicator;
    indicator.level = level;
    indicator.location = yaml::location_of(node, file_);
    MappingReader fields(node, file_, diagnostics_, message(MessageId::an_indicator));
    fields.allow_only({"id", "name", "heading", "name_en", "points", "weight", "description", "floor", "bonus",
                       "cap", "children", "items", "retired_items"});
    indicator.id = fields.text("id", true).value_or("");
    MappingReader named(node, file_, diagnostics_, message(MessageId::indicator_n, {indicator.id}));
    indicator.name = named.text("name", true).value_or("");
    indicator.heading = named.text("heading", false).value_or("");
    indicator.name_en = named.text("name_en", false).value_or("");
    indicator.description = named.text("description", false).value_or("");
    indicator.floor = named.number("floor", false, true);
    indicator.bonus = context.bonus || named.boolean("bonus", false).value_or(false);
    indicator.cap = named.number("cap", false);
    if (indicator.bonus) {
      // A bonus section's nodes may leave out points: the section's cap (or
      // the enclosing bonus node's points) is the most they can add.
      Rational enclosing = context.bonus ? context.bonus_points : indicator.cap.value_or(Rational(0));
      indicator.points = named.exact("points", false).value_or(enclosing);
      context = {true, indicator.points};
      read_weight(named, indicator, false);  // only to report it (tree_weights.cpp)
    } else if (form_ == PointsForm::weights) {
      read_weight(named, indicator, true);
      if (named.optional("points")) {
        diagnostics_.error(yaml::location_of(*named.optional("points"), file_),
                           message(MessageId::weight_and_points, {indicator.id}), RuleId::weight_value);
      }
    } else {
      indicator.points = named.exact("points", true).value_or(Rational(0));
    }
    indicator.retired_items = read_retired_items(named.list("retired_items", false), indicator.id, file_, diagnostics_);
    const yaml::Node* children = named.list("children", false);
    const yaml::Node* items = named.list("items", false);
    if (children && items) {
      diagnostics_.error(indicator.location,
                         message(MessageId::children_and_items, {indicator.id}), RuleId::indicator_shape);
    } else if (!children && !items && !named.optional("children") && !named.optional("items")) {
      diagnostics_.error(indicator.location,
                         message(MessageId::no_children_nor_items, {indicator.id}), RuleId::indicator_shape);
    }
    if (children && level >= max_indicator_depth) {
      diagnostics_.error(indicator.location, message(MessageId::indicators_too_deep, {max_indicator_depth}),
                         RuleId::too_deep);
    } else if (children) {
      read_indicators(*children, level + 1, indicator.children, context);
    } else if (items) {
      read_items(*items, indicator);
    }
    return indicator;
  }

  // `weight:`; its points are derived once the whole tree is read.
  void read_weight(MappingReader& named, Indicator& indicator, bool required) {
    indicator.weight = named.exact("weight", required);
    if (const yaml::Node* weight = named.optional("weight")) indicator.weight_location = yaml::location_of(*weight, file_);
  }

  // Each kind reads the fields of its own items (rating_items.h, rule_items.h).
  void read_items(const yaml::Node& list, Indicator& indicator) {
    for (const yaml::NodePtr& node : list.items) {
      if (!expect_mapping(*node, file_, diagnostics_, message(MessageId::an_item))) continue;
      MappingReader fields(*node, file_, diagnostics_, message(MessageId::an_item));
      Item item;
      item.location = yaml::location_of(*node, file_);
      std::visit(overloaded{[&](const RatingMean&) { allow_rated_item_keys(fields); },
                            [&](const PointsSum&) { allow_rule_item_keys(fields); }},
                 *aggregation_);
      item.id = fields.text("id", true).value_or("");
      item.text = fields.text("text", true).value_or("");
      item.kind = std::visit(
          overloaded{[&](const RatingMean&) -> decltype(item.kind) { return read_rated_item(fields); },
                     [&](const PointsSum&) -> decltype(item.kind) {
                       return read_rule_item(*node, indicator, item.id, file_, diagnostics_);
                     }},
          *aggregation_);
      indicator.items.push_back(std::move(item));
    }
  }

  const std::string& file_;
  Diagnostics& diagnostics_;
  const Aggregation* aggregation_ = nullptr;  // the scheme's, read before its indicators
  PointsForm form_ = PointsForm::points;
};

}  // namespace

std::optional<Scheme> load_tree(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  std::size_t errors_before = diagnostics.error_count();
  yaml::NodePtr root = yaml::read_yaml(text, file, diagnostics);
  if (!root) return std::nullopt;
  Scheme scheme;
  scheme.file = file;
  TreeLoader(file, diagnostics).read(*root, scheme);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  derive_points_from_weights(scheme, diagnostics);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  scheme.build_index();
  check_tree(scheme, diagnostics);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return scheme;
}

}  // namespace cityseceval
