import Foundation
import Testing
@testable import SluiceDedup

struct DedupIndexTests {
    let dedup = Deduplicator(DedupConfig())

    func corpus() throws -> [(String, String)] {
        let seeds = try seedTexts()
        // Originals, an exact copy with different spacing/case, near duplicates with ~4 % and ~7 % edits.
        return [
            ("a", seeds[0]), ("b", seeds[1]), ("c", seeds[2]),
            ("a-copy", seeds[0].uppercased().replacingOccurrences(of: " ", with: "  ")),
            ("b-near", edit(seeds[1], every: 25)), ("c-near", edit(seeds[2], every: 14)),
            ("d", seeds[3]), ("e", seeds[4]),
        ]
    }

    @Test func streamingDecisionsKeepFirstAndFindExactAndNear() throws {
        let index = DedupIndex(config: DedupConfig())
        let docs = try corpus()
        let decisions = docs.map { index.decide(dedup.signature(of: $0.1), documentID: $0.0) }
        let byID = Dictionary(uniqueKeysWithValues: zip(docs.map(\.0), decisions))
        #expect(byID["a"] == .unique(cluster: "a"))
        #expect(byID["d"] == .unique(cluster: "d"))
        #expect(byID["e"] == .unique(cluster: "e"))
        #expect(byID["a-copy"] == .duplicate(of: "a", cluster: "a", similarity: 1, kind: .exact))
        for (id, parent) in [("b-near", "b"), ("c-near", "c")] {
            guard case .duplicate(let of, let cluster, let sim, let kind)? = byID[id] else {
                Issue.record("\(id) not found as duplicate: \(String(describing: byID[id]))")
                continue
            }
            #expect(of == parent && cluster == parent && kind == .near)
            #expect(sim >= 0.5 && sim < 1)
        }
        #expect(index.documentCount == docs.count)
        #expect(index.signatureCount == docs.count - 1)
        #expect(index.bytesPerDocument > 0 && index.bytesPerDocument < 4096)
    }

    @Test func exactOnlyMethodIgnoresNearDuplicates() throws {
        let config = DedupConfig(method: .exact)
        let d = Deduplicator(config)
        let index = DedupIndex(config: config)
        let docs = try corpus()
        let dups = docs.filter { index.decide(d.signature(of: $0.1), documentID: $0.0).isDuplicate }.map(\.0)
        #expect(dups == ["a-copy"])
        #expect(d.signature(of: "x").minHashes.isEmpty)
    }

    @Test func keepLongestNeedsResolve() throws {
        let seeds = try seedTexts()
        let config = DedupConfig(keep: .longest)
        let index = DedupIndex(config: config)
        let short = String(seeds[0].dropLast(200))
        index.observe(dedup.signature(of: short), documentID: "short")
        index.observe(dedup.signature(of: seeds[1]), documentID: "other")
        index.observe(dedup.signature(of: seeds[0]), documentID: "long")
        let r = index.resolve()
        #expect(r[1] == .unique(cluster: "other"))
        #expect(r[2] == .unique(cluster: "short"))
        #expect(r[0].duplicateOf == "long" && r[0].cluster == "short")
    }

    @Test func resolveJoinsClustersThatStreamingDecidedSeparately() throws {
        let seeds = try seedTexts()
        // Two edits of one text may miss each other; the original arriving last joins them.
        let x = edit(seeds[2], every: 12), y = edit(String(seeds[2].dropFirst(40)), every: 9)
        let sx = dedup.signature(of: x), sy = dedup.signature(of: y), so = dedup.signature(of: seeds[2])
        let apart = sx.estimatedJaccard(with: sy)
        let close = min(sx.estimatedJaccard(with: so), sy.estimatedJaccard(with: so))
        try #require(apart + 0.1 < close, "edits too similar for this test: \(apart) vs \(close)")
        let index = DedupIndex(config: DedupConfig(threshold: (apart + close) / 2))
        let first = index.decide(sx, documentID: "x")
        #expect(index.decide(sy, documentID: "y") == .unique(cluster: "y"))
        #expect(index.decide(so, documentID: "orig").duplicateOf == "x")
        #expect(first == .unique(cluster: "x"))
        let r = index.resolve()
        #expect(r.map(\.cluster) == ["x", "x", "x"])
        #expect(r[0] == .unique(cluster: "x"))
    }

