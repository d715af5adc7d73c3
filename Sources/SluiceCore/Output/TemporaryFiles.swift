import Synchronization
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Names of the hidden files outputs are written under before they are renamed into place, and the clean-up of
/// those a killed run left behind.
///
/// A temporary file is `.NAME.tmp-HOST-PID` (plus a suffix, e.g. `-done` for a finished shard waiting to be
/// published) in the folder of `NAME`. A process killed with SIGKILL cannot delete its own; the next process that
/// writes into the folder deletes those of processes on the same host that no longer exist. Files of live
/// processes and of other hosts (a folder shared by cluster nodes) are never touched.
public enum TemporaryFiles {
    /// The temporary path for `finalPath` owned by this process, with an optional suffix.
    public static func path(for finalPath: String, suffix: String = "") -> String {
        FilePaths.join(FilePaths.directory(of: finalPath), prefix(of: FilePaths.fileName(of: finalPath)) + "\(getpid())" + suffix)
    }

    /// Deletes, once per folder and process, the temporary files in `finalPath`'s folder left by processes of
    /// this host that have exited (output writers call this before they create their own).
    public static func removeStale(for finalPath: String) {
        let dir = FilePaths.directory(of: finalPath)
        let first = cleanedFolders.withLock { $0.insert(dir).inserted }
        if first { removeStale(in: dir) }
    }

    /// Deletes the temporary files in `dir` left by processes of this host that have exited; returns how many.
    @discardableResult
    public static func removeStale(in dir: String) -> Int {
        guard let entries = try? FileIO.listDirectory(dir) else { return 0 }
        let marker = ".tmp-\(hostName)-"
        var removed = 0
        for entry in entries where entry.hasPrefix(".") {
            guard let at = entry.firstRange(of: marker) else { continue }
            let digits = entry[at.upperBound...].prefix { $0.isASCII && $0.isNumber }
            guard let pid = Int32(digits), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                unlink(FilePaths.join(dir, entry))
                removed += 1
            }
        }
        return removed
    }

    private static let cleanedFolders = Mutex<Set<String>>([])

    /// `.NAME.tmp-HOST-`
    static func prefix(of name: String) -> String {
        ".\(name).tmp-\(hostName)-"
    }

    private static let hostName: String = {
        var buf = [CChar](repeating: 0, count: 256)
        guard gethostname(&buf, buf.count - 1) == 0 else { return "host" }
        let name = String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.isEmpty || name.contains("/") ? "host" : name
    }()
}
