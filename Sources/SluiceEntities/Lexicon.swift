/// Every built-in word list in one hash table: a token's case-folded hash → the bit set of the ``WordList``s that
/// hold the word (0 for any other word).
///
/// The tokenizer asks once per token (in a pass over the finished tokens), and whether a word is listed is
/// unpredictable; so a lookup has no data-dependent branch: a key lives in the bucket its hash picks, four slots
/// and their masks in one 64-byte line, and all four slots are compared. The table grows until no bucket
/// overflows.
struct Lexicon: Sendable {
    /// The table of all built-in lists.
    static let builtIn = Lexicon(WordList.allCases)

    /// Per bucket: four keys, then their four masks (0 keys are empty slots).
    private var slots: [UInt64]
    private var bucketMask: Int
    private var zeroMask: UInt64 = 0

    /// Builds the table from `lists`.
    init(_ lists: [WordList]) {
        var entries: [UInt64: UInt64] = [:]
        for list in lists {
            for key in list.words.allKeys { entries[key, default: 0] |= list.bit }
        }
        zeroMask = entries.removeValue(forKey: 0) ?? 0
        var buckets = 16
        while buckets * 2 < entries.count { buckets <<= 1 }
        while true {
            if let slots = Self.fill(entries, buckets: buckets) {
                self.slots = slots
                bucketMask = buckets - 1
                return
            }
            buckets <<= 1
        }
    }

    /// The slots for `entries` in `buckets` buckets, or nil when a bucket would overflow.
    private static func fill(_ entries: [UInt64: UInt64], buckets: Int) -> [UInt64]? {
        var slots = [UInt64](repeating: 0, count: buckets * 8)
        for (key, mask) in entries {
            let b = bucket(key, buckets - 1) * 8
            guard let free = (b..<b + 4).first(where: { slots[$0] == 0 }) else { return nil }
            slots[free] = key
            slots[free + 4] = mask
        }
        return slots
    }

    @inline(__always)
    private static func bucket(_ key: UInt64, _ bucketMask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & bucketMask
    }

    /// The lists (bit `WordList.rawValue`) that hold the word with folded hash `key`.
    @inline(__always)
    func lists(of key: UInt64) -> UInt64 {
        if key == 0 { return zeroMask }
        let b = Self.bucket(key, bucketMask) &* 8
        return slots.withUnsafeBytes { raw in
            // One vector compare of the bucket's four keys; the masks of the non-matching slots are zeroed.
            let keys = raw.loadUnaligned(fromByteOffset: b &* 8, as: SIMD4<UInt64>.self)
            let masks = raw.loadUnaligned(fromByteOffset: (b &+ 4) &* 8, as: SIMD4<UInt64>.self)
            let hit = masks.replacing(with: 0, where: keys .!= SIMD4(repeating: key))
            return (hit[0] | hit[1]) | (hit[2] | hit[3])
        }
    }
}
