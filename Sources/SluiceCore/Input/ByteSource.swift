import CSluiceZlib
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// A stream of bytes from a file: plain, or gzip-compressed (detected by its magic bytes).
protocol ByteSource: AnyObject {
    /// Reads up to `buffer.count` bytes; returns 0 at the end. Throws on I/O errors and corrupt data.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(FileError) -> Int
    /// Bytes consumed from the underlying file so far (compressed bytes for gzip).
    var fileBytesRead: Int64 { get }
    /// Closes the file.
    func close()
}

/// Opens `path` as a byte source, decompressing gzip transparently (within `limits`).
func openByteSource(_ path: String, limits: DecompressionLimits = .default) throws(FileError) -> any ByteSource {
    let file = try FileByteSource(path: path)
    var magic = [UInt8](repeating: 0, count: 2)
    let n = magic.withUnsafeMutableBytes { pread(file.fd, $0.baseAddress, 2, 0) }
    if n == 2 && magic[0] == 0x1F && magic[1] == 0x8B {
        return try GzipByteSource(file: file, limits: limits)
    }
    return file
}

/// Reads a plain file with `read(2)`.
final class FileByteSource: ByteSource {
    let path: String
    fileprivate(set) var fd: Int32
    private(set) var fileBytesRead: Int64 = 0

    init(path: String) throws(FileError) {
        self.path = path
        fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw .errno(path, "cannot open") }
        if FileIO.kind(of: path) == .directory {
            Glibc.close(fd)
            fd = -1
            throw FileError(path: path, message: "is a folder")
        }
    }

    deinit { close() }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(FileError) -> Int {
        while true {
            let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
            if n >= 0 {
                fileBytesRead += Int64(n)
                return n
            }
            if errno == EINTR { continue }
            throw .errno(path, "read error")
        }
    }

    func close() {
        if fd >= 0 { Glibc.close(fd); fd = -1 }
    }

    /// Moves the read position (plain files only).
    func seek(to offset: Int64) throws(FileError) {
        if lseek(fd, off_t(offset), SEEK_SET) < 0 { throw .errno(path, "cannot seek") }
    }

    /// The offset of the first record starting at or after `offset`: `offset` itself if a line ends just
    /// before it, else the byte after the next newline (or `nil` if there is none before `limit`).
    func recordStart(atOrAfter offset: Int64, limit: Int64) throws(FileError) -> Int64? {
        if offset == 0 { return 0 }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var pos = offset - 1
        while pos < limit {
            let want = Int(min(Int64(chunk.count), limit - pos))
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, want, off_t(pos)) }
            if n < 0 { throw .errno(path, "read error") }
            if n == 0 { return nil }
            if let k = chunk[0..<n].firstIndex(of: 0x0A) { return pos + Int64(k) + 1 }
            pos += Int64(n)
        }
        return nil
    }

    /// Number of newlines in the first `length` bytes (gives line numbers to records of a later slice).
    func countNewlines(before length: Int64) throws(FileError) -> Int {
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var pos: Int64 = 0
        var count = 0
        while pos < length {
            let want = Int(min(Int64(chunk.count), length - pos))
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, want, off_t(pos)) }
            if n < 0 { throw .errno(path, "read error") }
            if n == 0 { break }
            chunk.withUnsafeBufferPointer { buf in
                var p = buf.baseAddress!
                let end = buf.baseAddress! + n
                while p < end, let hit = memchr(p, 0x0A, end - p) {
                    count += 1
                    p = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) + 1
                }
            }
            pos += Int64(n)
        }
        return count
    }
}

/// Inflates gzip data (several concatenated members allowed) from a file, failing past `limits`.
final class GzipByteSource: ByteSource {
    private let file: FileByteSource
    private let limits: DecompressionLimits
    private var stream = z_stream()
    private let input = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 18, alignment: 16)
    private var inputEnd = false
    private var finishedMember = false
    private var initialized = false
    private(set) var decompressedBytes: Int64 = 0
    /// Set once a limit is passed: the bytes up to that point are returned, the next read throws this.
    private var limitError: FileError?

    var fileBytesRead: Int64 { file.fileBytesRead }

    init(file: FileByteSource, limits: DecompressionLimits = .default) throws(FileError) {
        self.file = file
        self.limits = limits
        // 15 window bits + 16: gzip wrapper only.
        let status = inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw FileError(path: file.path, message: "cannot initialise gzip decoder") }
        initialized = true
    }

    deinit {
        close()
        input.deallocate()
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(FileError) -> Int {
        if let limitError { throw limitError }
        // Never produce more than one byte past the size cap.
        let room = Int(min(Int64(buffer.count), max(1, limits.maxBytes - decompressedBytes + 1)))
        let buffer = UnsafeMutableRawBufferPointer(rebasing: buffer[0..<room])
        while true {
            if stream.avail_in == 0 && !inputEnd {
                let n = try file.read(into: input)
                if n == 0 {
                    inputEnd = true
                } else {
                    stream.avail_in = UInt32(n)
                }
                stream.next_in = input.baseAddress!.assumingMemoryBound(to: Bytef.self)
            }
            if stream.avail_in == 0 && inputEnd {
                if finishedMember || decompressedBytes == 0 && file.fileBytesRead == 0 { return 0 }
                throw FileError(path: file.path, message: "truncated gzip data (the file ends in the middle of a compressed stream)")
            }
            if finishedMember {
                // Another gzip member follows: start it.
                inflateReset(&stream)
                finishedMember = false
            }
            let consumedBefore = stream.avail_in
            stream.next_out = buffer.baseAddress?.assumingMemoryBound(to: Bytef.self)
            stream.avail_out = UInt32(buffer.count)
            let status = inflate(&stream, Z_NO_FLUSH)
            let produced = buffer.count - Int(stream.avail_out)
            decompressedBytes += Int64(produced)
            if let violation = limits.violation(decompressed: decompressedBytes, compressed: file.fileBytesRead) {
                limitError = FileError(path: file.path, message: violation)
                if produced == 0 { throw limitError! }
                return produced
            }
            switch status {
            case Z_STREAM_END:
                finishedMember = true
            case Z_OK, Z_BUF_ERROR:
                break
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                throw FileError(path: file.path, message: "corrupt gzip data: \(message)")
            }
            if produced > 0 { return produced }
            if status == Z_BUF_ERROR && stream.avail_in == consumedBefore && inputEnd {
                throw FileError(path: file.path, message: "truncated gzip data (the file ends in the middle of a compressed stream)")
            }
        }
    }

    func close() {
        if initialized {
            inflateEnd(&stream)
            initialized = false
        }
        file.close()
    }
}
