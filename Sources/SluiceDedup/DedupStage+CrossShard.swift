import SluiceCore
import Synchronization

/// Sharded jobs: signatures per task, one ordered decision pass over all tasks, decisions applied per task.
extension DedupStage {
    public func shardRecord(for document: Document, prepared: Signatures) -> [UInt8] {
        var w = BinaryWriter()
        w.write(document.id)
        if let d = prepared.document {
            w.write(UInt8(1))
            w.write(d.exactHash.low)
            w.write(d.exactHash.high)
            w.write(d.minHashes)
            w.write(d.shingleHashes)
            w.write(d.shingleCount)
            w.write(d.length)
        } else {
            w.write(UInt8(0))
        }
        if let s = prepared.spans {
            w.write(UInt8(1))
            w.write(UInt32(s.spans.count))
            for span in s.spans {
                w.write(span.range.lowerBound)
                w.write(span.range.upperBound)
                w.write(span.hash)
                w.write(UInt8(span.eligible ? 1 : 0))
            }
            w.write(UInt32(s.repeatedLines.count))
            for r in s.repeatedLines {
                w.write(r.lowerBound)
                w.write(r.upperBound)
            }
        } else {
            w.write(UInt8(0))
        }
        return w.bytes
    }

    public func makeShardMerger() throws -> any ShardMerger {
        DedupShardMerger(stage: self)
    }

    public func apply(decision: [UInt8], to document: inout Document, context: StageContext) throws -> Verdict {
        var r = BinaryReader(decision)
        let outcome = try Self.decodeOutcome(&r)
        return Self.apply(outcome, to: &document, annotateOnly: annotateOnly, context: context)
    }

    static func decodeSignatures(_ r: inout BinaryReader) throws -> (id: String, signatures: Signatures) {
        let id = try r.readString()
        var signatures = Signatures()
        if try r.readUInt8() == 1 {
            let hash = MurmurHash3.Hash128(low: try r.readUInt64(), high: try r.readUInt64())
            let minHashes = try r.readUInt32Array()
            let shingles = try r.readUInt64Array()
            signatures.document = DocumentSignature(
                exactHash: hash, minHashes: minHashes, shingleHashes: shingles,
                shingleCount: try r.readInt(), length: try r.readInt())
        }
        if try r.readUInt8() == 1 {
            var spans: [HashedSpan] = []
            for _ in 0..<Int(try r.readUInt32()) {
                let lo = try r.readInt(), hi = try r.readInt()
                spans.append(HashedSpan(range: lo..<max(lo, hi), hash: try r.readUInt64(), eligible: try r.readUInt8() == 1))
            }
            var repeated: [Range<Int>] = []
            for _ in 0..<Int(try r.readUInt32()) {
                let lo = try r.readInt(), hi = try r.readInt()
                repeated.append(lo..<max(lo, hi))
            }
            signatures.spans = SpanSignature(spans: spans, repeatedLines: repeated)
        }
        return (id, signatures)
    }

    static func encodeOutcome(_ o: Outcome) -> [UInt8] {
        var w = BinaryWriter()
        switch o.decision {
        case nil:
            w.write(UInt8(0))
        case .unique(let cluster)?:
            w.write(UInt8(1))
            w.write(cluster)
        case .duplicate(let of, let cluster, let similarity, let kind)?:
            w.write(UInt8(kind == .exact ? 2 : 3))
            w.write(of)
            w.write(cluster)
            w.write(similarity)
        }
        w.write(UInt32(o.spanRanges.count))
        for r in o.spanRanges {
            w.write(r.lowerBound)
            w.write(r.upperBound)
        }
        return w.bytes
    }

    static func decodeOutcome(_ r: inout BinaryReader) throws -> Outcome {
        var decision: DedupDecision?
        switch try r.readUInt8() {
        case 0: decision = nil
        case 1: decision = .unique(cluster: try r.readString())
        case let k:
            let of = try r.readString(), cluster = try r.readString()
            decision = .duplicate(of: of, cluster: cluster, similarity: try r.readDouble(), kind: k == 2 ? .exact : .near)
        }
        var ranges: [Range<Int>] = []
        for _ in 0..<Int(try r.readUInt32()) {
            let lo = try r.readInt(), hi = try r.readInt()
            ranges.append(lo..<max(lo, hi))
        }
        return Outcome(decision: decision, spanRanges: ranges)
    }
}

/// The merge job's serial decider: the stage's own index, fed every task's records in input order.
final class DedupShardMerger: ShardMerger {
    let stage: DedupStage

    init(stage: DedupStage) { self.stage = stage }

    func decide(_ record: [UInt8]) throws -> [UInt8] {
        var r = BinaryReader(record)
        let (id, signatures) = try DedupStage.decodeSignatures(&r)
        let outcome = stage.decideShared(signatures, id: id)
        return DedupStage.encodeOutcome(outcome)
    }

    func finish() throws {
        try stage.saveIndexIfRequested()
    }
}
