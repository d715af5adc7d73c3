/// The ordered, stateful half of deduplication: an index of document signatures.
///
/// Feed it signatures **in input order** from a single thread (it is not thread-safe):
/// - streaming, `keep: .first`: call ``decide(_:documentID:)`` per document; the answer is final.
///   The first document of every cluster is the one kept. A later document can still join two
///   clusters (recorded for ``resolve()``), but decisions already returned do not change.
/// - two-pass (needed for `keep: .longest`, and for the transitive closure over the whole corpus):
///   call ``observe(_:documentID:)`` for every document, then ``resolve()``.
///
/// Memory holds hashes only: per distinct text the 128-bit exact hash and the MinHash signature,
/// per document its ID, union-find parent, length and signature slot, plus the LSH band table.
/// Signatures are stored as the low 16 bits of each MinHash value (b-bit minwise hashing): two
/// different minima agree by chance with probability 2^-16, which the estimator corrects for.
/// See ``bytesPerDocument``. The index can be saved, loaded (incremental runs) and merged (shards).
public final class DedupIndex {
    /// Configuration (must match the ``Deduplicator`` that made the signatures).
    public let config: DedupConfig

    // Per document (ordinal = position in input order).
    var idBytes: [UInt8] = []
    var idEnds: [Int] = []
    var parent: [UInt32] = []
    var slotOf: [UInt32] = []
    var lengths: [UInt32] = []

    // Per signature slot (one per distinct exact hash).
    var exactLow: [UInt64] = []
    var exactHigh: [UInt64] = []
    var slotFirstDoc: [UInt32] = []
    /// Low 16 bits of every MinHash value (b-bit minwise hashing, Li & König 2010).
    var minHashes: [UInt16] = []
    var shingleEnds: [Int] = []
    var shingles: [UInt64] = []

    var exactTable = HashTable64()
    var bandTable = FingerprintTable()

    /// Creates an empty index.
    public init(config: DedupConfig) {
        precondition(config.validationErrors.isEmpty, config.validationErrors.joined(separator: "; "))
        self.config = config
    }

    /// Number of documents indexed.
    public var documentCount: Int { parent.count }

    /// Number of distinct normalized texts (signature slots) stored.
    public var signatureCount: Int { slotFirstDoc.count }

    /// The ID of the document at `ordinal` (0-based input position).
    public func documentID(at ordinal: Int) -> String {
        let start = ordinal == 0 ? 0 : idEnds[ordinal - 1]
        return String(decoding: idBytes[start..<idEnds[ordinal]], as: UTF8.self)
    }

    /// Decides whether the next document (in input order) is a duplicate, and indexes it.
    /// With `keep: .first` the result is final; for `keep: .longest` use ``observe(_:documentID:)``
    /// and ``resolve()`` instead (this method still answers as if `keep` were `.first`).
    public func decide(_ signature: DocumentSignature, documentID: String) -> DedupDecision {
        let match = insert(signature, documentID: documentID)
        let ordinal = documentCount - 1
        guard let kind = match.kind else { return .unique(cluster: self.documentID(at: ordinal)) }
        let root = documentIDOfRoot(ordinal)
        return .duplicate(of: root, cluster: root, similarity: match.similarity, kind: kind)
    }

    /// Indexes the next document without deciding (first pass of the two-pass mode).
    /// - Returns: the document's ordinal.
    @discardableResult
    public func observe(_ signature: DocumentSignature, documentID: String) -> Int {
        _ = insert(signature, documentID: documentID)
        return documentCount - 1
    }

    private func documentIDOfRoot(_ ordinal: Int) -> String { documentID(at: Int(find(UInt32(ordinal)))) }

    // MARK: - Insertion

    struct Match {
        var kind: DuplicateKind?
        var similarity: Double
    }

