import Foundation
import Logging
import SluiceCore
import SluiceStandard
import Synchronization

/// A stage that throws on documents containing "EXPLODE".
struct ExplodingStage: DocumentStage {
    struct Boom: Error, CustomStringConvertible {
        var description: String { "boom: the document asked for it" }
    }

    func process(_ document: inout Document, context: StageContext) throws -> Verdict {
        if document.text.contains("EXPLODE") { throw Boom() }
        return .keep
    }
}

/// The standard stages plus test stages, in a private registry.
let integrationRegistry: StageRegistry = {
    let r = StageRegistry()
    try! StandardStages.register(into: r)
    try! r.register(StageFactory(StageDescription(name: "explode", summary: "throws on EXPLODE")) { _ in ExplodingStage() })
    return r
}()

/// Scratch folders made by this test process; they are removed when it exits (a test may still read its folder
/// after the helper that made it returns).
let scratchFolders = Mutex<[String]>([])
private let removeScratchFoldersAtExit: Void = {
    atexit {
        for path in scratchFolders.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: path) }
    }
}()

/// A fresh scratch folder (removed when the test process exits).
func scratchDirectory(_ name: String = #function) -> String {
    let safe = name.filter { $0.isLetter || $0.isNumber }
    let path = NSTemporaryDirectory() + "sluice-tests/\(safe)-\(UUID().uuidString.prefix(8))"
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    _ = removeScratchFoldersAtExit
    scratchFolders.withLock { $0.append(path) }
    return path
}

/// Writes a text file (creating folders).
func write(_ text: String, to path: String) {
    try! FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try! text.write(toFile: path, atomically: true, encoding: .utf8)
}

/// Writes bytes to a file.
func write(bytes: [UInt8], to path: String) {
    try! FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
}

/// Loads `pipeline.yaml` from `dir` and runs it.
func runPipeline(_ yaml: String, in dir: String, workers: Int? = nil) throws -> RunReport {
    write(yaml, to: dir + "/pipeline.yaml")
    let spec = try PipelineLoader(registry: integrationRegistry).load(file: dir + "/pipeline.yaml")
    let stages = try spec.makeStages()
    let quiet = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
    return PipelineRunner(spec: spec, stages: stages, options: RunOptions(workers: workers, logger: quiet)).run()
}

/// Lines of a JSON Lines file, parsed.
func readJSONLines(_ path: String) throws -> [[String: Any]] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return try text.split(separator: "\n").map {
        try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
}

/// The repository root (for samples and pipelines).
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// Deterministic pseudo-random text generator (SplitMix64), for generated corpora.
struct TextGenerator {
    var state: UInt64
    static let words = """
        the council voted on tuesday to approve new spending for roads bridges and schools while residents \
        asked why repairs took so long engineers warned that corrosion had spread and the mayor said the city \
        would borrow money through a bond issue approved by voters in november farmers in the valley debated \
        a plan for solar panels that would pay more per acre than corn the library reopened after a long \
        renovation with new rooms for children and an elevator storm winds knocked out power to thousands
        """.split(separator: " ").map(String.init)

    mutating func next() -> UInt64 {
        var rng = SplitMix64(seed: state)
        defer { state = rng.state }
        return rng.next()
    }

    mutating func sentence() -> String {
        let n = 8 + Int(next() % 14)
        var words = (0..<n).map { _ in Self.words[Int(next() % UInt64(Self.words.count))] }
        words[0] = words[0].prefix(1).uppercased() + words[0].dropFirst()
        return words.joined(separator: " ") + (next() % 5 == 0 ? "?" : ".")
    }

    mutating func document() -> String {
        (0..<(2 + Int(next() % 4))).map { _ in (0..<(2 + Int(next() % 4))).map { _ in sentence() }.joined(separator: " ") }
            .joined(separator: "\n\n")
    }
}
