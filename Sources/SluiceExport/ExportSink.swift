import SluiceCore

/// What `prepare` hands to `commit`: one document already serialised for the export's format.
public struct ExportPayload: Sendable {
    /// Encoded records (file formats).
    var bytes: [UInt8] = []
    /// Records in `bytes` (units for per-unit formats).
    var records = 0
    /// Rows for the SQLite format.
    var rows: SQLiteDocumentRows?
    /// The document id made safe for a file name (`{id}` in the path).
    var fileKey: String?
}

/// Where an export writes. Sinks are mutable and not thread-safe: ``ExportStage`` only touches them while
/// holding its lock, which is why they may be marked `@unchecked Sendable`.
protocol ExportSink: AnyObject, Sendable {
    /// Appends one document's records.
    func write(_ payload: ExportPayload) throws
    /// Appends one rejected document.
    func writeReject(_ record: RejectRecord) throws
    /// Completes every file and publishes it under its final name.
    func finish() throws
    /// Stops without publishing anything under a final name.
    func abandon()
}

/// Placeholders of output paths.
enum PathPattern {
    /// `{task}` → the task index of a sharded job.
    static func substituteTask(_ path: String, taskIndex: Int) -> String {
        path.replacing("{task}", with: pad(taskIndex, 3))
    }

    /// `{shard}` → the shard number, five digits.
    static func shard(_ path: String, _ index: Int) -> String {
        path.replacing("{shard}", with: pad(index, 5))
    }

    /// Zero-padded decimal.
    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// A document id made safe as a file name: `/`, control characters and a leading dot become `_`;
    /// empty ids become `_`; long ids are cut to 200 bytes.
    static func fileKey(_ id: String) -> String {
        var bytes: [UInt8] = []
        for b in id.utf8.prefix(200) {
            bytes.append(b == UInt8(ascii: "/") || b < 0x20 || b == 0x7F || b == 0x5C ? UInt8(ascii: "_") : b)
        }
        if bytes.first == UInt8(ascii: ".") { bytes[0] = UInt8(ascii: "_") }
        if bytes.isEmpty { bytes = [UInt8(ascii: "_")] }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The hidden name a completed, not yet published file waits under (same folder, so publishing is a rename).
/// Staging files left by killed runs of this host are deleted first.
func stagingPath(for finalPath: String) -> String {
    TemporaryFiles.removeStale(for: finalPath)
    return TemporaryFiles.path(for: finalPath, suffix: "-done")
}
