/// Plain-text mode: line- and block-level rules over already-extracted text.
///
/// Pass 1 classifies each line on its own (phrases, prefixes, credits, shapes, corpus counts);
/// pass 2 finds teasers of other articles ending in a "keep reading" marker; pass 3 removes link
/// lists after a "Read also:" header; pass 4 removes runs of short UI lines that touch an already
/// removed line or the document edge, sparing a short heading directly followed by prose.
struct PlainTextRules {
    let config: BoilerplateConfig
    let phrases: PhraseTable

    struct LineFlags {
        var teaserMarker = false
        var listHeader = false
        var short = false
        var prose = false
    }

    func classify(_ bytes: UnsafeBufferPointer<UInt8>, stats: CorpusLineStats?, groupHash: UInt64) -> [Removal] {
        var lines: [TextLine] = []
        LineScanner.scan(bytes, into: &lines)
        if lines.isEmpty { return [] }
        let fam = config.enabledFamilies
        var rules = [RuleID](repeating: .none, count: lines.count)
        var flags = [LineFlags](repeating: LineFlags(), count: lines.count)
        var norm: [UInt8] = []
        var normNoDigits: [UInt8] = []
        let useCorpus = fam.contains(.corpus) && stats != nil && !(stats!.counts.isEmpty)
        // Prose lines too long for every word-bounded rule and with more words than any whole-line phrase
        // can match nothing that reads the normalised text; most of a news article's bytes are in such lines.
        let proseWords = (useCorpus || fam.contains(.c4)) ? Int.max : longestRuleLine

        // Pass 1: independent line rules.
        for i in lines.indices {
            let line = lines[i]
            if line.isBlank { continue }
            flags[i].short = line.words <= config.shortLineMaxWords && !line.terminal
            flags[i].prose = line.terminal && line.words >= 8
            if line.words > proseWords && line.letterWords > phrases.maxWholeLineWords {
                rules[i] = fam.contains(.gopher) ? gopherRule(line) : .none
                continue
            }
            let r = lineRule(bytes, line, norm: &norm, normNoDigits: &normNoDigits, flags: &flags[i])
            rules[i] = r
            if r == .none && useCorpus && !normNoDigits.isEmpty {
                let key = CorpusKey.key(group: groupHash, line: LineNormalizer.hash(normNoDigits))
                if stats!.isFlagged(key) { rules[i] = .corpus }
            }
        }

        if fam.contains(.teasers) {
            removeTeasers(lines, &rules, flags)
            removeLinkLists(lines, &rules, flags)
        }
        if fam.contains(.lineShape) {
            removeShortRuns(lines, &rules, flags)
        }

        var spans: [Range<Int>] = []
        spans.reserveCapacity(lines.count)
        var blank: [Bool] = []
        blank.reserveCapacity(lines.count)
        for l in lines {
            spans.append(l.start..<l.next)
            blank.append(l.isBlank)
        }
        return RemovalBuilder.build(spans: spans, rules: rules, blank: blank)
    }

    // MARK: pass 1

    func lineRule(_ b: UnsafeBufferPointer<UInt8>, _ line: TextLine, norm: inout [UInt8],
                          normNoDigits: inout [UInt8], flags: inout LineFlags) -> RuleID {
        let fam = config.enabledFamilies
        let range = line.start..<line.end
        LineNormalizer.normalize(b, range, dropDigits: false, into: &norm)
        if line.digits > 0 {
            LineNormalizer.normalize(b, range, dropDigits: true, into: &normNoDigits)
        } else {
            normNoDigits = norm
        }
        if norm.isEmpty {
            return fam.contains(.lineShape) ? .counter : .none  // only punctuation or bullets
        }
        let h = LineNormalizer.hash(norm)
        if fam.contains(.teasers) {
            if phrases.teaserMarkers.contains(h) { flags.teaserMarker = true; return .teaser }
            if phrases.listHeaders.contains(h) && (line.words <= 6) { flags.listHeader = true }
        }
        if fam.contains(.phrases) {
            if phrases.wholeLines.contains(h) { return .phrase }
            if line.digits > 0 && !normNoDigits.isEmpty && phrases.wholeLines.contains(LineNormalizer.hash(normNoDigits)) {
                return .phrase
            }
            if line.words <= config.maxPrefixLineWords, phrases.prefixMatch(norm) != nil {
                return .phrasePrefix
            }
            if line.words <= config.maxContainsLineWords, PhraseTable.containsAny(norm, phrases.contains) {
                return .phraseContains
            }
        }
        if fam.contains(.credits) {
            if line.words <= config.maxCreditLineWords, PhraseTable.containsAny(norm, phrases.credits) {
                return .photoCredit
            }
            if line.words <= 15 || !line.terminal, line.words <= config.maxCreditLineWords,
               PhraseTable.containsAny(norm, phrases.weakCredits) {
                return .photoCredit
            }
            if isByline(b, line, norm) { return .byline }
        }
        if fam.contains(.lineShape) {
            if let r = shapeRule(b, line, norm) { return r }
        }
        if fam.contains(.c4) {
            if PhraseTable.containsAny(norm, Self.c4Policy) { return .c4Policy }
            if !line.terminal { return .c4NoTerminal }
            if line.words < config.c4MinWords { return .c4NoTerminal }
        }
        if fam.contains(.gopher) { return gopherRule(line) }
        return .none
    }

