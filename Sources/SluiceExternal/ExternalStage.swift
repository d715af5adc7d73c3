import OrderedCollections
import SluiceCore
import Synchronization
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// `command`: runs documents through long-lived worker processes written in any language, over JSON Lines.
///
/// Documents go to the workers in batches of ``maxBatchDocuments`` (one round trip each); up to `processes`
/// workers run at once, one per runner worker by default. A worker that crashes, hangs past `timeout` or
/// answers garbage is killed; the documents of that batch fail under the pipeline's error policy with the
/// reason and the worker's stderr tail, and the next batch starts a fresh worker, at most `max_restarts` times.
/// The protocol is in docs/external-stages.md.
public final class ExternalStage: BatchStage {
    /// The factory registered under `command`.
    public static let factory = StageFactory(StageDescription(
        name: "command",
        summary: "run documents through a worker process in any language (JSON Lines over stdin/stdout)",
        discussion: """
            Starts `run` as long-lived workers (in the pipeline's folder) and sends them batches of documents as \
            JSON Lines; each reply can replace the text, add metadata, drop the document or fail it. A worker that \
            crashes, hangs or answers garbage fails its batch (with its stderr tail in the reason) and is \
            restarted. Protocol: docs/external-stages.md.
            """,
        options: [
            StageOption("run", .any, required: true, "the command: a list of arguments, or a shell command line"),
            StageOption("batch", .int, default: 32, "documents per round trip (8–64 is a good range)"),
            StageOption("processes", .int, default: 0, "worker processes (0: one per runner worker)"),
            StageOption("timeout", .double, default: 30, "seconds a worker may take for one batch"),
            StageOption("startup_timeout", .double, default: 60, "seconds a worker may take to answer the hello line"),
            StageOption("max_restarts", .int, default: 3, "workers that may fail and be replaced in one run"),
            StageOption("metadata", .bool, default: false, "also send each document's metadata"),
            StageOption("options", .any, "any value, passed to the worker in the hello line"),
            StageOption("env", .map(.string), default: [:], "environment variables added for the worker"),
        ],
        example: "- command: {run: [python3, langid.py], batch: 32, timeout: 10}",
        module: "SluiceExternal")) { config in try ExternalStage(config) }

    public let maxBatchDocuments: Int
    private let name: String
    private let sendMetadata: Bool
    private let timeout: Double
    private let processes: Int
    private let settings: WorkerPool.Settings
    private let pool = Mutex<WorkerPool?>(nil)

    init(_ config: StageConfiguration) throws(StageConfigurationError) {
        let command: [String]
        switch config.value("run") {
        case .string(let line)?:
            command = ["/bin/sh", "-c", line]
        case .array(let items)? where !items.isEmpty && items.allSatisfy({ $0.stringValue != nil }):
            command = items.compactMap(\.stringValue)
        default:
            throw config.error("run", "must be a non-empty list of strings, or a command line")
        }
        let batch = config.int("batch") ?? 32
        guard (1...4096).contains(batch) else { throw config.error("batch", "must be from 1 to 4096") }
        let timeout = config.double("timeout") ?? 30
        guard timeout > 0 else { throw config.error("timeout", "must be more than 0 seconds") }
        let startup = config.double("startup_timeout") ?? 60
        guard startup > 0 else { throw config.error("startup_timeout", "must be more than 0 seconds") }
        let processes = config.int("processes") ?? 0
        guard (0...1024).contains(processes) else { throw config.error("processes", "must be from 0 to 1024") }
        let restarts = config.int("max_restarts") ?? 3
        guard restarts >= 0 else { throw config.error("max_restarts", "must be 0 or more") }
        var environment: [String: String] = [:]
        for (k, v) in config.value("env")?.objectValue ?? [:] { environment[k] = v.stringValue ?? v.jsonString }

        self.name = config.stageName
        self.maxBatchDocuments = batch
        self.timeout = timeout
        self.processes = processes
        self.sendMetadata = config.bool("metadata") ?? false
        self.settings = WorkerPool.Settings(
            command: command, directory: config.baseDirectory, environment: environment,
            hello: ExternalProtocol.hello(stage: config.stageName, options: config.value("options") ?? .object([:])),
            startupTimeout: startup, maxRestarts: restarts)
        Self.ignoreSIGPIPE
    }

    /// Writing to a worker that just died must give `EPIPE`, not kill `sluice`.
    private static let ignoreSIGPIPE: Void = { signal(SIGPIPE, SIG_IGN) }()

    public func process(_ documents: inout [Document], context: StageContext) throws -> [Result<Verdict, any Error>] {
        let pool = self.pool.withLock { p in
            if let p { return p }
            let made = WorkerPool(settings: settings, size: processes > 0 ? processes : context.environment.workers)
            p = made
            return made
        }
        let request = ExternalProtocol.request(documents, metadata: sendMetadata)
        context.count("batches")
        do {
            let lines = try pool.withWorker(context: context) { worker throws(WorkerFailure) in
                try worker.exchange(request, replies: documents.count, timeout: timeout)
            }
            var results: [Result<Verdict, any Error>] = []
            results.reserveCapacity(documents.count)
            var updated = documents
            for k in documents.indices {
                results.append(try ExternalProtocol.apply(lines[k], to: &updated[k], stage: name))
            }
            documents = updated
            return results
        } catch {
            context.count("worker_failures")
            throw ExternalStageError(message: error.message, documents: documents.count)
        }
    }

    public func finish(context: StageContext) throws {
        pool.withLock { $0 }?.shutdown(grace: 5)
    }

    public func abandon() {
        pool.withLock { $0 }?.shutdown(grace: 0.2)
    }
}

/// A batch failed because its worker did: crashed, hung, or broke the protocol.
public struct ExternalStageError: Error, Sendable, CustomStringConvertible {
    /// What happened, with the worker's stderr tail.
    public var message: String
    /// Documents in the failed batch.
    public var documents: Int
    public var description: String { message + " [batch of \(documents)]" }
}
