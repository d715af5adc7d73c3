import OrderedCollections
/// A span over a document's text with a kind, an optional label and attributes.
///
/// Offsets are UTF-8 byte offsets into ``Document/text``, `end` exclusive.
public struct Annotation: Sendable, Hashable {
    /// What the span is (sentence, entity, ...).
    public var kind: AnnotationKind
    /// Start offset (UTF-8 bytes).
    public var start: Int
    /// End offset (UTF-8 bytes, exclusive).
    public var end: Int
    /// A label, e.g. the entity type `PERSON` or the rule that removed a span.
    public var label: String?
    /// Further attributes (canonical name, tag path, ...).
    public var attributes: JSONObject

    /// Creates an annotation.
    public init(kind: AnnotationKind, start: Int, end: Int, label: String? = nil, attributes: JSONObject = [:]) {
        self.kind = kind
        self.start = start
        self.end = end
        self.label = label
        self.attributes = attributes
    }

    /// The byte range.
    public var range: Range<Int> { start..<end }
}

/// The kind of an annotation. Stages may define their own kinds.
public struct AnnotationKind: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    /// Equal names. Lengths are compared first: unequal strings of the same kind of storage take the slow path of
    /// `String.==`, and runners and exporters compare kinds for every annotation.
    @inlinable
    public static func == (a: AnnotationKind, b: AnnotationKind) -> Bool {
        a.rawValue.utf8.count == b.rawValue.utf8.count && a.rawValue == b.rawValue
    }

    /// A sentence.
    public static let sentence: AnnotationKind = "sentence"
    /// A named entity (label = entity type).
    public static let entity: AnnotationKind = "entity"
    /// A span removed from the text but kept for review (label = the rule that removed it).
    public static let removed: AnnotationKind = "removed"
    /// A structural block of the source (paragraph, heading, list item, ...).
    public static let block: AnnotationKind = "block"
}
