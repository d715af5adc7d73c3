import SluiceCore

/// The single-pass boundary scanner behind ``SentenceSegmenter``.
///
/// It walks the UTF-8 bytes once, stopping only at bytes that can matter (line breaks, `.`, `!`, `?`
/// and lead bytes of `…`, `‼`, `⁇`, `。`, `！`, `？`). At each terminal it looks at the token before it and
/// the shape of the next token to decide; at each line break it applies the line-structure rules.
struct BoundaryScanner {
    let profile: LanguageProfile

    /// Bytes that make the scanner stop and look.
    private static let interesting: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for b in [0x0A, 0x0D, 0x2E, 0x21, 0x3F, 0xE2, 0xE3, 0xEF] as [Int] { t[b] = true }
        return t
    }()

    /// Trimmed sentence spans of `p`.
    func spans(_ p: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var state = ScanState(p: p, profile: profile)
        state.lowercaseMode = BoundaryScanner.looksLowercase(p)
        state.out.reserveCapacity(p.count / 96 + 4)
        let n = p.count
        BoundaryScanner.interesting.withUnsafeBufferPointer { table in
            var i = 0
            while i < n {
                let b = p[i]
                if !table[Int(b)] { i += 1; continue }
                switch b {
                case 0x0A, 0x0D: i = state.lineBreak(at: i)
                case 0x2E, 0x21, 0x3F: i = state.terminal(at: i, length: 1)
                case 0xE2:
                    if i + 2 < n && p[i + 1] == 0x80 && p[i + 2] == 0xA6 {           // …
                        i = state.terminal(at: i, length: 3)
                    } else if i + 2 < n && ((p[i + 1] == 0x80 && p[i + 2] == 0xBC)    // ‼
                        || (p[i + 1] == 0x81 && p[i + 2] >= 0x87 && p[i + 2] <= 0x89)) {  // ⁇ ⁈ ⁉
                        i = state.terminal(at: i, length: 3)
                    } else if i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9) {
                        i = state.lineBreak(at: i)                                     // U+2028 / U+2029
                    } else {
                        i += 1
                    }
                case 0xE3, 0xEF:
                    if i + 2 < n && ((b == 0xE3 && p[i + 1] == 0x80 && p[i + 2] == 0x82)   // 。
                        || (b == 0xEF && p[i + 1] == 0xBC && (p[i + 2] == 0x81 || p[i + 2] == 0x9F))  // ！？
                        || (b == 0xEF && p[i + 1] == 0xBD && p[i + 2] == 0xA1)) {          // ｡
                        i = state.wideTerminal(at: i)
                    } else {
                        i += 1
                    }
                default:
                    i += 1
                }
            }
        }
        state.cut(at: n)
        return state.out
    }

    /// True when sentences in `p` mostly start in lowercase (chat, e-mail, forum text): then a
    /// lowercase word after `.`, `!` or `?` does not rule out a boundary.
    static func looksLowercase(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var lower = 0, upper = 0
        let n = p.count
        var i = 0
        while i < n - 2 {
            // Eight bytes without `.`, `!` or `?` hold no boundary to look at.
            if i &+ 8 <= n &- 2, let base = p.baseAddress {
                let x = ByteWords.load(base + i)
                if ByteWords.equal(x, 0x2E) | ByteWords.equal(x, 0x21) | ByteWords.equal(x, 0x3F) == 0 {
                    i &+= 8
                    continue
                }
            }
            let b = p[i]
            if (b == 0x2E || b == 0x21 || b == 0x3F) && p[i + 1] == 0x20 {
                let c = p[i + 2]
                if c >= 0x61 && c <= 0x7A { lower += 1 } else if c >= 0x41 && c <= 0x5A { upper += 1 }
                i += 2
                continue
            }
            i += 1
        }
        return lower >= 2 && lower > upper
    }
}
