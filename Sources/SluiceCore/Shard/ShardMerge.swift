import Logging
import OrderedCollections
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Merges the outputs of a sharded job's tasks: files with the same relative path are concatenated in task order
/// (so the result equals a single run's), CSV/TSV headers are kept once, and `stats.json` files are summed.
enum ShardMerge {
    static func mergeOutputs(taskDirectories: [String], into root: String, logger: Logger) throws -> JSONValue {
        var paths: [String] = []
        var seen = Set<String>()
        for dir in taskDirectories {
            for rel in try listFiles(dir, relative: "") where seen.insert(rel).inserted { paths.append(rel) }
        }
        paths.sort()
        for rel in paths where rel != "stats.json" {
            let lower = rel.lowercased()
            if lower.hasSuffix(".db") || lower.hasSuffix(".sqlite") || lower.hasSuffix(".sqlite3") {
                logger.warning("\(rel): databases are not concatenated; each task's copy stays in its task folder")
                continue
            }
            let hasHeader = lower.hasSuffix(".csv") || lower.hasSuffix(".tsv")
            let writer = try AtomicFileWriter(path: FilePaths.join(root, rel))
            var header: [UInt8]?
            for dir in taskDirectories {
                let path = FilePaths.join(dir, rel)
                guard FileIO.kind(of: path) == .file else { continue }
                try copy(path, to: writer, skipLine: hasHeader ? header : nil) { first in if header == nil { header = first } }
            }
            try writer.commit()
        }
        var merged: JSONValue?
        for dir in taskDirectories {
            let path = FilePaths.join(dir, "stats.json")
            guard FileIO.kind(of: path) == .file else { continue }
            let stats = try JSONParser.parse(try FileIO.readBytes(path))
            merged = merged.map { mergeStats($0, stats, key: "") } ?? stats
        }
        guard var total = merged?.objectValue else { return .null }
        total.removeValue(forKey: "throughput")
        total.removeValue(forKey: "started_at")
        total["tasks"] = .int(taskDirectories.count)
        if var accounting = total["accounting"]?.objectValue {
            let input = accounting["input"]?.intValue ?? 0
            let sum = ["written", "dropped", "errored"].reduce(0) { $0 + (accounting[$1]?.intValue ?? 0) }
            accounting["balanced"] = .bool(input == sum)
            total["accounting"] = .object(accounting)
        }
        if let rejects = total["rejects"], rejects.stringValue != nil { total["rejects"] = .string(FilePaths.join(root, "rejects.jsonl")) }
        var bytes: [UInt8] = []
        JSONPrettyWriter.write(.object(total), into: &bytes)
        try FileIO.writeAtomically(bytes + [0x0A], to: FilePaths.join(root, "stats.json"))
        return .object(total)
    }

    /// Sums two stats documents: counts add up, peak memory takes the maximum, names and statuses are kept.
    static func mergeStats(_ a: JSONValue, _ b: JSONValue, key: String) -> JSONValue {
        switch (a, b) {
        case (.object(let x), .object(let y)):
            var out = x
            for (k, v) in y { out[k] = x[k].map { mergeStats($0, v, key: k) } ?? v }
            return .object(out)
        case (.array(let x), .array(let y)):
            if x.allSatisfy({ $0.objectValue != nil }) && x.count == y.count {
                return .array(zip(x, y).map { mergeStats($0, $1, key: key) })
            }
            return .array(x + y.filter { !x.contains($0) })
        case (.int(let x), .int(let y)):
            if key == "peak_rss_bytes" { return .int(max(x, y)) }
            if key == "workers" { return .int(x) }
            return .int(x + y)
        case (.double, .double), (.int, .double), (.double, .int):
            return .double((a.doubleValue ?? 0) + (b.doubleValue ?? 0))
        case (.bool(let x), .bool(let y)):
            return .bool(x && y)
        case (.string(let x), .string(let y)):
            if key == "status" { return .string(x == "completed" && y == "completed" ? "completed" : (x == "completed" ? y : x)) }
            return .string(x)
        default:
            return a.isNull ? b : a
        }
    }

    static func listFiles(_ dir: String, relative: String) throws -> [String] {
        guard FileIO.kind(of: dir) == .directory else { return [] }
        var out: [String] = []
        for name in try FileIO.listDirectory(dir) where !name.hasPrefix(".") && !name.hasSuffix(".partial") {
            let path = FilePaths.join(dir, name)
            let rel = relative.isEmpty ? name : relative + "/" + name
            switch FileIO.kind(of: path) {
            case .directory: out += try listFiles(path, relative: rel)
            case .file: out.append(rel)
            default: continue
            }
        }
        return out
    }

    /// Streams a file into `writer`, dropping its first line if it equals `skipLine`; reports the first line.
    static func copy(_ path: String, to writer: AtomicFileWriter, skipLine: [UInt8]?, firstLine: ([UInt8]) -> Void) throws {
        let source = try FileByteSource(path: path)
        defer { source.close() }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var first = true
        while true {
            var readResult: Result<Int, FileError> = .success(0)
            chunk.withUnsafeMutableBytes { raw in
                do throws(FileError) { readResult = .success(try source.read(into: raw)) } catch { readResult = .failure(error) }
            }
            let n = try readResult.get()
            if n == 0 { break }
            var start = 0
            if first {
                first = false
                let end = chunk[0..<n].firstIndex(of: 0x0A).map { $0 + 1 } ?? n
                let line = Array(chunk[0..<end])
                firstLine(line)
                if let skipLine, line == skipLine { start = end }
            }
            try writer.write(Array(chunk[start..<n]))
        }
    }
}

extension FileIO {
    /// Removes a file or a folder tree if it exists. Symbolic links are removed, never followed: a link to a
    /// folder inside the tree does not take the folder's contents with it.
    public static func removeTree(_ path: String) {
        var st = stat()
        guard lstat(path, &st) == 0 else { return }
        if st.st_mode & S_IFMT == S_IFDIR {
            for name in (try? listDirectory(path)) ?? [] { removeTree(FilePaths.join(path, name)) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}
