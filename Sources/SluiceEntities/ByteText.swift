/// Byte-level helpers for UTF-8 text: character classes, case, and case-folded token hashes.
enum ByteText {
    /// Class of a (possibly multi-byte) character at a position.
    enum CharClass: UInt8 {
        case letter, digit, space, newline, punct
    }

    /// FNV-1a's offset basis and prime (the word-shape hash of the statistical tagger's features).
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x100_0000_01b3

    /// Classifies the character starting at `i` and returns its class and byte length.
    @inline(__always)
    static func classify(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (CharClass, Int) {
        let b = p[i]
        if b < 0x80 {
            switch b {
            case 0x41...0x5A, 0x61...0x7A: return (.letter, 1)
            case 0x30...0x39: return (.digit, 1)
            case 0x0A, 0x0D: return (.newline, 1)
            case 0x20, 0x09, 0x0B, 0x0C: return (.space, 1)
            default: return (.punct, 1)
            }
        }
        let n = p.count
        if b == 0xC2, i + 1 < n {
            let c = p[i + 1]
            if c == 0xA0 { return (.space, 2) }
            if c < 0xC0 { return (c == 0xAA || c == 0xB5 || c == 0xBA ? .letter : .punct, 2) }
        }
        if b == 0xE2, i + 2 < n, p[i + 1] == 0x80 {
            let c = p[i + 2]
            if c <= 0x8B || c == 0xAF { return (.space, 3) }
            if c == 0xA8 || c == 0xA9 { return (.newline, 3) }
            return (.punct, 3)
        }
        if b == 0xE2, i + 2 < n, p[i + 1] >= 0x81, p[i + 1] <= 0xAF { return (.punct, 3) }
        if b == 0xE3, i + 2 < n, p[i + 1] == 0x80 {
            return (p[i + 2] == 0x80 ? .space : .punct, 3)
        }
        if b == 0xEF, i + 2 < n, p[i + 1] == 0xBB, p[i + 2] == 0xBF { return (.space, 3) }
        let len: Int
        if b >= 0xF0 { len = 4 } else if b >= 0xE0 { len = 3 } else if b >= 0xC0 { len = 2 } else { len = 1 }
        return (.letter, min(len, n - i))
    }

    /// Whether the letter starting at `i` is uppercase (ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic).
    @inline(__always)
    static func isUpper(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = p[i]
        if b < 0x80 { return b >= 0x41 && b <= 0x5A }
        guard i + 1 < p.count else { return false }
        let c = p[i + 1]
        switch b {
        case 0xC3: return c >= 0x80 && c <= 0x9E && c != 0x97
        case 0xC4, 0xC5: return c & 1 == 0
        case 0xCE: return c >= 0x91 && c <= 0xAB
        case 0xD0: return c >= 0x80 && c <= 0xAF
        default: return false
        }
    }

    /// Whether the letter starting at `i` is lowercase.
    @inline(__always)
    static func isLower(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = p[i]
        if b < 0x80 { return b >= 0x61 && b <= 0x7A }
        guard i + 1 < p.count else { return false }
        let c = p[i + 1]
        switch b {
        case 0xC3: return c >= 0x9F && c != 0xB7
        case 0xC4, 0xC5: return c & 1 == 1
        case 0xCE: return c >= 0xAC
        case 0xCF: return c <= 0x8E
        case 0xD0: return c >= 0xB0
        case 0xD1: return c <= 0x9F
        default: return false
        }
    }

    /// The case-folded hash of the bytes in `lo..<hi` (``FoldedHasher``): ASCII and Latin-1 letters folded to lower
    /// case, `’` folded to `'`.
    @inline(__always)
    static func foldedHash(_ p: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> UInt64 {
        var hasher = FoldedHasher()
        var i = lo
        while i < hi {
            var b = p[i]
            if b >= 0x41 && b <= 0x5A {
                b |= 0x20
            } else if b == 0xE2, i + 2 < hi, p[i + 1] == 0x80, p[i + 2] == 0x99 {
                b = 0x27
                i += 2
            } else if b == 0xC3, i + 1 < hi, p[i + 1] >= 0x80, p[i + 1] <= 0x9E, p[i + 1] != 0x97 {
                hasher.append(b)
                b = p[i + 1] | 0x20
                i += 1
            }
            hasher.append(b)
            i += 1
        }
        return hasher.finish()
    }

    /// Folded hash of a Swift string (slow path for word lists and configuration).
    static func foldedHash(_ s: String) -> UInt64 {
        var copy = s
        return copy.withUTF8 { foldedHash($0, 0, $0.count) }
    }

    /// Mixes a feature-template id into a hash.
    @inline(__always)
    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var x = a ^ (b &+ 0x9E37_79B9_7F4A_7C15 &+ (a << 6) &+ (a >> 2))
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 31)
    }
}
