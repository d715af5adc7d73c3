#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// One file to read, with the format that reads it.
public struct InputFile: Sendable {
    /// Path as found.
    public var path: String
    /// Path relative to the input entry it was found under (a folder or a glob's fixed prefix); used for ids.
    public var relativePath: String
    /// The format reading it.
    public var format: any InputFormat
    /// Size on disk, if known.
    public var size: Int64?
}

/// A problem with an input entry (missing path, unreadable folder, glob without matches).
public struct InputProblem: Sendable, CustomStringConvertible {
    /// The path or pattern.
    public var path: String
    /// What is wrong.
    public var message: String
    /// True if no document can be read from the entry at all (missing path); false for warnings.
    public var isError: Bool
    public var description: String { "\(path): \(message)" }
}

/// Expands input entries (files, folders walked recursively, glob patterns with `*`, `?`, `[...]` and `**`)
/// into a deterministic, duplicate-free list of files.
public enum InputExpander {
    /// Expands `paths` in order; folders are walked in bytewise name order; hidden files are skipped in walks.
    public static func expand(
        _ paths: [String], format: String, exclude: [String], formats: InputFormatRegistry
    ) -> (files: [InputFile], problems: [InputProblem]) {
        var files: [InputFile] = []
        var problems: [InputProblem] = []
        var seen = Set<String>()
        let fixed = format == "auto" ? nil : formats.format(named: format)

        func add(_ path: String, relative: String) {
            let name = FilePaths.fileName(of: path)
            if exclude.contains(where: { fnmatch($0, relative, 0) == 0 || fnmatch($0, name, 0) == 0 }) { return }
            guard seen.insert(path).inserted else { return }
            files.append(InputFile(path: path, relativePath: relative, format: fixed ?? formats.format(forPath: path), size: FileIO.size(of: path)))
        }

        for entry in paths {
            if isPattern(entry) {
                let (root, pattern) = splitPattern(entry)
                var matches: [(String, String)] = []
                walk(root, relative: "", problems: &problems) { path, rel in
                    if matchPath(pattern, rel) { matches.append((path, rel)) }
                }
                if matches.isEmpty {
                    problems.append(InputProblem(path: entry, message: "no file matches this pattern", isError: false))
                }
                for (p, rel) in matches { add(p, relative: rel) }
                continue
            }
            switch FileIO.kind(of: entry) {
            case .file, .other:
                add(entry, relative: FilePaths.fileName(of: entry))
            case .directory:
                let before = files.count
                walk(entry, relative: "", problems: &problems) { path, rel in add(path, relative: rel) }
                if files.count == before {
                    problems.append(InputProblem(path: entry, message: "folder holds no input files", isError: false))
                }
            case .missing:
                problems.append(InputProblem(path: entry, message: "no such file or folder", isError: true))
            }
        }
        return (files, problems)
    }

    static func isPattern(_ path: String) -> Bool {
        path.contains("*") || path.contains("?") || path.contains("[")
    }

    /// Splits `a/b/*/c*.txt` into the fixed folder `a/b` and the pattern `*/c*.txt`.
    static func splitPattern(_ path: String) -> (root: String, pattern: String) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        var fixed: [Substring] = []
        for p in parts.dropLast() {
            if isPattern(String(p)) { break }
            fixed.append(p)
        }
        let root = fixed.isEmpty ? "." : (fixed == [""] ? "/" : fixed.joined(separator: "/"))
        let pattern = parts.dropFirst(fixed.count).joined(separator: "/")
        return (root, pattern)
    }

    /// Matches a relative path against a pattern where `**` stands for any number of folders.
    static func matchPath(_ pattern: String, _ path: String) -> Bool {
        let p = pattern.split(separator: "/").map(String.init)
        let s = path.split(separator: "/").map(String.init)
        func match(_ i: Int, _ j: Int) -> Bool {
            if i == p.count { return j == s.count }
            if p[i] == "**" {
                for k in j...s.count where match(i + 1, k) { return true }
                return false
            }
            guard j < s.count, fnmatch(p[i], s[j], FNM_PERIOD) == 0 else { return false }
            return match(i + 1, j + 1)
        }
        return match(0, 0)
    }

    private static func walk(_ dir: String, relative: String, problems: inout [InputProblem], visit: (String, String) -> Void) {
        let names: [String]
        do {
            names = try FileIO.listDirectory(dir)
        } catch {
            problems.append(InputProblem(path: dir, message: error.message, isError: true))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = dir == "." ? name : FilePaths.join(dir, name)
            let rel = relative.isEmpty ? name : relative + "/" + name
            switch FileIO.kind(of: path) {
            case .directory: walk(path, relative: rel, problems: &problems, visit: visit)
            case .file: visit(path, rel)
            case .missing: problems.append(InputProblem(path: path, message: "cannot read (broken link, or removed while listing)", isError: true))
            case .other: continue
            }
        }
    }
}
