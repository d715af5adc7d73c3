#include "sluice_runtime.h"

#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif

int sluice_bound_allocator_retention(int bytes) {
#if defined(__GLIBC__) && defined(M_MMAP_THRESHOLD) && defined(M_TRIM_THRESHOLD)
    int ok = mallopt(M_MMAP_THRESHOLD, bytes);
    ok &= mallopt(M_TRIM_THRESHOLD, bytes);
    return ok ? 1 : 0;
#else
    (void)bytes;
    return 0;
#endif
}
