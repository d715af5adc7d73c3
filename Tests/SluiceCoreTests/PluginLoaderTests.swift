import Foundation
import Testing
import SluiceCore

/// Plugin failures are reported at the pipeline's `plugins:` entry, naming the plugin and the reason, and do
/// not disturb pipelines that do not use the plugin. Fake plugins are small C libraries built with clang; the
/// real plugin is exercised through `sluice-host` in `PluginHostTests` (SluiceCLITests).
@Suite(.serialized)
final class PluginLoaderTests {
    /// This test's folder (each test runs on a fresh instance; the folder goes with it).
    let dir: String = {
        let d = NSTemporaryDirectory() + "sluice-plugins-\(UUID().uuidString.prefix(8))"
        try! FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }()

    deinit { try? FileManager.default.removeItem(atPath: dir) }

    /// Compiles C source into `lib<name>.so` in the test folder.
    func buildLibrary(_ name: String, _ source: String) throws -> String {
        let c = "\(dir)/\(name).c", so = "\(dir)/lib\(name).so"
        try source.write(toFile: c, atomically: true, encoding: .utf8)
        let clang = Process()
        clang.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        clang.arguments = ["clang", "-shared", "-fPIC", "-o", so, c]
        try clang.run()
        clang.waitUntilExit()
        try #require(clang.terminationStatus == 0, "clang failed")
        return so
    }

    /// A C plugin whose `sluice_plugin_abi` reports `fingerprint`.
    func fakePlugin(_ name: String, fingerprint: String) throws -> String {
        try buildLibrary(name, """
            #include <string.h>
            long sluice_plugin_abi(char *buffer, long capacity) {
                const char *f = "\(fingerprint)";
                strncpy(buffer, f, capacity - 1); buffer[capacity - 1] = 0;
                return (long)strlen(f);
            }
            void *sluice_plugin_register(void) { return 0; }
            """)
    }

    func load(_ yaml: String, registry: StageRegistry = StageRegistry(), environment: [String: String] = [:]) -> [Diagnostic] {
        do {
            _ = try PipelineLoader(registry: registry, environment: environment).load(yaml: yaml, file: "p.yaml", baseDirectory: dir)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func missingPluginIsReportedAtItsEntryWithThePlacesTried() {
        let d = load("plugins:\n  - Nowhere\nplugin_path: [libs]\nstages: [passthrough]\n")
        let first = d.first
        #expect(first?.location.line == 2 && first?.location.column == 5)
        #expect(first?.message.contains("plugin \"Nowhere\": no such plugin file") == true)
        #expect(first?.message.contains("\(dir)/libs/libNowhere.so") == true)
        #expect(first?.message.contains("Nowhere/.build/") == true)
        // The unknown stage is explained by the failed plugin, not by a list of every stage.
        #expect(d.contains { $0.message.contains("it may come from plugin \"Nowhere\"") })
    }

    @Test func libraryThatIsNotAPluginIsRejected() throws {
        let path = try buildLibrary("plain", "int plain(void) { return 1; }")
        let d = load("plugins: [\(path)]\nstages: [x]\n")
        #expect(d.first?.message.contains("not a Sluice plugin: it exports no sluice_plugin_abi") == true)
        #expect(d.first?.location.line == 1)
    }

    @Test func wrongABIIsRejectedBeforeAnythingElseIsCalled() throws {
        // sluice_plugin_register returns NULL here: calling it would be reported differently.
        let path = try fakePlugin("old", fingerprint: "sluice-plugin-abi/1 core=0000 swift-6.0 debug")
        let d = load("plugins: [\(path)]\nstages: [x]\n")
        let message = d.first?.message ?? ""
        #expect(message.contains("plugin \"\(path)\": built against a different Sluice core"))
        #expect(message.contains("core=0000 swift-6.0"))
        #expect(message.contains(PluginABI.fingerprint))
    }

    @Test func staticHostRefusesEvenAMatchingPlugin() throws {
        // This test runner links the core statically, like `sluice`: plugin types would not be its own.
        #expect(PluginHost.sharesCoreLibrary == false)
        let path = try fakePlugin("match", fingerprint: PluginABI.fingerprint)
        let d = load("plugins: [\(path)]\nstages: [x]\n")
        #expect(d.first?.message.contains("core linked in statically") == true)
        #expect(d.first?.message.contains("sluice-host") == true)
    }

    @Test func namesAreSearchedInPluginPathThenEnvironmentThenPipelineFolder() throws {
        try FileManager.default.createDirectory(atPath: dir + "/a", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir + "/env", withIntermediateDirectories: true)
        _ = try buildLibrary("plain", "int plain(void) { return 1; }")
        try FileManager.default.moveItem(atPath: dir + "/libplain.so", toPath: dir + "/env/libFound.so")
        let d = load("plugin_path: [a]\nplugins: Found\nstages: [x]\n", environment: ["SLUICE_PLUGIN_PATH": dir + "/env"])
        // Found (in the environment's folder), then rejected for what it is.
        #expect(d.first?.message.contains("plugin \"Found\" (\(dir)/env/libFound.so): not a Sluice plugin") == true)
    }

    @Test func duplicateStageNameIsRejectedAndNothingIsRegistered() throws {
        let registry = StageRegistry()
        let existing = StageFactory(StageDescription(name: "shout", summary: "s", module: "Loud")) { _ in Noop() }
        try registry.register(existing)
        let plugin = PluginRegistration(name: "Echo", stages: [
            StageFactory(StageDescription(name: "echo", summary: "e")) { _ in Noop() },
            StageFactory(StageDescription(name: "shout", summary: "s")) { _ in Noop() },
        ])
        #expect {
            try PluginLoader.register(plugin, entry: "Echo", path: "/p/libEcho.so", into: registry)
        } throws: { error in
            "\(error)" == "plugin \"Echo\" (/p/libEcho.so): it registers the stage \"shout\", which is already registered by Loud; stage names must be unique (rename one of them)"
        }
        #expect(registry.names == ["shout"])  // all or none: "echo" was not registered either
    }

    @Test func registeringTheSamePluginTwiceIntoARegistryIsHarmless() throws {
        let registry = StageRegistry()
        let plugin = PluginRegistration(name: "Echo", stages: [StageFactory(StageDescription(name: "echo", summary: "e")) { _ in Noop() }])
        let first = try PluginLoader.register(plugin, entry: "Echo", path: "/p/libEcho.so", into: registry)
        let second = try PluginLoader.register(plugin, entry: "Echo", path: "/p/libEcho.so", into: registry)
        #expect(first == second && first.stages == ["echo"])
        #expect(registry.factory(named: "echo")?.description.module == "Echo")
    }

    @Test func aBrokenPluginDoesNotAffectPipelinesThatDoNotUseIt() throws {
        let registry = StageRegistry()
        try registry.register(StageFactory(StageDescription(name: "noop", summary: "n")) { _ in Noop() })
        let path = try fakePlugin("broken", fingerprint: "garbage")
        #expect(!load("plugins: [\(path)]\nstages: [noop]\n", registry: registry).isEmpty)
        #expect(load("stages: [noop]\n", registry: registry).isEmpty)
    }
}

private struct Noop: DocumentStage {
    func process(_ document: inout Document, context: StageContext) throws -> Verdict { .keep }
}
