// The JSON writer (src/json_writer.h) writes what nlohmann's dump writes for
// the same document, byte for byte, pretty and compact: the score reports
// were built as nlohmann documents before, and their text must not change.
#include <catch2/catch.hpp>

#include <string>

#include "json_number.h"
#include "json_writer.h"

using namespace cityseceval;

namespace {

// A document with every kind of value and the strings that need care.
Json tricky_document() {
  Json document;
  document["plain"] = "ascii";
  document["chinese"] = "城市网络安全";
  document["quotes and slashes"] = "a \"quoted\" back\\slash / slash";
  document["control"] = std::string("tab\there\nnew line\x01\x1f\x7f end");
  document["invalid utf-8"] = std::string("bad \xff byte, cut \xe5\x9f and overlong \xc0\xaf");
  document["empty string"] = "";
  document["integer"] = 100;
  document["negative"] = -3;
  document["fraction"] = 85.5;
  document["small fraction"] = 0.00001;
  document["big"] = 1e21;
  document["true"] = true;
  document["false"] = false;
  document["null"] = nullptr;
  document["empty object"] = Json::object();
  document["empty array"] = Json::array();
  document["array"] = Json::array({1, "two", Json::object({{"three", 3}}), Json::array({Json::array()})});
  document["nested"] = {{"a", {{"b", {{"c", Json::array({nullptr, false})}}}}}};
  document[std::string("key \xff with \"quotes\"")] = 1;
  return document;
}

std::string written(const Json& document, JsonWriter::Style style, int depth = 0) {
  JsonWriter writer(style, depth);
  writer.value(document);
  return writer.take();
}

}  // namespace

TEST_CASE("the JSON writer writes what nlohmann's dump writes", "[json]") {
  const Json document = tricky_document();
  CHECK(written(document, JsonWriter::Style::pretty) == dump_json(document, 2));
  CHECK(written(document, JsonWriter::Style::compact) == dump_json(document, -1));
  for (const auto& [name, value] : document.items()) {
    INFO(name);
    CHECK(written(value, JsonWriter::Style::pretty) == dump_json(value, 2));
    CHECK(written(value, JsonWriter::Style::compact) == dump_json(value, -1));
  }
}

TEST_CASE("the JSON writer, member by member, as nlohmann", "[json]") {
  JsonWriter writer(JsonWriter::Style::pretty);
  writer.begin_object();
  writer.member("id", "6.2.1");
  writer.member("level", JsonNumber{true, 3, 0});
  writer.member("score", rounded_json_number(Rational(1493, 15), 2, Rounding::half_up));
  writer.member("max", exact_json_number(Rational(2)));
  writer.member("value", exact_json_number(Rational(4, 5)));
  writer.member("applied", false);
  writer.null_member("note");
  writer.key("items");
  writer.begin_array();
  writer.string("a");
  writer.begin_object();
  writer.end_object();
  writer.end_array();
  writer.end_object();
  Json expected = {{"id", "6.2.1"}, {"level", 3},       {"score", 99.53},       {"max", 2},
                   {"value", 0.8},  {"applied", false}, {"note", nullptr},      {"items", Json::array({"a", Json::object()})}};
  CHECK(writer.text() == dump_json(expected, 2));
}

TEST_CASE("the JSON writer nested one level deeper, as an element of a pretty array", "[json]") {
  const Json document = {{"a", 1}, {"b", Json::array({1, 2})}};
  // dump(2) of [document], less the array's own first and last lines.
  std::string array = dump_json(Json::array({document}), 2);
  CHECK("[\n  " + written(document, JsonWriter::Style::pretty, 1) + "\n]" == array);
}

TEST_CASE("JSON numbers: whole values are integers, others the nearest double", "[json]") {
  CHECK(dump_json(exact_number(Rational(85)), -1) == "85");
  CHECK(dump_json(exact_number(Rational(171, 2)), -1) == "85.5");
  CHECK(dump_json(exact_number(Rational(1, 3)), -1) == "0.333333333333");
  CHECK(dump_json(rounded_number(Rational(1493, 15), 2, Rounding::half_up), -1) == "99.53");
  CHECK(dump_json(rounded_number(Rational(84995, 1000), 2, Rounding::half_up), -1) == "85");
  CHECK(dump_json(rounded_number(Rational(-1, 1000), 2, Rounding::half_up), -1) == "0");
  CHECK(dump_json(rounded_number(Rational(-2345, 1000), 2, Rounding::half_even), -1) == "-2.34");
}
