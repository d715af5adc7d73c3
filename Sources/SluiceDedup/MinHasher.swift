import CSluiceMinHash
import SluiceCore

/// MinHash over 64-bit shingle hashes with `numHashes` multiply-add hash functions
/// `h_i(x) = (a_i · x + b_i) mod 2^64`, of which the top 32 bits are kept.
/// The coefficients come from SplitMix64 seeded with the configuration seed, so the same seed
/// always gives the same permutations.
struct MinHasher: Sendable {
    let a: [UInt64]
    let b: [UInt64]

    init(numHashes: Int, seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var a: [UInt64] = []
        var b: [UInt64] = []
        a.reserveCapacity(numHashes)
        b.reserveCapacity(numHashes)
        for _ in 0..<numHashes {
            a.append(rng.next() | 1)
            b.append(rng.next())
        }
        self.a = a
        self.b = b
    }

    var count: Int { a.count }

    /// Lowers `signature` with every shingle hash in `shingles` (the C kernel `sluice_minhash_update`, built
    /// for the processor's widest vector unit; the result does not depend on which one runs).
    func update(_ signature: UnsafeMutableBufferPointer<UInt32>, with shingles: UnsafeBufferPointer<UInt64>) {
        precondition(signature.count == a.count)
        a.withUnsafeBufferPointer { ap in
            b.withUnsafeBufferPointer { bp in
                guard let sp = signature.baseAddress, let ap = ap.baseAddress, let bp = bp.baseAddress,
                      let xp = shingles.baseAddress else { return }
                sluice_minhash_update(sp, ap, bp, a.count, xp, shingles.count)
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

/// Exact Jaccard similarity of two sorted, duplicate-free hash arrays.
func exactJaccard(_ x: UnsafeBufferPointer<UInt64>, _ y: UnsafeBufferPointer<UInt64>) -> Double {
    if x.isEmpty && y.isEmpty { return 1 }
    var i = 0, j = 0, inter = 0
    while i < x.count && j < y.count {
        if x[i] == y[j] { inter += 1; i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
    }
    return Double(inter) / Double(x.count + y.count - inter)
}
