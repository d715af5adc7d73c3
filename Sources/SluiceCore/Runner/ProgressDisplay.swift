import Synchronization
import Dispatch
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// A live progress line on stderr: documents, MB/s, elapsed time and ETA (when total input size is known).
/// The timer is only touched by start/stop on the run's thread and by its own queue; hence @unchecked.
final class ProgressDisplay: @unchecked Sendable {
    private let counters: ProgressCounters
    private let timer: any DispatchSourceTimer

    init(counters: ProgressCounters) {
        self.counters = counters
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "sluice.progress"))
    }

    func start() {
        timer.schedule(deadline: .now() + 0.5, repeating: 0.5)
        timer.setEventHandler { [counters] in
            let line = ProgressDisplay.line(counters)
            fputs("\r\u{1B}[K" + line, stderr)
        }
        timer.resume()
    }

    func stop() {
        timer.cancel()
        fputs("\r\u{1B}[K", stderr)
    }

    static func line(_ c: ProgressCounters) -> String {
        let elapsed = Double(Clock.nanoseconds() - c.startNanos.load(ordering: .relaxed)) / 1e9
        let bytes = Double(c.fileBytes.load(ordering: .relaxed))
        let total = Double(c.totalFileBytes.load(ordering: .relaxed))
        let docs = c.documents.load(ordering: .relaxed)
        let rate = elapsed > 0 ? bytes / 1e6 / elapsed : 0
        var s = "[sluice] \(docs) docs  \(format(bytes / 1e6, 1)) MB  \(format(rate, 1)) MB/s  \(clock(elapsed))"
        if total > 0, bytes > 0, bytes < total {
            s += "  ETA \(clock(elapsed * (total - bytes) / bytes))"
        }
        return s
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        let m = s / 60, h = m / 60
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return h > 0 ? "\(h):\(two(m % 60)):\(two(s % 60))" : "\(two(m)):\(two(s % 60))"
    }
}
