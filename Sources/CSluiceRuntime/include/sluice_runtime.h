// Process-level settings for `sluice run` that Swift's Glibc module does not expose.
#ifndef SLUICE_RUNTIME_H
#define SLUICE_RUNTIME_H

/// Makes the C allocator hand large blocks (batch buffers, long documents) straight back to the system when
/// they are freed, instead of keeping them in per-thread arenas that grow over a long run: glibc's mmap
/// threshold is fixed at `bytes` (its default rises with every large block freed) and so is its trim threshold.
/// Returns 1 if applied, 0 where the C library has no such settings.
int sluice_bound_allocator_retention(int bytes);

#endif
