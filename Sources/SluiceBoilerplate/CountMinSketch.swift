/// A count-min sketch over 64-bit keys with conservative update and saturating 32-bit counters.
///
/// Memory is `width × depth × 4` bytes whatever the number of distinct keys; estimates never
/// under-count. Two sketches with the same shape merge by adding counters.
public struct CountMinSketch: Sendable, Equatable {
    /// Counters per row (a power of two).
    public let width: Int
    /// Number of rows (independent hash functions).
    public let depth: Int
    private var counters: [UInt32]
    private let mask: UInt64

    /// Creates an empty sketch; `width` is rounded up to a power of two.
    public init(width: Int = 1 << 18, depth: Int = 4) {
        var w = 1
        while w < max(width, 16) { w <<= 1 }
        self.width = w
        self.depth = max(1, depth)
        self.mask = UInt64(w - 1)
        self.counters = [UInt32](repeating: 0, count: w * self.depth)
    }

    @inline(__always)
    private func slot(_ key: UInt64, row: Int) -> Int {
        let h = CorpusKey.mix(key &+ UInt64(row + 1) &* 0x9E37_79B9_7F4A_7C15)
        return row * width + Int(truncatingIfNeeded: h & mask)
    }

    /// Current estimate for `key` (an upper bound of its true count).
    public func estimate(_ key: UInt64) -> UInt32 {
        var m = UInt32.max
        for r in 0..<depth { m = min(m, counters[slot(key, row: r)]) }
        return m
    }

    /// Adds one occurrence of `key` (conservative update) and returns the new estimate.
    @discardableResult
    public mutating func increment(_ key: UInt64) -> UInt32 {
        let est = estimate(key)
        let target = est == UInt32.max ? est : est + 1
        for r in 0..<depth {
            let s = slot(key, row: r)
            if counters[s] < target { counters[s] = target }
        }
        return target
    }

    /// Adds the counters of `other`; both sketches must have the same width and depth.
    public mutating func merge(_ other: CountMinSketch) {
        precondition(other.width == width && other.depth == depth, "count-min sketches differ in shape")
        for i in counters.indices {
            let (s, o) = counters[i].addingReportingOverflow(other.counters[i])
            counters[i] = o ? UInt32.max : s
        }
    }
}

/// Hashing helpers shared by the corpus counter and the classifier.
enum CorpusKey {
    /// SplitMix64 finaliser.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Hash of a group name (site, domain or folder); the empty group is the whole corpus.
    static func groupHash(_ group: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in group.utf8 {
            h ^= UInt64(b)
            h &*= 0x0000_0100_0000_01B3
        }
        return mix(h)
    }

    /// Key of a normalised line within a group.
    @inline(__always)
    static func key(group: UInt64, line: UInt64) -> UInt64 {
        mix(line ^ (group &* 0xD6E8_FEB8_6659_FD93))
    }
}
