import ArgumentParser
import Foundation
import Testing
@testable import SluiceCLI

/// `sluice new-stage` writes complete packages: Swift sources that parse, a worker whose own test passes.
struct NewStageTests {
    func generate(_ kind: String) throws -> String {
        let dir = scratchDirectory()
        var command = try SluiceCommand.parseAsRoot(["new-stage", "word_counter", "--\(kind)", "--output", dir])
        try command.run()
        return dir + "/WordCounter"
    }

    func tool(_ arguments: [String], in dir: String) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = arguments
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self))
    }

    @Test(arguments: ["dynamic", "package"])
    func swiftTemplatesAreCompletePackagesThatParse(kind: String) throws {
        let dir = try generate(kind)
        let sources = try FileManager.default.subpathsOfDirectory(atPath: dir).filter { $0.hasSuffix(".swift") }
        #expect(sources.contains("Package.swift"))
        #expect(sources.contains("Tests/WordCounterTests/WordCounterTests.swift"))
        let package = try String(contentsOfFile: dir + "/Package.swift", encoding: .utf8)
        #expect(package.contains(".package(name: \"sluice\", path: \"\(StageTemplates.sourceRoot)\")"))
        #expect(package.contains(kind == "dynamic" ? "type: .dynamic" : ".executable(name: \"sluice-word_counter\""))
        let (status, output) = try tool(["swiftc", "-parse"] + sources.filter { $0 != "Package.swift" }, in: dir)
        #expect(status == 0, "\(output)")
    }

    @Test func externalTemplateWorkerPassesItsOwnTest() throws {
        let dir = try generate("external")
        let (status, output) = try tool(["python3", "-m", "unittest", "test_word_counter.py"], in: dir)
        #expect(status == 0, "\(output)")
    }

    @Test func invalidNamesAreRefused() {
        #expect(throws: (any Error).self) { try SluiceCommand.parseAsRoot(["new-stage", "Bad-Name"]) }
    }
}
