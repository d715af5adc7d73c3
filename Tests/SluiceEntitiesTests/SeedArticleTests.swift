import Foundation
import Testing
@testable import SluiceEntities

/// The default tagger on the five real news articles in the shared seeds.
struct SeedArticleTests {
    let tagger: EntityTagger
    let mentions: [(text: String, label: EntityLabel, canonical: String?)]

    init() throws {
        tagger = try EntityTagger()
        var all: [(String, EntityLabel, String?)] = []
        for text in try TestSupport.seeds() { all += TestSupport.triples(tagger, text) }
        mentions = all
    }

    private func has(_ text: String, _ label: EntityLabel, canonical: String? = nil) -> Bool {
        mentions.contains { $0.text == text && $0.label == label && (canonical == nil || $0.canonical == canonical) }
    }

    @Test func findsPeopleWithCanonicalNames() {
        #expect(has("Vladimir Putin", .person, canonical: "Vladimir Putin"))
        #expect(has("Putin", .person, canonical: "Vladimir Putin"))
        #expect(has("Sergei Lavrov", .person, canonical: "Sergei Lavrov"))
        #expect(has("Sergey Lavrov", .person, canonical: "Sergei Lavrov"))
        #expect(has("Lavrov", .person, canonical: "Sergei Lavrov"))
        #expect(has("Antony Blinken", .person, canonical: "Antony Blinken"))
        #expect(has("Recep Tayyip Erdogan", .person))
        #expect(has("Ebrahim Raisi", .person))
        #expect(has("Volodymyr Zelensky", .person))
        #expect(has("Alexei Navalny", .person))
    }

    @Test func findsPlaces() {
        for place in ["Russia", "Ukraine", "Tehran", "Kazakhstan", "Alaska", "Kamchatka Peninsula"] {
            #expect(has(place, .loc), "\(place)")
        }
    }

    @Test func findsOrganizations() {
        #expect(has("Nato", .org, canonical: "NATO"))
        #expect(has("NATO", .org, canonical: "NATO"))
        #expect(has("the International Criminal Court", .org))
        #expect(has("BRICS", .org))
        #expect(has("State Department", .org, canonical: "U.S. Department of State"))
        #expect(has("the Collective Security Treaty Organization", .org))
    }

    @Test func findsValues() {
        #expect(has("July 19", .date))
        #expect(has("October 2022", .date))
        #expect(has("August 6, 1945", .date))
        #expect(has("15 kilotons", .quantity))
        #expect(mentions.contains { $0.text == "66,000 people" && ($0.label == .cardinal || $0.label == .quantity) })
    }

    @Test func doesNotTagInterfaceWords() {
        for word in ["Advertisement", "Analysis", "Newsletter", "LATEST", "Subscribe", "Follow"] {
            #expect(!mentions.contains { $0.text.hasPrefix(word) }, "\(word)")
        }
    }
}
