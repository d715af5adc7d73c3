/// The rule identifiers the classifier writes into ``Removal/rule``.
///
/// Each rule belongs to one ``BoilerplateRuleFamily``; disabling a family in
/// ``BoilerplateConfig/enabledFamilies`` disables all its rules.
public enum BoilerplateRule {
    // Plain-text rules.
    /// The whole line is a known boilerplate phrase ("Advertisement", "Post a Comment").
    public static let phrase = "phrase"
    /// The line starts with a known label ("Read more: …", "Photo: …", "Subscribe to …").
    public static let phrasePrefix = "phrase-prefix"
    /// The line contains a known boilerplate expression ("all rights reserved", "we use cookies").
    public static let phraseContains = "phrase-contains"
    /// A run of short UI lines without sentence punctuation ("Slow", "Average", "Fast").
    public static let shortRun = "short-ui-run"
    /// A lone token that looks like a file or slug name ("Blinken-1-scaled").
    public static let slug = "slug"
    /// A breadcrumb or category trail ("Analysis | Europe").
    public static let breadcrumb = "breadcrumb"
    /// A counter line: only digits and unit letters (share and comment counts).
    public static let counter = "counter"
    /// A relative timestamp ("Posted 3 hours ago").
    public static let timestamp = "timestamp"
    /// A byline ("By Jane Doe").
    public static let byline = "byline"
    /// A photo credit or caption with a credit ("… Photo: Sputnik via AP").
    public static let photoCredit = "photo-credit"
    /// A teaser of another article: headline, snippet and a "keep reading" marker.
    public static let teaser = "teaser"
    /// A list of other articles after a "Read also:" / "Related" header.
    public static let linkList = "link-list"
    /// C4-style: the line does not end with terminal punctuation.
    public static let c4NoTerminalPunctuation = "c4-no-terminal-punct"
    /// C4-style: the line mentions JavaScript, cookies policy, terms of use or lorem ipsum.
    public static let c4Policy = "c4-policy"
    /// Gopher-style: the line has too few words or too few letters.
    public static let gopherShortLine = "gopher-short-line"
    /// The line recurs across many unrelated documents of the same group (corpus-level pass).
    public static let corpusRepeated = "corpus-repeated"

    // HTML-mode rules.
    /// A block whose tag path or class/id names navigation, footer, sidebar, comments, sharing, ads.
    public static let htmlHint = "html-class-hint"
    /// A block dominated by link text.
    public static let htmlLinkDensity = "html-link-density"
    /// A block outside the main content region (low text density, far from the dense blocks).
    public static let htmlOutsideMain = "html-outside-main"
    /// A short block that is not a heading and sits between boilerplate blocks.
    public static let htmlShortBlock = "html-short-block"
    /// The article's headline (removed unless ``BoilerplateConfig/htmlKeepHeadline``; the title is
    /// reported separately by the decoder).
    public static let htmlHeadline = "html-headline"
}

/// Groups of rules that can be switched on and off together.
public struct BoilerplateRuleFamily: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    /// Creates a family set from raw bits.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Known phrases: whole line, label prefix, contained expression.
    public static let phrases = BoilerplateRuleFamily(rawValue: 1 << 0)
    /// Structural line shapes: short UI runs, slugs, breadcrumbs, counters, timestamps.
    public static let lineShape = BoilerplateRuleFamily(rawValue: 1 << 1)
    /// Bylines and photo credits.
    public static let credits = BoilerplateRuleFamily(rawValue: 1 << 2)
    /// Teasers of other articles and "Read also" link lists.
    public static let teasers = BoilerplateRuleFamily(rawValue: 1 << 3)
    /// C4-style line filters (aggressive; off by default except the policy rule when enabled).
    public static let c4 = BoilerplateRuleFamily(rawValue: 1 << 4)
    /// Gopher-style line filters (off by default).
    public static let gopher = BoilerplateRuleFamily(rawValue: 1 << 5)
    /// Corpus-level repeated lines (needs ``CorpusLineStats``).
    public static let corpus = BoilerplateRuleFamily(rawValue: 1 << 6)
    /// HTML block rules (class/id hints, link density, main-content region).
    public static let html = BoilerplateRuleFamily(rawValue: 1 << 7)

    /// The families enabled by default: everything except the aggressive C4 and Gopher filters.
    public static let defaults: BoilerplateRuleFamily = [.phrases, .lineShape, .credits, .teasers, .corpus, .html]
    /// Every family.
    public static let all: BoilerplateRuleFamily = [.phrases, .lineShape, .credits, .teasers, .c4, .gopher, .corpus, .html]
}
