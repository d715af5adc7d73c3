// The C parts of SluiceDedup: the MinHash inner loop, in C so that it can be compiled for several instruction sets
// and chosen at load time (64-bit lane multiplies exist only from AVX-512DQ; AVX2 halves the work per lane), and a
// cache prefetch hint, which Swift has no spelling for.
#ifndef SLUICE_MINHASH_H
#define SLUICE_MINHASH_H

#include <stddef.h>
#include <stdint.h>

/// Lowers each of the `k` signature slots with `(a[i] * x + b[i]) >> 32` (mod 2^64) for every shingle hash `x`
/// of `shingles` (`n` of them). Results are identical on every instruction set.
void sluice_minhash_update(uint32_t *signature, const uint64_t *a, const uint64_t *b, size_t k,
                           const uint64_t *shingles, size_t n);

/// Asks the processor to start loading the cache line at `p` (no effect on results). The dedup index prefetches the
/// slots of a document's band keys before inserting them, so their cache misses overlap instead of queueing.
static inline void sluice_prefetch(const void *p) { __builtin_prefetch(p); }

#endif
