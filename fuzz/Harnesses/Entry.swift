#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// libFuzzer's entry point: runs the harness named by `SLUICE_FUZZ_TARGET` on one input.
///
/// One binary holds every harness (one link instead of nine); `fuzz/run.sh NAME SECONDS` sets the variable.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: size > 0 ? data : nil, count: size)
    Harnesses.selected.run(bytes)
    return 0
}

/// The harnesses, by name.
enum Harnesses {
    static let all: [String: any Harness] = [
        "yaml": YAMLHarness(),
        "jsonl": JSONLinesHarness(),
        "gzip": GzipHarness(),
        "decode": StageChainHarness(yaml: ["decode"], raw: true),
        "html": StageChainHarness(yaml: ["decode: {html: always}", "boilerplate: {mode: html}"], raw: true),
        "boilerplate": StageChainHarness(yaml: ["boilerplate: {mode: text}"], raw: false),
        "sentences": StageChainHarness(yaml: ["sentences: {language: en}"], raw: false),
        "entities": StageChainHarness(yaml: ["entities"], raw: false),
        "dedup": DedupSignatureHarness(),
    ]

    static let selected: any Harness = {
        let name = getenv("SLUICE_FUZZ_TARGET").map { String(cString: $0) } ?? ""
        guard let harness = all[name] else {
            fatalError("set SLUICE_FUZZ_TARGET to one of: \(all.keys.sorted().joined(separator: ", "))")
        }
        return harness
    }()
}

/// One fuzz target: must never crash, hang or leak on any input.
protocol Harness: Sendable {
    func run(_ bytes: UnsafeBufferPointer<UInt8>)
}
