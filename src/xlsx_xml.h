// The XML parts of a workbook (workbook.xml, its relationships, the shared
// strings, a worksheet), read with expat: a streaming parser, so a part of
// any size is walked without building a tree, and one whose DOCTYPE
// handler lets us refuse any document type declaration before it is read.
// A workbook never has one (ECMA-376 forbids it), and without one no entity
// can be declared: nothing is ever expanded (billion laughs) or fetched
// (an external entity such as SYSTEM "file:///etc/passwd").
//
// Element and attribute names are given without their namespace prefix
// ("x:c" and "c" are both "c"): the parts are read by their local names, as
// every producer (Excel, WPS, LibreOffice, openpyxl) writes them with one
// namespace per part.
//
// Problems are reported at FILE:1:1, naming the part:
//   xlsx-doctype  a DOCTYPE declaration (so no entity is ever declared)
//   xlsx-xml      XML that is not well-formed, with expat's line, column and reason
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cityseceval/diagnostic.h"

namespace cityseceval::xlsx {

// An element's attributes, by local name, in document order.
class Attributes {
 public:
  explicit Attributes(const char** pairs) : pairs_(pairs) {}
  // The value of the attribute named `name` (its local name), or null.
  const char* find(std::string_view name) const;

 private:
  const char** pairs_;  // expat's name, value, name, value, ..., null
};

// What a reader of one part does with its events. Text may come in several
// pieces for one element; a reader appends them.
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void start(std::string_view name, const Attributes& attributes) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view text) = 0;

  // Set by a handler that has reported a problem and wants no more events.
  bool stopped() const { return stopped_; }

 protected:
  void stop() { stopped_ = true; }

 private:
  bool stopped_ = false;
};

// Walks the part `part` (its name in the archive, for messages) of the
// workbook `file`, giving `handler` its events. False after reporting why,
// or when the handler stopped the walk (having reported why); the handler
// may have seen part of the events.
bool read_xml(std::string_view xml, const std::string& part, XmlHandler& handler, const std::string& file,
              Diagnostics& diagnostics);

}  // namespace cityseceval::xlsx
