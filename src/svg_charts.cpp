#include "svg_charts.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>

#include "html_text.h"
#include "text_table.h"
#include "utf8.h"

namespace cityseceval {

namespace {

// Text is 13 px; a column of display width (text_table.h: a Chinese
// character is two) is about 7 px of it. Only for laying out: a browser
// measures the real text.
constexpr double font_size = 13;
constexpr double column_px = 7;
constexpr double line_height = 16;

// A coordinate as SVG gets it: one decimal, never "-0.0".
std::string coord(double value) {
  double rounded = std::round(value * 10) / 10;
  if (rounded == 0) rounded = 0;
  return fmt::format("{:.1f}", rounded);
}

std::string point_list(const std::vector<ChartPoint>& points) {
  std::string out;
  for (const ChartPoint& point : points) {
    if (!out.empty()) out += ' ';
    out += coord(point.x) + "," + coord(point.y);
  }
  return out;
}

double text_width(const std::string& text) { return static_cast<double>(utf8::display_width(text)) * column_px; }

std::string open_svg(double width, double height, const std::string& title, const char* css_class) {
  return fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" class="{}" viewBox="0 0 {} {}" role="img">)"
                     "<title>{}</title>\n",
                     css_class, coord(width), coord(height), html_text(title));
}

// <text> with one <tspan> per line, the first at `y`.
std::string text_lines(double x, double y, const std::vector<std::string>& lines, const char* anchor,
                       const char* css_class) {
  std::string out = fmt::format(R"(<text x="{}" y="{}" text-anchor="{}" class="{}">)", coord(x), coord(y), anchor,
                                css_class);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out += fmt::format(R"(<tspan x="{}" dy="{}">{}</tspan>)", coord(x), i == 0 ? "0" : coord(line_height),
                       html_text(lines[i]));
  }
  return out + "</text>\n";
}

// A radar's label: beside its axis end, anchored away from the centre, above
// the chart for an axis pointing up and below it for one pointing down.
std::string radar_label(const RadarGeometry& geometry, std::size_t index, const RadarAxis& axis) {
  constexpr std::size_t wrap_columns = 18;
  std::vector<std::string> lines = wrap(axis.label, wrap_columns);
  lines.push_back(axis.value);
  ChartPoint at = geometry.beyond(index, 18);
  const double dx = at.x - geometry.centre().x;
  const double dy = at.y - geometry.centre().y;
  const char* anchor = dx > 4 ? "start" : dx < -4 ? "end" : "middle";
  const double block = line_height * static_cast<double>(lines.size() - 1);
  // Upwards the block ends at the point, downwards it starts there, beside it it is centred.
  double top = dy < -geometry.radius() * 0.5 ? at.y - block : dy > geometry.radius() * 0.5 ? at.y + font_size
                                                                                            : at.y - block / 2 + 4;
  return text_lines(at.x, top, lines, anchor, axis.share ? "label" : "label muted");
}

}  // namespace

RadarGeometry::RadarGeometry(std::size_t axes, ChartPoint centre, double radius)
    : axes_(axes), centre_(centre), radius_(radius) {}

double RadarGeometry::angle(std::size_t index) const {
  return 2 * std::numbers::pi * static_cast<double>(index) / static_cast<double>(std::max<std::size_t>(axes_, 1));
}

ChartPoint RadarGeometry::at(std::size_t index, double distance) const {
  // Clockwise from straight up; SVG's y grows downwards.
  return {centre_.x + distance * std::sin(angle(index)), centre_.y - distance * std::cos(angle(index))};
}

ChartPoint RadarGeometry::point(std::size_t index, double share) const {
  return at(index, radius_ * std::clamp(share, 0.0, 1.0));
}

ChartPoint RadarGeometry::beyond(std::size_t index, double pixels) const { return at(index, radius_ + pixels); }

RadarGeometry report_radar_geometry(std::size_t axes) { return RadarGeometry(axes, {320, 230}, 150); }

std::string radar_chart_svg(const std::vector<RadarAxis>& axes, const std::string& title) {
  const RadarGeometry geometry = report_radar_geometry(axes.size());
  const ChartPoint centre = geometry.centre();
  std::string out = open_svg(640, 460, title, "chart radar");
  // The rings at 20 % steps: polygons through the axes, circles when there
  // are too few axes to make a polygon.
  for (int step = 1; step <= 5; ++step) {
    const double share = step / 5.0;
    if (axes.size() >= 3) {
      std::vector<ChartPoint> ring;
      for (std::size_t i = 0; i < axes.size(); ++i) ring.push_back(geometry.point(i, share));
      out += fmt::format(R"(<polygon class="ring" points="{}"/>)", point_list(ring)) + "\n";
    } else {
      out += fmt::format(R"(<circle class="ring" cx="{}" cy="{}" r="{}"/>)", coord(centre.x), coord(centre.y),
                         coord(geometry.radius() * share)) + "\n";
    }
  }
  std::vector<ChartPoint> values;
  for (std::size_t i = 0; i < axes.size(); ++i) {
    const ChartPoint end = geometry.point(i, 1);
    out += fmt::format(R"(<line class="{}" x1="{}" y1="{}" x2="{}" y2="{}"/>)",
                       axes[i].share ? "axis" : "axis muted", coord(centre.x), coord(centre.y), coord(end.x),
                       coord(end.y)) + "\n";
    if (axes[i].share) values.push_back(geometry.point(i, *axes[i].share));
  }
  if (values.size() >= 3) {
    out += fmt::format(R"(<polygon class="value" points="{}"/>)", point_list(values)) + "\n";
  } else if (values.size() == 2) {
    out += fmt::format(R"(<polyline class="value" points="{}"/>)", point_list(values)) + "\n";
  }
  for (std::size_t i = 0; i < axes.size(); ++i) {
    if (!axes[i].share) continue;
    const ChartPoint at = geometry.point(i, *axes[i].share);
    out += fmt::format(R"(<circle class="dot" cx="{}" cy="{}" r="4"/>)", coord(at.x), coord(at.y)) + "\n";
  }
  for (std::size_t i = 0; i < axes.size(); ++i) out += radar_label(geometry, i, axes[i]);
  return out + "</svg>";
}

