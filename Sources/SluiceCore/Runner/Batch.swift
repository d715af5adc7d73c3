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
/// under locks, which orders all accesses. Hence `@unchecked Sendable`. For the same reason its per-document
/// properties are `@exclusivity(unchecked)`: the runner touches them several times per document and stage, and
/// no access to one overlaps another (a stage gets the document `inout`, never the batch).
final class Batch: @unchecked Sendable {
    /// Position in input order; ordered stages see batches by increasing `seq`.
    let seq: Int
    /// Bytes of all records, back to back.
    @exclusivity(unchecked) var buffer: [UInt8] = []
    /// The records, in input order.
    @exclusivity(unchecked) var records: [RecordRef] = []
    /// One document per record, after materialisation.
    @exclusivity(unchecked) var documents: [Document] = []
    /// One state per record.
    @exclusivity(unchecked) var states: [SlotState] = []
    /// Per-document results of the current ordered stage's parallel part.
    @exclusivity(unchecked) var prepared: (any Sendable)?
    /// Figures per stage for this batch (merged into the run's stats at completion).
    @exclusivity(unchecked) var counters: [StageCounters]
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
