// cityseceval compare OLD NEW : what changed between two assessments of a city.
#include <memory>

#include "cityseceval/compare.h"
#include "cityseceval/input.h"
#include "cityseceval/load.h"
#include "cityseceval/messages.h"
#include "cityseceval/render_compare.h"
#include "cityseceval/score.h"
#include "assessment_files.h"
#include "cli.h"
#include "commands.h"
#include "option_values.h"

namespace cityseceval::cli {

namespace {

struct CompareCommandOptions {
  std::vector<std::string> files;  // OLD and NEW
  SchemeChoice scheme;
  ReadOptions read;  // --lenient, --require-evidence
  CompareOptions compare;
  bool allow_different_trees = false;
  std::string format = "text";
  std::string language;
  std::string output;
};

// Usage errors, before any file is read: two files, stdin at most once,
// -o over neither input.
bool usage_ok(const CompareCommandOptions& options) {
  if (options.files.size() != 2) {
    print_error(message(MessageId::compare_two_files, {options.files.size()}));
    return false;
  }
  if (!stdin_at_most_once(options.files)) return false;
  for (const std::string& file : options.files) {
    if (!output_spares(options.output, file, MessageId::overwrite_input)) return false;
  }
  return output_spares(options.output, options.scheme.weights_file, MessageId::overwrite_input) &&
         output_spares(options.output, options.scheme.tree_file, MessageId::overwrite_tree);
}

std::string report(const CompareCommandOptions& options, const Comparison& comparison) {
  if (options.format == "json") return render_compare_json(comparison);
  if (options.format == "markdown") return render_compare_markdown(comparison, language());
  return render_compare_text(comparison, language());
}

int run_compare(CompareCommandOptions options) {
  use_language(options.language);
  if (!usage_ok(options)) return exit_usage;
  if (!read_weights(options.scheme)) return exit_invalid_input;
  SchemeCache schemes;
  if (!preload_choice(options.scheme, schemes)) return exit_invalid_input;
  auto loaded = load_assessment_files(options.files, options.scheme, options.read, schemes);
  if (!loaded) return exit_invalid_input;
  const ScoreResult old = score(*(*loaded)[0].scheme, (*loaded)[0].assessment);
  const ScoreResult now = score(*(*loaded)[1].scheme, (*loaded)[1].assessment);
  if (auto mismatch = tree_mismatch(old, now); mismatch && !options.allow_different_trees) {
    print_error(*mismatch);
    return exit_invalid_input;
  }
  const Comparison comparison = compare(old, now, options.compare);
  for (const Text& caveat : comparison.caveats) print_warning(caveat);
  return write_output(options.output, report(options, comparison)) ? exit_ok : exit_invalid_input;
}

}  // namespace

Runner setup_compare(CLI::App& app) {
  auto options = std::make_shared<CompareCommandOptions>();
  CLI::App* command = app.add_subcommand("compare", "Compare two assessments of a city: what changed, and by how much");
  command->footer(R"(Examples:
  cityseceval compare city-2024.yaml city-2025.yaml
  cityseceval compare city-2024.yaml city-2025.yaml --all --lang en
  cityseceval compare old.yaml new.yaml --format json -o changes.json
  cityseceval compare base-tree.yaml tailored.yaml --allow-different-trees

Each file is loaded and scored as 'score' does. The report gives the
composite and grade before and after, the biggest gains and losses among the
rated indicators, every indicator whose points changed (every one with
--all) and every item whose rating or fact changed. Two assessments scored
with different trees (scheme id or version) are refused unless
--allow-different-trees, which compares the IDs present in both and lists
the others. Two cities, two scopes or two sets of weights are compared, with
a warning on stderr.

Exit codes: 0 compared, 1 invalid input or different trees, 2 usage error.)");
  // No CLI11 file validators and no fixed count: a missing file is invalid
  // input with a FILE:LINE:COL message, and a wrong count is said in words.
  takes_file(command->add_option("files", options->files, "OLD and NEW: two assessments; '-' reads standard input")
      ->type_name("FILE"), assessment_file());
  add_scheme_options(*command, options->scheme,
                     "Built-in scheme the assessments must name (and the one for those naming none)",
                     "Indicator-tree file to score both against (overrides 'scheme:')");
  add_lenient_flag(*command, options->read);
  add_require_evidence_flag(*command, options->read, Severity::error);
  command->add_flag("--all", options->compare.all, "List every indicator, not only those that changed");
  command->add_flag("--allow-different-trees", options->allow_different_trees,
                    "Compare assessments of two trees: only the IDs present in both, listing the others");
  add_report_options(*command, options->format, options->language, options->output);
  return [options] { return run_compare(*options); };
}

}  // namespace cityseceval::cli