    func insert(_ s: DocumentSignature, documentID: String) -> Match {
        precondition(!config.usesMinHash || s.minHashes.count == config.numHashes,
                     "signature has \(s.minHashes.count) MinHash values, the index expects \(config.numHashes)")
        return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: s.minHashes.count) { mins in
            for (i, v) in s.minHashes.enumerated() { mins[i] = UInt16(truncatingIfNeeded: v) }
            return s.shingleHashes.withUnsafeBufferPointer { set in
                insertRaw(low: s.exactHash.low, high: s.exactHash.high, mins: UnsafeBufferPointer(mins), shingleSet: set,
                          hasShingles: s.shingleCount > 0, length: s.length, id: documentID)
            }
        }
    }

    func insertRaw(low: UInt64, high: UInt64, mins: UnsafeBufferPointer<UInt16>, shingleSet: UnsafeBufferPointer<UInt64>,
                   hasShingles: Bool, length: Int, id: String) -> Match {
        precondition(documentCount < Int(UInt32.max), "DedupIndex holds at most 2^32 - 1 documents")
        let d = UInt32(documentCount)
        var idCopy = id
        idCopy.withUTF8 { idBytes.append(contentsOf: $0) }
        idEnds.append(idBytes.count)
        parent.append(d)
        lengths.append(UInt32(clamping: length))

        // Exact duplicates share one signature slot.
        if let slot = exactTable.find(low), exactHigh[Int(slot)] == high {
            slotOf.append(slot)
            union(slotFirstDoc[Int(slot)], d)
            return Match(kind: config.method == .minhash ? .near : .exact, similarity: 1)
        }
        let slot = UInt32(slotFirstDoc.count)
        slotOf.append(slot)
        exactLow.append(low)
        exactHigh.append(high)
        slotFirstDoc.append(d)
        _ = exactTable.insertIfAbsent(low, slot)
        guard config.usesMinHash else { return Match(kind: nil, similarity: 0) }
        minHashes.append(contentsOf: mins)
        if config.confirmation == .exact {
            shingles.append(contentsOf: shingleSet)
            shingleEnds.append(shingles.count)
        }
        guard hasShingles else { return Match(kind: nil, similarity: 0) }

        // LSH: one key per band; the first document with a key owns it. All keys are computed (and their slots
        // prefetched) before the first insert: in a table larger than the cache each insert is a miss.
        var candidates: [UInt32] = []
        let rows = config.rows
        let bands = config.bands
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: bands) { keys in
            for band in 0..<bands {
                keys[band] = bandKey(band: band, UnsafeBufferPointer(rebasing: mins[(band * rows)..<((band + 1) * rows)]))
                bandTable.prefetch(keys[band])
            }
            for band in 0..<bands {
                if let other = bandTable.insertIfAbsent(keys[band], d), !candidates.contains(other) {
                    candidates.append(other)
                }
            }
        }
        var best = -1.0
        for c in candidates {
            let sim = similarity(slotA: Int(slotOf[Int(c)]), slotB: Int(slot))
            if config.confirmation == .none || sim >= config.threshold {
                union(c, d)
                best = max(best, sim)
            }
        }
        return best >= 0 ? Match(kind: .near, similarity: best) : Match(kind: nil, similarity: 0)
    }

    @inline(__always)
    func bandKey(band: Int, _ values: UnsafeBufferPointer<UInt16>) -> UInt64 {
        var h = MurmurHash3.fmix64(UInt64(band) &+ config.seed)
        for v in values { h = (MurmurHash3.rotl(h, 29) ^ UInt64(v)) &* 0x9E37_79B9_7F4A_7C15 }
        return MurmurHash3.fmix64(h)
    }

    /// Jaccard similarity of two stored signature slots (estimated or exact per configuration).
    func similarity(slotA: Int, slotB: Int) -> Double {
        if slotA == slotB { return 1 }
        if config.confirmation == .exact {
            let a0 = slotA == 0 ? 0 : shingleEnds[slotA - 1], b0 = slotB == 0 ? 0 : shingleEnds[slotB - 1]
            return shingles.withUnsafeBufferPointer { s in
                exactJaccard(UnsafeBufferPointer(rebasing: s[a0..<shingleEnds[slotA]]),
                             UnsafeBufferPointer(rebasing: s[b0..<shingleEnds[slotB]]))
            }
        }
        let k = config.numHashes
        return minHashes.withUnsafeBufferPointer { m in
            MinHasher.estimatedJaccard16(UnsafeBufferPointer(rebasing: m[(slotA * k)..<((slotA + 1) * k)]),
                                         UnsafeBufferPointer(rebasing: m[(slotB * k)..<((slotB + 1) * k)]))
        }
    }

    // MARK: - Union-find (the root is always the cluster's first document)

    func find(_ x: UInt32) -> UInt32 {
        var x = x
        while parent[Int(x)] != x {
            let p = parent[Int(x)]
            parent[Int(x)] = parent[Int(p)]
            x = p
        }
        return x
    }

    func union(_ a: UInt32, _ b: UInt32) {
        let ra = find(a), rb = find(b)
        if ra == rb { return }
        if ra < rb { parent[Int(rb)] = ra } else { parent[Int(ra)] = rb }
    }

    // MARK: - Two-pass resolution

    /// Final decisions for every indexed document, in input order, over the transitive closure of all
    /// matches, keeping per cluster the first document (`keep: .first`) or the longest (`.longest`).
    /// Clusters are named by their first document. Similarity is measured against the kept document
    /// and may be below the threshold for members joined through a chain.
    public func resolve() -> [DedupDecision] {
        let n = documentCount
        var kept = [UInt32](repeating: .max, count: n)
        var roots = [UInt32](repeating: 0, count: n)
        for i in 0..<n {
            let r = find(UInt32(i))
            roots[i] = r
            let cur = kept[Int(r)]
            if cur == .max || (config.keep == .longest && lengths[i] > lengths[Int(cur)]) { kept[Int(r)] = UInt32(i) }
        }
        var out: [DedupDecision] = []
        out.reserveCapacity(n)
        for i in 0..<n {
            let r = Int(roots[i])
            let k = Int(kept[r])
            let cluster = documentID(at: r)
            if k == i {
                out.append(.unique(cluster: cluster))
                continue
            }
            let same = slotOf[i] == slotOf[k]
            let kind: DuplicateKind = same && config.method != .minhash ? .exact : .near
            let sim = config.usesMinHash ? similarity(slotA: Int(slotOf[i]), slotB: Int(slotOf[k])) : 1
            out.append(.duplicate(of: documentID(at: k), cluster: cluster, similarity: sim, kind: kind))
        }
        return out
    }

    // MARK: - Memory

    /// Bytes of index memory (allocated array capacity) per indexed document.
    public var bytesPerDocument: Double {
        documentCount == 0 ? 0 : Double(totalBytes) / Double(documentCount)
    }

    /// Total bytes of index memory (array capacities).
    public var totalBytes: Int {
        idBytes.capacity + idEnds.capacity * 8 + parent.capacity * 4 + slotOf.capacity * 4 + lengths.capacity * 4
            + exactLow.capacity * 8 + exactHigh.capacity * 8 + slotFirstDoc.capacity * 4 + minHashes.capacity * 2
            + shingleEnds.capacity * 8 + shingles.capacity * 8 + exactTable.bytes + bandTable.bytes
    }
}
