// cityseceval score FILE... : score assessments and print the results.
#include <cstdio>
#include <memory>

#include <fmt/format.h>

#include "cityseceval/assessment.h"
#include "cityseceval/input.h"
#include "cityseceval/load.h"
#include "cityseceval/messages.h"
#include "cityseceval/plan.h"
#include "cityseceval/progress.h"
#include "cityseceval/render.h"
#include "cityseceval/render_plan.h"
#include "cityseceval/score.h"
#include "cli.h"
#include "commands.h"

namespace cityseceval::cli {

namespace {

struct ScoreOptions {
  std::vector<std::string> files;
  std::string plan;  // --plan: the files are the stages of this phased plan
  SchemeChoice scheme;
  std::string format = "text";
  std::string language;
  std::string output;
  std::string color = "auto";
  std::string fail_under;  // the gate, a plain decimal; empty: none
  ReadOptions read;        // --lenient
};

struct Input {
  std::string name;  // as shown in messages and output: "<stdin>" for "-"
  std::string text;
};

// Pass 1: reads and checks every file, keeping only their texts. True when all
// are valid. Nothing is printed to stdout unless every file is valid, so no
// script can mistake a partial batch for a complete one.
bool check_all(const ScoreOptions& options, SchemeCache& schemes, std::vector<Input>& inputs) {
  Diagnostics diagnostics;
  for (const std::string& file : options.files) {
    Diagnostics file_diagnostics;
    std::string name = shown_name(file);
    if (auto text = read_input_file(file, file_diagnostics)) {
      if (!load_assessment(*text, name, options.scheme, schemes, file_diagnostics, options.read)) {
        remember_source(name, *text);
      }
      inputs.push_back({name, std::move(*text)});
    }
    diagnostics.append(file_diagnostics);
  }
  print_diagnostics(diagnostics);
  return !diagnostics.has_errors();
}

// Pass 2: scores, renders and writes one file at a time, so a batch of
// thousands needs the memory of one result, not of all of them.
// Pass 2 also notes every reported composite below the gate, which is
// checked only after everything is written: a gate failure still gives the report.
bool write_all_results(const ScoreOptions& options, SchemeCache& schemes, const std::vector<Input>& inputs,
                       const std::optional<Rational>& gate, std::vector<Text>& below_gate) {
  Output output(options.output);
  if (!output.open()) return false;
  TextOptions text_options;
  text_options.language = language();
  text_options.color = use_color(options.color, !options.output.empty() && options.output != "-");
  const bool several = inputs.size() > 1;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    Diagnostics unexpected;  // pass 1 found none; the files are read from memory
    auto loaded = load_assessment(inputs[i].text, inputs[i].name, options.scheme, schemes, unexpected, options.read);
    if (!loaded) return false;
    ScoreResult result = score(*loaded->scheme, loaded->assessment);
    if (gate && result.reported < *gate) {
      below_gate.push_back(message(MessageId::below_gate, {inputs[i].name, result.city, result.format(result.reported),
                                                           gate->short_string()}));
    }
    std::string text;
    if (options.format == "json") {
      text = several ? render_json_element(result, i) : render_json(result);
    } else {
      // Several reports in one stream are told apart by their file, like head(1) does.
      if (several) text = (i ? "\n==> " : "==> ") + inputs[i].name + " <==\n";
      text += render_text(result, text_options);
    }
    if (!output.write(text)) return false;
  }
  if (several && options.format == "json" && !output.write(json_array_close(inputs.size()))) return false;
  return output.commit();
}

// --- score --plan -------------------------------------------------------------------

// Every stage file that loads; the others add why to `diagnostics`.
std::vector<LoadedAssessment> load_stage_files(const ScoreOptions& options, SchemeCache& schemes,
                                               Diagnostics& diagnostics) {
  std::vector<LoadedAssessment> loaded;
  for (const std::string& file : options.files) {
    auto assessment = load_stage_file(file, options.scheme, options.read, schemes, diagnostics);
    if (assessment) loaded.push_back(std::move(*assessment));
  }
  return loaded;
}

// Why the progress of the plan named `name` fails the gate, or nullopt when it passes.
std::optional<Text> gate_failure(const PlanProgress& report, const std::string& name, const Rational& gate) {
  const std::string& city = report.plan->city;
  if (!report.composite) return message(MessageId::gate_nothing_evaluated, {name, city, gate.short_string()});
  if (report.reported >= gate) return std::nullopt;
  return message(MessageId::below_gate, {name, city, report.format(report.reported), gate.short_string()});
}

// Each file's result in the place of its stage; none for a stage with no file.
std::vector<std::optional<ScoreResult>> stage_results(const Plan& plan, const std::vector<LoadedAssessment>& loaded,
                                                      const std::vector<std::size_t>& stages) {
  std::vector<std::optional<ScoreResult>> results(plan.stages.size());
  for (std::size_t i = 0; i < loaded.size(); ++i) results[stages[i]] = score(*loaded[i].scheme, loaded[i].assessment);
  return results;
}

std::string progress_report(const ScoreOptions& options, const PlanProgress& report) {
  if (options.format == "json") return render_plan_json(report);
  TextOptions text_options;
  text_options.language = language();
  return render_plan_text(report, text_options);
}

// A plan has a stage for each file, so everything is held at once: the plan,
// every file and the matching are checked before anything is printed, as
// for a batch; then the stages are scored and the progress is written.
int score_plan(const ScoreOptions& options, SchemeCache& schemes, const std::optional<Rational>& gate) {
  Diagnostics diagnostics;
  std::optional<Plan> plan = load_plan_file(options.plan, options.scheme, schemes, diagnostics);
  std::vector<LoadedAssessment> loaded = load_stage_files(options, schemes, diagnostics);
  std::optional<std::vector<std::size_t>> stages;
  if (plan && !diagnostics.has_errors()) stages = match_stages(*plan, loaded, diagnostics);
  print_diagnostics(diagnostics);
  if (!stages) return exit_invalid_input;
  const PlanProgress report = progress(*plan, stage_results(*plan, loaded, *stages));
  if (!write_output(options.output, progress_report(options, report))) return exit_invalid_input;
  std::optional<Text> failure = gate ? gate_failure(report, shown_name(options.plan), *gate) : std::nullopt;
  if (!failure) return exit_ok;
  std::fprintf(stderr, "cityseceval: %s\n", failure->in(language()).c_str());
  return exit_below_gate;
}

// --- score ---------------------------------------------------------------------------

int run_score(ScoreOptions options) {
  use_language(options.language);
  if (options.files.empty() && options.plan.empty()) {
    print_error(message(MessageId::files_required));
    return exit_usage;
  }
  std::vector<std::string> inputs_given = options.files;
  if (!options.plan.empty()) inputs_given.push_back(options.plan);
  if (!stdin_at_most_once(inputs_given)) return exit_usage;
  for (const std::string& file : inputs_given) {
    if (!output_spares(options.output, file, MessageId::overwrite_input)) return exit_usage;
  }
  if (!output_spares(options.output, options.scheme.weights_file, MessageId::overwrite_input)) return exit_usage;
  std::optional<Rational> gate;
  if (!options.fail_under.empty()) {
    gate = Rational::parse_decimal(options.fail_under);
    if (!gate) {
      print_error(message(MessageId::fail_under_value, {options.fail_under}));
      return exit_usage;
    }
  }
  if (!read_weights(options.scheme)) return exit_invalid_input;
  SchemeCache schemes;
  if (!preload_choice(options.scheme, schemes)) return exit_invalid_input;
  if (!options.plan.empty()) return score_plan(options, schemes, gate);
  std::vector<Input> inputs;
  if (!check_all(options, schemes, inputs)) return exit_invalid_input;
  std::vector<Text> below_gate;
  if (!write_all_results(options, schemes, inputs, gate, below_gate)) return exit_invalid_input;
  for (const Text& line : below_gate) std::fprintf(stderr, "cityseceval: %s\n", line.in(language()).c_str());
  return below_gate.empty() ? exit_ok : exit_below_gate;
}

}  // namespace

