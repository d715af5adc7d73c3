#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// First pass of corpus-level boilerplate detection: counts how many documents of each group
/// contain each (normalised) line, in bounded memory.
///
/// Line counts live in a ``CountMinSketch``. Lines whose estimate reaches `candidateMinCount`
/// enter a capped candidate table that also records, in a 128-bit linear-counting bitmap, the
/// signatures (one MinHash over word 5-grams) of the documents containing them. A line that recurs
/// in many documents with *different* signatures is boilerplate; a line shared only by copies and
/// near-copies of one article (same signature) is not. Counters merge, so shards can be counted in
/// parallel and combined.
public struct CorpusLineCounter: Sendable {
    struct Candidate: Sendable {
        var count: UInt32
        var sigLo: UInt64
        var sigHi: UInt64
    }

    private var sketch: CountMinSketch
    private var candidates: [UInt64: Candidate] = [:]
    private var seenInDocument = Set<UInt64>()
    private var normBuffer: [UInt8] = []
    /// Maximum number of candidate lines kept (bounds memory).
    public let maxCandidates: Int
    /// Sketch estimate at which a line starts being tracked as a candidate.
    public let candidateMinCount: UInt32
    /// Lines longer than this (bytes) are not counted.
    public let maxLineBytes: Int
    /// Documents observed so far.
    public private(set) var documentsObserved = 0
    /// Candidates not tracked because the table was full.
    public private(set) var droppedCandidates = 0

    /// Creates an empty counter. Memory ≈ `width × depth × 4` bytes + about 64 bytes per candidate.
    public init(width: Int = 1 << 18, depth: Int = 4, maxCandidates: Int = 100_000,
                candidateMinCount: Int = 2, maxLineBytes: Int = 2_000) {
        sketch = CountMinSketch(width: width, depth: depth)
        self.maxCandidates = maxCandidates
        self.candidateMinCount = UInt32(max(1, candidateMinCount))
        self.maxLineBytes = maxLineBytes
    }

    /// Counts the distinct lines of one document of `group` (empty group = whole corpus).
    public mutating func observe(text: String, group: String = "") {
        documentsObserved += 1
        let g = CorpusKey.groupHash(group)
        var copy = text
        copy.withUTF8 { buf in observe(buf, groupHash: g) }
    }

    mutating func observe(_ buf: UnsafeBufferPointer<UInt8>, groupHash g: UInt64) {
        let signature = DocumentSignature.minHash(buf)
        let bit = signature & 127
        seenInDocument.removeAll(keepingCapacity: true)
        var lineStart = 0
        let n = buf.count
        while lineStart < n {
            var e = lineStart
            while e < n && buf[e] != 0x0A { e += 1 }
            if e - lineStart <= maxLineBytes && e > lineStart {
                LineNormalizer.normalize(buf, lineStart..<e, dropDigits: true, into: &normBuffer)
                if !normBuffer.isEmpty {
                    let key = CorpusKey.key(group: g, line: LineNormalizer.hash(normBuffer))
                    if seenInDocument.insert(key).inserted {
                        let est = sketch.increment(key)
                        if est >= candidateMinCount { track(key, bit: bit) }
                    }
                }
            }
            lineStart = e + 1
        }
    }

    private mutating func track(_ key: UInt64, bit: UInt64) {
        if candidates[key] == nil {
            if candidates.count >= maxCandidates { droppedCandidates += 1; return }
            candidates[key] = Candidate(count: 0, sigLo: 0, sigHi: 0)
        }
        candidates[key]!.count &+= 1
        if bit < 64 { candidates[key]!.sigLo |= 1 << bit } else { candidates[key]!.sigHi |= 1 << (bit - 64) }
    }

    /// Adds the counts of another counter built with the same sketch shape.
    public mutating func merge(_ other: CorpusLineCounter) {
        sketch.merge(other.sketch)
        documentsObserved += other.documentsObserved
        droppedCandidates += other.droppedCandidates
        for (k, c) in other.candidates {
            if var mine = candidates[k] {
                mine.count &+= c.count
                mine.sigLo |= c.sigLo
                mine.sigHi |= c.sigHi
                candidates[k] = mine
            } else if candidates.count < maxCandidates {
                candidates[k] = c
            } else {
                droppedCandidates += 1
            }
        }
    }

    /// Number of lines currently tracked as candidates.
    public var candidateCount: Int { candidates.count }

    /// Ends the first pass: lines seen in at least `minDocuments` documents of their group, among
    /// at least `minDistinctDocuments` documents with different signatures, become boilerplate.
    public func finalize(minDocuments: Int = 8, minDistinctDocuments: Int = 6) -> CorpusLineStats {
        var flagged: [UInt64: UInt32] = [:]
        for (k, c) in candidates {
            let est = sketch.estimate(k)
            guard est >= UInt32(max(1, minDocuments)) else { continue }
            let distinct = Self.distinctEstimate(lo: c.sigLo, hi: c.sigHi)
            if distinct >= Double(minDistinctDocuments) { flagged[k] = est }
        }
        return CorpusLineStats(counts: flagged)
    }

    /// Linear-counting estimate of distinct signatures from a 128-bit bitmap.
    static func distinctEstimate(lo: UInt64, hi: UInt64) -> Double {
        let zeros = 128 - lo.nonzeroBitCount - hi.nonzeroBitCount
        if zeros == 0 { return 128 * 4.85 }
        return -128 * log(Double(zeros) / 128)
    }
}

