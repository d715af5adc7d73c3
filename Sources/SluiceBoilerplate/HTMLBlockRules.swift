/// HTML mode: main-content extraction over the decoder's text blocks.
///
/// 1. Each block gets features: words, sentence punctuation, link share, heading level, class/id
///    hints (the nearest deciding token wins, see ``HTMLHints``), tag-path features, and the
///    plain-text line rules run on its text (phrases, credits, dates).
/// 2. Blocks are labelled *bad* (chrome hints, link-dominated, a line rule fired), *good* (long or
///    punctuated, few links) or *neutral*.
/// 3. The main region starts from the dominant container (parent tag path holding the most good
///    words, weighted up for content class hints and `<article>`/`<main>` ancestors, down inside
///    `<li>`). It is extended on both sides over good blocks that belong to the same part of the
///    tree (a container already in the region, or a common ancestor at most one level above the
///    dominant container), bridging any number of bad blocks (they are removed anyway) and up to
///    ``BoilerplateConfig/htmlMaxRegionGap`` consecutive neutral ones.
/// 4. Inside the region bad blocks and the headline are removed (the headline is kept with
///    ``BoilerplateConfig/htmlKeepHeadline``); outside it everything is removed.
///
/// All features are computed from UTF-8 bytes of the block strings, without allocation per block.
struct HTMLBlockRules {
    let config: BoilerplateConfig
    let phrases: PhraseTable

    private enum Label: UInt8 { case good, neutral, bad }

    private struct Features {
        var words = 0
        var label = Label.neutral
        var rule = RuleID.none
        var headingLevel = 0
        /// Evidence (×1…×6) that the block sits in an article body rather than in a list of teasers.
        var weight = 2
        /// Position of the block's first cumulative path hash in the shared prefix array.
        var pathStart = 0
        /// Number of path elements.
        var pathCount = 0
        /// Hash of the container path (the tag path without its last element).
        var container: UInt64 = 0
        /// Hash of the last two tag names and the four nearest class/id tokens: blocks of the same
        /// kind (body paragraphs of one template) share it at any depth.
        var style: UInt64 = 0
    }

