import CSluiceZstd
import SluiceCore

/// Zstandard output through libzstd's streaming API (one frame per file).
final class ZstdCompressor: Compressor {
    private let context: OpaquePointer
    private let output = UnsafeMutableRawBufferPointer.allocate(byteCount: ZSTD_CStreamOutSize(), alignment: 16)
    private let path: String

    init(level: Int, path: String) throws(FileError) {
        self.path = path
        guard let c = ZSTD_createCCtx() else {
            output.deallocate()
            throw FileError(path: path, message: "cannot initialise zstd compression")
        }
        context = c
        let r = ZSTD_CCtx_setParameter(c, ZSTD_c_compressionLevel, Int32(level))
        if ZSTD_isError(r) != 0 {
            ZSTD_freeCCtx(c)
            output.deallocate()
            throw FileError(path: path, message: "zstd: \(String(cString: ZSTD_getErrorName(r)))")
        }
        ZSTD_CCtx_setParameter(c, ZSTD_c_checksumFlag, 1)
    }

    deinit {
        ZSTD_freeCCtx(context)
        output.deallocate()
    }

    func write(_ bytes: UnsafeRawBufferPointer, to file: AtomicFileWriter) throws(FileError) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        var input = ZSTD_inBuffer(src: base, size: bytes.count, pos: 0)
        while input.pos < input.size {
            _ = try step(&input, ZSTD_e_continue, to: file)
        }
    }

    func finish(to file: AtomicFileWriter) throws(FileError) {
        var input = ZSTD_inBuffer(src: nil, size: 0, pos: 0)
        while try step(&input, ZSTD_e_end, to: file) != 0 {}
    }

    /// One call of `ZSTD_compressStream2`; returns its hint (0 when a frame end is fully flushed).
    private func step(_ input: inout ZSTD_inBuffer, _ mode: ZSTD_EndDirective, to file: AtomicFileWriter) throws(FileError) -> Int {
        var out = ZSTD_outBuffer(dst: output.baseAddress, size: output.count, pos: 0)
        let r = ZSTD_compressStream2(context, &out, &input, mode)
        if ZSTD_isError(r) != 0 {
            throw FileError(path: path, message: "zstd compression failed: \(String(cString: ZSTD_getErrorName(r)))")
        }
        if out.pos > 0 { try file.write(UnsafeRawBufferPointer(rebasing: output[0..<out.pos])) }
        return r
    }
}
