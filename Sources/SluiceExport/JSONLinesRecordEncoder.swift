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
    public var fields: [String] { didSet { plan = Self.makePlan(fields, rename) } }
    /// Output names for fields (`text` → `content`, ...).
    public var rename: [String: String] { didSet { plan = Self.makePlan(fields, rename) } }
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
        self.plan = Self.makePlan(fields, rename)
    }

    /// The field list resolved once (output names, their encoded keys), so encoding a document hashes and
    /// allocates nothing per field.
    private var plan: Plan

    private struct Plan: Sendable {
        /// Each selected field with its encoded key (`"name":`).
        var fields: [(field: String, key: [UInt8])]
        /// Output names of the selected fields (flattened metadata must not collide with them).
        var outputNames: Set<String>
    }

    /// The name a field is written under: renamed, or `KEY` for `metadata.KEY`.
    private static func outputName(_ field: String, _ rename: [String: String]) -> String {
        if let r = rename[field] { return r }
        return field.hasPrefix("metadata.") ? String(field.dropFirst(9)) : field
    }

    private static func makePlan(_ fields: [String], _ rename: [String: String]) -> Plan {
        func name(_ field: String) -> String { outputName(field, rename) }
        return Plan(fields: fields.map { f in
            var key: [UInt8] = []
            JSONWriter.writeString(name(f), into: &key)
            key.append(UInt8(ascii: ":"))
            return (f, key)
        }, outputNames: Set(fields.map(name)))
    }

    /// A text still as read is copied through when it can be (see ``encode(_:into:)``).
    var acceptsPendingText: Bool { true }

    /// Appends one record and a newline to `out`; returns 1.
    @discardableResult
    public func encode(_ doc: Document, into out: inout [UInt8]) -> Int {
        if doc.hasPendingText {
            // A text still as read: copied as is when it is in the form the writer produces and nothing
            // else needs its bytes (spans), else decoded first.
            guard doc.encodedText?.isCanonical == true, doc.annotations.isEmpty else {
                var decoded = doc
                decoded.decodePendingText()
                return encode(decoded, into: &out)
            }
            encode(doc, UnsafeBufferPointer(start: nil, count: 0), SpanOffsets(doc, unit: offsets), into: &out)
            return 1
        }
        withTextBytes(doc) { bytes in encode(doc, bytes, SpanOffsets(doc, unit: offsets), into: &out) }
        return 1
    }

    private func encode(_ doc: Document, _ bytes: UnsafeBufferPointer<UInt8>, _ off: SpanOffsets, into out: inout [UInt8]) {
        // Annotation lists are built in a pointer buffer and appended to the record at once. The builder is one
        // value passed `inout` (no closure captures a mutable local, so no access needs a run-time exclusivity check).
        var record = RecordBuilder(bytes: bytes, offsets: off, capacity: doc.annotations.count * 96 + 64)
        defer { record.rb.free() }
        doc.annotations.withUnsafeBufferPointer { annotations in
            for (field, encodedKey) in plan.fields {
                switch field {
                case "id":
                    record.key(encodedKey, &out); JSONWriter.writeString(doc.id, into: &out)
                case "text":
                    record.key(encodedKey, &out)
                    if let encoded = doc.encodedText, encoded.isCanonical {
                        out.append(contentsOf: encoded.bytes)  // unchanged since read, already in the writer's form
                    } else {
                        JSONWriter.writeString(utf8: bytes, into: &out)
                    }
                case "sentences":
                    record.list(encodedKey, .sentence, .span, annotations, &out)
                case "entities":
                    record.list(encodedKey, .entity, .entity, annotations, &out)
                case "removed":
                    record.list(encodedKey, .removed, .removed, annotations, &out)
                case "annotations":
                    var kinds: [AnnotationKind] = []
                    for a in annotations where !Self.listedKinds.contains(a.kind) && !kinds.contains(a.kind) { kinds.append(a.kind) }
                    guard !kinds.isEmpty else { continue }
                    record.key(encodedKey, &out)
                    for (n, kind) in kinds.enumerated() {
                        out.append(n == 0 ? UInt8(ascii: "{") : UInt8(ascii: ","))
                        JSONWriter.writeString(kind.rawValue, into: &out)
                        out.append(UInt8(ascii: ":"))
                        var items = 0
                        record.rb.append(UInt8(ascii: "["))
                        for a in annotations where a.kind == kind {
                            if items > 0 { record.rb.append(UInt8(ascii: ",")) }
                            items += 1
                            record.span(record.offsets.clamp(a))
                            if let l = a.label { record.attribute("label", .string(l)) }
                            for (k, v) in a.attributes where !Self.spanKeys.contains(k) && k != "label" { record.attribute(k, v) }
                            record.rb.append(UInt8(ascii: "}"))
                        }
                        record.rb.append(UInt8(ascii: "]"))
                        record.flush(&out)
                    }
                    out.append(UInt8(ascii: "}"))
                case "metadata":
                    if flattenMetadata {
                        for (k, v) in doc.metadata where !plan.outputNames.contains(k) {
                            record.key(k, &out); JSONWriter.write(v, into: &out)
                        }
                    } else if !doc.metadata.isEmpty {
                        record.key(encodedKey, &out); JSONWriter.write(.object(doc.metadata), into: &out)
                    }
                case "source":
                    record.key(encodedKey, &out)
                    JSONWriter.write(["path": .string(doc.source.path), "record": .int(doc.source.record),
                                      "offset": .int(Int(doc.source.byteOffset))], into: &out)
                case "provenance":
                    guard !doc.provenance.isEmpty else { continue }
                    record.key(encodedKey, &out)
                    JSONWriter.write(.array(doc.provenance.map { p in
                        var o: JSONObject = ["stage": .string(p.stage), "action": .string(p.action.rawValue)]
                        if let d = p.detail { o["detail"] = .string(d) }
                        return .object(o)
                    }), into: &out)
                default:
                    if field.hasPrefix("metadata."), let v = doc.metadata[String(field.dropFirst(9))] {
                        record.key(encodedKey, &out)
                        JSONWriter.write(v, into: &out)
                    }
                }
            }
        }
        if record.first { out.append(UInt8(ascii: "{")) }
        out.append(UInt8(ascii: "}"))
        out.append(0x0A)
    }

    /// The state of one record being written: whether a field was written yet, the span offset converter and the
    /// pointer buffer annotation lists are built in.
    private struct RecordBuilder {
        /// What follows the span of each item of an annotation list.
        enum Item { case span, entity, removed }

        let bytes: UnsafeBufferPointer<UInt8>
        var offsets: SpanOffsets
        var rb: RecordBytes
        var first = true

        init(bytes: UnsafeBufferPointer<UInt8>, offsets: SpanOffsets, capacity: Int) {
            self.bytes = bytes
            self.offsets = offsets
            rb = RecordBytes(capacity: capacity)
        }

        /// Starts a field with its encoded key (`"name":`).
        mutating func key(_ encoded: [UInt8], _ out: inout [UInt8]) {
            out.append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
            first = false
            out.append(contentsOf: encoded)
        }

        /// Starts a field named `name`.
        mutating func key(_ name: String, _ out: inout [UInt8]) {
            out.append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
            first = false
            JSONWriter.writeString(name, into: &out)
            out.append(UInt8(ascii: ":"))
        }

        mutating func span(_ r: Range<Int>) {
            JSONWriter.appendLiteral("{\"start\":", into: &rb)
            JSONWriter.writeInt(offsets(r.lowerBound), into: &rb)
            JSONWriter.appendLiteral(",\"end\":", into: &rb)
            JSONWriter.writeInt(offsets(r.upperBound), into: &rb)
        }

        mutating func attribute(_ k: String, _ v: JSONValue) {
            rb.append(UInt8(ascii: ","))
            JSONWriter.writeString(k, into: &rb)
            rb.append(UInt8(ascii: ":"))
            JSONWriter.write(v, into: &rb)
        }

        mutating func flush(_ out: inout [UInt8]) {
            rb.append(to: &out)
            rb.count = 0
        }

        /// Writes the field `name` listing the annotations of `kind` (nothing when there are none), read in place.
        mutating func list(_ name: [UInt8], _ kind: AnnotationKind, _ item: Item,
                           _ annotations: UnsafeBufferPointer<Annotation>, _ out: inout [UInt8]) {
            var opened = false
            for i in annotations.indices where annotations[i].kind == kind {
                if !opened {
                    key(name, &out)
                    rb.append(UInt8(ascii: "["))
                    opened = true
                } else {
                    rb.append(UInt8(ascii: ","))
                }
                let r = offsets.clamp(annotations[i])
                span(r)
                switch item {
                case .span:
                    break
                case .entity:
                    let a = annotations.baseAddress! + i  // read in place, no copy of the annotation
                    JSONWriter.appendLiteral(",\"label\":", into: &rb)
                    if let l = a.pointee.label { JSONWriter.writeString(l, into: &rb) } else { JSONWriter.appendLiteral("null", into: &rb) }
                    JSONWriter.appendLiteral(",\"text\":", into: &rb)
                    JSONWriter.writeString(utf8: UnsafeBufferPointer(rebasing: bytes[r]), into: &rb)
                    JSONWriter.appendLiteral(",\"canonical\":", into: &rb)
                    JSONWriter.write(a.pointee.attributes["canonical"] ?? .null, into: &rb)
                    for (k, v) in a.pointee.attributes where !JSONLinesRecordEncoder.isEntityKey(k) { attribute(k, v) }
                case .removed:
                    let a = annotations.baseAddress! + i
                    JSONWriter.appendLiteral(",\"rule\":", into: &rb)
                    if let l = a.pointee.label { JSONWriter.writeString(l, into: &rb) } else { JSONWriter.appendLiteral("null", into: &rb) }
                    for (k, v) in a.pointee.attributes where !JSONLinesRecordEncoder.spanKeys.contains(k) && k != "rule" { attribute(k, v) }
                }
                rb.append(UInt8(ascii: "}"))
            }
            if opened {
                rb.append(UInt8(ascii: "]"))
                flush(&out)
            }
        }
    }

    /// Kinds written under their own field.
    static let listedKinds: Set<AnnotationKind> = [.sentence, .entity, .removed]
    static let spanKeys: Set<String> = ["start", "end"]
    static let entityKeys: Set<String> = ["start", "end", "label", "text", "canonical"]

    /// `entityKeys.contains(k)` without hashing (small-string comparisons), for the per-entity loop.
    @inline(__always)
    static func isEntityKey(_ k: String) -> Bool {
        // By length first: comparing unequal strings is the slow path of `==`, and `source` is on every entity.
        switch k.utf8.count {
        case 9: k == "canonical"
        case 5: k == "label" || k == "start"
        case 4: k == "text"
        case 3: k == "end"
        default: false
        }
    }
}