std::string bar_chart_svg(const std::vector<Bar>& bars, const std::string& title) {
  constexpr double width = 640;
  constexpr double row_height = 30;
  constexpr double bar_height = 14;
  constexpr double value_width = 150;
  constexpr std::size_t wrap_columns = 36;
  double label_width = 0;
  std::vector<std::vector<std::string>> labels;
  for (const Bar& bar : bars) {
    labels.push_back(wrap(bar.label, wrap_columns));
    for (const std::string& line : labels.back()) label_width = std::max(label_width, text_width(line));
  }
  const double x0 = label_width + 16;
  const double track = std::max(width - x0 - value_width, 80.0);
  double longest = 0;
  for (const Bar& bar : bars) longest = std::max(longest, bar.max);
  if (longest <= 0) longest = 1;
  std::string out = open_svg(width, row_height * static_cast<double>(bars.size()) + 8, title, "chart bars");
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& bar = bars[i];
    const double top = 4 + row_height * static_cast<double>(i);
    const double middle = top + row_height / 2;
    const double first_line = middle + 4 - line_height * static_cast<double>(labels[i].size() - 1) / 2;
    out += text_lines(x0 - 8, first_line, labels[i], "end", "label");
    const double full = track * std::max(bar.max, 0.0) / longest;
    out += fmt::format(R"(<rect class="{}" x="{}" y="{}" width="{}" height="{}"/>)",
                       bar.evaluated ? "track" : "track muted", coord(x0), coord(middle - bar_height / 2),
                       coord(full), coord(bar_height)) + "\n";
    if (bar.evaluated && bar.earned > 0) {
      const double filled = full * std::min(bar.earned / bar.max, 1.0);
      out += fmt::format(R"(<rect class="fill" x="{}" y="{}" width="{}" height="{}"/>)", coord(x0),
                         coord(middle - bar_height / 2), coord(filled), coord(bar_height)) + "\n";
    }
    const char* value_class = !bar.evaluated ? "value muted" : bar.earned < 0 ? "value negative" : "value";
    out += text_lines(x0 + full + 8, middle + 4, {bar.value}, "start", value_class);
  }
  return out + "</svg>";
}

const char* band_colour(std::size_t index, std::size_t count) {
  constexpr const char* between[] = {"#7cb342", "#f9a825", "#ef6c00"};
  if (index == 0) return "#2e7d32";
  if (index + 1 == count) return "#c62828";
  return between[(index - 1) % 3];
}

std::string grade_scale_svg(const std::vector<ScaleBand>& bands, double maximum, double score,
                            const std::string& score_text, const std::string& title) {
  constexpr double left = 24;
  constexpr double width = 592;
  constexpr double top = 34;
  constexpr double height = 20;
  auto x_of = [&](double value) { return left + width * std::clamp(value / maximum, 0.0, 1.0); };
  std::string out = open_svg(640, 92, title, "chart scale");
  for (std::size_t i = 0; i < bands.size(); ++i) {
    const ScaleBand& band = bands[i];
    const double x = x_of(band.min);
    const double w = x_of(band.max) - x;
    out += fmt::format(R"(<rect class="{}" x="{}" y="{}" width="{}" height="{}" fill="{}"/>)",
                       band.current ? "band current" : "band", coord(x), coord(top), coord(w), coord(height),
                       band_colour(i, bands.size())) + "\n";
    if (text_width(band.name) + 8 < w) {
      out += text_lines(x + w / 2, top + 14, {band.name}, "middle", "band-name");
    }
    out += text_lines(x, top + height + 16, {band.min_text}, "middle", "tick");
  }
  if (!bands.empty()) out += text_lines(x_of(bands.front().max), top + height + 16, {bands.front().max_text}, "middle", "tick");
  const double at = x_of(score);
  out += fmt::format(R"(<polygon class="marker" points="{}"/>)",
                     point_list({{at - 6, top - 10}, {at + 6, top - 10}, {at, top - 1}})) + "\n";
  out += text_lines(std::clamp(at, left + 20, left + width - 20), top - 14, {score_text}, "middle", "marker-text");
  return out + "</svg>";
}

}  // namespace cityseceval
