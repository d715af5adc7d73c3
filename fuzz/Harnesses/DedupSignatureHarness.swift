import SluiceDedup

/// Dedup signatures: exact hash, shingles and MinHash of any text; a text must match itself.
struct DedupSignatureHarness: Harness {
    let deduplicator = Deduplicator(DedupConfig())

    func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let a = deduplicator.signature(utf8: bytes)
        let b = deduplicator.signature(of: String(decoding: bytes, as: UTF8.self))
        let j = a.estimatedJaccard(with: a)
        if !a.minHashes.isEmpty && j != 1 { fatalError("a signature differs from itself: \(j)") }
        _ = a.estimatedJaccard(with: b)
    }
}
