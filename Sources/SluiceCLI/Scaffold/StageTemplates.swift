import SluiceCore

/// The files `sluice new-stage` writes, by kind. Placeholders: `__Name__` (CamelCase package and type prefix),
/// `__stage__` (the stage name), `__SLUICE__` (path of the Sluice package).
enum StageTemplates {
    /// The Sluice sources this executable was built from (for the generated packages' dependency).
    static let sourceRoot: String = {
        var path = #filePath  // …/Sources/SluiceCLI/Scaffold/StageTemplates.swift
        for _ in 0..<4 { path = FilePaths.directory(of: path) }
        return path
    }()

    static func isValidStageName(_ name: String) -> Bool {
        let b = Array(name.utf8)
        return !b.isEmpty && b[0] >= 97 && b[0] <= 122 && b.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }
    }

    /// `keyword_tagger` → `KeywordTagger`.
    static func typeName(_ stage: String) -> String {
        stage.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// Relative path → contents.
    static func files(kind: String, stageName: String, sluicePath: String) -> [(String, String)] {
        let name = typeName(stageName)
        let table: [(String, String)]
        switch kind {
        case "package": table = compiledIn
        case "external": table = external
        default: table = dynamic
        }
        return table.map { path, text in
            func fill(_ s: String) -> String {
                s.replacing("__Name__", with: name).replacing("__stage__", with: stageName).replacing("__SLUICE__", with: sluicePath)
            }
            return (fill(path), fill(text))
        }
    }

    static func nextSteps(kind: String, folder: String, stageName: String) -> String {
        switch kind {
        case "package":
            return "next: cd \(folder) && swift test && swift run sluice-\(stageName.replacing("_", with: "-")) run pipeline.yaml"
        case "external":
            return "next: cd \(folder) && python3 -m unittest test_\(stageName).py && sluice run pipeline.yaml"
        default:
            return "next: cd \(folder) && swift test && swift build, then run pipeline.yaml with sluice-host (same build configuration)"
        }
    }

    static let sample = """
        {"id": "one", "text": "A first document. It has two sentences."}
        {"id": "two", "text": "A second one."}

        """

    static let stageSource = """
        import SluiceCore

        /// `__stage__`: describe what the stage does here.
        public struct __Name__Stage: DocumentStage {
            /// The factory to register.
            public static let factory = StageFactory(StageDescription(
                name: "__stage__",
                summary: "count characters into metadata (replace with what your stage does)",
                options: [StageOption("field", .string, default: "characters", "metadata field to write")],
                example: "- __stage__: {field: characters}",
                module: "__Name__")) { config in
                    guard let field = config.string("field"), !field.isEmpty else { throw config.error("field", "must not be empty") }
                    return __Name__Stage(field: field)
                }

            /// Metadata field written.
            public let field: String

            /// Creates the stage.
            public init(field: String) { self.field = field }

            public func process(_ document: inout Document, context: StageContext) throws -> Verdict {
                let characters = document.text.unicodeScalars.count
                document.metadata[field] = .int(characters)
                context.count("characters", by: characters)
                return .keep
            }
        }

        """

    static let stageTest = """
        import Testing
        import SluiceCore
        import __Name__

        struct __Name__Tests {
            @Test func writesTheCountIntoMetadata() throws {
                var document = Document(id: "d", text: "Grüße")
                let verdict = try __Name__Stage(field: "n").process(&document, context: StageContext(stageName: "__stage__"))
                #expect(verdict == .keep)
                #expect(document.metadata["n"] == .int(5))
            }

            @Test func conformsToTheStageContract() {
                let problems = StageConformance.check(__Name__Stage.factory)
                #expect(problems.isEmpty, "\\(problems)")
            }
        }

        """

    static let dynamic: [(String, String)] = [
        ("Package.swift", """
            // swift-tools-version: 6.2
            // A run-time Sluice plugin: build with `swift build` (the same configuration as the sluice-host that loads it).
            import PackageDescription

            let package = Package(
                name: "__Name__",
                products: [.library(name: "__Name__", type: .dynamic, targets: ["__Name__"])],
                dependencies: [.package(name: "sluice", path: "__SLUICE__")],
                targets: [
                    // Link SluiceKit (the shared core), never SluiceCore: host and plugin must share one copy of the core.
                    .target(name: "__Name__", dependencies: [.product(name: "SluiceKit", package: "sluice")]),
                    .testTarget(name: "__Name__Tests", dependencies: ["__Name__", .product(name: "SluiceKit", package: "sluice")]),
                ]
            )

            """),
        ("Sources/__Name__/__Name__Stage.swift", stageSource),
        ("Sources/__Name__/Plugin.swift", """
            import SluiceCore

            /// Writes the ABI fingerprint this plugin was compiled with; the host checks it before anything else.
            @c(sluice_plugin_abi)
            public func sluicePluginABI(_ buffer: UnsafeMutablePointer<CChar>, _ capacity: Int) -> Int {
                PluginABI.write(into: buffer, capacity: capacity)
            }

            /// Hands the plugin's stages to the host.
            @c(sluice_plugin_register)
            public func sluicePluginRegister() -> UnsafeMutableRawPointer {
                PluginRegistration(name: "__Name__", stages: [__Name__Stage.factory]).retainedPointer()
            }

            """),
        ("Tests/__Name__Tests/__Name__Tests.swift", stageTest),
        ("samples/example.jsonl", sample),
        ("pipeline.yaml", """
            # Run with the plugin-capable host: sluice-host run pipeline.yaml
            plugins: [__Name__]
            plugin_path: [..]
            input: samples/example.jsonl
            output: out
            stages:
              - __stage__
              - export: {path: __stage__.jsonl}

            """),
    ]

    static let compiledIn: [(String, String)] = [
        ("Package.swift", """
            // swift-tools-version: 6.2
            // A compiled-in Sluice stage with its own sluice-compatible executable.
            import PackageDescription

            let package = Package(
                name: "__Name__",
                products: [.executable(name: "sluice-__stage__", targets: ["__Name__Sluice"])],
                dependencies: [.package(name: "sluice", path: "__SLUICE__")],
                targets: [
                    .target(name: "__Name__", dependencies: [.product(name: "SluiceCore", package: "sluice")]),
                    .executableTarget(name: "__Name__Sluice", dependencies: ["__Name__", .product(name: "SluiceCLI", package: "sluice")]),
                    .testTarget(name: "__Name__Tests", dependencies: ["__Name__", .product(name: "SluiceCore", package: "sluice")]),
                ]
            )

            """),
        ("Sources/__Name__/__Name__Stage.swift", stageSource),
        ("Sources/__Name__Sluice/main.swift", """
            import SluiceCLI
            import __Name__

            SluiceMain.run(extraStages: [__Name__Stage.factory])

            """),
        ("Tests/__Name__Tests/__Name__Tests.swift", stageTest),
        ("samples/example.jsonl", sample),
        ("pipeline.yaml", """
            # Run with this package's executable: swift run sluice-__stage__ run pipeline.yaml
            input: samples/example.jsonl
            output: out
            stages:
              - __stage__
              - export: {path: __stage__.jsonl}

            """),
    ]

    static let external: [(String, String)] = [
        ("__stage__.py", #"""
            #!/usr/bin/env python3
            """Sluice external stage `__stage__` (protocol: docs/external-stages.md). Standard library only."""
            import json
            import sys


            def answer(doc, options):
                """One reply per document: change "text", add "metadata", or "drop" / "error" with a reason."""
                field = options.get("field", "characters")
                return {"id": doc["id"], "metadata": {field: len(doc["text"])}}


            def main(stdin=sys.stdin, stdout=sys.stdout):
                options, batch = {}, []
                for line in stdin:
                    message = json.loads(line)
                    control = message.get("sluice")
                    if control == "hello":
                        options = message.get("options") or {}
                        stdout.write(json.dumps({"sluice": "ready"}) + "\n")
                        stdout.flush()
                    elif control == "end":
                        for doc in batch:
                            stdout.write(json.dumps(answer(doc, options), ensure_ascii=False) + "\n")
                        stdout.flush()
                        batch = []
                    else:
                        batch.append(message)


            if __name__ == "__main__":
                main()

            """#),
        ("test___stage__.py", #"""
            """Runs the worker through the protocol, as sluice would."""
            import json
            import subprocess
            import sys
            import unittest


            class ProtocolTest(unittest.TestCase):
                def test_answers_one_line_per_document_in_order(self):
                    lines = [{"sluice": "hello", "protocol": 1, "stage": "__stage__", "options": {"field": "n"}},
                             {"id": "a", "text": "Grüße"}, {"id": "b", "text": ""}, {"sluice": "end", "count": 2}]
                    request = "".join(json.dumps(m) + "\n" for m in lines)
                    done = subprocess.run([sys.executable, "__stage__.py"], input=request, capture_output=True,
                                          text=True, timeout=30)
                    replies = [json.loads(l) for l in done.stdout.splitlines()]
                    self.assertEqual(replies[0], {"sluice": "ready"})
                    self.assertEqual(replies[1:], [{"id": "a", "metadata": {"n": 5}}, {"id": "b", "metadata": {"n": 0}}])


            if __name__ == "__main__":
                unittest.main()

            """#),
        ("samples/example.jsonl", sample),
        ("pipeline.yaml", """
            # Run with any sluice: sluice run pipeline.yaml
            input: samples/example.jsonl
            output: out
            stages:
              - command: {run: [python3, __stage__.py], batch: 32, options: {field: characters}}
              - export: {path: __stage__.jsonl}

            """),
    ]
}
