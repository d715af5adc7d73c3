import Foundation
import Synchronization
import SluiceCore
@testable import SluiceExternal

/// Collects the documents that reach it (to inspect what the external stage did).
final class CollectStage: DocumentStage {
    let seen = Mutex<[Document]>([])
    func process(_ document: inout Document, context: StageContext) throws -> Verdict {
        let d = document
        seen.withLock { $0.append(d) }
        return .keep
    }
    var documents: [Document] { seen.withLock { $0 }.sorted { $0.id < $1.id } }
}

/// A worker script that follows the protocol and misbehaves on request: on a document whose text contains
/// CRASH it exits with a message on stderr, on HANG it sleeps, on GARBAGE it answers nonsense, on FAIL it
/// reports an error for that document, on DROP it drops it; otherwise it uppercases the text.
let misbehavingWorker = #"""
import json, sys, time
batch = []
for line in sys.stdin:
    m = json.loads(line)
    if m.get("sluice") == "hello":
        print(json.dumps({"sluice": "ready"}), flush=True)
    elif m.get("sluice") == "end":
        for d in batch:
            t = d["text"]
            if "CRASH" in t:
                sys.stderr.write("fatal: cannot digest " + d["id"] + "\n"); sys.stderr.flush(); sys.exit(3)
            if "HANG" in t:
                time.sleep(60)
            if "GARBAGE" in t:
                print("this is not json", flush=True); continue
            if "FAIL" in t:
                print(json.dumps({"id": d["id"], "error": "cannot handle " + d["id"]})); continue
            if "DROP" in t:
                print(json.dumps({"id": d["id"], "drop": "unwanted"})); continue
            print(json.dumps({"id": d["id"], "text": t.upper(), "metadata": {"pid": __import__("os").getpid()}}))
        sys.stdout.flush()
        batch = []
    else:
        batch.append(m)
"""#

/// Runs a JSON Lines corpus (one record per text) through `command` then a collector.
func runExternal(_ texts: [String], options: String, workers: Int = 1, onError: String = "skip", worker: String = misbehavingWorker)
    throws -> (report: RunReport, documents: [Document], rejects: [[String: Any]])
{
    let dir = NSTemporaryDirectory() + "sluice-external-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try worker.write(toFile: dir + "/worker.py", atomically: true, encoding: .utf8)
    let lines = texts.enumerated().map { k, t in
        String(data: try! JSONSerialization.data(withJSONObject: ["id": String(format: "d%03d", k), "text": t]), encoding: .utf8)!
    }
    try (lines.joined(separator: "\n") + "\n").write(toFile: dir + "/input.jsonl", atomically: true, encoding: .utf8)
    let collector = CollectStage()
    let registry = StageRegistry()
    try registry.register(SluiceExternalModule.stages)
    try registry.register(StageFactory(StageDescription(name: "collect", summary: "collects")) { _ in collector })
    let yaml = """
        input: input.jsonl
        on_error: \(onError)
        batch: {documents: 8}
        stages:
          - command: {run: [python3, worker.py], \(options)}
          - collect
        """
    try yaml.write(toFile: dir + "/pipeline.yaml", atomically: true, encoding: .utf8)
    let spec = try PipelineLoader(registry: registry).load(file: dir + "/pipeline.yaml")
    let report = PipelineRunner(spec: spec, stages: try spec.makeStages(), options: RunOptions(workers: workers)).run()
    var rejects: [[String: Any]] = []
    if let text = try? String(contentsOfFile: dir + "/rejects.jsonl", encoding: .utf8) {
        rejects = text.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }
    return (report, collector.documents, rejects)
}

/// The `reason` of a rejects record ("" if none).
func reasonOf(_ record: [String: Any]?) -> String {
    (record?["reason"] as? String) ?? ""
}
