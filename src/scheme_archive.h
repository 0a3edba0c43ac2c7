// A loaded Scheme as a compact byte string, and back: the form in which the
// built-in trees are compiled into the binary.
//
// Reading indicators/city-cybersecurity.yaml with yaml-cpp costs about 50 M
// instructions, three quarters of a one-file `score` (docs/performance.md,
// "Batches and start-up"). So the build loads each built-in tree once with the
// normal loader (load_tree, with every check) and stores the result in this
// form (tools/compile_trees.cpp); at run time load_builtin_scheme restores it
// in a few hundred thousand instructions. The YAML file stays the source of
// truth: the stored form is tied to it by the SHA-256 of its text and is
// never used when that does not match.
//
// Every member of every struct of the scheme is stored (the field lists in
// scheme_archive.cpp), so a restored scheme is the loaded one, locations
// included: diagnostics and outputs cannot tell them apart. The format is
// private to one build: nothing stored is read by another version.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cityseceval/tree.h"

namespace cityseceval::detail {

std::string save_scheme(const Scheme& scheme);

// The scheme save_scheme stored, indexed (Scheme::build_index) and ready to
// score; nullopt when `bytes` is not a whole stored scheme.
std::optional<Scheme> restore_scheme(std::string_view bytes);

}  // namespace cityseceval::detail
