/// One entity found in a text.
///
/// Offsets are UTF-8 byte offsets into the tagged text, `end` exclusive.
public struct EntityMention: Sendable, Equatable, Hashable {
    /// UTF-8 offset of the first byte of the mention.
    public var start: Int
    /// UTF-8 offset one past the last byte of the mention.
    public var end: Int
    /// The entity's kind.
    public var label: EntityLabel
    /// The canonical name of the entity, when known (from a gazetteer or document-level linking).
    public var canonical: String?
    /// Which rule or gazetteer produced the mention, e.g. `gazetteer:builtin.country`, `rule:title`, `model`.
    public var source: String

    /// Creates a mention.
    public init(start: Int, end: Int, label: EntityLabel, canonical: String? = nil, source: String) {
        self.start = start
        self.end = end
        self.label = label
        self.canonical = canonical
        self.source = source
    }

    /// The UTF-8 byte range of the mention.
    public var range: Range<Int> { start..<end }

    /// The mention's surface text, cut from the text it was found in.
    public func text(in text: String) -> String {
        let utf8 = text.utf8
        guard start >= 0, end <= utf8.count, start <= end else { return "" }
        let lo = utf8.index(utf8.startIndex, offsetBy: start)
        let hi = utf8.index(lo, offsetBy: end - start)
        return String(decoding: utf8[lo..<hi], as: UTF8.self)
    }
}
