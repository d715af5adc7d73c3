import Foundation
import Testing
@testable import SluiceEntities

struct ValueRecognizerTests {
    let tagger: EntityTagger

    init() throws {
        tagger = try EntityTagger(config: EntityTaggerConfig(labels: [.date, .time, .money, .percent, .quantity, .cardinal]))
    }

    private func found(_ text: String) -> [String: EntityLabel] {
        var out: [String: EntityLabel] = [:]
        for m in tagger.tag(text) { out[m.text(in: text)] = m.label }
        return out
    }

    @Test func dates() {
        let f = found("""
            They met on July 19 and in October 2022. On Aug. 6, 1945 the bomb fell. In the 1960s and the 19th century, \
            in 508 BC, on Friday, May 8, 2009, the following month, the past 35 years, five years ago, summer of 2012.
            """)
        for d in ["July 19", "October 2022", "Aug. 6, 1945", "1960s", "19th century", "508 BC", "Friday, May 8, 2009",
                  "the following month", "the past 35 years", "five years ago", "summer of 2012"] {
            #expect(f[d] == .date, "\(d)")
        }
    }

    @Test func notDates() {
        let f = found("You may go. We march on. 1500 meters away.")
        #expect(f["may"] == nil && f["May"] == nil)
        #expect(f["1500 meters"] == .quantity)
    }

    @Test func amountsAndTimes() {
        let f = found("It cost $5 million, up 12% or 3 percent, at 10:30 a.m.; 15 kilotons killed 66,000 people.")
        #expect(f["$5 million"] == .money)
        #expect(f["12%"] == .percent)
        #expect(f["3 percent"] == .percent)
        #expect(f["10:30 a.m."] == .time)
        #expect(f["15 kilotons"] == .quantity)
        #expect(f["66,000 people"] == .cardinal)
    }
}
