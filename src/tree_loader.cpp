// Reads an indicator-tree file (format: docs/tree-format.md) into a Scheme.
#include <fmt/format.h>

#include "cityseceval/load.h"
#include "rule_reader.h"
#include "yaml_fields.h"
#include "yaml_reader.h"

namespace cityseceval {

namespace {

// Deep enough for any real scheme, shallow enough that a hostile file cannot
// recurse far (the YAML reader already caps nesting; this caps our own walk).
constexpr int max_indicator_depth = 10;

class TreeLoader {
 public:
  TreeLoader(const std::string& file, Diagnostics& diagnostics) : file_(file), diagnostics_(diagnostics) {}

  void read(const yaml::Node& root, Scheme& scheme) {
    if (!expect_mapping(root, file_, diagnostics_, "an indicator-tree file")) return;
    MappingReader top(root, file_, diagnostics_, "the indicator tree");
    top.allow_only({"id", "title", "title_en", "source", "version", "max_points", "aggregation", "total_cap",
                    "precision", "scale", "grades", "indicators"});
    scheme.id = top.text("id", true).value_or("");
    scheme.title = top.text("title", true).value_or("");
    scheme.title_en = top.text("title_en", false).value_or("");
    scheme.source = top.text("source", false).value_or("");
    scheme.version = top.text("version", false).value_or("");
    scheme.max_points = top.number("max_points", true).value_or(Rational(0));
    read_aggregation(top, scheme);
    scheme.total_cap = top.number("total_cap", false);
    aggregation_ = scheme.aggregation;
    if (const yaml::Node* precision = top.optional("precision")) {
      read_precision(*precision, scheme.precision);
    } else {
      // The defaults decide every reported score and so every grade: a
      // published tree should say what it means rather than rely on them.
      diagnostics_.warning({file_, 1, 1},
                           "the tree declares no precision; scores are shown with 2 decimals, rounded half-up",
                           "precision");
    }
    // Rule-based sheets rate nothing on a scale.
    bool rated = scheme.aggregation == Aggregation::rating_mean;
    if (const yaml::Node* scale = top.list("scale", rated)) read_scale(*scale, scheme.scale);
    if (const yaml::Node* grades = top.list("grades", false)) read_grades(*grades, scheme.grades);
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

  void read_aggregation(MappingReader& top, Scheme& scheme) {
    const yaml::Node* value = top.optional("aggregation");
    if (!value) return;
    if (value->kind == yaml::NodeKind::scalar && value->value == "rating-mean") {
      scheme.aggregation = Aggregation::rating_mean;
    } else if (value->kind == yaml::NodeKind::scalar && value->value == "points-sum") {
      scheme.aggregation = Aggregation::points_sum;
    } else {
      diagnostics_.error(yaml::location_of(*value, file_),
                         fmt::format("unknown aggregation {}; expected rating-mean or points-sum",
                                     yaml::describe(*value)),
                         "wrong-type");
    }
  }

  void read_precision(const yaml::Node& node, Precision& precision) {
    if (!expect_mapping(node, file_, diagnostics_, "\"precision\"")) return;
    MappingReader fields(node, file_, diagnostics_, "the precision");
    fields.allow_only({"decimals", "rounding"});
    precision.decimals = fields.whole_number("decimals", true, 0, 10).value_or(2);
    const yaml::Node* value = fields.optional("rounding");
    if (!value) {
      diagnostics_.warning(yaml::location_of(node, file_),
                           "the precision declares no rounding; scores are rounded half-up", "precision");
    } else {
      auto rounding = value->kind == yaml::NodeKind::scalar ? parse_rounding(value->value) : std::nullopt;
      if (rounding) {
        precision.rounding = *rounding;
      } else {
        diagnostics_.error(yaml::location_of(*value, file_),
                           fmt::format("unknown rounding {}; expected half-up or half-even", yaml::describe(*value)),
                           "precision");
      }
    }
  }

  void read_scale(const yaml::Node& list, RatingScale& scale) {
    for (const yaml::NodePtr& node : list.items) {
      if (!expect_mapping(*node, file_, diagnostics_, "a rating-scale level")) continue;
      MappingReader fields(*node, file_, diagnostics_, "a rating-scale level");
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
      if (!expect_mapping(*node, file_, diagnostics_, "a grade band")) continue;
      MappingReader fields(*node, file_, diagnostics_, "a grade band");
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
      if (!expect_mapping(*node, file_, diagnostics_, "an indicator")) continue;
      out.push_back(read_indicator(*node, level, context));
    }
  }

  Indicator read_indicator(const yaml::Node& node, int level, Context context) {
    Indicator indicator;
    indicator.level = level;
    indicator.location = yaml::location_of(node, file_);
    MappingReader fields(node, file_, diagnostics_, "an indicator");
    fields.allow_only({"id", "name", "heading", "name_en", "points", "description", "floor", "bonus", "cap",
                       "children", "items"});
    indicator.id = fields.text("id", true).value_or("");
    MappingReader named(node, file_, diagnostics_, fmt::format("indicator {}", indicator.id));
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
      indicator.points = named.number("points", false).value_or(enclosing);
      context = {true, indicator.points};
    } else {
      indicator.points = named.number("points", true).value_or(Rational(0));
    }
    const yaml::Node* children = named.list("children", false);
    const yaml::Node* items = named.list("items", false);
    if (children && items) {
      diagnostics_.error(indicator.location,
                         fmt::format("indicator {} has both \"children\" and \"items\"; an indicator either groups "
                                     "other indicators or is rated by items",
                                     indicator.id),
                         "indicator-shape");
    } else if (!children && !items && !named.optional("children") && !named.optional("items")) {
      diagnostics_.error(indicator.location,
                         fmt::format("indicator {} has neither \"children\" nor \"items\"", indicator.id),
                         "indicator-shape");
    }
    if (children && level >= max_indicator_depth) {
      diagnostics_.error(indicator.location, fmt::format("indicators nest deeper than {} levels", max_indicator_depth),
                         "too-deep");
    } else if (children) {
      read_indicators(*children, level + 1, indicator.children, context);
    } else if (items) {
      read_items(*items, indicator);
    }
    return indicator;
  }

