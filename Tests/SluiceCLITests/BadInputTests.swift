import Foundation
import SluiceCore
import Testing

struct BadInputTests {
    /// A folder of broken inputs next to good ones.
    func makeBadCorpus() -> String {
        let dir = scratchDirectory()
        let input = dir + "/in"
        write("""
            {"id": "g1", "text": "First good document with enough words."}
            {"id": "g2", "text": "Second good document, also fine."}
            """, to: input + "/a-good.jsonl")
        write("""
            {"id": "m1", "text": "Fine before the broken line."}
            {"id": "m2", "text": "unterminated
            {"id": "m3", "text": "Fine after the broken line."}
            {"id": "m4", "text": "This one makes a stage EXPLODE."}
            """, to: input + "/b-malformed.jsonl")
        write(bytes: Array(#"{"id": "u1", "text": "ok"}"#.utf8) + [0x0A] + Array(#"{"id": "u2", "text": "caf"#.utf8) + [0xE9]
              + Array(#""}"#.utf8) + [0x0A], to: input + "/c-invalid-utf8.jsonl")
        write("", to: input + "/d-empty.jsonl")
        write("", to: input + "/e-empty.txt")
        write(bytes: Array("Latin-1 text: caf".utf8) + [0xE9, 0x0A], to: input + "/f-latin1.txt")
        // A gzip file cut in the middle of its compressed stream.
        var lines = ""
        for i in 0..<400 { lines += #"{"id": "z\#(i)", "text": "compressed document number \#(i) with some words in it"}"# + "\n" }
        write(lines, to: dir + "/z.jsonl")
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-k", "-f", dir + "/z.jsonl"]
        try! gzip.run()
        gzip.waitUntilExit()
        let gz = try! Data(contentsOf: URL(fileURLWithPath: dir + "/z.jsonl.gz"))
        write(bytes: Array(gz.prefix(gz.count / 2)), to: input + "/g-truncated.jsonl.gz")
        // An entry that cannot be read: a broken symbolic link.
        try! FileManager.default.createSymbolicLink(atPath: input + "/h-gone.txt", withDestinationPath: dir + "/nowhere.txt")
        return dir
    }

    func pipeline(_ dir: String, policy: String) -> String {
        """
        input:
          paths: [in/, missing/file.jsonl]
        on_error: \(policy)
        output: out-\(policy)
        stages:
          - explode
          - export: {path: docs.jsonl}
        """
    }

    @Test func quarantineKeepsGoodDocumentsAndRecordsEveryProblem() throws {
        let dir = makeBadCorpus()
        let report = try runPipeline(pipeline(dir, policy: "quarantine"), in: dir, workers: 2)
        let s = report.statistics
        #expect(report.status == .completed)
        #expect(s.isBalanced)
        let written = Set(try readJSONLines(dir + "/out-quarantine/docs.jsonl").map { $0["id"] as! String })
        #expect(written.isSuperset(of: ["g1", "g2", "m1", "m3", "u1"]))
        #expect(written.contains("z0"))  // records before the truncation survive
        let rejects = try readJSONLines(dir + "/out-quarantine/rejects.jsonl")
        func reject(_ needle: String) -> [String: Any]? {
            rejects.first { r in
                let src = r["source"] as! [String: Any]
                return (src["path"] as! String).hasSuffix(needle)
            }
        }
        let malformed = try #require(reject("b-malformed.jsonl"))
        #expect((malformed["source"] as! [String: Any])["record"] as? Int == 2)
        #expect((malformed["reason"] as! String).contains("malformed JSON"))
        #expect(malformed["raw"] as? String == #"{"id": "m2", "text": "unterminated"#)  // quarantined content
        let utf8 = try #require(reject("c-invalid-utf8.jsonl"))
        #expect((utf8["reason"] as! String).contains("invalid UTF-8"))
        #expect((utf8["source"] as! [String: Any])["record"] as? Int == 2)
        #expect((try #require(reject("e-empty.txt")))["reason"] as? String == "empty file")
        #expect((try #require(reject("f-latin1.txt"))["reason"] as! String).contains("invalid UTF-8 at byte 17"))
        #expect((try #require(reject("g-truncated.jsonl.gz"))["reason"] as! String).contains("truncated gzip"))
        #expect((try #require(reject("h-gone.txt"))["reason"] as! String).contains("cannot read"))
        #expect((try #require(reject("missing/file.jsonl"))["reason"] as! String).contains("no such file"))
        let exploded = try #require(rejects.first { $0["id"] as? String == "m4" })
        #expect(exploded["stage"] as? String == "explode")
        #expect((exploded["reason"] as! String).contains("boom"))
        #expect(exploded["text"] as? String == "This one makes a stage EXPLODE.")
        #expect(s.emptyFiles == 1)
    }

    @Test func skipRecordsErrorsWithoutContent() throws {
        let dir = makeBadCorpus()
        let report = try runPipeline(pipeline(dir, policy: "skip"), in: dir)
        #expect(report.status == .completed)
        #expect(report.statistics.isBalanced)
        let rejects = try readJSONLines(dir + "/out-skip/rejects.jsonl")
        #expect(rejects.contains { $0["id"] as? String == "m4" && $0["text"] == nil })
    }

    @Test func failPolicyStopsAtTheFirstErrorAndNamesIt() throws {
        let dir = makeBadCorpus()
        write("""
            input: in/b-malformed.jsonl
            on_error: fail
            output: out
            stages:
              - export: {path: docs.jsonl}
            """, to: dir + "/p.yaml")
        let spec = try PipelineLoader(registry: integrationRegistry).load(file: dir + "/p.yaml")
        let report = PipelineRunner(spec: spec, stages: try spec.makeStages()).run()
        #expect(report.status == .failed)
        #expect(report.statistics.failure?.contains("b-malformed.jsonl:2") == true)
        #expect(report.statistics.failure?.contains("malformed JSON") == true)
        // Nothing under the final name: the export was abandoned.
        #expect(!FileManager.default.fileExists(atPath: dir + "/out/docs.jsonl"))
    }

    @Test func overLongRecordsAreRejectedWithoutHoldingThem() throws {
        let dir = scratchDirectory()
        let long = String(repeating: "x", count: 5000)
        write("{\"id\":\"a\",\"text\":\"short\"}\n{\"id\":\"b\",\"text\":\"\(long)\"}\n{\"id\":\"c\",\"text\":\"short too\"}", to: dir + "/in.jsonl")
        let report = try runPipeline("""
            input: {paths: in.jsonl, max_record_bytes: 1000}
            output: out
            stages: [passthrough, {export: {path: d.jsonl}}]
            """, in: dir)
        #expect(report.statistics.isBalanced)
        #expect(report.statistics.outputDocuments == 2)
        let rejects = try readJSONLines(dir + "/out/rejects.jsonl")
        #expect((rejects.first?["reason"] as? String)?.contains("more than max_record_bytes") == true)
    }
}
