import Synchronization
import OrderedCollections
import Dispatch
import Logging

/// Runs one pass over the input: a reader thread cuts records into batches, N workers run the steps on
/// them in parallel, ordered gates keep serial parts in input order, and a final gate completes batches
/// in order (rejects, figures). At most `maxInFlight` batches exist at once, so memory stays bounded.
final class Engine: @unchecked Sendable {
    // Immutable configuration, then scheduler state guarded by `queueLock`, then state touched only by
    // the completion gate (serial). Hence @unchecked Sendable.
    let environment: RunEnvironment
    let slices: [InputSlice]
    let steps: [any EngineStep]
    let policy: ErrorPolicy
    let readerOptions: JSONObject
    let maxRecordBytes: Int
    let batchDocuments: Int
    let batchBytes: Int
    let maxInFlight: Int
    let limits: ResourceLimits
    let control: RunControl
    let progress: ProgressCounters
    let rejects: RejectsWriter?
    let isFinalPass: Bool
    /// Input entries that could not be read (missing paths): reported as error records.
    var missingInputs: [InputProblem] = []
    /// Stages that also receive rejected documents (final pass only), with their contexts.
    var rejectConsumers: [(stage: any RejectsConsumer, context: StageContext)] = []
    private let gates: [OrderedGate?]
    /// Per stage index: whether the stage reads text (a pending JSON text is decoded before it runs).
    private let stageReadsText: [Bool]
    private let completionGate = OrderedGate()

    private let queueLock = ConditionLock()
    private var jobs: [(batch: Batch, step: Int)] = []
    private var inFlight = 0
    private var inFlightBytes = 0
    private var readerDone = false
    /// Emptied record buffers of completed batches, kept for the reader's next batches (under `queueLock`): a
    /// fresh 1 MiB buffer per batch costs an mmap, page faults and the copies of growing it.
    private var spareBuffers: [[UInt8]] = []

    // Completion-gate state.
    private(set) var stageTotals: [StageCounters]
    private(set) var readerTotals = StageCounters()
    private(set) var written = 0
    private(set) var dropped = 0
    private(set) var errored = 0
    private(set) var emptyFiles = 0
    private var loggedErrors = 0
    private var rejectsFailure: String?

    init(
        environment: RunEnvironment, slices: [InputSlice], steps: [any EngineStep], stageCount: Int, spec: PipelineSpec,
        control: RunControl, progress: ProgressCounters, rejects: RejectsWriter?, isFinalPass: Bool
    ) {
        self.environment = environment
        self.slices = slices
        self.steps = steps
        self.policy = spec.onError
        self.readerOptions = spec.input.options
        self.maxRecordBytes = spec.input.maxRecordBytes
        self.batchDocuments = spec.batchDocuments
        self.batchBytes = spec.batchBytes
        self.maxInFlight = max(4, environment.workers * 4)
        self.limits = spec.limits
        self.control = control
        self.progress = progress
        self.rejects = rejects
        self.isFinalPass = isFinalPass
        self.gates = steps.map { $0.isOrdered ? OrderedGate() : nil }
        self.stageReadsText = spec.stages.map { $0.factory.description.readsText }
        self.stageTotals = Array(repeating: StageCounters(), count: stageCount)
    }

    /// Runs the pass to the end (or until the run fails or is stopped).
    func run() {
        let group = DispatchGroup()
        let readerQueue = DispatchQueue(label: "sluice.reader")
        group.enter()
        readerQueue.async {
            self.readAll()
            group.leave()
        }
        for w in 0..<environment.workers {
            group.enter()
            DispatchQueue(label: "sluice.worker.\(w)").async {
                self.workerLoop()
                group.leave()
            }
        }
        group.wait()
    }

    // MARK: - Reading

