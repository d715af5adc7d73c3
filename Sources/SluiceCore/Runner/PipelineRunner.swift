import Synchronization
import Dispatch
import Logging

/// Options for one run, beyond what the pipeline file says.
public struct RunOptions: Sendable {
    /// Workers (overrides the pipeline's `workers`).
    public var workers: Int?
    /// Show a live progress line on stderr (when it is a terminal).
    public var showProgress: Bool
    /// Input formats.
    public var formats: InputFormatRegistry
    /// Where `stats.json` is written (default: the output folder); `nil` path disables it.
    public var writeStats: Bool
    /// The logger.
    public var logger: Logger
    /// The share of the input this run reads in a sharded job (`nil`: all of it).
    public var shard: ShardAssignment?
    /// The phase of a cross-shard stage (dedup) this run performs in a sharded job (`nil`: an ordinary run).
    public var crossShard: CrossShardPhase?

    /// Creates options.
    public init(workers: Int? = nil, showProgress: Bool = false, formats: InputFormatRegistry = .shared,
                writeStats: Bool = true, logger: Logger = Logger(label: "sluice"), shard: ShardAssignment? = nil) {
        self.shard = shard
        self.workers = workers
        self.showProgress = showProgress
        self.formats = formats
        self.writeStats = writeStats
        self.logger = logger
    }
}

/// The outcome of a run.
public struct RunReport: Sendable {
    /// Figures and accounting.
    public var statistics: RunStatistics
    /// Where `stats.json` was written.
    public var statsPath: String?
    /// How the run ended.
    public var status: RunStatus { statistics.status }
}

/// Runs a checked pipeline over its input: streaming reader → bounded queue of batches → parallel workers →
/// ordered commits → outputs. Output is byte-identical for any number of workers.
public final class PipelineRunner: Sendable {
    /// The pipeline.
    public let spec: PipelineSpec
    private let stages: [any Stage]
    private let options: RunOptions
    private let control = RunControl()

    /// Prepares a run. `stages` come from ``PipelineSpec/makeStages()`` (one per stage spec, same order).
    public init(spec: PipelineSpec, stages: [any Stage], options: RunOptions = RunOptions()) {
        precondition(spec.stages.count == stages.count, "one stage instance per stage spec")
        self.spec = spec
        self.stages = stages
        self.options = options
    }

    /// Asks the run to stop: no more input is read, in-flight batches finish, outputs are left as `.partial`.
    public func requestStop() { control.requestStop() }

    /// Checks that the stages can be scheduled: a corpus stage must not follow an ordered stage, because
    /// its first pass cannot repeat the ordered stage's side effects.
    public static func checkPlan(_ spec: PipelineSpec, stages: [any Stage]) throws(PipelineDefinitionError) {
        var firstOrdered: StageSpec?
        var diagnostics: [Diagnostic] = []
        for (s, stage) in zip(spec.stages, stages) {
            if stage is any CorpusStage, let ordered = firstOrdered {
                diagnostics.append(Diagnostic(s.location, .error,
                    "stage \"\(s.name)\" needs a first pass over the corpus, so it must come before \"\(ordered.name)\" (\(ordered.location))"))
            }
            if firstOrdered == nil, stage is any OrderedStage { firstOrdered = s }
        }
        if !diagnostics.isEmpty { throw PipelineDefinitionError(diagnostics) }
    }

