import SluiceCore
import SluiceStandard

/// Runs standard stages, configured as in a pipeline file, on one document made of the input bytes
/// (raw bytes for `decode`, text decoded leniently for stages that take text).
struct StageChainHarness: Harness, @unchecked Sendable {
    // Stages are immutable after construction and harnesses run on one thread.
    let stages: [any Stage]
    let raw: Bool

    init(yaml stageLines: [String], raw: Bool) {
        let registry = YAMLHarness.registry
        let yaml = "name: fuzz\ninput: [x.txt]\nstages:\n" + stageLines.map { "  - \($0)\n" }.joined()
        do {
            let spec = try PipelineLoader(registry: registry, environment: [:]).load(yaml: yaml, file: "fuzz.yaml", baseDirectory: "/tmp")
            stages = try spec.makeStages()
        } catch {
            fatalError("harness pipeline: \(error)")
        }
        self.raw = raw
    }

    func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        var doc = raw
            ? Document(id: "fuzz", raw: Array(bytes))
            : Document(id: "fuzz", text: String(decoding: bytes, as: UTF8.self))
        let context = StageContext(stageName: "fuzz")
        for stage in stages {
            guard let verdict = try? Self.apply(stage, to: &doc, context: context) else { return }
            if case .drop = verdict { return }
            if doc.raw != nil { doc.text = String(decoding: doc.raw!, as: UTF8.self); doc.raw = nil }
            // Every annotation must lie inside the text.
            let count = doc.text.utf8.count
            for a in doc.annotations where a.range.upperBound > count || a.range.lowerBound < 0 {
                fatalError("annotation \(a.range) outside text of \(count) bytes after stage")
            }
        }
    }

    static func apply(_ stage: any Stage, to doc: inout Document, context: StageContext) throws -> Verdict {
        if let s = stage as? any DocumentStage { return try s.process(&doc, context: context) }
        if let s = stage as? any OrderedStage { return try ordered(s, &doc, context) }
        return .keep
    }

    static func ordered<S: OrderedStage>(_ s: S, _ doc: inout Document, _ context: StageContext) throws -> Verdict {
        let p = try s.prepare(doc, context: context)
        return try s.commit(&doc, prepared: p, context: context)
    }
}