Runner setup_score(CLI::App& app) {
  auto options = std::make_shared<ScoreOptions>();
  CLI::App* command = app.add_subcommand("score", "Score assessments and print the composite, grade and breakdown");
  command->footer(R"(Examples:
  cityseceval score examples/yunxi-2025.yaml
  cityseceval score a.yaml b.yaml --format json        (several files: a JSON array)
  cityseceval score a.yaml --tree custom-tree.yaml --lang en -o report.txt
  cityseceval score --plan examples/plan-yunxi-2025.yaml examples/yunxi-2025-stage1.yaml

The scheme is taken from --tree, else from the assessment's 'scheme:' key, else
from --scheme, else the built-in 'city-cybersecurity'; an assessment that names
another scheme than --scheme is an error.

With --plan PLAN (a phased evaluation, docs/plan-format.md) each FILE is one
stage's assessment, its 'scope:' that of its stage; there may be none. The
report is the plan's progress: each stage's score, the dimensions evaluated so
far, the points earned over the points evaluated, that scaled to the maximum
with its grade, and what is left. --fail-under then gates that scaled score.

Exit codes: 0 ok, 1 invalid input, 2 usage error, 3 a composite (or, with
--plan, the progress score) below --fail-under.)");
  // No CLI11 file validators: a missing input is invalid input (exit 1) with
  // a FILE:LINE:COL message, not a usage error. Files are required unless
  // --plan is given (run_score says so: a plan with no stage evaluated yet is
  // a valid report).
  command->add_option("files", options->files,
                      "Assessment files (YAML, or a filled CSV template); '-' reads standard input")
      ->type_name("FILE");
  command->add_option("--plan", options->plan,
                      "A phased evaluation plan: score the files as its stages and report its progress")
      ->type_name("PLAN");
  add_scheme_options(*command, options->scheme, "Built-in scheme the assessments must name (and the one for those naming none)",
                     "Indicator-tree file to score against (overrides 'scheme:')");
  command->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  add_language_option(*command, options->language, "Language of the report and of messages");
  command->add_option("-o,--output", options->output, "Write to FILE (atomically) instead of standard output")
      ->type_name("FILE");
  command->add_option("--fail-under", options->fail_under,
                      "Exit 3 when a reported composite is below SCORE (the report is still written)")
      ->type_name("SCORE");
  add_lenient_flag(*command, options->read);
  command->add_option("--color", options->color, "Colour in text output")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  return [options] { return run_score(*options); };
}

}  // namespace cityseceval::cli
