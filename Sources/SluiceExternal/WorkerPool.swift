import Dispatch
import Synchronization
import SluiceCore

/// Long-lived worker processes shared by the runner's threads: a thread borrows one for a batch and gives it
/// back. A worker that fails is discarded and replaced on the next borrow, at most `maxRestarts` times per run;
/// after that every batch fails at once with the last reason.
final class WorkerPool: Sendable {
    struct Settings: Sendable {
        var command: [String]
        var directory: String
        var environment: [String: String]
        var hello: [UInt8]
        var startupTimeout: Double
        var maxRestarts: Int
    }

    private struct State {
        var idle: [WorkerProcess] = []
        var all: [WorkerProcess] = []
        var failures = 0
        var lastFailure: String?
        var closed = false
    }

    let settings: Settings
    let size: Int
    private let slots: DispatchSemaphore
    private let state = Mutex(State())

    init(settings: Settings, size: Int) {
        self.settings = settings
        self.size = max(1, size)
        self.slots = DispatchSemaphore(value: max(1, size))
    }

    /// Runs `body` with a worker; a thrown ``WorkerFailure`` discards that worker.
    func withWorker<T>(context: StageContext, _ body: (WorkerProcess) throws(WorkerFailure) -> T) throws(WorkerFailure) -> T {
        slots.wait()
        defer { slots.signal() }
        let worker = try borrow(context: context)
        do {
            let result = try body(worker)
            if worker.hasUnreadOutput {
                discard(worker, WorkerFailure(message: "worker wrote more lines than it was asked for"))
            } else {
                state.withLock { $0.idle.append(worker) }
            }
            return result
        } catch {
            discard(worker, error)
            throw error
        }
    }

    /// Stops every worker: closes their stdin and waits `grace` seconds before killing them.
    func shutdown(grace: Double) {
        let workers = state.withLock { s -> [WorkerProcess] in
            s.closed = true
            defer { s.all.removeAll(); s.idle.removeAll() }
            return s.all
        }
        for w in workers { w.stop(grace: grace) }
    }

    private func borrow(context: StageContext) throws(WorkerFailure) -> WorkerProcess {
        let decision = state.withLock { s -> Result<WorkerProcess?, WorkerFailure> in
            if s.closed { return .failure(WorkerFailure(message: "the stage has already finished")) }
            if let w = s.idle.popLast() { return .success(w) }
            if s.failures > settings.maxRestarts {
                return .failure(WorkerFailure(message: "gave up after \(s.failures) worker failures (max_restarts: \(settings.maxRestarts)); last: \(s.lastFailure ?? "?")"))
            }
            return .success(nil)
        }
        if let w = try decision.get() { return w }
        context.count("worker_starts")
        let worker = try WorkerProcess.spawn(settings.command, directory: settings.directory, environment: settings.environment)
        state.withLock { $0.all.append(worker) }
        do {
            let reply = try worker.exchange(settings.hello, replies: 1, timeout: settings.startupTimeout)
            try ExternalProtocol.checkReady(reply[0])
        } catch {
            discard(worker, WorkerFailure(message: "did not start: \(error.message)"))
            throw WorkerFailure(message: "did not start: \(error.message)")
        }
        return worker
    }

    private func discard(_ worker: WorkerProcess, _ failure: WorkerFailure) {
        worker.kill()
        state.withLock { s in
            s.all.removeAll { $0 === worker }
            s.failures += 1
            s.lastFailure = failure.message
        }
    }
}
