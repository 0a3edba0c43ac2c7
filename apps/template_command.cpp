// cityseceval template: writes a ready-to-fill assessment of a whole scheme.
#include <fmt/format.h>

#include <filesystem>
#include <memory>

#include "cityseceval/load.h"
#include "cityseceval/messages.h"
#include "cityseceval/template.h"
#include "cli.h"
#include "commands.h"
#include "help_language.h"
#include "option_values.h"

namespace cityseceval::cli {

namespace {

struct TemplateOptions {
  SchemeChoice scheme;
  std::string language;
  std::string format;  // empty: from -o's extension, else yaml
  std::string schema_url = "assessment.schema.json";
  std::string output;
  bool force = false;  // replace an existing -o file
  std::vector<std::string> scope;  // --scope: the dimensions of a special evaluation
};

// A template of a --tree FILE names that file relative to the template, as an
// assessment's `scheme:` path is read: the template can be filled where it was
// written. Empty (the default reference) for a built-in scheme.
std::string tree_reference(const TemplateOptions& options) {
  const std::string& tree = options.scheme.tree_file;
  if (tree.empty() || tree == "-") return "";
  namespace fs = std::filesystem;
  fs::path directory = options.output.empty() || options.output == "-"
                           ? fs::current_path()
                           : fs::absolute(options.output).parent_path();
  std::string relative =
      fs::absolute(tree).lexically_normal().lexically_relative(directory.lexically_normal()).generic_string();
  if (relative.empty()) relative = tree;
  return is_tree_path(relative) ? relative : "./" + relative;
}

// --format when given; else what -o's name says (.xlsx a workbook, .csv
// CSV); else YAML, as before there was a choice (a template.txt is YAML).
std::string chosen_format(const TemplateOptions& options) {
  if (!options.format.empty()) return options.format;
  const std::string extension = extension_of(options.output);
  if (extension == ".xlsx") return "xlsx";
  if (extension == ".csv") return "csv";
  return "yaml";
}

// The template in `format`, as the bytes to write.
std::string rendered(const TemplateOptions& options, const std::string& format, const Scheme& scheme,
                     Language language, const std::vector<const Indicator*>& scope) {
  std::string reference = tree_reference(options);
  keep_file_name(reference);
  if (format == "csv") return render_template_csv(scheme, language, reference, scope);
  // A workbook is bytes, written as they are: its renderer writes its Chinese in the run's script.
  if (format == "xlsx") return render_template_xlsx(scheme, language, script(), reference, scope);
  return render_template_yaml(scheme, language, options.schema_url, reference, scope);
}

int run_template(TemplateOptions options) {
  Language language = use_language(options.language);
  options.format = chosen_format(options);
  if (options.format == "xlsx" && !workbook_output_given(options.output)) return exit_usage;
  if (!output_spares(options.output, options.scheme.tree_file, MessageId::overwrite_tree)) return exit_usage;
  if (!output_spares(options.output, options.scheme.weights_file, MessageId::overwrite_input)) return exit_usage;
  if (!read_weights(options.scheme)) return exit_invalid_input;
  std::optional<Scheme> scheme = load_chosen(options.scheme);
  if (!scheme) return exit_invalid_input;
  // A CSV template has one rating column; a points-sum scheme records facts of
  // many shapes (ratios, lists, composites), which only the YAML template explains.
  if (options.format == "csv" && !csv_template_supported(*scheme)) {
    print_error(message(MessageId::csv_template_facts, {scheme->id}));
    return exit_usage;
  }
  std::vector<const Indicator*> scope;
  if (!options.scope.empty()) {
    Diagnostics diagnostics;
    std::optional<std::vector<const Indicator*>> dimensions = scope_of(*scheme, options.scope, diagnostics);
    print_diagnostics(diagnostics);
    if (!dimensions) return exit_usage;
    scope = std::move(*dimensions);
  }
  std::string text = rendered(options, options.format, *scheme, language, scope);
  // A template is written to be filled in: writing over one could lose an assessor's work.
  Existing existing = options.force ? Existing::replace : Existing::refuse;
  Content content = options.format == "xlsx" ? Content::bytes : Content::text;
  return write_output(options.output, text, existing, content) ? exit_ok : exit_invalid_input;
}

}  // namespace

Runner setup_template(CLI::App& app) {
  auto options = std::make_shared<TemplateOptions>();
  CLI::App* command = app.add_subcommand("template", said("写出整个评价体系的待填写评估文件", "Write a ready-to-fill assessment of a whole scheme"));
  command->footer(said(R"(示例：
  cityseceval template -o my-city.yaml                  （YAML；逐项填写每个 todo）
  cityseceval schema assessment -o assessment.schema.json   （YAML 所指定的 schema）
  cityseceval template --format csv --lang en -o my-city.csv   （供 Excel 或 WPS 使用）
  cityseceval template -o my-city.xlsx                  （工作簿：下拉列表，输入单元格加底色）
  cityseceval template --scheme municipal-infosec-work -o sheet.xlsx
  cityseceval template --tree my-tree.yaml -o my-city.yaml
  cityseceval template --scope 7 -o special.yaml        （对维度 7 的专项评价）

每个评分（对 municipal-infosec-work 这样的计分制评价体系，为每个事实）都是占位
符 todo，在工作簿中为空的输入单元格；'score' 和 'check' 报告还剩多少未填。填好
的 CSV 或工作簿由 'score' 和 'check' 像 YAML 评估文件一样读取；CSV 模板仅适用
于评分制评价体系（计分制评价体系请用 --format yaml 或 xlsx）。未给出 --format
时，格式由 -o 的文件名决定：.xlsx 为工作簿，.csv 为 CSV，其他为 YAML。工作簿
必须用 -o FILE 写出：从不写到标准输出。
除非给出 --force，-o 从不替换已有的文件（它可能是已填写的模板）。
退出码：0 成功，1 指标树无效、输出无法写入或已存在，2 用法错误。)",
                       R"(Examples:
  cityseceval template -o my-city.yaml                  (YAML; fill in each todo)
  cityseceval schema assessment -o assessment.schema.json   (the schema the YAML names)
  cityseceval template --format csv --lang en -o my-city.csv   (for Excel or WPS)
  cityseceval template -o my-city.xlsx                  (a workbook: dropdowns, input cells shaded)
  cityseceval template --scheme municipal-infosec-work -o sheet.xlsx
  cityseceval template --tree my-tree.yaml -o my-city.yaml
  cityseceval template --scope 7 -o special.yaml        (a special evaluation of dimension 7)

Every rating (every fact, for a points-sum scheme such as municipal-infosec-work)
is the placeholder todo, or an empty input cell in a workbook; 'score' and
'check' report how many are left. A filled CSV or workbook is read by 'score'
and 'check' like a YAML assessment; CSV templates are for rating schemes only
(a points-sum scheme: use --format yaml or xlsx). Without --format, the format
follows -o's name: .xlsx a workbook, .csv CSV, anything else YAML. A workbook
needs -o FILE: it is never written to standard output.
-o never replaces an existing file (it may be a filled-in template) unless
--force is given.
Exit codes: 0 ok, 1 invalid tree, unwritable or existing output, 2 usage error.)"));
  add_scheme_options(*command, options->scheme, said("内置评价体系（默认 city-cybersecurity）", "Built-in scheme (default city-cybersecurity)"),
                     said("指标树文件，代替内置评价体系", "Indicator-tree file instead of a built-in scheme"));
  add_language_option(*command, options->language, said("名称、注释和消息的语言", "Language of names, comments and messages"));
  one_of(command->add_option("--format", options->format, said("模板格式（默认：由 -o 的扩展名决定，否则为 yaml）", "Template format (default: from -o's extension, else yaml)"))->type_name("FORMAT"), {"yaml", "csv", "xlsx"});
  command->add_option("--schema-url", options->schema_url, said("YAML 模板第一行所指定的 schema", "Schema named on the YAML template's first line"))
      ->type_name("URL")
      ->capture_default_str();
  add_output_option(*command, options->output);
  command->add_flag("--force", options->force, said("-o 指定的文件已存在时替换它", "Replace the -o file if it exists"));
  command->add_option("--scope", options->scope,
                      said("专项评价：只含这些一级指标（维度），如 --scope 7 或 --scope 6,8", "A special evaluation: only these level-1 indicators (dimensions), e.g. --scope 7 or --scope 6,8"))
      ->delimiter(',')
      ->type_name("ID");
  return [options] { return run_template(*options); };
}

}  // namespace cityseceval::cli
