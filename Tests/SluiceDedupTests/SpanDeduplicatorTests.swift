import Foundation
import Testing
@testable import SluiceDedup

struct SpanDeduplicatorTests {
    let long1 = "The committee published its annual report on regional transport funding today."
    let long2 = "Subscribe to our newsletter to get the latest updates delivered every morning."

    @Test func removesLinesSeenInEarlierDocumentsAndCollapsesRepeats() {
        let spans = SpanDeduplicator()
        let index = SpanIndex()
        let doc1 = "Headline one\n\(long1)\n\(long2)\nShort\nShort\n"
        let doc2 = "Headline two\n\(long2)\nA fresh paragraph that nobody has written before in this corpus.\n"
        let r1 = index.process(spans.signature(of: doc1))
        #expect(SpanIndex.removing(r1, from: doc1) == "Headline one\n\(long1)\n\(long2)\nShort\n")
        let r2 = index.process(spans.signature(of: doc2))
        #expect(SpanIndex.removing(r2, from: doc2) == "Headline two\nA fresh paragraph that nobody has written before in this corpus.\n")
        #expect(r2 == [13..<(13 + long2.utf8.count + 1)])
        #expect(index.spanCount == 3)
    }

    @Test func normalizationMakesCaseAndSpacingIrrelevant() {
        let spans = SpanDeduplicator()
        let index = SpanIndex()
        _ = index.process(spans.signature(of: long1))
        let variant = "x\n  " + long1.uppercased().replacingOccurrences(of: " ", with: "   ") + "  \ny"
        let removed = SpanIndex.removing(index.process(spans.signature(of: variant)), from: variant)
        #expect(removed == "x\ny")
    }

    @Test func segmentationCoversTheText() {
        let text = "Mr. Smith said \"Hi!\" Then left. Why? Because.\nNext line (yes.) ok\n\n\nPara two.\nstill two\n\nThree"
        let d = SpanDeduplicator()
        var t = text
        for unit in [SpanDedupConfig.Unit.line, .paragraph, .sentence] {
            let segs = t.withUTF8 { d.segments($0, unit: unit) }
            #expect(segs.first?.lowerBound == 0 && segs.last?.upperBound == text.utf8.count)
            #expect(zip(segs, segs.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        }
        let paras = t.withUTF8 { d.segments($0, unit: .paragraph) }
        #expect(paras.count == 3)
        let sentences = t.withUTF8 { d.segments($0, unit: .sentence) }
        let bytes = Array(text.utf8)
        let strings = sentences.map { String(decoding: bytes[$0], as: UTF8.self) }
        #expect(strings.prefix(4) == ["Mr. ", "Smith said \"Hi!\" ", "Then left. ", "Why? "])
    }

    @Test func sentenceUnitRemovesRepeatedSentencesOnly() {
        let config = SpanDedupConfig(unit: .sentence, minLength: 20, collapseRepeatedLines: false)
        let spans = SpanDeduplicator(config)
        let index = SpanIndex(config: config)
        _ = index.process(spans.signature(of: "Prices rose sharply in the third quarter. Analysts were surprised."))
        let doc = "Markets opened flat. Prices rose sharply in the third quarter. Nothing else happened today."
        let out = SpanIndex.removing(index.process(spans.signature(of: doc)), from: doc)
        #expect(out == "Markets opened flat. Nothing else happened today.")
    }

    @Test func shortSpansAreKeptAcrossDocuments() {
        let spans = SpanDeduplicator()
        let index = SpanIndex()
        _ = index.process(spans.signature(of: "Advertisement\nbody one\n"))
        #expect(index.process(spans.signature(of: "Advertisement\nbody two\n")).isEmpty)
    }
}
