import OrderedCollections
/// Figures for one stage (or the reader): documents in and out, drops and errors by reason, bytes, time.
public struct StageCounters: Sendable, Hashable {
    /// Documents that entered the stage.
    public var documentsIn = 0
    /// Documents the stage passed on.
    public var documentsOut = 0
    /// Bytes of content entering the stage.
    public var bytesIn = 0
    /// Bytes of content leaving the stage.
    public var bytesOut = 0
    /// CPU time spent in the stage, summed over workers (nanoseconds).
    public var nanoseconds: UInt64 = 0
    /// Dropped documents by reason.
    public var dropped: [String: Int] = [:]
    /// Failed documents by (normalised) reason.
    public var errored: [String: Int] = [:]
    /// Counters added by the stage itself.
    public var custom: [String: Int] = [:]

    public init() {}

    /// Documents dropped, all reasons.
    public var droppedTotal: Int { dropped.values.reduce(0, +) }
    /// Documents failed, all reasons.
    public var erroredTotal: Int { errored.values.reduce(0, +) }

    /// Adds another stage's figures.
    public mutating func add(_ other: StageCounters) {
        documentsIn += other.documentsIn
        documentsOut += other.documentsOut
        bytesIn += other.bytesIn
        bytesOut += other.bytesOut
        nanoseconds += other.nanoseconds
        for (k, v) in other.dropped { dropped[k, default: 0] += v }
        for (k, v) in other.errored { errored[k, default: 0] += v }
        for (k, v) in other.custom { custom[k, default: 0] += v }
    }

    /// Records an error under a bounded key: digits folded to `N`, length capped, at most 50 keys.
    mutating func addError(_ message: String) {
        errored[Self.reasonKey(message, existing: errored), default: 0] += 1
    }

    /// Records a drop under a bounded key.
    mutating func addDrop(_ reason: String) {
        dropped[Self.reasonKey(reason, existing: dropped), default: 0] += 1
    }

    static func reasonKey(_ message: String, existing: [String: Int]) -> String {
        if existing[message] != nil { return message }
        var key = ""
        var lastWasDigit = false
        for ch in message.prefix(120) {
            if ch.isNumber {
                if !lastWasDigit { key.append("N") }
                lastWasDigit = true
            } else {
                key.append(ch)
                lastWasDigit = false
            }
        }
        if existing[key] == nil && existing.count >= 50 { return "other" }
        return key
    }
}
