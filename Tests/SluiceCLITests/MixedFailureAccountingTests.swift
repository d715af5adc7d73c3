import Foundation
import SluiceCore
import Testing

/// Every input record ends in the output or the rejects file, with failures of every kind mixed in: malformed
/// records, a stage that throws, an external worker that crashes or reports errors, and dropped duplicates.
struct MixedFailureAccountingTests {
    /// Echoes documents back; exits on CRASH (the batch fails and the worker is restarted), reports an error on FAIL.
    static let worker = #"""
    import json, sys
    batch = []
    for line in sys.stdin:
        m = json.loads(line)
        if m.get("sluice") == "hello":
            print(json.dumps({"sluice": "ready"}), flush=True)
        elif m.get("sluice") == "end":
            for d in batch:
                if "CRASH" in d["text"]:
                    sys.stderr.write("worker died on " + d["id"] + "\n"); sys.exit(9)
                print(json.dumps({"id": d["id"], "error": "refused"} if "FAIL" in d["text"] else {"id": d["id"], "text": d["text"]}))
            sys.stdout.flush()
            batch = []
        else:
            batch.append(m)
    """#

    @Test func everyRecordIsWrittenOrRejectedWithAReason() throws {
        let dir = scratchDirectory()
        write(Self.worker, to: dir + "/worker.py")
        var gen = TextGenerator(state: 5)
        var lines: [String] = []
        var ids: [String] = []
        var texts: [String] = []
        for i in 0..<300 {
            var text = gen.document()
            switch i % 23 {
            case 3: text += " CRASH"
            case 7: text += " FAIL"
            case 11: text += " EXPLODE"
            case 13: text = texts[i - 5]  // an exact duplicate
            default: break
            }
            texts.append(text)
            if i % 37 == 19 {
                lines.append(#"{"id": "broken\#(i)", "text": "#)  // malformed: counted as a record that failed
                ids.append("in.jsonl:\(lines.count)")
                continue
            }
            ids.append("d\(i)")
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: ["id": "d\(i)", "text": text]), as: UTF8.self))
        }
        write(lines.joined(separator: "\n") + "\n", to: dir + "/in.jsonl")
        let report = try runPipeline("""
            input: in.jsonl
            output: out
            on_error: quarantine
            stages:
              - explode
              - command: {run: [python3, "\(dir)/worker.py"], batch: 8, max_restarts: 100}
              - dedup
              - export: {path: docs.jsonl, fields: [id]}
            """, in: dir, workers: 2)
        let s = report.statistics
        #expect(report.status == .completed)
        #expect(s.inputDocuments == 300)
        #expect(s.isBalanced)
        let written = try readJSONLines(dir + "/out/docs.jsonl").map { $0["id"] as! String }
        let rejected = try readJSONLines(dir + "/out/rejects.jsonl")
        #expect(written.count == s.outputDocuments)
        #expect(rejected.count == s.droppedDocuments + s.erroredDocuments)
        #expect(rejected.allSatisfy { !(($0["reason"] as? String) ?? "").isEmpty })
        // Each record exactly once, in output or rejects.
        let all = written + rejected.map { $0["id"] as! String }
        #expect(all.sorted() == ids.sorted())
        let reasons = rejected.compactMap { $0["reason"] as? String }
        #expect(reasons.contains { $0.contains("worker died on") })        // the crashing worker's stderr tail
        #expect(reasons.contains { $0.contains("refused") })
        #expect(reasons.contains { $0.contains("boom") })
        #expect(reasons.contains { $0.contains("malformed JSON") })
        #expect(reasons.contains { $0.contains("exact duplicate") })
    }
}
