/// Configuration of repeated-span removal (Dolma/datatrove-style line, paragraph or sentence dedup).
public struct SpanDedupConfig: Sendable, Hashable, Codable {
    /// The span a document is cut into.
    public enum Unit: String, Sendable, Hashable, Codable {
        /// Lines ending at `\n` (the range includes the newline).
        case line
        /// Blocks of lines separated by one or more blank lines (the range includes the blank lines after it).
        case paragraph
        /// Sentences: inside each line, cut after `.`, `!` or `?` (optionally followed by closing quotes or
        /// brackets) when whitespace follows (the range includes that whitespace).
        case sentence
    }

    /// Span unit for cross-document dedup (default `.line`).
    public var unit: Unit
    /// Minimum length in bytes of the *normalized* span for it to be deduplicated across documents
    /// (default 50: short lines such as "Advertisement" are left to boilerplate filters).
    public var minLength: Int
    /// Normalization applied before hashing spans (default: everything ignored but the words).
    public var normalization: TextNormalization
    /// Remove later copies of a line that already occurred earlier in the same document (default on,
    /// applies to every non-blank line whatever its length).
    public var collapseRepeatedLines: Bool
    /// Seed of the span hashes.
    public var seed: UInt32

    /// Creates a configuration.
    public init(unit: Unit = .line, minLength: Int = 50, normalization: TextNormalization = TextNormalization(),
                collapseRepeatedLines: Bool = true, seed: UInt32 = 0x5350_414E) {
        self.unit = unit
        self.minLength = minLength
        self.normalization = normalization
        self.collapseRepeatedLines = collapseRepeatedLines
        self.seed = seed
    }
}
