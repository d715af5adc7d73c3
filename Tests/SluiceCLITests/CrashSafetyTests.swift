import Foundation
import SluiceCore
import Testing

/// kill -9 at random moments, a full disk and an unwritable output: no output under its final name is ever
/// short, and a rerun gives the uninterrupted run's bytes.
struct CrashSafetyTests {
    static let outputs = ["d.jsonl", "rejects.jsonl"]

    /// A corpus with good, duplicate, malformed and failing records.
    static func makeCorpus(in dir: String) {
        var gen = TextGenerator(state: 99)
        var lines = ""
        for i in 0..<12_000 {
            switch i % 500 {
            case 7: lines += "{\"id\":\"bad\(i)\",\"text\":\n"
            case 8: lines += #"{"id":"x\#(i)","text":"EXPLODE here"}"# + "\n"
            default:
                let text = i % 97 == 0 ? "a repeated document for dedup" : gen.document().replacingOccurrences(of: "\n", with: "\\n")
                lines += #"{"id":"d\#(i)","text":"\#(text)"}"# + "\n"
            }
        }
        write(lines, to: dir + "/in.jsonl")
    }

    static func pipeline(output: String) -> String {
        """
        input: in.jsonl
        output: \(output)
        workers: 2
        batch: {documents: 32}
        stages: [explode, sentences, {dedup: {method: both}}, {export: {path: d.jsonl}}]
        """
    }

    static func run(_ dir: String, _ pipeline: String) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: sluiceBinary!)
        p.arguments = ["run", dir + "/" + pipeline, "--quiet"]
        p.standardError = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        return p
    }

    static func contents(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test(.enabled(if: sluiceBinary != nil, "needs the sluice binary (swift build)"))
    func tenRandomKillsThenRerunsGiveTheUninterruptedOutput() throws {
        let dir = scratchDirectory()
        Self.makeCorpus(in: dir)
        // The test stage `explode` lives in the test registry, not the binary: use the binary's stages only.
        let pipeline = Self.pipeline(output: "ref").replacingOccurrences(of: "explode, ", with: "")
        write(pipeline, to: dir + "/ref.yaml")
        let started = Date()
        let reference = try Self.run(dir, "ref.yaml")
        reference.waitUntilExit()
        #expect(reference.terminationStatus == 0)
        let duration = Date().timeIntervalSince(started)
        let expected = Self.outputs.map { Self.contents("\(dir)/ref/\($0)") }
        #expect(expected.allSatisfy { $0 != nil && !$0!.isEmpty })

        var random = TextGenerator(state: 2026)
        for k in 0..<10 {
            let out = "run\(k)"
            write(pipeline.replacingOccurrences(of: "output: ref", with: "output: \(out)"), to: "\(dir)/\(out).yaml")
            let victim = try Self.run(dir, "\(out).yaml")
            let delay = Double(random.next() % 1000) / 1000 * duration * 1.1
            usleep(UInt32(delay * 1_000_000))
            if victim.isRunning { kill(victim.processIdentifier, SIGKILL) }  // never signal a reaped (reusable) pid
            victim.waitUntilExit()
            // Whatever the moment: a file under its final name is complete.
            for (name, want) in zip(Self.outputs, expected) {
                if let got = Self.contents("\(dir)/\(out)/\(name)") {
                    #expect(got == want, "run \(k) killed after \(delay) s left a different \(name)")
                }
            }
            let rerun = try Self.run(dir, "\(out).yaml")
            rerun.waitUntilExit()
            #expect(rerun.terminationStatus == 0)
            for (name, want) in zip(Self.outputs, expected) {
                #expect(Self.contents("\(dir)/\(out)/\(name)") == want, "run \(k) (killed after \(delay) s): \(name) differs after the rerun")
            }
        }
    }

    @Test(.enabled(if: sluiceBinary != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit"),
                   "needs the sluice binary and prlimit"))
    func aFullDiskFailsClearlyWithoutAFinishedLookingFile() throws {
        let dir = scratchDirectory()
        Self.makeCorpus(in: dir)
        write(Self.pipeline(output: "out").replacingOccurrences(of: "explode, ", with: ""), to: dir + "/p.yaml")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
        // Files may not grow past 200 KB: the export (several MB) hits EFBIG, as on a full disk.
        p.arguments = ["--fsize=200000", sluiceBinary!, "run", dir + "/p.yaml", "--quiet"]
        let stderr = Pipe()
        p.standardError = stderr
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationReason == .exit)
        #expect(p.terminationStatus == 1)
        #expect(message.contains("File too large"), "stderr: \(message)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/out/d.jsonl"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/out/rejects.jsonl"))
    }

    @Test func anUnwritableOutputFailsTheRunWithAClearError() throws {
        let dir = scratchDirectory()
        write(#"{"id":"a","text":"hello"}"# + "\n", to: dir + "/in.jsonl")
        write("a file where a folder should be", to: dir + "/blocker")
        let report = try runReliabilityPipeline("""
            input: in.jsonl
            output: blocker/out
            stages: [{export: {path: d.jsonl}}]
            """, in: dir)
        #expect(report.status == .failed)
        #expect(report.statistics.failure?.contains("blocker") == true)
    }
}
