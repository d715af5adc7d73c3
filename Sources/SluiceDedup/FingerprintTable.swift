import CSluiceMinHash

/// Compact open-addressing map from 64-bit hash keys to 32-bit document ordinals: 8 bytes per slot,
/// at most 75 % full, linear probing.
///
/// Only the high 32 bits of a key are kept (as a fingerprint stored next to the value, which also
/// chooses the bucket so the table can grow). Two keys with equal high halves are taken as equal:
/// a false match with probability `entries / 2^32` per lookup, harmless for LSH band keys because
/// every candidate is confirmed by its similarity. Suited to indexes of up to ~10^8 documents per shard.
struct FingerprintTable: Sendable {
    /// `fingerprint << 32 | (value + 1)`; 0 = empty.
    private(set) var slots: [UInt64]
    private(set) var count: Int = 0
    private var mask: Int

    init(capacity: Int = 16) {
        var cap = 16
        while cap * 3 < capacity * 4 { cap <<= 1 }
        slots = [UInt64](repeating: 0, count: cap)
        mask = cap - 1
    }

    /// Rebuilds a table from saved raw slots.
    init(rawSlots: [UInt64], count: Int) {
        precondition(rawSlots.count.nonzeroBitCount == 1)
        slots = rawSlots
        self.count = count
        mask = rawSlots.count - 1
    }

    var bytes: Int { slots.count * 8 }

    @inline(__always) private static func bucket(_ fp: UInt64) -> Int {
        Int(truncatingIfNeeded: (fp &* 0x9E37_79B9_7F4A_7C15) >> 24)
    }

    func find(_ key: UInt64) -> UInt32? {
        let fp = key >> 32
        var i = Self.bucket(fp) & mask
        while true {
            let s = slots[i]
            if s == 0 { return nil }
            if s >> 32 == fp { return UInt32(truncatingIfNeeded: s) &- 1 }
            i = (i + 1) & mask
        }
    }

    /// Starts loading the slot where the probe for `key` begins (a hint: nothing changes), so that a run of inserts
    /// into a table larger than the cache waits on its misses together.
    @inline(__always)
    func prefetch(_ key: UInt64) {
        slots.withUnsafeBufferPointer { s in
            if let base = s.baseAddress { sluice_prefetch(base + (Self.bucket(key >> 32) & mask)) }
        }
    }

    /// Inserts `value` (< 2^32 - 1) under `key` unless present; returns the existing value if it was.
    mutating func insertIfAbsent(_ key: UInt64, _ value: UInt32) -> UInt32? {
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let fp = key >> 32
        var i = Self.bucket(fp) & mask
        while true {
            let s = slots[i]
            if s == 0 {
                slots[i] = fp << 32 | UInt64(value &+ 1)
                count += 1
                return nil
            }
            if s >> 32 == fp { return UInt32(truncatingIfNeeded: s) &- 1 }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        for s in old where s != 0 {
            var i = Self.bucket(s >> 32) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = s
        }
    }
}
