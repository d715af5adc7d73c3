/// A set of words, stored as case-folded hashes so that tokens can be looked up without allocation.
struct WordSet: Sendable {
    private var hashes = UInt64Table()

    /// Builds the set from whitespace-separated words (case-insensitive).
    init(_ words: String) {
        for w in words.split(whereSeparator: { $0 == " " || $0 == "\n" }) { hashes.set(ByteText.foldedHash(String(w)), 1) }
    }

    /// Builds the set from a list of words.
    init<S: Sequence>(words: S) where S.Element == String {
        for w in words { hashes.set(ByteText.foldedHash(w), 1) }
    }

    /// The union of several sets.
    init(union sets: [WordSet]) {
        for s in sets { for k in s.hashes.allKeys { hashes.set(k, 1) } }
    }

    /// Whether the word with folded hash `hash` is in the set (tokens carry their lists' bits instead: ``Token/isIn(_:)``).
    @inline(__always) func contains(hash: UInt64) -> Bool { hashes.contains(hash) }

    /// The folded hashes of the words.
    var allKeys: [UInt64] { hashes.allKeys }
}