    /// Words above which no rule of ``lineRule(_:_:norm:normNoDigits:flags:)`` but the whole-line phrase
    /// lookups (and the corpus, C4 and Gopher rules) applies: the largest word limit of the other rules.
    var longestRuleLine: Int {
        max(config.maxPrefixLineWords, config.maxContainsLineWords, config.maxCreditLineWords,
            config.maxBylineWords, Self.longestShapeLine)
    }

    /// The most words a line may have for ``shapeRule(_:_:_:)`` to fire (breadcrumbs).
    static let longestShapeLine = 10

    private func gopherRule(_ line: TextLine) -> RuleID {
        if line.words < config.gopherMinWords { return .gopherShort }
        if Double(line.letters) < config.gopherMinAlphaShare * Double(line.nonSpace) { return .gopherShort }
        return .none
    }

    static let c4Policy = PatternSet(["javascript", "lorem ipsum", "cookie", "terms of use", "privacy policy", "{"]
        .map { Array($0.utf8) })

    private func isByline(_ b: UnsafeBufferPointer<UInt8>, _ line: TextLine, _ n: [UInt8]) -> Bool {
        guard line.words >= 2 && line.words <= config.maxBylineWords, !line.terminal else { return false }
        // "by " followed by a capitalised word in the original text.
        guard n.count > 3, n[0] == 0x62, n[1] == 0x79, n[2] == 0x20 else { return false }
        var i = line.contentStart
        while i < line.end && b[i] != 0x20 { i += 1 }
        while i < line.end && b[i] == 0x20 { i += 1 }
        guard i < line.end else { return false }
        let c = b[i]
        return (c >= 0x41 && c <= 0x5A) || c >= 0xC0
    }

    private func shapeRule(_ b: UnsafeBufferPointer<UInt8>, _ line: TextLine, _ n: [UInt8]) -> RuleID? {
        // Counters: "9", "12", "1.2K", "1.25x" — a tiny number, or a number with a unit letter.
        if line.digits > 0 && line.words <= 2 {
            if line.letters == 0 && line.nonSpace <= 3 { return .counter }
            if line.letters >= 1 && line.letters <= 2 && line.nonSpace <= 8 { return .counter }
        }
        // Relative timestamps and bare dates: "5 hours ago", "July 19, 2022 12:30".
        if line.digits > 0 && line.words <= 6 && !line.terminal {
            if n.count >= 4 && n[n.count - 3] == 0x61 && n[n.count - 2] == 0x67 && n[n.count - 1] == 0x6F
                && n[n.count - 4] == 0x20 { return .timestamp }
            if line.letters <= 12 && line.digits >= 3 && DateShape.looksLikeDate(n) { return .timestamp }
        }
        // Slugs: one token with inner hyphens/underscores and a digit or 3+ parts.
        if line.words == 1 && line.hasInnerHyphen && !line.terminal {
            var parts = 1
            for c in n where c == 0x2D || c == 0x5F { parts += 1 }
            if line.digits > 0 || parts >= 3 { return .slug }
        }
        // Breadcrumbs: short segments separated by | › » > /.
        if line.words <= Self.longestShapeLine && !line.terminal, let segs = breadcrumbSegments(n), segs >= 2 { return .breadcrumb }
        return nil
    }

