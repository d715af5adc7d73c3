/// A fast, rule-based sentence segmenter working directly on UTF-8 bytes.
///
/// The segmenter finds terminal punctuation (`.`, `!`, `?`, `…`, and CJK full stops) and decides each
/// candidate from the token before it (abbreviation lists shipped per language, initials, numbers,
/// acronyms such as `U.S.`), the shape of the next token (capital, lowercase, digit, known sentence
/// starter), closing quotes and brackets, and line structure (blank lines and headline-like lines
/// are boundaries).
///
/// ```swift
/// let segmenter = SentenceSegmenter(language: "en")
/// let text = "Sec. Blinken arrived at 5 p.m. The talks began on Oct. 19."
/// for span in segmenter.segment(text) { print(span) }   // 0..<30, 31..<58 (UTF-8 byte offsets)
/// ```
///
/// Spans are UTF-8 byte offsets into the text, end exclusive, ascending and non-overlapping,
/// trimmed of surrounding whitespace. Boundaries only fall in whitespace or right after a
/// terminal, so a word or number is never cut, and together the spans cover every
/// non-whitespace byte.
public struct SentenceSegmenter: Sendable {
    /// The language whose abbreviation list and sentence starters are used (a supported code).
    public let language: String
    /// Maximum sentence length in bytes; 0 means unlimited.
    public let maxSentenceBytes: Int
    /// Minimum sentence length in bytes; shorter fragments are merged into a neighbour. 0 disables merging.
    public let minSentenceBytes: Int

    private let scanner: BoundaryScanner

    /// Creates a segmenter.
    ///
    /// - Parameters:
    ///   - language: ISO 639-1 code (`en`, `de`, `fr`, `es`, `ru`; a region suffix such as `en-GB` is
    ///     ignored). Unsupported languages fall back to English rules.
    ///   - extraAbbreviations: additional abbreviations, with or without the final full stop
    ///     (`"Gov."`, `"approx"`). They are treated as abbreviations that may end a sentence:
    ///     a following capitalised word starts a new sentence only if it is a typical sentence
    ///     starter. A form starting with a capital only matches capitalised tokens.
    ///   - maxSentenceBytes: longer sentences are split at the best safe point (after `;`, `:`, `,`,
    ///     else at whitespace), never inside a word; 0 means unlimited.
    ///   - minSentenceBytes: sentences shorter than this are merged into the previous sentence
    ///     (or the next one, for the first); 0 disables merging.
    public init(language: String = "en", extraAbbreviations: [String] = [],
                maxSentenceBytes: Int = 0, minSentenceBytes: Int = 0) {
        let profile = LanguageProfile(language: language, extraAbbreviations: extraAbbreviations)
        self.language = profile.code
        self.maxSentenceBytes = max(0, maxSentenceBytes)
        self.minSentenceBytes = max(0, minSentenceBytes)
        self.scanner = BoundaryScanner(profile: profile)
    }

    /// Language codes with their own abbreviation lists and sentence starters.
    public static var supportedLanguages: [String] { LanguageProfile.supportedData.map(\.code) }

    /// Sentence spans of `text` as UTF-8 byte offsets (see the type's documentation).
    public func segment(_ text: String) -> [Range<Int>] {
        var copy = text
        return copy.withUTF8 { segment(utf8: $0) }
    }

    /// Sentence spans of the UTF-8 bytes in `utf8`, as offsets from `utf8`'s start.
    public func segment(utf8: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard utf8.count > 0 else { return [] }
        var spans = scanner.spans(utf8)
        if maxSentenceBytes > 0 {
            spans = SpanShaping.splitLong(spans, in: utf8, maxBytes: maxSentenceBytes)
        }
        if minSentenceBytes > 0 {
            spans = SpanShaping.mergeShort(spans, minBytes: minSentenceBytes)
        }
        return spans
    }

    /// Sentences of `text` as substrings (convenience, allocates; for tests and tools).
    public func sentences(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        return segment(text).map { r in
            let lo = utf8.index(utf8.startIndex, offsetBy: r.lowerBound)
            let hi = utf8.index(lo, offsetBy: r.count)
            return text[lo..<hi]
        }
    }
}
