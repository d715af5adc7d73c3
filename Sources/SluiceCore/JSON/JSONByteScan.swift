/// Word-at-a-time scanning for the bytes that matter inside JSON strings: `"`, `\` and controls (< 0x20).
@usableFromInline
enum JSONByteScan {
    /// Non-zero if any byte of `w` is `"`, `\` or below 0x20 (a byte equal to `c` is a byte of `w ^ c…c` below 1).
    @inlinable @inline(__always)
    static func specialMask(_ w: UInt64) -> UInt64 {
        ByteWords.firstBelow(w, 0x20) | ByteWords.firstBelow(w ^ 0x2222_2222_2222_2222, 1)
            | ByteWords.firstBelow(w ^ 0x5C5C_5C5C_5C5C_5C5C, 1)
    }

    /// Non-zero if any byte of `w` needs a look while a string is checked: `"`, `\`, a control byte or a byte
    /// from 0x80 (UTF-8 to validate). Exact for the lowest flagged byte, like ``specialMask(_:)``.
    @inlinable @inline(__always)
    static func attentionMask(_ w: UInt64) -> UInt64 {
        specialMask(w) | (w & ByteWords.high)
    }

    /// Whether any of sixteen bytes, read as two 64-bit lanes, is one ``attentionMask(_:)`` flags: the same byte
    /// tests in a form the compiler keeps in vector registers (a byte below 0x20 borrows into its high bit, a byte
    /// from 0x80 has it; `"` and `\` become zero bytes). Two scalar words cost more instructions per byte, and a
    /// `SIMD16<UInt8>` compare compiles to per-byte code.
    @inlinable @inline(__always)
    static func needsAttention(_ v: SIMD2<UInt64>) -> Bool {
        let ones = SIMD2<UInt64>(repeating: ByteWords.ones)
        let quote = v ^ (ones &* 0x22), backslash = v ^ (ones &* 0x5C)
        let m = ((v &- ones &* 0x20) | v | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash))
            & SIMD2(repeating: ByteWords.high)
        return (m[0] | m[1]) != 0
    }

    /// Index of the first byte at or after `start` that ``attentionMask(_:)`` flags, or where fewer than eight bytes
    /// are left before `end` (the caller reads those one at a time). Plain text goes sixteen bytes a step.
    @inlinable @inline(__always)
    static func firstAttention(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        var i = start
        while i + 16 <= end {
            if needsAttention(UnsafeRawPointer(base + i).loadUnaligned(as: SIMD2<UInt64>.self)) { break }
            i += 16
        }
        while i + 8 <= end {
            let m = attentionMask(ByteWords.load(base + i))
            if m != 0 { return i + m.trailingZeroBitCount >> 3 }
            i += 8
        }
        return i
    }

    /// Index of the first `"`, `\` or control byte at or after `start`, or `end`.
    @inlinable @inline(__always)
    static func firstSpecial(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        var i = start
        while i + 8 <= end {
            if specialMask(ByteWords.load(base + i)) != 0 { break }
            i += 8
        }
        while i < end {
            let c = base[i]
            if c == 0x22 || c == 0x5C || c < 0x20 { return i }
            i += 1
        }
        return end
    }
}
