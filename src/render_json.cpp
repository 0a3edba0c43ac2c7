#include "cityseceval/render.h"
#include "cityseceval/rules.h"
#include "cityseceval/tailoring.h"
#include "fact_format.h"
#include "json_generator.h"
#include "json_number.h"
#include "json_writer.h"
#include "json_scheme.h"
#include "overloaded.h"
#include "small_rational.h"

namespace cityseceval {

namespace {

// One piece of code writes the object of a result (docs/json-output.md);
// render_json, render_json_element and render_json_line differ only in the
// writer's style. The keys are written in the order of the contract, and a
// key that is present only sometimes is written only then.
class ResultWriter {
 public:
  ResultWriter(const ScoreResult& result, JsonWriter& out) : result_(result), scheme_(*result.scheme), out_(out) {}

  void write() {
    out_.begin_object();
    out_.key("scheme");
    out_.value(scheme_json(scheme_));
    if (scheme_.tailoring) {
      out_.key("tailoring");
      tailoring(*scheme_.tailoring);
    }
    if (scheme_.weighted()) {
      out_.key("weights");
      out_.value(weights_json(scheme_));
    }
    out_.key("assessment");
    out_.begin_object();
    out_.member("file", result_.file);
    out_.member("city", result_.city);
    text_or_null("period", result_.period);
    out_.end_object();
    reported("score", result_.composite);
    exact("score_exact", result_.composite);
    out_.member("max", exact_json_number(result_.max));
    if (!result_.scope.empty()) scope();
    if (!result_.not_applicable.empty()) not_applicable();
    if (result_.normalised()) evaluated();
    if (result_.bonus) bonus(*result_.bonus);
    if (result_.grade) {
      out_.key("grade");
      out_.begin_object();
      out_.member("id", result_.grade->id);
      out_.member("name", result_.grade->name);
      out_.member("name_en", result_.grade->name_en);
      out_.end_object();
    } else {
      out_.null_member("grade");
    }
    out_.key("indicators");
    out_.begin_array();
    for (const IndicatorResult& node : result_.indicators) indicator(node);
    out_.end_array();
    out_.key("generator");
    out_.value(generator_json());
    out_.end_object();
  }

 private:
  // A number rounded to the scheme's decimals.
  void reported(std::string_view name, const Rational& value) {
    out_.member(name, rounded_json_number(value, scheme_.precision.decimals, scheme_.precision.rounding));
  }

  // A value exactly, "p/q" (docs/json-output.md's *_exact keys).
  void exact(std::string_view name, const Rational& value) {
    if (auto parts = small::parts_of(value.mpq())) {
      char buffer[small::decimal_buffer_size];
      out_.member(name, small::fraction_text(*parts, buffer));
    } else {
      out_.member(name, value.exact_string());
    }
  }

  void text_or_null(std::string_view name, const std::string& text) {
    if (text.empty()) out_.null_member(name);
    else out_.member(name, text);
  }

  // Always written, [] when the item names none: like `note`, every item has
  // the key, and a list is empty rather than null.
  void evidence(const std::vector<std::string>& pieces) {
    out_.key("evidence");
    out_.begin_array();
    for (const std::string& piece : pieces) out_.string(piece);
    out_.end_array();
  }

  // An item of a points-sum scheme: the fact, the rule in words, how the rule
  // turned the fact into points, and the points.
  void item(const Item& item, const RuleItemResult& outcome) {
    const Rule& rule = std::get<RuleItem>(item.kind).rule;
    Text description = describe(rule);
    out_.begin_object();
    out_.member("id", item.id);
    out_.key("fact");
    // The one JSON form of a fact, shared with the comparison report.
    if (outcome.fact) out_.value(fact_json(*outcome.fact));
    else out_.null();
    out_.key("rule");
    out_.begin_object();
    out_.member("type", rule_type_name(rule));
    out_.member("description", description.zh);
    out_.member("description_en", description.en);
    out_.member("explanation", outcome.explanation.zh);
    out_.member("explanation_en", outcome.explanation.en);
    out_.end_object();
    reported("points", outcome.points);
    exact("points_exact", outcome.points);
    text_or_null("note", outcome.note);
    evidence(outcome.evidence);
    out_.end_object();
  }

