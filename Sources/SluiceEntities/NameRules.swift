/// The rule-based name finder: gazetteer matches, title cues, organization/location suffixes,
/// `of`-constructions and capitalized-phrase candidates.
struct NameRules: Sendable {
    let gazetteer: Gazetteer

    private static let andHash = ByteText.foldedHash("and")
    private static let theHash = ByteText.foldedHash("the")
    private static let ofHash = ByteText.foldedHash("of")
    private static let ampHash = ByteText.foldedHash("&")

    /// Finds name candidates in tokens not already covered (`taken`).
    func find(_ t: TokenizedText, taken: [Bool]) -> [Candidate] {
        var out: [Candidate] = []
        var i = 0
        let n = t.count
        while i < n {
            if taken[i] || !startsName(t, i) {
                i += 1
                continue
            }
            let b = runEnd(t, from: i, taken: taken)
            segment(t, i, b, into: &out)
            i = b
        }
        return out
    }

    /// Whether token `i` can start or continue a name.
    @inline(__always)
    private func startsName(_ t: TokenizedText, _ i: Int) -> Bool {
        let tok = t[i]
        if tok.has(.punct) || tok.has(.number) { return false }
        return tok.isNameLike
    }

    /// End (exclusive) of the capitalized run starting at `a`: name-like tokens, joined by particles
    /// (`of`, `de`, `al`, `&`, `of the`), not crossing line breaks or value spans.
    private func runEnd(_ t: TokenizedText, from a: Int, taken: [Bool]) -> Int {
        var j = a + 1
        let n = t.count
        while j < n {
            if taken[j] || t[j].has(.lineStart) { break }
            if startsName(t, j) {
                j += 1
                continue
            }
            // Up to two lowercase particles followed by a name-like token.
            var k = j
            while k < n && k < j + 2 && !t[k].has(.lineStart) && !taken[k]
                && (t.isIn(k, .nameParticles) && (t[k].has(.lowercase) || t[k].hash == Self.ampHash))
            {
                k += 1
            }
            // "X of Y" joins only after an organization/location head noun or a title ("Bank of America",
            // "Secretary of State"); "Belarus of the CSTO" does not.
            let ofOK = t[j].hash != Self.ofHash || t[j - 1].isIn(.orgSuffixes)
                || t[j - 1].isIn(.locSuffixes) || t[j - 1].isIn(.personTitles)
            if k > j && k < n && ofOK && !taken[k] && !t[k].has(.lineStart) && startsName(t, k) && t[j].hash != Self.andHash {
                j = k + 1
                continue
            }
            break
        }
        return j
    }

    /// Splits the run `a..<b` into titles, gazetteer matches and classified sub-runs.
    private func segment(_ t: TokenizedText, _ a: Int, _ b: Int, into out: inout [Candidate]) {
        var pos = a
        var personCue = a > 0 && t[a - 1].has(.lowercase) && t.isIn(a - 1, .personTitles)
        let headline = t[a].has(.headlineLine)
        // The last gazetteer lookup (the same position is asked up to three times: whole rest, entry start, and
        // as the end of the previous sub-run).
        var memoPos = -1
        var memo: Gazetteer.Match?
        func match(_ p: Int) -> Gazetteer.Match? {
            if p != memoPos {
                memoPos = p
                memo = gazetteerMatch(t, p, limit: b)
            }
            return memo
        }
        while pos < b {
            // 0. A gazetteer entry covering the whole rest of the run.
            if let m = match(pos), pos + m.count == b {
                emitGazetteer(t, m, into: &out)
                return
            }
            let isTitle = titleEnd(t, pos, limit: b)
            // 1. Organization/location by head noun or of-construction.
            if isTitle == nil && b - pos >= 2 && !headline, let label = headLabel(t, pos, b) {
                let startsThe = pos == a && a > 0 && t[a - 1].hash == Self.theHash && t[a - 1].has(.lowercase)
                let first = trimLeadingCommon(t, pos, b)
                if b - first >= 2 || first == pos {
                    let s = startsThe && first == pos && label == .org ? pos - 1 : first
                    out.append(Candidate(first: s, end: b, label: label, canonical: t.string(first, b),
                                         source: label == .org ? "rule:org-suffix" : "rule:loc-suffix", priority: 2))
                    return
                }
            }
            // 2. Title phrase: a cue for the following name.
            if let e = isTitle {
                personCue = true
                pos = e
                continue
            }
            // 3. Gazetteer entry starting here.
            if let m = match(pos) {
                let single = m.count == 1
                if !(single && t[pos].has(.sentenceStart) && t[pos].isIn(.commonWords)) {
                    emitGazetteer(t, m, into: &out)
                    pos += m.count
                    personCue = false
                    continue
                }
            }
            // 4. Common words are skipped.
            if t[pos].isIn(.commonWords) || !t[pos].isNameLike {
                pos += 1
                continue
            }
            // 5. A sub-run up to the next gazetteer entry or title.
            var q = pos + 1
            while q < b {
                if !t[q].isNameLike { break }
                if titleEnd(t, q, limit: b) != nil { break }
                if !personCue, match(q) != nil { break }
                if t[q].isIn(.commonWords) && !personCue { break }
                q += 1
            }
            if let c = classify(t, pos, q, personCue: personCue, headline: headline) { out.append(c) }
            personCue = false
            pos = q
            // Skip particles stranded between pieces.
            while pos < b && !t[pos].isNameLike { pos += 1 }
        }
    }

    private func trimLeadingCommon(_ t: TokenizedText, _ a: Int, _ b: Int) -> Int {
        var i = a
        while i < b - 1 && t[i].has(.sentenceStart) && t[i].isIn(.commonWords)
            && !t[i].isIn(.orgSuffixes)
        {
            i += 1
        }
        return i
    }

