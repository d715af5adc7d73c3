import Foundation
import Testing
@testable import SluiceSentences

/// Structural guarantees of `segment`: ascending, non-overlapping, trimmed spans that cover every
/// non-whitespace byte and never cut inside a word; plus the length limits.
struct SpanInvariantTests {
    /// Marks the bytes of whitespace characters (ASCII and Unicode, as the segmenter defines them).
    static func whitespaceMask(_ bytes: [UInt8]) -> [Bool] {
        var mask = [Bool](repeating: false, count: bytes.count)
        bytes.withUnsafeBufferPointer { p in
            var k = 0
            while k < p.count {
                let w = UTF8Classes.whitespaceLength(p, k)
                if w == 0 { k += 1; continue }
                for j in k..<k + w { mask[j] = true }
                k += w
            }
        }
        return mask
    }

    /// Verifies the invariants of `spans` for `text`.
    static func checkInvariants(_ text: String, _ spans: [Range<Int>], sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = Array(text.utf8)
        let space = whitespaceMask(bytes)
        var previousEnd = 0
        var covered = [Bool](repeating: false, count: bytes.count)
        for s in spans {
            #expect(s.lowerBound >= previousEnd && s.lowerBound < s.upperBound && s.upperBound <= bytes.count,
                    sourceLocation: sourceLocation)
            #expect(!space[s.lowerBound] && !space[s.upperBound - 1],
                    "untrimmed span \(s)", sourceLocation: sourceLocation)
            // Never inside a word: the bytes around a span edge are not both letters/digits.
            if s.lowerBound > 0 {
                #expect(!(UTF8Classes.isWordByte(bytes[s.lowerBound - 1]) && UTF8Classes.isWordByte(bytes[s.lowerBound])),
                        "cut inside a word at \(s.lowerBound)", sourceLocation: sourceLocation)
            }
            for k in s { covered[k] = true }
            previousEnd = s.upperBound
        }
        for k in bytes.indices where !space[k] {
            #expect(covered[k], "byte \(k) not covered", sourceLocation: sourceLocation)
            if !covered[k] { break }
        }
    }

    @Test func seedsKeepInvariants() throws {
        let segmenter = SentenceSegmenter()
        for text in try SeedTests.seedTexts() {
            SpanInvariantTests.checkInvariants(text, segmenter.segment(text))
        }
    }

    @Test func hardCasesKeepInvariants() {
        let segmenter = SentenceSegmenter()
        for c in englishHardCases { SpanInvariantTests.checkInvariants(c.text, segmenter.segment(c.text)) }
    }

    @Test func pseudoRandomPunctuationSoupKeepsInvariants() {
        // Deterministic generator over tricky fragments, including edge cases at the text ends.
        let pieces = ["U.S.", "Mr.", "...", ". . .", "?!", "\"", "”", "(", ")", "[3]", " ", "\n", "\n\n", "a", "The",
                      "8.8", "e.g.", "é", "Ж.", "…", ":)", "http://x.y/z.", "5 p.m.", "Inc.", "!", "?", ".", "—", "•"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let segmenter = SentenceSegmenter(maxSentenceBytes: 40, minSentenceBytes: 3)
        let plain = SentenceSegmenter()
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<(Int(state % 40) + 1) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
                if state & 1 == 0 { text += " " }
            }
            SpanInvariantTests.checkInvariants(text, plain.segment(text))
            SpanInvariantTests.checkInvariants(text, segmenter.segment(text))
        }
    }

    @Test func emptyAndWhitespaceOnly() {
        let s = SentenceSegmenter()
        #expect(s.segment("").isEmpty)
        #expect(s.segment("  \n\n \t ").isEmpty)
        #expect(s.segment(" Hi. ") == [1..<4])
    }

    @Test func unicodeWhitespaceIsTrimmed() {
        let text = "\u{00A0}First one.\u{2003}Second one.\u{3000}"
        let got = SentenceSegmenter().sentences(text).map(String.init)
        #expect(got == ["First one.", "Second one."])
    }

    @Test func offsetsAreUTF8Bytes() {
        let text = "Ça va. Über alles."
        let spans = SentenceSegmenter().segment(text)
        #expect(spans == [0..<7, 8..<20])
    }

    @Test func bufferAPIMatchesStringAPI() {
        let text = "He left at 5 p.m. The door closed. “Why?” she asked."
        let s = SentenceSegmenter()
        let viaBuffer = Array(text.utf8).withUnsafeBufferPointer { s.segment(utf8: $0) }
        #expect(viaBuffer == s.segment(text))
        #expect(viaBuffer.count == 3)
    }

    @Test func maxSentenceBytesSplitsAtSafePoints() {
        let long = "The committee, which met on Tuesday in the capital, discussed the budget; it also reviewed "
            + "the plans for the new bridge, the tunnel and the harbour, and it adjourned late."
        let s = SentenceSegmenter(maxSentenceBytes: 60)
        let spans = s.segment(long)
        #expect(spans.count >= 3)
        for r in spans { #expect(r.count <= 60) }
        SpanInvariantTests.checkInvariants(long, spans)
        let first = s.sentences(long).first.map(String.init)
        #expect(first?.hasSuffix(",") == true || first?.hasSuffix(";") == true)
    }

    @Test func maxSentenceBytesNeverCutsAWord() {
        let word = String(repeating: "x", count: 50)
        let text = "Short. \(word) tail"
        let spans = SentenceSegmenter(maxSentenceBytes: 10).segment(text)
        #expect(spans.map { $0.count }.contains(50))
        SpanInvariantTests.checkInvariants(text, spans)
    }

    @Test func minSentenceBytesMergesFragments() {
        let text = "Yes. We agreed on the plan. OK. Then we left the building."
        let merged = SentenceSegmenter(minSentenceBytes: 5).sentences(text).map(String.init)
        #expect(merged == ["Yes. We agreed on the plan. OK.", "Then we left the building."])
        #expect(SentenceSegmenter().sentences(text).count == 4)
    }

    @Test func supportedLanguages() {
        let langs = SentenceSegmenter.supportedLanguages
        for code in ["en", "de", "fr", "es", "ru"] { #expect(langs.contains(code)) }
        #expect(SentenceSegmenter(language: "en-GB").language == "en")
        #expect(SentenceSegmenter(language: "xx").language == "en")
    }

    @Test func extraAbbreviations() {
        let text = "The firm moved to Bldgx. Rivera Street later."
        #expect(SentenceSegmenter().sentences(text).count == 2)
        #expect(SentenceSegmenter(extraAbbreviations: ["Bldgx."]).sentences(text).count == 1)
    }
}
