#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Synchronization

/// Writes full buffers to a file descriptor on a serial background queue, in submission order, at most
/// `depth` buffers ahead of the caller.
///
/// ``AtomicFileWriter`` hands it every full 1 MiB buffer, so the `write(2)` system calls (and the kernel's
/// copy into the page cache) run beside the pipeline instead of inside an export's ordered commit, which is
/// serial. The caller gets an empty buffer back at once and is only blocked when `depth` buffers are queued.
final class BackgroundFileWriter: @unchecked Sendable {
    // `fd` is immutable; `state` is guarded by its mutex; the queue serialises the writes themselves.
    private let fd: Int32
    private let path: String
    private let queue = DispatchQueue(label: "sluice.file-writer")
    private let slots: DispatchSemaphore
    private struct State {
        var spare: [[UInt8]] = []
        var failure: FileError?
    }
    private let state = Mutex(State())

    init(fd: Int32, path: String, depth: Int = 3) {
        self.fd = fd
        self.path = path
        self.slots = DispatchSemaphore(value: depth)
    }

    /// Queues `buffer` for writing and returns an empty buffer with at least `capacity` bytes reserved.
    func submit(_ buffer: consuming [UInt8], capacity: Int) throws(FileError) -> [UInt8] {
        if let failure = state.withLock({ $0.failure }) { throw failure }
        slots.wait()
        let box = Box(buffer)  // the only reference, so the buffer is emptied in place and reused
        queue.async { [self] in
            let error = Self.writeAll(fd, box.bytes, path: path)
            box.bytes.removeAll(keepingCapacity: true)
            let emptied = box.bytes
            box.bytes = []
            state.withLock {
                if $0.failure == nil, let error { $0.failure = error }
                $0.spare.append(emptied)
            }
            slots.signal()
        }
        var next = state.withLock { $0.spare.popLast() } ?? []
        next.reserveCapacity(capacity)
        return next
    }

    /// Holds a buffer while it is queued (touched by one thread at a time: the submitter, then the queue).
    private final class Box: @unchecked Sendable {
        var bytes: [UInt8]
        init(_ bytes: consuming [UInt8]) { self.bytes = bytes }
    }

    /// Waits until every queued buffer is written; throws the first write error.
    func drain() throws(FileError) {
        queue.sync {}
        if let failure = state.withLock({ $0.failure }) { throw failure }
    }

    /// Writes `bytes` to `fd` synchronously (retrying short writes and EINTR); returns the error, if any.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) -> FileError? {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                write(fd, raw.baseAddress! + offset, raw.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .errno(path, "cannot write output")
            }
            offset += n
        }
        return nil
    }
}
