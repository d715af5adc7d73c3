import CSluiceZlib
import SluiceCore

/// gzip output through zlib's deflate (one gzip member per file).
final class GzipCompressor: Compressor {
    // zlib keeps a pointer back to the stream, so it lives at a fixed address.
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    private let output = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 17, alignment: 16)
    private let path: String
    private var open = false

    init(level: Int, path: String) throws(FileError) {
        self.path = path
        stream.initialize(to: z_stream())
        // 15 window bits + 16: gzip wrapper; memory level 8.
        let status = deflateInit2_(stream, Int32(level), Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deallocate()
            output.deallocate()
            throw FileError(path: path, message: "cannot initialise gzip compression (zlib status \(status))")
        }
        open = true
    }

    deinit {
        if open { deflateEnd(stream) }
        stream.deallocate()
        output.deallocate()
    }

    func write(_ bytes: UnsafeRawBufferPointer, to file: AtomicFileWriter) throws(FileError) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        stream.pointee.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = UInt32(bytes.count)
        while stream.pointee.avail_in > 0 {
            try deflateStep(Z_NO_FLUSH, to: file)
        }
    }

    func finish(to file: AtomicFileWriter) throws(FileError) {
        guard open else { return }
        stream.pointee.next_in = nil
        stream.pointee.avail_in = 0
        while try deflateStep(Z_FINISH, to: file) != Z_STREAM_END {}
        deflateEnd(stream)
        open = false
    }

    @discardableResult
    private func deflateStep(_ flush: Int32, to file: AtomicFileWriter) throws(FileError) -> Int32 {
        stream.pointee.next_out = output.baseAddress!.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_out = UInt32(output.count)
        let status = deflate(stream, flush)
        guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
            throw FileError(path: path, message: "gzip compression failed (zlib status \(status))")
        }
        let produced = output.count - Int(stream.pointee.avail_out)
        if produced > 0 { try file.write(UnsafeRawBufferPointer(rebasing: output[0..<produced])) }
        return status
    }
}
