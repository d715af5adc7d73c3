/// A set of words, stored as case-folded hashes so that tokens can be looked up without allocation.
struct WordSet: Sendable {
    private var hashes: Set<UInt64>

    /// Builds the set from whitespace-separated words (case-insensitive).
    init(_ words: String) {
        hashes = Set(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { ByteText.foldedHash(String($0)) })
    }

    /// Builds the set from a list of words.
    init<S: Sequence>(words: S) where S.Element == String {
        hashes = Set(words.map { ByteText.foldedHash($0) })
    }

    @inline(__always) func contains(hash: UInt64) -> Bool { hashes.contains(hash) }
    @inline(__always) func contains(_ token: Token) -> Bool { hashes.contains(token.hash) }
    func contains(word: String) -> Bool { hashes.contains(ByteText.foldedHash(word)) }

    /// The number of words.
    var count: Int { hashes.count }
}
