import SluiceCore

/// `word_stats`: counts words and adds `words` and `mean_word_length` to the metadata; drops documents with
/// fewer than `min_words` words.
public struct WordStatsStage: DocumentStage {
    /// The factory to register (`SluiceMain.run(extraStages: [WordStatsStage.factory])`).
    public static let factory = StageFactory(StageDescription(
        name: "word_stats",
        summary: "count words into metadata (words, mean_word_length); drop documents with too few",
        options: [StageOption("min_words", .int, default: 0, "documents with fewer words are dropped")],
        example: "- word_stats: {min_words: 50}",
        module: "WordStats")) { config in
            let minWords = config.int("min_words") ?? 0
            if minWords < 0 { throw config.error("min_words", "must be 0 or more") }
            return WordStatsStage(minWords: minWords)
        }

    /// Documents with fewer words are dropped.
    public let minWords: Int

    /// Creates the stage.
    public init(minWords: Int) { self.minWords = minWords }

    public func process(_ document: inout Document, context: StageContext) throws -> Verdict {
        // A word is a run of letters or digits; bytes ≥ 0x80 (non-ASCII letters) count as letters.
        var words = 0, letters = 0, inWord = false
        for b in document.text.utf8 {
            let isWordByte = (b >= 48 && b <= 57) || (b | 0x20 >= 97 && b | 0x20 <= 122) || b >= 0x80
            if isWordByte {
                if !inWord { words += 1 }
                if b & 0xC0 != 0x80 { letters += 1 }  // count characters, not continuation bytes
            }
            inWord = isWordByte
        }
        context.count("words", by: words)
        if words < minWords { return .drop(reason: "fewer than \(minWords) words") }
        document.metadata["words"] = .int(words)
        document.metadata["mean_word_length"] = .double(words == 0 ? 0 : (Double(letters) / Double(words) * 100).rounded() / 100)
        return .keep
    }
}
