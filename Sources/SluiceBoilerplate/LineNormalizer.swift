/// Byte-level normalisation of a line for phrase and corpus matching.
///
/// Lower-cases ASCII, Latin-1 letters and Cyrillic, maps typographic apostrophes to `'`, collapses
/// whitespace (including no-break space) to one space and trims surrounding punctuation, bullets
/// and arrows. Optionally drops ASCII digits so "Comments (12)" and "Comments (3)" normalise alike.
/// Works on UTF-8 bytes only; no `String` is created.
enum LineNormalizer {
    /// Normalises `bytes[range]` into `out` (cleared first).
    ///
    /// The output is never longer than the input (every mapping keeps or shrinks the byte count, and a
    /// collapsed space stands for at least one consumed whitespace byte), so it is written through a pointer
    /// into `out` sized once to `range.count`, then cut to length: no per-byte append or uniqueness check.
    static func normalize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                          dropDigits: Bool, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        guard !range.isEmpty else { return }
        out.append(contentsOf: repeatElement(0, count: range.count))
        let written = out.withUnsafeMutableBufferPointer { o -> Int in
            var n = 0
            var i = range.lowerBound
            let end = range.upperBound
            var pendingSpace = false
            @inline(__always) func put(_ b: UInt8) {
                o[n] = b
                n += 1
            }
            @inline(__always) func flushSpace() {
                if pendingSpace && n > 0 { put(0x20) }
                pendingSpace = false
            }
            while i < end {
                let b = bytes[i]
                if b < 0x80 {
                    i += 1
                    if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A || b == 0x0B || b == 0x0C {
                        pendingSpace = true
                        continue
                    }
                    if dropDigits && b >= 0x30 && b <= 0x39 { continue }
                    flushSpace()
                    put(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                    continue
                }
                // Multi-byte sequences.
                if b == 0xC2 && i + 1 < end && bytes[i + 1] == 0xA0 {  // no-break space
                    pendingSpace = true
                    i += 2
                    continue
                }
                if b == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 {
                    let c = bytes[i + 2]
                    if c >= 0x80 && c <= 0x8B || c == 0xAF {  // various spaces
                        pendingSpace = true
                        i += 3
                        continue
                    }
                    if c == 0x98 || c == 0x99 {  // ‘ ’ -> '
                        flushSpace()
                        put(0x27)
                        i += 3
                        continue
                    }
                }
                flushSpace()
                if i + 1 < end {
                    let c = bytes[i + 1]
                    if b == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97 {  // Latin-1 upper
                        put(0xC3); put(c + 0x20); i += 2; continue
                    }
                    if b == 0xD0 && c >= 0x90 && c <= 0x9F {  // А-П
                        put(0xD0); put(c + 0x20); i += 2; continue
                    }
                    if b == 0xD0 && c >= 0xA0 && c <= 0xAF {  // Р-Я
                        put(0xD1); put(c - 0x20); i += 2; continue
                    }
                    if b == 0xD0 && c == 0x81 {  // Ё -> ё
                        put(0xD1); put(0x91); i += 2; continue
                    }
                }
                put(b)
                i += 1
            }
            return n
        }
        out.removeLast(out.count - written)
        trim(&out)
    }

    /// Removes leading and trailing punctuation, bullets, arrows and spaces.
    static func trim(_ out: inout [UInt8]) {
        var lo = 0
        var hi = out.count
        while lo < hi {
            let n = trimmableLength(out, at: lo, limit: hi)
            if n == 0 { break }
            lo += n
        }
        while hi > lo {
            let n = trimmableSuffixLength(out, end: hi, start: lo)
            if n == 0 { break }
            hi -= n
        }
        if lo > 0 || hi < out.count {
            if hi < out.count { out.removeSubrange(hi...) }
            if lo > 0 { out.removeSubrange(..<lo) }
        }
    }

    @inline(__always)
    static func isTrimmableASCII(_ b: UInt8) -> Bool {
        switch b {
        case 0x20, 0x2E, 0x3A, 0x21, 0x3F, 0x7C, 0x2D, 0x22, 0x27, 0x28, 0x29, 0x5B, 0x5D, 0x3E, 0x3C,
             0x2A, 0x23, 0x2C, 0x3B, 0x2F, 0x5F, 0x7E, 0x3D, 0x2B:
            return true
        default:
            return false
        }
    }

    /// Length of a trimmable multi-byte symbol starting at `i`, or of one trimmable ASCII byte.
    static func trimmableLength(_ a: [UInt8], at i: Int, limit: Int) -> Int {
        let b = a[i]
        if b < 0x80 { return isTrimmableASCII(b) ? 1 : 0 }
        if b == 0xC2 && i + 1 < limit {
            let c = a[i + 1]
            if c == 0xB7 || c == 0xBB || c == 0xAB { return 2 }
        }
        if b == 0xE2 && i + 2 < limit {
            if isTrimmableE2(a[i + 1], a[i + 2]) { return 3 }
        }
        return 0
    }

    static func trimmableSuffixLength(_ a: [UInt8], end: Int, start: Int) -> Int {
        let b = a[end - 1]
        if b < 0x80 { return isTrimmableASCII(b) ? 1 : 0 }
        if end - 2 >= start && a[end - 2] == 0xC2 {
            let c = a[end - 1]
            if c == 0xB7 || c == 0xBB || c == 0xAB { return 2 }
        }
        if end - 3 >= start && a[end - 3] == 0xE2 && isTrimmableE2(a[end - 2], a[end - 1]) { return 3 }
        return 0
    }

    /// Bullets, dashes, ellipsis, quotes, arrows and triangles in the E2 block.
    @inline(__always)
    static func isTrimmableE2(_ b1: UInt8, _ b2: UInt8) -> Bool {
        switch b1 {
        case 0x80: return b2 >= 0x90 && b2 <= 0xA6 || b2 == 0xB9 || b2 == 0xBA  // dashes, quotes, bullet, …, ‹ ›
        case 0x86: return true  // arrows
        case 0x96, 0x97: return true  // geometric shapes (▶ ► ●)
        case 0x9E: return true  // dingbat arrows
        default: return false
        }
    }

    /// 64-bit FNV-1a hash of a byte buffer.
    @inline(__always)
    static func hash(_ a: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in a {
            h ^= UInt64(b)
            h &*= 0x0000_0100_0000_01B3
        }
        return h
    }

    /// Normalises a Swift string (used for phrase lists, off the hot path).
    static func normalized(_ s: String, dropDigits: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        var copy = s
        copy.withUTF8 { buf in
            normalize(buf, 0..<buf.count, dropDigits: dropDigits, into: &out)
        }
        return out
    }
}
