import OrderedCollections
import SluiceCore

/// The `sentences` stage: adds a `sentence` annotation for every sentence of the text.
public struct SentencesStage: DocumentStage {
    /// The stage's description.
    public static let description = StageDescription(
        name: "sentences",
        summary: "split text into sentences (rule-based, per-language abbreviations)",
        discussion: """
            Adds one `sentence` annotation per sentence. The language comes from `language`, or with `auto` from \
            the document's `lang`/`language` metadata (falling back to English). Supported: \
            \(SentenceSegmenter.supportedLanguages.joined(separator: ", ")). Blank lines and headline-like lines are \
            boundaries; spans never cut inside a word and cover all non-space text.
            """,
        options: [
            StageOption("language", .string, default: "auto", "language code, or auto (from `lang` metadata)"),
            StageOption("abbreviations", .list(.string), default: [], "extra abbreviations (without or with the final period)"),
            StageOption("max_sentence_bytes", .int, default: 0, "split longer sentences at safe points (0: no limit)"),
            StageOption("min_sentence_bytes", .int, default: 0, "merge shorter fragments into a neighbour (0: never)"),
        ],
        example: "- sentences: {language: en}",
        module: "SluiceSentences")

    /// The factory registered under `sentences`.
    public static let factory = StageFactory(description) { config in try SentencesStage(configuration: config) }

    private let fixedLanguage: String?
    private let segmenters: [String: SentenceSegmenter]

    /// Creates the stage from checked options.
    public init(configuration config: StageConfiguration) throws {
        let language = config.string("language") ?? "auto"
        let extra = config.strings("abbreviations") ?? []
        let maxBytes = config.int("max_sentence_bytes") ?? 0
        let minBytes = config.int("min_sentence_bytes") ?? 0
        if maxBytes < 0 { throw config.error("max_sentence_bytes", "must be 0 or more") }
        if minBytes < 0 { throw config.error("min_sentence_bytes", "must be 0 or more") }
        if maxBytes > 0 && minBytes > maxBytes { throw config.error("min_sentence_bytes", "must not exceed max_sentence_bytes") }
        let supported = SentenceSegmenter.supportedLanguages
        if language != "auto" && !supported.contains(Self.baseLanguage(language)) {
            throw config.error("language", "unsupported language \"\(language)\" (supported: \(supported.joined(separator: ", ")), or auto)"
                               + Suggestions.hint(for: language, in: supported))
        }
        fixedLanguage = language == "auto" ? nil : Self.baseLanguage(language)
        var table: [String: SentenceSegmenter] = [:]
        for lang in supported {
            table[lang] = SentenceSegmenter(language: lang, extraAbbreviations: extra, maxSentenceBytes: maxBytes, minSentenceBytes: minBytes)
        }
        segmenters = table
    }

    public func process(_ document: inout Document, context: StageContext) throws -> Verdict {
        let lang = fixedLanguage ?? Self.documentLanguage(document)
        let segmenter = segmenters[lang] ?? segmenters["en"]!
        document.removeAnnotations(.sentence)
        let spans = segmenter.segment(document.text)
        document.annotations.reserveCapacity(document.annotations.count + spans.count)
        for r in spans {
            document.annotations.append(Annotation(kind: .sentence, start: r.lowerBound, end: r.upperBound))
        }
        context.count("sentences", by: spans.count)
        return .keep
    }

    static func baseLanguage(_ code: String) -> String {
        String(code.lowercased().prefix { $0 != "-" && $0 != "_" })
    }

    static func documentLanguage(_ doc: Document) -> String {
        let value = doc.metadata["lang"]?.stringValue ?? doc.metadata["language"]?.stringValue ?? "en"
        return baseLanguage(value)
    }
}

/// The stages of the `SluiceSentences` module.
public enum SluiceSentencesModule {
    /// Factories for every stage this module provides.
    public static let stages: [StageFactory] = [SentencesStage.factory]
}