    func classify(_ bytes: UnsafeBufferPointer<UInt8>, blocks: [BoilerplateBlock], title: String?) -> [Removal] {
        guard config.enabledFamilies.contains(.html), !blocks.isEmpty else { return [] }
        var feats = [Features]()
        feats.reserveCapacity(blocks.count)
        var prefixes = [UInt64]()
        prefixes.reserveCapacity(blocks.count * 16)
        var norm: [UInt8] = []
        var normNoDigits: [UInt8] = []
        let titleHash: UInt64? = title.map { LineNormalizer.hash(LineNormalizer.normalized($0)) }
        var titleIndex: Int? = nil
        let lineRules = PlainTextRules(config: config, phrases: phrases)
        var previousClasses = ""
        var previousHints = ((nearest: HTMLHints.Evidence.none, rank: 0, anyPositive: false), UInt64(0))

        for (i, b) in blocks.enumerated() {
            let lo = max(0, min(b.start, bytes.count)), hi = max(lo, min(b.end, bytes.count))
            var f = Features()
            let line = LineScanner.measure(bytes, from: lo, limit: hi, newlineIsSpace: true)
            f.words = line.words
            f.headingLevel = b.headingLevel
            let heading = b.headingLevel > 0
            f.pathStart = prefixes.count
            var tagPath = b.tagPath
            let path = tagPath.withUTF8 { TagPathFeatures.parse($0, into: &prefixes) }
            f.pathCount = path.count
            f.container = path.count >= 2 ? prefixes[f.pathStart + path.count - 2] : 0
            // Neighbouring blocks often share their class list: reuse the previous block's hints.
            if i == 0 || b.classAndIDText != previousClasses {
                var classes = b.classAndIDText
                previousHints = classes.withUTF8 { (HTMLHints.blockHint($0), HTMLHints.nearestTokensHash($0, count: 4)) }
                previousClasses = b.classAndIDText
            }
            let (hint, nearestTokens) = previousHints
            f.style = path.tail &* 0x9E37_79B9_7F4A_7C15 ^ nearestTokens

            // The plain-text line rules (phrases, credits, bylines, timestamps…) on the block text.
            var lineRule = RuleID.none
            if f.words > 0 && f.words <= config.maxCreditLineWords {
                var flags = PlainTextRules.LineFlags()
                lineRule = lineRules.lineRule(bytes, line, norm: &norm, normNoDigits: &normNoDigits, flags: &flags)
                if lineRule == .c4NoTerminal || lineRule == .c4Policy || lineRule == .gopherShort { lineRule = .none }
                if let th = titleHash, !norm.isEmpty, titleIndex == nil, LineNormalizer.hash(norm) == th { titleIndex = i }
            }

            let links = b.linkTextShare
            let prose = f.words >= 10 && line.terminal
            if f.words == 0 {
                f.label = .bad
                f.rule = .htmlShortBlock
            } else if links > config.htmlMaxLinkShare && !(heading && links < 0.99) {
                if prose && links <= config.htmlMaxProseLinkShare && hint.nearest != .negative && !path.negativeTag {
                    f.label = .neutral  // a sentence with several links: kept inside the region
                } else {
                    f.label = .bad
                    f.rule = .htmlLinkDensity
                }
            } else if (hint.nearest == .negative || path.negativeTag || path.siteHeader)
                        && !(f.words >= 25 && line.terminal && hint.anyPositive && links < 0.2 && hint.rank >= 3
                             && !path.negativeTag && !path.siteHeader) {
                f.label = .bad
                f.rule = .htmlHint
            } else if lineRule != .none && !(heading && lineRule != .phrase) {
                f.label = .bad
                f.rule = lineRule
            } else if f.words >= config.htmlDenseBlockWords && links < 0.3 {
                f.label = .good
            } else if prose && links < 0.3 {
                f.label = .good
            }
            // Article-body evidence: content class hints, an <article>/<main> ancestor; teaser
            // lists live in <li>.
            var w = 2
            if hint.nearest == .positive { w += 2 }
            if path.inArticle { w += 2 }
            if path.inListItem { w /= 2 }
            f.weight = max(1, w)
            feats.append(f)
        }

        let (regionLo, regionHi) = mainRegion(&feats, prefixes)
        let headline = findHeadline(feats, titleIndex: titleIndex, regionLo: regionLo, regionHi: regionHi)

        var rules = [RuleID](repeating: .none, count: blocks.count)
        for i in feats.indices {
            if i == headline {
                rules[i] = config.htmlKeepHeadline ? .none : .htmlHeadline
            } else if i >= regionLo && i <= regionHi {
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

    /// The main region `lo...hi` (empty when `hi < lo`).
    private func mainRegion(_ feats: inout [Features], _ prefixes: [UInt64]) -> (Int, Int) {
        // The dominant container: the parent path holding most (weighted) good words.
        var wordsByContainer: [UInt64: Int] = [:]
        for f in feats where f.label == .good {
            wordsByContainer[f.container, default: 0] += f.words * f.weight
        }
        guard let dominant = wordsByContainer.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key
        else { return (0, -1) }
        dropTeaserCards(&feats, dominant: dominant)
        var lo = -1, hi = -1
        for i in feats.indices where feats[i].container == dominant && feats[i].label == .good {
            if lo < 0 { lo = i }
            hi = i
        }
        var inside = Set<UInt64>()
        var insideStyles = Set<UInt64>()
        for i in lo...hi where feats[i].label == .good {
            inside.insert(feats[i].container)
            insideStyles.insert(feats[i].style)
        }
        let anchor = feats[lo]
        let containerDepth = anchor.pathCount - 1
        /// Whether good block `j` continues the region: a container or a block style seen inside
        /// it, or a path that shares all but at most the last element of the dominant container's path.
        func related(_ j: Int) -> Bool {
            let f = feats[j]
            if inside.contains(f.container) || insideStyles.contains(f.style) { return true }
            // The shared ancestor must lie below `html>body>…` (else it says nothing).
            let need = containerDepth - 1
            if need < 3 || f.pathCount < need { return false }
            return prefixes[f.pathStart + need - 1] == prefixes[anchor.pathStart + need - 1]
        }
        func extend(from edge: Int, step: Int) -> Int {
            var edge = edge
            var j = edge + step
            var gap = 0
            while j >= 0 && j < feats.count {
                switch feats[j].label {
                case .good:
                    if !related(j) { return edge }
                    edge = j
                    gap = 0
                case .neutral:
                    gap += 1
                    if gap > config.htmlMaxRegionGap { return edge }
                case .bad:
                    break
                }
                j += step
            }
            return edge
        }
        hi = extend(from: hi, step: 1)
        lo = extend(from: lo, step: -1)
        return (lo, hi)
    }

    /// Teaser cards: a linked title followed by a short description, repeated in one container
    /// outside the dominant one. The descriptions of containers holding at least two such pairs
    /// are boilerplate.
    private func dropTeaserCards(_ feats: inout [Features], dominant: UInt64) {
        var pairs: [UInt64: Int] = [:]
        func isCard(_ i: Int) -> Bool {
            let a = feats[i - 1], b = feats[i]
            return b.container != dominant && b.label != .bad && a.rule == .htmlLinkDensity
                && a.container == b.container && a.words <= 15 && b.words <= 60
        }
        for i in feats.indices.dropFirst() where isCard(i) { pairs[feats[i].container, default: 0] += 1 }
        if pairs.isEmpty { return }
        for i in feats.indices.dropFirst() where isCard(i) && pairs[feats[i].container, default: 0] >= 2 {
            feats[i].label = .bad
            feats[i].rule = .teaser
        }
    }

    /// The headline: the block equal to the page title, else the nearest heading before the first
    /// good block of the region (at most eight blocks back).
    private func findHeadline(_ feats: [Features], titleIndex: Int?, regionLo: Int, regionHi: Int) -> Int? {
        if let t = titleIndex { return t }
        guard regionHi >= regionLo else { return nil }
        var firstGood = regionLo
        while firstGood < regionHi && feats[firstGood].label != .good { firstGood += 1 }
        var j = firstGood - 1
        var steps = 0
        // Without the headline option only an <h1> is taken for the headline (an <h2> there is
        // more often the first subheading of the body).
        let maxLevel = config.htmlKeepHeadline ? 6 : 1
        while j >= 0 && steps < 8 {
            if feats[j].headingLevel > 0 && feats[j].headingLevel <= maxLevel && feats[j].label != .bad { return j }
            j -= 1
            steps += 1
        }
        return nil
    }
}
