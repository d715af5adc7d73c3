/// Converts UTF-8 byte offsets into Unicode-scalar offsets (what Python's `str` indexing uses).
public struct ScalarOffsetMap {
    private var boundaries: [Int] = []  // sorted distinct byte offsets requested
    private var values: [Int] = []

    /// Builds a map for `offsets` (any order) over `text` in one pass over its bytes.
    public init(text: String, offsets: [Int]) {
        let sorted = Array(Set(offsets)).sorted()
        boundaries = sorted
        values = Array(repeating: 0, count: sorted.count)
        guard !sorted.isEmpty else { return }
        var s = text
        s.withUTF8 { bytes in
            var scalars = 0
            var k = 0
            var i = 0
            while k < sorted.count {
                let target = min(sorted[k], bytes.count)
                while i < target {
                    if bytes[i] & 0xC0 != 0x80 { scalars += 1 }
                    i += 1
                }
                values[k] = scalars
                k += 1
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
