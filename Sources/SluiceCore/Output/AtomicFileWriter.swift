#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file under a temporary name and renames it into place only when complete,
/// so an interrupted run never leaves a truncated file under the final name.
///
/// Not thread-safe: one owner writes. Full 1 MiB buffers are written by a ``BackgroundFileWriter`` while the
/// owner goes on; ``flush()`` waits for them. ``commit()`` fsyncs the data, renames, and fsyncs the folder.
public final class AtomicFileWriter {
    /// The final path.
    public let path: String
    /// The temporary path written until ``commit()``.
    public let temporaryPath: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    private let bufferLimit = 1 << 20
    private let background: BackgroundFileWriter
    /// Bytes written so far (including buffered bytes).
    public private(set) var bytesWritten: Int64 = 0

    /// Opens a temporary file beside `path` (creating folders as needed).
    public init(path: String) throws(FileError) {
        self.path = path
        let dir = FilePaths.directory(of: path)
        try FileIO.makeDirectories(dir)
        TemporaryFiles.removeStale(for: path)
        self.temporaryPath = TemporaryFiles.path(for: path)
        fd = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { throw .errno(path, "cannot create output file") }
        background = BackgroundFileWriter(fd: fd, path: path)
        buffer.reserveCapacity(bufferLimit + 4096)
    }

    deinit {
        if fd >= 0 {
            try? background.drain()
            close(fd)
            unlink(temporaryPath)
        }
    }

    /// Appends bytes (buffered).
    public func write(_ bytes: [UInt8]) throws(FileError) {
        buffer.append(contentsOf: bytes)
        bytesWritten += Int64(bytes.count)
        if buffer.count >= bufferLimit { try handOff() }
    }

    /// Appends bytes from a buffer pointer (buffered).
    public func write(_ bytes: UnsafeRawBufferPointer) throws(FileError) {
        buffer.append(contentsOf: bytes)
        bytesWritten += Int64(bytes.count)
        if buffer.count >= bufferLimit { try handOff() }
    }

    /// Queues the full buffer for the background writer and continues with an empty one.
    private func handOff() throws(FileError) {
        guard fd >= 0 else { throw FileError(path: path, message: "file already closed") }
        let full = buffer
        buffer = []
        buffer = try background.submit(full, capacity: bufferLimit + 4096)
    }

    /// Writes every buffered byte to the temporary file (waits for queued background writes).
    public func flush() throws(FileError) {
        guard fd >= 0 else { throw FileError(path: path, message: "file already closed") }
        try background.drain()
        if let error = BackgroundFileWriter.writeAll(fd, buffer, path: path) { throw error }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, fsyncs and renames the file to its final name.
    public func commit() throws(FileError) {
        try flush()
        if fsync(fd) != 0 { throw .errno(path, "cannot sync output") }
        close(fd)
        fd = -1
        if rename(temporaryPath, path) != 0 { throw .errno(path, "cannot rename \(temporaryPath) into place") }
        let dir = open(FilePaths.directory(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 {
            fsync(dir)
            close(dir)
        }
    }

    /// Closes the file and renames it to `<path>.partial` (kept for inspection, clearly unfinished).
    public func abandon(keepPartial: Bool = true) {
        guard fd >= 0 else { return }
        try? flush()
        close(fd)
        fd = -1
        if keepPartial {
            rename(temporaryPath, path + ".partial")
        } else {
            unlink(temporaryPath)
        }
    }
}
