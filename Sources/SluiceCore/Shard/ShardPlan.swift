#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Which share of a job this process runs.
public struct ShardAssignment: Sendable, Hashable, CustomStringConvertible {
    /// 0-based task index.
    public var index: Int
    /// Number of tasks.
    public var count: Int

    /// Creates an assignment; `index` must be in `0..<count`.
    public init(index: Int, count: Int) {
        precondition(count >= 1 && (0..<count).contains(index), "task index out of range")
        self.index = index
        self.count = count
    }

    /// `task-00003-of-00008`: the name of this task's folder and markers.
    public var name: String { "task-\(Self.pad(index))-of-\(Self.pad(count))" }

    public var description: String { "task \(index + 1) of \(count)" }

    static func pad(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 5 - s.count)) + s
    }
}

/// Part of one input file read by a task: the whole file, or the records starting in a byte range.
public struct InputSlice: Sendable {
    /// The file.
    public var file: InputFile
    /// Records whose first byte lies in this range (line formats only); `nil` for the whole file.
    public var byteRange: Range<Int64>?
}

/// Splits a job's input into contiguous, deterministic shares.
///
/// The files, in input order, form one stream of bytes; task `i` of `n` owns the bytes
/// `[i·T/n, (i+1)·T/n)`. A line-format file (JSON Lines, uncompressed) is cut at those points — a record
/// belongs to the task whose range holds its first byte — so one huge file does not become one straggler task.
/// Other files (whole-file formats, gzip) go to the task that owns their first byte. Concatenating the tasks'
/// outputs in task order therefore gives the single-run order.
public enum ShardPlanner {
    /// The slices task `assignment.index` reads.
    public static func slices(of files: [InputFile], for assignment: ShardAssignment) -> [InputSlice] {
        let sizes = files.map { max(0, $0.size ?? 0) }
        let total = sizes.reduce(0, +)
        let n = Int64(assignment.count), i = Int64(assignment.index)
        let lo = total * i / n
        let hi = total * (i + 1) / n
        let isLast = assignment.index == assignment.count - 1
        var slices: [InputSlice] = []
        var start: Int64 = 0
        for (file, size) in zip(files, sizes) {
            defer { start += size }
            let splittable = file.format.description.framing == .lines && !isGzip(file.path)
            if splittable && size > 0 {
                let a = max(lo, start), b = min(hi, start + size)
                if a < b { slices.append(InputSlice(file: file, byteRange: (a - start)..<(b - start))) }
            } else if (start >= lo && start < hi) || (isLast && start >= hi) {
                slices.append(InputSlice(file: file, byteRange: nil))
            }
        }
        return slices
    }

    /// Every file read whole (no sharding).
    public static func all(_ files: [InputFile]) -> [InputSlice] {
        files.map { InputSlice(file: $0, byteRange: nil) }
    }

    static func isGzip(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var magic: (UInt8, UInt8) = (0, 0)
        let n = withUnsafeMutableBytes(of: &magic) { pread(fd, $0.baseAddress, 2, 0) }
        return n == 2 && magic.0 == 0x1F && magic.1 == 0x8B
    }
}
