/// Byte- and scalar-level character classes used by the segmenter.
///
/// ASCII is classified with comparisons; non-ASCII scalars are decoded only at decision points
/// (a handful per sentence) and classified with `Unicode.Scalar.Properties`.
enum UTF8Classes {
    /// Coarse class of the first character of a token.
    enum Shape: Sendable {
        case upper, lower, digit, other, end
    }

    /// Decodes the scalar starting at `i` (which must be a lead byte or ASCII).
    /// Returns the scalar and its byte length; malformed input yields U+FFFD and length 1.
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
        let n = p.count
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        if b0 >= 0xC2 && b0 < 0xE0 && i + 1 < n {
            let v = (b0 & 0x1F) << 6 | (UInt32(p[i + 1]) & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 2)
        }
        if b0 >= 0xE0 && b0 < 0xF0 && i + 2 < n {
            let v = (b0 & 0x0F) << 12 | (UInt32(p[i + 1]) & 0x3F) << 6 | (UInt32(p[i + 2]) & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 3)
        }
        if b0 >= 0xF0 && i + 3 < n {
            let v = (b0 & 0x07) << 18 | (UInt32(p[i + 1]) & 0x3F) << 12
                | (UInt32(p[i + 2]) & 0x3F) << 6 | (UInt32(p[i + 3]) & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 4)
        }
        return ("\u{FFFD}", 1)
    }

    /// Byte length of the whitespace character at `i`, or 0 when it is not whitespace.
    /// Covers ASCII whitespace, U+0085, NBSP, U+1680, U+2000–U+200A, U+2028/9, U+202F, U+205F, U+3000
    /// (the same set as Python's `str.isspace`, minus the C0 separators).
    @inline(__always)
    static func whitespaceLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = p[i]
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return 1 }
        if b < 0xC2 { return 0 }
        let n = p.count
        if b == 0xC2 && i + 1 < n { return (p[i + 1] == 0xA0 || p[i + 1] == 0x85) ? 2 : 0 }
        if b == 0xE2 && i + 2 < n {
            let b1 = p[i + 1], b2 = p[i + 2]
            if b1 == 0x80 && (b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) { return 3 }
            if b1 == 0x81 && b2 == 0x9F { return 3 }
            return 0
        }
        if b == 0xE3 && i + 2 < n { return (p[i + 1] == 0x80 && p[i + 2] == 0x80) ? 3 : 0 }
        if b == 0xE1 && i + 2 < n { return (p[i + 1] == 0x9A && p[i + 2] == 0x80) ? 3 : 0 }
        return 0
    }

    /// True if the byte ending at `end - 1` closes a whitespace character (used when scanning backwards).
    @inline(__always)
    static func isWhitespaceEnding(_ p: UnsafeBufferPointer<UInt8>, before end: Int) -> Int {
        let b = p[end - 1]
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return 1 }
        if b < 0x80 { return 0 }
        if end >= 2 && p[end - 2] == 0xC2 && (b == 0xA0 || b == 0x85) { return 2 }
        if end >= 3 {
            let start = end - 3
            if p[start] >= 0xE0 && p[start] < 0xF0 && whitespaceLength(p, start) == 3 { return 3 }
        }
        return 0
    }

    /// Shape of the character at `i`.
    @inline(__always)
    static func shape(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Shape {
        if i >= p.count { return .end }
        let b = p[i]
        if b >= 0x61 && b <= 0x7A { return .lower }
        if b >= 0x41 && b <= 0x5A { return .upper }
        if b >= 0x30 && b <= 0x39 { return .digit }
        if b < 0x80 { return .other }
        let (s, _) = decode(p, i)
        let props = s.properties
        if props.isLowercase { return .lower }
        if props.isUppercase { return .upper }
        if props.numericType != nil { return .digit }
        if props.isAlphabetic { return .upper }      // caseless scripts: treat like a capital
        return .other
    }

    /// True for bytes that belong to a word: ASCII letters and digits, and any non-ASCII byte.
    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39) || b >= 0x80
    }

    /// Byte length of an opening quote or bracket at `i` (`" ' ( [ { “ ‘ « „ ‚ ‹ ¿ ¡`), or 0.
    @inline(__always)
    static func openerLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = p[i]
        switch b {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x2A, 0x5F: return 1
        case 0xC2:
            if i + 1 < p.count, p[i + 1] == 0xAB || p[i + 1] == 0xBF || p[i + 1] == 0xA1 { return 2 }
            return 0
        case 0xE2:
            if i + 2 < p.count, p[i + 1] == 0x80 {
                let c = p[i + 2]
                if c == 0x9C || c == 0x98 || c == 0x9E || c == 0x9A || c == 0xB9 { return 3 }
            }
            return 0
        default: return 0
        }
    }

    /// Byte length of a closing quote or bracket at `i` (`" ' ) ] } ” ’ » › “ ‘`), or 0.
    @inline(__always)
    static func closerLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = p[i]
        switch b {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D: return 1
        case 0xC2:
            if i + 1 < p.count, p[i + 1] == 0xBB { return 2 }
            return 0
        case 0xE2:
            if i + 2 < p.count, p[i + 1] == 0x80 {
                let c = p[i + 2]
                if c == 0x9D || c == 0x99 || c == 0xBA || c == 0x9C || c == 0x98 { return 3 }
            }
            return 0
        default: return 0
        }
    }
}
