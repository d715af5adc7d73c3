#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Monotonic and CPU time.
enum Clock {
    /// Nanoseconds on the monotonic clock (wall time).
    static func nanoseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// CPU time of the calling thread, in nanoseconds: what stage timings use, so that they measure the work
    /// done and not the time a busy machine kept the thread waiting.
    static func threadCPUNanoseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}