    /// Runs the pipeline to completion (or failure/interruption) and writes `stats.json`.
    public func run() -> RunReport {
        let workers = max(1, options.workers ?? spec.resolvedWorkers)
        let started = Clock.nanoseconds()
        var stats = RunStatistics(pipeline: spec.name, workers: workers, startedAt: RunStatistics.now())
        let environment = RunEnvironment(
            pipelineName: spec.name, baseDirectory: spec.baseDirectory, outputDirectory: spec.outputDirectory,
            workers: workers, logger: options.logger)
        let logger = options.logger

        let (files, problems) = InputExpander.expand(spec.input.paths, format: spec.input.format, exclude: spec.input.exclude, formats: options.formats)
        for p in problems {
            if p.isError {
                logger.error("\(p)")
                stats.missingInputs.append(p.description)
            } else {
                logger.warning("\(p)")
            }
        }
        let slices = options.shard.map { ShardPlanner.slices(of: files, for: $0) } ?? ShardPlanner.all(files)
        stats.files = slices.count
        if spec.input.paths.isEmpty { control.fail("no input: give input.paths in the pipeline or --input on the command line") }
        if !stats.missingInputs.isEmpty && spec.onError == .fail { control.fail(stats.missingInputs[0]) }
        if files.isEmpty && !spec.input.paths.isEmpty && stats.missingInputs.isEmpty {
            logger.warning("the input paths match no files")
        }

        let progress = ProgressCounters()
        let totalBytes = slices.reduce(0) { sum, slice -> Int in
            if let r = slice.byteRange { return sum + Int(r.upperBound - r.lowerBound) }
            return sum + Int(slice.file.size ?? 0)
        }
        progress.totalFileBytes.store(totalBytes, ordering: .relaxed)
        progress.startNanos.store(started, ordering: .relaxed)
        let display = options.showProgress ? ProgressDisplay(counters: progress) : nil
        display?.start()
        defer { display?.stop() }

        var current = stages
        var rejects: RejectsWriter?
        var shardRecords: SerialBox<AtomicFileWriter>?
        var shardDecisions: SerialBox<RecordFile.Reader>?
        var finishLimit = stages.count
        var finalEngine: Engine?
        do {
            try Self.checkPlan(spec, stages: stages)
            if let path = spec.rejectsPath, !control.isFailed { rejects = try RejectsWriter(path: path) }
            // First passes: one per corpus stage, over the stages before it.
            for (k, stage) in current.enumerated() where !control.isFailed {
                guard let corpus = stage as? any CorpusStage else { continue }
                logger.info("first pass over the corpus for stage \"\(spec.stages[k].name)\"")
                let observe = Self.observeStep(corpus, index: k, spec: spec.stages[k])
                let steps = Self.steps(for: Array(current[0..<k]), specs: spec.stages) + [observe.step]
                let engine = Engine(environment: environment, slices: slices, steps: steps, stageCount: current.count, spec: spec,
                                    control: control, progress: progress, rejects: nil, isFinalPass: false)
                engine.run()
                if control.isFailed || control.stopWasRequested { break }
                current[k] = try observe.makeProcessor(environment)
                progress.documents.store(0, ordering: .relaxed)
                progress.fileBytes.store(0, ordering: .relaxed)
            }
            if !control.isFailed && !control.stopWasRequested {
                var steps = Self.steps(for: current, specs: spec.stages)
                if let phase = options.crossShard {
                    guard let k = current.firstIndex(where: { $0 is any CrossShardStage }), let shardStage = current[k] as? any CrossShardStage else {
                        throw RunFailure(message: "this pipeline has no stage that needs a cross-shard phase")
                    }
                    let raw = spec.stages[k].factory.description.consumesRawBytes
                    switch phase {
                    case .record(let path):
                        let writer = SerialBox(try AtomicFileWriter(path: path))
                        shardRecords = writer
                        steps = Array(steps[0..<k]) + [Self.recordStep(shardStage, index: k, name: spec.stages[k].name, raw: raw, output: writer)]
                        finishLimit = k
                    case .apply(let path):
                        let reader = SerialBox(try RecordFile.Reader(path: path))
                        shardDecisions = reader
                        steps[k] = Self.applyStep(shardStage, index: k, name: spec.stages[k].name, raw: raw, decisions: reader)
                    }
                }
                let engine = Engine(environment: environment, slices: slices, steps: steps,
                                    stageCount: current.count, spec: spec, control: control, progress: progress,
                                    rejects: rejects, isFinalPass: true)
                engine.rejectConsumers = current.enumerated().compactMap { k, stage in
                    (stage as? any RejectsConsumer).map { ($0, StageContext(stageName: spec.stages[k].name, environment: environment)) }
                }
                // In a sharded job the first task reports unreadable input entries, once.
                if (options.shard?.index ?? 0) == 0 { engine.missingInputs = problems.filter(\.isError) }
                engine.run()
                finalEngine = engine
            }
        } catch let e as PipelineDefinitionError {
            control.fail(e.description)
        } catch {
            control.fail("\(error)")
        }

        // Finish or abandon outputs.
        let completed = !control.isFailed && !control.stopWasRequested
        if completed, let decisions = shardDecisions {
            do {
                if try decisions.value.next() != nil {
                    control.fail("\(decisions.value.path) has more decisions than documents: the input or the pipeline changed since the signature phase")
                }
            } catch {
                control.fail("cannot read decisions: \(error)")
            }
        }
        if !control.isFailed && !control.stopWasRequested, let records = shardRecords {
            do { try records.value.commit() } catch { control.fail("cannot write shard records: \(error)") }
        }
        if completed && !control.isFailed {
            for (k, stage) in current.enumerated() where k < finishLimit {
                do {
                    try stage.finish(context: StageContext(stageName: spec.stages[k].name, environment: environment))
                } catch {
                    control.fail("stage \"\(spec.stages[k].name)\" could not finish: \(error)")
                    break
                }
            }
        }
        if control.isFailed || control.stopWasRequested {
            for stage in current { stage.abandon() }
            rejects?.abandon()
        } else {
            do {
                try rejects?.commit()
            } catch {
                control.fail("cannot write rejects: \(error)")
            }
        }

        if let engine = finalEngine {
            stats.reader = engine.readerTotals
            stats.stages = zip(spec.stages, engine.stageTotals).map { ($0.name, $1) }
            stats.outputDocuments = engine.written
            stats.droppedDocuments = engine.dropped
            stats.erroredDocuments = engine.errored
            stats.inputDocuments = engine.readerTotals.documentsIn
            stats.emptyFiles = engine.emptyFiles
        }
        stats.fileBytes = progress.fileBytes.load(ordering: .relaxed)
        stats.rejectsPath = rejects?.path
        stats.wallSeconds = Double(Clock.nanoseconds() - started) / 1e9
        stats.peakResidentBytes = ProcessorInfo.peakResidentBytes
        if let failure = control.failure {
            stats.status = .failed
            stats.failure = failure
        } else if control.stopWasRequested {
            stats.status = .interrupted
        }

        var statsPath: String?
        if options.writeStats {
            let path = FilePaths.join(spec.outputDirectory, "stats.json")
            var bytes: [UInt8] = []
            JSONPrettyWriter.write(stats.json, into: &bytes)
            bytes.append(0x0A)
            do {
                try FileIO.writeAtomically(bytes, to: path)
                statsPath = path
            } catch {
                logger.error("cannot write stats: \(error)")
            }
        }
        return RunReport(statistics: stats, statsPath: statsPath)
    }

