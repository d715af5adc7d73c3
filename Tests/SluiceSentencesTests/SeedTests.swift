import Foundation
import Testing
@testable import SluiceSentences

/// Checks tricky sentences from the project's seed articles (`/work/shared/seeds`).
struct SeedTests {
    /// `<repo>/../shared/seeds`, computed from this file's path.
    static let seedsDirectory: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent()      // SluiceSentencesTests
        .deletingLastPathComponent()      // Tests
        .deletingLastPathComponent()      // repo root
        .appendingPathComponent("../shared/seeds")
        .standardizedFileURL

    static func seedTexts() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: seedsDirectory.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { try String(contentsOf: seedsDirectory.appendingPathComponent($0), encoding: .utf8) }
    }

    static func allSentences() throws -> [String] {
        let segmenter = SentenceSegmenter()
        return try seedTexts().flatMap { segmenter.sentences($0).map(String.init) }
    }

    @Test func seedsAreAvailable() throws {
        #expect(try SeedTests.seedTexts().count == 5)
    }

    @Test(arguments: [
        // U.S. before a capitalised noun, Oct. 19, 2023 and a parenthesised photo credit
        "The USS Carney intercepts Houthi missiles in the Red Sea on Oct. 19, 2023.",
        "(U.S. Navy photo by Mass Communication Specialist 2nd Class Aaron Lau/ Public domain)",
        "The much-anticipated meeting between U.S. Secretary of State Antony Blinken and his Russian counterpart Sergei Lavrov has been canceled by the Americans, according to reports.",
        // initial inside a name, date at the end
        "Secretary of State Antony J. Blinken gives opening remarks at NATO in Brussels, Belgium on March 23, 2021.",
        // quotation ending the paragraph
        "\"I consulted with our allies and partners — all agree.\"",
        // bullet line with a decimal number
        "- Massive 8.8 earthquake hits off the coast of Russia's Kamchatka Peninsula, prompting Japan to issue a tsunami alert.",
        // headline lines without a full stop
        "Blinken cancels meeting with Lavrov, citing Russian 'invasion'",
        "Putin's Track Record",
    ])
    func seedSentence(_ expected: String) throws {
        #expect(try SeedTests.allSentences().contains(expected))
    }

    @Test func washingtonDCStaysInItsSentence() throws {
        let hit = try SeedTests.allSentences().first { $0.hasPrefix("For much of the Washington D.C. foreign policy") }
        #expect(hit != nil)
        #expect(hit?.hasSuffix(".") == true)
    }

    @Test func noSentenceStartsWithLowercaseContinuation() throws {
        // Every seed sentence that starts with a lowercase ASCII letter would be a false split
        // (the seeds are edited news text).
        let bad = try SeedTests.allSentences().filter { s in
            guard let f = s.utf8.first else { return false }
            return f >= 0x61 && f <= 0x7A && !s.hasPrefix("keep reading")
        }
        #expect(bad.isEmpty, "\(bad)")
    }
}
