/// Result of the corpus-level first pass: the (group, line) pairs that recur across many
/// unrelated documents and are therefore boilerplate.
///
/// Holds only the flagged lines (hashed), so its size is proportional to the boilerplate found,
/// not to the corpus. Pass it to ``BoilerplateClassifier/classifyPlainText(_:frequentLines:group:)``.
public struct CorpusLineStats: Sendable, Equatable {
    let counts: [UInt64: UInt32]

    init(counts: [UInt64: UInt32]) { self.counts = counts }

    /// An empty set of statistics (no line is frequent).
    public static let empty = CorpusLineStats(counts: [:])

    /// Number of flagged (group, line) pairs.
    public var flaggedLineCount: Int { counts.count }

    /// Estimated number of documents of `group` containing `line`, if the line is flagged.
    public func documentCount(line: String, group: String = "") -> Int? {
        let n = LineNormalizer.normalized(line, dropDigits: true)
        guard !n.isEmpty else { return nil }
        let key = CorpusKey.key(group: CorpusKey.groupHash(group), line: LineNormalizer.hash(n))
        return counts[key].map(Int.init)
    }

    @inline(__always)
    func isFlagged(_ key: UInt64) -> Bool { counts[key] != nil }
}