  void read_items(const yaml::Node& list, Indicator& indicator) {
    for (const yaml::NodePtr& node : list.items) {
      if (!expect_mapping(*node, file_, diagnostics_, "an item")) continue;
      MappingReader fields(*node, file_, diagnostics_, "an item");
      Item item;
      item.location = yaml::location_of(*node, file_);
      if (aggregation_ == Aggregation::rating_mean) {
        fields.allow_only({"id", "text", "direct_score"});
      } else {
        fields.allow_only({"id", "text", "points", "rule", "basis", "decision"});
      }
      item.id = fields.text("id", true).value_or("");
      item.text = fields.text("text", true).value_or("");
      if (aggregation_ == Aggregation::rating_mean) {
        item.direct_score = fields.boolean("direct_score", false).value_or(false);
      } else {
        read_rule_fields(*node, indicator, item);
      }
      indicator.items.push_back(std::move(item));
    }
  }

  // points-sum items: the maximum, the rule, and the sheet's notes.
  void read_rule_fields(const yaml::Node& node, const Indicator& indicator, Item& item) {
    MappingReader fields(node, file_, diagnostics_, fmt::format("item {}", item.id));
    item.points = fields.number("points", !indicator.bonus, true);
    item.basis = fields.text("basis", false).value_or("");
    item.decision = fields.text("decision", false).value_or("");
    if (const yaml::Node* rule = fields.required("rule")) {
      if (auto read = read_rule(*rule, file_, item.points, diagnostics_)) {
        item.rule = std::make_shared<const Rule>(std::move(*read));
      }
    }
  }

  const std::string& file_;
  Diagnostics& diagnostics_;
  Aggregation aggregation_ = Aggregation::rating_mean;
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
  scheme.build_index();
  check_tree(scheme, diagnostics);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return scheme;
}

}  // namespace cityseceval
