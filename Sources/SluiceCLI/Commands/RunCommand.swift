import ArgumentParser
import CSluiceRuntime
import Dispatch
import Logging
import OrderedCollections
import SluiceCore
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// `sluice run PIPELINE.yaml`: runs a pipeline.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline over its input.",
        discussion: """
            Writes the pipeline's exports, stats.json and rejects.jsonl into the output folder. \
            --input and --output replace the pipeline's input paths and output folder, so one pipeline serves \
            many corpora. SIGINT or SIGTERM stops reading, finishes in-flight batches, leaves outputs as \
            .partial files and exits with status 130; a second signal exits at once.
            """)

    @Argument(help: "The pipeline file (YAML).")
    var pipeline: String

    @Option(name: .shortAndLong, help: "Parallel workers (default: the pipeline's `workers`, or one per processor).")
    var workers: Int?

    @Option(name: .shortAndLong, parsing: .singleValue, help: "Input file, folder or glob; repeat for several. Replaces the pipeline's input paths.")
    var input: [String] = []

    @Option(name: .shortAndLong, help: "Output folder. Replaces the pipeline's `output`.")
    var output: String?

    @Flag(name: .shortAndLong, help: "Print only errors (no progress, no summary table).")
    var quiet = false

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = "info"

    @OptionGroup(title: "Sharded jobs")
    var shard: ShardOptions

    func validate() throws {
        if let workers, workers < 1 || workers > 1024 { throw ValidationError("--workers must be from 1 to 1024") }
        if Logger.Level(rawValue: logLevel) == nil { throw ValidationError("unknown --log-level \"\(logLevel)\"") }
    }

    func run() throws {
        // Peak memory stays flat over long runs: without a fixed bound, glibc's per-thread arenas and rising mmap
        // threshold kept freed batch buffers and grew RSS from 64 to 100 MiB over a 935 MB run. At 256 KiB every
        // buffer of a batch's size was mapped, unmapped and faulted in again (100,000 page faults reading 187 MB);
        // 4 MiB keeps them in the heap and the peak still flat (docs/benchmarks.md).
        _ = sluice_bound_allocator_retention(4 * 1024 * 1024)
        let level = quiet ? Logger.Level.error : (Logger.Level(rawValue: logLevel) ?? .info)
        var logger = Logger(label: "sluice") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = level
        let (spec, stages) = try PipelineLoading.load(pipeline, input: input, output: output)
        if let count = shard.resolvedTaskCount, count > 1 || shard.phase != nil || shard.executor == "slurm" {
            try runSharded(spec: spec, stages: stages, taskCount: count, logger: logger)
            return
        }
        let runner = PipelineRunner(
            spec: spec, stages: stages,
            options: RunOptions(workers: workers, showProgress: !quiet && Terminal.stderrIsTerminal, logger: logger))
        let signals = SignalTrap { runner.requestStop() }
        let report = runner.run()
        signals.cancel()

        let stats = report.statistics
        if !quiet { Terminal.printError(stats.table) }
        if let path = report.statsPath, !quiet { Terminal.printError("stats: \(path)") }
        switch report.status {
        case .completed:
            if !stats.isBalanced {
                Terminal.printError("error: document accounting does not balance (see stats.json)")
                throw ExitCode(1)
            }
            if stats.erroredDocuments > 0 && !quiet {
                Terminal.printError("\(stats.erroredDocuments) document(s) failed; see \(stats.rejectsPath ?? "the log")")
            }
        case .failed:
            Terminal.printError("error: \(stats.failure ?? "run failed")")
            throw ExitCode(1)
        case .interrupted:
            Terminal.printError("interrupted: outputs left as .partial files")
            throw ExitCode(130)
        }
    }
}