    private func readAll() {
        let reader = RecordReader(maxRecordBytes: maxRecordBytes, decompression: limits.decompression)
        var seq = 0
        var batch = Batch(seq: 0, stageCount: stageTotals.count)
        batch.buffer = recordBuffer()
        // Input entries that could not be read at all become one error record each.
        for problem in missingInputs {
            batch.records.append(RecordRef(range: 0..<0, source: DocumentSource(path: problem.path), fileIndex: -1, readError: problem.message))
        }
        var lastProgress = 0
        func flush() {
            guard batch.count > 0 else { return }
            submit(batch)
            seq += 1
            batch = Batch(seq: seq, stageCount: stageTotals.count)
            batch.buffer = recordBuffer()
        }
        for (fileIndex, slice) in slices.enumerated() {
            let file = slice.file
            if control.shouldStopReading { break }
            var records = 0
            var lastRecord = 0
            do {
                try reader.read(file, range: slice.byteRange, shouldStop: { control.shouldStopReading }) { bytes, source, problem in
                    records += 1
                    lastRecord = source.record
                    let start = batch.buffer.count
                    batch.buffer.append(contentsOf: bytes)
                    batch.records.append(RecordRef(range: start..<batch.buffer.count, source: source, fileIndex: fileIndex, readError: problem))
                    if batch.count >= batchDocuments || batch.buffer.count >= batchBytes { flush() }
                } progress: { fileBytes in
                    let delta = Int(fileBytes) - lastProgress
                    lastProgress = Int(fileBytes)
                    batch.inputBytes += delta
                    progress.fileBytes.add(delta, ordering: .relaxed)
                }
            } catch {
                // The file could not be opened, or broke mid-way: one error record names it and the last good record.
                let at = records > 0 ? " after record \(lastRecord)" : ""
                batch.records.append(RecordRef(
                    range: batch.buffer.count..<batch.buffer.count,
                    source: DocumentSource(path: file.path, record: records > 0 ? lastRecord + 1 : 0, byteOffset: 0),
                    fileIndex: fileIndex, readError: "\(error.message)\(at)"))
            }
            lastProgress = 0
            if records == 0 && (slice.byteRange?.lowerBound ?? 0) == 0 && FileIO.size(of: file.path) == 0
                && file.format.description.framing == .lines {
                emptyFiles += 1  // read only by the completion gate after the pass (happens-before via group.wait)
                environment.logger.warning("\(file.path): empty file, no records")
            }
        }
        flush()
        queueLock.withLock {
            readerDone = true
            queueLock.broadcast()
        }
    }

    /// An empty buffer for a batch's records: a completed batch's, or a new one with room for a full batch.
    private func recordBuffer() -> [UInt8] {
        if let spare = queueLock.withLock({ spareBuffers.popLast() }) { return spare }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(batchBytes + batchBytes / 8)
        return buffer
    }

    private func submit(_ batch: Batch) {
        batch.heldBytes = batch.buffer.count
        queueLock.lock()
        // The memory budget: a batch waits while the cap on batches or on bytes in flight is reached
        // (one batch always goes, however large, so a huge record cannot stall the run).
        while (inFlight >= maxInFlight || (inFlight > 0 && inFlightBytes + batch.heldBytes > limits.maxInFlightBytes))
            && !control.isFailed
        {
            queueLock.wait()
        }
        inFlight += 1
        inFlightBytes += batch.heldBytes
        jobs.append((batch, 0))
        queueLock.broadcast()
        queueLock.unlock()
    }

    // MARK: - Workers

    private func workerLoop() {
        while true {
            queueLock.lock()
            while jobs.isEmpty && !(readerDone && inFlight == 0) && !control.isFailed {
                queueLock.wait()
            }
            if control.isFailed || jobs.isEmpty {
                queueLock.broadcast()
                queueLock.unlock()
                return
            }
            // Later steps first (drain the pipeline), then older batches.
            var best = 0
            for k in 1..<jobs.count {
                let a = jobs[k], b = jobs[best]
                if a.step > b.step || (a.step == b.step && a.batch.seq < b.batch.seq) { best = k }
            }
            let job = jobs.remove(at: best)
            queueLock.unlock()
            do {
                try execute(job.batch, from: job.step)
            } catch {
                control.fail(error.message)
                queueLock.withLock { queueLock.broadcast() }
            }
        }
    }

