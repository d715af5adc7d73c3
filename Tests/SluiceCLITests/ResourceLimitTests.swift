import Foundation
import SluiceCore
import Testing

/// Each limit of `limits:` and `input.max_record_bytes`: hit, the document or file is dropped or failed with
/// a reason naming the limit, the rest of the run goes on, and the accounting balances.
struct ResourceLimitTests {
    @Test func gzipBombIsCutOffByTheRatioCap() throws {
        let dir = scratchDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        // One good record, then 100 MB of zeros: about 100 KB compressed, 1000:1.
        #expect(try shell("(echo '{\"id\":\"ok\",\"text\":\"fine\"}'; head -c 100000000 /dev/zero) | gzip -1 > \(dir)/in/bomb.jsonl.gz") == 0)
        write(#"{"id":"other","text":"also fine"}"# + "\n", to: dir + "/in/other.jsonl")
        let report = try runReliabilityPipeline("""
            input: in/
            output: out
            stages: [passthrough, {export: {path: d.jsonl}}]
            """, in: dir)
        #expect(report.status == .completed)
        #expect(report.statistics.isBalanced)
        #expect(report.statistics.outputDocuments == 2)
        #expect(report.statistics.erroredDocuments == 1)
        let reasons = try readJSONLines(dir + "/out/rejects.jsonl").compactMap { $0["reason"] as? String }
        #expect(reasons.count == 1)
        #expect(reasons.first?.contains("max_compression_ratio") == true)
        #expect(reasons.first?.contains("gzip bomb") == true)
    }

    @Test func decompressedSizeCapStopsAFile() throws {
        let dir = scratchDirectory()
        var lines = ""
        for i in 0..<2000 { lines += #"{"id":"d\#(i)","text":"document number \#(i) with some words"}"# + "\n" }
        write(lines, to: dir + "/in.jsonl")
        #expect(try shell("gzip -f \(dir)/in.jsonl") == 0)
        let report = try runReliabilityPipeline("""
            input: in.jsonl.gz
            output: out
            limits: {max_decompressed_bytes: 20000}
            stages: [passthrough, {export: {path: d.jsonl}}]
            """, in: dir)
        #expect(report.statistics.isBalanced)
        #expect(report.statistics.erroredDocuments == 1)
        #expect(report.statistics.outputDocuments > 100 && report.statistics.outputDocuments < 2000)
        let reasons = try readJSONLines(dir + "/out/rejects.jsonl").compactMap { $0["reason"] as? String }
        #expect(reasons.first?.contains("max_decompressed_bytes") == true)
    }

    @Test func documentsOverTheCharacterLimitAreDropped() throws {
        let dir = scratchDirectory()
        let long = String(repeating: "é", count: 3000)  // 3000 characters, 6000 bytes
        write("{\"id\":\"a\",\"text\":\"short\"}\n{\"id\":\"b\",\"text\":\"\(long)\"}\n", to: dir + "/in.jsonl")
        let report = try runReliabilityPipeline("""
            input: in.jsonl
            output: out
            limits: {max_document_chars: 2999}
            stages: [passthrough, {export: {path: d.jsonl}}]
            """, in: dir)
        #expect(report.statistics.isBalanced)
        #expect(report.statistics.outputDocuments == 1)
        #expect(try rejectReasons(dir)["b"]?.contains("3000 characters, more than limits.max_document_chars (2999)") == true)
    }

    @Test func aStageOverItsTimeBudgetDropsTheDocumentWithAReason() throws {
        let dir = scratchDirectory()
        write("""
            {"id":"fast","text":"quick"}
            {"id":"cooperative","text":"SLOW but checks the deadline"}
            {"id":"stubborn","text":"SLOW and STUBBORN"}
            {"id":"fast2","text":"quick again"}

            """, to: dir + "/in.jsonl")
        let started = Date()
        let report = try runReliabilityPipeline("""
            input: in.jsonl
            output: out
            limits: {stage_time_budget: 0.1}
            stages: [slow, {export: {path: d.jsonl}}]
            """, in: dir)
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(report.statistics.isBalanced)
        #expect(report.statistics.outputDocuments == 2)
        let reasons = try rejectReasons(dir)
        #expect(reasons["cooperative"]?.contains("more than limits.stage_time_budget (0.1 s)") == true)
        #expect(reasons["stubborn"]?.contains("stage \"slow\" took") == true)
    }

    @Test func aTinyMemoryBudgetGivesTheSameOutput() throws {
        let dir = scratchDirectory()
        var gen = TextGenerator(state: 11)
        var lines = ""
        for i in 0..<3000 { lines += #"{"id":"d\#(i)","text":"\#(gen.sentence())"}"# + "\n" }
        write(lines, to: dir + "/in.jsonl")
        func run(_ budget: Int) throws -> Data {
            let out = "out\(budget)"
            let report = try runReliabilityPipeline("""
                input: in.jsonl
                output: \(out)
                batch: {documents: 16}
                limits: {max_in_flight_bytes: \(budget)}
                stages: [sentences, {dedup: {method: exact}}, {export: {path: d.jsonl}}]
                """, in: dir, workers: 2)
            #expect(report.status == .completed)
            #expect(report.statistics.isBalanced)
            return try Data(contentsOf: URL(fileURLWithPath: "\(dir)/\(out)/d.jsonl"))
        }
        #expect(try run(1) == run(512 << 20))
    }

    @Test func limitsAreCheckedLikeOtherOptions() throws {
        let loader = PipelineLoader(registry: reliabilityRegistry)
        let spec = try loader.load(yaml: "limits: {stage_time_budget: 2.5, max_in_flight_bytes: 1000}\nstages: [passthrough]\n",
                                   file: "p.yaml", baseDirectory: "/tmp")
        #expect(spec.limits.stageTimeBudgetNanoseconds == 2_500_000_000)
        #expect(spec.limits.maxInFlightBytes == 1000)
        #expect(spec.limits.maxDocumentCharacters == ResourceLimits().maxDocumentCharacters)
        let off = try loader.load(yaml: "limits: {stage_time_budget: 0}\nstages: [passthrough]\n", file: "p.yaml", baseDirectory: "/tmp")
        #expect(off.limits.stageTimeBudgetNanoseconds == nil)
        #expect {
            _ = try loader.load(yaml: "limits: {max_document_char: 5}\nstages: [passthrough]\n", file: "p.yaml", baseDirectory: "/tmp")
        } throws: { error in
            "\(error)".contains("p.yaml:1:") && "\(error)".contains("max_document_chars")
        }
    }

    @Test func yamlAliasBombIsRefusedQuickly() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for k in 1..<10 {
            yaml += "a\(k): &a\(k) [" + Array(repeating: "*a\(k - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        yaml += "stages: [passthrough]\n"
        let started = Date()
        #expect {
            _ = try PipelineLoader(registry: reliabilityRegistry).load(yaml: yaml, file: "bomb.yaml", baseDirectory: "/tmp")
        } throws: { error in
            "\(error)".contains("alias expansion limit")
        }
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func deepHTMLDoesNotOverflowTheStack() throws {
        let dir = scratchDirectory()
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "deep text" + String(repeating: "</div>", count: depth)
            + "<p>After the tree.</p></body></html>"
        write(html, to: dir + "/in/deep.html")
        write("<html><body><p>A normal page with a paragraph of text.</p></body></html>", to: dir + "/in/normal.html")
        let report = try runReliabilityPipeline("""
            input: in/
            output: out
            stages: [decode, boilerplate, sentences, entities, {export: {path: d.jsonl}}]
            """, in: dir)
        #expect(report.status == .completed)
        #expect(report.statistics.isBalanced)
        #expect(report.statistics.inputDocuments == 2)
    }

    @Test func outputFileNamesFromIDsStayInTheOutputFolder() throws {
        let dir = scratchDirectory()
        write("""
            {"id":"../../escaped","text":"one"}
            {"id":"/etc/absolute","text":"two"}
            {"id":"nul\\u0000byte","text":"three"}
            {"id":"..","text":"four"}
            {"id":"","text":"five"}

            """, to: dir + "/in.jsonl")
        let report = try runReliabilityPipeline("""
            input: in.jsonl
            output: out
            stages: [{export: {format: text, layout: files, path: "docs/{id}.txt"}}]
            """, in: dir)
        #expect(report.status == .completed)
        #expect(report.statistics.outputDocuments == 5)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir + "/out/docs")
        #expect(files.count == 5)
        for f in files {
            #expect(!f.hasPrefix("."))
            #expect(!f.contains("/") && !f.contains("\0"))
        }
        // Nothing was written outside the output folder.
        let top = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(top == ["in.jsonl", "out", "pipeline.yaml"])
        #expect(!FileManager.default.fileExists(atPath: "/etc/absolute.txt"))
    }
}
