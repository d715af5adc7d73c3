/// A unit of work the engine runs on every batch: one stage (or the corpus observation of one).
protocol EngineStep: Sendable {
    /// Index of the stage in the pipeline (for stats), or -1.
    var stageIndex: Int { get }
    /// The stage's name.
    var name: String { get }
    /// True if the step has a serial part that must see batches in input order.
    var isOrdered: Bool { get }
    /// True if the stage wants raw bytes (a decoder); otherwise documents are decoded to text before it.
    var consumesRawBytes: Bool { get }
    /// The parallel part.
    func runParallel(_ batch: Batch, engine: Engine) throws(RunFailure)
    /// The serial, ordered part (only for ordered steps).
    func runOrdered(_ batch: Batch, engine: Engine) throws(RunFailure)
}

extension EngineStep {
    func runOrdered(_ batch: Batch, engine: Engine) throws(RunFailure) {}
}

/// Runs a ``DocumentStage`` on every live document of a batch.
struct DocumentStep: EngineStep {
    let stage: any DocumentStage
    let stageIndex: Int
    let name: String
    let consumesRawBytes: Bool
    var isOrdered: Bool { false }

    func runParallel(_ batch: Batch, engine: Engine) throws(RunFailure) {
        let context = StageContext(stageName: name, environment: engine.environment)
        let start = Clock.threadCPUNanoseconds()
        for i in 0..<batch.count where batch.states[i].isAlive {
            guard engine.prepareText(batch, i, for: self) else { continue }
            try engine.process(batch, i, step: self, context: context) { try stage.process(&$0, context: context) }
        }
        engine.account(batch, step: self, since: start, context: context)
    }
}

/// Runs a ``BatchStage`` on the live documents of a batch, in chunks of at most `maxBatchDocuments`.
struct BatchStep: EngineStep {
    let stage: any BatchStage
    let stageIndex: Int
    let name: String
    let consumesRawBytes: Bool
    var isOrdered: Bool { false }

    func runParallel(_ batch: Batch, engine: Engine) throws(RunFailure) {
        let context = StageContext(stageName: name, environment: engine.environment)
        let start = Clock.threadCPUNanoseconds()
        let limit = max(1, stage.maxBatchDocuments)
        var chunk: [Int] = []
        chunk.reserveCapacity(limit)
        for i in 0..<batch.count where batch.states[i].isAlive {
            guard engine.prepareText(batch, i, for: self) else { continue }
            chunk.append(i)
            if chunk.count == limit {
                try runChunk(chunk, batch, engine: engine, context: context)
                chunk.removeAll(keepingCapacity: true)
            }
        }
        if !chunk.isEmpty { try runChunk(chunk, batch, engine: engine, context: context) }
        engine.account(batch, step: self, since: start, context: context)
    }

    private func runChunk(_ indices: [Int], _ batch: Batch, engine: Engine, context: StageContext) throws(RunFailure) {
        var documents = indices.map { batch.documents[$0] }
        for i in indices {
            batch.counters[stageIndex].documentsIn += 1
            batch.counters[stageIndex].bytesIn += batch.documents[i].byteCount
        }
        // Documents are written back only when the stage returned normally with one result per document.
        var results: [Result<Verdict, any Error>]
        var writeBack = false
        do {
            results = try stage.process(&documents, context: context)
            writeBack = results.count == indices.count && documents.count == indices.count
            if !writeBack {
                let error = BatchResultCountError(documents: indices.count, results: results.count)
                results = Array(repeating: .failure(error), count: indices.count)
            }
        } catch {
            results = Array(repeating: .failure(error), count: indices.count)
        }
        for (k, i) in indices.enumerated() {
            if writeBack { batch.documents[i] = documents[k] }
            switch results[k] {
            case .success(let verdict): try engine.apply(verdict, batch, i, step: self)
            case .failure(let error): try engine.fail(batch, i, step: self, error: error)
            }
        }
    }
}

