// A guarded YAML reader: yaml-cpp's event parser feeding a small tree of our own.
//
// Why not YAML::Load? It silently keeps the first of two duplicate keys, it
// gives byte columns, it passes invalid UTF-8 through, it forgets whether a
// scalar was quoted (so `010` and "010" look alike), and it shares aliased
// nodes so that a tiny "billion laughs" file makes our own walk explode.
// Reading events ourselves fixes all of that in one place, and every loader
// (tree, assessment, later CSV-free YAML inputs) goes through here.
//
// Problems are appended to a Diagnostics list with these rule ids:
//   file-too-large, invalid-utf8, empty-file, yaml-syntax, multiple-documents,
//   duplicate-key, too-deep, too-many-aliases, value-too-long
// (exact messages in yaml_reader.cpp and tests/test_yaml_reader.cpp).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cityseceval/diagnostic.h"
#include "cityseceval/limits.h"

namespace cityseceval::yaml {

enum class NodeKind { null, scalar, sequence, mapping };

struct Node;
using NodePtr = std::shared_ptr<const Node>;

struct Node {
  NodeKind kind = NodeKind::null;
  // Where the node starts: 1-based line, column in Unicode code points. An
  // empty value is placed right after its "key:" or "-" (yaml-cpp would put
  // it at the next token, often on the next line).
  int line = 1;
  int column = 1;
  // Scalar text as yaml-cpp decoded it (escapes resolved). Empty for null.
  std::string value;
  // True for a plain (unquoted, non-block) scalar and for nulls. Only plain
  // scalars can be numbers, booleans or null in YAML's core schema.
  bool plain = true;
  // Sequence elements, in file order.
  std::vector<NodePtr> items;
  // Mapping entries, in file order. When a key is repeated the first entry is
  // kept and a duplicate-key diagnostic names both lines.
  std::vector<std::pair<NodePtr, NodePtr>> entries;

  // The value of the first entry whose key is a scalar equal to `key`, or null.
  const Node* find(std::string_view key) const;
  // A plain scalar spelled null, Null, NULL or ~, or an empty value.
  bool is_null() const { return kind == NodeKind::null; }
};

// The YAML reader's share of the limits (cityseceval/limits.h, which says why
// each number), as a test or a fuzzer may narrow them for one call.
struct Limits {
  // Files above this size are refused before parsing: the run's limit
  // (--max-file-size), which read_input_file held the file to already.
  std::size_t max_bytes = input_limits().file_bytes;
  // Nesting of sequences and mappings.
  int max_depth = default_limits.yaml_depth;
  // Alias uses (*name) in one file.
  std::size_t max_aliases = default_limits.yaml_aliases;
  // Nodes in the document with every alias expanded: the real cost of walking it.
  std::size_t max_expanded_nodes = default_limits.yaml_expanded_nodes;
  // Characters (code points) of one scalar.
  std::size_t max_value_characters = default_limits.value_characters;
};

// Parses `text` (the whole content of `file`, which is only used in
// diagnostics). Returns the root node of the single document, or null when the
// text could not be read as one YAML document; the reasons are in `diagnostics`.
// A leading UTF-8 byte-order mark is skipped. Duplicate keys are reported but
// do not make the result null. Never throws for any input.
NodePtr read_yaml(std::string_view text, const std::string& file, Diagnostics& diagnostics,
                  const Limits& limits = {});

// Where a node is, as a SourceLocation for diagnostics.
SourceLocation location_of(const Node& node, const std::string& file);

// A short human description of a node's kind for messages: "a mapping",
// "a list", "an empty value" (in both languages), or the scalar quoted: "\"0.7\"".
Text describe(const Node& node);

}  // namespace cityseceval::yaml
