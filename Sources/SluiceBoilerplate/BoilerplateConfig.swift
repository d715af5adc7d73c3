/// Settings of the boilerplate classifier: phrase lists, enabled rule families and thresholds.
///
/// The defaults are tuned for news-like text; every threshold is a plain stored property so a
/// pipeline can override it. Phrases are matched after normalisation (case, whitespace and
/// surrounding punctuation do not matter).
public struct BoilerplateConfig: Sendable {
    /// Use the shipped ``BuiltinPhrases`` lists in addition to the `extra…` lists.
    public var useBuiltinPhrases = true
    /// Extra whole-line phrases.
    public var extraPhrases: [String] = []
    /// Extra labels that make a line boilerplate when followed by `:` ("Sponsored: …").
    public var extraLabelPrefixes: [String] = []
    /// Extra openings that make a line boilerplate ("Sign up for …").
    public var extraLeadPrefixes: [String] = []
    /// Extra expressions that make a short line boilerplate wherever they occur.
    public var extraContains: [String] = []
    /// Extra lines that close a teaser of another article.
    public var extraTeaserMarkers: [String] = []
    /// Extra headers that open a list of other articles.
    public var extraListHeaders: [String] = []
    /// Extra photo-credit expressions (matched in lower case, punctuation kept).
    public var extraCreditPatterns: [String] = []
    /// Rule families that may fire.
    public var enabledFamilies: BoilerplateRuleFamily = .defaults

    // MARK: plain-text thresholds

    /// A line with at most this many words and no sentence punctuation counts as a short UI line.
    public var shortLineMaxWords = 4
    /// Minimum number of consecutive short or already-removed lines that form a UI run.
    public var shortRunMinLines = 3
    /// Label and lead prefixes only fire on lines with at most this many words.
    public var maxPrefixLineWords = 40
    /// "Contains" expressions only fire on lines with at most this many words.
    public var maxContainsLineWords = 30
    /// Photo-credit expressions only fire on lines with at most this many words.
    public var maxCreditLineWords = 45
    /// Bylines have at most this many words.
    public var maxBylineWords = 7
    /// A teaser ("headline + snippet + keep reading") spans at most this many non-blank lines.
    public var maxTeaserLines = 10
    /// A teaser's snippet has at most this many non-blank lines before its headline.
    public var maxTeaserSnippetLines = 4
    /// Headline-like lines in a teaser have at most this many words.
    public var maxTeaserHeadlineWords = 18
    /// Items of a link list after a "Read also:" header have at most this many words.
    public var maxLinkListItemWords = 30
    /// C4 rule: minimum number of words of a kept line (``BoilerplateRuleFamily/c4``).
    public var c4MinWords = 3
    /// Gopher rule: minimum share of letters among non-space bytes (``BoilerplateRuleFamily/gopher``).
    public var gopherMinAlphaShare = 0.6
    /// Gopher rule: minimum number of words of a kept line.
    public var gopherMinWords = 2

    // MARK: HTML thresholds

    /// Link-text share above which a block counts as navigation.
    public var htmlMaxLinkShare = 0.5
    /// Blocks with at least this many words count as dense text when scoring the main region.
    public var htmlDenseBlockWords = 25
    /// A prose block (sentence punctuation, at least ten words) counts as navigation only above
    /// this link-text share; below it, inside the main region, it is kept.
    public var htmlMaxProseLinkShare = 0.8
    /// When extending the main region over neighbouring blocks, at most this many consecutive
    /// blocks that are neither content nor boilerplate (short, unclassified) are bridged.
    /// Boilerplate blocks in between do not count (they are removed anyway).
    public var htmlMaxRegionGap = 3
    /// Keep the headline (the block equal to the page title, else the heading just before the
    /// main region). Off by default: the output is the article body, and the decoder reports the
    /// title separately.
    public var htmlKeepHeadline = false

    // MARK: document level

    /// A document whose kept text has fewer bytes of letters and digits is dropped.
    public var minContentBytes = 200

    /// Creates the default configuration.
    public init() {}
}
