#include "command_line.h"

namespace cityseceval::cli {

namespace {

// CLI11 appends its validators' descriptions to the type name
// ("TEXT:{text,json}"): the man page lists the values itself.
std::string bare_type_name(const CLI::Option& option) {
  if (option.get_items_expected_max() == 0) return "";
  std::string name = option.get_type_name();
  return name.substr(0, name.find(':'));
}

OptionUsage option_usage(const CLI::Option& option) {
  OptionUsage usage;
  usage.short_names = option.get_snames();
  usage.long_names = option.get_lnames();
  if (!option.nonpositional()) usage.positional = option.get_name(true);
  usage.value_name = bare_type_name(option);
  usage.help = option.get_description();
  usage.default_value = option.get_default_str();
  usage.required = option.get_required();
  usage.repeatable = option.get_items_expected_max() > 1 || option.get_expected_max() > 1;
  usage.values = values_of(&option);
  return usage;
}

CommandUsage command_usage(const CLI::App& app) {
  CommandUsage usage;
  usage.name = app.get_parent() ? app.get_name() : "";
  usage.help = app.get_description();
  usage.footer = app.get_footer();
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_group().empty()) continue;  // hidden
    (option->nonpositional() ? usage.options : usage.positionals).push_back(option_usage(*option));
  }
  return usage;
}

}  // namespace

CommandLineUsage describe(const CLI::App& app) {
  CommandLineUsage usage;
  usage.program = app.get_name();
  usage.top = command_usage(app);
  for (const CLI::App* command : app.get_subcommands([](const CLI::App* c) { return !c->get_group().empty(); })) {
    usage.commands.push_back(command_usage(*command));
  }
  return usage;
}

}  // namespace cityseceval::cli
