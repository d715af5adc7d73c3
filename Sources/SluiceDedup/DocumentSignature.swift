/// Everything the ordered dedup step needs to know about one document; computed by
/// ``Deduplicator/signature(of:)`` (pure, parallel) and consumed by ``DedupIndex`` (serial).
///
/// It holds hashes only, never text.
public struct DocumentSignature: Sendable, Hashable {
    /// MurmurHash3 x64-128 of the normalized text.
    public var exactHash: MurmurHash3.Hash128
    /// MinHash values, `numHashes` of them; empty when the method is `.exact`.
    /// All `UInt32.max` when the document has no shingle.
    public var minHashes: [UInt32]
    /// Sorted, unique 64-bit shingle hashes; only filled when confirmation is `.exact`.
    public var shingleHashes: [UInt64]
    /// Number of shingles (with repeats) the MinHash was computed over.
    public var shingleCount: Int
    /// UTF-8 length of the original (not normalized) text, used by the `longest` keep rule.
    public var length: Int

    /// Creates a signature from its parts (normally made by ``Deduplicator``).
    public init(exactHash: MurmurHash3.Hash128, minHashes: [UInt32], shingleHashes: [UInt64],
                shingleCount: Int, length: Int) {
        self.exactHash = exactHash
        self.minHashes = minHashes
        self.shingleHashes = shingleHashes
        self.shingleCount = shingleCount
        self.length = length
    }

    /// Jaccard similarity estimated as the share of equal MinHash positions.
    public func estimatedJaccard(with other: DocumentSignature) -> Double {
        minHashes.withUnsafeBufferPointer { a in
            other.minHashes.withUnsafeBufferPointer { b in MinHasher.estimatedJaccard(a, b) }
        }
    }
}
