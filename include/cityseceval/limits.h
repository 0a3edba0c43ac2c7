// Every limit on what an input may be, in one place: the loaders and the
// command line take their numbers from here, and docs/reliability.md
// ("Limits") gives each one's reason. Every input may be hostile: a limit
// turns a file that would cost unbounded time or memory into one clear
// diagnostic, quickly, before the cost is paid.
#pragma once

#include <cstddef>
#include <cstdint>

namespace cityseceval {

struct Limits {
  // Size of any one input (YAML, CSV, workbook, tree, tailoring, plan,
  // weight profile, standard input). A regular file is refused on its size
  // before it is read; standard input is read up to it [file-too-large].
  // The largest real file is a filled workbook of some tens of kilobytes.
  // `--max-file-size` changes it for a run.
  std::size_t file_bytes = 8 * 1024 * 1024;

  // Nesting of YAML sequences and mappings, below yaml-cpp's own recursion
  // limit (near 500), where it fails with no useful message [too-deep].
  int yaml_depth = 64;
  // Levels of indicators in a tree file; the standard has 3 [too-deep].
  int indicator_depth = 10;
  // Tailorings in a row, each the base of the next; a loop is cut here [too-deep].
  int tailoring_chain = 8;
  // Alias uses (*name) in one YAML file, and the nodes the document has
  // with every alias expanded: "billion laughs" stops here [too-many-aliases].
  std::size_t yaml_aliases = 1000;
  std::size_t yaml_expanded_nodes = 1'000'000;

  // Characters (code points) in one value: a YAML scalar, a CSV field, a
  // workbook cell's text. Excel's own limit for one cell, so no longer text
  // can round-trip through a workbook template [value-too-long].
  std::size_t value_characters = 32'767;

  // Significant digits of a number written in a fact: a spreadsheet keeps
  // only 15, so a longer number cannot be what an assessor typed and saw.
  int significant_digits = 15;
  // The largest count a fact may give (a count, a numerator or denominator,
  // occurrences): a billion is far above anything a city counts (its
  // systems, staff, terminals or incidents; the largest city has some tens
  // of millions of people) and far below where arithmetic could cost anything.
  std::uint64_t count = 1'000'000'000;

  // Assessment files one directory given to a batch command may expand to,
  // and entries of any kind the scan may visit (ten per file allowed), so a
  // directory of a million other files is not walked to its end either.
  // `--max-files` changes the first (and with it the second).
  std::size_t directory_files = 10'000;
  std::size_t directory_entries_per_file = 10;

  // A workbook's ZIP archive: entries, what one entry and all of them may
  // inflate to (a filled template is some tens of kilobytes) [xlsx-too-large].
  std::size_t workbook_entries = 10'000;
  std::uint64_t workbook_entry_bytes = 50 * 1024 * 1024;
  std::uint64_t workbook_total_bytes = 100 * 1024 * 1024;
  // Cells holding a value in one worksheet [xlsx-too-large].
  std::size_t worksheet_cells = 1'000'000;
};

// The limits as shipped; what docs/reliability.md lists.
inline constexpr Limits default_limits{};

// The limits of this process: default_limits with what the command line
// changed (--max-file-size, --max-files). The command line sets them once,
// before any input is read and before any thread starts; every reader reads
// them from here, so a tree named by an assessment's `scheme:` is held to
// the same file size as the assessment.
const Limits& input_limits();
void set_input_limits(const Limits& limits);

}  // namespace cityseceval
