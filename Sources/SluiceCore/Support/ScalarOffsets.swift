/// Converts UTF-8 byte offsets into Unicode-scalar offsets (what Python's `str` indexing uses).
public struct ScalarOffsetMap {
    private var boundaries: [Int] = []  // sorted distinct byte offsets requested
    private var values: [Int] = []

    /// Builds a map for `offsets` (any order) over `text` in one pass over its bytes.
    public init(text: String, offsets: [Int]) {
        var sorted = offsets
        sorted.sortAndRemoveDuplicates()
        boundaries = sorted
        values = Array(repeating: 0, count: sorted.count)
        guard !sorted.isEmpty else { return }
        var s = text
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
        var lo = 0, hi = boundaries.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if boundaries[mid] == byteOffset { return values[mid] }
            if boundaries[mid] < byteOffset { lo = mid + 1 } else { hi = mid - 1 }
        }
        return byteOffset
    }
}
