import OrderedCollections
import Logging

/// Facts about the current run that stages may need.
public struct RunEnvironment: Sendable {
    /// The pipeline's name.
    public var pipelineName: String
    /// Folder of the pipeline file: relative paths in options resolve against it.
    public var baseDirectory: String
    /// Folder where outputs, `stats.json` and rejects go.
    public var outputDirectory: String
    /// Number of parallel workers.
    public var workers: Int
    /// Index of this task and number of tasks when a job is sharded (0 and 1 otherwise).
    public var taskIndex: Int
    /// Number of tasks the job is sharded into.
    public var taskCount: Int
    /// The run's logger.
    public var logger: Logger

    /// Creates an environment.
    public init(
        pipelineName: String = "pipeline",
        baseDirectory: String = ".",
        outputDirectory: String = ".",
        workers: Int = 1,
        taskIndex: Int = 0,
        taskCount: Int = 1,
        logger: Logger = Logger(label: "sluice")
    ) {
        self.pipelineName = pipelineName
        self.baseDirectory = baseDirectory
        self.outputDirectory = outputDirectory
        self.workers = workers
        self.taskIndex = taskIndex
        self.taskCount = taskCount
        self.logger = logger
    }
}

/// Handed to a stage with every call: the run's environment and per-stage counters.
///
/// A context belongs to one worker at a time (it is not shared between threads), so counting is cheap;
/// the runner sums the counters of all workers into the stage's figures in `stats.json`.
public final class StageContext {
    /// The stage's name as written in the pipeline.
    public let stageName: String
    /// The run's environment.
    public let environment: RunEnvironment
    /// Counters added by the stage (`count(_:by:)`).
    public private(set) var counters: [String: Int] = [:]

    /// Creates a context (the runner does this; tests may too).
    public init(stageName: String, environment: RunEnvironment = RunEnvironment()) {
        self.stageName = stageName
        self.environment = environment
    }

    /// The run's logger.
    public var logger: Logger { environment.logger }

    /// When the current document's time budget (`limits.stage_time_budget`) runs out, on the monotonic clock
    /// in nanoseconds; `nil` when there is no budget. The runner drops a document whose stage overran it.
    public internal(set) var deadline: UInt64?

    /// True once the current document's time budget is spent: a stage with a long loop may check this and
    /// stop early (throw, or keep what it has); the runner then drops the document with the reason.
    public var isPastDeadline: Bool {
        guard let deadline else { return false }
        return Clock.nanoseconds() > deadline
    }

    /// Adds `n` to a named counter reported in the stage's stats (e.g. `"sentences"`).
    public func count(_ counter: String, by n: Int = 1) {
        counters[counter, default: 0] += n
    }

    /// Returns the counters gathered so far and resets them.
    func drainCounters() -> [String: Int] {
        defer { counters.removeAll(keepingCapacity: true) }
        return counters
    }
}
