import OrderedCollections
import SluiceCore

/// A dropped or failed document, as a rejects export writes it.
public struct RejectRecord: Sendable, Hashable {
    /// The document id.
    public var id: String
    /// `dropped` or `error`.
    public var kind: String
    /// The stage that dropped it or failed (`read` for the reader).
    public var stage: String
    /// Why.
    public var reason: String
    /// Where the document came from.
    public var source: DocumentSource

    /// Creates a record.
    public init(id: String, kind: String, stage: String, reason: String, source: DocumentSource) {
        self.id = id
        self.kind = kind
        self.stage = stage
        self.reason = reason
        self.source = source
    }

    /// Field names of tabular rejects, in order.
    static let columns = ["id", "kind", "stage", "reason", "source_path", "source_record", "source_offset"]

    /// Appends the record in a file format (JSON Lines like the core's rejects file, CSV/TSV rows, or text lines).
    func encode(_ format: ExportFormat, into out: inout [UInt8]) {
        switch format {
        case .csv, .tsv:
            let tab = format == .tsv
            let delimiter: UInt8 = tab ? 0x09 : UInt8(ascii: ",")
            for (k, var s) in [id, kind, stage, reason, source.path].enumerated() {
                if k > 0 { out.append(delimiter) }
                s.withUTF8 { DelimitedRecordEncoder.writeField($0, delimiter: delimiter, into: &out) }
            }
            out.append(delimiter)
            JSONWriter.writeInt(source.record, into: &out)
            out.append(delimiter)
            JSONWriter.writeInt(Int(source.byteOffset), into: &out)
            out.append(contentsOf: tab ? [0x0A] : [0x0D, 0x0A])
        case .text:
            // id, kind, stage, reason, source separated by tabs; tabs and line breaks inside become spaces.
            for (k, s) in [id, kind, stage, reason, source.description].enumerated() {
                if k > 0 { out.append(0x09) }
                for b in s.utf8 { out.append(b == 0x09 || b == 0x0A || b == 0x0D ? 0x20 : b) }
            }
            out.append(0x0A)
        default:
            var record = JSONObject()
            record["id"] = .string(id)
            record["kind"] = .string(kind)
            record["stage"] = .string(stage)
            record["reason"] = .string(reason)
            record["source"] = .object(["path": .string(source.path), "record": .int(source.record), "offset": .int(Int(source.byteOffset))])
            JSONWriter.write(.object(record), into: &out)
            out.append(0x0A)
        }
    }

    /// The header row of tabular rejects.
    static func header(_ format: ExportFormat) -> [UInt8] {
        switch format {
        case .csv: return Array((columns.joined(separator: ",") + "\r\n").utf8)
        case .tsv: return Array((columns.joined(separator: "\t") + "\n").utf8)
        default: return []
        }
    }
}
