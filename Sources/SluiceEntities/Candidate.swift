/// A tagged token span found by one of the recognizers, before conflicts are resolved.
struct Candidate: Sendable, Equatable {
    /// First token index.
    var first: Int
    /// One past the last token index.
    var end: Int
    var label: EntityLabel
    var canonical: String?
    var source: String
    /// Higher wins when candidates overlap.
    var priority: Int

    var count: Int { end - first }
}

/// Tokens of one text together with its bytes.
struct TokenizedText {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<Token>

    var count: Int { tokens.count }

    @inline(__always) subscript(i: Int) -> Token { tokens[i] }

    /// Whether token `i` exists and its word is in the built-in `list`.
    @inline(__always) func isIn(_ i: Int, _ list: WordList) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].isIn(list)
    }

    /// Whether token `i` equals `hash` (case-insensitive).
    @inline(__always) func isWord(_ i: Int, _ hash: UInt64) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].hash == hash
    }

    /// Whether token `i` is the single ASCII punctuation byte `b`.
    @inline(__always) func isPunct(_ i: Int, _ b: UInt8) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].length == 1 && bytes[Int(tokens[i].start)] == b
    }

    /// The integer value of a digits-only token (ignoring `,`), or nil; `maxDigits` bounds the length.
    func intValue(_ i: Int, maxDigits: Int = 9) -> Int? {
        guard i >= 0 && i < tokens.count else { return nil }
        let t = tokens[i]
        guard t.has(.number) else { return nil }
        var v = 0
        var digits = 0
        for k in Int(t.start)..<Int(t.end) {
            let b = bytes[k]
            if b >= 0x30 && b <= 0x39 {
                v = v * 10 + Int(b - 0x30)
                digits += 1
                if digits > maxDigits { return nil }
            } else if b == 0x2E {
                return nil
            }
        }
        return v
    }

    /// Number of bytes of token `i`.
    func length(_ i: Int) -> Int { tokens[i].length }

    /// The byte at offset `k` of token `i`.
    func byte(_ i: Int, _ k: Int) -> UInt8 { bytes[Int(tokens[i].start) + k] }

    /// The token's text (slow path; for canonical names only).
    func string(_ first: Int, _ end: Int) -> String {
        let lo = Int(tokens[first].start)
        let hi = Int(tokens[end - 1].end)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)
    }
}