/// Runs an ``OrderedStage``: `prepare` in parallel, `commit` in input order.
struct OrderedStep<S: OrderedStage>: EngineStep {
    let stage: S
    let stageIndex: Int
    let name: String
    let consumesRawBytes: Bool
    var isOrdered: Bool { true }

    func runParallel(_ batch: Batch, engine: Engine) throws(RunFailure) {
        let context = StageContext(stageName: name, environment: engine.environment)
        let start = Clock.threadCPUNanoseconds()
        var prepared = [S.Prepared?](repeating: nil, count: batch.count)
        for i in 0..<batch.count where batch.states[i].isAlive {
            guard engine.prepareText(batch, i, for: self) else { continue }
            do {
                let started = Clock.nanoseconds()
                context.deadline = engine.deadline(from: started)
                prepared[i] = try stage.prepare(batch.documents[i], context: context)
                if let limit = engine.overLimit(batch, i, step: self, started: started) {
                    prepared[i] = nil
                    batch.counters[stageIndex].documentsIn += 1
                    batch.counters[stageIndex].bytesIn += batch.documents[i].byteCount
                    try engine.apply(limit, batch, i, step: self)
                }
            } catch let failure as RunFailure {
                throw failure
            } catch {
                batch.counters[stageIndex].documentsIn += 1
                batch.counters[stageIndex].bytesIn += batch.documents[i].byteCount
                try engine.fail(batch, i, step: self, error: error)
            }
        }
        batch.prepared = prepared
        engine.account(batch, step: self, since: start, context: context)
    }

    func runOrdered(_ batch: Batch, engine: Engine) throws(RunFailure) {
        guard let prepared = batch.prepared as? [S.Prepared?] else { return }
        batch.prepared = nil
        let context = StageContext(stageName: name, environment: engine.environment)
        let start = Clock.threadCPUNanoseconds()
        for i in 0..<batch.count where batch.states[i].isAlive {
            guard let p = prepared[i] else { continue }
            try engine.process(batch, i, step: self, context: context) { try stage.commit(&$0, prepared: p, context: context) }
        }
        engine.account(batch, step: self, since: start, context: context)
    }
}

/// The first pass of a ``CorpusStage``: observe documents in parallel, merge summaries in input order.
final class CorpusObserveStep<S: CorpusStage>: EngineStep, @unchecked Sendable {
    // `total` is only touched by `runOrdered`, which the gate serialises.
    let stage: S
    let stageIndex: Int
    let name: String
    let consumesRawBytes: Bool
    var isOrdered: Bool { true }
    private(set) var total: S.Summary

    init(stage: S, stageIndex: Int, name: String, consumesRawBytes: Bool) {
        self.stage = stage
        self.stageIndex = stageIndex
        self.name = name
        self.consumesRawBytes = consumesRawBytes
        self.total = stage.makeSummary()
    }

    func runParallel(_ batch: Batch, engine: Engine) throws(RunFailure) {
        let context = StageContext(stageName: name, environment: engine.environment)
        var local = stage.makeSummary()
        for i in 0..<batch.count where batch.states[i].isAlive {
            guard engine.prepareText(batch, i, for: self) else { continue }
            stage.observe(batch.documents[i], into: &local, context: context)
        }
        batch.prepared = local
    }

    func runOrdered(_ batch: Batch, engine: Engine) throws(RunFailure) {
        guard let local = batch.prepared as? S.Summary else { return }
        batch.prepared = nil
        stage.merge(local, into: &total)
    }

    /// Builds the second-pass stage from the merged summary.
    func makeProcessor(environment: RunEnvironment) throws -> any Stage {
        try stage.makeProcessor(summary: total, context: StageContext(stageName: name, environment: environment))
    }
}

/// Aborts a run (error policy `fail`, or an output that cannot be written).
struct RunFailure: Error, Sendable, CustomStringConvertible {
    var message: String
    var description: String { message }
}
