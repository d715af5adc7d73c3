import Foundation
import Testing
@testable import SluiceCore
@testable import SluiceExport

#if canImport(Glibc)
import Glibc
#endif

/// Kills a real `sluice run` with SIGKILL in the middle of an export and checks that nothing under a final name
/// is incomplete. Needs a built CLI (`.build/debug/sluice` in the repository); the test builds nothing.
struct KillDuringExportTests {
    /// A hidden temporary file of the export (`.docs.jsonl.tmp-PID`, or a shard's staging file).
    static func isExportTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") && name.contains("docs.jsonl") && name.contains(".tmp-")
    }

    @Test func sigkillLeavesNoIncompleteFinalFile() throws {
        let binary = TestSupport.repositoryRoot.appendingPathComponent(".build/debug/sluice").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            Issue.record("skipped: no CLI at \(binary) (build the package first); the kill test did not run")
            return
        }
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // About 65 MB of JSON Lines.
        let documents = 60_000
        var input: [UInt8] = []
        input.reserveCapacity(documents * 1_050)
        let filler = String(repeating: "Zoë and José went to Zürich to see the lake. ", count: 22)
        for k in 0..<documents { input += Array("{\"id\":\"d\(k)\",\"text\":\"\(k) \(filler)\"}\n".utf8) }
        try Data(input).write(to: URL(fileURLWithPath: dir + "/in.jsonl"))
        try """
            name: kill
            input: {paths: [in.jsonl]}
            output: out
            workers: 2
            stages:
              - export: {path: docs.jsonl}
            """.write(toFile: dir + "/pipeline.yaml", atomically: true, encoding: .utf8)

        func startRun() throws -> Process {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: binary)
            p.arguments = ["run", dir + "/pipeline.yaml"]
            p.currentDirectoryURL = URL(fileURLWithPath: dir)
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            return p
        }
        let p = try startRun()
        // Wait until the export's temporary file has data, then kill.
        let out = dir + "/out"
        var sawTemporary = false
        let deadline = Date().addingTimeInterval(60)
        while p.isRunning && Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
            if let tmp = names.first(where: Self.isExportTemporary), (FileIO.size(of: out + "/" + tmp) ?? 0) > 0 {
                sawTemporary = true
                break
            }
            usleep(2_000)
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()

        let names = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
        if sawTemporary {
            #expect(!names.contains("docs.jsonl"), "the killed run left docs.jsonl under its final name: \(names)")
            #expect(names.allSatisfy { $0.hasPrefix(".") && $0.contains(".tmp-") }, "only hidden temporary files may remain: \(names)")
            #expect(names.contains(where: Self.isExportTemporary))
        } else {
            Issue.record("the run ended before it could be killed mid-export; only completeness was checked")
        }
        // Whatever exists under the final name must be complete.
        if names.contains("docs.jsonl") {
            let lines = try TestSupport.read(out + "/docs.jsonl").reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            #expect(lines == documents)
        }
        // A rerun completes the output and deletes the temporary files the killed run left behind.
        let rerun = try startRun()
        rerun.waitUntilExit()
        #expect(rerun.terminationStatus == 0)
        let after = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
        #expect(!after.contains { $0.contains(".tmp-") }, "temporary files left after the rerun: \(after)")
        let lines = try TestSupport.read(out + "/docs.jsonl").reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        #expect(lines == documents)
    }
}
