/// MinHash over 64-bit shingle hashes with `numHashes` multiply-add hash functions
/// `h_i(x) = (a_i · x + b_i) mod 2^64`, of which the top 32 bits are kept.
/// The coefficients come from SplitMix64 seeded with the configuration seed, so the same seed
/// always gives the same permutations.
struct MinHasher: Sendable {
    let a: [UInt64]
    let b: [UInt64]

    init(numHashes: Int, seed: UInt64) {
        var state = seed
        var a: [UInt64] = []
        var b: [UInt64] = []
        a.reserveCapacity(numHashes)
        b.reserveCapacity(numHashes)
        for _ in 0..<numHashes {
            a.append(splitMix64(&state) | 1)
            b.append(splitMix64(&state))
        }
        self.a = a
        self.b = b
    }

    var count: Int { a.count }

    /// Lowers `signature` with every shingle hash in `shingles`.
    func update(_ signature: UnsafeMutableBufferPointer<UInt32>, with shingles: UnsafeBufferPointer<UInt64>) {
        let k = a.count
        a.withUnsafeBufferPointer { ap in
            b.withUnsafeBufferPointer { bp in
                guard let sp = signature.baseAddress, let ap = ap.baseAddress, let bp = bp.baseAddress else { return }
                // Four shingles per pass: each coefficient pair and signature slot is loaded once.
                let n = shingles.count
                var j = 0
                while j + 4 <= n {
                    let x0 = shingles[j], x1 = shingles[j + 1], x2 = shingles[j + 2], x3 = shingles[j + 3]
                    for i in 0..<k {
                        let ai = ap[i], bi = bp[i]
                        let v0 = UInt32(truncatingIfNeeded: (ai &* x0 &+ bi) >> 32)
                        let v1 = UInt32(truncatingIfNeeded: (ai &* x1 &+ bi) >> 32)
                        let v2 = UInt32(truncatingIfNeeded: (ai &* x2 &+ bi) >> 32)
                        let v3 = UInt32(truncatingIfNeeded: (ai &* x3 &+ bi) >> 32)
                        sp[i] = min(sp[i], min(min(v0, v1), min(v2, v3)))
                    }
                    j += 4
                }
                while j < n {
                    let x = shingles[j]
                    for i in 0..<k {
                        let v = UInt32(truncatingIfNeeded: (ap[i] &* x &+ bp[i]) >> 32)
                        if v < sp[i] { sp[i] = v }
                    }
                    j += 1
                }
            }
        }
    }

    /// Share of equal positions of two signatures of the same length (0 when empty).
    @inline(__always)
    static func estimatedJaccard(_ x: UnsafeBufferPointer<UInt32>, _ y: UnsafeBufferPointer<UInt32>) -> Double {
        let n = min(x.count, y.count)
        if n == 0 { return 0 }
        var equal = 0
        for i in 0..<n where x[i] == y[i] { equal += 1 }
        return Double(equal) / Double(n)
    }
}

extension MinHasher {
    /// Jaccard estimated from 16-bit truncated signatures, corrected for chance agreement (2^-16).
    @inline(__always)
    static func estimatedJaccard16(_ x: UnsafeBufferPointer<UInt16>, _ y: UnsafeBufferPointer<UInt16>) -> Double {
        let n = min(x.count, y.count)
        if n == 0 { return 0 }
        var equal = 0
        for i in 0..<n where x[i] == y[i] { equal += 1 }
        let c = 1.0 / 65536.0
        return max(0, (Double(equal) / Double(n) - c) / (1 - c))
    }
}

/// SplitMix64 step (Steele, Lea, Flood 2014): a well-mixed deterministic 64-bit sequence.
@inline(__always)
func splitMix64(_ state: inout UInt64) -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}

/// Exact Jaccard similarity of two sorted, duplicate-free hash arrays.
func exactJaccard(_ x: UnsafeBufferPointer<UInt64>, _ y: UnsafeBufferPointer<UInt64>) -> Double {
    if x.isEmpty && y.isEmpty { return 1 }
    var i = 0, j = 0, inter = 0
    while i < x.count && j < y.count {
        if x[i] == y[j] { inter += 1; i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
    }
    return Double(inter) / Double(x.count + y.count - inter)
}
