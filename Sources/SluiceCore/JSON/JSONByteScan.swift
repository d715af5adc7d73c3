/// Word-at-a-time scanning for the bytes that matter inside JSON strings: `"`, `\` and controls (< 0x20).
@usableFromInline
enum JSONByteScan {
    @usableFromInline static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @usableFromInline static var highs: UInt64 { 0x8080_8080_8080_8080 }

    /// Non-zero if any byte of `w` is `"`, `\` or below 0x20.
    @inlinable @inline(__always)
    static func specialMask(_ w: UInt64) -> UInt64 {
        let control = (w &- 0x2020_2020_2020_2020) & ~w & highs
        let q = w ^ 0x2222_2222_2222_2222
        let quote = (q &- ones) & ~q & highs
        let b = w ^ 0x5C5C_5C5C_5C5C_5C5C
        let backslash = (b &- ones) & ~b & highs
        return control | quote | backslash
    }

    /// Index of the first `"`, `\` or control byte at or after `start`, or `end`.
    @inlinable @inline(__always)
    static func firstSpecial(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        var i = start
        while i + 8 <= end {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if specialMask(w) != 0 { break }
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
