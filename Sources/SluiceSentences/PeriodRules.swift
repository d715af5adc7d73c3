/// Decisions for a single full stop followed by whitespace: the token before it and the shape of
/// the next token.
extension ScanState {
    /// What the token before a full stop looks like.
    enum TokenClass {
        case empty, number, acronym, singleLetter, word, long
    }

    /// True if the full stop at `i` ends a sentence, given the next token starting at `q`.
    func periodIsBoundary(at i: Int, next q: Int, shape: UTF8Classes.Shape) -> Bool {
        // Token before the full stop: back to whitespace (at most 64 bytes), minus leading openers.
        var t0 = i
        while t0 > 0 && i - t0 < 64 && UTF8Classes.isWhitespaceEnding(p, before: t0) == 0 { t0 -= 1 }
        let lineInitial = isLineInitial(t0)
        var core = t0
        while core < i {
            let o = UTF8Classes.openerLength(p, core)
            if o == 0 { break }
            core += o
        }
        let cls = classify(core, i, truncated: t0 > 0 && i - t0 >= 64
                            && UTF8Classes.isWhitespaceEnding(p, before: t0) == 0)
        let firstShape = core < i ? UTF8Classes.shape(p, core) : .other

        // Enumerations at the start of a line: "1. ", "a. ", "IV. ".
        if lineInitial && (cls == .singleLetter || (cls == .number && i - core <= 3) || isRoman(core, i)) {
            return false
        }
        switch cls {
        case .empty, .long:
            return ordinaryDecision(shape, q)
        case .number:
            if profile.ordinalDot { return (shape == .upper && nextIsStarter(q)) || shape == .other }
            return ordinaryDecision(shape, q)
        default:
            break
        }
        let kinds = profile.kinds(p, core, i, capitalised: firstShape == .upper)
        if kinds & AbbreviationKind.prefix.rawValue != 0 { return false }
        if kinds & AbbreviationKind.beforeNumber.rawValue != 0 && shape == .digit { return false }
        if kinds & AbbreviationKind.time.rawValue != 0 {
            return shape == .upper && !profile.isTimeFollower(p, q, wordEnd(q))
        }
        if kinds & AbbreviationKind.general.rawValue != 0 || cls == .acronym {
            return shape == .upper && nextIsStarter(q)
        }
        if cls == .singleLetter {
            // Initials ("J. R. R. Tolkien", "Jennifer M. Anderson"): a boundary only before a sentence starter.
            return shape == .upper && nextIsStarter(q)
        }
        if shape == .lower && cls == .word && i - core >= 4 && isLowercaseWord(core, i) { return true }
        return ordinaryDecision(shape, q)
    }

    /// True if `p[start..<end]` is all ASCII lowercase letters.
    func isLowercaseWord(_ start: Int, _ end: Int) -> Bool {
        for k in start..<end where !(p[k] >= 0x61 && p[k] <= 0x7A) { return false }
        return true
    }

    /// An ordinary word (or number) before the full stop: a boundary unless the next word is lowercase.
    @inline(__always)
    func ordinaryDecision(_ shape: UTF8Classes.Shape, _ q: Int) -> Bool {
        switch shape {
        case .lower: return lowercaseMode || isLonePronounI(at: q) || isURLStart(at: q)
        case .end: return false
        default: return true
        }
    }

    /// Classifies `p[start..<end]` (the token before a full stop, openers removed).
    func classify(_ start: Int, _ end: Int, truncated: Bool) -> TokenClass {
        if truncated { return .long }
        if start >= end { return .empty }
        var letters = 0, digits = 0, others = 0, dots = 0, segment = 0, maxSegment = 0
        var k = start
        while k < end {
            let b = p[k]
            if b >= 0x80 {
                if b >= 0xC0 { letters += 1; segment += 1 }          // count scalars, not bytes
            } else if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A {
                letters += 1; segment += 1
            } else if b >= 0x30 && b <= 0x39 {
                digits += 1; segment += 1
            } else if b == 0x2E {
                dots += 1
                maxSegment = max(maxSegment, segment)
                segment = 0
            } else if b == 0x2C {
                others += digits > 0 ? 0 : 1
            } else {
                others += 1
            }
            k += 1
        }
        maxSegment = max(maxSegment, segment)
        if letters == 0 && digits > 0 && others == 0 { return .number }
        if letters == 0 && digits == 0 { return .empty }
        if dots > 0 && digits == 0 && others == 0 && maxSegment <= 3 { return .acronym }
        if letters == 1 && digits == 0 && others == 0 && dots == 0 { return .singleLetter }
        return .word
    }

    /// True if only spaces or tabs separate `t` from the start of its line (or of the text).
    func isLineInitial(_ t: Int) -> Bool {
        var k = t - 1
        while k >= 0 {
            let b = p[k]
            if b == 0x0A || b == 0x0D { return true }
            if b != 0x20 && b != 0x09 { return false }
            k -= 1
        }
        return true
    }

    /// Short Roman numeral such as `IV` or `xii`.
    func isRoman(_ start: Int, _ end: Int) -> Bool {
        if end - start == 0 || end - start > 5 { return false }
        for k in start..<end {
            switch p[k] | 0x20 {
            case 0x69, 0x76, 0x78, 0x6C, 0x63: continue   // i v x l c
            default: return false
            }
        }
        return true
    }

    /// True if the word starting at `q` is a listed sentence starter (and not itself an initial, `A.`).
    func nextIsStarter(_ q: Int) -> Bool {
        let w = wordEnd(q)
        if w == q { return false }
        if w < p.count && p[w] == 0x2E { return false }
        return profile.isStarter(p, q, w)
    }

    /// End of the run of letters starting at `q` (ASCII letters and non-ASCII letters).
    func wordEnd(_ q: Int) -> Int {
        var w = q
        let n = p.count
        while w < n {
            let b = p[w]
            if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { w += 1; continue }
            if b >= 0x80 && UTF8Classes.whitespaceLength(p, w) == 0 && UTF8Classes.closerLength(p, w) == 0
                && UTF8Classes.openerLength(p, w) == 0 && !(b == 0xE2 && w + 1 < n && p[w + 1] == 0x80) {
                w += 1
                continue
            }
            break
        }
        return w
    }
}
