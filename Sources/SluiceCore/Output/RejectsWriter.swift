import OrderedCollections
/// Writes dropped and failed documents, one JSON object per line, so nothing leaves a run unrecorded.
///
/// Record: `{"id", "kind": "dropped"|"error", "stage", "reason", "source": {"path", "record", "offset"}}`,
/// plus `text` or `raw` and `metadata` for failed documents under the `quarantine` policy.
public final class RejectsWriter {
    private let file: AtomicFileWriter
    private var line: [UInt8] = []
    /// Records written.
    public private(set) var count = 0

    /// Opens the rejects file (written atomically: it appears under its name when the run completes).
    public init(path: String) throws(FileError) {
        file = try AtomicFileWriter(path: path)
    }

    /// The final path.
    public var path: String { file.path }

    /// Writes one record.
    public func write(_ doc: Document, kind: String, stage: String, reason: String, includeContent: Bool) throws(FileError) {
        line.removeAll(keepingCapacity: true)
        var record = JSONObject()
        record["id"] = .string(doc.id)
        record["kind"] = .string(kind)
        record["stage"] = .string(stage)
        record["reason"] = .string(reason)
        record["source"] = .object(["path": .string(doc.source.path), "record": .int(doc.source.record), "offset": .int(Int(doc.source.byteOffset))])
        if includeContent {
            if let raw = doc.raw {
                record["raw"] = .string(String(decoding: raw, as: UTF8.self))
            } else {
                record["text"] = .string(doc.decodedText)
            }
            if !doc.metadata.isEmpty { record["metadata"] = .object(doc.metadata) }
        }
        JSONWriter.write(.object(record), into: &line)
        line.append(0x0A)
        try file.write(line)
        count += 1
    }

    /// Publishes the file under its final name.
    public func commit() throws(FileError) { try file.commit() }

    /// Leaves the file as `<path>.partial`.
    public func abandon() { file.abandon() }
}
