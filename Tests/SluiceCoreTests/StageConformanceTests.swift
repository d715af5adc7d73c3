import OrderedCollections
import Synchronization
import Testing
import SluiceCore

private struct Upper: DocumentStage {
    func process(_ document: inout Document, context: StageContext) throws -> Verdict {
        document.text = document.text.uppercased()
        if !document.text.isEmpty { document.annotations.append(Annotation(kind: "all", start: 0, end: document.text.utf8.count)) }
        context.count("documents")
        return .keep
    }
}

/// Depends on how many documents it has seen: not deterministic.
private final class Counting: DocumentStage {
    let seen = Atomic<Int>(0)
    func process(_ document: inout Document, context: StageContext) throws -> Verdict {
        let n = seen.add(1, ordering: .relaxed).newValue
        document.metadata["n"] = .int(n)
        return .keep
    }
}

/// Puts an annotation past the end of the text and one inside a multi-byte character.
private struct BadOffsets: DocumentStage {
    func process(_ document: inout Document, context: StageContext) throws -> Verdict {
        document.annotations.append(Annotation(kind: "x", start: 0, end: document.text.utf8.count + 1))
        return document.text.isEmpty ? .drop(reason: "") : .keep
    }
}

struct StageConformanceTests {
    func factory(_ name: String, _ make: @escaping @Sendable () -> any Stage, options: [StageOption] = []) -> StageFactory {
        StageFactory(StageDescription(name: name, summary: "test", options: options)) { _ in make() }
    }

    @Test func aWellBehavedStageConforms() {
        #expect(StageConformance.check(factory("upper", { Upper() })).isEmpty)
    }

    @Test func orderDependentResultsAreReported() {
        let problems = StageConformance.check(factory("counting", { Counting() }))
        #expect(problems.contains { $0.check == "determinism" })
    }

    @Test func offsetsAndEmptyDropReasonsAreReported() {
        let problems = StageConformance.check(factory("bad_offsets", { BadOffsets() }))
        #expect(problems.contains { $0.check == "offsets" && $0.message.contains("outside the text") })
        #expect(problems.contains { $0.check == "verdicts" && $0.message.contains("empty reason") })
    }

    @Test func descriptionProblemsAreReported() {
        let f = factory("Bad-Name", { Upper() }, options: [StageOption("limit", .int, default: "ten", "a limit")])
        let problems = StageConformance.check(f)
        #expect(problems.contains { $0.message.contains("not snake_case") })
        #expect(problems.contains { $0.message.contains("default \"ten\" is not a integer") })
    }

    @Test func aFactoryThatCannotBuildIsReported() {
        let f = StageFactory(StageDescription(name: "broken", summary: "b")) { _ in throw StageConfigurationError(message: "no") }
        #expect(StageConformance.check(f).map(\.check) == ["factory"])
    }
}
