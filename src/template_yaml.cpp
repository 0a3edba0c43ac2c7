// The YAML template: a complete assessment with `todo` for every rating and
// the tree written beside it as comments, so an assessor fills it in an editor
// without the standard open. Must read back with parse_assessment.
#include <fmt/format.h>

#include "cityseceval/load.h"
#include "cityseceval/template.h"
#include "utf8.h"

namespace cityseceval {

namespace {

bool looks_like_path(std::string_view reference) {
  return reference.find('/') != std::string_view::npos || reference.ends_with(".yaml") ||
         reference.ends_with(".yml");
}

// Comments are one line each: a line break in a name or text becomes a space.
std::string one_line(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

// A YAML scalar for `text`: plain when it is made only of characters that
// cannot change its meaning, double-quoted otherwise.
std::string yaml_scalar(std::string_view text) {
  bool plain = !text.empty();
  for (char c : text) {
    bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                c == '_' || c == '-' || c == '/';
    plain = plain && safe;
  }
  if (plain && text[0] != '-') return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string pad(std::string_view text, std::size_t width) {
  std::size_t shown = utf8::display_width(text);
  return std::string(text) + std::string(width > shown ? width - shown : 0, ' ');
}

class YamlTemplate {
 public:
  YamlTemplate(const Scheme& scheme, Language language) : scheme_(scheme), english_(language == Language::en) {}

  std::string render(std::string_view schema_url, std::string_view reference) {
    out_ += fmt::format("# yaml-language-server: $schema={}\n#\n", schema_url);
    introduction();
    out_ += fmt::format("scheme: {}\n", yaml_scalar(template_scheme_reference(scheme_, reference)));
    out_ += english_ ? "city: todo     # the city's name\n" : "city: todo     # 城市名称\n";
    out_ += english_ ? "period: todo   # the period assessed, e.g. \"2025\"; or delete this line\n"
                     : "period: todo   # 评价周期，如 \"2025\"；不需要时删除本行\n";
    out_ += "ratings:\n";
    for (const Indicator& indicator : scheme_.indicators) write(indicator);
    return out_;
  }

 private:
  // "（20 分）" or " (20 points)", after a name.
  std::string points(const Rational& value) const {
    if (!english_) return fmt::format("（{} 分）", value.short_string());
    return fmt::format(" ({} point{})", value.short_string(), value == Rational(1) ? "" : "s");
  }

  void introduction() {
    const std::string& title = english_ && !scheme_.title_en.empty() ? scheme_.title_en : scheme_.title;
    std::string version = scheme_.version.empty()
                              ? ""
                              : (english_ ? ", version " : "，版本 ") + scheme_.version;
    const std::size_t items = scheme_.item_count();
    const std::size_t rated = scheme_.rated_indicators().size();
    const std::string max = scheme_.max_points.short_string();
    if (english_) {
      out_ += fmt::format("# Assessment template: {} ({}{})\n", one_line(title), scheme_.id, version);
      out_ += fmt::format("# {} items in {} rated indicators; {} points in all.\n#\n", items, rated, max);
      out_ += "# How to fill it in:\n";
      out_ += "# - city: the city's name; period: the period assessed (e.g. \"2025\"), or delete that line.\n";
      out_ += "# - Replace each todo with the item's rating: its word, its Chinese word or its value:\n";
    } else {
      out_ += fmt::format("# 评价表模板：{}（{}{}）\n", one_line(title), scheme_.id, version);
      out_ += fmt::format("# 共 {} 个评价内容，分属 {} 个评分指标，满分 {} 分。\n#\n", items, rated, max);
      out_ += "# 填写方法：\n";
      out_ += "# - city 填写城市名称；period 填写评价周期（如 \"2025\"），不需要时删除该行。\n";
      out_ += "# - 把每个 todo 换成该评价内容的评分，写英文词、中文词或分值均可：\n";
    }
    std::size_t widths[3] = {0, 0, 0};
    for (const RatingLevel& level : scheme_.scale.levels) {
      widths[0] = std::max(widths[0], utf8::display_width(level.id));
      widths[1] = std::max(widths[1], utf8::display_width(level.name));
      widths[2] = std::max(widths[2], utf8::display_width(level.name_en));
    }
    for (const RatingLevel& level : scheme_.scale.levels) {
      out_ += fmt::format("#     {}  {}  {}  {}\n", pad(level.id, widths[0]), pad(level.name, widths[1]),
                          pad(level.name_en, widths[2]), level.value.short_string());
    }
    if (english_) {
      out_ += "# - To record why, use the long form: - {rating: mostly, note: \"why\"}\n";
      out_ += "# - Check it with: cityseceval check FILE; score it with: cityseceval score FILE\n";
    } else {
      out_ += "# - 需要记录理由时用长格式：- {rating: mostly, note: \"理由\"}\n";
      out_ += "# - 检查：cityseceval check 文件名；计分：cityseceval score 文件名\n";
    }
  }

  void write(const Indicator& indicator) {
    std::string name = one_line(indicator.display_name(english_));
    if (!indicator.is_rated()) {
      if (indicator.level == 1) out_ += "\n";
      out_ += fmt::format("  # {} {}{}\n", indicator.id, name, points(indicator.points));
      for (const Indicator& child : indicator.children) write(child);
      return;
    }
    out_ += fmt::format("  {}:  # {}{}\n", yaml_scalar(indicator.id), name, points(indicator.points));
    for (const Item& item : indicator.items) {
      std::string mark = !item.direct_score ? "" : english_ ? "[direct score] " : "[直接得分项] ";
      out_ += fmt::format("    - todo  # {} {}{}\n", item.id, mark, one_line(item.text));
    }
  }

  const Scheme& scheme_;
  bool english_;
  std::string out_;
};

}  // namespace

std::string template_scheme_reference(const Scheme& scheme, std::string_view reference) {
  if (!reference.empty()) return std::string(reference);
  const BuiltinScheme* builtin = find_builtin_scheme(scheme.id);
  if (builtin && builtin->path == scheme.file) return scheme.id;
  if (looks_like_path(scheme.file)) return scheme.file;
  return "./" + scheme.file;
}

std::string render_template_yaml(const Scheme& scheme, Language language, std::string_view schema_url,
                                 std::string_view scheme_reference) {
  return YamlTemplate(scheme, language).render(schema_url, scheme_reference);
}

}  // namespace cityseceval
