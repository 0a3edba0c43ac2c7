// cityseceval tree: writes a scheme as an indicator-tree file, giving points
// (Table B.1) or weights (A.1-A.3), so either form can be published and
// scored (`score --tree`).
#include <memory>

#include "cityseceval/load.h"
#include "cityseceval/messages.h"
#include "cityseceval/render_tree.h"
#include "cli.h"
#include "commands.h"
#include "help_language.h"
#include "option_values.h"

namespace cityseceval::cli {

namespace {

struct TreeOptions {
  SchemeChoice scheme;
  bool as_weights = false;
  bool as_points = false;
  std::string language;
  std::string output;
};

int run_tree(TreeOptions options) {
  use_language(options.language);
  if (!output_spares(options.output, options.scheme.tree_file, MessageId::overwrite_tree)) return exit_usage;
  if (!output_spares(options.output, options.scheme.weights_file, MessageId::overwrite_input)) return exit_usage;
  if (!read_weights(options.scheme)) return exit_invalid_input;
  std::optional<Scheme> scheme = load_chosen(options.scheme);
  if (!scheme) return exit_invalid_input;
  PointsForm form = options.as_weights ? PointsForm::weights
                    : options.as_points ? PointsForm::points
                                        : scheme->form;
  return write_tree(*scheme, form, options.output);
}

}  // namespace

int write_tree(const Scheme& scheme, PointsForm form, const std::string& output) {
  std::optional<std::string> tree = render_tree_yaml(scheme, form);
  if (!tree) {
    print_error(message(MessageId::tree_writer_points_sum, {scheme.id}));
    return exit_invalid_input;
  }
  return write_output(output, *tree) ? exit_ok : exit_invalid_input;
}

Runner setup_tree(CLI::App& app) {
  auto options = std::make_shared<TreeOptions>();
  CLI::App* command = app.add_subcommand("tree", said("写出评价体系的指标树，给出分值或权重", "Write a scheme's indicator tree, giving points or weights"));
  command->footer(said(R"(指标树给出每个指标的分值（表 B.1）或权重（A.1-A.3：一级为 alpha，以下各级
为占上级的份额）；两者是同一计算，因此无论以哪种方式写出，指标树计分结果完全
相同（见 docs/scoring.md 的 "Weights"）。十进制小数无法精确表示的权重写作分数
（"1/3"、"2/7"）。使用 --weights 时，权重配置中的权重写入指标树。

示例：
  cityseceval tree --as-weights -o city-cybersecurity.weights.yaml
  cityseceval tree --tree my-weights.yaml --as-points -o my-points.yaml
  cityseceval tree --weights risk-profile.yaml --as-weights -o risk-tree.yaml

退出码：0 已写出，1 未知的评价体系、指标树或权重配置无效、计分制评价体系，或
输出无法写入，2 用法错误。)",
                       R"(A tree gives each indicator's points (Table B.1) or its weight (A.1-A.3: alpha
at level 1, a share of the parent below); the two are one computation, so a
tree written either way scores exactly the same (docs/scoring.md, "Weights").
Weights a decimal cannot hold exactly are written as fractions ("1/3", "2/7").
With --weights the profile's weights are written into the tree.

Examples:
  cityseceval tree --as-weights -o city-cybersecurity.weights.yaml
  cityseceval tree --tree my-weights.yaml --as-points -o my-points.yaml
  cityseceval tree --weights risk-profile.yaml --as-weights -o risk-tree.yaml

Exit codes: 0 written, 1 unknown scheme, invalid tree or profile, a points-sum
scheme, or unwritable output, 2 usage error.)"));
  add_scheme_options(*command, options->scheme, said("要写出的内置评价体系（默认 city-cybersecurity）", "Built-in scheme to write (default city-cybersecurity)"),
                     said("要写出的指标树（或裁剪）文件", "Indicator-tree (or tailoring) file to write"));
  CLI::Option* weights = command->add_flag("--as-weights", options->as_weights, said("给出每个指标的权重", "Give each indicator's weight"));
  CLI::Option* points = command->add_flag("--as-points", options->as_points,
                                          said("给出每个指标的分值（默认：与指标树相同）", "Give each indicator's points (default: as the tree does)"));
  weights->excludes(points);
  add_output_option(*command, options->output);
  add_language_option(*command, options->language, said("消息的语言", "Language of messages"));
  return [options] { return run_tree(*options); };
}

}  // namespace cityseceval::cli
