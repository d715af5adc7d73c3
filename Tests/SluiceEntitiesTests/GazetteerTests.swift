import Foundation
import Testing
@testable import SluiceEntities

struct GazetteerTests {
    @Test func matchesLongestEntryCaseAware() {
        var g = Gazetteer()
        g.add(surface: "NATO", label: .org, source: "t")
        g.add(surface: "US", label: .loc, canonical: "United States", source: "t")
        g.add(surface: "New York", label: .loc, source: "t")
        g.add(surface: "New York Times", label: .org, source: "t")
        let text = "Nato and NATO but not nato; the New York Times in New York told us and US."
        let found = g.matches(in: text).map { ($0.text(in: text), $0.label) }
        #expect(found.map(\.0) == ["Nato", "NATO", "New York Times", "New York", "US"])
        #expect(found.map(\.1) == [.org, .org, .org, .loc, .loc])
    }

    @Test func loadsTSVAndYAML() throws {
        var g = Gazetteer()
        try g.load(tsv: "# comment\nSergey Lavrov\tPER\tSergei Lavrov\nAcme Widgets\tORG\n", source: "user.tsv")
        try g.load(yaml: "PERSON:\n  - Putin: Vladimir Putin\n  - \"Jane Doe\"\nLOC:\n  - Atlantis\n", source: "user.yaml")
        let text = "Sergey Lavrov met Putin and Jane Doe of Acme Widgets in Atlantis."
        let found = g.matches(in: text)
        #expect(found.map { $0.canonical } == ["Sergei Lavrov", "Vladimir Putin", "Jane Doe", "Acme Widgets", "Atlantis"])
        #expect(found.map(\.label) == [.person, .person, .person, .org, .loc])
        #expect(found.first?.source == "user.tsv")
    }

    @Test func rejectsBadLines() {
        var g = Gazetteer()
        #expect(throws: GazetteerError.self) { try g.load(tsv: "Foo\tNOTALABEL\n", source: "x.tsv") }
        #expect(throws: GazetteerError.self) { try g.load(tsv: "just one field\n", source: "x.tsv") }
        #expect(throws: GazetteerError.self) { try g.load(yaml: "- orphan\n", source: "x.yaml") }
    }

    @Test func builtInCoversCountriesCitiesAndOrganizations() {
        let text = "Kazakhstan, Tehran, Alaska, the Collective Security Treaty Organization and Russians."
        let found = Gazetteer.builtIn.matches(in: text).map { ($0.text(in: text), $0.label) }
        #expect(found.contains { $0 == ("Kazakhstan", .loc) })
        #expect(found.contains { $0 == ("Tehran", .loc) })
        #expect(found.contains { $0 == ("Alaska", .loc) })
        #expect(found.contains { $0 == ("Collective Security Treaty Organization", .org) })
        #expect(found.contains { $0 == ("Russians", .norp) })
        #expect(Gazetteer.builtIn.count > 1000)
    }

    @Test func scalesToManyEntries() {
        var g = Gazetteer()
        for i in 0..<50_000 { g.add(surface: "Name\(i) Corp", label: .org, source: "bulk") }
        let text = "We met Name49999 Corp and Name7 Corp, not Name7."
        #expect(g.count == 50_000)
        #expect(g.matches(in: text).map { $0.text(in: text) } == ["Name49999 Corp", "Name7 Corp"])
    }
}
