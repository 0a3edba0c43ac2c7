// Step 1 of reading a plan: the file's own shape (docs/plan-format.md).
#include <map>

#include "cityseceval/messages.h"
#include "plan_document.h"
#include "yaml_fields.h"
#include "yaml_reader.h"

namespace cityseceval {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

// What is wrong with `date` as a YYYY-MM-DD calendar date, or nullopt. A
// stage's date is when it is due: 2025-02-30 must not pass for one, as a
// text comparison or a spreadsheet would let it.
std::optional<Text> date_problem(std::string_view date) {
  bool form = date.size() == 10 && date[4] == '-' && date[7] == '-';
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) form = form && is_digit(date[i]);
  if (!form) return message(MessageId::plan_date_form, {date});
  auto number = [&](std::size_t at, std::size_t length) {
    int value = 0;
    for (std::size_t i = at; i < at + length; ++i) value = value * 10 + (date[i] - '0');
    return value;
  };
  const int year = number(0, 4);
  const int month = number(5, 2);
  const int day = number(8, 2);
  if (month < 1 || month > 12) return message(MessageId::plan_date_month, {date, month});
  if (day < 1 || day > days_in_month(year, month)) {
    return message(MessageId::plan_date_day, {date, month, year, days_in_month(year, month)});
  }
  return std::nullopt;
}

class PlanParser {
 public:
  PlanParser(const std::string& file, Diagnostics& diagnostics) : file_(file), diagnostics_(diagnostics) {}

  // False when the root is not a mapping: nothing of a plan to keep.
  bool read(const yaml::Node& root, PlanDocument& document) {
    if (root.kind != yaml::NodeKind::mapping) {
      diagnostics_.error(yaml::location_of(root, file_), message(MessageId::not_a_plan, {yaml::describe(root)}),
                         RuleId::wrong_type);
      return false;
    }
    MappingReader top(root, file_, diagnostics_, message(MessageId::the_plan));
    top.allow_only({"plan", "plan_en", "scheme", "city", "stages"});
    document.title = top.text("plan", true).value_or("");
    document.title_en = top.text("plan_en", false).value_or("");
    document.city = top.text("city", true).value_or("");
    if (const yaml::Node* scheme = top.optional("scheme")) {
      document.scheme_location = yaml::location_of(*scheme, file_);
      document.scheme = top.text("scheme", false);
    }
    const yaml::Node* stages_key = top.key_node("stages");
    document.stages_location = stages_key ? yaml::location_of(*stages_key, file_) : top.location();
    if (const yaml::Node* stages = top.list("stages", true)) read_stages(*stages, document);
    return true;
  }

 private:
  void read_stages(const yaml::Node& stages, PlanDocument& document) {
    if (stages.items.empty()) {
      diagnostics_.error(document.stages_location, message(MessageId::plan_no_stages), RuleId::wrong_type);
    }
    std::map<std::string, int> first_line_of_name;
    for (std::size_t i = 0; i < stages.items.size(); ++i) {
      const yaml::Node& entry = *stages.items[i];
      Text what = message(MessageId::stage_n, {i + 1});
      if (!expect_mapping(entry, file_, diagnostics_, what)) continue;
      WrittenStage stage = read_stage(entry, what);
      if (!stage.name.empty()) {
        auto [first, is_new] = first_line_of_name.emplace(stage.name, stage.location.line);
        if (!is_new) {
          diagnostics_.error(stage.location, message(MessageId::plan_stage_name_twice, {stage.name, first->second}),
                             RuleId::plan_stage_name);
        }
      }
      document.stages.push_back(std::move(stage));
    }
  }

  WrittenStage read_stage(const yaml::Node& entry, const Text& what) {
    WrittenStage stage;
    MappingReader fields(entry, file_, diagnostics_, what);
    fields.allow_only({"name", "name_en", "scope", "date"});
    stage.location = fields.location();
    stage.name = fields.text("name", true).value_or("");
    if (!stage.name.empty()) stage.location = yaml::location_of(*fields.optional("name"), file_);
    stage.name_en = fields.text("name_en", false).value_or("");
    if (std::optional<std::string> date = fields.text("date", false)) {
      if (std::optional<Text> problem = date_problem(*date)) {
        diagnostics_.error(yaml::location_of(*fields.optional("date"), file_), *problem, RuleId::plan_date);
      } else {
        stage.date = *date;
      }
    }
    if (const yaml::Node* scope = fields.required("scope")) {
      stage.scope = read_scope(*fields.key_node("scope"), *scope, file_, diagnostics_);
    }
    return stage;
  }

  const std::string& file_;
  Diagnostics& diagnostics_;
};

}  // namespace

std::optional<PlanDocument> parse_plan(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
  // Counted before reading, so a duplicate key (reported by the reader, which
  // still returns the tree) makes the plan invalid.
  const std::size_t errors_before = diagnostics.error_count();
  yaml::NodePtr root = yaml::read_yaml(text, file, diagnostics);
  if (!root) return std::nullopt;
  PlanDocument document;
  document.file = file;
  if (!PlanParser(file, diagnostics).read(*root, document)) return std::nullopt;
  document.valid = diagnostics.error_count() == errors_before;
  return document;
}

}  // namespace cityseceval
