import SluiceCore
/// Computes document signatures: the parallel, pure half of deduplication.
///
/// `signature(of:)` may be called from any number of threads at once; the result depends only on
/// the text and the configuration, so any number of workers gives identical signatures.
public struct Deduplicator: Sendable {
    /// The configuration signatures are computed under.
    public let config: DedupConfig
    let minHasher: MinHasher
    let shingler: Shingler

    /// Creates a deduplicator. Invalid configurations trap; check ``DedupConfig/validationErrors`` first.
    public init(_ config: DedupConfig) {
        precondition(config.validationErrors.isEmpty, config.validationErrors.joined(separator: "; "))
        self.config = config
        self.minHasher = MinHasher(numHashes: config.usesMinHash ? config.numHashes : 0, seed: config.seed)
        self.shingler = Shingler(unit: config.shingleUnit, size: config.shingleSize,
                                 seed: UInt32(truncatingIfNeeded: config.seed >> 32))
    }

    /// The signature of `text`.
    public func signature(of text: String) -> DocumentSignature {
        var copy = text
        return copy.withUTF8 { signature(utf8: $0) }
    }

    /// The signature of UTF-8 bytes.
    public func signature(utf8 text: UnsafeBufferPointer<UInt8>) -> DocumentSignature {
        var normalized: [UInt8] = []
        config.normalization.normalize(text, into: &normalized)
        let seed32 = UInt32(truncatingIfNeeded: config.seed)
        let exact = normalized.withUnsafeBytes { MurmurHash3.hash128($0, seed: seed32) }
        guard config.usesMinHash else {
            return DocumentSignature(exactHash: exact, minHashes: [], shingleHashes: [], shingleCount: 0,
                                     length: text.count)
        }
        var shingles: [UInt64] = []
        shingles.reserveCapacity(normalized.count / 4 + 1)
        normalized.withUnsafeBufferPointer { shingler.shingles($0, into: &shingles) }
        var mins = [UInt32](repeating: .max, count: minHasher.count)
        mins.withUnsafeMutableBufferPointer { sig in
            shingles.withUnsafeBufferPointer { minHasher.update(sig, with: $0) }
        }
        var set: [UInt64] = []
        if config.confirmation == .exact {
            set = shingles
            set.sortAndRemoveDuplicates()
        }
        return DocumentSignature(exactHash: exact, minHashes: mins, shingleHashes: set,
                                 shingleCount: shingles.count, length: text.count)
    }
}
