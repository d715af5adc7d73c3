/// Converts UTF-8 byte offsets of one text into Unicode-scalar offsets (what Python's `str` indexing uses).
///
/// The scalar offset of byte offset `b` is the number of scalars that start before `b`. Each query counts from
/// the previous one, forwards or backwards, eight bytes at a time: offsets asked in text order (annotations
/// are) cost one pass over the text in all, with no table and no sorting. An ASCII text needs no counting.
public struct ScalarOffsetCursor {
    /// The text, made contiguous UTF-8 once here (`withUTF8` then never copies).
    private var text: String
    private let ascii: Bool
    private var byte = 0
    private var scalar = 0

    /// Prepares conversions over `text`.
    public init(text: String) {
        var s = text
        ascii = s.withUTF8 { UTF8Validation.isASCII($0) }
        self.text = s
    }

    /// The scalar offset of `byteOffset` (clamped to the text).
    public mutating func scalarOffset(_ byteOffset: Int) -> Int {
        if ascii { return min(max(0, byteOffset), text.utf8.count) }
        let from = byte
        let target = min(max(0, byteOffset), text.utf8.count)
        byte = target
        let moved = text.withUTF8 { bytes in
            target >= from ? Self.scalarStarts(bytes, from, target) : -Self.scalarStarts(bytes, target, from)
        }
        scalar += moved
        return scalar
    }

    /// The number of scalars starting in `lo..<hi`: bytes that are not continuation bytes (`10xxxxxx`).
    @inline(__always)
    private static func scalarStarts(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var count = 0
        var i = lo
        while i &+ 8 <= hi {
            let w = ByteWords.load(base + i)
            // A continuation byte has its high bit set and the next bit clear.
            let continuation = (w & ~(w << 1)) & 0x8080_8080_8080_8080
            count &+= 8 &- continuation.nonzeroBitCount
            i &+= 8
        }
        while i < hi {
            if base[i] & 0xC0 != 0x80 { count &+= 1 }
            i &+= 1
        }
        return count
    }
}
