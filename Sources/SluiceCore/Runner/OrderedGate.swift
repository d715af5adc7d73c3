import OrderedCollections
import Synchronization

/// Lets batches through one at a time, in sequence order, whichever worker brings them.
///
/// A worker submitting a batch either finds it is not its turn (the batch waits in the gate and the worker
/// moves on) or becomes the committer: it runs `body` for that batch and every waiting successor, in order.
/// Only one committer runs at a time, so `body` sees batches serially and in input order.
final class OrderedGate: Sendable {
    private struct State {
        var next = 0
        var pending: [Int: Batch] = [:]
        var busy = false
    }

    private let state = Mutex(State())

    /// Submits a batch; runs `body` for every batch that becomes due while this caller is the committer.
    func submit(_ batch: Batch, body: (Batch) -> Void) {
        var current: Batch? = state.withLock { s -> Batch? in
            s.pending[batch.seq] = batch
            guard !s.busy, let due = s.pending.removeValue(forKey: s.next) else { return nil }
            s.busy = true
            return due
        }
        while let b = current {
            body(b)
            current = state.withLock { s -> Batch? in
                s.next += 1
                if let due = s.pending.removeValue(forKey: s.next) { return due }
                s.busy = false
                return nil
            }
        }
    }
}