  // An item of a rating-mean scheme: the rating given, or na with its reason.
  void item(const Item& item, const RatedItemResult& outcome) {
    out_.begin_object();
    out_.member("id", item.id);
    if (outcome.rating) {
      out_.member("rating", outcome.rating->id);
      out_.member("value", exact_json_number(outcome.rating->value));
    } else {
      out_.member("rating", "na");
      out_.null_member("value");
      out_.member("reason", outcome.reason);
    }
    text_or_null("note", outcome.note);
    evidence(outcome.evidence);
    out_.end_object();
  }

  // An indicator's weight (A.1-A.3), where the scheme is weighted: as a
  // number and exactly, since a weight such as 1/3 has no exact decimal.
  void weight(const Indicator& indicator) {
    if (!scheme_.weighted() || indicator.bonus) return;
    Rational weight = scheme_.weight_of(indicator);
    out_.member("weight", exact_json_number(weight));
    exact("weight_exact", weight);
  }

  void indicator(const IndicatorResult& node) {
    const Indicator& indicator = *node.indicator;
    out_.begin_object();
    out_.member("id", indicator.id);
    out_.member("level", JsonNumber{true, indicator.level, 0});
    out_.member("name", indicator.name);
    out_.member("name_en", indicator.name_en);
    // A dimension the scope leaves out has nothing more to say.
    if (node.status == Status::out_of_scope) {
      out_.member("status", status_id(node.status));
      out_.member("max", exact_json_number(node.max));
      weight(indicator);
      out_.end_object();
      return;
    }
    const bool evaluated = node.status == Status::evaluated;
    if (!evaluated) out_.member("status", status_id(node.status));
    if (evaluated) {
      reported("score", node.earned);
      exact("score_exact", node.earned);
    } else {
      out_.null_member("score");
      out_.null_member("score_exact");
    }
    // Only where a floor or a cap changed the sum.
    if (node.limit) {
      reported("raw", node.raw);
      exact("raw_exact", node.raw);
    }
    out_.member("max", exact_json_number(node.max));
    weight(indicator);
    // Only where part of the indicator is na: the points that count.
    if (evaluated && node.evaluated != node.max) out_.member("evaluated_max", exact_json_number(node.evaluated));
    if (evaluated) reported("percent", node.percent());
    else out_.null_member("percent");
    if (node.aggregate) {
      std::visit(overloaded{[&](const MeanOfRatings& mean) { out_.member("direct_score_applied", mean.direct_score_applied); },
                            [](const SumOfPoints&) {}},
                 *node.aggregate);
      out_.key("items");
      out_.begin_array();
      for (const ItemResult& item : node.items) {
        std::visit([&](const auto& outcome) { this->item(*item.item, outcome); }, item.outcome);
      }
      out_.end_array();
    } else {
      out_.key("children");
      out_.begin_array();
      for (const IndicatorResult& child : node.children) this->indicator(child);
      out_.end_array();
    }
    out_.end_object();
  }

  // How the total came about: sections + capped bonus, then the total cap.
  void bonus(const BonusResult& bonus) {
    out_.key("bonus");
    out_.begin_object();
    reported("sections", bonus.sections);
    exact("sections_exact", bonus.sections);
    reported("raw", bonus.raw);
    exact("raw_exact", bonus.raw);
    reported("capped", bonus.capped);
    exact("capped_exact", bonus.capped);
    out_.member("cap", exact_json_number(bonus.cap));
    reported("total_before_cap", bonus.total_before_cap);
    exact("total_before_cap_exact", bonus.total_before_cap);
    if (scheme_.total_cap) out_.member("total_cap", exact_json_number(*scheme_.total_cap));
    else out_.null_member("total_cap");
    out_.end_object();
  }

