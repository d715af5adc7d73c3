/// Mutable state of one ``BoundaryScanner`` run: the output spans, the start of the pending
/// sentence, and the decision rules for terminals and line breaks.
struct ScanState {
    let p: UnsafeBufferPointer<UInt8>
    let profile: LanguageProfile
    var out: [Range<Int>] = []
    /// Start of the pending (not yet emitted) sentence; may point at whitespace.
    var sentenceStart = 0
    /// See ``BoundaryScanner/looksLowercase(_:)``.
    var lowercaseMode = false

    init(p: UnsafeBufferPointer<UInt8>, profile: LanguageProfile) {
        self.p = p
        self.profile = profile
    }

    // MARK: Emitting

    /// Ends the pending sentence at `end` (exclusive), trimming whitespace on both sides.
    mutating func cut(at end: Int) {
        var s = sentenceStart, e = end
        while s < e {
            let w = UTF8Classes.whitespaceLength(p, s)
            if w == 0 { break }
            s += w
        }
        while e > s {
            let w = UTF8Classes.isWhitespaceEnding(p, before: e)
            if w == 0 { break }
            e -= w
        }
        if s < e { out.append(s..<e) }
        sentenceStart = end
    }

    /// True if the pending sentence has a letter or digit before `i`.
    func hasContent(before i: Int) -> Bool {
        var k = i - 1
        while k >= sentenceStart {
            if UTF8Classes.isWordByte(p[k]) { return true }
            k -= 1
        }
        return false
    }

    // MARK: Line structure

    /// Handles the whitespace run containing the line break at `i`; returns the index after the run.
    mutating func lineBreak(at i: Int) -> Int {
        let n = p.count
        var j = i, breaks = 0
        while j < n {
            let w = UTF8Classes.whitespaceLength(p, j)
            if w == 0 { break }
            let b = p[j]
            if b == 0x0A || (b == 0x0D && !(j + 1 < n && p[j + 1] == 0x0A)) || b == 0x0C {
                breaks += 1
            } else if w == 3 && p[j] == 0xE2 && p[j + 2] == 0xA9 {   // U+2029 paragraph separator
                breaks += 2
            } else if w == 3 && p[j] == 0xE2 && p[j + 2] == 0xA8 {   // U+2028 line separator
                breaks += 1
            }
            j += w
        }
        if breaks >= 2 || j >= n {
            cut(at: i)                                  // blank line: paragraph boundary
        } else if singleBreakIsBoundary(at: i, next: j) {
            cut(at: i)
        }
        return j
    }

    /// A single line break ends the sentence (headline, list item, one paragraph per line) unless the
    /// line ends with a terminal (already decided there), with continuation punctuation, or the next
    /// line starts in lowercase (hard-wrapped text).
    func singleBreakIsBoundary(at i: Int, next j: Int) -> Bool {
        var k = i
        while k > sentenceStart {
            let w = UTF8Classes.isWhitespaceEnding(p, before: k)
            if w == 0 { break }
            k -= w
        }
        if k <= sentenceStart { return false }           // nothing pending
        // Strip closing quotes/brackets to find the last real character.
        var last = k - 1
        while last > sentenceStart {
            let b = p[last]
            if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D { last -= 1; continue }
            if b >= 0x80 && b < 0xC0 && last >= 2 && p[last - 2] == 0xE2 && p[last - 1] == 0x80
                && (b == 0x9D || b == 0x99) {
                last -= 3
                continue
            }
            break
        }
        let lb = p[last]
        if lb == 0x2E || lb == 0x21 || lb == 0x3F { return false }      // decided by the terminal rule
        if lb == 0xA6 && last >= 2 && p[last - 2] == 0xE2 { return false } // …
        switch p[k - 1] {
        case 0x2C, 0x2D, 0x26, 0x28, 0x2F, 0x2B, 0x3D: return false       // , - & ( / + =
        default: break
        }
        if k >= 3 && p[k - 3] == 0xE2 && p[k - 2] == 0x80 && (p[k - 1] == 0x93 || p[k - 1] == 0x94) {
            return false                                                   // – —
        }
        let shape = UTF8Classes.shape(p, j)
        return shape != .lower
    }

