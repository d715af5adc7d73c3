import OrderedCollections
import SluiceCore

/// One value of a tabular or per-unit record.
enum Cell {
    /// A byte range of the document's text.
    case slice(Range<Int>)
    case string(String)
    case int(Int)
    case json(JSONValue)
    case null
}

/// The fields of per-unit records (`jsonl_units`, CSV, TSV) and how to compute them.
enum UnitField: Sendable, Hashable {
    case id, text, sentenceCount, entityCount, sourcePath, sourceRecord, metadata
    case metadataKey(String)
    case documentID, index, start, end, label, canonical, entitySource, sentence, attributes

    /// Field names available for a unit, in their default order.
    static func available(for unit: ExportUnit) -> [String] {
        switch unit {
        case .document: return ["id", "text", "sentence_count", "entity_count", "source_path", "source_record", "metadata"]
        case .sentence: return ["document_id", "index", "start", "end", "text"]
        case .entity: return ["document_id", "index", "start", "end", "label", "text", "canonical", "source", "sentence", "attributes"]
        }
    }

    /// The default selection for a unit.
    static func defaults(for unit: ExportUnit) -> [String] {
        switch unit {
        case .document: return ["id", "text"]
        case .sentence: return ["document_id", "index", "start", "end", "text"]
        case .entity: return ["document_id", "index", "start", "end", "label", "text", "canonical", "sentence"]
        }
    }

    /// Parses a (checked) field name.
    init?(name: String, unit: ExportUnit) {
        switch (unit, name) {
        case (.document, "id"): self = .id
        case (_, "text"): self = .text
        case (.document, "sentence_count"): self = .sentenceCount
        case (.document, "entity_count"): self = .entityCount
        case (.document, "source_path"): self = .sourcePath
        case (.document, "source_record"): self = .sourceRecord
        case (.document, "metadata"): self = .metadata
        case (.document, _) where name.hasPrefix("metadata."): self = .metadataKey(String(name.dropFirst(9)))
        case (_, "document_id"): self = .documentID
        case (_, "index"): self = .index
        case (_, "start"): self = .start
        case (_, "end"): self = .end
        case (.entity, "label"): self = .label
        case (.entity, "canonical"): self = .canonical
        case (.entity, "source"): self = .entitySource
        case (.entity, "sentence"): self = .sentence
        case (.entity, "attributes"): self = .attributes
        default: return nil
        }
    }
}

/// Produces the rows of one document for a unit and a field selection.
struct UnitRows {
    let unit: ExportUnit
    let fields: [UnitField]
    let offsets: OffsetUnit

    /// Calls `body` once per record with one cell per field.
    func forEach(_ doc: Document, _ body: ([Cell]) -> Void) {
        var cells: [Cell] = []
        cells.reserveCapacity(fields.count)
        switch unit {
        case .document:
            for f in fields { cells.append(documentCell(f, doc)) }
            body(cells)
        case .sentence:
            var off = SpanOffsets(doc, unit: offsets)
            for (k, a) in doc.annotations.filter({ $0.kind == .sentence }).enumerated() {
                let r = off.clamp(a)
                cells.removeAll(keepingCapacity: true)
                for f in fields { cells.append(Self.spanCell(f, doc, index: k, range: r, offsets: &off) ?? .null) }
                body(cells)
            }
        case .entity:
            var off = SpanOffsets(doc, unit: offsets)
            let sentences = fields.contains(.sentence) ? doc.ranges(of: .sentence) : []
            for (k, a) in doc.annotations.filter({ $0.kind == .entity }).enumerated() {
                let r = off.clamp(a)
                cells.removeAll(keepingCapacity: true)
                for f in fields {
                    if let cell = Self.spanCell(f, doc, index: k, range: r, offsets: &off) {
                        cells.append(cell)
                        continue
                    }
                    switch f {
                    case .label: cells.append(a.label.map(Cell.string) ?? .null)
                    case .canonical: cells.append(Self.cell(a.attributes["canonical"]))
                    case .entitySource: cells.append(Self.cell(a.attributes["source"]))
                    case .sentence: cells.append(Self.sentenceIndex(of: r.lowerBound, in: sentences).map(Cell.int) ?? .null)
                    case .attributes:
                        var rest = a.attributes
                        rest.removeValue(forKey: "canonical")
                        rest.removeValue(forKey: "source")
                        cells.append(rest.isEmpty ? .null : .json(.object(rest)))
                    default: cells.append(.null)
                    }
                }
                body(cells)
            }
        }
    }

    /// The fields every span unit (sentence or entity) has; `nil` for a field specific to one unit.
    private static func spanCell(_ f: UnitField, _ doc: Document, index: Int, range r: Range<Int>, offsets off: inout SpanOffsets) -> Cell? {
        switch f {
        case .documentID: return .string(doc.id)
        case .index: return .int(index)
        case .start: return .int(off(r.lowerBound))
        case .end: return .int(off(r.upperBound))
        case .text: return .slice(r)
        default: return nil
        }
    }

    private func documentCell(_ f: UnitField, _ doc: Document) -> Cell {
        switch f {
        case .id: return .string(doc.id)
        case .text: return .slice(0..<doc.text.utf8.count)
        case .sentenceCount: return .int(doc.annotations.reduce(0) { $0 + ($1.kind == .sentence ? 1 : 0) })
        case .entityCount: return .int(doc.annotations.reduce(0) { $0 + ($1.kind == .entity ? 1 : 0) })
        case .sourcePath: return .string(doc.source.path)
        case .sourceRecord: return .int(doc.source.record)
        case .metadata: return doc.metadata.isEmpty ? .null : .json(.object(doc.metadata))
        case .metadataKey(let key): return Self.cell(doc.metadata[key])
        default: return .null
        }
    }

    static func cell(_ v: JSONValue?) -> Cell {
        switch v {
        case nil, .null?: return .null
        case .string(let s)?: return .string(s)
        case .int(let i)?: return .int(i)
        case let other?: return .json(other)
        }
    }

    /// Index of the sentence (sorted, non-overlapping ranges) containing `offset`.
    static func sentenceIndex(of offset: Int, in sentences: [Range<Int>]) -> Int? {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if sentences[mid].upperBound <= offset { lo = mid + 1 } else if sentences[mid].lowerBound > offset { hi = mid - 1 } else { return mid }
        }
        return nil
    }
}
