/// A small, deterministic word tokenizer for CoNLL output (byte offsets, end exclusive).
///
/// Words are runs of letters, digits and combining marks; `'`, `’`, `-` and `.` between two word characters
/// stay inside the word ("don't", "state-of-the-art", "3.5"); any other non-space character is a token
/// of its own. Tokens never cross a boundary in `cuts` (entity starts and ends), so entities align with tokens.
enum ExportTokenizer {
    /// Tokens of `bytes[range]`, split at every offset in `cuts` (sorted ascending).
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, cuts: [Int]) -> [Range<Int>] {
        var tokens: [Range<Int>] = []
        var cutIndex = 0
        var tokenStart = -1
        var previousWord = false
        var i = range.lowerBound
        func close(_ at: Int) {
            if tokenStart >= 0 && at > tokenStart { tokens.append(tokenStart..<at) }
            tokenStart = -1
        }
        while i < range.upperBound {
            while cutIndex < cuts.count && cuts[cutIndex] < i { cutIndex += 1 }
            if cutIndex < cuts.count && cuts[cutIndex] == i {
                close(i)
                previousWord = false
            }
            let (scalar, width) = decode(bytes, i, range.upperBound)
            if isSpace(scalar) {
                close(i)
                previousWord = false
            } else if isWord(scalar) {
                if tokenStart < 0 || !previousWord {
                    close(i)
                    tokenStart = i
                }
                previousWord = true
            } else if previousWord && Self.joiners.contains(scalar.value) && i + width < range.upperBound
                        && !(cutIndex < cuts.count && cuts[cutIndex] == i + width)
                        && isWord(decode(bytes, i + width, range.upperBound).0) {
                // Stays inside the word.
            } else {
                close(i)
                tokens.append(i..<(i + width))
                previousWord = false
            }
            i += width
        }
        close(range.upperBound)
        return tokens
    }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value <= 0x20 || s.value == 0x7F }
        return s.properties.isWhitespace
    }

    static let joiners: Set<UInt32> = [0x27, 0x2019, 0x2D, 0x2E]

    @inline(__always)
    static func isWord(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            let b = UInt8(s.value)
            return (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x5F
        }
        let p = s.properties
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber: return true
        default: return p.isAlphabetic
        }
    }

    /// Decodes one scalar at `i` (invalid bytes become U+FFFD of width 1).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let width = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1
        guard width > 1, i + width <= end else { return ("\u{FFFD}", 1) }
        var v = UInt32(b0) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width { v = (v << 6) | (UInt32(bytes[i + k]) & 0x3F) }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", width)
    }
}
