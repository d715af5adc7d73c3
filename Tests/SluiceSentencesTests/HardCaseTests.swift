import Foundation
import Testing
@testable import SluiceSentences

struct HardCaseTests {
    static let segmenter = SentenceSegmenter(language: "en")

    @Test("at least 60 hard cases are in the table")
    func tableSize() {
        #expect(englishHardCases.count >= 60)
    }

    @Test(arguments: englishHardCases)
    func hardCase(_ c: HardCase) {
        let got = HardCaseTests.segmenter.sentences(c.text).map(String.init)
        #expect(got == c.expected)
    }
}
