/// One span of a document: its UTF-8 byte range in the original text and the hash of its normalized form.
public struct HashedSpan: Sendable, Hashable {
    /// Byte range in the original text (end exclusive), including trailing separators.
    public var range: Range<Int>
    /// 64-bit hash (first half of MurmurHash3 x64-128) of the normalized span.
    public var hash: UInt64
    /// Whether the normalized span is long enough to be deduplicated across documents.
    public var eligible: Bool
}

/// Spans of one document, computed in parallel by ``SpanDeduplicator`` and consumed in order by ``SpanIndex``.
public struct SpanSignature: Sendable, Hashable {
    /// Spans in text order.
    public var spans: [HashedSpan]
    /// Ranges of lines that repeat an earlier line of the same document (to remove regardless of history).
    public var repeatedLines: [Range<Int>]
}

/// Cuts documents into spans and hashes them: the pure, parallel half of repeated-span removal.
public struct SpanDeduplicator: Sendable {
    /// The configuration.
    public let config: SpanDedupConfig

    /// Creates a span deduplicator.
    public init(_ config: SpanDedupConfig = SpanDedupConfig()) { self.config = config }

    /// The span signature of `text`. All ranges are UTF-8 byte offsets.
    public func signature(of text: String) -> SpanSignature {
        var copy = text
        return copy.withUTF8 { signature(utf8: $0) }
    }

    /// The span signature of UTF-8 bytes.
    public func signature(utf8 text: UnsafeBufferPointer<UInt8>) -> SpanSignature {
        var scratch: [UInt8] = []
        var spans: [HashedSpan] = []
        for r in segments(text, unit: config.unit) {
            let (hash, len) = hashNormalized(text, r, &scratch)
            if len == 0 { continue }
            spans.append(HashedSpan(range: r, hash: hash, eligible: len >= config.minLength))
        }
        var repeated: [Range<Int>] = []
        if config.collapseRepeatedLines {
            var seen = HashTable64(capacity: 64)
            for r in segments(text, unit: .line) {
                let (hash, len) = hashNormalized(text, r, &scratch)
                if len == 0 { continue }
                if seen.insertIfAbsent(hash, 0) != nil { repeated.append(r) }
            }
        }
        return SpanSignature(spans: spans, repeatedLines: repeated)
    }

    private func hashNormalized(_ text: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ scratch: inout [UInt8]) -> (UInt64, Int) {
        config.normalization.normalize(UnsafeBufferPointer(rebasing: text[r]), into: &scratch)
        // Trailing separators are part of the range; strip the whitespace that survives normalization.
        var n = scratch.count
        while n > 0 && isSpace(scratch[n - 1]) { n -= 1 }
        var s = 0
        while s < n && isSpace(scratch[s]) { s += 1 }
        let h = scratch.withUnsafeBytes { MurmurHash3.hash64($0.baseAddress.map { $0 + s }, count: n - s, seed: config.seed) }
        return (h, n - s)
    }

    /// Byte ranges of the spans of `text`, covering it completely and in order.
    func segments(_ t: UnsafeBufferPointer<UInt8>, unit: SpanDedupConfig.Unit) -> [Range<Int>] {
        let n = t.count
        var out: [Range<Int>] = []
        var start = 0
        switch unit {
        case .line:
            var i = 0
            while i < n {
                if t[i] == 0x0A { out.append(start..<(i + 1)); start = i + 1 }
                i += 1
            }
        case .paragraph:
            var i = 0
            var sawContent = false
            while i < n {
                if t[i] == 0x0A {
                    // Look at the next line: blank lines end the paragraph.
                    var j = i + 1
                    var blank = false
                    while j < n {
                        var k = j
                        while k < n && t[k] != 0x0A && isSpace(t[k]) { k += 1 }
                        if k < n && t[k] == 0x0A { blank = true; j = k + 1 } else { break }
                    }
                    if blank && sawContent { out.append(start..<j); start = j; sawContent = false }
                    i = j
                    continue
                }
                if !isSpace(t[i]) { sawContent = true }
                i += 1
            }
        case .sentence:
            var i = 0
            while i < n {
                let c = t[i]
                if c == 0x0A { out.append(start..<(i + 1)); start = i + 1; i += 1; continue }
                if c == 0x2E || c == 0x21 || c == 0x3F {
                    var j = i + 1
                    while j < n && (t[j] == 0x22 || t[j] == 0x27 || t[j] == 0x29 || t[j] == 0x5D) { j += 1 }
                    if j < n && (t[j] == 0x20 || t[j] == 0x09) {
                        while j < n && (t[j] == 0x20 || t[j] == 0x09) { j += 1 }
                        out.append(start..<j)
                        start = j
                        i = j
                        continue
                    }
                }
                i += 1
            }
        }
        if start < n { out.append(start..<n) }
        return out
    }
}

/// The ordered half of repeated-span removal: the set of span hashes seen in earlier documents.
/// Single-threaded; feed documents in input order.
public final class SpanIndex {
    /// The configuration (must match the ``SpanDeduplicator``).
    public let config: SpanDedupConfig
    private var seen = HashTable64(capacity: 1024)

    /// Creates an empty index.
    public init(config: SpanDedupConfig = SpanDedupConfig()) { self.config = config }

    /// Number of distinct spans remembered.
    public var spanCount: Int { seen.count }

    /// Bytes of memory used by the span hash set.
    public var totalBytes: Int { seen.bytes }

    /// Returns the byte ranges to remove from the document (sorted, non-overlapping, merged) and
    /// remembers its eligible spans. A span is removed when an equal eligible span occurred in an
    /// earlier document or earlier in this one; repeated lines inside the document are added.
    public func process(_ signature: SpanSignature) -> [Range<Int>] {
        var remove: [Range<Int>] = signature.repeatedLines
        for span in signature.spans where span.eligible {
            if seen.insertIfAbsent(span.hash, 0) != nil { remove.append(span.range) }
        }
        return Self.normalizedRanges(remove)
    }

    /// Sorts and merges overlapping or touching ranges.
    static func normalizedRanges(_ ranges: [Range<Int>]) -> [Range<Int>] {
        let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
        var out: [Range<Int>] = []
        for r in sorted where !r.isEmpty {
            if let last = out.last, r.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }

    /// `text` without the given byte ranges (as returned by ``process(_:)``).
    public static func removing(_ ranges: [Range<Int>], from text: String) -> String {
        if ranges.isEmpty { return text }
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        bytes.reserveCapacity(utf8.count)
        var pos = 0
        for r in normalizedRanges(ranges) {
            let lo = min(max(r.lowerBound, pos), utf8.count)
            bytes.append(contentsOf: utf8[pos..<lo])
            pos = max(pos, min(r.upperBound, utf8.count))
        }
        bytes.append(contentsOf: utf8[pos...])
        return String(decoding: bytes, as: UTF8.self)
    }
}
