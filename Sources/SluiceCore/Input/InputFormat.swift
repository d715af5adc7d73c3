import OrderedCollections
/// How a format cuts a file into records.
public enum RecordFraming: Sendable, Hashable {
    /// The whole file is one record (plain text, HTML).
    case wholeFile
    /// Each line is one record (JSON Lines); blank lines are skipped.
    case lines
}

/// Self-description of an input format.
public struct InputFormatDescription: Sendable {
    /// The name used in `input.format`.
    public var name: String
    /// One line saying what it reads.
    public var summary: String
    /// File extensions that select this format under `format: auto` (without the dot, lower case; `.gz` is stripped first).
    public var extensions: [String]
    /// How files are cut into records.
    public var framing: RecordFraming
    /// Options the format reads from the `input` mapping.
    public var options: [StageOption]

    /// Describes a format.
    public init(name: String, summary: String, extensions: [String], framing: RecordFraming, options: [StageOption] = []) {
        self.name = name
        self.summary = summary
        self.extensions = extensions
        self.framing = framing
        self.options = options
    }
}

/// Facts a format needs to build a document from a record.
public struct RecordContext: Sendable {
    /// The input's options (`id_field`, ...), defaults filled in.
    public var options: JSONObject
    /// The file's path relative to the input entry it was found under (used for ids).
    public var relativePath: String
}

/// Turns a record's bytes into a document. Formats are pluggable: register more in ``InputFormatRegistry``.
///
/// The runner reads and frames files serially (streaming, decompressing `.gz`); ``document(from:source:context:)``
/// then runs in parallel on the workers, so it must be thread-safe and should be fast.
public protocol InputFormat: Sendable {
    /// The format's description.
    var description: InputFormatDescription { get }
    /// Builds a document from one record. Throw ``RecordError`` for a malformed record.
    func document(from bytes: UnsafeBufferPointer<UInt8>, source: DocumentSource, context: RecordContext) throws(RecordError) -> Document
}

/// A record that could not be turned into a document.
public struct RecordError: Error, Sendable, CustomStringConvertible {
    /// What is wrong with it.
    public var message: String
    /// Creates an error.
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
