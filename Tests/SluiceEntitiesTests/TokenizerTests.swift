import Foundation
import SluiceCore
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

    /// Each token records exactly the built-in lists whose words include it: the bit test the rules use must agree
    /// with a hash probe of every list, on the seed articles and on words from the lists themselves.
    @Test func tokensRecordTheirWordListsExactly() throws {
        let sample = """
            On Monday, 12 May 2023, President Joe Biden said the Bank of England's £5 million fund in Lake Tahoe \
            had grown 3 percent since last week; some 200 troops, sixty kilometres away, left at 10:30 a.m. \
            Dear Anna, thanks and best regards. The Ministry of Defence, Mount Everest, in the sixties & 1960s.
            """
        var checked = 0
        var listed = 0
        for text in try TestSupport.seeds() + [sample] {
            var copy = text
            copy.withUTF8 { buf in
                for token in Tokenizer.tokenize(buf) {
                    for list in WordList.allCases {
                        #expect(token.isIn(list) == list.words.contains(hash: token.hash))
                    }
                    checked += 1
                    if token.lists != 0 { listed += 1 }
                }
            }
        }
        #expect(checked > 1_000)
        #expect(listed > 100)
        #expect(Set(WordList.allCases.map(\.bit)).count == WordList.allCases.count)
    }

    /// The word hash folds case (ASCII and Latin-1) and the typographic apostrophe, and tells apart words that share
    /// their first eight bytes, differ only in length or only in a byte past the eighth.
    @Test func foldedHashFoldsCaseAndSeparatesLengthsAndLongWords() {
        let h = ByteText.foldedHash(_:)
        #expect(h("NATO") == h("nato") && h("ÉMILE") == h("émile") && h("Putin’s") == h("putin's"))
        #expect(h("internationalization") == h("INTERNATIONALIZATION"))
        let distinct = ["", "a", "ab", "abcdefgh", "abcdefghi", "abcdefgh\u{0}", "a\u{0}", "internationalisation",
                        "internationalization", "abcdefghabcdefgh", "abcdefghabcdefgg", "é", "e"]
        #expect(Set(distinct.map(h)).count == distinct.count)
    }

    /// The one-pass scan of plain ASCII words must give the same tokens, flags and hashes as the general rules, on
    /// text mixing cases, digits, joiners, abbreviations, initialisms, possessives and non-ASCII letters.
    @Test func plainWordFastPathMatchesTheGeneralRules() {
        var rng = SplitMix64(seed: 3)
        let pieces = ["Mr.", "U.S.", "word", "Word", "WORD", "2nd", "2B", "A", "a", "x9", "66,000", "8.8", "O'Neill",
                      "Putin's", "don't", "well-known", "São", "naïve", "—", "“", "(", ")", ".", ",", ";", "!", "?", " ",
                      "  ", "\n", "\t", "Aug", "e.g.", "R.E.M.", "co-op", "$5", "12%", "ABC123", "iPhone",
                      "internationalization", "INTERNATIONAL", "12345678", "1234567890123", "McDonald", "x", "Sabbath",
                      "NATO", "1970", "2005", "elephant", "Kerrang", "5", "é", "counterintuitive", "Abcdefg"]
        for trial in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(rng.next() % 30) { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
            var copy = text
            let (fast, general) = copy.withUTF8 { (Tokenizer.tokenize($0), Tokenizer.tokenize($0, plainWordFastPath: false)) }
            #expect(fast == general, "trial \(trial): \(text.debugDescription)")
        }
    }
}
