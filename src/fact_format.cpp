#include "fact_format.h"

#include <fmt/format.h>

#include <vector>

namespace cityseceval {

std::string fact_text(const Fact& fact) {
  switch (fact.kind) {
    case FactKind::boolean:
      return fact.yes ? "true" : "false";
    case FactKind::count:
    case FactKind::score:
      return fact.number.short_string(12);
    case FactKind::ratio: {
      std::string ratio = fact.number.short_string(12);
      if (fact.numerator && fact.denominator) {
        ratio = fact.numerator->short_string() + "/" + fact.denominator->short_string();
      }
      if (!fact.exists) return ratio;
      std::string exists = fmt::format("exists: {}", *fact.exists);
      return fact.has_ratio() ? ratio + ", " + exists : exists;
    }
    case FactKind::choice:
      return fact.outcome;
    case FactKind::missing:
      return fmt::format("[{}]", fmt::join(fact.missing, ", "));
    case FactKind::parts: {
      std::vector<std::string> parts;
      for (const FactPart& part : fact.parts) parts.push_back(part.name + ": " + fact_text(part.fact));
      return fmt::format("{{{}}}", fmt::join(parts, ", "));
    }
  }
  return {};
}

Json fact_json(const Fact& fact) {
  switch (fact.kind) {
    case FactKind::boolean:
      return Json(fact.yes);
    case FactKind::count:
    case FactKind::score:
      return exact_number(fact.number);
    case FactKind::ratio: {
      if (!fact.numerator && !fact.exists) return exact_number(fact.number);
      Json ratio = Json::object();
      if (fact.numerator && fact.denominator) {
        ratio["numerator"] = exact_number(*fact.numerator);
        ratio["denominator"] = exact_number(*fact.denominator);
      }
      if (fact.exists) ratio["exists"] = *fact.exists;
      return ratio;
    }
    case FactKind::choice:
      return Json(fact.outcome);
    case FactKind::missing:
      return Json(fact.missing);
    case FactKind::parts: {
      Json parts = Json::object();
      for (const FactPart& part : fact.parts) parts[part.name] = fact_json(part.fact);
      return parts;
    }
  }
  return Json(nullptr);
}

}  // namespace cityseceval