    /// Number of segments if `n` looks like "a | b" or "a › b › c" with segments of ≤ 3 words.
    private func breadcrumbSegments(_ n: [UInt8]) -> Int? {
        var segments = 1
        var wordsInSeg = 0
        var inWord = false
        var i = 0
        var sawSeparator = false
        while i < n.count {
            let c = n[i]
            var sepLen = 0
            if c == 0x7C || c == 0x3E { sepLen = 1 }
            else if c == 0x2F && i > 0 && n[i - 1] == 0x20 && i + 1 < n.count && n[i + 1] == 0x20 { sepLen = 1 }
            else if c == 0xC2 && i + 1 < n.count && n[i + 1] == 0xBB { sepLen = 2 }
            else if c == 0xE2 && i + 2 < n.count && n[i + 1] == 0x80 && n[i + 2] == 0xBA { sepLen = 3 }
            if sepLen > 0 {
                if inWord { wordsInSeg += 1; inWord = false }
                if wordsInSeg == 0 || wordsInSeg > 3 { return nil }
                segments += 1
                wordsInSeg = 0
                sawSeparator = true
                i += sepLen
                continue
            }
            if c == 0x20 {
                if inWord { wordsInSeg += 1; inWord = false }
            } else {
                inWord = true
            }
            i += 1
        }
        if inWord { wordsInSeg += 1 }
        if !sawSeparator || wordsInSeg == 0 || wordsInSeg > 3 { return nil }
        return segments
    }

    // MARK: pass 2: teasers

    private func removeTeasers(_ lines: [TextLine], _ rules: inout [RuleID], _ flags: [LineFlags]) {
        for m in lines.indices where flags[m].teaserMarker {
            // Walk back: snippet lines first, then headline-like lines; stop at prose in the
            // headline part, at a previous teaser, or at two blank lines in a row.
            var snippet = 0
            var headline = 0
            var total = 0
            var blanks = 0
            var j = m - 1
            var firstIncluded = m
            while j >= 0 {
                let l = lines[j]
                if l.isBlank {
                    blanks += 1
                    if blanks >= 2 { break }
                    j -= 1
                    continue
                }
                blanks = 0
                if flags[j].teaserMarker { break }
                total += 1
                if total > config.maxTeaserLines { break }
                let short = l.words <= config.maxTeaserHeadlineWords
                let titleLike = rules[j] != .none || (short && (!l.terminal || (headline > 0 && l.question)))
                if headline == 0 && !titleLike {
                    snippet += 1
                    if snippet > config.maxTeaserSnippetLines { break }
                } else if titleLike {
                    headline += 1
                } else {
                    break
                }
                firstIncluded = j
                j -= 1
            }
            // A teaser needs a headline; otherwise only the marker goes.
            guard headline > 0 else { continue }
            for k in firstIncluded..<m where !lines[k].isBlank && rules[k] == .none { rules[k] = .teaser }
        }
    }

    // MARK: pass 3: link lists

    private func removeLinkLists(_ lines: [TextLine], _ rules: inout [RuleID], _ flags: [LineFlags]) {
        var i = 0
        while i < lines.count {
            guard flags[i].listHeader else { i += 1; continue }
            if rules[i] == .none { rules[i] = .linkList }
            var j = i + 1
            while j < lines.count {
                let l = lines[j]
                if l.isBlank { j += 1; continue }
                let item = l.listItem && l.words <= config.maxLinkListItemWords + 1
                let headline = !l.terminal && l.words <= config.maxLinkListItemWords && !flags[j].prose
                if !(item || headline || rules[j] != .none) { break }
                if rules[j] == .none { rules[j] = .linkList }
                j += 1
            }
            i = max(j, i + 1)
        }
    }

    // MARK: pass 4: short UI runs

    private func removeShortRuns(_ lines: [TextLine], _ rules: inout [RuleID], _ flags: [LineFlags]) {
        // Indices of non-blank lines.
        var idx: [Int] = []
        idx.reserveCapacity(lines.count)
        for i in lines.indices where !lines[i].isBlank { idx.append(i) }
        var a = 0
        while a < idx.count {
            let i = idx[a]
            guard flags[i].short || rules[i] != .none else { a += 1; continue }
            var b = a
            var anyRemoved = false
            var anyShort = false
            var removedCount = 0
            while b < idx.count && (flags[idx[b]].short || rules[idx[b]] != .none) {
                if rules[idx[b]] != .none { anyRemoved = true; removedCount += 1 } else { anyShort = true }
                b += 1
            }
            let length = b - a
            if anyShort && length >= config.shortRunMinLines && anyRemoved && removedCount * 3 >= length {
                // A short line followed, after lines removed by other rules only, by prose is a
                // heading (a title before an injected "Advertisement", say): keep it.
                var lastKept = b - 1
                while lastKept >= a && rules[idx[lastKept]] != .none { lastKept -= 1 }
                let nextIsProse = b < idx.count && flags[idx[b]].prose
                for k in a..<b where rules[idx[k]] == .none {
                    if k == lastKept && nextIsProse && lines[idx[k]].words >= 2 { continue }
                    rules[idx[k]] = .shortRun
                }
            }
            a = b
        }
    }
}
