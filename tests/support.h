// What many tests need: the built-in scheme, files of the repository, test trees.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "cityseceval/diagnostic.h"
#include "cityseceval/rational.h"
#include "cityseceval/tree.h"

// Exact values in failure messages: "13/10", not "{?}".
namespace Catch {
template <>
struct StringMaker<cityseceval::Rational> {
  static std::string convert(const cityseceval::Rational& value) { return value.exact_string(); }
};
}  // namespace Catch

namespace cityseceval::testing {

// The built-in city-cybersecurity scheme, loaded once; fails the test if it does not load cleanly.
const Scheme& builtin_scheme();
// The built-in municipal-infosec-work scheme (rule-based), loaded once, likewise.
const Scheme& municipal_scheme();

// The bytes of a file of the repository, by path relative to its root.
std::string read_source_file(const std::string& relative);

// The lines of `text`, without their line breaks.
std::vector<std::string> lines_of(const std::string& text);

// The first line of a report that, its indent dropped and its runs of spaces
// made one, starts with `start` (which is written squeezed too), as squeezed:
// a table's row, whatever the widths of its columns (they depend on the
// widest cell). "" when there is none.
std::string squeezed_line(const std::string& text, const std::string& start);

// The lines of a report of diagnostics that are not source excerpts (those
// start with a space): each diagnostic's first line, errors and summaries.
std::vector<std::string> headline_lines(const std::string& text);

// A tree file of the repository (e.g. "tests/data/trees/small-ten.yaml"), which must load.
Scheme load_test_tree(const std::string& relative);

// The small test trees, loaded once. tests/data/trees/small-ten.yaml: a
// rating-mean scheme of 10 points whose 6 items fit in a test (1.1 has one
// item, 1.2 two, 2.1 three; the scale good 1, fair 0.5, poor 0).
// tests/data/trees/rules-small.yaml: a points-sum scheme with one item of
// each common rule, a composite among them, and a bonus section.
const Scheme& small_ten();
const Scheme& rules_small();

// Every message exists in Chinese too, and the Chinese of every diagnostic a
// test pins in English is pinned as well, in tests/data/messages/zh.txt: the
// English line, then its Chinese line, then a blank line. check_chinese()
// fails when `zh` is not the pinned Chinese of `en` (or none is pinned).
//
// To pin new cases: run the tests with CITYSECEVAL_PIN_CHINESE=FILE, which
// appends every pair not yet pinned to FILE instead of failing; read each
// Chinese line against its English one, then add them to zh.txt.
void check_chinese(const std::string& en, const std::string& zh);

// Every diagnostic of `diagnostics` as format_diagnostic writes it in English,
// in order, each one's Chinese checked against the pinned one (check_chinese).
std::vector<std::string> pinned_lines(const Diagnostics& diagnostics);

}  // namespace cityseceval::testing
