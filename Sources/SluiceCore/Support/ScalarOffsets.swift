/// Converts UTF-8 byte offsets into Unicode-scalar offsets (what Python's `str` indexing uses).
public struct ScalarOffsetMap {
    private var boundaries: [Int] = []  // sorted distinct byte offsets requested
    private var values: [Int] = []
    /// The text is ASCII: every byte offset is its scalar offset (no table).
    private var identity = false

    /// Builds a map for `offsets` (any order) over `text` in one pass over its bytes (an ASCII text needs none).
    public init(text: String, offsets: [Int]) {
        guard !offsets.isEmpty else { return }
        var s = text
        identity = s.withUTF8 { UTF8Validation.isASCII($0) }
        if identity { return }
        var sorted = offsets
        sorted.sortAndRemoveDuplicates()
        boundaries = sorted
        values = Array(repeating: 0, count: sorted.count)
        s.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var scalars = 0
            var i = 0
            for k in 0..<sorted.count {
                let target = min(sorted[k], bytes.count)
                // Scalars = bytes that are not continuation bytes (10xxxxxx), counted 8 at a time.
                while i + 8 <= target {
                    let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    let continuation = (w & ~(w << 1)) & 0x8080_8080_8080_8080
                    scalars += 8 - continuation.nonzeroBitCount
                    i += 8
                }
                while i < target {
                    if base[i] & 0xC0 != 0x80 { scalars += 1 }
                    i += 1
                }
                values[k] = scalars
            }
        }
    }

    /// The scalar offset of a requested byte offset.
    public func scalarOffset(_ byteOffset: Int) -> Int {
        if identity { return byteOffset }
        var lo = 0, hi = boundaries.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if boundaries[mid] == byteOffset { return values[mid] }
            if boundaries[mid] < byteOffset { lo = mid + 1 } else { hi = mid - 1 }
        }
        return byteOffset
    }
}
