/// Token features for the averaged perceptron: word identity and shape in a ±2 window, affixes,
/// capitalization and position flags, gazetteer hits and the rule tagger's own opinion.
enum PerceptronFeatures {
    /// Feature templates; the raw value is mixed into each feature hash.
    enum Template: UInt64 {
        case bias = 1, word, wordM1, wordM2, wordP1, wordP2, shape, shapeM1, shapeP1, prefix1, prefix2, prefix3
        case suffix1, suffix2, suffix3, suffix4, flag, gazetteer, rule, givenName, titleM1, common, bigramM1, bigramP1
        case shapeBigram, ruleM1, ruleP1, gazetteerM1, gazetteerP1, length
        case prevTag = 100, prev2Tags, prevTagWord, prevTagShape
    }

    @inline(__always)
    static func f(_ t: Template, _ v: UInt64) -> UInt64 { ByteText.mix(t.rawValue &* 0x1000_0000_01B3, v) }

    /// Per-token tag of the rule/gazetteer tagger (0 = outside), as B/I plus label.
    static func ruleTags(_ t: TokenizedText, _ candidates: [Candidate], sourceFilter: (String) -> Bool) -> [UInt64] {
        var tags = [UInt64](repeating: 0, count: t.count)
        for c in candidates where c.label.isName && sourceFilter(c.source) {
            let cls = ByteText.foldedHash(c.source.hasPrefix("gazetteer:") ? "gazetteer" : c.source)
            for k in c.first..<c.end {
                let bi: UInt64 = k == c.first ? 1 : 2
                tags[k] = ByteText.mix(ByteText.mix(bi, ByteText.foldedHash(c.label.rawValue)), cls)
            }
        }
        return tags
    }

