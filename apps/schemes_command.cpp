// cityseceval schemes: the built-in schemes, so a user can find the id to pass
// to --scheme or to write in an assessment's `scheme:`.
#include <nlohmann/json.hpp>

#include <charconv>
#include <memory>
#include <vector>

#include <fmt/format.h>

#include "cityseceval/load.h"
#include "cli.h"
#include "commands.h"
#include "utf8.h"

namespace cityseceval::cli {

namespace {

struct SchemesOptions {
  std::string format = "text";
};

struct Row {
  std::string id, title, title_en, version;
  std::size_t items = 0;
  Rational max;
};

std::string pad_right(const std::string& text, std::size_t width) {
  std::size_t shown = utf8::display_width(text);
  return text + std::string(width > shown ? width - shown : 0, ' ');
}

std::string pad_left(const std::string& text, std::size_t width) {
  std::size_t shown = utf8::display_width(text);
  return std::string(width > shown ? width - shown : 0, ' ') + text;
}

// Columns aligned by display width (a Chinese character takes two), numbers
// on the right, two spaces between columns, no trailing spaces.
std::string render_table(const std::vector<Row>& rows) {
  std::vector<std::vector<std::string>> cells = {{"id", "title", "version", "items", "max"}};
  for (const Row& row : rows) {
    cells.push_back({row.id, row.title, row.version, std::to_string(row.items), row.max.short_string()});
  }
  std::vector<std::size_t> widths(5, 0);
  for (const auto& line : cells) {
    for (std::size_t i = 0; i < line.size(); ++i) widths[i] = std::max(widths[i], utf8::display_width(line[i]));
  }
  std::string out;
  for (const auto& line : cells) {
    out += pad_right(line[0], widths[0]) + "  " + pad_right(line[1], widths[1]) + "  " +
           pad_right(line[2], widths[2]) + "  " + pad_left(line[3], widths[3]) + "  " + pad_left(line[4], widths[4]) +
           "\n";
  }
  return out;
}

// A whole maximum stays an integer (100, not 100.0).
nlohmann::ordered_json number_json(const Rational& value) {
  if (value.is_whole() && value.mpq().get_num().fits_slong_p()) return value.mpq().get_num().get_si();
  std::string decimal = value.short_string(12);
  double number = 0;
  std::from_chars(decimal.data(), decimal.data() + decimal.size(), number);
  return number;
}

std::string render_json(const std::vector<Row>& rows) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Row& row : rows) {
    list.push_back({{"id", row.id},
                    {"title", row.title},
                    {"title_en", row.title_en},
                    {"version", row.version},
                    {"items", row.items},
                    {"max", number_json(row.max)}});
  }
  return list.dump(2) + "\n";
}

int run_schemes(const SchemesOptions& options) {
  std::vector<Row> rows;
  Diagnostics diagnostics;
  for (const BuiltinScheme& builtin : builtin_schemes()) {
    // Loaded and checked like any tree, so the counts are the scorer's own.
    std::optional<Scheme> scheme = load_tree(builtin.text, std::string(builtin.path), diagnostics);
    if (!scheme) continue;
    rows.push_back({scheme->id, scheme->title, scheme->title_en, scheme->version, scheme->item_count(),
                    scheme->max_points});
  }
  if (diagnostics.has_errors()) {
    // A built-in tree that does not load is a broken build, not a user error.
    print_diagnostics(diagnostics);
    return exit_invalid_input;
  }
  return write_output("", options.format == "json" ? render_json(rows) : render_table(rows)) ? exit_ok
                                                                                               : exit_invalid_input;
}

}  // namespace

Runner setup_schemes(CLI::App& app) {
  auto options = std::make_shared<SchemesOptions>();
  CLI::App* command = app.add_subcommand("schemes", "List the built-in schemes (id, title, version, items, maximum)");
  command->footer(R"(Examples:
  cityseceval schemes
  cityseceval schemes --format json

The id is what --scheme and an assessment's 'scheme:' take. Exit codes: 0 ok, 2 usage error.)");
  command->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  return [options] { return run_schemes(*options); };
}

}  // namespace cityseceval::cli
