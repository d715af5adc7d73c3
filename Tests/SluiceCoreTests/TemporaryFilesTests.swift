import Foundation
import Testing
@testable import SluiceCore

/// Temporary output files left by killed runs are deleted by the next writer in the folder, and only those.
struct TemporaryFilesTests {
    @Test func staleTemporariesOfExitedProcessesOnThisHostAreDeleted() throws {
        let dir = NSTemporaryDirectory() + "sluice-tmpfiles-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // A process id that has certainly exited: a child we waited for.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let dead = child.processIdentifier
        let host = TemporaryFiles.prefix(of: "x").dropFirst(".x.tmp-".count).dropLast()
        let stale = [".out.jsonl.tmp-\(host)-\(dead)", ".out-0001.jsonl.tmp-\(host)-\(dead)-done",
                     "..out-0001.jsonl.tmp-\(host)-\(dead)-done.tmp-\(host)-\(dead)"]
        let kept = [".out.jsonl.tmp-\(host)-1",  // pid 1 is alive
                    ".out.jsonl.tmp-\(host)-\(getpid())",  // this process
                    ".out.jsonl.tmp-otherhost-\(dead)",  // another machine sharing the folder
                    "out.jsonl", ".hidden", ".notes.tmp-\(host)-x"]
        for name in stale + kept { _ = FileManager.default.createFile(atPath: dir + "/" + name, contents: Data("x".utf8)) }
        #expect(TemporaryFiles.removeStale(in: dir) == stale.count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == kept.sorted())
        #expect(TemporaryFiles.path(for: dir + "/out.jsonl") == dir + "/" + TemporaryFiles.prefix(of: "out.jsonl") + "\(getpid())")
    }
}