    private static func steps(for stages: [any Stage], specs: [StageSpec]) -> [any EngineStep] {
        stages.enumerated().map { k, stage in
            let raw = specs[k].factory.description.consumesRawBytes
            if let ordered = stage as? any OrderedStage {
                return orderedStep(ordered, index: k, name: specs[k].name, raw: raw)
            }
            if let batched = stage as? any BatchStage {
                return BatchStep(stage: batched, stageIndex: k, name: specs[k].name, consumesRawBytes: raw)
            }
            if let doc = stage as? any DocumentStage {
                return DocumentStep(stage: doc, stageIndex: k, name: specs[k].name, consumesRawBytes: raw)
            }
            // A corpus stage reached without its first pass (cannot happen after planning): pass documents through.
            return DocumentStep(stage: PassThroughStage(), stageIndex: k, name: specs[k].name, consumesRawBytes: raw)
        }
    }

    private static func recordStep(_ stage: any CrossShardStage, index: Int, name: String, raw: Bool,
                                   output: SerialBox<AtomicFileWriter>) -> any EngineStep {
        func open<S: CrossShardStage>(_ s: S) -> any EngineStep {
            ShardRecordStep(stage: s, stageIndex: index, name: name, consumesRawBytes: raw, output: output)
        }
        return open(stage)
    }

    private static func applyStep(_ stage: any CrossShardStage, index: Int, name: String, raw: Bool,
                                  decisions: SerialBox<RecordFile.Reader>) -> any EngineStep {
        func open<S: CrossShardStage>(_ s: S) -> any EngineStep {
            ShardApplyStep(stage: s, stageIndex: index, name: name, consumesRawBytes: raw, decisions: decisions)
        }
        return open(stage)
    }

    private static func orderedStep<S: OrderedStage>(_ stage: S, index: Int, name: String, raw: Bool) -> any EngineStep {
        OrderedStep(stage: stage, stageIndex: index, name: name, consumesRawBytes: raw)
    }

    private static func observeStep(_ stage: any CorpusStage, index: Int, spec: StageSpec)
        -> (step: any EngineStep, makeProcessor: (RunEnvironment) throws -> any Stage)
    {
        func open<S: CorpusStage>(_ s: S) -> (step: any EngineStep, makeProcessor: (RunEnvironment) throws -> any Stage) {
            let step = CorpusObserveStep(stage: s, stageIndex: index, name: spec.name, consumesRawBytes: spec.factory.description.consumesRawBytes)
            return (step, { env in try step.makeProcessor(environment: env) })
        }
        return open(stage)
    }
}

/// Passes every document on unchanged.
struct PassThroughStage: DocumentStage {
    func process(_ document: inout Document, context: StageContext) throws -> Verdict { .keep }
}