    private func enqueue(_ batch: Batch, step: Int) {
        queueLock.withLock {
            jobs.append((batch, step))
            queueLock.signal()
        }
    }

    private func execute(_ batch: Batch, from first: Int) throws(RunFailure) {
        if first == 0 && batch.documents.isEmpty { try materialize(batch) }
        var i = first
        while i < steps.count {
            if control.isFailed { return }
            let step = steps[i]
            try step.runParallel(batch, engine: self)
            if let gate = gates[i] {
                let next = i + 1
                var failure: RunFailure?
                gate.submit(batch) { due in
                    guard failure == nil, !control.isFailed else { return }
                    do throws(RunFailure) {
                        try steps[next - 1].runOrdered(due, engine: self)
                        enqueue(due, step: next)
                    } catch {
                        failure = error
                    }
                }
                if let failure { throw failure }
                return
            }
            i += 1
        }
        completionGate.submit(batch) { due in complete(due) }
    }

    // MARK: - Documents

    private func materialize(_ batch: Batch) throws(RunFailure) {
        batch.documents.reserveCapacity(batch.count)
        batch.states.reserveCapacity(batch.count)
        let start = Clock.threadCPUNanoseconds()
        batch.buffer.withUnsafeBufferPointer { buffer in
            // What changes only between files, not per record: the record context and the format's framing
            // (a format builds its description anew on every call).
            var fileIndex = -1
            var context = RecordContext(options: readerOptions, relativePath: "")
            var isWholeFile = false
            for ref in batch.records {
                guard ref.fileIndex >= 0 else {
                    batch.documents.append(Document(id: ref.source.path, source: ref.source))
                    batch.states.append(.errored(stage: -1, message: ref.readError ?? "cannot read"))
                    continue
                }
                let file = slices[ref.fileIndex].file
                if ref.fileIndex != fileIndex {
                    fileIndex = ref.fileIndex
                    context.relativePath = file.relativePath
                    isWholeFile = file.format.description.framing == .wholeFile
                }
                // The id of a record that has none of its own (built only when needed: most records are fine).
                func fallbackID() -> String {
                    ref.source.record > 0 ? "\(file.relativePath):\(ref.source.record)" : file.relativePath
                }
                if let problem = ref.readError {
                    batch.documents.append(Document(id: fallbackID(), source: ref.source))
                    batch.states.append(.errored(stage: -1, message: problem))
                    continue
                }
                let bytes = UnsafeBufferPointer(rebasing: buffer[ref.range])
                do {
                    let doc = try file.format.document(from: bytes, source: ref.source, context: context)
                    batch.documents.append(doc)
                    if isWholeFile && bytes.isEmpty {
                        batch.states.append(.dropped(stage: -1, reason: "empty file"))
                    } else {
                        batch.states.append(.alive)
                    }
                } catch let error as RecordError {
                    var doc = Document(id: fallbackID(), source: ref.source)
                    doc.raw = Array(bytes)  // kept for quarantine
                    batch.documents.append(doc)
                    batch.states.append(.errored(stage: -1, message: error.message))
                } catch {
                    batch.documents.append(Document(id: fallbackID(), source: ref.source))
                    batch.states.append(.errored(stage: -1, message: "\(error)"))
                }
            }
        }
        batch.buffer = []
        batch.readNanoseconds = Clock.threadCPUNanoseconds() - start
        if policy == .fail, let i = batch.states.firstIndex(where: { if case .errored = $0 { return true } else { return false } }),
           case .errored(_, let message) = batch.states[i]
        {
            throw RunFailure(message: "\(batch.documents[i].source): \(message)")
        }
    }

