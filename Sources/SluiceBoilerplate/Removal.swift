/// One span of text that the boilerplate classifier decided to remove.
///
/// Offsets are UTF-8 byte offsets into the classified text, `end` exclusive. A removal of a whole
/// line includes that line's terminating newline, so cutting every removal out leaves no empty
/// line behind. `rule` names the rule that fired (see ``BoilerplateRule``), which makes every
/// removal auditable.
public struct Removal: Sendable, Equatable, Hashable {
    /// First byte of the removed span.
    public var start: Int
    /// Byte after the last removed byte.
    public var end: Int
    /// Identifier of the rule that removed the span, e.g. `"phrase"` or `"corpus-repeated"`.
    public var rule: String

    /// Creates a removal of `start..<end` attributed to `rule`.
    public init(start: Int, end: Int, rule: String) {
        self.start = start
        self.end = end
        self.rule = rule
    }
}
