import Foundation
import Synchronization
import Testing
import SluiceCore

/// A batch stage that records its chunk sizes, uppercases, drops "drop", fails "fail" and throws for a chunk
/// holding "boom"; with `miscount` it returns one result too few.
private final class ChunkStage: BatchStage {
    let maxBatchDocuments: Int
    let miscount: Bool
    let sizes = Mutex<[Int]>([])
    init(max: Int, miscount: Bool = false) {
        maxBatchDocuments = max
        self.miscount = miscount
    }

    struct Boom: Error, CustomStringConvertible { var description: String { "boom in chunk" } }
    struct Bad: Error, CustomStringConvertible { var description: String { "bad document" } }

    func process(_ documents: inout [Document], context: StageContext) throws -> [Result<Verdict, any Error>] {
        let count = documents.count
        sizes.withLock { $0.append(count) }
        if documents.contains(where: { $0.text == "boom" }) { throw Boom() }
        var results: [Result<Verdict, any Error>] = []
        for k in documents.indices {
            switch documents[k].text {
            case "drop": results.append(.success(.drop(reason: "asked")))
            case "fail": results.append(.failure(Bad()))
            default:
                documents[k].text = documents[k].text.uppercased()
                results.append(.success(.keep))
            }
        }
        context.count("chunks")
        return miscount ? Array(results.dropLast()) : results
    }
}

private final class Collect: DocumentStage {
    let seen = Mutex<[String]>([])
    func process(_ document: inout Document, context: StageContext) throws -> Verdict {
        let t = document.id + "=" + document.text
        seen.withLock { $0.append(t) }
        return .keep
    }
}

/// Runs `texts` (one JSON Lines record each, runner batches of `batch`) through `stage` and a collector.
private func run(_ texts: [String], stage: ChunkStage, batch: Int, workers: Int = 2)
    throws -> (report: RunReport, seen: [String], rejects: String)
{
    let dir = NSTemporaryDirectory() + "sluice-batch-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let lines = texts.enumerated().map { #"{"id":"d\#($0.offset)","text":"\#($0.element)"}"# }
    try (lines.joined(separator: "\n") + "\n").write(toFile: dir + "/in.jsonl", atomically: true, encoding: .utf8)
    let collect = Collect()
    let registry = StageRegistry()
    try registry.register(StageFactory(StageDescription(name: "chunks", summary: "c")) { _ in stage })
    try registry.register(StageFactory(StageDescription(name: "collect", summary: "c")) { _ in collect })
    let spec = try PipelineLoader(registry: registry).load(
        yaml: "input: in.jsonl\nbatch: {documents: \(batch)}\nstages: [chunks, collect]\n", file: dir + "/p.yaml", baseDirectory: dir)
    let report = PipelineRunner(spec: spec, stages: try spec.makeStages(), options: RunOptions(workers: workers, writeStats: false)).run()
    let rejects = (try? String(contentsOfFile: dir + "/rejects.jsonl", encoding: .utf8)) ?? ""
    return (report, collect.seen.withLock { $0 }.sorted(), rejects)
}

struct BatchStageTests {
    @Test func runnerBatchesAreCutIntoChunksOfAtMostMaxBatchDocuments() throws {
        let stage = ChunkStage(max: 3)
        let result = try run((0..<20).map { "t\($0)" }, stage: stage, batch: 8)
        #expect(result.report.status == .completed)
        #expect(result.seen.count == 20 && result.seen.allSatisfy { $0.contains("=T") })
        // Batches of 8, 8, 4 → chunks 3, 3, 2 | 3, 3, 2 | 3, 1, whatever the number of workers.
        #expect(stage.sizes.withLock { $0 }.sorted() == [1, 2, 2, 3, 3, 3, 3, 3])
        #expect(result.report.statistics.stages[0].1.custom["chunks"] == 8)
    }

    @Test func perDocumentResultsDropAndFailOnlyTheirDocument() throws {
        let result = try run(["a", "drop", "fail", "b"], stage: ChunkStage(max: 4), batch: 8)
        #expect(result.seen == ["d0=A", "d3=B"])
        #expect(result.report.statistics.droppedDocuments == 1)
        #expect(result.report.statistics.erroredDocuments == 1)
        #expect(result.rejects.contains("bad document"))
    }

    @Test func aThrowingChunkFailsEveryDocumentOfThatChunkOnly() throws {
        let result = try run(["a", "boom", "c", "d"], stage: ChunkStage(max: 2), batch: 8)
        #expect(result.seen == ["d2=C", "d3=D"])
        #expect(result.report.statistics.erroredDocuments == 2)
        #expect(result.rejects.components(separatedBy: "boom in chunk").count == 3)
    }

    @Test func theWrongNumberOfResultsFailsTheChunkAndLeavesDocumentsUnchanged() throws {
        let result = try run(["a", "b"], stage: ChunkStage(max: 2, miscount: true), batch: 8)
        #expect(result.seen.isEmpty)
        #expect(result.rejects.contains("the stage returned 1 result for 2 documents"))
    }
}
