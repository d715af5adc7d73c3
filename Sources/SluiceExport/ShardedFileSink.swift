#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SluiceCore

/// A file output split into shards, optionally compressed, published atomically.
///
/// Each shard is written under a temporary name; a full shard is completed (compression trailer, fsync) and
/// renamed to a hidden staging name; ``finish()`` renames every staged shard to its final name. A killed run
/// therefore leaves only hidden `.NAME.tmp-HOST-PID…` files (deleted by the next run in the folder), and ``abandon()`` leaves `NAME.partial` files.
final class ShardedFileSink: ExportSink, @unchecked Sendable {
    private let pattern: String
    private let compression: CompressionKind
    private let level: Int?
    private let policy: ShardPolicy
    private let header: [UInt8]
    private let rejectFormat: ExportFormat?
    private var writer: AtomicFileWriter?
    private var compressor: (any Compressor)?
    private var finalPath = ""
    private var shardIndex = 0
    private var shardDocuments = 0
    private var shardBytes = 0
    private var staged: [(staging: String, final: String)] = []
    private var line: [UInt8] = []
    /// Uncompressed bytes written so far.
    private(set) var bytesWritten = 0

    /// - Parameters:
    ///   - pattern: the output path, `{shard}` replaced by the shard number.
    ///   - header: bytes at the top of every shard (CSV header).
    ///   - rejectFormat: the format reject records are written in (`nil`: rejects are ignored).
    init(pattern: String, compression: CompressionKind, level: Int?, policy: ShardPolicy, header: [UInt8], rejectFormat: ExportFormat?) {
        self.pattern = pattern
        self.compression = compression
        self.level = level
        self.policy = policy
        self.header = header
        self.rejectFormat = rejectFormat
    }

    func write(_ payload: ExportPayload) throws {
        try append(payload.bytes)
    }

    func writeReject(_ record: RejectRecord) throws {
        guard let format = rejectFormat else { return }
        line.removeAll(keepingCapacity: true)
        record.encode(format, into: &line)
        try append(line)
    }

    /// Appends one document's (or reject's) bytes, starting a new shard first if the current one is full.
    private func append(_ bytes: [UInt8]) throws(FileError) {
        if writer != nil {
            switch policy {
            case .none: break
            case .documents(let n): if shardDocuments >= n { try seal() }
            case .bytes(let n): if shardDocuments > 0 && shardBytes + bytes.count > n { try seal() }
            }
        }
        if writer == nil { try open() }
        try put(bytes)
        shardDocuments += 1
    }

    private func put(_ bytes: [UInt8]) throws(FileError) {
        guard !bytes.isEmpty, let writer else { return }
        if let compressor { try compressor.write(bytes, to: writer) } else { try writer.write(bytes) }
        shardBytes += bytes.count
        bytesWritten += bytes.count
    }

    private func open() throws(FileError) {
        finalPath = PathPattern.shard(pattern, shardIndex)
        let w = try AtomicFileWriter(path: stagingPath(for: finalPath))
        writer = w
        compressor = try makeCompressor(compression, level: level, path: finalPath)
        shardDocuments = 0
        shardBytes = 0
        try put(header)
    }

    /// Completes the current shard under its staging name.
    private func seal() throws(FileError) {
        guard let w = writer else { return }
        if let compressor { try compressor.finish(to: w) }
        try w.commit()
        staged.append((w.path, finalPath))
        writer = nil
        compressor = nil
        shardIndex += 1
    }

    func finish() throws {
        if writer == nil && staged.isEmpty { try open() }  // an empty output still gets its file (and header)
        try seal()
        var folders: Set<String> = []
        for s in staged {
            if rename(s.staging, s.final) != 0 { throw FileError.errno(s.final, "cannot rename \(s.staging) into place") }
            folders.insert(FilePaths.directory(of: s.final))
        }
        staged.removeAll()
        for folder in folders { syncDirectory(folder) }
    }

    func abandon() {
        if let w = writer {
            w.abandon()  // → STAGING.partial
            rename(w.path + ".partial", finalPath + ".partial")
            writer = nil
            compressor = nil
        }
        for s in staged { rename(s.staging, s.final + ".partial") }
        staged.removeAll()
    }
}

/// fsyncs a folder so renames in it are durable.
func syncDirectory(_ path: String) {
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if fd >= 0 {
        fsync(fd)
        close(fd)
    }
}
