import OrderedCollections
import SluiceCore

/// Rebuilds documents from exported JSON Lines records (schema version 1), annotations included.
///
/// The core's JSON Lines reader keeps every field other than `id` and `text` as metadata; ``restore(_:offsets:)``
/// turns `sentences`, `entities`, `removed` and `annotations` back into annotations with UTF-8 byte offsets,
/// `metadata` back into metadata, and `provenance` and `source` back into their properties. Annotations come back
/// grouped by kind (sentences, entities, removed, then other kinds in record order).
public enum ExportedRecordDecoder {
    /// The document an exported record stands for, from the document the core's reader made of it.
    public static func restore(_ read: Document, offsets unit: OffsetUnit = .scalars) -> Document {
        var fields = read.metadata
        var doc = Document(id: read.id, source: read.source, text: read.text)
        var spans: [(kind: AnnotationKind, object: JSONObject)] = []
        for (name, kind) in [("sentences", AnnotationKind.sentence), ("entities", .entity), ("removed", .removed)] {
            guard let items = fields[name]?.arrayValue else { continue }
            fields.removeValue(forKey: name)
            for item in items { if let o = item.objectValue { spans.append((kind, o)) } }
        }
        if let groups = fields["annotations"]?.objectValue {
            fields.removeValue(forKey: "annotations")
            for (kind, items) in groups {
                for item in items.arrayValue ?? [] { if let o = item.objectValue { spans.append((AnnotationKind(rawValue: kind), o)) } }
            }
        }
        var map: ByteOffsetMap?
        if unit == .scalars {
            map = ByteOffsetMap(text: read.text, scalarOffsets: spans.flatMap { [$0.object["start"]?.intValue ?? 0, $0.object["end"]?.intValue ?? 0] })
        }
        for (kind, var o) in spans {
            let s = o.removeValue(forKey: "start")?.intValue ?? 0
            let e = o.removeValue(forKey: "end")?.intValue ?? 0
            var label: String?
            switch kind {
            case .entity:
                label = o.removeValue(forKey: "label")?.stringValue
                o.removeValue(forKey: "text")  // derived from the offsets; `canonical` (even null) stays an attribute
            case .removed:
                label = o.removeValue(forKey: "rule")?.stringValue
            case .sentence:
                break
            default:
                label = o.removeValue(forKey: "label")?.stringValue
            }
            doc.annotations.append(Annotation(kind: kind, start: map?.byteOffset(s) ?? s, end: map?.byteOffset(e) ?? e, label: label, attributes: o))
        }
        if let p = fields["provenance"]?.arrayValue {
            fields.removeValue(forKey: "provenance")
            doc.provenance = p.compactMap { v in
                guard let o = v.objectValue, let stage = o["stage"]?.stringValue,
                      let action = o["action"]?.stringValue.flatMap(ProvenanceEntry.Action.init(rawValue:)) else { return nil }
                return ProvenanceEntry(stage: stage, action: action, detail: o["detail"]?.stringValue)
            }
        }
        if let s = fields["source"]?.objectValue {
            fields.removeValue(forKey: "source")
            doc.source = DocumentSource(path: s["path"]?.stringValue ?? "", record: s["record"]?.intValue ?? 0,
                                        byteOffset: Int64(s["offset"]?.intValue ?? 0))
        }
        var metadata = fields.removeValue(forKey: "metadata")?.objectValue ?? [:]
        for (k, v) in fields where metadata[k] == nil { metadata[k] = v }
        doc.metadata = metadata
        return doc
    }
}

/// Input format `sluice_jsonl`: reads JSON Lines written by the `export` stage back into documents with their
/// annotations (the core's `jsonl` reader, then ``ExportedRecordDecoder``).
public struct ExportedJSONLinesFormat: InputFormat {
    /// Creates the format.
    public init() {}

    public var description: InputFormatDescription {
        InputFormatDescription(
            name: "sluice_jsonl", summary: "JSON Lines written by the export stage, annotations restored", extensions: [], framing: .lines,
            options: [StageOption("span_offsets", .choice(OffsetUnit.allCases.map(\.rawValue)), default: "scalars",
                                  "sluice_jsonl: the offsets the export used (its offsets option)")])
    }

    public func document(from bytes: UnsafeBufferPointer<UInt8>, source: DocumentSource, context: RecordContext) throws(RecordError) -> Document {
        var read = try JSONLinesFormat().document(from: bytes, source: source, context: context)
        read.decodePendingText()  // the offsets are converted against the text
        let unit = context.options["span_offsets"]?.stringValue.flatMap(OffsetUnit.init(rawValue:)) ?? .scalars
        return ExportedRecordDecoder.restore(read, offsets: unit)
    }
}
