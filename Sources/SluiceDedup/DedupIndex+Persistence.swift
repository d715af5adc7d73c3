import Foundation
import SluiceCore

/// Errors from loading, saving or merging a ``DedupIndex``.
public enum DedupIndexError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is not a dedup index or is truncated.
    case corrupt(String)
    /// The index was built with a configuration whose signatures are incompatible.
    case configMismatch(expected: UInt64, found: UInt64)

    /// A readable description.
    public var description: String {
        switch self {
        case .corrupt(let why): return "corrupt dedup index: \(why)"
        case .configMismatch(let e, let f):
            return "dedup index was built with another signature configuration (fingerprint \(String(f, radix: 16)), expected \(String(e, radix: 16)))"
        }
    }
}

extension DedupIndex {
    static let magic: UInt64 = 0x3158_4449_4443_4C53 // "SLCDIDX1" little-endian

    /// Writes the whole index (little-endian binary, version 1) to `path`, atomically.
    public func save(to path: String) throws {
        var w = BinaryWriter()
        w.put(Self.magic)
        w.put(config.signatureFingerprint)
        w.put(UInt64(documentCount))
        w.putArray(idBytes); w.putArray(idEnds.map { UInt64($0) })
        w.putArray(parent); w.putArray(slotOf); w.putArray(lengths)
        w.putArray(exactLow); w.putArray(exactHigh); w.putArray(slotFirstDoc); w.putArray(minHashes)
        w.putArray(shingleEnds.map { UInt64($0) }); w.putArray(shingles)
        w.put(UInt64(exactTable.count)); w.putArray(exactTable.keys); w.putArray(exactTable.values)
        w.put(UInt64(bandTable.count)); w.putArray(bandTable.slots)
        try Data(w.bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// Loads an index saved by ``save(to:)``. `config` must produce the same signatures
    /// (same ``DedupConfig/signatureFingerprint``); threshold and keep rule may differ.
    public static func load(from path: String, config: DedupConfig) throws -> DedupIndex {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var r = BinaryReader(Array(data))
        guard try r.get(UInt64.self) == magic else { throw DedupIndexError.corrupt("bad magic") }
        let fp = try r.get(UInt64.self)
        guard fp == config.signatureFingerprint else {
            throw DedupIndexError.configMismatch(expected: config.signatureFingerprint, found: fp)
        }
        let n = Int(try r.get(UInt64.self))
        let index = DedupIndex(config: config)
        index.idBytes = try r.getArray(UInt8.self)
        index.idEnds = try r.getArray(UInt64.self).map { Int($0) }
        index.parent = try r.getArray(UInt32.self)
        index.slotOf = try r.getArray(UInt32.self)
        index.lengths = try r.getArray(UInt32.self)
        index.exactLow = try r.getArray(UInt64.self)
        index.exactHigh = try r.getArray(UInt64.self)
        index.slotFirstDoc = try r.getArray(UInt32.self)
        index.minHashes = try r.getArray(UInt16.self)
        index.shingleEnds = try r.getArray(UInt64.self).map { Int($0) }
        index.shingles = try r.getArray(UInt64.self)
        let ec = Int(try r.get(UInt64.self))
        let ek = try r.getArray(UInt64.self), ev = try r.getArray(UInt32.self)
        let bc = Int(try r.get(UInt64.self))
        let bs = try r.getArray(UInt64.self)
        let slots = index.slotFirstDoc.count
        guard index.idEnds.count == n, index.parent.count == n, index.slotOf.count == n, index.lengths.count == n,
              index.exactLow.count == slots, index.exactHigh.count == slots,
              !config.usesMinHash || index.minHashes.count == slots * config.numHashes,
              ek.count == ev.count, ek.count.nonzeroBitCount == 1, bs.count.nonzeroBitCount == 1,
              index.idEnds.last ?? 0 == index.idBytes.count
        else { throw DedupIndexError.corrupt("inconsistent array sizes") }
        index.exactTable = HashTable64(rawKeys: ek, rawValues: ev, count: ec)
        index.bandTable = FingerprintTable(rawSlots: bs, count: bc)
        return index
    }

    /// Appends every document of `other` (built separately, e.g. on another shard) after this
    /// index's documents, exactly as if they had been fed to this index in `other`'s order.
    /// The merged index equals one built over the concatenated input.
    /// - Returns: the decisions for `other`'s documents against the merged index (first-kept,
    ///   streaming semantics), so a shard's earlier verdicts can be corrected.
    @discardableResult
    public func merge(_ other: DedupIndex) throws -> [DedupDecision] {
        guard other.config.signatureFingerprint == config.signatureFingerprint else {
            throw DedupIndexError.configMismatch(expected: config.signatureFingerprint,
                                                 found: other.config.signatureFingerprint)
        }
        var out: [DedupDecision] = []
        out.reserveCapacity(other.documentCount)
        let k = config.usesMinHash ? config.numHashes : 0
        for i in 0..<other.documentCount {
            let slot = Int(other.slotOf[i])
            let id = other.documentID(at: i)
            let match = other.minHashes.withUnsafeBufferPointer { m in
                other.shingles.withUnsafeBufferPointer { s in
                    let mins = UnsafeBufferPointer(rebasing: m[(slot * k)..<((slot + 1) * k)])
                    let set: UnsafeBufferPointer<UInt64>
                    if config.confirmation == .exact && config.usesMinHash {
                        let s0 = slot == 0 ? 0 : other.shingleEnds[slot - 1]
                        set = UnsafeBufferPointer(rebasing: s[s0..<other.shingleEnds[slot]])
                    } else {
                        set = UnsafeBufferPointer(rebasing: s[0..<0])
                    }
                    let hasShingles = mins.contains { $0 != .max }
                    return insertRaw(low: other.exactLow[slot], high: other.exactHigh[slot], mins: mins, shingleSet: set,
                                     hasShingles: hasShingles, length: Int(other.lengths[i]), id: id)
                }
            }
            let ordinal = documentCount - 1
            if let kind = match.kind {
                let root = documentID(at: Int(find(UInt32(ordinal))))
                out.append(.duplicate(of: root, cluster: root, similarity: match.similarity, kind: kind))
            } else {
                out.append(.unique(cluster: id))
            }
        }
        return out
    }
}
