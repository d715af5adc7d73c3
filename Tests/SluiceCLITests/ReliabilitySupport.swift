import Foundation
import SluiceCore
import SluiceStandard

/// Spends time on documents containing "SLOW": checks the cooperative deadline, or ignores it when the
/// document also contains "STUBBORN" (then sleeps 300 ms).
struct SlowStage: DocumentStage {
    func process(_ document: inout Document, context: StageContext) throws -> Verdict {
        guard document.text.contains("SLOW") else { return .keep }
        if document.text.contains("STUBBORN") {
            usleep(300_000)
            return .keep
        }
        let giveUp = Date().addingTimeInterval(10)
        while !context.isPastDeadline && Date() < giveUp { usleep(1000) }
        return .keep
    }
}

/// The standard stages plus test stages (`explode`, `slow`), in a private registry.
let reliabilityRegistry: StageRegistry = {
    let r = StageRegistry()
    try! StandardStages.register(into: r)
    try! r.register(StageFactory(StageDescription(name: "explode", summary: "throws on EXPLODE")) { _ in ExplodingStage() })
    try! r.register(StageFactory(StageDescription(name: "slow", summary: "slow on SLOW")) { _ in SlowStage() })
    return r
}()

/// Loads `pipeline.yaml` (written from `yaml`) in `dir` with the reliability registry and runs it.
func runReliabilityPipeline(_ yaml: String, in dir: String, workers: Int? = nil) throws -> RunReport {
    write(yaml, to: dir + "/pipeline.yaml")
    let spec = try PipelineLoader(registry: reliabilityRegistry).load(file: dir + "/pipeline.yaml")
    return PipelineRunner(spec: spec, stages: try spec.makeStages(), options: RunOptions(workers: workers)).run()
}

/// Runs a shell command line; returns its exit status.
@discardableResult
func shell(_ command: String) throws -> Int32 {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/sh")
    p.arguments = ["-c", command]
    try p.run()
    p.waitUntilExit()
    return p.terminationStatus
}

/// The rejects of a run, by reason text.
func rejectReasons(_ dir: String) throws -> [String: String] {
    var out: [String: String] = [:]
    for r in try readJSONLines(dir + "/out/rejects.jsonl") {
        out[r["id"] as? String ?? "?"] = r["reason"] as? String ?? ""
    }
    return out
}