    // MARK: Terminals

    /// Handles a terminal starting at `i` (`.`, `!`, `?` with `length` 1, or a 3-byte `…`/`‼`/`⁇`);
    /// returns the index to resume scanning at.
    mutating func terminal(at i: Int, length: Int) -> Int {
        let n = p.count
        var j = i + length
        var dots = p[i] == 0x2E ? 1 : 0
        var bangs = (p[i] == 0x21 || p[i] == 0x3F || length == 3 && p[i + 2] != 0xA6) ? 1 : 0
        var ellipsis = length == 3 && p[i + 2] == 0xA6
        // Extend over a run of terminals, including spaced ellipses ". . .".
        while j < n {
            let b = p[j]
            if b == 0x2E { dots += 1; j += 1; continue }
            if b == 0x21 || b == 0x3F { bangs += 1; j += 1; continue }
            if b == 0xE2 && j + 2 < n && p[j + 1] == 0x80 && p[j + 2] == 0xA6 { ellipsis = true; j += 3; continue }
            if b == 0x20 && j + 1 < n && p[j + 1] == 0x2E && dots >= 1
                && ((j + 3 < n && p[j + 2] == 0x20 && p[j + 3] == 0x2E) || dots >= 2) {
                dots += 1; j += 2; continue
            }
            break
        }
        if dots >= 2 { ellipsis = true }
        let runEnd = j
        // Closing quotes and brackets, then citation markers like "[12]".
        var k = runEnd
        while k < n {
            var c = UTF8Classes.closerLength(p, k)
            if c == 0 { c = spacedGuillemetLength(at: k) }
            if c == 0 { break }
            k += c
        }
        k = skipCitations(from: k)
        k = skipEmoticon(from: k)
        if k < n && UTF8Classes.whitespaceLength(p, k) == 0 { return runEnd }   // "3.5", "U.S.A", "a.m"
        // Next token.
        var m = k
        while m < n {
            let w = UTF8Classes.whitespaceLength(p, m)
            if w == 0 { break }
            m += w
        }
        if m >= n { return k }
        var q = m
        while q < n {
            let o = UTF8Classes.openerLength(p, q)
            if o == 0 { break }
            q += o
        }
        let shape = UTF8Classes.shape(p, q)
        guard hasContent(before: i) else { return k }

        let boundary: Bool
        if bangs > 0 && !ellipsis {
            // "?" he asked: a lowercase word after a closing quote continues the sentence; without one,
            // a lowercase word after "!" or "?" is an informal new sentence.
            boundary = shape != .lower || lowercaseMode || (runEnd == k && !isConjunction(at: q)) || isLonePronounI(at: q) || isURLStart(at: q)
        } else if ellipsis {
            boundary = shape == .upper
        } else {
            boundary = periodIsBoundary(at: i, next: q, shape: shape)
        }
        if boundary { cut(at: k) }
        return k
    }

    /// `。`, `！`, `？` and `｡`: a boundary after any closers, with or without following whitespace.
    mutating func wideTerminal(at i: Int) -> Int {
        var k = i + 3
        while k < p.count {
            let c = UTF8Classes.closerLength(p, k)
            if c == 0 {
                // full-width closers 」』）
                if k + 2 < p.count && ((p[k] == 0xE3 && p[k + 1] == 0x80 && (p[k + 2] == 0x8D || p[k + 2] == 0x8F))
                    || (p[k] == 0xEF && p[k + 1] == 0xBC && p[k + 2] == 0x89)) {
                    k += 3
                    continue
                }
                break
            }
            k += c
        }
        if hasContent(before: i) { cut(at: k) }
        return k
    }

