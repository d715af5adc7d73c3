import Foundation
import Testing
@testable import SluiceBoilerplate

struct CorpusLineCounterTests {
    /// Spells a number with letters (corpus keys ignore digits).
    private func word(_ n: Int) -> String {
        String(String(n).map { Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(String($0))!)) }) + "x"
    }

    /// A distinct article body of a few sentences built from `seed`.
    private func article(_ seed: Int) -> String {
        let nouns = ["council", "river", "festival", "budget", "school", "harbour", "orchestra", "railway",
                     "museum", "factory", "library", "bridge", "hospital", "market", "stadium", "airport"]
        var lines: [String] = []
        for s in 0..<4 {
            let a = nouns[(seed * 7 + s) % nouns.count], b = nouns[(seed * 3 + s * 5 + 1) % nouns.count]
            lines.append("The \(a) near the \(b) reported \(word(seed * 31 + s)) on \(word(s)) of the \(word(seed)) review.")
        }
        return lines.joined(separator: "\n")
    }

    @Test func sharedFooterIsFlaggedButDuplicatedArticleIsNot() {
        var counter = CorpusLineCounter(width: 1 << 12, depth: 4, maxCandidates: 1_000)
        for i in 0..<40 {
            counter.observe(text: article(i) + "\nThe views in this column are the author's own, not the paper's.\n", group: "example.com")
        }
        // One article copied 15 times (exact duplicates share the signature).
        let dup = article(1_000)
        for _ in 0..<15 { counter.observe(text: dup, group: "example.com") }
        let stats = counter.finalize(minDocuments: 8, minDistinctDocuments: 6)
        #expect(stats.documentCount(line: "The views in this column are the author's own, not the paper's.", group: "example.com") != nil)
        #expect(stats.documentCount(line: "The views in this column are the author's own, not the paper's.", group: "other.org") == nil)
        let dupLine = String(dup.split(separator: "\n")[0])
        #expect(stats.documentCount(line: dupLine, group: "example.com") == nil)

        let classifier = BoilerplateClassifier()
        let doc = article(7) + "\nThe views in this column are the author's own, not the paper's.\n"
        let removals = classifier.classifyPlainText(doc, frequentLines: stats, group: "example.com")
        #expect(removals.map(\.rule) == [BoilerplateRule.corpusRepeated])
        #expect(classifier.classifyPlainText(doc, frequentLines: stats, group: "other.org").isEmpty)
    }

    @Test func mergeEqualsSinglePass() {
        var whole = CorpusLineCounter(width: 1 << 12, depth: 4)
        var a = CorpusLineCounter(width: 1 << 12, depth: 4)
        var b = CorpusLineCounter(width: 1 << 12, depth: 4)
        for i in 0..<30 {
            let text = article(i) + "\nSubscribe for more stories like this one every week"
            whole.observe(text: text)
            if i % 2 == 0 { a.observe(text: text) } else { b.observe(text: text) }
        }
        a.merge(b)
        #expect(a.documentsObserved == 30)
        let s1 = whole.finalize(minDocuments: 10, minDistinctDocuments: 6)
        let s2 = a.finalize(minDocuments: 10, minDistinctDocuments: 6)
        #expect(s1.flaggedLineCount == 1)
        #expect(s2.flaggedLineCount == 1)
    }

    @Test func candidateTableIsCapped() {
        var counter = CorpusLineCounter(width: 1 << 10, depth: 2, maxCandidates: 5, candidateMinCount: 1)
        for i in 0..<20 { counter.observe(text: article(i)) }
        #expect(counter.candidateCount <= 5)
        #expect(counter.droppedCandidates > 0)
    }

    @Test func countMinSketchNeverUndercounts() {
        var sketch = CountMinSketch(width: 64, depth: 3)
        var truth: [UInt64: UInt32] = [:]
        for i in 0..<2_000 {
            let key = UInt64(i % 150) &* 0x9E37_79B9
            sketch.increment(key)
            truth[key, default: 0] += 1
        }
        for (k, v) in truth { #expect(sketch.estimate(k) >= v) }
    }
}
