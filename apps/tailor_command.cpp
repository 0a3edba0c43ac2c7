// cityseceval tailor TAILORING: resolves a tailoring file against its base and
// writes the tailored scheme as a tree file, so it can be published and used
// like any tree.
#include <memory>

#include "cityseceval/load.h"
#include "cityseceval/messages.h"
#include "cityseceval/tailoring.h"
#include "cli.h"
#include "commands.h"
#include "help_language.h"
#include "option_values.h"

namespace cityseceval::cli {

namespace {

struct TailorOptions {
  std::string tailoring;
  std::string language;
  std::string output;
};

int run_tailor(const TailorOptions& options) {
  use_language(options.language);
  if (!output_spares(options.output, options.tailoring, MessageId::overwrite_input)) return exit_usage;
  std::string name = options.tailoring == "-" ? "<stdin>" : options.tailoring;
  Diagnostics diagnostics;
  std::optional<TailoredScheme> tailored;
  if (auto text = read_input_file(options.tailoring, diagnostics)) {
    remember_source(name, *text);
    tailored = load_tailoring(*text, name, diagnostics);
  }
  // Warnings (a level-3 points change) are shown; errors leave nothing written.
  print_diagnostics(diagnostics);
  if (!tailored) return exit_invalid_input;
  if (!output_spares(options.output, tailored->base_file, MessageId::overwrite_base)) return exit_usage;
  return write_tree(tailored->scheme, tailored->scheme.form, options.output);
}

}  // namespace

Runner setup_tailor(CLI::App& app) {
  auto options = std::make_shared<TailorOptions>();
  CLI::App* command = app.add_subcommand("tailor", said("根据裁剪文件写出裁剪后评价体系的指标树", "Write the tree of a tailored scheme from its tailoring file"));
  command->footer(said(R"(裁剪文件指定其基础评价体系（base: city-cybersecurity，或一个指标树或裁剪
文件），并列出删除（各附理由）、改写和新增的评价内容项，以及在一个二级指标内
调整的三级指标分值（见 docs/tailoring.md）。写出的指标树加载后即为裁剪后的
评价体系，记录基础评价体系和每处改动，可像任何指标树一样使用（--tree、评估
文件的 scheme:）。

示例：
  cityseceval tailor my-city.tailoring.yaml -o my-city-tree.yaml
  cityseceval check my-city.tailoring.yaml             （只检查规则）
  cityseceval score my-city.yaml --tree my-city.tailoring.yaml

退出码：0 已写出，1 裁剪文件或基础评价体系无效，或输出无法写入，2 用法错误
（包括 -o 指向裁剪文件或其基础评价体系）。)",
                       R"(A tailoring file names its base scheme (base: city-cybersecurity, or a tree or
tailoring file) and lists items removed (each with a reason), reworded and added,
and level-3 points moved within a level-2 indicator (docs/tailoring.md). The
tree written loads back to the tailored scheme, records the base and every
change, and is used like any tree (--tree, an assessment's scheme:).

Examples:
  cityseceval tailor my-city.tailoring.yaml -o my-city-tree.yaml
  cityseceval check my-city.tailoring.yaml             (the rules only)
  cityseceval score my-city.yaml --tree my-city.tailoring.yaml

Exit codes: 0 written, 1 invalid tailoring or base, or unwritable output,
2 usage error (including -o naming the tailoring file or its base).)"));
  // No CLI11 file validator: a missing file is reported like any unreadable input (exit 1).
  takes_file(command->add_option("tailoring", options->tailoring, said("裁剪文件；'-' 读取标准输入", "Tailoring file; '-' reads standard input"))
      ->required()
      ->type_name("TAILORING"), yaml_files());
  add_output_option(*command, options->output);
  add_language_option(*command, options->language, said("消息的语言", "Language of messages"));
  add_max_file_size_option(*command);
  return [options] { return run_tailor(*options); };
}

}  // namespace cityseceval::cli
