#ifndef SLUICE_CLIBXML2_SHIM_H
#define SLUICE_CLIBXML2_SHIM_H

/* Debian's libxml2 is built with ICU; its headers would pull in <unicode/ucnv.h>, whose
   declarations clash with Foundation's _FoundationICU module. Read the version header first,
   then hide ICU support before the parser headers see it. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#endif
