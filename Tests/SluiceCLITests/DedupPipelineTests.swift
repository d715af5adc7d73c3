import Foundation
import SluiceCore
import Testing

struct DedupPipelineTests {
    /// A corpus with exact and near copies, split in two halves.
    func corpus(_ dir: String) -> (all: String, a: String, b: String) {
        var gen = TextGenerator(state: 7)
        var docs: [String] = []
        for i in 0..<600 {
            var text = gen.document()
            if i % 5 == 2 { text = docs[Int(gen.next() % UInt64(docs.count))] }
            if i % 9 == 4 { text = docs[Int(gen.next() % UInt64(docs.count))] + " " + gen.sentence() }
            docs.append(text)
        }
        func jsonl(_ range: Range<Int>) -> String {
            range.map { i in
                String(decoding: try! JSONSerialization.data(withJSONObject: ["id": "d\(i)", "text": docs[i]], options: [.sortedKeys]), as: UTF8.self)
            }.joined(separator: "\n") + "\n"
        }
        write(jsonl(0..<600), to: dir + "/all.jsonl")
        write(jsonl(0..<300), to: dir + "/a.jsonl")
        write(jsonl(300..<600), to: dir + "/b.jsonl")
        return (dir + "/all.jsonl", dir + "/a.jsonl", dir + "/b.jsonl")
    }

    func kept(_ path: String) throws -> [String] {
        try readJSONLines(path).map { $0["id"] as! String }
    }

    @Test func incrementalRunsWithASavedIndexKeepWhatOneRunKeeps() throws {
        let dir = scratchDirectory()
        let c = corpus(dir)
        let once = try runPipeline("""
            input: \(c.all)
            output: once
            stages: [dedup, {export: {path: kept.jsonl, fields: [id]}}]
            """, in: dir)
        #expect(once.statistics.droppedDocuments > 100)
        let first = try runPipeline("""
            input: \(c.a)
            output: first
            stages: [{dedup: {index_out: index.bin}}, {export: {path: kept.jsonl, fields: [id]}}]
            """, in: dir)
        #expect(first.status == .completed)
        let second = try runPipeline("""
            input: \(c.b)
            output: second
            stages: [{dedup: {index_in: first/index.bin}}, {export: {path: kept.jsonl, fields: [id]}}]
            """, in: dir)
        #expect(second.status == .completed)
        let incremental = try kept(dir + "/first/kept.jsonl") + kept(dir + "/second/kept.jsonl")
        #expect(incremental == (try kept(dir + "/once/kept.jsonl")))
    }

    @Test func duplicatesCarryTheirClusterAndTheDocumentTheyDuplicate() throws {
        let dir = scratchDirectory()
        let c = corpus(dir)
        _ = try runPipeline("""
            input: \(c.all)
            output: out
            stages: [{dedup: {action: annotate}}, {export: {path: all.jsonl, fields: [id, metadata]}}]
            """, in: dir)
        let docs = try readJSONLines(dir + "/out/all.jsonl")
        #expect(docs.count == 600)
        let ids = Set(docs.map { $0["id"] as! String })
        var duplicates = 0
        for d in docs {
            let m = d["metadata"] as! [String: Any]
            #expect(m["dedup_cluster"] is String)
            if let of = m["duplicate_of"] as? String {
                duplicates += 1
                #expect(ids.contains(of))
                #expect(of != d["id"] as! String)
            }
        }
        #expect(duplicates > 100)
    }

    @Test func impossibleBandsAreReportedAtTheOption() throws {
        let dir = scratchDirectory()
        write("stages:\n  - dedup: {num_hashes: 100, bands: 32, rows: 4}\n", to: dir + "/p.yaml")
        let spec = try PipelineLoader(registry: integrationRegistry).load(file: dir + "/p.yaml")
        do {
            _ = try spec.makeStages()
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("p.yaml:2:"))
            #expect(error.description.contains("num_hashes") || error.description.contains("bands"))
        }
    }
}
