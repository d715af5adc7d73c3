#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SluiceCore

/// One file per document (`format: text, layout: files`). Each file is written under a temporary name and
/// renamed when complete, so every file under a final name is whole; files appear as documents are committed.
final class PerDocumentFileSink: ExportSink, @unchecked Sendable {
    private let pattern: String
    private let compression: CompressionKind
    private let level: Int?
    private var count = 0
    private var folders: Set<String> = []

    init(pattern: String, compression: CompressionKind, level: Int?) {
        self.pattern = pattern
        self.compression = compression
        self.level = level
    }

    func write(_ payload: ExportPayload) throws {
        count += 1
        var path = pattern.replacing("{n}", with: PathPattern.pad(count, 8))
        path = path.replacing("{id}", with: payload.fileKey ?? String(count))
        let w = try AtomicFileWriter(path: path)
        if let c = try makeCompressor(compression, level: level, path: path) {
            try c.write(payload.bytes, to: w)
            try c.finish(to: w)
        } else {
            try w.write(payload.bytes)
        }
        try w.commit()
    }

    func writeReject(_ record: RejectRecord) throws {}
    func finish() throws {}
    func abandon() {}
}
