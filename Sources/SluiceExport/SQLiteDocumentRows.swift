import OrderedCollections
import SluiceCore

/// One document prepared for the SQLite tables (built in parallel in `prepare`).
struct SQLiteDocumentRows: Sendable {
    struct Sentence: Sendable {
        var start: Int
        var end: Int
        var text: String?
    }

    struct Entity: Sendable {
        var start: Int
        var end: Int
        var label: String?
        var text: String
        var canonical: String
        var source: String?
        /// Index of the containing sentence within the document.
        var sentence: Int?
        var attributes: String?
    }

    var id: String
    var text: String?
    var sourcePath: String
    var sourceRecord: Int
    var metadata: String?
    var sentences: [Sentence] = []
    var entities: [Entity] = []

    init(_ doc: Document, offsets unit: OffsetUnit, includeText: Bool) {
        id = doc.id
        text = includeText ? doc.text : nil
        sourcePath = doc.source.path
        sourceRecord = doc.source.record
        if !doc.metadata.isEmpty {
            var json: [UInt8] = []
            JSONWriter.write(.object(doc.metadata), into: &json)
            metadata = String(decoding: json, as: UTF8.self)
        }
        var off = SpanOffsets(doc, unit: unit)
        var sentenceRanges: [Range<Int>] = []
        var sentences: [Sentence] = []
        var entities: [Entity] = []
        withTextBytes(doc) { bytes in
            func slice(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self) }
            for a in doc.annotations where a.kind == .sentence {
                let r = off.clamp(a)
                sentenceRanges.append(r)
                sentences.append(Sentence(start: off(r.lowerBound), end: off(r.upperBound), text: includeText ? slice(r) : nil))
            }
            for a in doc.annotations where a.kind == .entity {
                let r = off.clamp(a)
                let surface = slice(r)
                var rest = a.attributes
                let canonical = rest.removeValue(forKey: "canonical")?.stringValue
                let source = rest.removeValue(forKey: "source")?.stringValue
                var attributes: String?
                if !rest.isEmpty {
                    var json: [UInt8] = []
                    JSONWriter.write(.object(rest), into: &json)
                    attributes = String(decoding: json, as: UTF8.self)
                }
                entities.append(Entity(
                    start: off(r.lowerBound), end: off(r.upperBound), label: a.label, text: surface,
                    canonical: canonical ?? surface, source: source,
                    sentence: UnitRows.sentenceIndex(of: r.lowerBound, in: sentenceRanges), attributes: attributes))
            }
        }
        self.sentences = sentences
        self.entities = entities
    }
}
