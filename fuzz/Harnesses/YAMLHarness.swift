import SluiceCore
import SluiceStandard

/// The YAML pipeline loader: any text must load or give diagnostics (alias bombs included).
struct YAMLHarness: Harness {
    static let registry: StageRegistry = {
        let r = StageRegistry()
        try! StandardStages.register(into: r)
        return r
    }()

    func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        let loader = PipelineLoader(registry: Self.registry, environment: ["HOME": "/nonexistent"])
        if let spec = try? loader.load(yaml: text, file: "fuzz.yaml", baseDirectory: "/nonexistent-sluice-fuzz") {
            _ = spec.stages.count
        }
    }
}
