import SluiceCore

/// One line of a plain-text document with the byte-level features the line rules use.
struct TextLine {
    /// First byte of the line.
    var start: Int
    /// Byte after the last content byte (the newline or the end of the text).
    var end: Int
    /// Start of the next line (`end + 1` after a newline, else `end`).
    var next: Int
    /// Whitespace-separated tokens.
    var words = 0
    /// Tokens with at least one ASCII letter: normalisation can neither trim nor drop them, so the
    /// normalised line has at least this many words.
    var letterWords = 0
    /// Letters (ASCII letters plus every non-ASCII scalar, an approximation good enough here).
    var letters = 0
    /// ASCII digits.
    var digits = 0
    /// Bytes that are not whitespace.
    var nonSpace = 0
    /// The line ends with sentence punctuation (`.`, `!`, `?`, `…`, `;`, CJK stops), possibly
    /// followed by closing quotes or brackets.
    var terminal = false
    /// The line ends with a question mark (teaser headlines often do).
    var question = false
    /// The line starts with a list bullet (`-`, `*`, `•`, `·`, `–`, `—`, `►`).
    var listItem = false
    /// The line contains a hyphen or underscore inside its only token.
    var hasInnerHyphen = false
    /// First content byte (after leading whitespace and bullets).
    var contentStart = 0

    var isBlank: Bool { nonSpace == 0 }
    var contentBytes: Int { letters + digits }
}

/// Splits UTF-8 text into ``TextLine`` values in one pass.
enum LineScanner {
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into lines: inout [TextLine]) {
        lines.removeAll(keepingCapacity: true)
        let n = bytes.count
        var i = 0
        while i < n {
            let line = measure(bytes, from: i, limit: n, newlineIsSpace: false)
            i = line.end
            lines.append(line)
            if i < n { i += 1 }
            if i == n && n > 0 && bytes[n - 1] == 0x0A {
                // A trailing newline ends the last line; no empty line after it.
                break
            }
        }
    }

    /// Features of the line starting at `start` (up to the next newline, or to `limit` when
    /// `newlineIsSpace`, which treats a multi-line block as one line).
    static func measure(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit n: Int,
                        newlineIsSpace: Bool) -> TextLine {
        var i = start
        do {
            var line = TextLine(start: start, end: start, next: start)
            var inWord = false
            var wordHasLetter = false
            var lastNonSpace = -1
            var firstNonSpace = -1
            var tokenCount = 0
            while i < n {
                // A run of ASCII letters, eight bytes at a time: what the byte loop below does for each of them.
                if i &+ 8 <= n, let base = bytes.baseAddress {
                    let run = ByteWords.leadingRun(ByteWords.asciiLetters(ByteWords.load(base + i)))
                    if run > 0 {
                        if !inWord { tokenCount += 1; inWord = true }
                        if !wordHasLetter { line.letterWords += 1; wordHasLetter = true }
                        if firstNonSpace < 0 { firstNonSpace = i }
                        line.nonSpace &+= run
                        line.letters &+= run
                        i &+= run
                        lastNonSpace = i &- 1
                        continue
                    }
                }
                let b = bytes[i]
                if b == 0x0A && !newlineIsSpace { break }
                if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A {
                    inWord = false
                    wordHasLetter = false
                } else if b == 0xC2 && i + 1 < n && bytes[i + 1] == 0xA0 {
                    inWord = false
                    wordHasLetter = false
                    i += 1
                } else {
                    if !inWord { tokenCount += 1; inWord = true }
                    if firstNonSpace < 0 { firstNonSpace = i }
                    lastNonSpace = i
                    line.nonSpace += 1
                    if b < 0x80 {
                        if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A {
                            line.letters += 1
                            if !wordHasLetter { line.letterWords += 1; wordHasLetter = true }
                        }
                        else if b >= 0x30 && b <= 0x39 { line.digits += 1 }
                        else if (b == 0x2D || b == 0x5F) && tokenCount == 1 && firstNonSpace < i {
                            line.hasInnerHyphen = true
                        }
                    } else if b >= 0xC0 {
                        line.letters += 1
                    }
                }
                i += 1
            }
            line.end = i
            line.next = i < n ? i + 1 : i
            line.words = tokenCount
            if firstNonSpace >= 0 {
                line.contentStart = firstNonSpace
                line.listItem = startsWithBullet(bytes, firstNonSpace, line.end)
                line.terminal = endsWithSentencePunctuation(bytes, from: firstNonSpace, through: lastNonSpace)
                line.question = bytes[lastNonSpace] == 0x3F
            } else {
                line.contentStart = line.end
            }
            return line
        }
    }

    static func startsWithBullet(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        let c = b[i]
        if c == 0x2D || c == 0x2A || c == 0x2B {
            return i + 1 < end && (b[i + 1] == 0x20 || b[i + 1] == 0x09)
        }
        if c == 0xC2 && i + 1 < end && b[i + 1] == 0xB7 { return true }  // ·
        if c == 0xE2 && i + 2 < end {
            let c1 = b[i + 1], c2 = b[i + 2]
            if c1 == 0x80 && (c2 == 0xA2 || c2 == 0x93 || c2 == 0x94) { return true }  // • – —
            if c1 == 0x96 && (c2 == 0xBA || c2 == 0xB6 || c2 == 0xAA) { return true }  // ► ▶ ▪
            if c1 == 0x97 && c2 == 0x8F { return true }  // ●
        }
        return false
    }

    static func endsWithSentencePunctuation(_ b: UnsafeBufferPointer<UInt8>, from lo: Int, through hi: Int) -> Bool {
        var j = hi
        // Skip closing quotes and brackets.
        while j >= lo {
            let c = b[j]
            if c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D { j -= 1; continue }
            if j >= lo + 2 && b[j - 2] == 0xE2 && b[j - 1] == 0x80 && (c == 0x9D || c == 0x99) { j -= 3; continue }
            if j >= lo + 1 && b[j - 1] == 0xC2 && c == 0xBB { j -= 2; continue }  // »
            break
        }
        if j < lo { return false }
        let c = b[j]
        if c == 0x2E || c == 0x21 || c == 0x3F || c == 0x3B { return true }
        if j >= lo + 2 && b[j - 2] == 0xE2 && b[j - 1] == 0x80 && c == 0xA6 { return true }  // …
        if j >= lo + 2 && b[j - 2] == 0xE3 && b[j - 1] == 0x80 && c == 0x82 { return true }  // 。
        if j >= lo + 2 && b[j - 2] == 0xEF && b[j - 1] == 0xBC && (c == 0x81 || c == 0x9F) { return true }  // ！？
        return false
    }
}
