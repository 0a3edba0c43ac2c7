#include "manpage.h"

#include <sstream>
#include <string_view>

#include <fmt/format.h>

#include "cityseceval/version.h"

namespace cityseceval::cli {

namespace {

// The page's own words (headings, the environment, the files), in the page's language.
struct PageWords {
  Language language;
  std::string operator()(const char* zh, const char* en) const { return language == Language::en ? en : zh; }
};

// Text as roff reads it: a backslash is an escape, a line that starts with a
// dot or an apostrophe would be a request, and '-' is a hyphen where an
// option name needs a minus.
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

std::string bold(std::string_view text) { return "\\fB" + roff(text) + "\\fR"; }
std::string italic(std::string_view text) { return "\\fI" + roff(text) + "\\fR"; }

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : std::string(separator)) + part;
  return out;
}

// "-o, --output FILE", "files FILE ...", as --help names them.
std::string option_names(const OptionUsage& option) {
  std::vector<std::string> names;
  for (const std::string& name : option.short_names) names.push_back(bold("-" + name));
  for (const std::string& name : option.long_names) names.push_back(bold("--" + name));
  if (!option.positional.empty()) names.push_back(bold(option.positional));
  std::string line = joined(names, ", ");
  if (!option.value_name.empty()) line += " " + italic(option.value_name);
  if (option.repeatable) line += " \\&...";
  return line;
}

// What the option takes and its default, under its help.
std::string option_values(const OptionUsage& option, const PageWords& said) {
  std::string out;
  if (!option.values.words.empty()) {
    std::vector<std::string> words;
    for (const std::string& word : option.values.words) words.push_back(bold(word));
    out += ".br\n" + said("可取值：", "Values: ") + joined(words, ", ") + "\n";
  }
  if (option.values.files && !option.values.files->extensions.empty()) {
    std::vector<std::string> kinds;
    for (const std::string& extension : option.values.files->extensions) kinds.push_back(bold("." + extension));
    out += ".br\n" + said("文件：", "Files: ") + joined(kinds, ", ");
    if (option.values.files->directories_are_inputs) out += said("，或含有它们的目录", ", or a directory of them");
    out += "\n";
  }
  if (!option.default_value.empty()) out += ".br\n" + said("默认值：", "Default: ") + bold(option.default_value) + "\n";
  return out;
}

void add_options(std::string& page, const std::vector<OptionUsage>& options, const PageWords& said) {
  for (const OptionUsage& option : options) {
    page += ".TP\n" + option_names(option) + "\n" + roff(option.help) + "\n" + option_values(option, said);
  }
}

bool indented(std::string_view line) { return line.rfind("  ", 0) == 0; }

// A footer as --help prints it: lines of prose are filled, lines indented by
// two spaces (examples, tables) are kept as they are, a blank line starts a
// paragraph.
std::string footer_text(std::string_view footer) {
  std::string out = ".PP\n";
  bool kept = false;
  std::istringstream lines{std::string(footer)};
  for (std::string line; std::getline(lines, line);) {
    if (indented(line) != kept) {
      out += kept ? ".fi\n" : ".nf\n";
      kept = !kept;
    }
    if (line.empty()) {
      out += kept ? "\n" : ".PP\n";
    } else {
      out += roff(line) + "\n";
    }
  }
  return out + (kept ? ".fi\n" : "");
}

// "cityseceval score [OPTIONS] files..." as --help's usage line has it.
std::string synopsis(const std::string& program, const CommandUsage& command, const PageWords& said) {
  std::string line = ".B " + program + (command.name.empty() ? "" : " " + command.name) + "\n";
  line += "[" + italic(said("选项", "OPTIONS")) + "]";
  if (command.name.empty()) line += " " + italic(said("子命令", "COMMAND"));
  for (const OptionUsage& positional : command.positionals) {
    std::string name = italic(positional.positional) + (positional.repeatable ? "\\&..." : "");
    line += " " + (positional.required ? name : "[" + name + "]");
  }
  return line + "\n";
}

// The program's footer is its exit codes ("  0  success" under a heading),
// then its examples: the first paragraph becomes EXIT STATUS, the rest EXAMPLES.
struct ProgramFooter {
  std::vector<std::pair<std::string, std::string>> exit_codes;
  std::string rest;
};

ProgramFooter split_program_footer(const std::string& footer) {
  ProgramFooter split;
  std::size_t end = footer.find("\n\n");
  std::istringstream lines{footer.substr(0, end)};
  std::string line;
  std::getline(lines, line);  // the heading
  while (std::getline(lines, line)) {
    std::size_t code = line.find_first_not_of(' ');
    std::size_t text = line.find_first_not_of(' ', line.find(' ', code));
    split.exit_codes.emplace_back(line.substr(code, 1), line.substr(text));
  }
  if (end != std::string::npos) split.rest = footer.substr(end + 2);
  return split;
}

// The program's one-line description without "cityseceval: " for NAME.
std::string name_line(const CommandLineUsage& usage) {
  for (std::string_view prefix : {": ", "："}) {
    std::string lead = usage.program + std::string(prefix);
    if (usage.top.help.rfind(lead, 0) == 0) return usage.top.help.substr(lead.size());
  }
  return usage.top.help;
}