    /// Before a stage that wants text: decode a pending JSON text, or raw bytes as strict UTF-8 (a `decode`
    /// stage does better). Returns false if the document failed.
    func prepareText(_ batch: Batch, _ i: Int, for step: any EngineStep) -> Bool {
        if batch.documents[i].hasPendingText {
            let k = step.stageIndex
            if k < 0 || k >= stageReadsText.count || stageReadsText[k] { batch.documents[i].decodePendingText() }
            return true
        }
        guard !step.consumesRawBytes, let raw = batch.documents[i].raw else { return true }
        let invalidAt = raw.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) }
        if invalidAt == raw.count {
            batch.documents[i].text = String(decoding: raw, as: UTF8.self)
            batch.documents[i].raw = nil
            return true
        }
        let message = "invalid UTF-8 at byte \(invalidAt) (add the decode stage before \"\(step.name)\" to detect charsets and repair bytes)"
        if policy == .fail {
            control.fail("\(batch.documents[i].source): document \"\(batch.documents[i].id)\": \(message)")
        }
        batch.counters[max(0, step.stageIndex)].documentsIn += 1
        batch.counters[max(0, step.stageIndex)].addError(message)
        batch.states[i] = .errored(stage: step.stageIndex, message: message)
        return false
    }

    /// Runs `body` on one document for `step`: counts it in, applies the verdict, or handles the error by policy.
    /// The stage's time budget (`limits.stage_time_budget`) starts here: `context.deadline` tells the stage, and a
    /// document that took longer is dropped with a reason.
    func process(_ batch: Batch, _ i: Int, step: any EngineStep, context: StageContext?,
                 _ body: (inout Document) throws -> Verdict) throws(RunFailure) {
        batch.counters[step.stageIndex].documentsIn += 1
        batch.counters[step.stageIndex].bytesIn += batch.documents[i].byteCount
        do {
            let started = Clock.nanoseconds()
            context?.deadline = deadline(from: started)
            let verdict = try body(&batch.documents[i])
            try apply(verdict, batch, i, step: step, started: started)
        } catch let failure as RunFailure {
            throw failure
        } catch {
            try fail(batch, i, step: step, error: error)
        }
    }

    /// Adds the time since `start` and the stage's own counters to the batch's figures for `step`.
    func account(_ batch: Batch, step: any EngineStep, since start: UInt64, context: StageContext?) {
        batch.counters[step.stageIndex].nanoseconds += Clock.threadCPUNanoseconds() - start
        for (k, v) in context?.drainCounters() ?? [:] { batch.counters[step.stageIndex].custom[k, default: 0] += v }
    }

    /// Applies a stage's verdict to a document; a kept document is then checked against the limits on
    /// characters and, when `started` (the stage's start on it) is given, on time.
    func apply(_ verdict: Verdict, _ batch: Batch, _ i: Int, step: any EngineStep, started: UInt64? = nil) throws(RunFailure) {
        var verdict = verdict
        if case .keep = verdict, let limit = overLimit(batch, i, step: step, started: started) {
            verdict = limit
        }
        switch verdict {
        case .keep:
            batch.counters[step.stageIndex].documentsOut += 1
            batch.counters[step.stageIndex].bytesOut += batch.documents[i].byteCount
        case .drop(let reason, let detail):
            batch.counters[step.stageIndex].addDrop(reason)
            batch.documents[i].record(stage: step.name, action: .dropped, detail: detail ?? reason)
            batch.states[i] = .dropped(stage: step.stageIndex, reason: detail.map { "\(reason): \($0)" } ?? reason)
        }
    }

    /// Handles an error thrown by a stage for one document, following the error policy.
    func fail(_ batch: Batch, _ i: Int, step: any EngineStep, error: any Error) throws(RunFailure) {
        let doc = batch.documents[i]
        let message = "\(error)"
        if policy == .fail {
            throw RunFailure(message: "\(doc.source): stage \"\(step.name)\" failed on document \"\(doc.id)\": \(message)")
        }
        batch.counters[step.stageIndex].addError(message)
        batch.documents[i].record(stage: step.name, action: .failed, detail: message)
        batch.states[i] = .errored(stage: step.stageIndex, message: message)
    }

    // MARK: - Completion (serial, in input order)

    private func complete(_ batch: Batch) {
        var readCounters = StageCounters()
        readCounters.nanoseconds = batch.readNanoseconds
        for i in 0..<batch.count {
            readCounters.documentsIn += 1
            readCounters.bytesIn += batch.records[i].range.count
            switch batch.states[i] {
            case .alive:
                readCounters.documentsOut += 1
                if isFinalPass { written += 1 }
            case .dropped(let stage, let reason):
                if stage < 0 { readCounters.addDrop(reason) } else { readCounters.documentsOut += 1 }
                if isFinalPass {
                    dropped += 1
                    writeReject(batch.documents[i], kind: "dropped", stage: stage, reason: reason)
                }
            case .errored(let stage, let message):
                if stage < 0 { readCounters.addError(message) } else { readCounters.documentsOut += 1 }
                if isFinalPass {
                    errored += 1
                    logError(batch.documents[i], stage: stage, message: message)
                    writeReject(batch.documents[i], kind: "error", stage: stage, reason: message)
                }
            }
        }
        if isFinalPass {
            readerTotals.add(readCounters)
            for (k, c) in batch.counters.enumerated() { stageTotals[k].add(c) }
        }
        progress.documents.add(batch.count, ordering: .relaxed)
        batch.documents = []
        var buffer = batch.buffer
        batch.buffer = []
        buffer.removeAll(keepingCapacity: true)
        queueLock.withLock {
            if spareBuffers.count <= maxInFlight { spareBuffers.append(buffer) }
            inFlight -= 1
            inFlightBytes -= batch.heldBytes
            queueLock.broadcast()
        }
    }

    private func stageName(_ index: Int) -> String {
        index < 0 ? "read" : (steps.first { $0.stageIndex == index }?.name ?? "stage \(index)")
    }

    private func writeReject(_ doc: Document, kind: String, stage: Int, reason: String) {
        guard rejectsFailure == nil else { return }
        var doc = doc
        doc.decodePendingText()
        do {
            try rejects?.write(doc, kind: kind, stage: stageName(stage), reason: reason, includeContent: kind == "error" && policy == .quarantine)
            for consumer in rejectConsumers {
                try consumer.stage.reject(doc, kind: kind, stage: stageName(stage), reason: reason, context: consumer.context)
            }
        } catch {
            rejectsFailure = "\(error)"
            control.fail("cannot write rejects: \(error)")
        }
    }

    private func logError(_ doc: Document, stage: Int, message: String) {
        loggedErrors += 1
        if loggedErrors <= 20 {
            environment.logger.warning("\(doc.source): \(stageName(stage)): \(message)", metadata: ["document": "\(doc.id)"])
        } else if loggedErrors == 21 {
            environment.logger.warning("more errors: see the rejects file and stats.json")
        }
    }

    // MARK: - Limits

    /// The deadline for one stage's work on one document that starts now (`nil`: no time budget).
    func deadline(from start: UInt64) -> UInt64? {
        limits.stageTimeBudgetNanoseconds.map { start &+ $0 }
    }

    /// A drop verdict if the document passed a limit in the stage that just kept it.
    func overLimit(_ batch: Batch, _ i: Int, step: any EngineStep, started: UInt64?) -> Verdict? {
        if let started, let budget = limits.stageTimeBudgetNanoseconds {
            let elapsed = Clock.nanoseconds() &- started
            if elapsed > budget {
                let seconds = Double(elapsed) / 1e9, limit = Double(budget) / 1e9
                return .drop(reason: "time budget", detail: "stage \"\(step.name)\" took \(seconds) s on this document, more than limits.stage_time_budget (\(limit) s)")
            }
        }
        // Read in place: a copy of the document would retain and release each of its fields.
        let limit = limits.maxDocumentCharacters
        // Fast path: a UTF-8 count within the limit bounds the scalar count.
        let count = batch.documents[i].hasPendingText ? batch.documents[i].byteCount : batch.documents[i].text.utf8.count
        if count > limit {
            let characters = batch.documents[i].decodedText.unicodeScalars.count
            if characters > limit {
                return .drop(reason: "too many characters", detail: "document is \(characters) characters, more than limits.max_document_chars (\(limit))")
            }
        }
        return nil
    }
}
