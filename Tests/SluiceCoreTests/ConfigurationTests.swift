import OrderedCollections
import Testing
@testable import SluiceCore

/// A registry with two small stages, for loader tests.
func testRegistry() -> StageRegistry {
    let registry = StageRegistry()
    try! registry.register(StageFactory(StageDescription(
        name: "boilerplate", summary: "test", options: [
            StageOption("mode", .choice(["text", "html"]), default: "text", "mode"),
            StageOption("min_words", .int, default: 3, "minimum"),
        ])) { _ in TestPassStage() })
    try! registry.register(StageFactory(StageDescription(
        name: "dedup", summary: "test", options: [StageOption("threshold", .double, default: 0.8, "t")])) { c in
            if let t = c.double("threshold"), !(0...1).contains(t) { throw c.error("threshold", "must be between 0 and 1") }
            return TestPassStage()
        })
    return registry
}

struct TestPassStage: DocumentStage {
    func process(_ document: inout Document, context: StageContext) throws -> Verdict { .keep }
}

struct ConfigurationTests {
    let loader = PipelineLoader(registry: testRegistry(), environment: ["CORPUS": "/data/news", "EMPTY": ""])

    func errors(_ yaml: String) -> [String] {
        do {
            _ = try loader.load(yaml: yaml, file: "pipeline.yaml", baseDirectory: "/p")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func misspelledStageGetsPositionAndSuggestion() {
        let e = errors("""
            name: t
            input: {paths: [a.jsonl]}
            stages:
              - boilerplat
              - dedup
            """)
        #expect(e == [#"pipeline.yaml:4:5: error: unknown stage "boilerplat" — did you mean "boilerplate"?"#])
    }

    @Test func misspelledOptionAndTopLevelKey() {
        let e = errors("""
            name: t
            stagse: []
            stages:
              - boilerplate: {min_word: 4}
            """)
        #expect(e.contains(#"pipeline.yaml:2:1: error: unknown key "stagse" — did you mean "stages"?"#))
        #expect(e.contains(#"pipeline.yaml:4:19: error: unknown option "min_word" for stage "boilerplate" — did you mean "min_words"?"#))
    }

    @Test func wrongTypeIsReportedAtTheValue() {
        let e = errors("""
            stages:
              - boilerplate:
                  min_words: lots
              - dedup: {threshold: 1.5}
            workers: many
            """)
        #expect(e.contains(#"pipeline.yaml:3:18: error: stage "boilerplate" option "min_words": expected an integer, got "lots""#))
        #expect(e.contains(where: { $0.hasPrefix("pipeline.yaml:5:10: error: workers must be") }))
        // Factory validation (range) is reported when stages are built.
        let spec = try? loader.load(yaml: "stages:\n  - dedup: {threshold: 1.5}\n", file: "p.yaml", baseDirectory: ".")
        #expect(throws: PipelineDefinitionError.self) { try spec?.makeStages() }
        do {
            _ = try spec?.makeStages()
        } catch {
            #expect(error.description == #"p.yaml:2:24: error: stage "dedup": option "threshold": must be between 0 and 1"#)
        }
    }

    @Test func badYAMLSyntaxHasAPosition() {
        let e = errors("name: t\nstages:\n  - dedup: {threshold: 0.5\n  - boilerplate\n")
        #expect(e == [#"pipeline.yaml:5:1: error: invalid YAML: did not find expected ',' or '}'"#])
    }

    @Test func badChoiceSuggestsTheClosest() {
        let e = errors("on_error: quarantne\nstages: [dedup]\n")
        #expect(e == [#"pipeline.yaml:1:11: error: on_error must be one of fail, skip, quarantine, got "quarantne" — did you mean "quarantine"?"#])
    }

    @Test func environmentSubstitutionAndRelativePaths() throws {
        let spec = try loader.load(yaml: """
            input:
              paths: ["${CORPUS}/a.jsonl", "b/${MISSING:-x}.jsonl", "${EMPTY:-fallback}"]
            output: out
            stages: [boilerplate]
            """, file: "p.yaml", baseDirectory: "/p")
        #expect(spec.input.paths == ["/data/news/a.jsonl", "/p/b/x.jsonl", "/p/fallback"])
        #expect(spec.outputDirectory == "/p/out")
        #expect(spec.rejectsPath == "/p/out/rejects.jsonl")
        #expect(spec.stages.first?.configuration.values["min_words"] == .int(3))
        let e = errors("input: ${NOPE}\nstages: [dedup]\n")
        #expect(e.first?.contains("environment variable NOPE is not set") == true)
    }

    @Test func aliasBombIsRefused() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...8 { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        yaml += "stages: [dedup]\n"
        let e = errors(yaml)
        #expect(e.contains(where: { $0.contains("alias expansion limit") }))
    }

    @Test func suggestionsUseEditDistance() {
        #expect(Suggestions.editDistance("kitten", "sitting") == 3)
        #expect(Suggestions.closest(to: "sentense", in: ["sentences", "entities"]) == "sentences")
        #expect(Suggestions.closest(to: "xyz", in: ["sentences"]) == nil)
    }
}
