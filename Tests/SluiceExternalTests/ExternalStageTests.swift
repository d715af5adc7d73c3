import OrderedCollections
import Testing
import SluiceCore
@testable import SluiceExternal

/// The `command` stage against real worker processes (python3), including workers that crash, hang and
/// answer garbage.
struct ExternalStageTests {
    @Test func processesEveryDocumentInBatches() throws {
        let texts = (0..<50).map { "document number \($0)" }
        let run = try runExternal(texts, options: "batch: 8", workers: 2)
        #expect(run.report.status == .completed)
        #expect(run.documents.count == 50)
        #expect(run.documents.allSatisfy { $0.text.hasPrefix("DOCUMENT NUMBER") && $0.metadata["pid"] != nil })
        let stage = run.report.statistics.stages.first { $0.0 == "command" }!.1
        #expect(stage.custom["batches"] == 7)  // 50 documents in runner batches of 8, chunks of ≤ 8
        #expect((stage.custom["worker_starts"] ?? 0) >= 1 && (stage.custom["worker_starts"] ?? 0) <= 2)
    }

    @Test func crashingWorkerFailsItsBatchWithStderrAndIsRestarted() throws {
        let texts = ["fine", "CRASH here", "also fine", "still fine"]
        let run = try runExternal(texts, options: "batch: 1")
        #expect(run.report.status == .completed)
        #expect(run.documents.map(\.id) == ["d000", "d002", "d003"])
        let reason = reasonOf(run.rejects.first)
        #expect(reason.contains("exited with status 3"))
        #expect(reason.contains("fatal: cannot digest d001"))
        let stage = run.report.statistics.stages.first { $0.0 == "command" }!.1
        #expect(stage.custom["worker_starts"] == 2)
    }

    @Test func hangingWorkerIsKilledAfterTheTimeout() throws {
        let started = ContinuousClock.now
        let run = try runExternal(["before", "HANG", "after"], options: "batch: 1, timeout: 0.5")
        #expect(ContinuousClock.now - started < .seconds(20))
        #expect(run.documents.map(\.id) == ["d000", "d002"])
        #expect(reasonOf(run.rejects.first).contains("no answer within 0.5 s"))
    }

    @Test func garbageAnswerFailsTheBatch() throws {
        let run = try runExternal(["ok", "GARBAGE", "ok too"], options: "batch: 1")
        #expect(run.documents.map(\.id) == ["d000", "d002"])
        #expect(reasonOf(run.rejects.first).contains("answered garbage"))
    }

    @Test func workerReportedErrorsAndDropsAffectOnlyTheirDocument() throws {
        let run = try runExternal(["a", "FAIL", "DROP", "b"], options: "batch: 4")
        #expect(run.documents.map(\.id) == ["d000", "d003"])
        let kinds = run.rejects.map { "\($0["id"]!):\($0["kind"]!)" }
        #expect(kinds == ["d001:error", "d002:dropped"])
        #expect(reasonOf(run.rejects[0]).contains("the worker reported: cannot handle d001"))
    }

    @Test func givesUpAfterMaxRestarts() throws {
        let texts = (0..<6).map { "CRASH \($0)" }
        let run = try runExternal(texts, options: "batch: 1, max_restarts: 2")
        #expect(run.documents.isEmpty)
        #expect(run.rejects.count == 6)
        #expect(reasonOf(run.rejects.last).contains("gave up after 3 worker failures"))
        let stage = run.report.statistics.stages.first { $0.0 == "command" }!.1
        #expect(stage.custom["worker_starts"] == 3)
    }

    @Test func failPolicyStopsTheRunNamingTheWorkerFailure() throws {
        let run = try runExternal(["CRASH"], options: "batch: 1", onError: "fail")
        #expect(run.report.status == .failed)
        #expect(run.report.statistics.failure?.contains("fatal: cannot digest d000") == true)
    }

    @Test func commandThatDoesNotExistIsReportedWithItsStderr() throws {
        let run = try runExternal(["x"], options: "batch: 1, max_restarts: 0", worker: "")
            // the script exists but is empty: python exits 0 at once without answering hello
        #expect(run.documents.isEmpty)
        #expect(reasonOf(run.rejects.first).contains("did not start"))
    }

    @Test func optionsAreCheckedAtTheirPosition() throws {
        let registry = StageRegistry()
        try registry.register(SluiceExternalModule.stages)
        let yaml = "input: x\nstages:\n  - command: {run: [], timeout: 0}\n"
        let spec = try PipelineLoader(registry: registry).load(yaml: yaml, file: "p.yaml", baseDirectory: ".")
        #expect(throws: PipelineDefinitionError.self) { try spec.makeStages() }
    }
}
