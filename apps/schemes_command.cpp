// cityseceval schemes: the built-in schemes, so a user can find the id to pass
// to --scheme or to write in an assessment's `scheme:`.
#include <memory>
#include <vector>

#include "cityseceval/load.h"
#include "cityseceval/render_schemes.h"
#include "cli.h"
#include "commands.h"
#include "help_language.h"
#include "option_values.h"

namespace cityseceval::cli {

namespace {

struct SchemesOptions {
  std::string format = "text";
  std::string language;
};

int run_schemes(const SchemesOptions& options) {
  use_language(options.language);
  std::vector<Scheme> schemes;
  Diagnostics diagnostics;
  for (const BuiltinScheme& builtin : builtin_schemes()) {
    // Loaded as the scorer loads it, so the counts are the scorer's own.
    std::optional<Scheme> scheme = load_builtin_scheme(std::string(builtin.id), {}, diagnostics);
    if (scheme) schemes.push_back(std::move(*scheme));
  }
  std::vector<const Scheme*> list;
  for (const Scheme& scheme : schemes) list.push_back(&scheme);
  if (diagnostics.has_errors()) {
    // A built-in tree that does not load is a broken build, not a user error.
    print_diagnostics(diagnostics);
    return exit_invalid_input;
  }
  return write_output("", options.format == "json" ? render_schemes_json(list) : render_schemes_text(list))
             ? exit_ok
             : exit_invalid_input;
}

}  // namespace

Runner setup_schemes(CLI::App& app) {
  auto options = std::make_shared<SchemesOptions>();
  CLI::App* command = app.add_subcommand("schemes", said("列出内置评价体系（编号、名称、版本、评价内容项数、满分）", "List the built-in schemes (id, title, version, items, maximum)"));
  command->footer(said(R"(示例：
  cityseceval schemes
  cityseceval schemes --format json

编号即 --scheme 和评估文件的 'scheme:' 所用的值。退出码：0 成功，2 用法错误。)",
                       R"(Examples:
  cityseceval schemes
  cityseceval schemes --format json

The id is what --scheme and an assessment's 'scheme:' take. Exit codes: 0 ok, 2 usage error.)"));
  one_of(command->add_option("--format", options->format, said("输出格式", "Output format"))->type_name("FORMAT"), {"text", "json"})
      ->capture_default_str();
  add_language_option(*command, options->language, said("消息的语言", "Language of messages"));
  return [options] { return run_schemes(*options); };
}

}  // namespace cityseceval::cli
