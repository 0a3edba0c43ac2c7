// cityseceval score FILE... : score assessments and print the results.
#include <algorithm>
#include <memory>

#include "cityseceval/assessment.h"
#include "cityseceval/input.h"
#include "cityseceval/load.h"
#include "cityseceval/render.h"
#include "cityseceval/score.h"
#include "cli.h"
#include "commands.h"

namespace cityseceval::cli {

namespace {

struct ScoreOptions {
  std::vector<std::string> files;
  std::string tree;
  std::string format = "text";
  std::string language = "zh";
  std::string output;
  std::string color = "auto";
};

// Reads and scores one assessment file; nullopt after reporting.
std::optional<ScoreResult> score_file(const std::string& file, const ScoreOptions& options, SchemeCache& schemes,
                                      Diagnostics& diagnostics) {
  auto text = read_input_file(file, diagnostics);
  if (!text) return std::nullopt;
  std::string name = file == "-" ? "<stdin>" : file;
  remember_source(name, *text);
  std::optional<std::string> tree;
  if (!options.tree.empty()) tree = options.tree;
  auto loaded = load_assessment(*text, name, tree, schemes, diagnostics);
  if (!loaded) return std::nullopt;
  return score(*loaded->scheme, loaded->assessment);
}

int run_score(const ScoreOptions& options) {
  if (std::count(options.files.begin(), options.files.end(), "-") > 1) {
    print_error("standard input ('-') can be read only once");
    return exit_usage;
  }
  for (const std::string& file : options.files) {
    if (!options.output.empty() && file != "-" && same_file(options.output, file)) {
      print_error("-o " + options.output + " would overwrite the input file " + file);
      return exit_usage;
    }
  }
  SchemeCache schemes;
  Diagnostics diagnostics;
  std::vector<ScoreResult> results;
  for (const std::string& file : options.files) {
    Diagnostics file_diagnostics;
    auto result = score_file(file, options, schemes, file_diagnostics);
    diagnostics.append(file_diagnostics);
    if (result) results.push_back(std::move(*result));
  }
  print_diagnostics(diagnostics);
  // All or nothing: a batch with an invalid file prints no scores, so no
  // script can mistake a partial batch for a complete one.
  if (diagnostics.has_errors()) return exit_invalid_input;
  std::string text;
  if (options.format == "json") {
    text = results.size() == 1 ? render_json(results.front()) : render_json(results);
  } else {
    TextOptions text_options;
    text_options.language = options.language == "en" ? Language::en : Language::zh;
    text_options.color = use_color(options.color, !options.output.empty() && options.output != "-");
    // Several reports in one stream are told apart by their file, like head(1) does.
    for (std::size_t i = 0; i < results.size(); ++i) {
      if (results.size() > 1) text += (i ? "\n==> " : "==> ") + results[i].file + " <==\n";
      text += render_text(results[i], text_options);
    }
  }
  return write_output(options.output, text) ? exit_ok : exit_invalid_input;
}

}  // namespace

Runner setup_score(CLI::App& app) {
  auto options = std::make_shared<ScoreOptions>();
  CLI::App* command = app.add_subcommand("score", "Score assessments and print the composite, grade and breakdown");
  command->footer(R"(Examples:
  cityseceval score examples/yunxi-2025.yaml
  cityseceval score a.yaml b.yaml --format json        (several files: a JSON array)
  cityseceval score a.yaml --tree custom-tree.yaml --lang en -o report.txt

The scheme is taken from --tree, else from the assessment's 'scheme:' key, else
the built-in 'city-cybersecurity'. Exit codes: 0 ok, 1 invalid input, 2 usage error.)");
  // No CLI11 file validators: a missing input is invalid input (exit 1) with
  // a FILE:LINE:COL message, not a usage error.
  command->add_option("files", options->files, "Assessment files (YAML); '-' reads standard input")
      ->required()
      ->type_name("FILE");
  command->add_option("--tree", options->tree, "Indicator-tree file to score against (overrides 'scheme:')")
      ->type_name("FILE");
  command->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  command->add_option("--lang", options->language, "Language of names in text output")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
  command->add_option("-o,--output", options->output, "Write to FILE (atomically) instead of standard output")
      ->type_name("FILE");
  command->add_option("--color", options->color, "Colour in text output")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  return [options] { return run_score(*options); };
}

}  // namespace cityseceval::cli
