import OrderedCollections
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// How a run ended.
public enum RunStatus: String, Sendable {
    case completed, failed, interrupted
}

/// Everything `stats.json` reports: accounting of every input document, per-stage figures, throughput, memory.
public struct RunStatistics: Sendable {
    /// The pipeline's name.
    public var pipeline: String
    /// How the run ended.
    public var status: RunStatus = .completed
    /// Why it failed, if it did.
    public var failure: String?
    /// Workers used.
    public var workers: Int
    /// Start time (UTC, ISO 8601).
    public var startedAt: String
    /// Wall-clock seconds.
    public var wallSeconds: Double = 0
    /// Input files read.
    public var files = 0
    /// Input entries that could not be read at all (missing paths, unreadable folders).
    public var missingInputs: [String] = []
    /// Files with no records.
    public var emptyFiles = 0
    /// Bytes read from input files (compressed size for .gz).
    public var fileBytes = 0
    /// Records read, including those that failed to parse: the "in" of the accounting identity.
    public var inputDocuments = 0
    /// Documents that passed every stage.
    public var outputDocuments = 0
    /// Documents dropped by a stage (or the reader).
    public var droppedDocuments = 0
    /// Documents that failed (reader or stage).
    public var erroredDocuments = 0
    /// Reader figures (records in, documents out, parse errors).
    public var reader = StageCounters()
    /// Per-stage figures, in pipeline order.
    public var stages: [(name: String, counters: StageCounters)] = []
    /// Peak resident memory of the process (bytes).
    public var peakResidentBytes = 0
    /// Where rejects were written, if enabled.
    public var rejectsPath: String?

    /// True if every input document is accounted for: in = written + dropped + errored.
    public var isBalanced: Bool { inputDocuments == outputDocuments + droppedDocuments + erroredDocuments }

    /// Record bytes read (decompressed).
    public var inputBytes: Int { reader.bytesIn }

    /// Throughput in MB/s (decompressed input bytes over wall time).
    public var megabytesPerSecond: Double { wallSeconds > 0 ? Double(inputBytes) / 1e6 / wallSeconds : 0 }

    /// Documents per second.
    public var documentsPerSecond: Double { wallSeconds > 0 ? Double(inputDocuments) / wallSeconds : 0 }

    /// The statistics as a JSON object (the content of `stats.json`).
    public var json: JSONValue {
        func counters(_ c: StageCounters) -> JSONObject {
            var o: JSONObject = [
                "in": .int(c.documentsIn), "out": .int(c.documentsOut),
                "dropped": .int(c.droppedTotal), "errored": .int(c.erroredTotal),
                "bytes_in": .int(c.bytesIn), "bytes_out": .int(c.bytesOut),
                "seconds": .double((Double(c.nanoseconds) / 1e9 * 1e6).rounded() / 1e6),
            ]
            if !c.dropped.isEmpty { o["dropped_by_reason"] = sortedObject(c.dropped) }
            if !c.errored.isEmpty { o["errored_by_reason"] = sortedObject(c.errored) }
            if !c.custom.isEmpty { o["counters"] = sortedObject(c.custom) }
            return o
        }
        var o: JSONObject = [:]
        o["pipeline"] = .string(pipeline)
        o["status"] = .string(status.rawValue)
        if let failure { o["failure"] = .string(failure) }
        o["started_at"] = .string(startedAt)
        o["wall_seconds"] = .double((wallSeconds * 1000).rounded() / 1000)
        o["workers"] = .int(workers)
        o["accounting"] = .object([
            "input": .int(inputDocuments), "written": .int(outputDocuments), "dropped": .int(droppedDocuments),
            "errored": .int(erroredDocuments), "balanced": .bool(isBalanced),
        ])
        var input: JSONObject = [
            "files": .int(files), "file_bytes": .int(fileBytes), "records": .int(inputDocuments),
            "record_bytes": .int(inputBytes), "empty_files": .int(emptyFiles),
        ]
        if !missingInputs.isEmpty { input["missing"] = .array(missingInputs.map(JSONValue.string)) }
        o["input"] = .object(input)
        o["reader"] = .object(counters(reader))
        o["stages"] = .array(stages.map { s in
            var c = counters(s.counters)
            c.updateValue(.string(s.name), forKey: "name", insertingAt: 0)
            return .object(c)
        })
        o["throughput"] = .object([
            "mb_per_second": .double((megabytesPerSecond * 100).rounded() / 100),
            "documents_per_second": .double(documentsPerSecond.rounded()),
        ])
        o["peak_rss_bytes"] = .int(peakResidentBytes)
        if let rejectsPath { o["rejects"] = .string(rejectsPath) }
        return .object(o)
    }

    private func sortedObject(_ d: [String: Int]) -> JSONValue {
        var o = JSONObject()
        for k in d.keys.sorted() { o[k] = .int(d[k]!) }
        return .object(o)
    }

    /// A human-readable table of the figures.
    public var table: String {
        var rows: [[String]] = [["stage", "in", "out", "dropped", "errored", "MB in", "seconds"]]
        func row(_ name: String, _ c: StageCounters) -> [String] {
            [name, "\(c.documentsIn)", "\(c.documentsOut)", "\(c.droppedTotal)", "\(c.erroredTotal)",
             format(Double(c.bytesIn) / 1e6, 2), format(Double(c.nanoseconds) / 1e9, 3)]
        }
        rows.append(row("read", reader))
        for s in stages { rows.append(row(s.name, s.counters)) }
        let widths = (0..<rows[0].count).map { col in rows.map { $0[col].count }.max()! }
        var out = ""
        for (n, r) in rows.enumerated() {
            let cells = r.enumerated().map { col, cell in
                col == 0 ? cell.padding(widths[col]) : String(repeating: " ", count: widths[col] - cell.count) + cell
            }
            out += cells.joined(separator: "  ") + "\n"
            if n == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        out += "documents: \(inputDocuments) in = \(outputDocuments) written + \(droppedDocuments) dropped + \(erroredDocuments) errored"
        out += isBalanced ? " ✓\n" : " ✗ (UNBALANCED)\n"
        out += "\(format(Double(inputBytes) / 1e6, 1)) MB in \(format(wallSeconds, 2)) s: \(format(megabytesPerSecond, 1)) MB/s, "
        out += "\(format(documentsPerSecond, 0)) docs/s, \(workers) worker\(workers == 1 ? "" : "s"), peak memory \(format(Double(peakResidentBytes) / 1048576, 0)) MiB\n"
        return out
    }

    /// The current UTC time in ISO 8601.
    static func now() -> String {
        var t = time(nil)
        var tm = tm()
        gmtime_r(&t, &tm)
        var buf = [UInt8](repeating: 0, count: 32)
        let n = buf.withUnsafeMutableBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: 32) { strftime($0, 32, "%Y-%m-%dT%H:%M:%SZ", &tm) }
        }
        return String(decoding: buf[0..<n], as: UTF8.self)
    }
}

/// Formats a number with a fixed number of decimals (no Foundation).
func format(_ value: Double, _ decimals: Int) -> String {
    if !value.isFinite { return "-" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    if decimals == 0 { return String(Int(rounded)) }
    let whole = Int(rounded.magnitude)
    var frac = String(Int(((rounded.magnitude - Double(whole)) * scale).rounded()))
    while frac.count < decimals { frac = "0" + frac }
    return (rounded < 0 ? "-" : "") + "\(whole).\(frac)"
}

extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
