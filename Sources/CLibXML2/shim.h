// libxml2 for Swift: headers plus helpers for what Swift cannot import (xmlFree is a macro, HTML_PARSE_* an enum
// Swift imports with an awkward type). Keep to the C API; MTMScrape owns every handle.
#ifndef MTM_CLIBXML2_SHIM_H
#define MTM_CLIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

static inline void cxml_free(void *p) { xmlFree(p); }

/// Recover from broken markup, stay silent, never touch the network.
static inline int cxml_html_parse_options(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
}
#endif
