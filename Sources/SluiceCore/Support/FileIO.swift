#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed file operation, with the path and the system's reason.
public struct FileError: Error, Sendable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// What was attempted and why it failed.
    public var message: String
    /// Creates an error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
    /// An error from `errno`.
    public static func errno(_ path: String, _ what: String) -> FileError {
        FileError(path: path, message: "\(what): \(String(cString: strerror(Glibc.errno)))")
    }
    public var description: String { "\(path): \(message)" }
}

/// Thin POSIX file helpers (no Foundation on hot paths).
public enum FileIO {
    /// Kinds of file-system entries.
    public enum Kind: Sendable { case file, directory, other, missing }

    /// What is at `path` (following symlinks).
    public static func kind(of path: String) -> Kind {
        var st = stat()
        guard stat(path, &st) == 0 else { return .missing }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// Size of a regular file in bytes, or `nil`.
    public static func size(of path: String) -> Int64? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return Int64(st.st_size)
    }

    /// Names in a folder (without `.` and `..`), sorted bytewise.
    public static func listDirectory(_ path: String) throws(FileError) -> [String] {
        guard let dir = opendir(path) else { throw .errno(path, "cannot list folder") }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// Reads a whole (small) file as bytes.
    public static func readBytes(_ path: String) throws(FileError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .errno(path, "cannot open") }
        defer { close(fd) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if Glibc.errno == EINTR { continue }
                throw .errno(path, "cannot read")
            }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }

    /// Reads a whole (small) file as UTF-8 text.
    public static func readText(_ path: String) throws(FileError) -> String {
        let bytes = try readBytes(path)
        guard let s = String(validating: bytes, as: UTF8.self) else {
            throw FileError(path: path, message: "not valid UTF-8")
        }
        return s
    }

    /// Creates a folder and its parents.
    public static func makeDirectories(_ path: String) throws(FileError) {
        if path.isEmpty || path == "." || path == "/" { return }
        if kind(of: path) == .directory { return }
        try makeDirectories(FilePaths.directory(of: path))
        if mkdir(path, 0o755) != 0 && Glibc.errno != EEXIST { throw .errno(path, "cannot create folder") }
    }

    /// Writes `bytes` to `path` atomically: a temporary file in the same folder, fsync, then rename.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileError) {
        let file = try AtomicFileWriter(path: path)
        try file.write(bytes)
        try file.commit()
    }

    /// The process's working directory.
    public static var currentDirectory: String {
        var buf = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buf, buf.count) != nil else { return "." }
        return String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Removes a file if it exists.
    public static func remove(_ path: String) {
        unlink(path)
    }
}
