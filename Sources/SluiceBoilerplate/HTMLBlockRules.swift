/// HTML mode: main-content extraction over the decoder's text blocks.
///
/// 1. Each block gets features: words, sentence punctuation, link share, heading level, class/id
///    and tag-path hints, and the plain-text line rules run on its text (phrases, credits, dates).
/// 2. Blocks are labelled *bad* (chrome hints without content hints, link-dominated, a line rule
///    fired), *good* (long or punctuated, few links) or *neutral*.
/// 3. The main region spans the good blocks of the dominant container (parent tag path holding
///    the most good words, weighted up for content class hints and `<article>`/`<main>`
///    ancestors, down inside `<li>`), extended on both sides over good blocks of containers seen
///    inside the region, bridging up to three non-good blocks (an ad between paragraphs).
/// 4. Inside the region bad blocks are removed; outside it everything is removed except the
///    headline (the block equal to the page title, else the nearest heading before the region).
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
        /// Evidence (×1…×6) that the block sits in an article body rather than in a list of teasers.
        var weight = 2
    }

    func classify(_ bytes: UnsafeBufferPointer<UInt8>, blocks: [BoilerplateBlock], title: String?) -> [Removal] {
        guard config.enabledFamilies.contains(.html), !blocks.isEmpty else { return [] }
        var feats = [Features](repeating: Features(), count: blocks.count)
        var norm: [UInt8] = []
        var normNoDigits: [UInt8] = []
        let titleHash: UInt64? = title.map { LineNormalizer.hash(LineNormalizer.normalized($0)) }
        var titleIndex: Int? = nil
        var hintCache: [[String]: (negative: Int, positive: Int)] = [:]
        var signatures = [UInt64](repeating: 0, count: blocks.count)
        let lineRules = PlainTextRules(config: config, phrases: phrases)

        for (i, b) in blocks.enumerated() {
            let lo = max(0, min(b.start, bytes.count)), hi = max(lo, min(b.end, bytes.count))
            var f = Features()
            let line = LineScanner.measure(bytes, from: lo, limit: hi, newlineIsSpace: true)
            f.words = line.words
            f.terminal = line.terminal
            f.heading = b.headingLevel > 0
            f.container = containerPath(b.tagPath)
            signatures[i] = Self.signature(f.container, [])

            let hints: (negative: Int, positive: Int)
            if let cached = hintCache[b.classAndID] { hints = cached } else {
                hints = HTMLHints.score(b.classAndID)
                hintCache[b.classAndID] = hints
            }
            let chromePath = HTMLHints.pathHasNegativeTag(b.tagPath) || HTMLHints.pathHasSiteHeader(b.tagPath)
            // The plain-text line rules (phrases, credits, bylines, timestamps…) on the block text.
            var lineRule = RuleID.none
            if f.words > 0 && f.words <= config.maxCreditLineWords {
                var flags = PlainTextRules.LineFlags()
                lineRule = lineRules.lineRule(bytes, line, norm: &norm, normNoDigits: &normNoDigits, flags: &flags)
                if lineRule == .c4NoTerminal || lineRule == .c4Policy || lineRule == .gopherShort { lineRule = .none }
                if let th = titleHash, !norm.isEmpty, titleIndex == nil, LineNormalizer.hash(norm) == th { titleIndex = i }
            }

            if f.words == 0 {
                f.label = .bad
                f.rule = .htmlShortBlock
            } else if b.linkTextShare > config.htmlMaxLinkShare && !(f.heading && b.linkTextShare < 0.99) {
                f.label = .bad
                f.rule = .htmlLinkDensity
            } else if (hints.negative > hints.positive || chromePath)
                        && !(f.words >= 25 && f.terminal && hints.positive > 0 && b.linkTextShare < 0.2) {
                f.label = .bad
                f.rule = .htmlHint
            } else if lineRule != .none && !(f.heading && lineRule != .phrase) {
                f.label = .bad
                f.rule = lineRule
            } else if f.words >= config.htmlDenseBlockWords && b.linkTextShare < 0.3 {
                f.label = .good
            } else if f.words >= 10 && f.terminal && b.linkTextShare < 0.3 {
                f.label = .good
            }
            // Article-body evidence: content class hints, an <article>/<main> ancestor; teaser
            // lists live in <li>.
            var w = 2
            if hints.positive > 0 { w += 2 }
            if b.tagPath.contains("article") || b.tagPath.contains("main") { w += 2 }
            if b.tagPath.contains(">li") { w /= 2 }
            f.weight = max(1, w)
            feats[i] = f
        }

        // The dominant container: the (parent path, class/id) signature holding most good words.
        var wordsBySignature: [UInt64: Int] = [:]
        for i in feats.indices where feats[i].label == .good {
            wordsBySignature[signatures[i], default: 0] += feats[i].words * feats[i].weight
        }
        var inMain = [Bool](repeating: false, count: blocks.count)
        var regionLo = 0, regionHi = -1
        if let dominant = wordsBySignature.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key {
            for i in feats.indices where signatures[i] == dominant && feats[i].label == .good {
                if regionHi < 0 { regionLo = i }
                regionHi = i
            }
            // Signatures of good blocks inside the region may continue it on either side.
            var inside = Set<UInt64>()
            for i in regionLo...regionHi where feats[i].label == .good { inside.insert(signatures[i]) }
            regionHi = extend(from: regionHi, step: 1, feats, signatures, inside)
            regionLo = extend(from: regionLo, step: -1, feats, signatures, inside)
            for i in regionLo...regionHi { inMain[i] = true }
        }
        // Headline: the page title block, else the nearest heading before the main region.
        var headline = titleIndex
        if headline == nil && regionHi >= regionLo {
            var j = regionLo - 1
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

    /// Extends a region end over blocks that continue the main content: good blocks whose
    /// signature occurs inside the region, and up to three non-good blocks between them.
    private func extend(from edge: Int, step: Int, _ feats: [Features], _ sigs: [UInt64], _ inside: Set<UInt64>) -> Int {
        var edge = edge
        var j = edge + step
        var gap = 0
        while j >= 0 && j < feats.count {
            if feats[j].label == .good {
                if !inside.contains(sigs[j]) { break }
                edge = j
                gap = 0
            } else {
                gap += 1
                if gap > 3 { break }
            }
            j += step
        }
        return edge
    }

    /// Hash of a block's container path and class/id tokens.
    static func signature(_ container: String, _ tokens: [String]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in container.utf8 { h ^= UInt64(b); h &*= 0x0000_0100_0000_01B3 }
        for t in tokens {
            h ^= 0x7C; h &*= 0x0000_0100_0000_01B3
            for b in t.utf8 { h ^= UInt64(b); h &*= 0x0000_0100_0000_01B3 }
        }
        return h
    }

    /// The tag path without its last element (the block's container).
    private func containerPath(_ path: String) -> String {
        guard let cut = path.lastIndex(of: ">") else { return "" }
        return String(path[..<cut])
    }
}
