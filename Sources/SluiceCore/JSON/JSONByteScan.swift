/// Word-at-a-time scanning for the bytes that matter inside JSON strings: `"`, `\` and controls (< 0x20).
@usableFromInline
enum JSONByteScan {
    /// Non-zero if any byte of `w` is `"`, `\` or below 0x20 (a byte equal to `c` is a byte of `w ^ c…c` below 1).
    @inlinable @inline(__always)
    static func specialMask(_ w: UInt64) -> UInt64 {
        ByteWords.firstBelow(w, 0x20) | ByteWords.firstBelow(w ^ 0x2222_2222_2222_2222, 1)
            | ByteWords.firstBelow(w ^ 0x5C5C_5C5C_5C5C_5C5C, 1)
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
