/// A document's text as the JSON string it was read from (quotes and escapes intact), checked but not decoded.
///
/// The JSON Lines reader validates the string (escapes, UTF-8) and keeps it in this form; the runner decodes
/// it only before a stage that reads text, and JSON Lines export copies it unchanged when it is already in
/// the form ``JSONWriter`` would write. See ``Document/hasPendingText``.
package struct EncodedJSONText: Sendable {
    /// The JSON string, quotes included.
    package let bytes: [UInt8]
    /// True while the document's `text` has not been decoded from ``bytes`` (it holds "" until then).
    package let isPending: Bool
    /// True if ``bytes`` are exactly what ``JSONWriter/writeString(_:into:)`` writes for the decoded text.
    package let isCanonical: Bool
    /// Length of the decoded text in UTF-8 bytes.
    package let decodedCount: Int

    /// A pending text read from a record.
    package init(bytes: [UInt8], isCanonical: Bool, decodedCount: Int) {
        self.bytes = bytes
        self.isPending = true
        self.isCanonical = isCanonical
        self.decodedCount = decodedCount
    }

    /// The same text once decoded into the document (no longer pending).
    package init(decodedFrom pending: EncodedJSONText) {
        self.bytes = pending.bytes
        self.isPending = false
        self.isCanonical = pending.isCanonical
        self.decodedCount = pending.decodedCount
    }

    /// The decoded text. The bytes were validated when read, so this cannot fail.
    package func decoded() -> String {
        (try? JSONParser.parse(bytes))?.stringValue ?? ""
    }
}
