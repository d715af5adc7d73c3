import SluiceCore

/// A streaming compressor writing into an output file. One owner; not thread-safe.
protocol Compressor: AnyObject {
    /// Compresses `bytes` and writes whatever output is ready.
    func write(_ bytes: UnsafeRawBufferPointer, to file: AtomicFileWriter) throws(FileError)
    /// Ends the stream (trailer) and writes the rest.
    func finish(to file: AtomicFileWriter) throws(FileError)
}

extension Compressor {
    func write(_ bytes: [UInt8], to file: AtomicFileWriter) throws(FileError) {
        var failure: FileError?
        bytes.withUnsafeBytes { raw in
            do throws(FileError) { try write(raw, to: file) } catch { failure = error }
        }
        if let failure { throw failure }
    }
}

/// Makes the compressor for a kind (`nil` for no compression).
func makeCompressor(_ kind: CompressionKind, level: Int?, path: String) throws(FileError) -> (any Compressor)? {
    switch kind {
    case .none, .auto: return nil
    case .gzip: return try GzipCompressor(level: level ?? 6, path: path)
    case .zstd: return try ZstdCompressor(level: level ?? 3, path: path)
    }
}
