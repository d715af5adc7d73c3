#include "sluice_minhash.h"

// On x86-64 Linux the function is built three times (AVX-512, AVX2, baseline) and the loader picks the
// best the processor supports (GNU ifunc); elsewhere it is built once for the target.
#if defined(__x86_64__) && defined(__linux__) && defined(__clang__)
#define SLUICE_CLONES __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define SLUICE_CLONES
#endif

SLUICE_CLONES
void sluice_minhash_update(uint32_t *restrict signature, const uint64_t *restrict a, const uint64_t *restrict b,
                           size_t k, const uint64_t *restrict shingles, size_t n) {
    size_t j = 0;
    // Four shingles per pass over the slots: each coefficient pair and slot is loaded and stored once.
    for (; j + 4 <= n; j += 4) {
        const uint64_t x0 = shingles[j], x1 = shingles[j + 1], x2 = shingles[j + 2], x3 = shingles[j + 3];
        for (size_t i = 0; i < k; i++) {
            const uint32_t v0 = (uint32_t)((a[i] * x0 + b[i]) >> 32);
            const uint32_t v1 = (uint32_t)((a[i] * x1 + b[i]) >> 32);
            const uint32_t v2 = (uint32_t)((a[i] * x2 + b[i]) >> 32);
            const uint32_t v3 = (uint32_t)((a[i] * x3 + b[i]) >> 32);
            const uint32_t m01 = v0 < v1 ? v0 : v1, m23 = v2 < v3 ? v2 : v3;
            const uint32_t m = m01 < m23 ? m01 : m23;
            signature[i] = m < signature[i] ? m : signature[i];
        }
    }
    for (; j < n; j++) {
        const uint64_t x = shingles[j];
        for (size_t i = 0; i < k; i++) {
            const uint32_t v = (uint32_t)((a[i] * x + b[i]) >> 32);
            signature[i] = v < signature[i] ? v : signature[i];
        }
    }
}
