// libxml2 for Swift: headers plus helpers for what Swift cannot import (xmlFree is a macro, HTML_PARSE_* an enum
// Swift imports with an awkward type, variadic error callbacks). Keep to the C API; MTMHTML owns every handle.
#ifndef MTM_CLIBXML2_SHIM_H
#define MTM_CLIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>

static inline void cxml_free(void *p) { xmlFree(p); }

/// Recover from broken markup, stay silent, never touch the network. (The HTML parser never loads external
/// entities or DTDs; XML_PARSE_NOENT and XML_PARSE_DTDLOAD are deliberately absent.)
static inline int cxml_html_parse_options(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
}

static void cxml_ignore_generic(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static void cxml_ignore_structured(void *ctx, xmlErrorPtr error) { (void)ctx; (void)error; }

/// Stops libxml2 from printing to stderr on this thread (XPath syntax errors, encoding errors). Errors are still
/// recorded and read back with xmlGetLastError.
static inline void cxml_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, cxml_ignore_generic);
    xmlSetStructuredErrorFunc(NULL, cxml_ignore_structured);
}

/// An XPath context whose errors go nowhere (they are read back with xmlGetLastError).
static inline xmlXPathContextPtr cxml_xpath_context(xmlDocPtr doc) {
    xmlXPathContextPtr context = xmlXPathNewContext(doc);
    if (context != NULL) { context->error = cxml_ignore_structured; }
    return context;
}

/// Whether the parser stopped before the end of the input (e.g. "Excessive depth in document").
static inline int cxml_parser_halted(htmlParserCtxtPtr ctxt) { return ctxt->disableSAX != 0; }

/// The message of the last error the parser met, or NULL.
static inline const char *cxml_parser_last_message(htmlParserCtxtPtr ctxt) { return ctxt->lastError.message; }

/// Whether libxml2 (with iconv) can decode `name`.
static inline int cxml_encoding_supported(const char *name) {
    xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(name);
    if (handler == NULL) { return 0; }
    xmlCharEncCloseFunc(handler);
    return 1;
}
#endif
