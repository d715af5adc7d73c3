import OrderedCollections
/// One unit of text flowing through a pipeline.
///
/// A document starts as raw bytes (`raw`) from a reader or as text already decoded (JSON Lines).
/// Stages annotate it (``annotations``), change its ``text``, add ``metadata`` and leave a short
/// ``provenance`` trail. Annotation offsets are UTF-8 byte offsets into ``text``; exporters convert them.
public struct Document: Sendable {
    /// A stable identifier: from the input record's id field, or derived from the file and record number.
    public var id: String
    /// Where the document came from.
    public var source: DocumentSource
    /// The undecoded bytes, until a decoding stage turns them into ``text`` (then `nil`).
    public var raw: [UInt8]?
    /// The document's text.
    ///
    /// Documents read from JSON Lines may arrive with their text still JSON-encoded (see ``hasPendingText``):
    /// the runner decodes it before every stage that reads text, so stages always see the real text.
    public var text: String { didSet { encodedText = nil } }
    /// Free-form metadata (other JSON Lines fields, detected charset, title, ...).
    public var metadata: JSONObject
    /// Spans over ``text``: sentences, entities, removed ranges, blocks.
    public var annotations: [Annotation]
    /// Which stages changed the document, and how.
    public var provenance: [ProvenanceEntry]
    /// The text as the contents of the JSON string it was read from, while ``text`` has not changed since
    /// (any assignment to ``text`` clears it). Lets JSON Lines export copy an unchanged text instead of
    /// re-escaping it, and lets a pipeline whose stages do not read text skip decoding it.
    package var encodedText: EncodedJSONText?

    /// Creates a document.
    public init(
        id: String,
        source: DocumentSource = DocumentSource(),
        raw: [UInt8]? = nil,
        text: String = "",
        metadata: JSONObject = [:],
        annotations: [Annotation] = [],
        provenance: [ProvenanceEntry] = []
    ) {
        self.id = id
        self.source = source
        self.raw = raw
        self.text = text
        self.metadata = metadata
        self.annotations = annotations
        self.provenance = provenance
    }

    /// True while the document holds raw bytes that no stage has decoded yet.
    public var needsDecoding: Bool { raw != nil }

    /// The annotations of one kind, in the order they were added.
    public func annotations(_ kind: AnnotationKind) -> [Annotation] {
        annotations.filter { $0.kind == kind }
    }

    /// The byte ranges of the annotations of one kind, in the order they were added (read in place: no annotation
    /// is copied, which matters for the stages that ask once per document, such as `entities` for sentences).
    public func ranges(of kind: AnnotationKind) -> [Range<Int>] {
        annotations.withUnsafeBufferPointer { all in
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(all.count)  // at most one per annotation: one allocation, one pass
            for i in all.indices where all[i].kind == kind { ranges.append(all[i].start..<all[i].end) }
            return ranges
        }
    }

    /// Removes every annotation of one kind.
    public mutating func removeAnnotations(_ kind: AnnotationKind) {
        annotations.removeAll { $0.kind == kind }
    }

    /// Adds a provenance entry for `stage`.
    public mutating func record(stage: String, action: ProvenanceEntry.Action, detail: String? = nil) {
        provenance.append(ProvenanceEntry(stage: stage, action: action, detail: detail))
    }

    /// Size of the document's content in bytes (raw bytes before decoding, UTF-8 text after).
    public var byteCount: Int {
        if let raw { return raw.count }
        if let encodedText, encodedText.isPending { return encodedText.decodedCount }
        return text.utf8.count
    }

    /// True while ``text`` is still held JSON-encoded (read from JSON Lines, not yet needed by a stage that
    /// reads text). ``decodePendingText()`` decodes it; the runner does so before every stage that reads text.
    public var hasPendingText: Bool { encodedText?.isPending ?? false }

    /// Decodes a pending JSON-encoded text into ``text`` (no effect otherwise). The encoded form is kept
    /// for export until the text changes.
    public mutating func decodePendingText() {
        guard let encoded = encodedText, encoded.isPending else { return }
        text = encoded.decoded()
        encodedText = EncodedJSONText(decodedFrom: encoded)
    }

    /// The text, decoded if still pending, without changing the document.
    public var decodedText: String {
        if let encodedText, encodedText.isPending { return encodedText.decoded() }
        return text
    }
}

extension Document: Hashable {
    /// Documents are equal when their content is: a text still JSON-encoded equals the same text decoded.
    public static func == (a: Document, b: Document) -> Bool {
        a.id == b.id && a.source == b.source && a.raw == b.raw && a.decodedText == b.decodedText
            && a.metadata == b.metadata && a.annotations == b.annotations && a.provenance == b.provenance
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(source)
        hasher.combine(raw)
        hasher.combine(decodedText)
        hasher.combine(metadata)
        hasher.combine(annotations)
        hasher.combine(provenance)
    }
}

/// Where a document was read from.
public struct DocumentSource: Sendable, Hashable, CustomStringConvertible {
    /// Path of the input file, as given or found (relative paths stay relative to the working directory).
    public var path: String
    /// 1-based record number within the file (line number for JSON Lines; 1 for one-document files).
    public var record: Int
    /// Byte offset of the record in the (decompressed) file.
    public var byteOffset: Int64

    /// Creates a source reference.
    public init(path: String = "", record: Int = 0, byteOffset: Int64 = 0) {
        self.path = path
        self.record = record
        self.byteOffset = byteOffset
    }

    /// `path:record`, the form used in error messages.
    public var description: String { record > 0 ? "\(path):\(record)" : path }
}

/// One step of a document's history.
public struct ProvenanceEntry: Sendable, Hashable {
    /// What a stage did to the document.
    public enum Action: String, Sendable, Hashable {
        /// The text changed.
        case modified
        /// The document was dropped.
        case dropped
        /// The stage added annotations or metadata only.
        case annotated
        /// Processing failed.
        case failed
    }

    /// Name of the stage.
    public var stage: String
    /// What it did.
    public var action: Action
    /// A short human-readable detail ("removed 4 lines", the drop reason, ...).
    public var detail: String?

    /// Creates an entry.
    public init(stage: String, action: Action, detail: String? = nil) {
        self.stage = stage
        self.action = action
        self.detail = detail
    }
}
