// The report's charts as inline SVG (render_report.h): drawn by the tool, so
// a browser needs no script and no charting library, and a printed or
// e-mailed report shows them as they are.
//
// A chart is given its texts already written (every number in them comes
// from the ScoreResult through ScoreResult::format()) and doubles for its
// geometry only. Texts are escaped here (html_text.h): a label may come from a
// file. Coordinates are written with one decimal, so a chart is the same
// bytes on every machine.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace cityseceval {

struct ChartPoint {
  double x = 0;
  double y = 0;
};

// Where a radar chart puts things: `axes` axes from `centre`, the first
// straight up and the others clockwise at equal angles, the outer ring at
// `radius` (a share of 1, i.e. 100 %).
class RadarGeometry {
 public:
  RadarGeometry(std::size_t axes, ChartPoint centre, double radius);

  // The point of axis `index` at `share` of the radius: 0 is the centre, 1
  // the outer ring. A share outside [0, 1] (a negative sum, say) is drawn at
  // the nearer end: the label says the real value.
  ChartPoint point(std::size_t index, double share) const;
  // The point `pixels` beyond the outer ring on axis `index`: where its label goes.
  ChartPoint beyond(std::size_t index, double pixels) const;
  // The angle of axis `index` in radians, clockwise from straight up.
  double angle(std::size_t index) const;

  std::size_t axes() const { return axes_; }
  ChartPoint centre() const { return centre_; }
  double radius() const { return radius_; }

 private:
  ChartPoint at(std::size_t index, double distance) const;

  std::size_t axes_;
  ChartPoint centre_;
  double radius_;
};

// One axis of a radar: a level-1 dimension.
struct RadarAxis {
  std::string label;  // "6 政策规范实施"
  std::string value;  // "96.63%", or the status of a dimension not evaluated ("未评价")
  // The share of its maximum (0.9663), or nullopt when the dimension is not
  // evaluated: then its axis is drawn dashed with no point, never as 0.
  std::optional<double> share;
};

// The radar chart of `axes` (1 or more), titled `title` for screen readers.
// The rings are at 20 % steps. The polygon joins the evaluated axes in order;
// one or two evaluated axes show as points (and a line).
std::string radar_chart_svg(const std::vector<RadarAxis>& axes, const std::string& title);

// The geometry radar_chart_svg() uses, for tests: 640 × 460, centre (320, 230), radius 150.
RadarGeometry report_radar_geometry(std::size_t axes);

// One bar: an indicator's points against its maximum.
struct Bar {
  std::string label;  // "6.1 基本制度规范"
  std::string value;  // "2.76 / 3.00 (92.00%)", or the status when not evaluated
  bool evaluated = true;
  double earned = 0;  // may be negative (a deduction): then no bar is filled
  double max = 0;
};

// Horizontal bars, one per row: a track as long as the bar's maximum (the
// longest maximum fills the width, so the lengths compare the indicators'
// weights) filled up to its points, each labelled with `value`.
std::string bar_chart_svg(const std::vector<Bar>& bars, const std::string& title);

// The colour of band `index` of `count`, highest first: the highest green,
// the lowest red, the ones between amber and orange ("#2e7d32").
const char* band_colour(std::size_t index, std::size_t count);

// One band of a grade scale.
struct ScaleBand {
  std::string name;
  double min = 0;
  double max = 0;
  std::string min_text;  // "85.00"
  std::string max_text;
  bool current = false;  // the band of the result
};

// The scheme's grade bands on a line from 0 to `maximum` (highest band first
// in `bands`, as schemes list them), each in its colour (highest green,
// lowest red), the result's band outlined and a marker at `score` labelled
// `score_text`.
std::string grade_scale_svg(const std::vector<ScaleBand>& bands, double maximum, double score,
                            const std::string& score_text, const std::string& title);

}  // namespace cityseceval
