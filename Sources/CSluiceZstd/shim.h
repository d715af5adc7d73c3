#ifndef SLUICE_ZSTD_SHIM_H
#define SLUICE_ZSTD_SHIM_H
#include <zstd.h>
#endif
