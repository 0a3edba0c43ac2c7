#include "cityseceval/render_schemes.h"

#include "json_number.h"
#include "text_table.h"

namespace cityseceval {

std::string render_schemes_text(const std::vector<const Scheme*>& schemes) {
  using Align = TextTable::Align;
  TextTable table({{Align::left}, {Align::left}, {Align::left}, {Align::right}, {Align::right}});
  table.add_row({"id", "title", "version", "items", "max"});
  for (const Scheme* scheme : schemes) {
    table.add_row({scheme->id, scheme->title, scheme->version, std::to_string(scheme->item_count()),
                   scheme->max_points.short_string()});
  }
  return table.render();
}

std::string render_schemes_json(const std::vector<const Scheme*>& schemes) {
  Json list = Json::array();
  for (const Scheme* scheme : schemes) {
    list.push_back({{"id", scheme->id},
                    {"title", scheme->title},
                    {"title_en", scheme->title_en},
                    {"version", scheme->version},
                    {"items", scheme->item_count()},
                    {"max", exact_number(scheme->max_points)}});
  }
  return dump_json(list, 2) + "\n";
}

}  // namespace cityseceval
