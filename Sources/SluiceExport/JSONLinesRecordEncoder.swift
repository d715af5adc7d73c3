import OrderedCollections
import SluiceCore

/// Which offsets exported spans use.
public enum OffsetUnit: String, Sendable, CaseIterable {
    /// Unicode scalars: what Python's `text[start:end]` uses (default).
    case scalars
    /// UTF-8 bytes.
    case utf8
}

/// Turns documents into JSON Lines records (schema in `docs/output-format.md`, version 1).
///
/// Default record: `id`, `text`, then `sentences` and `entities` when present (lists of `{start, end, ...}`,
/// end exclusive), then `metadata`. Spans of other kinds go under `annotations`, keyed by kind.
public struct JSONLinesRecordEncoder: Sendable {
    /// Fields that can be selected, in their output order.
    public static let allFields = ["id", "text", "sentences", "entities", "removed", "annotations", "metadata", "source", "provenance"]
    /// The default selection.
    public static let defaultFields = ["id", "text", "sentences", "entities", "metadata"]

    /// Selected fields.
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

    /// Appends one record and a newline to `out`.
    public func encode(_ doc: Document, into out: inout [UInt8]) {
        var map: ScalarOffsetMap?
        if offsets == .scalars, !doc.annotations.isEmpty {
            map = ScalarOffsetMap(text: doc.text, offsets: doc.annotations.flatMap { [$0.start, $0.end] })
        }
        func offset(_ o: Int) -> JSONValue { .int(map?.scalarOffset(o) ?? o) }
        var first = true
        func key(_ name: String) {
            out.append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
            first = false
            JSONWriter.writeString(rename[name] ?? name, into: &out)
            out.append(UInt8(ascii: ":"))
        }
        for field in fields {
            switch field {
            case "id":
                key("id"); JSONWriter.writeString(doc.id, into: &out)
            case "text":
                key("text"); JSONWriter.writeString(doc.text, into: &out)
            case "sentences":
                let spans = doc.annotations.filter { $0.kind == .sentence }
                guard !spans.isEmpty else { continue }
                key("sentences")
                JSONWriter.write(.array(spans.map { .object(["start": offset($0.start), "end": offset($0.end)]) }), into: &out)
            case "entities":
                let spans = doc.annotations.filter { $0.kind == .entity }
                guard !spans.isEmpty else { continue }
                key("entities")
                JSONWriter.write(.array(spans.map { a in
                    var o: JSONObject = ["start": offset(a.start), "end": offset(a.end), "label": .string(a.label ?? "")]
                    o["text"] = .string(Self.slice(doc.text, a.start, a.end))
                    o["canonical"] = a.attributes["canonical"] ?? .null
                    for (k, v) in a.attributes where k != "canonical" { o[k] = v }
                    return .object(o)
                }), into: &out)
            case "removed":
                let spans = doc.annotations.filter { $0.kind == .removed }
                guard !spans.isEmpty else { continue }
                key("removed")
                JSONWriter.write(.array(spans.map { a in
                    var o: JSONObject = ["start": offset(a.start), "end": offset(a.end), "rule": .string(a.label ?? "")]
                    for (k, v) in a.attributes { o[k] = v }
                    return .object(o)
                }), into: &out)
            case "annotations":
                var byKind = OrderedDictionary<String, [JSONValue]>()
                for a in doc.annotations where ![.sentence, .entity, .removed].contains(a.kind) {
                    var o: JSONObject = ["start": offset(a.start), "end": offset(a.end)]
                    if let l = a.label { o["label"] = .string(l) }
                    for (k, v) in a.attributes { o[k] = v }
                    byKind[a.kind.rawValue, default: []].append(.object(o))
                }
                guard !byKind.isEmpty else { continue }
                key("annotations")
                JSONWriter.write(.object(byKind.mapValues { .array($0) }), into: &out)
            case "metadata":
                if flattenMetadata {
                    for (k, v) in doc.metadata where !fields.contains(k) {
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
                continue
            }
        }
        if first { out.append(UInt8(ascii: "{")) }
        out.append(UInt8(ascii: "}"))
        out.append(0x0A)
    }

    static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        let utf8 = text.utf8
        guard start >= 0, end <= utf8.count, start <= end else { return "" }
        let a = utf8.index(utf8.startIndex, offsetBy: start), b = utf8.index(a, offsetBy: end - start)
        return String(decoding: utf8[a..<b], as: UTF8.self)
    }
}
