#include "xlsx_xml.h"

#include <expat.h>

#include <memory>
#include <new>
#include <type_traits>

#include "cityseceval/messages.h"

namespace cityseceval::xlsx {

namespace {

// "x:c" -> "c": parts are read by local names (see the header).
std::string_view local_name(const char* name) {
  std::string_view text(name);
  std::size_t colon = text.rfind(':');
  return colon == std::string_view::npos ? text : text.substr(colon + 1);
}

// The walk of one part: expat's callbacks, forwarded to the handler, and
// the reason expat was stopped when it was stopped on purpose.
struct Walk {
  XML_Parser parser;
  XmlHandler& handler;
  bool doctype = false;

  void stop_if_asked() {
    if (handler.stopped()) XML_StopParser(parser, XML_FALSE);
  }
};

void on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
  auto* walk = static_cast<Walk*>(data);
  walk->handler.start(local_name(name), Attributes(attributes));
  walk->stop_if_asked();
}

void on_end(void* data, const XML_Char* name) {
  auto* walk = static_cast<Walk*>(data);
  walk->handler.end(local_name(name));
  walk->stop_if_asked();
}

void on_text(void* data, const XML_Char* text, int length) {
  auto* walk = static_cast<Walk*>(data);
  walk->handler.text(std::string_view(text, static_cast<std::size_t>(length)));
  walk->stop_if_asked();
}

// Called where a DOCTYPE starts, before its internal subset is read: the
// walk ends here, so no entity is ever declared, let alone expanded.
void on_doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
  auto* walk = static_cast<Walk*>(data);
  walk->doctype = true;
  XML_StopParser(walk->parser, XML_FALSE);
}

// Never reached without a DOCTYPE; refused all the same, should expat ever
// report a declaration from elsewhere.
void on_entity(void* data, const XML_Char*, int, const XML_Char*, int, const XML_Char*, const XML_Char*,
               const XML_Char*, const XML_Char*) {
  on_doctype(data, nullptr, nullptr, nullptr, 0);
}

// The whole text, in pieces small enough for expat's int lengths.
bool parse_in_pieces(XML_Parser parser, std::string_view xml) {
  constexpr std::size_t piece = 1 << 20;
  do {
    std::string_view next = xml.substr(0, piece);
    xml.remove_prefix(next.size());
    if (XML_Parse(parser, next.data(), static_cast<int>(next.size()), xml.empty()) != XML_STATUS_OK) return false;
  } while (!xml.empty());
  return true;
}

struct ParserFree {
  void operator()(XML_Parser parser) const { XML_ParserFree(parser); }
};

}  // namespace

const char* Attributes::find(std::string_view name) const {
  for (const char** pair = pairs_; pair && *pair; pair += 2) {
    if (local_name(pair[0]) == name) return pair[1];
  }
  return nullptr;
}

bool read_xml(std::string_view xml, const std::string& part, XmlHandler& handler, const std::string& file,
              Diagnostics& diagnostics) {
  std::unique_ptr<std::remove_pointer_t<XML_Parser>, ParserFree> parser(XML_ParserCreate(nullptr));
  if (!parser) throw std::bad_alloc();
  Walk walk{parser.get(), handler};
  XML_SetUserData(parser.get(), &walk);
  XML_SetElementHandler(parser.get(), on_start, on_end);
  XML_SetCharacterDataHandler(parser.get(), on_text);
  XML_SetStartDoctypeDeclHandler(parser.get(), on_doctype);
  XML_SetEntityDeclHandler(parser.get(), on_entity);
  XML_SetParamEntityParsing(parser.get(), XML_PARAM_ENTITY_PARSING_NEVER);
  if (parse_in_pieces(parser.get(), xml)) return true;
  if (walk.doctype) {
    diagnostics.error({file, 1, 1}, message(MessageId::xlsx_doctype, {part}), RuleId::xlsx_doctype);
  } else if (!handler.stopped()) {
    XML_Error code = XML_GetErrorCode(parser.get());
    diagnostics.error({file, 1, 1},
                      message(MessageId::xlsx_xml_syntax,
                              {part, static_cast<long>(XML_GetCurrentLineNumber(parser.get())),
                               static_cast<long>(XML_GetCurrentColumnNumber(parser.get())) + 1, XML_ErrorString(code)}),
                      RuleId::xlsx_xml);
  }
  return false;
}

}  // namespace cityseceval::xlsx
