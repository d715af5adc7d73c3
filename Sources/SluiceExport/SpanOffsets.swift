import SluiceCore

/// Converts a document's UTF-8 byte offsets into the exported unit (scalars or bytes), clamped to the text.
struct SpanOffsets {
    let unit: OffsetUnit
    let byteCount: Int
    private let map: ScalarOffsetMap?

    /// Prepares conversion of every annotation offset of `document` (one pass over its text for scalars).
    init(_ document: Document, unit: OffsetUnit, kinds: Set<AnnotationKind>? = nil) {
        self.unit = unit
        byteCount = document.text.utf8.count
        if unit == .scalars, !document.annotations.isEmpty {
            var offsets: [Int] = []
            offsets.reserveCapacity(document.annotations.count * 2)
            for a in document.annotations where kinds?.contains(a.kind) ?? true {
                offsets.append(a.start)
                offsets.append(a.end)
            }
            map = ScalarOffsetMap(text: document.text, offsets: offsets)
        } else {
            map = nil
        }
    }

    /// The exported offset of a byte offset.
    func callAsFunction(_ byteOffset: Int) -> Int {
        let b = min(max(0, byteOffset), byteCount)
        return map?.scalarOffset(b) ?? b
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
