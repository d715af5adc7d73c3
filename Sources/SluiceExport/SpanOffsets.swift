import SluiceCore

/// Converts a document's UTF-8 byte offsets into the exported unit (scalars or bytes), clamped to the text.
///
/// Offsets asked in text order (each annotation list is) cost one pass over the text per list (``ScalarOffsetCursor``).
struct SpanOffsets {
    let unit: OffsetUnit
    let byteCount: Int
    private var cursor: ScalarOffsetCursor?

    /// Prepares conversion of the annotation offsets of `document` (scalars: nothing to do for an ASCII text).
    init(_ document: Document, unit: OffsetUnit) {
        self.unit = unit
        byteCount = document.text.utf8.count
        cursor = unit == .scalars && !document.annotations.isEmpty ? ScalarOffsetCursor(text: document.text) : nil
    }

    /// The exported offset of a byte offset.
    mutating func callAsFunction(_ byteOffset: Int) -> Int {
        let b = min(max(0, byteOffset), byteCount)
        guard cursor != nil else { return b }
        return cursor!.scalarOffset(b)
    }

    /// A byte range clamped to the text.
    func clamp(_ a: Annotation) -> Range<Int> {
        let s = min(max(0, a.start), byteCount)
        return s..<min(max(s, a.end), byteCount)
    }
}

/// Converts Unicode-scalar offsets back into UTF-8 byte offsets (for reading exported records).
struct ByteOffsetMap {
    private var scalarToByte: [Int: Int] = [:]

    init(text: String, scalarOffsets: [Int]) {
        let wanted = Set(scalarOffsets)
        guard !wanted.isEmpty else { return }
        var scalars = 0
        var bytes = 0
        for s in text.unicodeScalars {
            if wanted.contains(scalars) { scalarToByte[scalars] = bytes }
            scalars += 1
            bytes += UTF8.width(s)
        }
        if wanted.contains(scalars) { scalarToByte[scalars] = bytes }
        for w in wanted where w > scalars { scalarToByte[w] = bytes }
    }

    func byteOffset(_ scalarOffset: Int) -> Int { scalarToByte[scalarOffset] ?? max(0, scalarOffset) }
}

/// Appends `bytes` as a JSON string.
@inline(__always)
func writeJSONString(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [UInt8]) {
    JSONWriter.writeString(utf8: UnsafeBufferPointer(rebasing: bytes[range]), into: &out)
}
