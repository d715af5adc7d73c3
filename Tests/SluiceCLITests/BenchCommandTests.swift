import Foundation
import Testing

/// `sluice bench` runs the suite's pipelines in child processes and prints the tables (checked on a tiny corpus
/// for content, never for speed: benchmarks are not timed tests).
struct BenchCommandTests {
    private func bench(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: sluiceBinary!)
        p.arguments = ["bench"] + arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    @Test(.enabled(if: sluiceBinary != nil, "needs the sluice binary (swift build)"))
    func printsThroughputMemoryAndSpeedUpTables() throws {
        let work = scratchDirectory()
        var gen = TextGenerator(state: 5)
        let lines = (0..<60).map { i in #"{"id":"d\#(i)","text":"\#(gen.document().replacingOccurrences(of: "\n", with: "\\n"))"}"# }
        write(lines.joined(separator: "\n") + "\n", to: work + "/corpus/small.jsonl")
        let r = try bench(["--work", work, "--pipelines", repositoryRoot + "/benchmarks/pipelines",
                           "--suites", "runner-overhead", "--workers", "1,2", "--repeats", "1"])
        #expect(r.status == 0, "\(r.err)")
        let rows = r.out.split(separator: "\n").filter { $0.hasPrefix("| runner-overhead |") }
        #expect(rows.count == 2)
        for row in rows {
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(cells[6] == "60" && cells[7] == "60", "documents in and written: \(row)")
            #expect((Double(cells[3]) ?? 0) > 0 && (Int(cells[5]) ?? 0) > 0, "MB/CPU-s and peak RSS: \(row)")
        }
        #expect(r.out.contains("speed-up over 1 worker") && r.out.contains("| small | runner-overhead |"))
        #expect(r.out.contains("cat floor"))
    }

    @Test(.enabled(if: sluiceBinary != nil, "needs the sluice binary (swift build)"))
    func unknownSuiteIsAClearError() throws {
        let r = try bench(["--work", scratchDirectory(), "--pipelines", repositoryRoot + "/benchmarks/pipelines", "--suites", "newz"])
        #expect(r.status == 64)
        #expect(r.err.contains("no benchmark pipeline \"newz\"") && r.err.contains("news"))
    }
}
