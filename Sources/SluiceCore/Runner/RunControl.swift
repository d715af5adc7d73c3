import Synchronization

/// Shared run state: stop requests (signals) and failure.
final class RunControl: Sendable {
    private let stopRequested = Atomic<Bool>(false)
    private let failureMessage = Mutex<String?>(nil)

    /// Asks the run to stop reading and wind down (SIGINT/SIGTERM).
    func requestStop() { stopRequested.store(true, ordering: .relaxed) }

    /// True once a stop was requested or the run failed.
    var shouldStopReading: Bool { stopRequested.load(ordering: .relaxed) || isFailed }

    /// True if a stop was requested.
    var stopWasRequested: Bool { stopRequested.load(ordering: .relaxed) }

    /// Marks the run failed (the first message wins).
    func fail(_ message: String) {
        failureMessage.withLock { if $0 == nil { $0 = message } }
    }

    /// The failure, if any.
    var failure: String? { failureMessage.withLock { $0 } }

    /// True once the run failed.
    var isFailed: Bool { failure != nil }
}

/// Live counters read by the progress display.
final class ProgressCounters: Sendable {
    let documents = Atomic<Int>(0)
    let fileBytes = Atomic<Int>(0)
    let totalFileBytes = Atomic<Int>(0)
    let startNanos = Atomic<UInt64>(0)
}