    private func gazetteerMatch(_ t: TokenizedText, _ pos: Int, limit: Int) -> Gazetteer.Match? {
        let slice = UnsafeBufferPointer(rebasing: t.tokens[pos..<limit])
        guard var m = gazetteer.longestMatch(slice, at: 0) else { return nil }
        m.first += pos
        return m
    }

    private func emitGazetteer(_ t: TokenizedText, _ m: Gazetteer.Match, into out: inout [Candidate]) {
        let label = gazetteer.label(of: m.payload)
        var first = m.first
        let end = m.first + m.count
        if label == .org && first > 0 && t[first - 1].hash == Self.theHash && t[first - 1].has(.lowercase)
            && t[end - 1].isIn(.orgSuffixes) && m.count >= 2
        {
            first -= 1
        }
        out.append(Candidate(first: first, end: end, label: label, canonical: gazetteer.canonical(of: m.payload),
                             source: gazetteer.mentionSource(of: m.payload), priority: 3))
    }

    /// If tokens `pos..<limit` start with a person title phrase, its end.
    private func titleEnd(_ t: TokenizedText, _ pos: Int, limit: Int) -> Int? {
        var j = pos
        var sawTitle = false
        while j < limit {
            if t.isIn(j, .personTitles) {
                sawTitle = true
                j += 1
            } else if t.isIn(j, .titleModifiers) && (sawTitle || j + 1 < limit) {
                j += 1
            } else {
                break
            }
        }
        guard sawTitle else { return nil }
        // "Secretary of State" ends in a modifier; "President of" must give back "of".
        while j > pos + 1 && (t.isWord(j - 1, Self.ofHash) || t.isWord(j - 1, Self.theHash)) { j -= 1 }
        return j
    }

    /// ORG/LOC decided by the run's head noun or an `X of Y` construction.
    private func headLabel(_ t: TokenizedText, _ a: Int, _ b: Int) -> EntityLabel? {
        let last = t[b - 1]
        if t.isIn(a, .locPrefixes) && t[a + 1].isNameLike { return .loc }
        if last.isIn(.orgSuffixes) && last.isNameLike { return .org }
        if last.isIn(.locSuffixes) && last.isNameLike { return .loc }
        for k in (a + 1)..<b where t.isWord(k, Self.ofHash) {
            if t[k - 1].isIn(.orgSuffixes) { return .org }
            if t[k - 1].isIn(.locSuffixes) { return .loc }
            break
        }
        return nil
    }

    /// A name alone on a short line right after a closing line (`Thanks,` / `Best regards,`): an e-mail signature.
    private func isSignature(_ t: TokenizedText, _ a: Int, _ b: Int) -> Bool {
        guard t[a].has(.lineStart), t[a].has(.shortLine), b - a <= 3 else { return false }
        guard b == t.count || t[b].has(.lineStart) else { return false }
        for k in a..<b where !t[k].has(.alphabetic) || t[k].has(.allCaps) { return false }
        // The previous line ends with a comma or contains a closing word.
        var k = a - 1
        guard k >= 0 else { return false }
        if t.isPunct(k, 0x2C) || t.isPunct(k, 0x2D) { return true }
        while k >= 0 {
            if t.isIn(k, .closings) { return true }
            if t[k].has(.lineStart) { break }
            k -= 1
        }
        return false
    }

    /// Labels a capitalized sub-run that no gazetteer or head noun explains.
    private func classify(_ t: TokenizedText, _ a: Int, _ b: Int, personCue: Bool, headline: Bool) -> Candidate? {
        let count = b - a
        if personCue {
            return Candidate(first: a, end: b, label: .person, canonical: NameCanonicalizer.canonicalPerson(t, a, b),
                             source: "rule:title", priority: 2)
        }
        if headline { return nil }
        if (t.isIn(b, .personVerbs) && t[b].has(.lowercase)) || t.isIn(a - 1, .greetings) {
            return Candidate(first: a, end: b, label: .person, canonical: NameCanonicalizer.canonicalPerson(t, a, b),
                             source: "rule:person-context", priority: 2)
        }
        if t.isIn(a, .givenNames) && !(count == 1 && t[a].has(.sentenceStart) && !t[a].has(.shortLine)) {
            return Candidate(first: a, end: b, label: .person, canonical: NameCanonicalizer.canonicalPerson(t, a, b),
                             source: "rule:given-name", priority: 2)
        }
        if isSignature(t, a, b) {
            return Candidate(first: a, end: b, label: .person, canonical: NameCanonicalizer.canonicalPerson(t, a, b),
                             source: "rule:signature", priority: 2)
        }
        if count == 1 {
            let tok = t[a]
            if tok.has(.sentenceStart) || tok.has(.shortLine) { return nil }
            if tok.has(.allCaps) && tok.length >= 2 && tok.length <= 5 {
                return Candidate(first: a, end: b, label: .misc, canonical: t.string(a, b), source: "rule:acronym", priority: 1)
            }
            if tok.length < 2 { return nil }
            if a > 0 && t[a - 1].has(.lowercase) && t.isIn(a - 1, .locPrepositions) {
                return Candidate(first: a, end: b, label: .loc, canonical: t.string(a, b), source: "rule:preposition", priority: 1)
            }
            return Candidate(first: a, end: b, label: .misc, canonical: t.string(a, b), source: "rule:capitalized", priority: 1)
        }
        // Capitalized phrase without any cue: a name of unknown type.
        return Candidate(first: a, end: b, label: .misc, canonical: t.string(a, b), source: "rule:capitalized", priority: 1)
    }
}