    /// French typography puts a (narrow) no-break space or a space before a closing `»`/`›`:
    /// returns the length of such a space plus the guillemet at `k`, or 0.
    func spacedGuillemetLength(at k: Int) -> Int {
        let w = UTF8Classes.whitespaceLength(p, k)
        guard w > 0, p[k] != 0x0A, p[k] != 0x0D, k + w + 1 < p.count else { return 0 }
        if p[k + w] == 0xC2 && p[k + w + 1] == 0xBB { return w + 2 }                                 // »
        if k + w + 2 < p.count && p[k + w] == 0xE2 && p[k + w + 1] == 0x80 && p[k + w + 2] == 0xBA { return w + 3 }  // ›
        return 0
    }

    /// Skips citation markers such as `[3]`, `[12][13]` or ` [4]` after a terminal (spaces, not line
    /// breaks, may precede a marker), so that they stay with the sentence they annotate.
    func skipCitations(from start: Int) -> Int {
        var k = start
        while true {
            var b = k
            while b < p.count && (p[b] == 0x20 || p[b] == 0x09) { b += 1 }
            guard b + 2 < p.count && p[b] == 0x5B else { return k }
            var d = b + 1
            while d < p.count && d - b <= 4 && p[d] >= 0x30 && p[d] <= 0x39 { d += 1 }
            guard d > b + 1 && d < p.count && p[d] == 0x5D else { return k }
            k = d + 1
        }
    }

    /// Skips an emoticon such as ` :)` or ` ;-P` after a terminal when it ends the line or is followed
    /// by whitespace, so that it stays with its sentence.
    func skipEmoticon(from start: Int) -> Int {
        var b = start
        while b < p.count && (p[b] == 0x20 || p[b] == 0x09) { b += 1 }
        guard b + 1 < p.count, p[b] == 0x3A || p[b] == 0x3B || p[b] == 0x3D else { return start }
        var e = b + 1
        if p[e] == 0x2D || p[e] == 0x27 { e += 1 }
        guard e < p.count else { return start }
        switch p[e] {
        case 0x29, 0x28, 0x44, 0x50, 0x70, 0x2F, 0x7C, 0x5D, 0x5B, 0x4F, 0x6F, 0x2A, 0x33: e += 1
        default: return start
        }
        while e < p.count && (p[e] == 0x29 || p[e] == 0x28) { e += 1 }
        if e < p.count && UTF8Classes.whitespaceLength(p, e) == 0 { return start }
        return e
    }

    /// True if the word at `q` is "and" or "or" (`Yahoo! and AOL`): the sentence goes on.
    func isConjunction(at q: Int) -> Bool {
        func endsWord(_ k: Int) -> Bool { k >= p.count || !UTF8Classes.isWordByte(p[k]) }
        if q + 2 < p.count && p[q] == 0x61 && p[q + 1] == 0x6E && p[q + 2] == 0x64 && endsWord(q + 3) { return true }
        if q + 1 < p.count && p[q] == 0x6F && p[q + 1] == 0x72 && endsWord(q + 2) { return true }
        return false
    }

    /// True if a URL (`http…`, `www.`) starts at `q`.
    func isURLStart(at q: Int) -> Bool {
        guard q + 4 < p.count else { return false }
        if p[q] == 0x68 && p[q + 1] == 0x74 && p[q + 2] == 0x74 && p[q + 3] == 0x70 { return true }
        return p[q] == 0x77 && p[q + 1] == 0x77 && p[q + 2] == 0x77 && p[q + 3] == 0x2E
    }

    /// True for a lowercase "i" used as the pronoun (`... i think`), common in informal text.
    func isLonePronounI(at q: Int) -> Bool {
        guard q < p.count, p[q] == 0x69 else { return false }
        if q + 1 >= p.count { return true }
        let b = p[q + 1]
        return b == 0x20 || b == 0x27 || b == 0x2C
    }
}
