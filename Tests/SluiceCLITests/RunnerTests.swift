import Foundation
import SluiceCore
import Testing

struct RunnerTests {
    @Test func samplePipelineWritesOutputAndBalancedStats() throws {
        let dir = scratchDirectory()
        let yaml = try String(contentsOfFile: repositoryRoot + "/pipelines/news.yaml", encoding: .utf8)
            .replacingOccurrences(of: "../samples/news/", with: repositoryRoot + "/samples/news/")
            .replacingOccurrences(of: "../out/news", with: dir + "/out")
        let report = try runPipeline(yaml, in: dir, workers: 2)
        let s = report.statistics
        #expect(report.status == .completed)
        #expect(s.inputDocuments == 9)
        #expect(s.isBalanced)
        #expect(s.inputDocuments == s.outputDocuments + s.droppedDocuments + s.erroredDocuments)
        let docs = try readJSONLines(dir + "/out/news.jsonl")
        #expect(docs.count == s.outputDocuments)
        #expect(!docs.contains { $0["id"] as? String == "006-library-copy.txt" })  // exact copy removed
        let stats = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/out/stats.json"))) as! [String: Any]
        let accounting = stats["accounting"] as! [String: Any]
        #expect(accounting["balanced"] as? Bool == true)
        #expect(accounting["input"] as? Int == 9)
        let rejects = try readJSONLines(dir + "/out/rejects.jsonl")
        #expect(rejects.count == s.droppedDocuments + s.erroredDocuments)
    }

    @Test func outputIsByteIdenticalForAnyNumberOfWorkers() throws {
        let dir = scratchDirectory()
        var gen = TextGenerator(state: 42)
        var lines: [String] = []
        var earlier: [String] = []
        for i in 0..<2400 {
            var text = gen.document()
            if i % 7 == 3, let copy = earlier.randomElementDeterministic(&gen) { text = copy }               // exact copies
            if i % 11 == 5, let copy = earlier.randomElementDeterministic(&gen) { text = copy + " " + gen.sentence() }  // near copies
            earlier.append(text)
            let record = ["id": "doc-\(i)", "text": text, "lang": "en"]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self))
        }
        write(lines.joined(separator: "\n") + "\n", to: dir + "/corpus.jsonl")
        func run(_ workers: Int) throws -> (Data, RunStatistics) {
            let out = dir + "/out\(workers)"
            let report = try runPipeline("""
                input: corpus.jsonl
                output: \(out)
                batch: {documents: 16}
                stages:
                  - sentences
                  - dedup: {repeated_spans: paragraph}
                  - length_filter: {min_chars: 120}
                  - export: {path: docs.jsonl, fields: [id, text, sentences, metadata, provenance]}
                """, in: dir, workers: workers)
            #expect(report.status == .completed)
            return (try Data(contentsOf: URL(fileURLWithPath: out + "/docs.jsonl")), report.statistics)
        }
        let (one, s1) = try run(1)
        let (four, s4) = try run(4)
        #expect(s1.inputDocuments == 2400)
        #expect(s1.droppedDocuments > 300)  // the copies were found
        #expect(one == four)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/out1/rejects.jsonl")) == Data(contentsOf: URL(fileURLWithPath: dir + "/out4/rejects.jsonl")))
        #expect(s1.outputDocuments == s4.outputDocuments && s1.isBalanced && s4.isBalanced)
    }

    /// A pipeline whose stages never read text leaves JSON Lines text encoded until export; its output must be
    /// byte-identical to a pipeline whose stage decodes every text, and its rejects must carry the decoded text.
    @Test func pendingTextPipelinesWriteWhatDecodedPipelinesWrite() throws {
        let dir = scratchDirectory()
        write("""
            {"id": "a", "text": "first line\\nsecond \\"quoted\\" line", "lang": "en"}
            {"id": "b", "text": "caf\\u00e9 \\ud83d\\ude00 \\/ slash", "n": [1, 2.50]}
            {"id": "c", "text": "raw é 中文 text"}
            {"id": "d", "text": "bad escape \\q"}
            {"id": "e", "text": 5}

            """, to: dir + "/in.jsonl")
        func run(_ stage: String, _ name: String) throws -> (Data, Data) {
            let out = dir + "/out-\(name)"
            let report = try runPipeline("""
                input: in.jsonl
                output: \(out)
                on_error: quarantine
                stages:
                  - \(stage)
                  - export: {path: docs.jsonl}
                """, in: dir, workers: 2)
            #expect(report.status == .completed)
            #expect(report.statistics.outputDocuments == 3 && report.statistics.isBalanced)
            return (try Data(contentsOf: URL(fileURLWithPath: out + "/docs.jsonl")),
                    try Data(contentsOf: URL(fileURLWithPath: out + "/rejects.jsonl")))
        }
        let (pending, pendingRejects) = try run("passthrough", "pending")
        let (decoded, decodedRejects) = try run("length_filter: {min_chars: 0}", "decoded")
        #expect(pending == decoded, "\(String(decoding: pending, as: UTF8.self))\nvs\n\(String(decoding: decoded, as: UTF8.self))")
        #expect(pendingRejects == decodedRejects)
        let records = try readJSONLines(dir + "/out-pending/docs.jsonl")
        #expect(records.map { $0["text"] as? String } == ["first line\nsecond \"quoted\" line", "café 😀 / slash", "raw é 中文 text"])
    }
}

extension Array {
    func randomElementDeterministic(_ gen: inout TextGenerator) -> Element? {
        isEmpty ? nil : self[Int(gen.next() % UInt64(count))]
    }
}
