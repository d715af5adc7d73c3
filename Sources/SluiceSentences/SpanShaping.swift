/// Length limits applied after segmentation: splitting over-long sentences at safe points and
/// merging fragments that are too short.
enum SpanShaping {
    /// Splits spans longer than `maxBytes`. The cut goes into whitespace, preferring whitespace after
    /// `;` or `:`, then after `,`, then any whitespace in the second half of the allowed window;
    /// a single word longer than `maxBytes` is kept whole.
    static func splitLong(_ spans: [Range<Int>], in p: UnsafeBufferPointer<UInt8>, maxBytes: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(spans.count)
        for span in spans {
            var start = span.lowerBound
            let end = span.upperBound
            while end - start > maxBytes {
                guard let cut = bestCut(p, start, min(end, start + maxBytes), end) else { break }
                var e = cut
                while e > start {
                    let w = UTF8Classes.isWhitespaceEnding(p, before: e)
                    if w == 0 { break }
                    e -= w
                }
                if e > start { out.append(start..<e) }
                var s = cut
                while s < end {
                    let w = UTF8Classes.whitespaceLength(p, s)
                    if w == 0 { break }
                    s += w
                }
                start = s
            }
            if start < end { out.append(start..<end) }
        }
        return out
    }

    /// Position of a whitespace byte in `(start, limit]` to cut at, or the first whitespace after
    /// `limit` when the window has none; `nil` if the rest of the span is one word.
    private static func bestCut(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ limit: Int, _ end: Int) -> Int? {
        var clause: Int? = nil, comma: Int? = nil, space: Int? = nil
        let half = start + (limit - start) / 2
        var k = limit
        while k > start {
            if k < end && UTF8Classes.whitespaceLength(p, k) > 0 {
                let prev = p[k - 1]
                if clause == nil && (prev == 0x3B || prev == 0x3A) && k >= half { clause = k }
                if comma == nil && prev == 0x2C && k >= half { comma = k }
                if space == nil { space = k }
                if clause != nil { break }
            }
            k -= 1
        }
        if let c = clause ?? comma ?? space { return c }
        k = limit
        while k < end {
            if UTF8Classes.whitespaceLength(p, k) > 0 { return k }
            k += 1
        }
        return nil
    }

    /// Merges spans shorter than `minBytes` into the previous span (the first one into the next).
    static func mergeShort(_ spans: [Range<Int>], minBytes: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(spans.count)
        var pendingStart: Int? = nil                      // a short leading fragment waiting for the next span
        for span in spans {
            var s = span
            if let ps = pendingStart { s = ps..<span.upperBound; pendingStart = nil }
            if s.count < minBytes {
                if let last = out.last {
                    out[out.count - 1] = last.lowerBound..<s.upperBound
                } else {
                    pendingStart = s.lowerBound
                }
                continue
            }
            out.append(s)
        }
        if let ps = pendingStart {
            if let last = out.last { out[out.count - 1] = last.lowerBound..<max(last.upperBound, ps) }
            else if let lastSpan = spans.last { out.append(ps..<lastSpan.upperBound) }
        }
        return out
    }
}
