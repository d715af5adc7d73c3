extension Document {
    /// Deletes byte ranges from ``text`` and keeps every annotation consistent with the new text.
    ///
    /// Ranges are UTF-8 byte ranges on scalar boundaries; they may overlap and come in any order.
    /// Annotations inside a deleted range disappear, annotations overlapping one are clipped,
    /// later ones shift left.
    /// - Returns: the number of bytes deleted.
    @discardableResult
    public mutating func deleteRanges(_ ranges: [Range<Int>]) -> Int {
        let merged = TextRanges.merge(ranges, limit: text.utf8.count)
        guard !merged.isEmpty else { return 0 }
        var kept: [UInt8] = []
        kept.reserveCapacity(text.utf8.count)
        var cursor = 0
        var s = text
        s.withUTF8 { bytes in
            for r in merged {
                kept.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cursor..<r.lowerBound]))
                cursor = r.upperBound
            }
            kept.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cursor..<bytes.count]))
        }
        let removed = text.utf8.count - kept.count
        text = String(decoding: kept, as: UTF8.self)
        var updated: [Annotation] = []
        updated.reserveCapacity(annotations.count)
        for var a in annotations {
            let start = TextRanges.map(a.start, through: merged, isEnd: false)
            let end = TextRanges.map(a.end, through: merged, isEnd: true)
            if end <= start && a.end > a.start { continue }
            a.start = start
            a.end = max(start, end)
            updated.append(a)
        }
        annotations = updated
        return removed
    }
}

/// Helpers for sorted sets of byte ranges.
public enum TextRanges {
    /// Sorts, clamps to `0..<limit` and merges overlapping or touching ranges.
    public static func merge(_ ranges: [Range<Int>], limit: Int) -> [Range<Int>] {
        let sorted = ranges.compactMap { r -> Range<Int>? in
            let lo = max(0, r.lowerBound), hi = min(limit, r.upperBound)
            return lo < hi ? lo..<hi : nil
        }.sorted { $0.lowerBound < $1.lowerBound }
        var out: [Range<Int>] = []
        for r in sorted {
            if let last = out.last, r.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }

    /// Maps an offset in the original text to the text with `removed` (merged, sorted) deleted.
    static func map(_ offset: Int, through removed: [Range<Int>], isEnd: Bool) -> Int {
        var shift = 0
        for r in removed {
            if offset <= r.lowerBound { break }
            if offset < r.upperBound {
                // Inside a deleted range: snap to its start (in the new text).
                return r.lowerBound - shift
            }
            shift += r.count
        }
        return offset - shift
    }
}

extension Document {
    /// Removes the blank lines that deletions leave behind: leading and trailing blank lines, and any run of
    /// blank lines beyond one (paragraphs stay separated by exactly one blank line). Annotations are kept consistent.
    @discardableResult
    public mutating func collapseBlankLines() -> Int {
        var ranges: [Range<Int>] = []
        var s = text
        s.withUTF8 { b in
            let n = b.count
            // Leading whitespace-only lines.
            var i = 0
            var lastNewline = -1
            while i < n, b[i] == 0x0A || b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D {
                if b[i] == 0x0A { lastNewline = i }
                i += 1
            }
            if lastNewline >= 0 { ranges.append(0..<(lastNewline + 1)) }
            // Runs of blank lines inside: keep the first line break and one blank line.
            var lineStart = lastNewline + 1
            var blankLines = 0
            var lineIsBlank = true
            var k = lineStart
            while k < n {
                // The rest of a line with content cannot change anything: skip to its line break, 8 bytes at a time.
                if !lineIsBlank {
                    k = ByteWords.firstIndex(of: 0x0A, in: b, from: k)
                    if k == n { break }
                }
                let c = b[k]
                if c == 0x0A {
                    if lineIsBlank {
                        blankLines += 1
                        if blankLines == 1 && k > lineStart { ranges.append(lineStart..<k) }  // spaces on a blank line
                        if blankLines > 1 { ranges.append(lineStart..<(k + 1)) }
                    } else {
                        blankLines = 0
                    }
                    lineStart = k + 1
                    lineIsBlank = true
                } else if c != 0x20 && c != 0x09 && c != 0x0D {
                    lineIsBlank = false
                }
                k += 1
            }
            // Trailing whitespace.
            var end = n
            while end > 0, b[end - 1] == 0x0A || b[end - 1] == 0x20 || b[end - 1] == 0x09 || b[end - 1] == 0x0D { end -= 1 }
            if end < n { ranges.append(end..<n) }
        }
        return deleteRanges(ranges)
    }
}
