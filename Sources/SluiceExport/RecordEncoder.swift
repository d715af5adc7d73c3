import SluiceCore

/// Turns documents into the bytes of a file-based format. Runs in parallel (`prepare`), so it must be pure.
protocol RecordEncoder: Sendable {
    /// Bytes written at the top of every output file (a CSV header row), possibly empty.
    var fileHeader: [UInt8] { get }
    /// Appends the records of one document to `out` and returns how many were written.
    func encode(_ doc: Document, into out: inout [UInt8]) -> Int
    /// True if ``encode(_:into:)`` handles a document whose text is still JSON-encoded
    /// (``Document/hasPendingText``); otherwise the export decodes the text first.
    var acceptsPendingText: Bool { get }
}

extension RecordEncoder {
    var fileHeader: [UInt8] { [] }
    var acceptsPendingText: Bool { false }
}

/// Runs `body` with the document's text as UTF-8 bytes.
@inline(__always)
func withTextBytes<R>(_ doc: Document, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    var text = doc.text
    return text.withUTF8(body)
}
