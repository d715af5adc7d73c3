#ifndef SLUICE_ZLIB_SHIM_H
#define SLUICE_ZLIB_SHIM_H
#include <zlib.h>
#endif
