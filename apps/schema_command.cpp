// cityseceval schema tree|assessment|tailoring|weights|plan : prints a JSON Schema the binary carries,
// so an installed tool can give editors the schema its templates point to.
#include <memory>

#include <fmt/format.h>

#include "cityseceval/messages.h"
#include "cityseceval/schemas.h"
#include "cli.h"
#include "commands.h"
#include "help_language.h"
#include "option_values.h"
#include "cityseceval/suggest.h"

namespace cityseceval::cli {

namespace {

struct SchemaOptions {
  std::string name;
  std::string output;
  std::string language;
};

int run_schema(const SchemaOptions& options) {
  use_language(options.language);
  const JsonSchema* schema = find_json_schema(options.name);
  if (!schema) {
    std::vector<std::string> names;
    for (const JsonSchema& known : json_schemas()) names.emplace_back(known.name);
    print_error(message(MessageId::unknown_schema_name, {options.name, did_you_mean(options.name, names), join_all(names)}));
    return exit_usage;
  }
  return write_output(options.output, std::string(schema->text)) ? exit_ok : exit_invalid_input;
}

}  // namespace

Runner setup_schema(CLI::App& app) {
  auto options = std::make_shared<SchemaOptions>();
  CLI::App* command = app.add_subcommand("schema", said("输出指标树、评估文件、裁剪文件、权重配置或评价计划文件的 JSON Schema", "Print the JSON Schema of indicator-tree, assessment, tailoring, weight-profile or plan files"));
  command->footer(said(R"(示例：
  cityseceval schema tree
  cityseceval schema assessment -o assessment.schema.json
  cityseceval schema tailoring -o tailoring.schema.json
  cityseceval schema weights -o weight-profile.schema.json
  cityseceval schema plan -o plan.schema.json

这些 schema（JSON Schema draft 2020-12）让编辑器在输入时检查文件：
'cityseceval template' 生成的模板在其 '# yaml-language-server: $schema=' 行中
指定 assessment.schema.json，请把它放在模板旁边。schema 检查键、类型和评分用
词；其余一切由 'cityseceval check' 检查。
退出码：0 成功，1 输出无法写入，2 用法错误。)",
                       R"(Examples:
  cityseceval schema tree
  cityseceval schema assessment -o assessment.schema.json
  cityseceval schema tailoring -o tailoring.schema.json
  cityseceval schema weights -o weight-profile.schema.json
  cityseceval schema plan -o plan.schema.json

The schemas (JSON Schema draft 2020-12) let an editor check a file as you type:
templates from 'cityseceval template' name assessment.schema.json in their
'# yaml-language-server: $schema=' line, so put it beside them. They check keys,
types and rating words; 'cityseceval check' checks everything else.
Exit codes: 0 ok, 1 the output cannot be written, 2 usage error.)"));
  offers(command->add_option("name", options->name, said("哪一个 schema：tree、assessment、tailoring、weights 或 plan", "Which schema: tree, assessment, tailoring, weights or plan"))->required()->type_name("NAME"), {"tree", "assessment", "tailoring", "weights", "plan"});
  add_output_option(*command, options->output);
  add_language_option(*command, options->language, said("消息的语言", "Language of messages"));
  return [options] { return run_schema(*options); };
}

}  // namespace cityseceval::cli
