/// An ordered stage whose decisions need every earlier document of the whole corpus (dedup).
///
/// In a sharded job the executor runs such a stage in three phases, so that the kept set equals a single run's:
/// 1. every task runs the stages before it and writes one ``shardRecord(for:prepared:)`` per document (in order);
/// 2. one merge job feeds all records, task by task in input order, to a ``ShardMerger`` and writes one decision
///    per record;
/// 3. every task runs the whole pipeline, and this stage calls ``apply(decision:to:context:)`` with its
///    documents' decisions instead of `commit`.
/// The pipeline file does not change.
public protocol CrossShardStage: OrderedStage {
    /// What the merge job needs to decide about this document (phase 1, parallel).
    func shardRecord(for document: Document, prepared: Prepared) -> [UInt8]
    /// The serial decider of phase 2.
    func makeShardMerger() throws -> any ShardMerger
    /// Applies a decision made by the merger (phase 3, serial, input order).
    func apply(decision: [UInt8], to document: inout Document, context: StageContext) throws -> Verdict
}

/// Decides, in global input order, about the records of every task (phase 2 of a ``CrossShardStage``).
public protocol ShardMerger: AnyObject {
    /// One decision for one record.
    func decide(_ record: [UInt8]) throws -> [UInt8]
    /// Called after the last record (save an index, ...).
    func finish() throws
}

/// Which phase of a cross-shard stage a run performs.
public enum CrossShardPhase: Sendable, Hashable {
    /// Phase 1: run the stages before the cross-shard stage and write its records to this file.
    case record(path: String)
    /// Phase 3: run the whole pipeline; the cross-shard stage applies the decisions in this file.
    case apply(path: String)
}

/// Record and decision framing: a status byte (0 ok, 1 the document failed in `prepare`), then the payload.
enum ShardRecordStatus {
    static let ok: UInt8 = 0
    static let failed: UInt8 = 1
}

/// Phase 2: runs the merger over the tasks' record files, in task order, writing one decision file per task.
public enum CrossShardDecider {
    /// Decides every record; `recordFiles[i]` and `decisionFiles[i]` belong to task `i`.
    public static func run(stage: any CrossShardStage, recordFiles: [String], decisionFiles: [String]) throws {
        let merger = try stage.makeShardMerger()
        for (input, output) in zip(recordFiles, decisionFiles) {
            let reader = try RecordFile.Reader(path: input)
            let writer = try AtomicFileWriter(path: output)
            while let record = try reader.next() {
                if record.first == ShardRecordStatus.ok {
                    let decision = try merger.decide(Array(record.dropFirst()))
                    try RecordFile.append([ShardRecordStatus.ok] + decision, to: writer)
                } else {
                    try RecordFile.append(record, to: writer)  // a failure travels unchanged to phase 3
                }
            }
            try writer.commit()
        }
        try merger.finish()
    }
}
