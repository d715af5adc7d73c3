/// What happened to one document slot of a batch.
enum SlotState: Sendable {
    /// Still flowing through the stages.
    case alive
    /// Dropped by a stage (index, or -1 for the reader) with a reason.
    case dropped(stage: Int, reason: String)
    /// Failed in a stage (index, or -1 for the reader) with a message.
    case errored(stage: Int, message: String)

    var isAlive: Bool {
        if case .alive = self { return true }
        return false
    }
}

/// A group of consecutive records travelling through the pipeline together.
///
/// A batch is owned by one thread at a time: the scheduler's queue and the ordered gates hand it over
/// under locks, which orders all accesses. Hence `@unchecked Sendable`.
final class Batch: @unchecked Sendable {
    /// Position in input order; ordered stages see batches by increasing `seq`.
    let seq: Int
    /// Bytes of all records, back to back.
    var buffer: [UInt8] = []
    /// The records, in input order.
    var records: [RecordRef] = []
    /// One document per record, after materialisation.
    var documents: [Document] = []
    /// One state per record.
    var states: [SlotState] = []
    /// Per-document results of the current ordered stage's parallel part.
    var prepared: (any Sendable)?
    /// Figures per stage for this batch (merged into the run's stats at completion).
    var counters: [StageCounters]
    /// File bytes read for this batch (for progress and throughput).
    var inputBytes: Int = 0
    /// Time spent turning records into documents.
    var readNanoseconds: UInt64 = 0
    /// Record bytes counted against the memory budget while the batch is in flight.
    var heldBytes = 0

    init(seq: Int, stageCount: Int) {
        self.seq = seq
        self.counters = Array(repeating: StageCounters(), count: stageCount)
    }

    /// Number of records.
    var count: Int { records.count }
}
