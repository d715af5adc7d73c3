/// HTML mode: main-content extraction over the decoder's text blocks.
///
/// 1. Each block gets features: words, sentence punctuation, link share, heading level, class/id
///    and tag-path hints, and whether its text is a known boilerplate phrase.
/// 2. Blocks are labelled *bad* (chrome hints without content hints, link lists, phrases),
///    *good* (long, punctuated, few links) or *neutral*.
/// 3. The main content is the contiguous run of blocks with the largest score (good blocks add
///    their words, bad blocks subtract, neutral blocks cost a little), found in one linear pass
///    (maximum-sum segment). Good blocks in other, smaller segments that share the main run's
///    container path are added back, so an article split by an ad survives.
/// 4. Inside the main run bad blocks are removed; outside it everything is removed except the
///    headline (the heading nearest before the run, or the block equal to the page title).
struct HTMLBlockRules {
    let config: BoilerplateConfig
    let phrases: PhraseTable

    private enum Label { case good, neutral, bad }

    private struct Features {
        var words = 0
        var terminal = false
        var label = Label.neutral
        var rule = RuleID.none
        var heading = false
        var container = ""
    }

    func classify(_ bytes: UnsafeBufferPointer<UInt8>, blocks: [BoilerplateBlock], title: String?) -> [Removal] {
        guard config.enabledFamilies.contains(.html), !blocks.isEmpty else { return [] }
        var feats = [Features](repeating: Features(), count: blocks.count)
        var norm: [UInt8] = []
        let titleHash: UInt64? = title.map { LineNormalizer.hash(LineNormalizer.normalized($0)) }
        var titleIndex: Int? = nil
        var hintCache: [[String]: (negative: Int, positive: Int)] = [:]

        for (i, b) in blocks.enumerated() {
            let lo = max(0, min(b.start, bytes.count)), hi = max(lo, min(b.end, bytes.count))
            var f = Features()
            var line = TextLine(start: lo, end: hi, next: hi)
            countWords(bytes, lo, hi, &line)
            f.words = line.words
            f.terminal = line.terminal
            f.heading = b.headingLevel > 0
            f.container = containerPath(b.tagPath)
            LineNormalizer.normalize(bytes, lo..<hi, dropDigits: false, into: &norm)
            if let th = titleHash, !norm.isEmpty, LineNormalizer.hash(norm) == th, titleIndex == nil { titleIndex = i }

            let hints: (negative: Int, positive: Int)
            if let cached = hintCache[b.classAndID] { hints = cached } else {
                hints = HTMLHints.score(b.classAndID)
                hintCache[b.classAndID] = hints
            }
            let chromePath = HTMLHints.pathHasNegativeTag(b.tagPath) || HTMLHints.pathHasSiteHeader(b.tagPath)
            let isPhrase = !norm.isEmpty && f.words <= 8 && (phrases.wholeLines.contains(LineNormalizer.hash(norm))
                || phrases.teaserMarkers.contains(LineNormalizer.hash(norm))
                || (phrases.prefixMatch(norm) != nil && f.words <= config.maxPrefixLineWords))

            if f.words == 0 {
                f.label = .bad
                f.rule = .htmlShortBlock
            } else if b.linkTextShare > config.htmlMaxLinkShare && !(f.heading && b.linkTextShare < 0.99) {
                f.label = .bad
                f.rule = .htmlLinkDensity
            } else if (hints.negative > hints.positive || chromePath) && !(f.words >= 25 && f.terminal && hints.positive > 0 && b.linkTextShare < 0.2) {
                f.label = .bad
                f.rule = .htmlHint
            } else if isPhrase && !f.heading {
                f.label = .bad
                f.rule = .phrase
            } else if f.words >= config.htmlDenseBlockWords && b.linkTextShare < 0.3 {
                f.label = .good
            } else if f.words >= 10 && f.terminal && b.linkTextShare < 0.3 {
                f.label = .good
            }
            feats[i] = f
        }

        // Maximum-sum contiguous segment.
        var best = Int.min, bestLo = 0, bestHi = -1
        var run = 0, runLo = 0
        for i in feats.indices {
            let s = score(feats[i])
            if run <= 0 { run = s; runLo = i } else { run += s }
            if run > best { best = run; bestLo = runLo; bestHi = i }
        }
        var inMain = [Bool](repeating: false, count: blocks.count)
        if bestHi >= bestLo && best > 0 {
            for i in bestLo...bestHi { inMain[i] = true }
            // Good blocks elsewhere that live in a container of the main run join it.
            var mainContainers = Set<String>()
            for i in bestLo...bestHi where feats[i].label == .good { mainContainers.insert(feats[i].container) }
            for i in feats.indices where !inMain[i] && feats[i].label == .good && mainContainers.contains(feats[i].container) {
                inMain[i] = true
            }
        }
        // Headline: the page title block, else the nearest heading before the main run.
        var headline = titleIndex
        if headline == nil && bestHi >= bestLo {
            var j = bestLo - 1
            var steps = 0
            while j >= 0 && steps < 8 {
                if feats[j].heading && feats[j].label != .bad { headline = j; break }
                j -= 1
                steps += 1
            }
        }

        var rules = [RuleID](repeating: .none, count: blocks.count)
        for i in feats.indices {
            if i == headline { continue }
            if inMain[i] {
                if feats[i].label == .bad { rules[i] = feats[i].rule }
            } else {
                rules[i] = feats[i].label == .bad ? feats[i].rule : .htmlOutsideMain
            }
        }
        var spans: [Range<Int>] = []
        spans.reserveCapacity(blocks.count)
        for b in blocks { spans.append(max(0, b.start)..<max(b.start, min(b.end, bytes.count))) }
        return RemovalBuilder.build(spans: spans, rules: rules, blank: [Bool](repeating: false, count: blocks.count))
            .filter { $0.end > $0.start }
    }

    private func score(_ f: Features) -> Int {
        switch f.label {
        case .good: return f.words
        case .bad: return -max(3, min(f.words, 60))
        case .neutral: return f.heading ? 0 : (f.terminal ? f.words / 2 : -1)
        }
    }

    /// The tag path without its last element (the block's container).
    private func containerPath(_ path: String) -> String {
        guard let cut = path.lastIndex(of: ">") else { return "" }
        return String(path[..<cut])
    }

    private func countWords(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, _ line: inout TextLine) {
        var inWord = false
        var last = -1
        var first = -1
        var i = lo
        while i < hi {
            let c = b[i]
            if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D {
                inWord = false
            } else {
                if !inWord { line.words += 1; inWord = true }
                if first < 0 { first = i }
                last = i
            }
            i += 1
        }
        if first >= 0 {
            line.terminal = LineScanner.endsWithSentencePunctuation(b, from: first, through: last)
        }
    }
}
