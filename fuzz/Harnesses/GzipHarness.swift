@testable import SluiceCore
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Gzip input: the bytes are written to a scratch file and read back through the record reader, which
/// detects gzip by its magic bytes (so the seeds start with 1f 8b) and cuts lines.
struct GzipHarness: Harness {
    static let path: String = {
        let dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
        return "\(dir)/sluice-fuzz-gzip-\(getpid()).jsonl"
    }()

    func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let fd = open(Self.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(fd >= 0, "cannot write \(Self.path)")
        if let base = bytes.baseAddress { _ = write(fd, base, bytes.count) }
        close(fd)
        guard let format = InputFormatRegistry.shared.format(named: "jsonl") else { fatalError("no jsonl format") }
        let file = InputFile(path: Self.path, relativePath: "fuzz.jsonl", format: format, size: Int64(bytes.count))
        let limits = DecompressionLimits(maxBytes: 8 << 20, maxRatio: 100, ratioFloorBytes: 1 << 20)
        let reader = RecordReader(maxRecordBytes: 1 << 16, decompression: limits)
        var records = 0
        try? reader.read(file, shouldStop: { false }) { line, _, _ in
            records += line.count > 0 ? 1 : 0
        } progress: { _ in }
    }
}
