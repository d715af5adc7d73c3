import Foundation
import Testing
import SluiceCore

/// The example plugins through real executables: `sluice-host` loading plugins/Redact, and the compiled-in
/// `sluice-wordstats`. They need the example packages built (`.ci/run` does; see docs/writing-stages.md); without
/// them the tests are skipped, unless SLUICE_REQUIRE_PLUGINS=1 (CI) makes that a failure.
@Suite(.serialized)
struct PluginHostTests {
    static let configuration = PluginABI.configuration
    static let host = "\(repositoryRoot)/.build/\(configuration)/sluice-host"
    static let plugin = "\(repositoryRoot)/plugins/Redact/.build/\(configuration)/libRedact.so"
    static let wordstats = "\(repositoryRoot)/plugins/WordStats/.build/\(configuration)/sluice-wordstats"
    static let required = ProcessInfo.processInfo.environment["SLUICE_REQUIRE_PLUGINS"] == "1"
    static let pluginBuilt = required || (FileManager.default.fileExists(atPath: host) && FileManager.default.fileExists(atPath: plugin))
    static let compiledInBuilt = required || FileManager.default.fileExists(atPath: wordstats)

    /// Runs an executable; returns its status and stderr.
    func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        p.currentDirectoryURL = URL(fileURLWithPath: repositoryRoot)
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: pluginBuilt, "build plugins/Redact and sluice-host first"))
    func hostLoadsTheRedactPluginAndRunsItsStage() throws {
        let out = scratchDirectory()
        let result = try run(Self.host, ["run", "plugins/Redact/pipeline.yaml", "--output", out, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let records = try readJSONLines(out + "/redacted.jsonl")
        #expect(records.count == 4)
        let first = records[0]["text"] as? String ?? ""
        #expect(first == "Write to ******************** or call **************** before Friday.")
    }

    @Test(.enabled(if: pluginBuilt, "build plugins/Redact and sluice-host first"))
    func aSecondCopyOfThePluginIsRejectedForItsDuplicateStageName() throws {
        let dir = scratchDirectory()
        try FileManager.default.copyItem(atPath: Self.plugin, toPath: dir + "/libRedactCopy.so")
        write("""
            plugins: [\(Self.plugin), libRedactCopy.so]
            input: \(repositoryRoot)/plugins/Redact/samples/contacts.jsonl
            stages: [redact]
            """, to: dir + "/p.yaml")
        let result = try run(Self.host, ["validate", dir + "/p.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("p.yaml:1:\(Self.plugin.count + 13): error: plugin \"libRedactCopy.so\""))
        #expect(result.stderr.contains("it registers the stage \"redact\", which is already registered by Redact plugin"))
    }

    @Test(.enabled(if: pluginBuilt, "build plugins/Redact and sluice-host first"))
    func aBrokenPluginFailsOnlyThePipelineThatNamesIt() throws {
        let dir = scratchDirectory()
        write("not a library", to: dir + "/libBroken.so")
        write("plugins: [libBroken.so]\ninput: x\nstages: [passthrough]\n", to: dir + "/broken.yaml")
        let broken = try run(Self.host, ["validate", dir + "/broken.yaml"])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("plugin \"libBroken.so\" (\(dir)/libBroken.so): cannot load the library"))
        let news = try run(Self.host, ["run", "pipelines/news.yaml", "--output", dir + "/news", "--quiet"])
        #expect(news.status == 0, "\(news.stderr)")
    }

    @Test(.enabled(if: compiledInBuilt, "build plugins/WordStats first"))
    func compiledInExecutableRunsItsStageBesideTheStandardOnes() throws {
        let out = scratchDirectory()
        let result = try run(Self.wordstats, ["run", "plugins/WordStats/pipeline.yaml", "--output", out, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let records = try readJSONLines(out + "/wordstats.jsonl")
        #expect(!records.isEmpty)
        #expect(records.allSatisfy { (($0["metadata"] as? [String: Any])?["words"] as? Int ?? 0) >= 20 })
    }
}
