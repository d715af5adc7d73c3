import Foundation
import Testing
@testable import SluiceEntities

struct TokenizerTests {
    @Test func keepsInitialismsAbbreviationsAndNumbersTogether() {
        #expect(TestSupport.tokens("U.S. Secretary Antony J. Blinken met Mr. Lavrov on Aug. 6, 1945.")
            == ["U.S.", "Secretary", "Antony", "J.", "Blinken", "met", "Mr.", "Lavrov", "on", "Aug.", "6", ",", "1945", "."])
        #expect(TestSupport.tokens("66,000 people, 8.8 quake") == ["66,000", "people", ",", "8.8", "quake"])
    }

    @Test func splitsPossessivesButKeepsNameApostrophes() {
        #expect(TestSupport.tokens("Putin’s ally O'Neill's dog") == ["Putin", "’", "s", "ally", "O'Neill", "'", "s", "dog"])
        #expect(TestSupport.tokens("Jean-Yves al-Gheit") == ["Jean-Yves", "al-Gheit"])
    }

    @Test func marksSentenceStartsByHeuristicAndByRanges() {
        var text = "He left. Then Putin came.\nAdvertisement"
        let starts = text.withUTF8 { Tokenizer.tokenize($0).filter { $0.has(.sentenceStart) }.map { $0.start } }
        #expect(starts == [0, 9, 26])
        let given = text.withUTF8 { Tokenizer.tokenize($0, sentences: [0..<25]).filter { $0.has(.sentenceStart) }.map { $0.start } }
        #expect(given == [0, 26])
    }

    @Test func flagsCapitalization() {
        var text = "NATO Nato nato 2nd Émile"
        let flags = text.withUTF8 { Tokenizer.tokenize($0).map { $0.flags } }
        #expect(flags[0].contains(.allCaps))
        #expect(flags[1].contains(.capitalized) && !flags[1].contains(.allCaps))
        #expect(flags[2].contains(.lowercase))
        #expect(!flags[3].contains(.capitalized))
        #expect(flags[4].contains(.capitalized))
    }
}
