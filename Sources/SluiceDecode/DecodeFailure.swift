/// Why a document could not be decoded.
public enum DecodeFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes look like a binary file; `kind` names the evidence (e.g. "PNG image", "NUL bytes").
    case binaryContent(kind: String)
    /// Invalid byte sequences with ``InvalidSequencePolicy/fail``; `offset` is the first bad byte.
    case invalidBytes(count: Int, offset: Int)
    /// Invalid byte sequences with ``InvalidSequencePolicy/drop``.
    case droppedInvalid(count: Int)
    /// The input is larger than ``DecodeOptions/maxBytes``.
    case tooLarge(bytes: Int, limit: Int)
    /// The requested charset is not known to the converter.
    case unknownEncoding(String)
    /// The HTML parser could not produce a document.
    case htmlParseFailed

    /// A human-readable explanation.
    public var description: String {
        switch self {
        case .binaryContent(let kind):
            return "binary content (\(kind)), not text"
        case .invalidBytes(let count, let offset):
            return "\(count) invalid byte sequence(s); first at byte offset \(offset)"
        case .droppedInvalid(let count):
            return "document dropped: \(count) invalid byte sequence(s)"
        case .tooLarge(let bytes, let limit):
            return "input of \(bytes) bytes exceeds the limit of \(limit) bytes"
        case .unknownEncoding(let name):
            return "unknown encoding '\(name)'"
        case .htmlParseFailed:
            return "the HTML parser returned no document"
        }
    }
}
