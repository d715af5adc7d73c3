import Testing
import SluiceCore
import WordStats

struct WordStatsTests {
    @Test func countsWordsIntoMetadata() throws {
        var document = Document(id: "d", text: "Grüße aus Köln, 2025!")
        let verdict = try WordStatsStage(minWords: 0).process(&document, context: StageContext(stageName: "word_stats"))
        #expect(verdict == .keep)
        #expect(document.metadata["words"] == .int(4))
        #expect(document.metadata["mean_word_length"] == .double(4))
    }

    @Test func dropsShortDocuments() throws {
        var document = Document(id: "d", text: "too short")
        let verdict = try WordStatsStage(minWords: 3).process(&document, context: StageContext(stageName: "word_stats"))
        #expect(verdict == .drop(reason: "fewer than 3 words"))
    }

    @Test func conformsToTheStageContract() {
        let problems = StageConformance.check(WordStatsStage.factory, options: ["min_words": 5])
        #expect(problems.isEmpty, "\(problems)")
    }
}
