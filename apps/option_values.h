// What each option's value may be, said once where the option is declared:
// the parser checks it, and the man page and the shell completions
// (command_line.h) list it, so the three cannot disagree.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace cityseceval::cli {

// The files an option or a positional reads or writes, for completion: a shell
// offers the files with one of `extensions` (and, with `directories`, every
// directory, to descend into or, where a command expands them, to name).
struct FileValues {
  std::vector<std::string> extensions;  // "yaml", "csv"; empty: any file
  bool directories_are_inputs = false;   // a directory is a valid value, not only a way to a file
};

// What completion offers for a value: one of `words`, or files.
struct OptionValues {
  std::vector<std::string> words;       // the only values accepted (or the usual ones, see below)
  std::optional<FileValues> files;      // set: a file name
};

// Accepts only one of `words` (IsMember), and lists them.
CLI::Option* one_of(CLI::Option* option, std::vector<std::string> words, bool ignore_case = false);

// Lists `words` as the values to offer without refusing others (the parser or
// the command checks them later with its own message: scheme ids, grade ids).
CLI::Option* offers(CLI::Option* option, std::vector<std::string> words);
// The same, the words found only when completion or the man page asks (the
// built-in schemes' grade ids: not loaded on every run).
CLI::Option* offers(CLI::Option* option, std::function<std::vector<std::string>()> words);

// The option reads or writes a file; `kind` says which.
CLI::Option* takes_file(CLI::Option* option, FileValues kind);

// The file kinds the commands read.
FileValues assessment_files();  // YAML, CSV, workbooks, and directories of them
FileValues assessment_file();   // one YAML, CSV or workbook file
FileValues yaml_files();        // a tree, a plan, a weight profile, a tailoring file
FileValues any_file();          // an output file

// The grade ids of the built-in schemes, each once, in scheme and band order:
// what --min-grade offers.
std::vector<std::string> builtin_grade_ids();

// What was said of `option` (empty values when nothing was).
OptionValues values_of(const CLI::Option* option);

}  // namespace cityseceval::cli
