/// Compact internal identifier of a rule, mapped to its public name in ``BoilerplateRule``.
enum RuleID: UInt8 {
    case none = 0
    case phrase, phrasePrefix, phraseContains, shortRun, slug, breadcrumb, counter, timestamp, byline
    case photoCredit, teaser, linkList, c4NoTerminal, c4Policy, gopherShort, corpus
    case htmlHint, htmlLinkDensity, htmlOutsideMain, htmlShortBlock, htmlHeadline

    var name: String {
        switch self {
        case .none: return ""
        case .phrase: return BoilerplateRule.phrase
        case .phrasePrefix: return BoilerplateRule.phrasePrefix
        case .phraseContains: return BoilerplateRule.phraseContains
        case .shortRun: return BoilerplateRule.shortRun
        case .slug: return BoilerplateRule.slug
        case .breadcrumb: return BoilerplateRule.breadcrumb
        case .counter: return BoilerplateRule.counter
        case .timestamp: return BoilerplateRule.timestamp
        case .byline: return BoilerplateRule.byline
        case .photoCredit: return BoilerplateRule.photoCredit
        case .teaser: return BoilerplateRule.teaser
        case .linkList: return BoilerplateRule.linkList
        case .c4NoTerminal: return BoilerplateRule.c4NoTerminalPunctuation
        case .c4Policy: return BoilerplateRule.c4Policy
        case .gopherShort: return BoilerplateRule.gopherShortLine
        case .corpus: return BoilerplateRule.corpusRepeated
        case .htmlHint: return BoilerplateRule.htmlHint
        case .htmlLinkDensity: return BoilerplateRule.htmlLinkDensity
        case .htmlOutsideMain: return BoilerplateRule.htmlOutsideMain
        case .htmlShortBlock: return BoilerplateRule.htmlShortBlock
        case .htmlHeadline: return BoilerplateRule.htmlHeadline
        }
    }
}

/// Turns per-line rule decisions into merged ``Removal`` spans.
enum RemovalBuilder {
    /// `spans[i]` is the byte range of unit `i` (line incl. newline, or block); `rules[i]` its rule.
    /// Consecutive units removed by the same rule merge; blank units between two removed units
    /// are absorbed into the earlier removal.
    static func build(spans: [Range<Int>], rules: [RuleID], blank: [Bool]) -> [Removal] {
        var out: [Removal] = []
        var lastRemovedIndex = -2
        var i = 0
        while i < spans.count {
            let r = rules[i]
            if r != .none {
                // Absorb blank units since the last removal.
                if let last = out.last, lastRemovedIndex >= 0, lastRemovedIndex < i - 1,
                   (lastRemovedIndex + 1..<i).allSatisfy({ blank[$0] }) {
                    out[out.count - 1].end = spans[i - 1].upperBound
                    if last.rule == r.name {
                        out[out.count - 1].end = spans[i].upperBound
                        lastRemovedIndex = i
                        i += 1
                        continue
                    }
                }
                if let last = out.last, last.rule == r.name, last.end == spans[i].lowerBound {
                    out[out.count - 1].end = spans[i].upperBound
                } else {
                    out.append(Removal(start: spans[i].lowerBound, end: spans[i].upperBound, rule: r.name))
                }
                lastRemovedIndex = i
            }
            i += 1
        }
        return out
    }
}
