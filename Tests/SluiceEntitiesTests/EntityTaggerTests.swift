import Foundation
import Testing
@testable import SluiceEntities

struct EntityTaggerTests {
    /// The stage tallies mentions by `EntityLabel.index`: every label needs its own slot in `0..<allCases.count`.
    @Test func labelIndicesAreDistinctSlots() {
        #expect(Set(EntityLabel.allCases.map(\.index)) == Set(0..<EntityLabel.allCases.count))
    }

    let tagger: EntityTagger

    init() throws {
        tagger = try EntityTagger()
    }

    @Test func titleCuesAndSuffixes() {
        let text = "Foreign Minister Jane Okonkwo visited the Ministry of Finance and the Zorblax Holdings Council near Lake Vyrn."
        let t = TestSupport.triples(tagger, text)
        #expect(t.contains { $0.0 == "Jane Okonkwo" && $0.1 == .person })
        #expect(t.contains { $0.0 == "the Ministry of Finance" && $0.1 == .org })
        #expect(t.contains { $0.0 == "the Zorblax Holdings Council" && $0.1 == .org })
        #expect(t.contains { $0.0 == "Lake Vyrn" && $0.1 == .loc })
    }

    @Test func documentConsistencyLinksSurnames() {
        let text = "Mr. Tomas Ederle spoke first. Ederle then left.\nEderle\nLater, Ederle returned."
        let people = tagger.tag(text).filter { $0.label == .person }
        #expect(people.count == 4)
        #expect(people.allSatisfy { $0.canonical == "Tomas Ederle" })
        let off = try? EntityTagger(config: EntityTaggerConfig(consistency: false))
        // Without consistency only the title-cued mention is a person.
        #expect(off.map { $0.tag(text).filter { $0.label == .person }.count } == 1)
    }

    @Test func sentenceInitialCommonWordsAreNotNames() {
        let text = "Advertisement\nAnalysis | Europe\nThe talks ended. Historic levels were reached."
        let t = TestSupport.triples(tagger, text)
        #expect(t.map(\.0) == ["Europe"])
    }

    @Test func offsetsAreUTF8Bytes() {
        let text = "Café owner Émile met President Vladimir Putin."
        let m = tagger.tag(text).first { $0.label == .person && $0.canonical == "Vladimir Putin" }
        #expect(m?.start == Array(text.utf8).count - "Vladimir Putin.".utf8.count)
        #expect(m.map { $0.text(in: text) } == "Vladimir Putin")
    }

    @Test func labelFilterAndUserGazetteer() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-entities-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("g.tsv").path
        try "Qwertia\tLOC\tRepublic of Qwertia\n".write(toFile: path, atomically: true, encoding: .utf8)
        let custom = try EntityTagger(config: EntityTaggerConfig(labels: [.loc], gazetteerPaths: [path]))
        let text = "Putin flew to Qwertia on July 19."
        let m = custom.tag(text)
        #expect(m.map(\.label) == [.loc])
        #expect(m.first?.canonical == "Republic of Qwertia")
        #expect(m.first?.source == "gazetteer:" + path)
        #expect(throws: GazetteerError.self) { try EntityTagger(config: EntityTaggerConfig(gazetteerPaths: [dir.path + "/missing.tsv"])) }
    }

    @Test func givenSentenceRangesAreUsed() {
        // "Smith" starts a sentence only by the given ranges (no period before it).
        let text = "notes from the meeting Smith agreed"
        let heuristic = tagger.tag(text)
        let ranged = tagger.tag(text, sentences: [0..<22, 23..<text.utf8.count])
        #expect(heuristic.contains { $0.text(in: text) == "Smith" })
        #expect(!ranged.contains { $0.text(in: text) == "Smith" })
    }
}
