import OrderedCollections
import SluiceCore

/// Turns documents into JSON Lines records (schema version 1, `docs/output-format.md`).
///
/// Default record: `id`, `text`, then `sentences` and `entities` when the document has any (lists of
/// `{start, end, ...}`, end exclusive, in ``OffsetUnit`` offsets), then `metadata` when not empty.
/// Annotations of other kinds go under `annotations`, keyed by kind. `metadata.KEY` selects one metadata value
/// as a top-level field named `KEY`.
public struct JSONLinesRecordEncoder: RecordEncoder {
    /// Fields that can be selected (besides `metadata.KEY`).
    public static let allFields = ["id", "text", "sentences", "entities", "removed", "annotations", "metadata", "source", "provenance"]
    /// The default selection.
    public static let defaultFields = ["id", "text", "sentences", "entities", "metadata"]
    /// The schema version documented in `docs/output-format.md`.
    public static let schemaVersion = 1

    /// Selected fields, in output order.
    public var fields: [String]
    /// Output names for fields (`text` → `content`, ...).
    public var rename: [String: String]
    /// Offset unit for spans.
    public var offsets: OffsetUnit
    /// Write metadata keys at the top level instead of under `metadata`.
    public var flattenMetadata: Bool

    /// Creates an encoder.
    public init(fields: [String] = JSONLinesRecordEncoder.defaultFields, rename: [String: String] = [:],
                offsets: OffsetUnit = .scalars, flattenMetadata: Bool = false) {
        self.fields = fields
        self.rename = rename
        self.offsets = offsets
        self.flattenMetadata = flattenMetadata
    }

    /// Appends one record and a newline to `out`; returns 1.
    @discardableResult
    public func encode(_ doc: Document, into out: inout [UInt8]) -> Int {
        let off = SpanOffsets(doc, unit: offsets)
        withTextBytes(doc) { bytes in encode(doc, bytes, off, into: &out) }
        return 1
    }

    private func encode(_ doc: Document, _ bytes: UnsafeBufferPointer<UInt8>, _ off: SpanOffsets, into out: inout [UInt8]) {
        var first = true
        func key(_ name: String) {
            out.append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
            first = false
            JSONWriter.writeString(outputName(name), into: &out)
            out.append(UInt8(ascii: ":"))
        }
        func span(_ r: Range<Int>) {
            JSONWriter.appendASCII("{\"start\":", into: &out)
            JSONWriter.writeInt(off(r.lowerBound), into: &out)
            JSONWriter.appendASCII(",\"end\":", into: &out)
            JSONWriter.writeInt(off(r.upperBound), into: &out)
        }
        func attribute(_ k: String, _ v: JSONValue) {
            out.append(UInt8(ascii: ","))
            JSONWriter.writeString(k, into: &out)
            out.append(UInt8(ascii: ":"))
            JSONWriter.write(v, into: &out)
        }
        func list(_ name: String, _ kind: AnnotationKind, _ item: (Annotation, Range<Int>) -> Void) {
            var opened = false
            for a in doc.annotations where a.kind == kind {
                if !opened {
                    key(name)
                    out.append(UInt8(ascii: "["))
                    opened = true
                } else {
                    out.append(UInt8(ascii: ","))
                }
                let r = off.clamp(a)
                span(r)
                item(a, r)
                out.append(UInt8(ascii: "}"))
            }
            if opened { out.append(UInt8(ascii: "]")) }
        }
        let outputNames = Set(fields.map(outputName))
        for field in fields {
            switch field {
            case "id":
                key("id"); JSONWriter.writeString(doc.id, into: &out)
            case "text":
                key("text"); JSONWriter.writeString(utf8: bytes, into: &out)
            case "sentences":
                list("sentences", .sentence) { _, _ in }
            case "entities":
                list("entities", .entity) { a, r in
                    JSONWriter.appendASCII(",\"label\":", into: &out)
                    if let l = a.label { JSONWriter.writeString(l, into: &out) } else { JSONWriter.appendASCII("null", into: &out) }
                    JSONWriter.appendASCII(",\"text\":", into: &out)
                    writeJSONString(bytes, r, into: &out)
                    JSONWriter.appendASCII(",\"canonical\":", into: &out)
                    JSONWriter.write(a.attributes["canonical"] ?? .null, into: &out)
                    for (k, v) in a.attributes where !Self.entityKeys.contains(k) { attribute(k, v) }
                }
            case "removed":
                list("removed", .removed) { a, _ in
                    JSONWriter.appendASCII(",\"rule\":", into: &out)
                    if let l = a.label { JSONWriter.writeString(l, into: &out) } else { JSONWriter.appendASCII("null", into: &out) }
                    for (k, v) in a.attributes where !Self.spanKeys.contains(k) && k != "rule" { attribute(k, v) }
                }
            case "annotations":
                var kinds: [AnnotationKind] = []
                for a in doc.annotations where !Self.listedKinds.contains(a.kind) && !kinds.contains(a.kind) { kinds.append(a.kind) }
                guard !kinds.isEmpty else { continue }
                key("annotations")
                for (n, kind) in kinds.enumerated() {
                    out.append(n == 0 ? UInt8(ascii: "{") : UInt8(ascii: ","))
                    JSONWriter.writeString(kind.rawValue, into: &out)
                    out.append(UInt8(ascii: ":"))
                    var items = 0
                    out.append(UInt8(ascii: "["))
                    for a in doc.annotations where a.kind == kind {
                        if items > 0 { out.append(UInt8(ascii: ",")) }
                        items += 1
                        span(off.clamp(a))
                        if let l = a.label { attribute("label", .string(l)) }
                        for (k, v) in a.attributes where !Self.spanKeys.contains(k) && k != "label" { attribute(k, v) }
                        out.append(UInt8(ascii: "}"))
                    }
                    out.append(UInt8(ascii: "]"))
                }
                out.append(UInt8(ascii: "}"))
            case "metadata":
                if flattenMetadata {
                    for (k, v) in doc.metadata where !outputNames.contains(k) {
                        key(k); JSONWriter.write(v, into: &out)
                    }
                } else if !doc.metadata.isEmpty {
                    key("metadata"); JSONWriter.write(.object(doc.metadata), into: &out)
                }
            case "source":
                key("source")
                JSONWriter.write(["path": .string(doc.source.path), "record": .int(doc.source.record),
                                  "offset": .int(Int(doc.source.byteOffset))], into: &out)
            case "provenance":
                guard !doc.provenance.isEmpty else { continue }
                key("provenance")
                JSONWriter.write(.array(doc.provenance.map { p in
                    var o: JSONObject = ["stage": .string(p.stage), "action": .string(p.action.rawValue)]
                    if let d = p.detail { o["detail"] = .string(d) }
                    return .object(o)
                }), into: &out)
            default:
                if field.hasPrefix("metadata."), let v = doc.metadata[String(field.dropFirst(9))] {
                    key(field)
                    JSONWriter.write(v, into: &out)
                }
            }
        }
        if first { out.append(UInt8(ascii: "{")) }
        out.append(UInt8(ascii: "}"))
        out.append(0x0A)
    }

    /// The name a field is written under: renamed, or `KEY` for `metadata.KEY`.
    func outputName(_ field: String) -> String {
        if let r = rename[field] { return r }
        return field.hasPrefix("metadata.") ? String(field.dropFirst(9)) : field
    }

    /// Kinds written under their own field.
    static let listedKinds: Set<AnnotationKind> = [.sentence, .entity, .removed]
    static let spanKeys: Set<String> = ["start", "end"]
    static let entityKeys: Set<String> = ["start", "end", "label", "text", "canonical"]
}