    /// Static (history-independent) features of every token, flattened with `perToken` stride.
    static func extract(_ t: TokenizedText, rules: NameRules) -> (features: [UInt64], perToken: Int) {
        let n = t.count
        var taken = [Bool](repeating: false, count: n)
        for v in ValueRecognizer.recognize(t) { for k in v.first..<v.end { taken[k] = true } }
        var ruleCandidates = rules.find(t, taken: taken)
        DocumentConsistency.apply(t, &ruleCandidates, taken: taken)
        let ruleTag = ruleTags(t, ruleCandidates) { _ in true }
        let gazTag = ruleTags(t, ruleCandidates) { $0.hasPrefix("gazetteer:") }
        var shapes = [UInt64](repeating: 0, count: n)
        for i in 0..<n { shapes[i] = shape(t, i) }
        // Document-level capitalization evidence: is the word also seen lowercase / capitalized mid-sentence?
        var seenLower = UInt64Table(capacity: n)
        var seenCapMid = UInt64Table(capacity: n)
        for i in 0..<n {
            let tok = t[i]
            if tok.has(.lowercase) { seenLower.set(tok.hash, 1) }
            if tok.has(.capitalized) && !tok.has(.sentenceStart) && !tok.has(.headlineLine) { seenCapMid.set(tok.hash, 1) }
        }
        let perToken = 38
        var out = [UInt64](repeating: 0, count: n * perToken)
        let pad: UInt64 = 0x5EED
        for i in 0..<n {
            var k = i * perToken
            @inline(__always) func add(_ tpl: Template, _ v: UInt64) {
                out[k] = f(tpl, v)
                k += 1
            }
            let tok = t[i]
            let w = tok.hash
            let wm1 = i > 0 ? t[i - 1].hash : pad
            let wm2 = i > 1 ? t[i - 2].hash : pad
            let wp1 = i + 1 < n ? t[i + 1].hash : pad
            let wp2 = i + 2 < n ? t[i + 2].hash : pad
            add(.bias, 0)
            add(.word, w)
            add(.wordM1, wm1)
            add(.wordM2, wm2)
            add(.wordP1, wp1)
            add(.wordP2, wp2)
            add(.shape, shapes[i])
            add(.shapeM1, i > 0 ? shapes[i - 1] : pad)
            add(.shapeP1, i + 1 < n ? shapes[i + 1] : pad)
            add(.shapeBigram, ByteText.mix(shapes[i], i > 0 ? shapes[i - 1] : pad))
            let lo = Int(tok.start), hi = Int(tok.end), len = hi - lo
            add(.prefix1, ByteText.foldedHash(t.bytes, lo, min(hi, lo + 1)))
            add(.prefix2, len >= 2 ? ByteText.foldedHash(t.bytes, lo, lo + 2) : pad)
            add(.prefix3, len >= 3 ? ByteText.foldedHash(t.bytes, lo, lo + 3) : pad)
            add(.suffix1, ByteText.foldedHash(t.bytes, max(lo, hi - 1), hi))
            add(.suffix2, len >= 2 ? ByteText.foldedHash(t.bytes, hi - 2, hi) : pad)
            add(.suffix3, len >= 3 ? ByteText.foldedHash(t.bytes, hi - 3, hi) : pad)
            add(.suffix4, len >= 4 ? ByteText.foldedHash(t.bytes, hi - 4, hi) : pad)
            add(.flag, UInt64(tok.flags.intersection([.capitalized, .allCaps, .lowercase, .number, .punct]).rawValue))
            add(.flag, 0x100 | UInt64(tok.flags.intersection([.sentenceStart, .headlineLine, .lineStart]).rawValue))
            add(.flag, 0x200 | UInt64(tok.flags.intersection([.sentenceStart, .capitalized]).rawValue))
            add(.length, UInt64(min(len, 8)))
            add(.gazetteer, gazTag[i])
            add(.gazetteerM1, i > 0 ? gazTag[i - 1] : pad)
            add(.gazetteerP1, i + 1 < n ? gazTag[i + 1] : pad)
            add(.rule, ruleTag[i])
            add(.ruleM1, i > 0 ? ruleTag[i - 1] : pad)
            add(.ruleP1, i + 1 < n ? ruleTag[i + 1] : pad)
            add(.givenName, t.isIn(i, .givenNames) ? 1 : 0)
            add(.titleM1, t.isIn(i - 1, .personTitles) ? 1 : 0)
            add(.common, t.isIn(i, .commonWords) ? 1 : 0)
            add(.bigramM1, ByteText.mix(wm1, w))
            add(.bigramP1, ByteText.mix(w, wp1))
            add(.flag, 0x300 | (t.isIn(i, .orgSuffixes) ? 1 : 0) | (t.isIn(i, .locSuffixes) ? 2 : 0))
            add(.flag, 0x400 | (t.isIn(i + 1, .orgSuffixes) ? 1 : 0) | (t.isIn(i + 1, .locSuffixes) ? 2 : 0))
            add(.flag, 0x500 | (taken[i] ? 1 : 0))
            add(.flag, 0x600 | UInt64(tok.flags.intersection([.abbreviation, .hasDigit, .alphabetic]).rawValue))
            let evidence: UInt64 = (seenLower.contains(w) ? 1 : 0) | (seenCapMid.contains(w) ? 2 : 0)
            add(.flag, 0x700 | evidence | (tok.isNameLike ? 4 : 0) | (tok.has(.sentenceStart) ? 8 : 0))
            add(.flag, 0x800 | (ruleTag[i] == 0 ? 0 : 1) | evidence << 1)
            precondition(k <= (i + 1) * perToken)
            while k < (i + 1) * perToken { add(.bias, 1) }
        }
        return (out, perToken)
    }

    /// Word shape with repeated classes collapsed: `Putin` → `Xx`, `U.S.` → `X.X.`, `66,000` → `d,d`.
    static func shape(_ t: TokenizedText, _ i: Int) -> UInt64 {
        var h = ByteText.fnvOffset
        var last: UInt8 = 0
        var k = Int(t[i].start)
        let end = Int(t[i].end)
        while k < end {
            let (cls, len) = ByteText.classify(t.bytes, k)
            var c: UInt8
            switch cls {
            case .letter: c = ByteText.isUpper(t.bytes, k) ? 0x58 : 0x78
            case .digit: c = 0x64
            default: c = t.bytes[k]
            }
            if c != last {
                h = (h ^ UInt64(c)) &* ByteText.fnvPrime
                last = c
            }
            k += len
        }
        return h
    }
}
