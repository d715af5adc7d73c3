/// Eight-byte (SWAR) tests on UTF-8 text loaded as little-endian `UInt64` words: the first byte of the text is
/// the lowest byte of the word. Hot loops use them to step over runs of plain bytes at once.
public enum ByteWords {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let high: UInt64 = 0x8080_8080_8080_8080

    /// Loads eight bytes at `p` as a little-endian word (no alignment needed).
    @inlinable @inline(__always)
    public static func load(_ p: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
    }

    /// The high bit of every byte of `x` in `lo...hi` (both at most `0x7F`); bytes of `0x80` and above never match.
    ///
    /// For a byte b < 0x80, (b | 0x80) - lo has its high bit set iff b >= lo, and (hi | 0x80) - b iff b <= hi;
    /// neither subtraction borrows into the next byte.
    @inlinable @inline(__always)
    public static func inRange(_ x: UInt64, _ lo: UInt8, _ hi: UInt8) -> UInt64 {
        let low7 = x & ~high
        return ((low7 | high) &- UInt64(lo) &* ones) & ((UInt64(hi) &* ones | high) &- low7) & ~x & high
    }

    /// The number of leading bytes (0...8) of `x` whose high bit is set in `mask` (a result of ``inRange(_:_:_:)``).
    @inlinable @inline(__always)
    public static func leadingRun(_ mask: UInt64) -> Int {
        let miss = ~mask & high
        return miss == 0 ? 8 : miss.trailingZeroBitCount &>> 3
    }

    /// A mask of the first `count` (0...8) bytes of a word: all their bits set, the other bytes' clear (to keep the
    /// bytes of a run that ``leadingRun(_:)`` measured). Two half shifts, so that 8 (a 64-bit shift, which `&<<`
    /// takes modulo 64) needs no compare: callers ask with unpredictable word lengths.
    @inlinable @inline(__always)
    public static func leadingBytes(_ count: Int) -> UInt64 {
        let half = UInt64(truncatingIfNeeded: count &* 4)
        return ~((~0 &<< half) &<< half)
    }

    /// The high bit of every byte of `x` that is below `n` (`n` at most `0x80`), exact for the lowest flagged byte
    /// (bytes above a flagged one may be flagged falsely by a borrow); use with `trailingZeroBitCount`.
    @inlinable @inline(__always)
    public static func firstBelow(_ x: UInt64, _ n: UInt8) -> UInt64 {
        (x &- UInt64(n) &* ones) & ~x & high
    }

    /// The high bit of every ASCII letter byte (`A-Z`, `a-z`) of `x`.
    @inlinable @inline(__always)
    public static func asciiLetters(_ x: UInt64) -> UInt64 {
        inRange(x | 0x2020_2020_2020_2020, 0x61, 0x7A)
    }

    /// The high bit of every byte of `x` equal to `b`, exactly (no false positives).
    @inlinable @inline(__always)
    public static func equal(_ x: UInt64, _ b: UInt8) -> UInt64 {
        let v = x ^ (UInt64(b) &* ones)
        let low = ~high
        return ~(((v & low) &+ low) | v | low)
    }

    /// The index of the first byte equal to `b` in `bytes[from..<bytes.count]`, or `bytes.count`: eight bytes at a time.
    @inlinable
    public static func firstIndex(of b: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int {
        let n = bytes.count
        guard let base = bytes.baseAddress else { return n }
        var i = start
        while i &+ 8 <= n {
            let m = equal(load(base + i), b)
            if m != 0 { return i &+ m.trailingZeroBitCount &>> 3 }
            i &+= 8
        }
        while i < n && base[i] != b { i &+= 1 }
        return i
    }
}