    @Test func saveLoadContinuesLikeOneRun() throws {
        let docs = try corpus()
        let whole = DedupIndex(config: DedupConfig())
        let all = docs.map { whole.decide(dedup.signature(of: $0.1), documentID: $0.0) }
        let first = DedupIndex(config: DedupConfig())
        var inc = docs[0..<3].map { first.decide(dedup.signature(of: $0.1), documentID: $0.0) }
        let path = NSTemporaryDirectory() + "sluice-dedup-test-\(UInt32.random(in: 0...UInt32.max)).idx"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try first.save(to: path)
        let loaded = try DedupIndex.load(from: path, config: DedupConfig(threshold: 0.5))
        #expect(loaded.documentCount == 3 && loaded.documentID(at: 2) == "c")
        inc += docs[3...].map { loaded.decide(dedup.signature(of: $0.1), documentID: $0.0) }
        #expect(inc == all)
        #expect(throws: DedupIndexError.self) { try DedupIndex.load(from: path, config: DedupConfig(shingleSize: 5)) }
        try Data("not an index".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: DedupIndexError.self) { try DedupIndex.load(from: path, config: DedupConfig()) }
    }

    @Test func mergeOfShardsEqualsSequentialIndex() throws {
        let docs = try corpus()
        let whole = DedupIndex(config: DedupConfig())
        for (id, text) in docs { whole.observe(dedup.signature(of: text), documentID: id) }
        let shardA = DedupIndex(config: DedupConfig()), shardB = DedupIndex(config: DedupConfig())
        for (id, text) in docs[0..<4] { shardA.observe(dedup.signature(of: text), documentID: id) }
        for (id, text) in docs[4...] { shardB.observe(dedup.signature(of: text), documentID: id) }
        #expect(shardB.resolve().allSatisfy { !$0.isDuplicate })
        let corrected = try shardA.merge(shardB)
        #expect(corrected.map(\.isDuplicate) == [true, true, false, false])
        #expect(shardA.resolve() == whole.resolve())
        #expect(throws: DedupIndexError.self) { try shardA.merge(DedupIndex(config: DedupConfig(seed: 1))) }
    }

    @Test func exactConfirmationUsesShingleSets() throws {
        let config = DedupConfig(confirmation: .exact)
        let d = Deduplicator(config)
        let seeds = try seedTexts()
        let sig = d.signature(of: seeds[1])
        #expect(!sig.shingleHashes.isEmpty && sig.shingleHashes == sig.shingleHashes.sorted())
        let index = DedupIndex(config: config)
        _ = index.decide(sig, documentID: "b")
        let near = edit(seeds[1], every: 25)
        guard case .duplicate(_, _, let sim, .near) = index.decide(d.signature(of: near), documentID: "n") else {
            Issue.record("near duplicate not found")
            return
        }
        let ref = referenceJaccard(seeds[1], near, n: 3)
        #expect(abs(sim - ref) < 0.03, "exact confirm \(sim) vs reference \(ref)")
    }

    @Test func emptyAndTinyDocuments() {
        let index = DedupIndex(config: DedupConfig())
        #expect(index.decide(dedup.signature(of: ""), documentID: "e1") == .unique(cluster: "e1"))
        #expect(index.decide(dedup.signature(of: " !! "), documentID: "e2").duplicateOf == "e1")
        #expect(index.decide(dedup.signature(of: "two words"), documentID: "t") == .unique(cluster: "t"))
        #expect(index.decide(dedup.signature(of: "Two words."), documentID: "t2").duplicateOf == "t")
    }

    @Test func characterShingles() throws {
        let config = DedupConfig(shingleUnit: .character, shingleSize: 5)
        let d = Deduplicator(config)
        let seeds = try seedTexts()
        let index = DedupIndex(config: config)
        _ = index.decide(d.signature(of: seeds[3]), documentID: "o")
        #expect(index.decide(d.signature(of: edit(seeds[3], every: 30)), documentID: "n").duplicateOf == "o")
        #expect(!index.decide(d.signature(of: seeds[4]), documentID: "x").isDuplicate)
    }
}

struct ConfirmationTests {
    @Test func withoutConfirmationEveryLSHCandidateIsADuplicate() {
        let base = (0..<120).map { "word\($0)" }
        var edited = base
        for i in stride(from: 0, to: 120, by: 6) { edited[i] = "changed\(i)" }  // word 3-gram Jaccard well below 0.95
        func decide(_ confirmation: DedupConfig.Confirmation) -> DedupDecision {
            let config = DedupConfig(method: .minhash, threshold: 0.95, confirmation: confirmation)
            let dedup = Deduplicator(config)
            let index = DedupIndex(config: config)
            _ = index.decide(dedup.signature(of: base.joined(separator: " ")), documentID: "a")
            return index.decide(dedup.signature(of: edited.joined(separator: " ")), documentID: "b")
        }
        #expect(!decide(.estimated).isDuplicate)
        #expect(decide(.none).isDuplicate)
    }
}
