/// Phase 1 of a cross-shard stage: `prepare` in parallel, then one record per document written in input order.
struct ShardRecordStep<S: CrossShardStage>: EngineStep {
    let stage: S
    let stageIndex: Int
    let name: String
    let consumesRawBytes: Bool
    let output: SerialBox<AtomicFileWriter>
    var isOrdered: Bool { true }

    func runParallel(_ batch: Batch, engine: Engine) throws(RunFailure) {
        let context = StageContext(stageName: name, environment: engine.environment)
        let start = Clock.threadCPUNanoseconds()
        var records = [[UInt8]?](repeating: nil, count: batch.count)
        for i in 0..<batch.count where batch.states[i].isAlive {
            guard engine.prepareText(batch, i, for: self) else { continue }
            do {
                let prepared = try stage.prepare(batch.documents[i], context: context)
                records[i] = [ShardRecordStatus.ok] + stage.shardRecord(for: batch.documents[i], prepared: prepared)
            } catch {
                records[i] = [ShardRecordStatus.failed] + Array("\(error)".utf8)
            }
        }
        batch.prepared = records
        engine.account(batch, step: self, since: start, context: nil)
    }

    func runOrdered(_ batch: Batch, engine: Engine) throws(RunFailure) {
        guard let records = batch.prepared as? [[UInt8]?] else { return }
        batch.prepared = nil
        for i in 0..<batch.count where batch.states[i].isAlive {
            guard let record = records[i] else { continue }
            batch.counters[stageIndex].documentsIn += 1
            batch.counters[stageIndex].documentsOut += 1
            do {
                try RecordFile.append(record, to: output.value)
            } catch {
                throw RunFailure(message: "cannot write shard records: \(error)")
            }
        }
    }
}

/// Phase 3 of a cross-shard stage: documents receive the merge job's decisions, in input order.
struct ShardApplyStep<S: CrossShardStage>: EngineStep {
    let stage: S
    let stageIndex: Int
    let name: String
    let consumesRawBytes: Bool
    let decisions: SerialBox<RecordFile.Reader>
    var isOrdered: Bool { true }

    func runParallel(_ batch: Batch, engine: Engine) throws(RunFailure) {
        for i in 0..<batch.count where batch.states[i].isAlive {
            _ = engine.prepareText(batch, i, for: self)
        }
    }

    func runOrdered(_ batch: Batch, engine: Engine) throws(RunFailure) {
        let context = StageContext(stageName: name, environment: engine.environment)
        let start = Clock.threadCPUNanoseconds()
        for i in 0..<batch.count where batch.states[i].isAlive {
            let record: [UInt8]
            do {
                guard let next = try decisions.value.next() else {
                    throw RunFailure(message: "\(decisions.value.path) has fewer decisions than documents: the input or the "
                                     + "pipeline changed since the signature phase; rerun the job from the start")
                }
                record = next
            } catch let failure as RunFailure {
                throw failure
            } catch {
                throw RunFailure(message: "cannot read decisions: \(error)")
            }
            try engine.process(batch, i, step: self, context: context) { document in
                guard record.first == ShardRecordStatus.ok else {
                    throw ShardRecordFailure(message: String(decoding: record.dropFirst(), as: UTF8.self))
                }
                return try stage.apply(decision: Array(record.dropFirst()), to: &document, context: context)
            }
        }
        engine.account(batch, step: self, since: start, context: context)
    }
}

/// A failure recorded in phase 1 and replayed in phase 3.
struct ShardRecordFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Holds a non-Sendable object that only serial code (an ordered gate, or the run's own thread) touches.
final class SerialBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
