import SluiceCore

/// MurmurHash3 x64-128 (Austin Appleby, public domain, SMHasher reference `MurmurHash3_x64_128`),
/// implemented on raw bytes so results are identical on every run, process and machine.
///
/// Swift's `Hasher` is randomly seeded per process and must never be used for anything that is
/// persisted or compared across runs; this type is used for all dedup hashes instead.
public enum MurmurHash3 {
    /// A 128-bit hash value as two 64-bit halves (`h1`, `h2` of the reference implementation).
    public struct Hash128: Hashable, Sendable {
        /// First 64-bit half (the reference's `h1`, written first in the 16-byte output).
        public var low: UInt64
        /// Second 64-bit half (the reference's `h2`).
        public var high: UInt64
        /// Creates a hash value from its two halves.
        public init(low: UInt64, high: UInt64) {
            self.low = low
            self.high = high
        }
    }

    @inline(__always)
    static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 &- r)) }

    private static let c1: UInt64 = 0x87c3_7b91_1142_53d5
    private static let c2: UInt64 = 0x4cf5_ad43_2745_937f

    /// The reference's scramble of a first-half key `k1` before it is xored into `h1` (0 stays 0).
    @inline(__always)
    static func scramble1(_ k: UInt64) -> UInt64 { rotl(k &* c1, 31) &* c2 }

    /// The reference's scramble of a second-half key `k2` before it is xored into `h2` (0 stays 0).
    @inline(__always)
    static func scramble2(_ k: UInt64) -> UInt64 { rotl(k &* c2, 33) &* c1 }

    /// The 64-bit finalisation mix of MurmurHash3 (`fmix64`): a bijective avalanche function.
    @inline(__always)
    public static func fmix64(_ value: UInt64) -> UInt64 {
        var k = value
        k ^= k >> 33
        k &*= 0xff51_afd7_ed55_8ccd
        k ^= k >> 33
        k &*= 0xc4ce_b9fe_1a85_ec53
        k ^= k >> 33
        return k
    }

    @inline(__always)
    static func load64(_ p: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: p.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// Hashes `bytes` with MurmurHash3 x64-128 and the given 32-bit `seed`.
    public static func hash128(_ bytes: UnsafeRawBufferPointer, seed: UInt32 = 0) -> Hash128 {
        hash128(bytes.baseAddress, count: bytes.count, seed: seed)
    }

    /// Hashes the UTF-8 bytes of `string` with MurmurHash3 x64-128.
    public static func hash128(_ string: String, seed: UInt32 = 0) -> Hash128 {
        var s = string
        return s.withUTF8 { hash128(UnsafeRawBufferPointer($0), seed: seed) }
    }

    /// Hashes `count` bytes at `base` with MurmurHash3 x64-128 and the given 32-bit `seed`.
    public static func hash128(_ base: UnsafeRawPointer?, count len: Int, seed: UInt32 = 0) -> Hash128 {
        var h1 = UInt64(seed)
        var h2 = UInt64(seed)
        let nblocks = len / 16
        if let p = base {
            for i in 0..<nblocks {
                h1 ^= scramble1(load64(p, i * 16))
                h1 = rotl(h1, 27); h1 &+= h2; h1 = h1 &* 5 &+ 0x52dc_e729
                h2 ^= scramble2(load64(p, i * 16 + 8))
                h2 = rotl(h2, 31); h2 &+= h1; h2 = h2 &* 5 &+ 0x3849_5ab5
            }
            mixTail(p + nblocks * 16, count: len & 15, &h1, &h2)
        }
        return finish(h1, h2, length: len)
    }

    /// A fast 64-bit hash of a short byte run: the first half of MurmurHash3 x64-128.
    ///
    /// Runs shorter than 16 bytes (words, in practice; 16 bytes make a full block) have no block to mix, so they
    /// skip straight to the tail and the finalisation, inlined here; the value is the reference's in every case.
    @inline(__always)
    public static func hash64(_ base: UnsafeRawPointer?, count len: Int, seed: UInt32 = 0) -> UInt64 {
        guard let p = base, len > 0, len < 16 else { return hash128(base, count: len, seed: seed).low }
        var h1 = UInt64(seed)
        var h2 = UInt64(seed)
        mixTail(p, count: len, &h1, &h2)
        return finish(h1, h2, length: len).low
    }

    /// ``hash64(_:count:seed:)`` of `count` (1...15) bytes at `p` when sixteen bytes can be read at `p`: two whole
    /// loads, masked to the run, and no branch on the length (word lengths are unpredictable). A masked-off second
    /// half is 0, and mixing 0 leaves the state as the reference's tail switch leaves it without that half.
    @inline(__always)
    static func hash64(readable16 p: UnsafeRawPointer, count len: Int, seed: UInt32) -> UInt64 {
        let first = min(len, 8)
        let second = len &- first
        let k1 = load64(p, 0) & ByteWords.leadingBytes(first)
        let k2 = load64(p, 8) & ByteWords.leadingBytes(second)
        return finish(UInt64(seed) ^ scramble1(k1), UInt64(seed) ^ scramble2(k2), length: len).low
    }

    /// Mixes the last `count` (0...15) bytes at `tail` into the state (the reference's tail switch), reading them
    /// with at most four loads that never touch a byte past them.
    @inline(__always)
    static func mixTail(_ tail: UnsafeRawPointer, count rem: Int, _ h1: inout UInt64, _ h2: inout UInt64) {
        if rem > 8 { h2 ^= scramble2(loadTail(tail + 8, rem - 8)) }
        if rem > 0 { h1 ^= scramble1(loadTail(tail, min(rem, 8))) }
    }

    /// The reference's finalisation: length, cross-addition and `fmix64` of both halves.
    @inline(__always)
    static func finish(_ h1: UInt64, _ h2: UInt64, length: Int) -> Hash128 {
        var h1 = h1 ^ UInt64(length)
        var h2 = h2 ^ UInt64(length)
        h1 &+= h2; h2 &+= h1
        h1 = fmix64(h1); h2 = fmix64(h2)
        h1 &+= h2; h2 &+= h1
        return Hash128(low: h1, high: h2)
    }

    /// The `count` (1...8) bytes at `p` as a little-endian integer, read without touching bytes past them.
    @inline(__always)
    static func loadTail(_ p: UnsafeRawPointer, _ count: Int) -> UInt64 {
        if count >= 4 {
            // Two overlapping 4-byte reads; the overlap holds the same bytes in the same positions.
            let lo = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
            let hi = UInt64(UInt32(littleEndian: p.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
            return lo | (hi &<< UInt64((count - 4) * 8))
        }
        let b0 = UInt64(p.load(as: UInt8.self))
        let bm = UInt64(p.load(fromByteOffset: count / 2, as: UInt8.self))
        let bl = UInt64(p.load(fromByteOffset: count - 1, as: UInt8.self))
        return b0 | (bm &<< UInt64(count / 2 * 8)) | (bl &<< UInt64((count - 1) * 8))
    }
}
