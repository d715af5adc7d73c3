/// Appends little-endian binary values to a byte buffer (for shard records and decisions).
public struct BinaryWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    public init() {}

    /// Appends a fixed-width integer, little-endian.
    public mutating func put<T: FixedWidthInteger>(_ v: T) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a count (`UInt64`) and the integers, copied in bulk (hosts are little-endian).
    public mutating func putArray<T: FixedWidthInteger>(_ a: [T]) {
        put(UInt64(a.count))
        a.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    public mutating func write(_ v: UInt8) { bytes.append(v) }
    public mutating func write(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    public mutating func write(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    public mutating func write(_ v: Int) { write(UInt64(bitPattern: Int64(v))) }
    public mutating func write(_ v: Double) { write(v.bitPattern) }
    public mutating func write(_ s: String) {
        write(UInt32(s.utf8.count))
        bytes.append(contentsOf: s.utf8)
    }
    public mutating func write(_ values: [UInt32]) {
        write(UInt32(values.count))
        for v in values { write(v) }
    }
    public mutating func write(_ values: [UInt64]) {
        write(UInt32(values.count))
        for v in values { write(v) }
    }
}

#if !(arch(x86_64) || arch(arm64) || arch(i386) || arch(arm))
#error("binary files assume a little-endian host")
#endif

/// Reads what ``BinaryWriter`` wrote; every read checks bounds and throws on truncated data.
public struct BinaryReader {
    private let bytes: [UInt8]
    private var pos = 0

    /// Thrown on truncated or corrupt data.
    public struct Truncated: Error, CustomStringConvertible {
        public var description: String { "truncated or corrupt binary record" }
    }

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// True when every byte was read.
    public var isAtEnd: Bool { pos == bytes.count }

    private mutating func take(_ n: Int) throws(Truncated) -> ArraySlice<UInt8> {
        guard n >= 0, pos + n <= bytes.count else { throw Truncated() }
        defer { pos += n }
        return bytes[pos..<(pos + n)]
    }

    /// Reads a fixed-width integer written by ``BinaryWriter/put(_:)``.
    public mutating func get<T: FixedWidthInteger>(_: T.Type) throws(Truncated) -> T {
        let size = MemoryLayout<T>.size
        guard pos + size <= bytes.count else { throw Truncated() }
        let v = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: pos, as: T.self) }
        pos += size
        return T(littleEndian: v)
    }

    /// Reads an array written by ``BinaryWriter/putArray(_:)``.
    public mutating func getArray<T: FixedWidthInteger>(_: T.Type) throws(Truncated) -> [T] {
        let n = try get(UInt64.self)
        let size = MemoryLayout<T>.size
        guard n <= UInt64(bytes.count), pos + Int(n) * size <= bytes.count else { throw Truncated() }
        let count = Int(n)
        let start = pos
        let a = [T](unsafeUninitializedCapacity: count) { buf, initialized in
            bytes.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(buf).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[start..<(start + count * size)]))
            }
            initialized = count
        }
        pos += count * size
        return a
    }

    public mutating func readUInt8() throws(Truncated) -> UInt8 { try take(1).first! }
    public mutating func readUInt32() throws(Truncated) -> UInt32 {
        let s = try take(4)
        return s.reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }
    public mutating func readUInt64() throws(Truncated) -> UInt64 {
        let s = try take(8)
        return s.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }
    public mutating func readInt() throws(Truncated) -> Int { Int(Int64(bitPattern: try readUInt64())) }
    public mutating func readDouble() throws(Truncated) -> Double { Double(bitPattern: try readUInt64()) }
    public mutating func readString() throws(Truncated) -> String {
        let n = Int(try readUInt32())
        return String(decoding: try take(n), as: UTF8.self)
    }
    public mutating func readUInt32Array() throws(Truncated) -> [UInt32] {
        let n = Int(try readUInt32())
        guard n <= (bytes.count - pos) / 4 else { throw Truncated() }
        return try (0..<n).map { _ throws(Truncated) in try readUInt32() }
    }
    public mutating func readUInt64Array() throws(Truncated) -> [UInt64] {
        let n = Int(try readUInt32())
        guard n <= (bytes.count - pos) / 8 else { throw Truncated() }
        return try (0..<n).map { _ throws(Truncated) in try readUInt64() }
    }
}

/// A file of length-prefixed records, written in order (atomically) and read back sequentially.
public enum RecordFile {
    /// Appends one record (`UInt32` length, then the bytes).
    public static func append(_ record: [UInt8], to writer: AtomicFileWriter) throws(FileError) {
        var header = BinaryWriter()
        header.write(UInt32(record.count))
        try writer.write(header.bytes)
        try writer.write(record)
    }

    /// Reads records one at a time from a file, streaming it through a bounded buffer (shard record and decision
    /// files hold one record per document of a task: they can be far larger than memory should hold).
    public final class Reader {
        /// The file.
        public let path: String
        private let source: FileByteSource
        private var buffer: [UInt8] = []
        private var pos = 0          // buffer[pos...] is not consumed yet
        private var atEnd = false

        /// Opens the file.
        public init(path: String) throws(FileError) {
            self.path = path
            source = try FileByteSource(path: path)
        }

        /// Makes at least `count` unread bytes available if the file has them.
        private func fill(_ count: Int) throws(FileError) -> Bool {
            while buffer.count - pos < count && !atEnd {
                if pos > 0 {
                    buffer.removeFirst(pos)
                    pos = 0
                }
                var chunk = [UInt8](repeating: 0, count: max(1 << 20, count - buffer.count))
                var result: Result<Int, FileError> = .success(0)
                chunk.withUnsafeMutableBytes { raw in
                    do throws(FileError) { result = .success(try source.read(into: raw)) } catch { result = .failure(error) }
                }
                let n = try result.get()
                if n == 0 { atEnd = true } else { buffer.append(contentsOf: chunk[0..<n]) }
            }
            return buffer.count - pos >= count
        }

        /// The next record, or `nil` at the end.
        public func next() throws(FileError) -> [UInt8]? {
            guard try fill(4) else {
                if buffer.count == pos { return nil }
                throw FileError(path: path, message: "truncated record file")
            }
            let n = Int(buffer[pos]) | Int(buffer[pos + 1]) << 8 | Int(buffer[pos + 2]) << 16 | Int(buffer[pos + 3]) << 24
            guard try fill(4 + n) else { throw FileError(path: path, message: "truncated record file") }
            defer { pos += 4 + n }
            return Array(buffer[(pos + 4)..<(pos + 4 + n)])
        }
    }
}