std::string environment(const PageWords& said) {
  std::string out;
  auto item = [&out](std::string_view name, const std::string& text) {
    out += ".TP\n" + bold(name) + "\n" + roff(text) + "\n";
  };
  item("CITYSECEVAL_LANG", said("未给出 --lang 时输出和消息的语言：zh、en、zh-Hans 或 zh-Hant（不区分大小写）；"
                                "未设置或为其他值时为 zh。",
                                "The language of output and messages when --lang is not given: zh, en, zh-Hans or "
                                "zh-Hant (ignoring case); zh when unset or anything else."));
  item("NO_COLOR", said("设置且不为空时，--color auto 不使用颜色。",
                        "When set and not empty, --color auto uses no colour."));
  item("TERM", said("为 dumb 时，--color auto 不使用颜色。", "When dumb, --color auto uses no colour."));
  item("TMPDIR", said("读写工作簿（.xlsx）时临时文件所在的目录；未设置或为空时为 /tmp。",
                      "The directory of the temporary files used to read and write workbooks (.xlsx); /tmp when "
                      "unset or empty."));
  return out;
}

std::string files(const PageWords& said) {
  std::string out;
  auto item = [&out](const std::string& name, const std::string& text) {
    out += ".TP\n" + name + "\n" + roff(text) + "\n";
  };
  item(fmt::format("{}, {}", italic("*.yaml"), italic("*.yml")),
       said("YAML 评估文件、指标树、分阶段评价计划、裁剪文件和权重配置。",
            "YAML assessments, indicator trees, phased evaluation plans, tailoring files and weight profiles."));
  item(italic("*.csv"), said("填好的 CSV 评估模板。", "Filled CSV assessment templates."));
  item(italic("*.xlsx"), said("填好的评估工作簿。", "Filled assessment workbooks."));
  out += ".PP\n" + roff(said("内置评价体系的指标树编译在程序中，不读取任何文件。",
                             "The built-in schemes' indicator trees are compiled in: no file is read for them.")) +
         "\n";
  item(bold("/usr/share/doc/cityseceval/schema/*.schema.json"),
       said("输入文件的 JSON Schema（cityseceval schema 输出的内容）。",
            "The JSON Schemas of the input files (what cityseceval schema prints)."));
  item(bold("/usr/share/doc/cityseceval/indicators/"),
       said("内置评价体系的指标文档（cityseceval docs 输出的内容）。",
            "The built-in schemes' indicator documentation (what cityseceval docs prints)."));
  item(bold("/usr/share/bash-completion/completions/cityseceval"), said("bash 补全脚本。", "The bash completion script."));
  item(bold("/usr/share/zsh/vendor-completions/_cityseceval"), said("zsh 补全脚本。", "The zsh completion script."));
  item(bold("/usr/share/fish/vendor_completions.d/cityseceval.fish"),
       said("fish 补全脚本。", "The fish completion script."));
  return out;
}

}  // namespace

std::string render_manpage(const CommandLineUsage& usage, Language language) {
  PageWords said{language};
  // No date: the page is the same for every build of a version (reproducible).
  std::string page = ".\\\" -*- coding: UTF-8 -*-\n";
  // groff breaks a line only at spaces unless told where Chinese may break (its zh.tmac).
  if (language == Language::zh) page += ".mso zh.tmac\n";
  page += fmt::format(".TH CITYSECEVAL 1 \"\" \"{}\" \"{}\"\n", roff(tool_name_and_version()),
                      said("用户命令", "User Commands"));
  page += ".nh\n.ad l\n";  // no hyphenation, ragged right: option names and examples stay whole
  page += ".SH " + said("名称", "NAME") + "\n" + usage.program + " \\- " + roff(name_line(usage)) + "\n";
  page += ".SH " + said("概要", "SYNOPSIS") + "\n" + synopsis(usage.program, usage.top, said);
  for (const CommandUsage& command : usage.commands) page += ".br\n" + synopsis(usage.program, command, said);
  page += ".SH " + said("描述", "DESCRIPTION") + "\n" + roff(usage.top.help) + "\n";
  page += ".PP\n" + roff(said("每个命令的选项见下文“命令”一节；运行 cityseceval COMMAND --help 也可看到。",
                              "Each command's options are under COMMANDS below, and shown by cityseceval COMMAND "
                              "--help.")) +
          "\n";
  page += ".SH " + said("命令", "COMMANDS") + "\n";
  for (const CommandUsage& command : usage.commands) {
    page += ".SS " + bold(command.name) + "\n" + synopsis(usage.program, command, said);
    page += ".PP\n" + roff(command.help) + "\n";
    if (!command.positionals.empty()) {
      page += ".PP\n" + said("位置参数：", "Positionals:") + "\n";
      add_options(page, command.positionals, said);
    }
    page += ".PP\n" + said("选项：", "Options:") + "\n";
    add_options(page, command.options, said);
    if (!command.footer.empty()) page += footer_text(command.footer);
  }
  page += ".SH " + said("选项", "OPTIONS") + "\n";
  add_options(page, usage.top.options, said);
  ProgramFooter footer = split_program_footer(usage.top.footer);
  page += ".SH " + said("退出状态", "EXIT STATUS") + "\n";
  for (const auto& [code, text] : footer.exit_codes) page += ".TP\n" + bold(code) + "\n" + roff(text) + "\n";
  page += ".SH " + said("环境", "ENVIRONMENT") + "\n" + environment(said);
  page += ".SH " + said("文件", "FILES") + "\n" + files(said);
  page += ".SH " + said("示例", "EXAMPLES") + "\n" + footer_text(footer.rest);
  page += ".SH " + said("参见", "SEE ALSO") + "\n" + roff(said("cityseceval completion bash|zsh|fish；"
                                                          "/usr/share/doc/cityseceval/ 中的文档。",
                                                          "cityseceval completion bash|zsh|fish; the documentation "
                                                          "in /usr/share/doc/cityseceval/.")) +
          "\n";
  return page;
}

}  // namespace cityseceval::cli
