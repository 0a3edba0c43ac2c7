// cityseceval docs: a scheme's indicator tree as Markdown documentation.
#include <memory>

#include "cityseceval/messages.h"
#include "cityseceval/render_markdown.h"
#include "cli.h"
#include "commands.h"
#include "help_language.h"
#include "option_values.h"

namespace cityseceval::cli {

namespace {

struct DocsOptions {
  SchemeChoice scheme;
  std::string language;
  std::string output;
};

int run_docs(DocsOptions options) {
  Language language = use_language(options.language);
  if (!output_spares(options.output, options.scheme.tree_file, MessageId::overwrite_tree)) return exit_usage;
  if (!output_spares(options.output, options.scheme.weights_file, MessageId::overwrite_input)) return exit_usage;
  if (!read_weights(options.scheme)) return exit_invalid_input;
  std::optional<Scheme> scheme = load_chosen(options.scheme);
  if (!scheme) return exit_invalid_input;
  // The page names the tree as the user knows it: indicators/<id>.yaml for a
  // built-in scheme, the path as typed for --tree.
  std::string markdown = render_markdown(*scheme, language, scheme->file);
  return write_output(options.output, markdown) ? exit_ok : exit_invalid_input;
}

}  // namespace

Runner setup_docs(CLI::App& app) {
  auto options = std::make_shared<DocsOptions>();
  CLI::App* command = app.add_subcommand("docs", said("将指标树生成为 Markdown 文档", "Render an indicator tree as Markdown documentation"));
  command->footer(said(R"(示例：
  cityseceval docs                                   （内置评价体系，中文）
  cityseceval docs --lang en -o city-cybersecurity.en.md
  cityseceval docs --tree my-tree.yaml

文档包含指标树及每级的分值、每个评价内容项的文字、评分等级、等级划分、精度
和计分规则。退出码：0 成功，1 指标树文件无效或输出无法写入，2 用法错误。)",
                       R"(Examples:
  cityseceval docs                                   (the built-in scheme, in Chinese)
  cityseceval docs --lang en -o city-cybersecurity.en.md
  cityseceval docs --tree my-tree.yaml

The page has the tree with points per level, every item's text, the rating scale,
the grade bands, the precision and the scoring rules. Exit codes: 0 ok, 1 invalid
tree file or unwritable output, 2 usage error.)"));
  add_scheme_options(*command, options->scheme, said("要生成文档的内置评价体系", "Built-in scheme to document"), said("要生成文档的指标树文件", "Indicator-tree file to document"));
  add_language_option(*command, options->language, said("文档和消息的语言（评价内容项的文字保持中文）", "Language of the page and messages (item texts stay Chinese)"));
  add_output_option(*command, options->output);
  return [options] { return run_docs(*options); };
}

}  // namespace cityseceval::cli
