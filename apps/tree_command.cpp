// cityseceval tree: writes a scheme as an indicator-tree file, giving points
// (Table B.1) or weights (A.1-A.3), so either form can be published and
// scored (`score --tree`).
#include <memory>

#include "cityseceval/load.h"
#include "cityseceval/messages.h"
#include "cityseceval/render_tree.h"
#include "cli.h"
#include "commands.h"
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
  CLI::App* command = app.add_subcommand("tree", "Write a scheme's indicator tree, giving points or weights");
  command->footer(R"(A tree gives each indicator's points (Table B.1) or its weight (A.1-A.3: alpha
at level 1, a share of the parent below); the two are one computation, so a
tree written either way scores exactly the same (docs/scoring.md, "Weights").
Weights a decimal cannot hold exactly are written as fractions ("1/3", "2/7").
With --weights the profile's weights are written into the tree.

Examples:
  cityseceval tree --as-weights -o city-cybersecurity.weights.yaml
  cityseceval tree --tree my-weights.yaml --as-points -o my-points.yaml
  cityseceval tree --weights risk-profile.yaml --as-weights -o risk-tree.yaml

Exit codes: 0 written, 1 unknown scheme, invalid tree or profile, a points-sum
scheme, or unwritable output, 2 usage error.)");
  add_scheme_options(*command, options->scheme, "Built-in scheme to write (default city-cybersecurity)",
                     "Indicator-tree (or tailoring) file to write");
  CLI::Option* weights = command->add_flag("--as-weights", options->as_weights, "Give each indicator's weight");
  CLI::Option* points = command->add_flag("--as-points", options->as_points,
                                          "Give each indicator's points (default: as the tree does)");
  weights->excludes(points);
  add_output_option(*command, options->output);
  add_language_option(*command, options->language, "Language of messages");
  return [options] { return run_tree(*options); };
}

}  // namespace cityseceval::cli