  // A special or phased evaluation: the dimensions in scope, the points
  // earned in them and their points.
  void scope() {
    out_.key("scope");
    out_.begin_object();
    out_.key("dimensions");
    out_.begin_array();
    for (const Indicator* dimension : result_.scope) out_.string(dimension->id);
    out_.end_array();
    reported("earned", result_.evaluated.earned);
    exact("earned_exact", result_.evaluated.earned);
    out_.member("max", exact_json_number(result_.evaluated.scope_max));
    out_.end_object();
  }

  // The indicators whose items are all na, and the points they take out.
  void not_applicable() {
    out_.key("not_applicable");
    out_.begin_object();
    out_.key("indicators");
    out_.begin_array();
    for (const Indicator* indicator : result_.not_applicable) out_.string(indicator->id);
    out_.end_array();
    out_.member("points", exact_json_number(result_.evaluated.scope_max - result_.evaluated.max));
    out_.end_object();
  }

  // What the composite was scaled from: earned over the points that count.
  void evaluated() {
    out_.key("evaluated");
    out_.begin_object();
    reported("earned", result_.evaluated.earned);
    exact("earned_exact", result_.evaluated.earned);
    out_.member("max", exact_json_number(result_.evaluated.max));
    out_.end_object();
  }

  // Where a tailored scheme comes from: its base and every change, each with
  // the keys its kind has (docs/json-output.md).
  void tailoring(const Tailoring& record) {
    out_.begin_object();
    out_.key("base");
    out_.begin_object();
    out_.member("id", record.base_id);
    out_.member("version", record.base_version);
    out_.end_object();
    out_.key("changes");
    out_.begin_array();
    for (const TailoringChange& change : record.changes) {
      out_.begin_object();
      out_.member("kind", change_kind_name(change.kind));
      if (!change.indicator.empty()) out_.member("indicator", change.indicator);
      if (!change.item.empty()) out_.member("item", change.item);
      if (change.kind == TailoringChange::Kind::reword || change.kind == TailoringChange::Kind::add) {
        out_.member("text", change.text);
      }
      if (change.kind == TailoringChange::Kind::points) {
        out_.member("from", exact_json_number(change.from));
        out_.member("to", exact_json_number(change.to));
      }
      text_or_null("reason", change.reason);
      out_.end_object();
    }
    out_.end_array();
    out_.end_object();
  }

  const ScoreResult& result_;
  const Scheme& scheme_;
  JsonWriter& out_;
};

// About what a result takes on one line: an item about 100 bytes, an
// indicator about 250 (more when pretty); a note or a long name only makes
// the text grow once more.
std::size_t expected_size(const ScoreResult& result, JsonWriter::Style style) {
  const std::size_t compact = 1024 + result.scheme->item_count() * 100 + result.scheme->indicator_count() * 250;
  return style == JsonWriter::Style::pretty ? compact * 5 / 2 : compact;
}

std::string result_text(const ScoreResult& result, JsonWriter::Style style, int depth) {
  JsonWriter writer(style, depth, expected_size(result, style));
  ResultWriter(result, writer).write();
  return writer.take();
}

}  // namespace

std::string render_json(const ScoreResult& result) { return result_text(result, JsonWriter::Style::pretty, 0) + "\n"; }

std::string render_json_line(const ScoreResult& result) {
  return result_text(result, JsonWriter::Style::compact, 0) + "\n";
}

std::string render_json_element(const ScoreResult& result, std::size_t index) {
  // An element of a pretty array is indented by one level more.
  return (index == 0 ? "[\n  " : ",\n  ") + result_text(result, JsonWriter::Style::pretty, 1);
}

std::string json_array_element(std::string_view object, std::size_t index) {
  // nlohmann's dump(2) of an array indents each element by two more spaces.
  std::string out = index == 0 ? "[\n  " : ",\n  ";
  out.reserve(out.size() + object.size() * 11 / 10);
  for (char c : object) {
    out += c;
    if (c == '\n') out += "  ";
  }
  return out;
}

std::string json_array_close(std::size_t count) { return count == 0 ? "[]\n" : "\n]\n"; }

std::string render_json(const std::vector<ScoreResult>& results) {
  std::string out;
  for (std::size_t i = 0; i < results.size(); ++i) out += render_json_element(results[i], i);
  return out + json_array_close(results.size());
}

}  // namespace cityseceval
