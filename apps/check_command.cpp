// cityseceval check FILE... : lint indicator trees and assessments, for CI and editors.
//
// The diagnostics are what this command produces, so they go to stdout (text,
// JSON or GitHub workflow commands) where they can be piped and redirected;
// the JSON format's summary line goes to stderr so stdout stays one JSON value.
#include <cstdio>
#include <memory>

#include "cityseceval/check.h"
#include "cityseceval/load.h"
#include "cityseceval/render_diagnostics.h"
#include "cli.h"
#include "commands.h"

namespace cityseceval::cli {

namespace {

struct CheckCommandOptions {
  std::vector<std::string> files;
  SchemeChoice scheme;
  std::string format = "text";
  bool strict = false;
  std::string language;
  ReadOptions read;  // --lenient
};

int run_check(CheckCommandOptions options) {
  Language language = use_language(options.language);
  if (!read_weights(options.scheme)) return exit_invalid_input;
  if (!stdin_at_most_once(options.files)) return exit_usage;
  CheckOptions check_options;
  check_options.scheme = options.scheme;
  check_options.read = options.read;
  // A scheme --scheme or --tree names that does not load is reported once,
  // with the first file's problems, like any problem of this run.
  SchemeCache schemes;
  CheckReport report;
  for (const std::string& path : options.files) {
    std::string name = path == "-" ? "<stdin>" : path;
    Diagnostics diagnostics;
    // A file that cannot be read is one more problem of this run, not a usage error.
    if (auto text = read_input_file(path, diagnostics)) {
      remember_source(name, *text);
      check_text(*text, name, check_options, schemes, diagnostics);
    }
    report.add(std::move(name), std::move(diagnostics));
  }
  std::string text;
  if (options.format == "json") {
    text = render_diagnostics_json(report, language);
  } else if (options.format == "github") {
    text = render_diagnostics_github(report, language);
  } else {
    text = render_diagnostics_text(report, source_of, language);
  }
  if (!write_output("", text)) return exit_invalid_input;
  if (options.format == "json") std::fprintf(stderr, "%s\n", check_summary(report, language).c_str());
  bool failed = report.errors() > 0 || (options.strict && report.warnings() > 0);
  return failed ? exit_invalid_input : exit_ok;
}

}  // namespace

Runner setup_check(CLI::App& app) {
  auto options = std::make_shared<CheckCommandOptions>();
  CLI::App* command =
      app.add_subcommand("check", "Check indicator-tree and assessment files and report every problem");
  command->footer(R"(Each file is an indicator tree when it has a top-level 'indicators:' key, a CSV
assessment when its first line starts with '#scheme,', and a YAML assessment
otherwise (docs/check.md). Every problem of every file is reported, on stdout:
  text    FILE:LINE:COL: error|warning: MESSAGE [rule-id], the line and a caret
  json    [{"file", "line", "column", "severity", "rule", "message"}, ...]
  github  ::error file=F,line=L,col=C,title=RULE::MESSAGE (GitHub Actions)
then a summary line ("2 errors, 1 warning in 3 files"; on stderr for json).

Examples:
  cityseceval check indicators/*.yaml examples/*.yaml
  cityseceval check my-tree.yaml --strict --format github
  cityseceval check - < assessment.yaml

Exit codes: 0 no errors (warnings allowed), 1 errors found (or warnings with
--strict), 2 usage error.)");
  // No CLI11 file validators: a missing file is one of the problems found (exit 1).
  command->add_option("files", options->files,
                      "Tree and assessment files (YAML or CSV); '-' reads standard input")
      ->required()
      ->type_name("FILE");
  command->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "github"}))
      ->capture_default_str();
  command->add_flag("--strict", options->strict, "Fail (exit 1) on warnings too");
  add_lenient_flag(*command, options->read);
  add_language_option(*command, options->language, "Language of the messages");
  add_scheme_options(*command, options->scheme, "Built-in scheme the assessments must name (and the one for those naming none)",
                     "Check assessments against this tree file instead of their 'scheme:'");
  return [options] { return run_check(*options); };
}

}  // namespace cityseceval::cli
