import Foundation
import SluiceCore
import Testing

/// The built `sluice` binary, when a build left one next to the tests.
let sluiceBinary: String? = {
    for config in ["debug", "release"] {
        let path = repositoryRoot + "/.build/\(config)/sluice"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}()

struct SignalTests {
    @Test(.enabled(if: sluiceBinary != nil, "needs the sluice binary (swift build)"))
    func sigintStopsCleanlyWithPartialOutputsAndStats() throws {
        let dir = scratchDirectory()
        var gen = TextGenerator(state: 3)
        var lines = ""
        for i in 0..<60_000 { lines += #"{"id":"d\#(i)","text":"\#(gen.document().replacingOccurrences(of: "\n", with: "\\n"))"}"# + "\n" }
        write(lines, to: dir + "/in.jsonl")
        write("""
            input: in.jsonl
            output: out
            workers: 1
            batch: {documents: 8}
            stages: [sentences, {dedup: {method: minhash}}, {export: {path: docs.jsonl}}]
            """, to: dir + "/p.yaml")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sluiceBinary!)
        process.arguments = ["run", dir + "/p.yaml", "--quiet"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the run is under way (its temporary export file exists), then interrupt it.
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dir + "/out")) ?? []
            if files.contains(where: { $0.contains("docs.jsonl.tmp") }) { break }
            usleep(10_000)
        }
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(!FileManager.default.fileExists(atPath: dir + "/out/docs.jsonl"))   // nothing looks finished
        #expect(FileManager.default.fileExists(atPath: dir + "/out/docs.jsonl.partial"))
        let stats = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/out/stats.json"))) as! [String: Any]
        #expect(stats["status"] as? String == "interrupted")
    }
}