extension RunCommand {
    /// `--tasks N`: one task or phase of a sharded job, the whole job locally, or a submission to Slurm.
    func runSharded(spec: PipelineSpec, stages: [any Stage], taskCount: Int, logger: Logger) throws {
        let options = RunOptions(workers: workers ?? shard.cpusPerTask, showProgress: false, logger: logger)
        let text = (try? FileIO.readText(pipeline)) ?? pipeline
        let job = ShardedJob(spec: spec, taskCount: taskCount, options: options, pipelineText: text)
        let phases = job.phases(stages: stages)
        do {
            if shard.executor == "slurm" {
                try job.checkPlan(phases: phases)
                let executor = SlurmExecutor(
                    job: job, phases: phases, pipeline: FilePaths.resolve(pipeline, against: FileManagerPaths.currentDirectory),
                    inputs: spec.input.paths.map { FilePaths.resolve($0, against: FileManagerPaths.currentDirectory) },
                    output: FilePaths.resolve(spec.outputDirectory, against: FileManagerPaths.currentDirectory), options: shard, workers: workers)
                for (phase, id) in try executor.submit() { print("\(phase.rawValue): job \(id)") }
                print("scripts and logs: \(FilePaths.join(spec.outputDirectory, "_sluice/slurm")); progress: sluice status \(spec.outputDirectory)")
                return
            }
            if let name = shard.phase {
                let phase = ShardedJob.Phase(rawValue: name)!
                guard phases.contains(phase) else {
                    throw ValidationError("this pipeline has no \(name) phase (its phases: \(phases.map(\.rawValue).joined(separator: ", ")))")
                }
                try job.checkPlan(phases: phases)
                switch phase {
                case .decide: try job.decide()
                case .merge: report(try job.merge())
                case .signatures, .process:
                    let indices = shard.resolvedTaskIndex.map { [$0] } ?? Array(0..<taskCount)
                    for i in indices {
                        guard (0..<taskCount).contains(i) else { throw ValidationError("--task \(i) is outside 0..<\(taskCount)") }
                        guard let r = try job.runTask(i, phase: phase) else {
                            Terminal.printError("\(job.assignment(i).name) \(name): already done, skipped")
                            continue
                        }
                        if r.status != .completed {
                            Terminal.printError("error: \(job.assignment(i).name) \(name): \(r.statistics.failure ?? r.status.rawValue)")
                            throw ExitCode(r.status == .interrupted ? 130 : 1)
                        }
                    }
                }
                return
            }
            if let i = shard.resolvedTaskIndex {
                guard phases == [.process, .merge] else {
                    throw ValidationError("this pipeline has a cross-shard stage: run --phase signatures (every task), then "
                                          + "--phase decide (once), --phase process (every task) and --phase merge (once)")
                }
                try job.checkPlan(phases: phases)
                _ = try job.runTask(i, phase: .process)
                return
            }
            try job.runLocally(parallelTasks: shard.parallelTasks)
            report(try job.merge())
        } catch let e as ValidationError {
            throw e
        } catch let e as ExitCode {
            throw e
        } catch {
            Terminal.printError("error: \(error)")
            throw ExitCode(1)
        }
    }

    private func report(_ stats: JSONValue) {
        guard !quiet, let accounting = stats.objectValue?["accounting"]?.objectValue else { return }
        let n = { (k: String) in accounting[k]?.intValue ?? 0 }
        Terminal.printError("merged \(stats.objectValue?["tasks"]?.intValue ?? 0) tasks: \(n("input")) in = \(n("written")) written + "
                            + "\(n("dropped")) dropped + \(n("errored")) errored")
    }
}

/// Turns SIGINT/SIGTERM into a graceful stop; a second signal exits immediately.
final class SignalTrap: @unchecked Sendable {
    // Sources are created and cancelled on the run's thread; handlers run on their own queue.
    private var sources: [any DispatchSourceSignal] = []

    init(onStop: @escaping @Sendable () -> Void) {
        let queue = DispatchQueue(label: "sluice.signals")
        let count = SignalCounter()
        // Past a file-size limit (`ulimit -f`), writes must fail with EFBIG and a clear error, not kill the process.
        signal(SIGXFSZ, SIG_IGN)
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: queue)
            source.setEventHandler {
                if count.increment() > 1 { _exit(130) }
                fputs("\nsluice: stopping (finishing in-flight batches; signal again to exit at once)\n", stderr)
                onStop()
            }
            source.resume()
            sources.append(source)
        }
    }

    func cancel() {
        for s in sources { s.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}

/// Counts signals (touched only on the signal queue).
private final class SignalCounter: @unchecked Sendable {
    private var value = 0
    func increment() -> Int {
        value += 1
        return value
    }
}
