import OrderedCollections
/// What to do with a document when a stage (or the reader) fails on it.
public enum ErrorPolicy: String, Sendable, CaseIterable {
    /// Stop the run at the first error (exit status 1).
    case fail
    /// Count and log the error, record it in the rejects file, and go on.
    case skip
    /// Like `skip`, and also keep the failing document's content in the rejects file so it can be rerun.
    case quarantine
}

/// A checked pipeline definition: what `sluice validate` accepts and `sluice run` executes.
public struct PipelineSpec: Sendable {
    /// The pipeline file as named by the user.
    public var file: String
    /// Folder of the pipeline file: relative paths resolve against it.
    public var baseDirectory: String
    /// The pipeline's name.
    public var name: String
    /// Where documents come from.
    public var input: InputSpec
    /// The run's output folder: exports with relative paths, `stats.json` and `rejects.jsonl` go here.
    public var outputDirectory: String
    /// Parallel workers; `nil` means one per active processor.
    public var workers: Int?
    /// The error policy.
    public var onError: ErrorPolicy
    /// Path of the rejects file, or `nil` when disabled.
    public var rejectsPath: String?
    /// Documents per batch handed to a worker.
    public var batchDocuments: Int
    /// Bytes per batch handed to a worker (whichever limit is reached first).
    public var batchBytes: Int
    /// The stages in order.
    public var stages: [StageSpec]
    /// The run-time plugins the pipeline loaded (`plugins:`).
    public var plugins: [LoadedPlugin] = []
    /// Resource limits (`limits:`).
    public var limits = ResourceLimits()

    /// Number of workers to use: the given number, or one per active processor.
    public var resolvedWorkers: Int { workers ?? ProcessorInfo.activeProcessorCount }
}

/// Where a pipeline reads documents from.
public struct InputSpec: Sendable {
    /// Files, folders and glob patterns (resolved against the pipeline's folder).
    public var paths: [String]
    /// Where each path was written.
    public var pathLocations: [SourceLocation]
    /// Input format name, or `auto` (by file extension).
    public var format: String
    /// Glob patterns of files to skip (matched against file names and relative paths).
    public var exclude: [String]
    /// Reader options (`id_field`, `text_field`, ...).
    public var options: JSONObject
    /// Records longer than this are rejected without being held in memory.
    public var maxRecordBytes: Int
}

/// One stage of a pipeline, with its checked options.
public struct StageSpec: Sendable {
    /// The stage's registered name.
    public var name: String
    /// Its position in the stage list (0-based).
    public var index: Int
    /// Checked options.
    public var configuration: StageConfiguration
    /// The factory that makes it.
    public var factory: StageFactory

    /// Where the stage entry was written.
    public var location: SourceLocation { configuration.location }
}
