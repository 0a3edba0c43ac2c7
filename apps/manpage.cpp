#include "manpage.h"

#include <fmt/format.h>

#include "cityseceval/version.h"

namespace cityseceval::cli {

namespace {

// Text as roff reads it: a backslash is an escape, and a line that starts
// with a dot or an apostrophe would be a request.
std::string roff(std::string_view text) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      out += "\\-";
    } else {
      out += c;
    }
    line_start = c == '\n';
  }
  return out;
}

std::string option_names(const OptionUsage& option) {
  std::string names;
  for (const std::string& name : option.short_names) names += (names.empty() ? "" : ", ") + ("\\fB\\-" + name + "\\fR");
  for (const std::string& name : option.long_names) names += (names.empty() ? "" : ", ") + ("\\fB\\-\\-" + roff(name) + "\\fR");
  if (!option.value_name.empty()) names += " \\fI" + roff(option.value_name) + "\\fR";
  return names;
}

void add_options(std::string& page, const CommandUsage& command) {
  for (const OptionUsage& option : command.options) {
    page += ".TP\n" + option_names(option) + "\n" + roff(option.help) + "\n";
  }
}

}  // namespace

std::string render_manpage(const CommandLineUsage& usage, Language) {
  std::string page = fmt::format(".TH CITYSECEVAL 1 \"\" \"{}\" \"User Commands\"\n", tool_name_and_version());
  page += ".SH NAME\ncityseceval \\- " + roff(usage.top.help) + "\n";
  page += ".SH SYNOPSIS\n.B cityseceval\n\\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIFILE\\fR...]\n";
  page += ".SH OPTIONS\n";
  add_options(page, usage.top);
  page += ".SH COMMANDS\n";
  for (const CommandUsage& command : usage.commands) {
    page += ".SS " + roff(command.name) + "\n" + roff(command.help) + "\n";
    add_options(page, command);
  }
  return page;
}

}  // namespace cityseceval::cli
